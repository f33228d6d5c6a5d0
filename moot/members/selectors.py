"""Reads of the members' area: a member's meetings, papers, actions, register and notes,
and the rows the clerk's dashboard shows (apologies received, register changes waiting).

Every paper listed is decided by the one access rule (``moot.access.selectors.can``) or the
public visibility gate; notes are read only through ``author=user``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet

from moot.access import visibility
from moot.access.rules import Action as AccessAction
from moot.access.selectors import can
from moot.documents.models import Document
from moot.governance.models import Body, Membership, Person
from moot.meetings.models import Action, AgendaItem, InterestRegisterEntry, Meeting
from moot.members import rules
from moot.members.models import Apology, InterestChange, PaperNote

PAST_LIMIT = 20


def _membership_q(person: Person) -> Q:
    """Meetings of the bodies where ``person`` held a seat on the meeting's date."""
    q = Q(pk__in=[])
    for m in Membership.objects.filter(person=person).values(
        "seat__section__terms_of_reference__body_id", "start_date", "end_date"
    ):
        one = Q(body_id=m["seat__section__terms_of_reference__body_id"], date__gte=m["start_date"])
        if m["end_date"]:
            one &= Q(date__lte=m["end_date"])
        q |= one
    return q


def my_meetings(person: Person, *, today: date) -> tuple[list[Meeting], list[Meeting]]:
    """(upcoming, past): the meetings of the member's bodies while they held a seat,
    upcoming soonest first, the last twenty past ones latest first."""
    meetings = Meeting.objects.filter(_membership_q(person)).select_related("body")
    upcoming = list(meetings.filter(date__gte=today).order_by("date", "sequence"))
    past = list(meetings.filter(date__lt=today).order_by("-date", "-sequence")[:PAST_LIMIT])
    return upcoming, past


@dataclass
class ItemPapers:
    item: AgendaItem
    exempt: bool
    documents: list[Document] = field(default_factory=list)


@dataclass
class MeetingPapers:
    meeting: Meeting
    agenda_public: bool
    exempt_allowed: bool
    exempt_reason: str
    items: list[ItemPapers]
    apology: Apology | None
    apologies_refusal: str | None
    has_exempt: bool


def meeting_papers(meeting: Meeting, *, user, person: Person | None, today: date) -> MeetingPapers:
    """The meeting as its member sees it: every item with its papers (exempt ones only when
    the access rule allows this user), and whether apologies can still be sent."""
    decision = can(user, AccessAction.PAPER_READ_EXEMPT, meeting)
    readable = visibility.agenda_public(meeting) or can(user, AccessAction.PAGE_READ, meeting)
    items: list[ItemPapers] = []
    has_exempt = False
    if readable:
        documents = (
            Document.objects.filter(meeting=meeting).exclude(file="").order_by("order", "letter")
        )
        by_item: dict[int | None, list[Document]] = {}
        for document in documents:
            by_item.setdefault(document.item_id, []).append(document)
        for item in meeting.items.order_by("order"):
            item_exempt = visibility.item_exempt(item)
            papers = []
            for document in by_item.get(item.pk, []):
                exempt = visibility.document_exempt(document, item)
                has_exempt = has_exempt or exempt
                if exempt and not decision.allowed:
                    continue
                document.is_exempt = exempt
                papers.append(document)
            items.append(ItemPapers(item=item, exempt=item_exempt, documents=papers))
    apology = None
    if person is not None:
        apology = Apology.objects.filter(meeting=meeting, person=person).first()
    return MeetingPapers(
        meeting=meeting,
        agenda_public=visibility.agenda_public(meeting),
        exempt_allowed=decision.allowed,
        exempt_reason=decision.reason,
        items=items,
        apology=apology,
        apologies_refusal=rules.apologies_refusal(
            status=meeting.status, meeting_date=meeting.date, today=today
        ),
        has_exempt=has_exempt,
    )


def substitutes_for(meeting: Meeting, person: Person) -> QuerySet[Person]:
    """People the member may name as substitute: anyone in the record but the member and
    those already members of the body that day (the service checks the rest, ToR 5.3)."""
    return Person.objects.exclude(pk=person.pk).order_by("family_name", "given_name", "name")


def my_actions(person: Person) -> list[Action]:
    return list(
        Action.objects.filter(owner=person)
        .select_related("item__meeting__body")
        .order_by("status", "due_date", "id")
    )


@dataclass
class Register:
    entries: list[InterestRegisterEntry]
    changes: list[InterestChange]
    reminder: rules.Reminder


def my_register(person: Person, *, today: date) -> Register:
    entries = list(
        InterestRegisterEntry.objects.filter(person=person).order_by(
            "ended_on", "category", "registered_on"
        )
    )
    changes = list(InterestChange.objects.filter(person=person).order_by("-submitted_at")[:50])
    took_office = (
        Membership.objects.filter(person=person, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("-start_date")
        .values_list("start_date", flat=True)
        .first()
    )
    last = max(
        [c.submitted_at.date() for c in changes] + [e.registered_on for e in entries],
        default=None,
    )
    return Register(
        entries=entries,
        changes=changes,
        reminder=rules.interest_reminder(took_office=took_office, last_change=last, today=today),
    )


def my_notes(user, document: Document) -> list[PaperNote]:
    return list(PaperNote.objects.filter(author=user, document=document).order_by("page", "id"))


# --- the clerk's dashboard ------------------------------------------------------------------


@dataclass
class DashboardRows:
    apologies: list[Apology]
    interest_changes: list[InterestChange]


def dashboard_rows(bodies: QuerySet[Body], *, today: date) -> DashboardRows:
    """Apologies members sent for the clerk's bodies' coming meetings, and the register
    changes waiting for review from people who sit on those bodies (two bounded queries)."""
    apologies = list(
        Apology.objects.filter(meeting__body__in=bodies, meeting__date__gte=today)
        .select_related("meeting__body", "person", "substitute")
        .order_by("meeting__date", "sent_at")[:50]
    )
    people = Membership.objects.filter(
        seat__section__terms_of_reference__body__in=bodies, start_date__lte=today
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
    changes = list(
        InterestChange.objects.filter(
            status=InterestChange.Status.PENDING, person__in=people.values("person")
        )
        .select_related("person")
        .order_by("submitted_at")[:50]
    )
    return DashboardRows(apologies=apologies, interest_changes=changes)


def pending_changes_for(bodies: QuerySet[Body], *, today: date) -> list[InterestChange]:
    return dashboard_rows(bodies, today=today).interest_changes
