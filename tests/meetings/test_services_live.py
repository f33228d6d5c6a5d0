"""Services of live meeting mode on the example's 28 October 2021 meeting: the minutes'
version check, the time an item starts, a whole roster at once, a motion and its vote."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from moot.governance.models import Person
from moot.meetings import services
from moot.meetings.models import Meeting, Resolution

pytestmark = pytest.mark.django_db

LONDON = services.LONDON


@pytest.fixture
def october(example):
    meeting = Meeting.objects.get(body=example, date=date(2021, 10, 28))
    services.agenda_publish(meeting=meeting, now=datetime(2021, 10, 12, 10, tzinfo=LONDON))
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def held(october):
    return services.meeting_hold(meeting=october, today=date(2021, 10, 28))


def by_name(name: str) -> Person:
    return next(p for p in Person.objects.all() if p.display_name == name)


def test_every_save_raises_the_version_and_a_stale_one_is_refused(held):
    item = held.items.get(agenda_number="5")
    item = services.minutes_record(item=item, text="<p>First.</p>", version=0)
    assert item.minutes_version == 1
    with pytest.raises(services.StaleMinutes) as refused:
        services.minutes_record(item=item, text="<p>Second.</p>", version=0)
    assert refused.value.current == "<p>First.</p>" and refused.value.version == 1
    item.refresh_from_db()
    assert item.minutes == "<p>First.</p>" and item.minutes_version == 1
    # without a version (imports, the back office) a save goes through and still counts
    assert services.minutes_record(item=item, text="<p>Third.</p>").minutes_version == 2


def test_an_item_starts_on_the_meetings_day_only(october):
    item = october.items.get(agenda_number="5")
    at = datetime(2021, 10, 28, 14, 20, tzinfo=LONDON)
    assert services.item_start(item=item, at=at).started_at == at
    with pytest.raises(services.MeetingError, match="on the meeting's day, 28 October 2021"):
        services.item_start(item=item, at=datetime(2021, 10, 29, 9, tzinfo=LONDON))
    item.refresh_from_db()
    assert item.started_at == at


def test_a_roster_with_one_refused_row_records_nothing(october):
    rows = [
        services.AttendanceRow(person=by_name("Councillor Vi Dempster"), status="present"),
        services.AttendanceRow(person=by_name("Harsha Kotecha"), status="asleep"),
    ]
    with pytest.raises(services.MeetingError, match="'asleep' is not an attendance status"):
        services.attendance_record_many(meeting=october, rows=rows)
    assert not october.attendance.exists()


def test_a_refused_vote_saves_no_resolution(held):
    services.attendance_record(meeting=held, person=by_name("Martin Samuels"), status="present")
    item = held.items.get(agenda_number="5")
    with pytest.raises(services.MeetingError, match="Martin Samuels"):
        services.vote_take(
            item=item, text="That it be agreed", named={by_name("Martin Samuels"): "for"}
        )
    assert not Resolution.objects.filter(item=item).exists()
