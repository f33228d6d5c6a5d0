"""Records as the API answers them, built only from the visibility gate's ``Public*`` values
(``moot.access.visibility``) or from governance rows that are public as a whole (bodies,
seats, memberships, people's names). Nothing here reads an agenda item, document or
resolution directly.

These are the only builders of these records: the pages' JSON twins (``moot/portal/api.py``)
embed them too (docs/adr/0017-one-serialisation.md)."""

from __future__ import annotations

import re

from django.utils import timezone

from moot.access import visibility
from moot.access.visibility import (
    PublicAction,
    PublicDeclaration,
    PublicDocument,
    PublicItem,
    PublicMeeting,
    PublicResolution,
)

BASE = "/api/v1"


class Uris:
    """Stable URIs of the records (numeric ids never change once published) and absolute
    addresses of pages, for the request's host (or a configured site address)."""

    def __init__(self, absolute):
        self.absolute = absolute
        # Record URIs are this prefix and ASCII ids: made once, not per record.
        self.api = absolute(BASE)

    @classmethod
    def for_request(cls, request) -> Uris:
        return cls(_absolute_for(request))

    @classmethod
    def for_site(cls, site: str) -> Uris:
        site = site.rstrip("/")
        return cls(lambda path: site + path)

    def page(self, path: str | None) -> str | None:
        return self.absolute(path) if path else None

    def event(self, pk: int) -> str:
        return f"{self.api}/events/{pk}"

    def person(self, pk: int) -> str:
        return f"{self.api}/people/{pk}"

    def body(self, pk: int) -> str:
        return f"{self.api}/organizations/body-{pk}"

    def organisation(self, pk: int) -> str:
        return f"{self.api}/organizations/organisation-{pk}"

    def authority(self) -> str:
        return f"{self.api}/organizations/authority"

    def post(self, pk: int) -> str:
        return f"{self.api}/posts/{pk}"

    def membership(self, pk: int) -> str:
        return f"{self.api}/memberships/{pk}"

    def document(self, pk: int) -> str:
        return f"{self.api}/documents/{pk}"

    def decision(self, pk: int) -> str:
        return f"{self.api}/decisions/{pk}"

    def vote_event(self, pk: int) -> str:
        return f"{self.api}/vote_events/{pk}"

    def action(self, pk: int) -> str:
        return f"{self.api}/actions/{pk}"


_PLAIN_PATH = re.compile(r"/(?!/)[-A-Za-z0-9_/.#~]*")


def _absolute_for(request):
    """``request.build_absolute_uri``, to the byte, made cheaply for the thousands of page
    addresses of a list: a path of characters that need no quoting, with no ``.`` or ``..``
    segment, is the request's scheme and host followed by the path, which is what Django
    makes of it; any other location goes through ``build_absolute_uri`` itself."""
    site = request.build_absolute_uri("/")[:-1]

    def absolute(location: str) -> str:
        if _PLAIN_PATH.fullmatch(location) and "/./" not in location and "/../" not in location:
            return site + location
        return request.build_absolute_uri(location)

    return absolute


def organization_ref(meeting: PublicMeeting, uris: Uris) -> dict:
    """The body a meeting belongs to, as a reference."""
    return {"id": uris.body(meeting.body_id), "name": meeting.body_name}


def _person_ref(ref, uris: Uris, person_ids: dict[str, int]) -> dict | None:
    if ref is None:
        return None
    pk = person_ids.get(ref.slug) if ref.slug else None
    return {"id": uris.person(pk) if pk else None, "name": ref.name}


def event_status(meeting: PublicMeeting) -> str:
    if meeting.cancelled:
        return "cancelled"
    if meeting.status in ("held", "minutes_draft", "minutes_approved"):
        return "passed"
    return "confirmed"


def document(doc: PublicDocument, meeting: PublicMeeting, uris: Uris, item_url: str = "") -> dict:
    if doc.exempt:
        return {
            "id": uris.document(doc.id),
            "letter": doc.letter,
            "exempt": True,
            "note": doc.exempt_notice,
            "event_id": uris.event(meeting.id),
        }
    return {
        "id": uris.document(doc.id),
        "letter": doc.letter,
        "exempt": False,
        "note": doc.title,
        "classification": doc.kind,
        "media_type": f"application/{doc.file_type}" if doc.file_type else None,
        "size_bytes": doc.size_bytes,
        "pages": doc.page_count,
        "first_page": doc.first_page,
        "last_page": doc.last_page,
        "url": uris.page(f"{meeting.url}documents/{doc.id}/") if doc.file_type else None,
        "text_url": uris.page(f"{item_url}#document-text-{doc.id}")
        if item_url and doc.has_text
        else None,
        "event_id": uris.event(meeting.id),
    }


def vote_event(
    res: PublicResolution, meeting: PublicMeeting, uris: Uris, person_ids: dict
) -> dict | None:
    vote = res.vote
    if vote is None:
        return None
    return {
        "id": uris.vote_event(res.id),
        "motion_text": res.text,
        "result": "pass" if vote.outcome == "carried" else "fail",
        "counts": [
            {"option": "yes", "value": vote.votes_for},
            {"option": "no", "value": vote.votes_against},
            {"option": "abstain", "value": vote.abstentions},
        ],
        "votes": [
            {
                "option": choice.lower(),
                "voter_name": ref.name,
                "voter_id": (_person_ref(ref, uris, person_ids) or {}).get("id"),
            }
            for ref, choice in vote.named
        ],
        "casting_vote": vote.casting_vote or None,
        "explanation": vote.explanation,
        "event_id": uris.event(meeting.id),
        "decision_id": uris.decision(res.id),
        "organization": organization_ref(meeting, uris),
        "start_date": meeting.start,
    }


def decision_in_item(res: PublicResolution, meeting: PublicMeeting, uris, person_ids) -> dict:
    return {
        "id": uris.decision(res.id),
        "classification": res.kind,
        "text": res.text,
        "order": res.order,
        "recommended_to": res.recommended_to or None,
        "needs_ratification": res.needs_ratification,
        "ratified": res.ratified,
        "vote_event": vote_event(res, meeting, uris, person_ids),
    }


def item_ref(item: PublicItem, uris: Uris) -> dict:
    return {
        "order": item.order,
        "number": item.number,
        "description": item.title,
        "url": uris.page(item.url),
    }


def decision(
    res: PublicResolution, item: PublicItem, meeting: PublicMeeting, uris, person_ids
) -> dict:
    return {
        **decision_in_item(res, meeting, uris, person_ids),
        "event_id": uris.event(meeting.id),
        "organization": organization_ref(meeting, uris),
        "date": meeting.date,
        "agenda_item": item_ref(item, uris),
    }


def declaration(decl: PublicDeclaration, uris: Uris, person_ids: dict) -> dict:
    return {
        "person": _person_ref(decl.person, uris, person_ids),
        "classification": decl.kind,
        "nature": decl.nature,
        "action": decl.action_label,
        "sensitive": decl.sensitive,
    }


def action(act: PublicAction, uris: Uris, person_ids: dict) -> dict:
    return {
        "id": uris.action(act.id),
        "description": act.description,
        "owner": _person_ref(act.owner, uris, person_ids),
        "due_date": act.due_date,
        "status": act.status,
        "update": act.update or None,
    }


def agenda_item(item: PublicItem, meeting: PublicMeeting, uris: Uris, person_ids) -> dict:
    """An exempt item is its number, title and paragraph only."""
    data = {
        "order": item.order,
        "number": item.number,
        "description": item.title,
        "exempt": item.exempt,
        "url": uris.page(item.url),
    }
    if item.exempt:
        data.update(exempt_paragraph=item.exempt_paragraph, exempt_notice=item.exempt_notice)
        return data
    data.update(
        agenda_number=item.agenda_number or None,
        minute_number=item.minute_number,
        notes_html=item.purpose_html or None,
        presenters=[
            {"person": _person_ref(p.person, uris, person_ids), "role": p.role}
            for p in item.presenters
        ],
        documents=[document(d, meeting, uris, item.url) for d in item.documents],
        minutes_html=item.minutes_html or None,
        minutes_partial=item.minutes_partial,
        decisions=[decision_in_item(r, meeting, uris, person_ids) for r in item.resolutions],
        declarations=[declaration(d, uris, person_ids) for d in item.declarations],
        actions=[action(a, uris, person_ids) for a in item.actions],
    )
    return data


def event_summary(m: PublicMeeting, uris: Uris) -> dict:
    """A meeting as listed: the first fields of its full record (``event``), the same
    values, without its agenda, participants and documents."""
    media = []
    if m.webcast_url:
        media.append({"note": "Webcast", "url": m.webcast_url, "media_type": "text/html"})
    if m.webcast_archive_url:
        media.append(
            {"note": "Webcast archive", "url": m.webcast_archive_url, "media_type": "text/html"}
        )
    return {
        "id": uris.event(m.id),
        "identifier": m.identifier,
        "moderngov_id": m.id,
        "name": m.title,
        "classification": m.kind,
        "organization": organization_ref(m, uris),
        "start_date": m.start,
        "end_date": m.end,
        "status": event_status(m),
        "moot_status": m.status,
        "status_reason": m.status_reason,
        "location": {"name": m.venue},
        "attendance_mode": m.mode,
        "media": media,
        "agenda_published": m.agenda_public,
        "minutes_published": m.minutes_public,
        "url": uris.page(m.url),
    }


def event(row, uris: Uris) -> dict:
    """``row``: a ``selectors.EventRow`` (the gate's values of one meeting)."""
    m = row.meeting
    return {
        **event_summary(m, uris),
        "participants": [
            {
                "name": a.person.name,
                "id": (_person_ref(a.person, uris, row.person_ids) or {}).get("id"),
                "note": a.status,
                "role": a.role_text or None,
                "attendance_mode": a.mode,
                "substitute_for": _person_ref(a.substitute_for, uris, row.person_ids),
            }
            for a in row.attendance
        ],
        "agenda": [agenda_item(i, m, uris, row.person_ids) for i in row.items],
        "documents": [document(d, m, uris) for d in row.documents],
        "updated_at": timezone.localtime(row.updated_at) if row.updated_at else None,
    }


def organization_body(body, uris: Uris, authority_present: bool) -> dict:
    parent = None
    if body.parent_id:
        parent = uris.body(body.parent_id)
    elif authority_present:
        parent = uris.authority()
    return {
        "id": uris.body(body.pk),
        "name": body.name,
        "classification": "committee",
        "moot_classification": body.classification,
        "parent_id": parent,
        "founding_date": body.founding_date,
        "dissolution_date": body.dissolution_date,
        "purpose": body.purpose or None,
        "moderngov_id": body.pk,
        "url": uris.page(body.get_absolute_url()),
    }


def organization_authority(authority, uris: Uris) -> dict:
    return {
        "id": uris.authority(),
        "name": authority.name,
        "classification": "government",
        "moot_classification": "authority",
        "url": authority.website or None,
    }


def organization_organisation(org, uris: Uris) -> dict:
    return {
        "id": uris.organisation(org.pk),
        "name": org.name,
        "classification": "organization",
        "moot_classification": org.classification or None,
        "parent_id": uris.organisation(org.parent_id) if org.parent_id else None,
    }


def post(seat, uris: Uris) -> dict:
    section = seat.section
    voting = seat.voting if seat.voting is not None else section.voting
    return {
        "id": uris.post(seat.pk),
        "label": seat.label,
        "role": section.name,
        "section": section.name,
        "organization_id": uris.body(section.terms_of_reference.body_id),
        "maximum_memberships": 1,
        "voting": bool(voting),
        "on_behalf_of": {
            "id": uris.organisation(seat.organisation_id),
            "name": seat.organisation.name,
        }
        if seat.organisation_id
        else None,
    }


def membership(m, uris: Uris) -> dict:
    seat = m.seat
    return {
        "id": uris.membership(m.pk),
        "person_id": uris.person(m.person_id),
        "person_name": m.person.display_name,
        "post_id": uris.post(seat.pk),
        "organization_id": uris.body(seat.section.terms_of_reference.body_id),
        "role": m.role,
        "label": m.title or None,
        "on_behalf_of": {"id": uris.organisation(m.on_behalf_of_id), "name": m.on_behalf_of.name}
        if m.on_behalf_of_id
        else None,
        "start_date": m.start_date,
        "end_date": m.end_date,
    }


def person(p, uris: Uris) -> dict:
    return {
        "id": uris.person(p.pk),
        "name": p.display_name,
        "sort_name": ", ".join(x for x in (p.family_name, p.given_name) if x) or None,
        "given_name": p.given_name or None,
        "family_name": p.family_name or None,
        "honorific_prefix": p.honorific or None,
        "other_names": [{"name": a.name} for a in p.aliases.all() if a.name != p.name],
        "memberships": [membership(m, uris) for m in p.memberships.all()],
        "url": uris.page(p.get_absolute_url()),
    }


def forward_plan_entry(entry, uris: Uris) -> dict:
    return {
        "id": f"{uris.api}/forward_plan/{entry.pk}",
        "subject": entry.subject,
        "organization": {"id": uris.body(entry.body_id), "name": entry.body.name},
        "intended_date": entry.intended_date,
        "intended_event_id": uris.event(entry.intended_meeting_id)
        if entry.intended_meeting_id
        else None,
        "status": entry.status,
        "key_decision": entry.key_decision,
    }


def action_at(
    act: PublicAction, item: PublicItem, meeting: PublicMeeting, uris: Uris, person_ids: dict
) -> dict:
    """An action with the item and meeting it was agreed at (``item`` a heading)."""
    return {
        **action(act, uris, person_ids),
        "event_id": uris.event(meeting.id),
        "agenda_item": item_ref(item, uris),
    }


def action_record(row, uris: Uris, person_ids: dict) -> dict:
    """``row`` is a public action (``visibility.public_actions``) with its item and
    meeting."""
    item = row.item
    meeting = item.meeting
    return action_at(
        visibility.public_action(row),
        visibility.public_item(item, meeting, content_wanted=False),
        visibility.public_meeting(meeting),
        uris,
        person_ids,
    )


def issue_item(item: PublicItem, meeting: PublicMeeting, uris: Uris) -> dict:
    """One step of an issue's history: an item by its heading (an exempt one says so)."""
    return {
        "event_id": uris.event(meeting.id),
        "organization": organization_ref(meeting, uris),
        "date": meeting.date,
        "agenda_item": item_ref(item, uris),
        "exempt": item.exempt,
        "exempt_notice": item.exempt_notice or None,
    }


def issue(entry, uris: Uris) -> dict:
    """An issue's history: every item on a published agenda, an exempt one by its heading
    only."""
    history = []
    for item in entry.items.all():
        if not visibility.agenda_public(item.meeting):
            continue
        heading = visibility.public_item(item, item.meeting, content_wanted=False)
        history.append(issue_item(heading, visibility.public_meeting(item.meeting), uris))
    return {
        "id": f"{uris.api}/issues/{entry.pk}",
        "title": entry.title,
        "description": entry.description,
        "history": history,
    }
