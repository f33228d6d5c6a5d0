"""Reads for the clerk's workspace: each a fixed number of bounded queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q

from moot.governance.models import Body, Person
from moot.meetings import rules
from moot.meetings.models import Action, AgendaItem, Meeting, PublicQuestion
from moot.meetings.services import clear_day_policy, publication_deadline

#: The most rows each list of the dashboard shows (the query count never grows with data).
LIMIT = 25


@dataclass(frozen=True)
class AgendaDue:
    meeting: Meeting
    publish_by: date
    verdict: rules.PublicationVerdict


@dataclass(frozen=True)
class Dashboard:
    bodies: list[Body]
    agendas: list[AgendaDue]
    minutes_to_draft: list[Meeting]
    minutes_to_approve: list[Meeting]
    overdue_actions: list[Action]
    questions: list[PublicQuestion]
    # Report sign-off, release review and today's meetings (issue 12 items 1 and 3).
    reports_awaited: list = field(default_factory=list)
    release_due: list = field(default_factory=list)
    release_due_more: bool = False
    meetings_today: list[Meeting] = field(default_factory=list)


def _meetings(bodies):
    return Meeting.objects.filter(body__in=bodies).select_related("body")


def dashboard(*, bodies, today: date) -> Dashboard:
    """What is due for these bodies on ``today``: agendas to publish (with the statutory
    deadline), minutes to draft (meetings held, or past, without draft minutes published),
    minutes to approve, overdue actions, questions to moderate."""
    bodies = list(bodies.order_by("name"))
    policy = clear_day_policy()
    scheduled = _meetings(bodies).filter(status=Meeting.Status.SCHEDULED, date__gte=today)
    agendas = []
    for meeting in scheduled.order_by("date", "sequence")[:LIMIT]:
        deadline = publication_deadline(meeting, policy)
        agendas.append(
            AgendaDue(
                meeting, deadline.publish_by, rules.publication_verdict(deadline.publish_by, today)
            )
        )
    to_draft = _meetings(bodies).filter(
        Q(status=Meeting.Status.HELD) | Q(status=Meeting.Status.AGENDA_PUBLISHED, date__lt=today)
    )
    to_approve = _meetings(bodies).filter(status=Meeting.Status.MINUTES_DRAFT)
    actions = (
        Action.objects.filter(item__meeting__body__in=bodies, due_date__lt=today)
        .exclude(status__in=Action.CLOSED)
        .select_related("item", "item__meeting", "item__meeting__body", "owner")
        .order_by("due_date", "id")
    )
    questions = (
        PublicQuestion.objects.filter(
            meeting__body__in=bodies,
            meeting__date__gte=today,
            status=PublicQuestion.Status.SUBMITTED,
        )
        .select_related("meeting", "meeting__body")
        .order_by("meeting__date", "submitted_at")
    )
    from moot.reports.selectors import awaited
    from moot.workspace.after_selectors import release_review

    body_ids = [b.pk for b in bodies]
    release_due = release_review(body_ids, today)
    meetings_today = (
        _meetings(bodies)
        .filter(date=today)
        .exclude(status__in=[Meeting.Status.CANCELLED, Meeting.Status.POSTPONED])
    )
    return Dashboard(
        bodies=bodies,
        agendas=agendas,
        minutes_to_draft=list(to_draft.order_by("date")[:LIMIT]),
        minutes_to_approve=list(to_approve.order_by("date")[:LIMIT]),
        overdue_actions=list(actions[:LIMIT]),
        questions=list(questions[:LIMIT]),
        reports_awaited=awaited(body_ids, today, limit=LIMIT),
        release_due=release_due[:LIMIT],
        release_due_more=len(release_due) > LIMIT,
        meetings_today=list(meetings_today.order_by("start", "sequence")[:LIMIT]),
    )


def agenda(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's items in order, with presenters and documents, in three queries."""
    return list(
        meeting.items.order_by("order")
        .select_related("supplement", "withdrawn_in")
        .prefetch_related("presenters__person", "documents")
    )


def agenda_item(pk: int) -> AgendaItem:
    """One item with what its page and its public preview read, in three queries."""
    return (
        AgendaItem.objects.select_related("meeting", "meeting__body", "supplement", "withdrawn_in")
        .prefetch_related("presenters__person", "documents")
        .get(pk=pk)
    )


def people_choices() -> list[tuple[str, str]]:
    """People a presenter is chosen from (one query)."""
    return [
        (str(pk), name) for pk, name in Person.objects.order_by("name").values_list("pk", "name")
    ]


def item_templates(body: Body):
    """The item templates a clerk of ``body`` may add from: the body's and those kept for
    every body (one query)."""
    from moot.meetings.models import ItemTemplate

    return (
        ItemTemplate.objects.filter(Q(body=body) | Q(body__isnull=True))
        .select_related("body")
        .order_by("title", "id")
    )
