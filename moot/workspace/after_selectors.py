"""Reads for after the meeting, public questions and release review (bounded queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from moot.documents.models import Document
from moot.meetings import rules
from moot.meetings.models import Action, AgendaItem, Meeting, PublicQuestion

LIMIT = 200

HELD_OR_LATER = (
    Meeting.Status.HELD,
    Meeting.Status.MINUTES_DRAFT,
    Meeting.Status.MINUTES_APPROVED,
)


def previous_meeting(meeting: Meeting) -> Meeting | None:
    """The body's meeting held before this one: the one whose minutes this one approves."""
    return (
        Meeting.objects.filter(body=meeting.body, date__lt=meeting.date, status__in=HELD_OR_LATER)
        .order_by("-date", "-sequence")
        .first()
    )


def previous_minutes_item(meeting: Meeting) -> AgendaItem | None:
    return meeting.items.filter(standing=AgendaItem.Standing.PREVIOUS_MINUTES).first()


def open_actions(body_ids, today: date) -> list[tuple[Action, bool]]:
    """Open and in-progress actions of the bodies, oldest meeting first, each with whether it
    is overdue."""
    actions = (
        Action.objects.filter(item__meeting__body_id__in=body_ids)
        .exclude(status__in=Action.CLOSED)
        .select_related("item", "item__meeting", "item__meeting__body", "owner")
        .order_by("due_date", "item__meeting__date", "id")[:LIMIT]
    )
    return [(a, a.due_date is not None and a.due_date < today) for a in actions]


def questions(meeting: Meeting) -> QuerySet[PublicQuestion]:
    return meeting.questions.select_related("item").order_by("submitted_at", "id")[:LIMIT]


@dataclass(frozen=True)
class ReleaseCandidate:
    kind: str  # "item" or "document"
    obj: AgendaItem | Document
    meeting: Meeting
    paragraph: int | None
    explanation: str


def release_review(body_ids, today: date) -> list[ReleaseCandidate]:
    """Exempt items and papers (marked themselves) of past meetings whose review is due."""
    candidates: list[ReleaseCandidate] = []
    items = (
        AgendaItem.objects.filter(
            meeting__body_id__in=body_ids, exempt=True, meeting__date__lt=today
        )
        .select_related("meeting", "meeting__body")
        .order_by("meeting__date", "order")[:LIMIT]
    )
    for item in items:
        due, why = rules.release_review_due(item.meeting.date, today)
        if due:
            candidates.append(
                ReleaseCandidate("item", item, item.meeting, item.exempt_paragraph, why)
            )
    documents = (
        Document.objects.filter(meeting__body_id__in=body_ids, exempt=True, meeting__date__lt=today)
        .select_related("meeting", "meeting__body", "item")
        .order_by("meeting__date", "order", "id")[:LIMIT]
    )
    for document in documents:
        due, why = rules.release_review_due(document.meeting.date, today)
        if due:
            candidates.append(
                ReleaseCandidate(
                    "document", document, document.meeting, document.exempt_paragraph, why
                )
            )
    return candidates
