"""The clerk's dashboard: what is due, with dates and days left, in a fixed number of
queries whatever the size of the record."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.meetings import services as meeting_services
from moot.meetings.models import Action, Meeting, PublicQuestion
from moot.workspace import selectors
from moot.workspace.permissions import clerk_bodies
from tests.workspace.conftest import LONDON, text

pytestmark = pytest.mark.django_db


def add_business(body, day: date, today: date) -> Meeting:
    """A future meeting with a submitted question, and a held one with an overdue action."""
    future = meeting_services.meeting_create(body=body, day=day, at=time(9, 30), today=today)
    PublicQuestion.objects.create(
        meeting=future,
        name="A resident",
        email="resident@example.org",
        question=f"About {day}?",
        submitted_at=datetime.combine(today, time(8), tzinfo=LONDON),
        fingerprint=f"q-{day}",
    )
    held = meeting_services.meeting_create(
        body=body, day=day - timedelta(days=400), at=time(9, 30), today=today, recording_past=True
    )
    Meeting.objects.filter(pk=held.pk).update(status=Meeting.Status.HELD)
    Action.objects.create(
        item=held.items.first(),
        description=f"Report back on {day}",
        due_date=today - timedelta(days=3),
    )
    return future


def test_the_dashboard_shows_what_is_due_with_dates_and_days_left(signed_in, example, today):
    add_business(example, date(2026, 3, 12), today)
    page = text(signed_in.get("/clerk/"))
    assert "Today is Monday 5 January 2026" in page
    row = page[page.index("Agendas to publish") : page.index("Minutes to draft")]
    assert "Thursday 12 March 2026" in row and "Wednesday 4 March 2026" in row
    assert "58 <span" in row and "On time: publish by Wednesday 4 March 2026, 58 days" in row
    assert "Report back on 2026-03-12" in page
    assert "due Friday 2 January 2026 (3 days overdue)" in page
    assert "A resident, for Health and Wellbeing Board, Thursday 12 March 2026" in page
    drafts = page[page.index("Minutes to draft") : page.index("Minutes to approve")]
    assert "held; no draft minutes published yet" in drafts


def add_report_release_and_today(body, future: Meeting, today: date, n: int) -> None:
    """A report in sign-off on the future meeting, an exempt item of a meeting past its
    release review, and a meeting today (the dashboard's rows of issue 12 items 1 and 3)."""
    from moot.documents.services import render_text_pdf
    from moot.reports.services import report_submit

    item = meeting_services.item_add(meeting=future, title=f"Strategy {n}")
    pdf = render_text_pdf(title="Strategy", text=f"Draft {n}.")
    report_submit(item=item, uploaded_file=ContentFile(pdf, name=f"s{n}.pdf"), title=f"S {n}")
    past = meeting_services.meeting_create(
        body=body,
        day=today - timedelta(days=300 + n),
        at=time(10),
        today=today,
        recording_past=True,
    )
    meeting_services.item_add(
        meeting=past,
        title=f"Contract {n}",
        exempt_paragraph=3,
        exempt_reason="Terms.",
        allow_published=True,
    )
    meeting_services.meeting_create(body=body, day=today, at=time(14), today=today)


def test_the_dashboard_query_count_does_not_grow_with_the_record(clerk, example, today, store):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            selectors.dashboard(bodies=clerk_bodies(clerk), today=today)
        return len(queries)

    first = add_business(example, date(2026, 3, 12), today)
    add_report_release_and_today(example, first, today, 0)
    small = count()
    for week in range(1, 31):
        future = add_business(example, date(2026, 3, 12) + timedelta(weeks=week), today)
        add_report_release_and_today(example, future, today, week)
    assert count() == small
    data = selectors.dashboard(bodies=clerk_bodies(clerk), today=today)
    assert len(data.reports_awaited) == len(data.meetings_today) == selectors.LIMIT
    assert len(data.release_due) == selectors.LIMIT and data.release_due_more
    data = selectors.dashboard(bodies=clerk_bodies(clerk), today=today)
    assert len(data.agendas) == selectors.LIMIT
    assert [d.meeting.date for d in data.agendas] == sorted(d.meeting.date for d in data.agendas)
