"""The JSON twins of the public pages and the API index, with Open Civic Data / Popolo
field names (Organization, Post, Membership, Event, EventAgendaItem, VoteEvent) so that
civic-tech tools read Moot without glue.

Everything here serialises the visibility gate's ``Public*`` values or public governance
records; nothing reads an agenda item, document or resolution directly.
"""

from __future__ import annotations

from datetime import date, datetime, time

from django.http import JsonResponse
from django.urls import reverse

from moot.access.visibility import (
    PersonRef,
    PublicAction,
    PublicDeclaration,
    PublicDocument,
    PublicItem,
    PublicMeeting,
    PublicResolution,
)
from moot.portal import selectors

API_VERSION = "1"


def json_response(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _iso(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value else None


class Urls:
    """Absolute addresses for the request's host."""

    def __init__(self, request):
        self.request = request

    def __call__(self, path: str) -> str:
        return self.request.build_absolute_uri(path) if path else ""

    def json(self, path: str) -> str:
        """The JSON twin's address of a page (with or without a query already)."""
        if not path:
            return ""
        return self(path) + ("&" if "?" in path else "?") + "format=json"


def _person(ref: PersonRef | None, urls: Urls) -> dict | None:
    if ref is None:
        return None
    return {"id": ref.slug or None, "name": ref.name, "url": urls(ref.url) or None}


def error(field: str, value: str, expected: str, status: int = 400) -> JsonResponse:
    return json_response(
        {"error": {"field": field, "value": value, "expected": expected}}, status=status
    )


def not_found(message: str) -> JsonResponse:
    return json_response({"error": {"message": message}}, status=404)


# --- events -------------------------------------------------------------------------------

_EVENT_STATUS = {"cancelled": "cancelled", "postponed": "cancelled"}


def event_summary(meeting: PublicMeeting, urls: Urls) -> dict:
    """An Event (Open Civic Data) as listed: enough to find and link a meeting."""
    if meeting.cancelled:
        status = _EVENT_STATUS[meeting.status]
    elif meeting.status in ("held", "minutes_draft", "minutes_approved"):
        status = "passed"
    else:
        status = "confirmed"
    return {
        "_type": "Event",
        "id": meeting.identifier,
        "name": meeting.title,
        "classification": meeting.kind,
        "organization_id": meeting.body_slug,
        "organization_name": meeting.body_name,
        "start_date": _iso(meeting.start),
        "end_date": _iso(meeting.end),
        "timezone": "Europe/London",
        "status": status,
        "moot_status": meeting.status,
        "status_reason": meeting.status_reason,
        "location": {"name": meeting.venue},
        "attendance_mode": meeting.mode,
        "url": urls(meeting.url),
        "json_url": urls.json(meeting.url),
    }


def document(doc: PublicDocument, item_url: str, urls: Urls) -> dict:
    if doc.exempt:
        return {"id": doc.id, "letter": doc.letter, "exempt": True, "note": doc.exempt_notice}
    return {
        "id": doc.id,
        "letter": doc.letter,
        "exempt": False,
        "note": doc.label,
        "title": doc.title,
        "classification": doc.kind,
        "media_type": f"application/{doc.file_type}" if doc.file_type else None,
        "size": doc.size_label,
        "size_bytes": doc.size_bytes,
        "pages": doc.pages_label,
        "html_url": urls(f"{item_url}#document-text-{doc.id}") if item_url and doc.text else None,
    }


def vote_event(resolution: PublicResolution, urls: Urls) -> dict | None:
    vote = resolution.vote
    if vote is None:
        return None
    return {
        "_type": "VoteEvent",
        "motion_text": resolution.text,
        "result": "pass" if vote.outcome == "carried" else "fail",
        "counts": [
            {"option": "yes", "value": vote.votes_for},
            {"option": "no", "value": vote.votes_against},
            {"option": "abstain", "value": vote.abstentions},
        ],
        "casting_vote": vote.casting_vote or None,
        "votes": [
            {"option": choice.lower(), "voter_name": ref.name, "voter": _person(ref, urls)}
            for ref, choice in vote.named
        ],
        "explanation": vote.explanation,
    }


def resolution(res: PublicResolution, urls: Urls) -> dict:
    return {
        "id": res.id,
        "order": res.order,
        "classification": res.kind,
        "text": res.text,
        "recommended_to": res.recommended_to or None,
        "needs_ratification": res.needs_ratification,
        "ratified": res.ratified,
        "vote_event": vote_event(res, urls),
    }


def declaration(decl: PublicDeclaration, urls: Urls) -> dict:
    return {
        "person": _person(decl.person, urls),
        "classification": decl.kind,
        "interest": decl.kind_label,
        "nature": decl.nature,
        "action": decl.action_label,
        "sensitive": decl.sensitive,
    }


def action(act: PublicAction, urls: Urls) -> dict:
    return {
        "id": act.id,
        "description": act.description,
        "owner": _person(act.owner, urls),
        "due_date": _iso(act.due_date),
        "status": act.status,
        "update": act.update or None,
    }


def agenda_item(item: PublicItem, urls: Urls, *, full: bool = True) -> dict:
    """An EventAgendaItem. An exempt item is its number, title and paragraph only."""
    data = {
        "_type": "EventAgendaItem",
        "order": item.order,
        "number": item.number,
        "description": item.title,
        "exempt": item.exempt,
        "url": urls(item.url),
        "json_url": urls.json(item.url),
    }
    if item.exempt:
        data.update(exempt_paragraph=item.exempt_paragraph, exempt_notice=item.exempt_notice)
        return data
    if not full:
        return data
    data.update(
        agenda_number=item.agenda_number or None,
        minute_number=item.minute_number,
        notes_html=item.purpose_html or None,
        urgency_reason=item.urgency_reason or None,
        presenters=[{"person": _person(p.person, urls), "role": p.role} for p in item.presenters],
        media=[document(d, item.url, urls) for d in item.documents],
        minutes_html=item.minutes_html or None,
        minutes_partial=item.minutes_partial,
        resolutions=[resolution(r, urls) for r in item.resolutions],
        declarations=[declaration(d, urls) for d in item.declarations],
        actions=[action(a, urls) for a in item.actions],
    )
    return data


def _where(ref, urls: Urls) -> dict:
    return {
        "event": event_summary(ref.meeting, urls),
        "agenda_item": agenda_item(ref.item, urls, full=False),
    }


def decision(row, urls: Urls) -> dict:
    return {**resolution(row.resolution, urls), **_where(row.where, urls)}


# --- pages --------------------------------------------------------------------------------


def home(page: selectors.HomePage, urls: Urls) -> dict:
    return {
        "upcoming_events": [event_summary(m, urls) for m in page.upcoming],
        "recent_events": [event_summary(m, urls) for m in page.recent_meetings],
        "recent_decisions": [decision(r, urls) for r in page.recent_decisions],
        "organizations": [organization_summary(b, urls) for b in page.bodies],
        "links": links(urls),
    }


def links(urls: Urls) -> dict:
    return {
        "api": urls("/api/v1/"),
        "openapi": urls("/api/v1/openapi.json"),
        "decisions": urls.json(reverse("portal:decisions")),
        "calendar_ics": urls(reverse("portal:calendar_ics")),
        "decisions_feed": urls(reverse("portal:decisions_feed")),
        "documents_feed": urls(reverse("portal:documents_feed")),
    }


def organization_summary(body, urls: Urls) -> dict:
    url = body.get_absolute_url()
    return {
        "_type": "Organization",
        "id": body.slug,
        "name": body.name,
        "classification": "committee",
        "moot_classification": body.classification,
        "url": urls(url),
        "json_url": urls.json(url),
        "calendar_ics": urls(reverse("portal:body_calendar_ics", args=[body.slug])),
    }


def bodies(rows: list[selectors.BodyRow], urls: Urls) -> dict:
    return {
        "organizations": [
            {
                **organization_summary(row.body, urls),
                "next_event": event_summary(row.next_meeting, urls) if row.next_meeting else None,
            }
            for row in rows
        ]
    }


def body(page: selectors.BodyPage, urls: Urls) -> dict:
    terms = page.terms
    posts, memberships = [], []
    sections = []
    for row in page.sections:
        section = row.section
        sections.append(
            {
                "name": section.name,
                "description": section.description,
                "maximum_memberships": section.cap,
                "voting": section.voting,
                "filled": row.state.filled,
                "vacancies": row.state.vacancies,
                "explanation": row.state.explanation,
            }
        )
        for index, seat in enumerate(row.seats, start=1):
            post_id = f"{page.body.slug}/{section.order}/{index}"
            posts.append(
                {
                    "_type": "Post",
                    "id": post_id,
                    "label": seat.seat_label,
                    "role": section.name,
                    "organization_id": page.body.slug,
                    "maximum_memberships": 1,
                    "voting": seat.voting,
                    "vacant": seat.membership is None,
                }
            )
            m = seat.membership
            if m is not None:
                memberships.append(
                    {
                        "_type": "Membership",
                        "person_id": m.person.slug,
                        "person": {
                            "name": m.person.display_name,
                            "url": urls(m.person.get_absolute_url()),
                        },
                        "post_id": post_id,
                        "organization_id": page.body.slug,
                        "role": m.role,
                        "label": m.title,
                        "on_behalf_of": m.on_behalf_of.name if m.on_behalf_of_id else None,
                        "start_date": _iso(m.start_date),
                        "end_date": _iso(m.end_date),
                        "voting": seat.voting,
                    }
                )
    return {
        **organization_summary(page.body, urls),
        "purpose": page.body.purpose,
        "founding_date": _iso(page.body.founding_date),
        "dissolution_date": _iso(page.body.dissolution_date),
        "members_on": _iso(page.on),
        "terms_of_reference": {
            "version": terms.version,
            "approved_on": _iso(terms.approved_on),
            "approved_by": terms.approved_by,
            "in_force_from": _iso(terms.in_force_from),
            "in_force_to": _iso(terms.in_force_to),
            "minimum_meetings_per_year": terms.minimum_meetings_per_year,
        }
        if terms
        else None,
        "sections": sections,
        "posts": posts,
        "memberships": memberships,
        "standing_invitees": [
            {
                "person_id": i.person.slug,
                "person": {"name": i.person.display_name, "url": urls(i.person.get_absolute_url())},
                "label": i.title,
                "on_behalf_of": i.organisation.name if i.organisation_id else None,
                "start_date": _iso(i.start_date),
                "end_date": _iso(i.end_date),
                "voting": False,
            }
            for i in page.invitees
        ],
        "municipal_years": [
            {
                "label": year.label,
                "events": [event_summary(m, urls) for m in year.meetings],
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
        "forward_plan": [forward_plan_entry(e, urls) for e in page.forward_plan],
    }


def forward_plan_entry(entry, urls: Urls) -> dict:
    meeting = entry.intended_meeting
    return {
        "subject": entry.subject,
        "intended_date": _iso(entry.intended_date),
        "status": entry.status,
        "key_decision": entry.key_decision,
        "event_url": urls(meeting.get_absolute_url()) if meeting else None,
    }


def meeting(page: selectors.MeetingPage, urls: Urls) -> dict:
    m = page.meeting
    participants = []
    for status, people in page.attendance.items():
        for attendee in people:
            participants.append(
                {
                    "entity_type": "person",
                    "name": attendee.person.name,
                    "person": _person(attendee.person, urls),
                    "note": status,
                    "role": attendee.role_text or None,
                    "attendance_mode": attendee.mode,
                    "substitute_for": _person(attendee.substitute_for, urls),
                }
            )
    return {
        **event_summary(m, urls),
        "description": m.kind_label,
        "webcast_url": m.webcast_url or None,
        "webcast_archive_url": m.webcast_archive_url or None,
        "contact": {"name": m.contact_name, "phone": m.contact_phone, "email": m.contact_email},
        "municipal_year": m.municipal_year,
        "closed_at": _iso(m.closed_at),
        "agenda_published": m.agenda_public,
        "agenda_published_at": _iso(m.agenda_published_at),
        "late_publication_reason": m.late_publication_reason or None,
        "publication_deadline": _iso(page.publication_deadline.publish_by),
        "agenda_changes": [
            {
                "published_at": _iso(c.published_at),
                "kind": c.label,
                "what": c.what,
                "reason": c.reason,
                "item_number": c.item_number,
                "item_url": urls(c.item_url),
                "exempt": c.exempt,
            }
            for c in page.agenda_changes
        ],
        "minutes_published": m.minutes_public,
        "minutes_published_at": _iso(m.minutes_published_at),
        "minutes_approved_on": _iso(m.minutes_approved_at),
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
            "deadline": _iso(page.question_deadline.publish_by),
            "url": urls(m.question_url) if page.questions_open else None,
        },
        "agenda_pack_url": urls(m.pack_url) if m.agenda_public else None,
        "media": [document(d, "", urls) for d in page.documents],
        "participants": participants,
        "agenda": [agenda_item(i, urls) for i in page.items],
        "matters_arising": [
            {**action(row.action, urls), **_where(row.where, urls)} for row in page.matters_arising
        ],
        "forward_plan": [forward_plan_entry(e, urls) for e in page.forward_plan],
        "filming": page.filming_text or None,
    }


def item(page: selectors.ItemPage, urls: Urls) -> dict:
    return {
        **agenda_item(page.item, urls),
        "event": event_summary(page.meeting, urls),
        "issue": {
            "title": page.issue_title,
            "description": page.issue_description,
            "history": [_where(ref, urls) for ref in page.issue_history],
        }
        if page.issue_title
        else None,
        "forward_plan": [forward_plan_entry(e, urls) for e in page.forward_plan],
    }


def person(page: selectors.PersonPage, urls: Urls) -> dict:
    p = page.person
    record = page.attendance
    return {
        "_type": "Person",
        "id": p.slug,
        "name": p.display_name,
        "sort_name": p.name,
        "honorific_prefix": p.honorific or None,
        "given_name": p.given_name or None,
        "family_name": p.family_name or None,
        "url": urls(p.get_absolute_url()),
        "memberships": [
            {
                "_type": "Membership",
                "organization_id": m.body.slug,
                "organization_name": m.body.name,
                "post_label": m.seat,
                "section": m.section,
                "voting": m.voting,
                "role": m.role,
                "label": m.title,
                "on_behalf_of": m.on_behalf_of or None,
                "start_date": _iso(m.start_date),
                "end_date": _iso(m.end_date),
                "current": m.current,
            }
            for m in page.memberships
        ],
        "standing_invitations": [
            {
                "organization_id": i.body.slug,
                "label": i.title,
                "start_date": _iso(i.start_date),
                "end_date": _iso(i.end_date),
            }
            for i in page.invitations
        ],
        "attendance": {
            "expected": record.expected,
            "attended": record.attended,
            "percentage": record.percentage,
            "events": [
                {
                    "event": event_summary(row.meeting, urls),
                    "status": row.status or None,
                    "expected": row.expected,
                }
                for row in record.rows
            ],
        },
        "declarations": [
            {**declaration(row.declaration, urls), **_where(row.where, urls)}
            for row in page.declarations
        ],
        "interests": [
            {
                "category": i.category_label or None,
                "description": i.description,
                "sensitive": i.sensitive,
                "registered_on": _iso(i.registered_on),
                "ended_on": _iso(i.ended_on),
            }
            for i in page.interests
        ],
        "actions": [
            {**action(row.action, urls), **_where(row.where, urls)} for row in page.actions
        ],
    }


def decisions(page: selectors.DecisionsPage, urls: Urls, page_url) -> dict:
    return {
        "count": page.count,
        "page": page.page,
        "pages": page.pages,
        "next": urls.json(page_url(page.page + 1)) if page.page < page.pages else None,
        "previous": urls.json(page_url(page.page - 1)) if page.page > 1 else None,
        "filters": {
            "body": page.filters.body or None,
            "from": _iso(page.filters.date_from),
            "to": _iso(page.filters.date_to),
            "q": page.filters.text or None,
        },
        "results": [decision(row, urls) for row in page.rows],
    }


def calendar_month(page: selectors.CalendarMonth, urls: Urls) -> dict:
    calendar = reverse("portal:calendar")
    return {
        "month": page.month.strftime("%Y-%m"),
        "events": [event_summary(m, urls) for m in page.meetings],
        "earlier": urls.json(f"{calendar}?month={page.earlier:%Y-%m}") if page.earlier else None,
        "later": urls.json(f"{calendar}?month={page.later:%Y-%m}") if page.later else None,
    }


def calendar_list(page: selectors.CalendarList, urls: Urls) -> dict:
    return {
        "months": [
            {"month": month.strftime("%Y-%m"), "events": [event_summary(m, urls) for m in events]}
            for month, _, events in page.months
        ]
    }


def index(bodies_rows: list[selectors.BodyRow], meetings: list[PublicMeeting], urls: Urls) -> dict:
    """/api/v1/: what there is and where to find it."""
    return {
        "api_version": API_VERSION,
        "description": "Public meetings, agendas, minutes and decisions. Every page of this "
        "site also answers ?format=json with the same content.",
        "links": links(urls),
        "organizations": bodies(bodies_rows, urls)["organizations"],
        "events": [event_summary(m, urls) for m in meetings],
    }
