"""The JSON twins of the public pages (``?format=json``) and the API index.

A twin is a small envelope around the API's own records: the records (events, agenda
items, documents, decisions, votes, people, posts, memberships, forward plan entries,
actions) are built by ``moot.api.serialise`` and shaped by ``moot.api.schemas``, exactly
as ``/api/v1/`` answers them, so each record has one serialisation
(docs/adr/0017-one-serialisation.md). The envelope holds only what is the page's own:
deadlines, changes to the agenda, pagination, filters and links to pages.

Everything here reads the visibility gate's ``Public*`` values or public governance
records; nothing reads an agenda item, document or resolution directly.
"""

from __future__ import annotations

from datetime import date, datetime, time
from urllib.parse import urlencode

from django.http import JsonResponse
from django.urls import reverse

from moot.api import schemas, serialise
from moot.api import selectors as api_selectors
from moot.api.serialise import Uris
from moot.portal import selectors
from moot.portal.context import request_authority

API_VERSION = "1"

# Every seat and membership of one body: the body page shows them all at once.
EVERY_ROW = 10**6


def json_response(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def iso(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value else None


class Urls:
    """Absolute addresses for the request's host: of pages, of their JSON twins and (as
    ``api``) of the API's records."""

    def __init__(self, request):
        self.request = request
        self.api = Uris.for_request(request)

    def __call__(self, path: str) -> str:
        return self.request.build_absolute_uri(path) if path else ""

    def json(self, path: str) -> str:
        """The JSON twin's address of a page (with or without a query already)."""
        if not path:
            return ""
        return self(path) + ("&" if "?" in path else "?") + "format=json"

    def page_links(self, path: str) -> dict:
        """A page's address and its twin's."""
        return {"page": self(path), "json": self.json(path)}


def error(field: str, value: str, expected: str, status: int = 400) -> JsonResponse:
    return json_response(
        {"error": {"field": field, "value": value, "expected": expected}}, status=status
    )


def not_found(message: str) -> JsonResponse:
    return json_response({"error": {"message": message}}, status=404)


# --- the API's records, as the API answers them ---------------------------------------------


def record(schema, data: dict) -> dict:
    """A record shaped by its API schema, as ``/api/v1/`` sends it (every field present)."""
    return schema.model_validate(data).model_dump()


def events(meetings, urls: Urls) -> list[dict]:
    return [record(schemas.EventSummary, serialise.event_summary(m, urls.api)) for m in meetings]


def event(meeting, urls: Urls) -> dict | None:
    return events([meeting], urls)[0] if meeting else None


def decision(row: selectors.DecisionRow, urls: Urls, person_ids: dict) -> dict:
    where = row.where
    data = serialise.decision(row.resolution, where.item, where.meeting, urls.api, person_ids)
    return record(schemas.Decision, data)


def action(act, where: selectors.ItemRef, urls: Urls, person_ids: dict) -> dict:
    data = serialise.action_at(act, where.item, where.meeting, urls.api, person_ids)
    return record(schemas.ActionRecord, data)


def forward_plan(entries, urls: Urls) -> list[dict]:
    """Forward plan entries: the selectors read each entry's body with it."""
    return [
        record(schemas.ForwardPlanEntry, serialise.forward_plan_entry(e, urls.api)) for e in entries
    ]


def organization(body, urls: Urls) -> dict:
    """A body as the API's Organization, with its page, twin and calendar."""
    present = request_authority(urls.request) is not None
    return {
        "organization": record(
            schemas.Organization, serialise.organization_body(body, urls.api, present)
        ),
        "links": {
            **urls.page_links(body.get_absolute_url()),
            "calendar_ics": urls(reverse("portal:body_calendar_ics", args=[body.slug])),
        },
    }


# --- pages --------------------------------------------------------------------------------


def links(urls: Urls) -> dict:
    return {
        "api": urls("/api/v1/"),
        "openapi": urls("/api/v1/openapi.json"),
        "decisions": urls.json(reverse("portal:decisions")),
        "calendar_ics": urls(reverse("portal:calendar_ics")),
        "decisions_feed": urls(reverse("portal:decisions_feed")),
        "documents_feed": urls(reverse("portal:documents_feed")),
    }


def home(page: selectors.HomePage, urls: Urls) -> dict:
    ids = api_selectors.person_slugs()
    return {
        "upcoming_events": events(page.upcoming, urls),
        "recent_events": events(page.recent_meetings, urls),
        "recent_decisions": [decision(r, urls, ids) for r in page.recent_decisions],
        "organizations": [organization(b, urls) for b in page.bodies],
        "links": links(urls),
    }


def bodies(rows: list[selectors.BodyRow], urls: Urls) -> dict:
    return {
        "organizations": [
            {**organization(row.body, urls), "next_event": event(row.next_meeting, urls)}
            for row in rows
        ]
    }


def _seats_and_members(page: selectors.BodyPage, urls: Urls) -> tuple[list, list]:
    """The body's posts under its terms of reference in force, and their memberships
    current on the day, as the API's Post and Membership records."""
    if page.terms is None:
        return [], []
    on = page.on
    every = api_selectors.Filters(body=page.body.slug, limit=EVERY_ROW)
    seats = [
        s for s in api_selectors.seats(every) if s.section.terms_of_reference_id == page.terms.pk
    ]
    current = api_selectors.Filters(body=page.body.slug, date_from=on, date_to=on, limit=EVERY_ROW)
    seat_ids = {s.pk for s in seats}
    members = [m for m in api_selectors.memberships(current) if m.seat_id in seat_ids]
    return (
        [record(schemas.Post, serialise.post(s, urls.api)) for s in seats],
        [record(schemas.Membership, serialise.membership(m, urls.api)) for m in members],
    )


def body(page: selectors.BodyPage, urls: Urls) -> dict:
    terms = page.terms
    posts, memberships = _seats_and_members(page, urls)
    return {
        **organization(page.body, urls),
        "members_on": iso(page.on),
        "terms_of_reference": {
            "version": terms.version,
            "approved_on": iso(terms.approved_on),
            "approved_by": terms.approved_by,
            "in_force_from": iso(terms.in_force_from),
            "in_force_to": iso(terms.in_force_to),
            "minimum_meetings_per_year": terms.minimum_meetings_per_year,
            "quorum": page.quorum,
        }
        if terms
        else None,
        "sections": [
            {
                "name": row.section.name,
                "description": row.section.description,
                "maximum_memberships": row.section.cap,
                "voting": row.section.voting,
                "filled": row.state.filled,
                "vacancies": row.state.vacancies,
                "explanation": row.state.explanation,
            }
            for row in page.sections
        ],
        "posts": posts,
        "memberships": memberships,
        "standing_invitees": [
            {
                "person": {"id": urls.api.person(i.person_id), "name": i.person.display_name},
                "label": i.title,
                "on_behalf_of": i.organisation.name if i.organisation_id else None,
                "start_date": iso(i.start_date),
                "end_date": iso(i.end_date),
                "voting": False,
            }
            for i in page.invitees
        ],
        "municipal_years": [
            {
                "label": year.label,
                "events": events(year.meetings, urls),
                "frequency": {
                    "ok": year.frequency.ok,
                    "meetings": year.frequency.meetings,
                    "minimum": year.frequency.minimum,
                    "explanation": year.frequency.explanation,
                }
                if year.frequency
                else None,
            }
            for year in page.years
        ],
        # the years of meetings the page links to rather than lists, newest first
        "other_municipal_years": [
            {"label": label, **urls.page_links(f"{page.body.get_absolute_url()}?{query}")}
            for label in page.other_years
            for query in [urlencode({"year": label})]
        ],
        "forward_plan": forward_plan(page.forward_plan, urls),
    }


def meeting(page: selectors.MeetingPage, urls: Urls) -> dict:
    """The meeting's Event (as ``/api/v1/events/ID``) and what only its page says."""
    m = page.meeting
    ids = api_selectors.person_slugs()
    row = api_selectors.EventRow(
        meeting=m,
        items=tuple(page.items),
        attendance=page.attendees,
        documents=tuple(page.documents),
        person_ids=ids,
        updated_at=api_selectors.meeting_updated_at(m.id),
    )
    return {
        "event": record(schemas.Event, serialise.event(row, urls.api)),
        "links": {
            **urls.page_links(m.url),
            "agenda_pack": urls(m.pack_url) if m.agenda_public else None,
            "questions": urls(m.question_url) if page.questions_open else None,
        },
        "contact": {"name": m.contact_name, "phone": m.contact_phone, "email": m.contact_email},
        "municipal_year": m.municipal_year,
        "closed_at": iso(m.closed_at),
        "agenda_published_at": iso(m.agenda_published_at),
        "late_publication_reason": m.late_publication_reason or None,
        "publication_deadline": iso(page.publication_deadline.publish_by),
        "agenda_changes": [
            {
                "published_at": iso(c.published_at),
                "kind": c.label,
                "what": c.what,
                "reason": c.reason,
                "item_number": c.item_number,
                "item_url": urls(c.item_url),
                "exempt": c.exempt,
            }
            for c in page.agenda_changes
        ],
        "minutes_published_at": iso(m.minutes_published_at),
        "minutes_approved_on": iso(m.minutes_approved_at),
        "quorum": {
            "quorate": m.quorate,
            "present_members": m.quorum_present,
            "required": m.quorum_required,
            "groups": list(m.quorum_groups),
            "explanation": m.quorum_explanation,
        }
        if m.quorate is not None
        else None,
        "questions": {
            "open": page.questions_open,
            "deadline": iso(page.question_deadline.publish_by),
        },
        "matters_arising": [
            action(row.action, row.where, urls, ids) for row in page.matters_arising
        ],
        "forward_plan": forward_plan(page.forward_plan, urls),
        "filming": page.filming_text or None,
    }


def item(page: selectors.ItemPage, urls: Urls) -> dict:
    """The item as its meeting's Event lists it, the meeting, and the item's issue."""
    ids = api_selectors.person_slugs()
    data = serialise.agenda_item(page.item, page.meeting, urls.api, ids)
    return {
        "agenda_item": record(schemas.AgendaItem, data),
        "event": event(page.meeting, urls),
        "links": urls.page_links(page.item.url),
        "issue": {
            "title": page.issue_title,
            "description": page.issue_description,
            "history": [
                record(schemas.IssueItem, serialise.issue_item(ref.item, ref.meeting, urls.api))
                for ref in page.issue_history
            ],
        }
        if page.issue_title
        else None,
        "forward_plan": forward_plan(page.forward_plan, urls),
    }


def person(page: selectors.PersonPage, urls: Urls) -> dict:
    """The person (as ``/api/v1/people/ID``) and their record on the page."""
    p = page.person
    ids = api_selectors.person_slugs()
    (found,) = api_selectors.people(api_selectors.Filters(), pk=p.pk)
    attendance = page.attendance
    return {
        "person": record(schemas.Person, serialise.person(found, urls.api)),
        "links": urls.page_links(p.get_absolute_url()),
        "standing_invitations": [
            {
                "organization": {"id": urls.api.body(i.body_id), "name": i.body.name},
                "label": i.title,
                "start_date": iso(i.start_date),
                "end_date": iso(i.end_date),
            }
            for i in page.invitations
        ],
        "attendance": {
            "expected": attendance.expected,
            "attended": attendance.attended,
            "percentage": attendance.percentage,
            "events": [
                {
                    "event": event(row.meeting, urls),
                    "status": row.status or None,
                    "expected": row.expected,
                }
                for row in attendance.rows
            ],
        },
        "declarations": [
            {
                "declaration": record(
                    schemas.Declaration, serialise.declaration(row.declaration, urls.api, ids)
                ),
                "event": event(row.where.meeting, urls),
                "agenda_item": record(
                    schemas.ItemRef, serialise.item_ref(row.where.item, urls.api)
                ),
            }
            for row in page.declarations
        ],
        "interests": [
            {
                "category": i.category_label or None,
                "description": i.description,
                "sensitive": i.sensitive,
                "registered_on": iso(i.registered_on),
                "ended_on": iso(i.ended_on),
            }
            for i in page.interests
        ],
        "actions": [action(row.action, row.where, urls, ids) for row in page.actions],
    }


def decisions(page: selectors.DecisionsPage, urls: Urls, page_url) -> dict:
    ids = api_selectors.person_slugs()
    return {
        "count": page.count,
        "page": page.page,
        "pages": page.pages,
        "next": urls.json(page_url(page.page + 1)) if page.page < page.pages else None,
        "previous": urls.json(page_url(page.page - 1)) if page.page > 1 else None,
        "filters": {
            "body": page.filters.body or None,
            "from": iso(page.filters.date_from),
            "to": iso(page.filters.date_to),
            "q": page.filters.text or None,
        },
        "results": [decision(row, urls, ids) for row in page.rows],
    }


def calendar_month(page: selectors.CalendarMonth, urls: Urls) -> dict:
    calendar = reverse("portal:calendar")
    return {
        "month": page.month.strftime("%Y-%m"),
        "events": events(page.meetings, urls),
        "earlier": urls.json(f"{calendar}?month={page.earlier:%Y-%m}") if page.earlier else None,
        "later": urls.json(f"{calendar}?month={page.later:%Y-%m}") if page.later else None,
    }


def calendar_list(page: selectors.CalendarList, urls: Urls) -> dict:
    return {
        "months": [
            {"month": month.strftime("%Y-%m"), "events": events(meetings, urls)}
            for month, _, meetings in page.months
        ]
    }


def index(bodies_rows: list[selectors.BodyRow], meetings, urls: Urls) -> dict:
    """/api/v1/: what there is and where to find it."""
    return {
        "api_version": API_VERSION,
        "description": "Public meetings, agendas, minutes and decisions. Every page of this "
        "site also answers ?format=json: the same records as this API, with the page's own "
        "facts around them.",
        "links": links(urls),
        "organizations": bodies(bodies_rows, urls)["organizations"],
        "events": events(meetings, urls),
    }
