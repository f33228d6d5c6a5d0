"""Reads for report sign-off: each a fixed number of bounded queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch

from moot.meetings.models import AgendaItem, Meeting
from moot.meetings.services import clear_day_policy, publication_deadline
from moot.reports import rules
from moot.reports.models import Report, SignOff, SignOffStep
from moot.reports.services import IN_PROGRESS, progress_of

LIMIT = 100

#: Standing items that never carry a report (procedure), left off the author's list.
PROCEDURAL = [
    AgendaItem.Standing.APOLOGIES,
    AgendaItem.Standing.DECLARATIONS,
    AgendaItem.Standing.PREVIOUS_MINUTES,
    AgendaItem.Standing.MATTERS_ARISING,
    AgendaItem.Standing.QUESTIONS,
    AgendaItem.Standing.FUTURE_DATES,
    AgendaItem.Standing.URGENT_BUSINESS,
]


@dataclass(frozen=True)
class ReportRow:
    """A draft with where it stands and how long is left before the agenda's deadline."""

    report: Report
    progress: rules.Progress
    lateness: rules.Lateness
    publish_by: date


@dataclass(frozen=True)
class ItemRow:
    """An agenda item a report author writes for, with its latest draft (if any)."""

    item: AgendaItem
    report: Report | None
    progress: rules.Progress | None
    lateness: rules.Lateness
    publish_by: date


def _reports():
    return Report.objects.select_related(
        "item", "item__meeting", "item__meeting__body"
    ).prefetch_related(Prefetch("signoffs", queryset=SignOff.objects.order_by("at", "pk")))


def _row(report: Report, today: date, policy) -> ReportRow:
    publish_by = publication_deadline(report.item.meeting, policy).publish_by
    accepted = report.status == Report.Status.ACCEPTED
    return ReportRow(
        report,
        progress_of(report),
        rules.lateness(publish_by, today, accepted=accepted),
        publish_by,
    )


def awaited(body_ids, today: date, *, limit: int = 25) -> list[ReportRow]:
    """The clerk's "reports awaited": drafts of the bodies' coming meetings not yet
    accepted, meeting by meeting (three queries)."""
    policy = clear_day_policy()
    reports = (
        _reports()
        .filter(
            item__meeting__body_id__in=list(body_ids),
            item__meeting__status=Meeting.Status.SCHEDULED,
            item__meeting__date__gte=today,
            status__in=IN_PROGRESS,
        )
        .order_by("item__meeting__date", "item__order", "pk")[:limit]
    )
    return [_row(r, today, policy) for r in reports]


def author_items(body_ids, today: date) -> list[ItemRow]:
    """The items of the coming, unpublished agendas of the bodies (procedural standing
    items left out), each with its latest draft report (three queries)."""
    policy = clear_day_policy()
    items = list(
        AgendaItem.objects.filter(
            meeting__body_id__in=list(body_ids),
            meeting__status=Meeting.Status.SCHEDULED,
            meeting__date__gte=today,
        )
        .exclude(standing__in=PROCEDURAL)
        .select_related("meeting", "meeting__body")
        .order_by("meeting__date", "meeting__sequence", "order")[:LIMIT]
    )
    latest: dict[int, Report] = {}
    for report in _reports().filter(item__in=items).order_by("submitted_at", "pk"):
        latest[report.item_id] = report
    rows = []
    for item in items:
        report = latest.get(item.pk)
        publish_by = publication_deadline(item.meeting, policy).publish_by
        accepted = bool(report and report.status == Report.Status.ACCEPTED)
        rows.append(
            ItemRow(
                item,
                report,
                progress_of(report) if report else None,
                rules.lateness(publish_by, today, accepted=accepted),
                publish_by,
            )
        )
    return rows


def item_reports(item: AgendaItem) -> list[Report]:
    """Every draft of an item's report, newest first, with its decisions (two queries)."""
    return list(_reports().filter(item=item).order_by("-submitted_at", "-pk"))


def awaiting_signatory(user, today: date) -> list[tuple[ReportRow, SignOffStep]]:
    """Drafts waiting on a step the user is a named signatory of (three queries)."""
    steps = {s.pk: s for s in SignOffStep.objects.filter(signatories=user)}
    if not steps:
        return []
    policy = clear_day_policy()
    rows = []
    for report in (
        _reports()
        .filter(status=Report.Status.IN_SIGN_OFF)
        .order_by("item__meeting__date", "item__order", "pk")[: LIMIT * 2]
    ):
        current = progress_of(report)
        if current.waiting_on is not None and current.waiting_on.id in steps:
            rows.append((_row(report, today, policy), steps[current.waiting_on.id]))
    return rows[:LIMIT]


def signatory_of_any(user) -> bool:
    return SignOffStep.objects.filter(signatories=user).exists()
