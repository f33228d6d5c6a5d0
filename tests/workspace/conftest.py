"""Fixtures for the workspace: a signed-in clerk, the workspace's clock set to a known day,
and a meeting of the example's Board built through the services."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from moot.meetings import services as meeting_services

LONDON = meeting_services.LONDON
TODAY = date(2026, 1, 5)


@pytest.fixture
def store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


@pytest.fixture
def today(monkeypatch):
    """The workspace's clock: Monday 5 January 2026, 9:00 in London."""
    moment = datetime.combine(TODAY, time(9, 0), tzinfo=LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
    return TODAY


@pytest.fixture
def clerk(example, django_user_model):
    """The Board's clerk (a role granted on the body), enrolled in TOTP as clerks must be."""
    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    user = django_user_model.objects.create_user(
        username="clerk", email="clerk@example.org", password="unused-here"
    )
    role_grant(user=user, role="clerk", body=example)
    enrol_totp(user)
    return user


@pytest.fixture
def signed_in(client, clerk):
    client.force_login(clerk)
    return client


@pytest.fixture
def meeting(example, today):
    """A meeting of the Board on Thursday 12 March 2026 with its standing items."""
    return meeting_services.meeting_create(
        body=example, day=date(2026, 3, 12), at=time(9, 30), today=today
    )


def text(response) -> str:
    """The page's text with its white space folded, for finding phrases that wrap."""
    return re.sub(r"\s+", " ", response.content.decode())


def url(meeting, name: str = "", *args) -> str:
    from django.urls import reverse

    return reverse(
        f"workspace:{name or 'meeting'}", args=[meeting.body.slug, meeting.date_slug, *args]
    )


# --- a published agenda and its changes (test_agenda_changes.py, test_revised_agenda.py) ---


@pytest.fixture
def fresh_page_cache():
    """Public pages are cached process-wide; a test that uses this starts and ends without
    them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def published(meeting):
    """The meeting's agenda published on Monday 2 March 2026, 9:00."""
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, 0, tzinfo=LONDON))
    meeting.refresh_from_db()
    return meeting


# --- after the meeting (tests/workspace/test_after.py, test_questions.py, test_release.py) --


@pytest.fixture
def set_clock(monkeypatch):
    """Set the workspace's clock to 10:00 in London on the day given."""

    def set_day(day: date) -> date:
        moment = datetime.combine(day, time(10, 0), tzinfo=LONDON)
        monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
        return day

    return set_day


def example_meeting(example, day: date):
    from moot.meetings.models import Meeting

    return Meeting.objects.get(body=example, date=day)


@pytest.fixture
def october(example):
    """The example's meeting of 28 October 2021, its agenda published on time."""
    meeting = example_meeting(example, date(2021, 10, 28))
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2021, 10, 1, 9, 0, tzinfo=LONDON))
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def january(example, october):
    """The example's meeting of 27 January 2022, its agenda published on time."""
    meeting = example_meeting(example, date(2022, 1, 27))
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2022, 1, 4, 9, 0, tzinfo=LONDON))
    meeting.refresh_from_db()
    return meeting
