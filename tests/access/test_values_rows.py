"""The gate's values made from ``.values_list()`` rows (what the API reads, thousands a page)
are the values it makes from model instances (what the pages read)."""

from __future__ import annotations

from datetime import date

import pytest

from moot.access import visibility
from moot.meetings.models import Attendance, Meeting, PersonVote, Vote
from tests.factories import big_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(example):
    meeting = big_meeting(example, date(2030, 2, 1), items=3, documents_per_item=1)
    first, second = Attendance.objects.filter(meeting=meeting).order_by("order")[:2]
    first.person.honorific = "Cllr"
    first.person.save()
    second.status, second.substitute_for = Attendance.Status.SUBSTITUTE, first.person
    second.save()
    return meeting


def test_attendance_from_rows_is_attendance_from_instances(meeting):
    records = Attendance.objects.filter(meeting=meeting).order_by("order", "id")
    rows = records.values_list(*visibility.ATTENDANCE_VALUES)
    made = visibility.public_attendance_of_values(meeting, rows)
    assert made == visibility.public_attendance(meeting, records)
    assert made[0].person.name.startswith("Cllr ")
    assert made[1].substitute_for == made[0].person


def test_no_attendance_before_the_minutes_are_published(meeting):
    meeting.status = Meeting.Status.HELD
    rows = Attendance.objects.filter(meeting=meeting).values_list(*visibility.ATTENDANCE_VALUES)
    assert rows and visibility.public_attendance_of_values(meeting, rows) == ()


def test_a_roll_call_from_rows_is_the_roll_call_from_instances(meeting):
    votes = Vote.objects.filter(resolution__item__meeting=meeting)
    assert votes
    for vote in votes:
        rows = PersonVote.objects.filter(vote=vote).order_by("vote_id", "id")
        from_rows = visibility.roll_call(rows.values_list(*visibility.ROLL_CALL_VALUES))
        from_instances = visibility._vote(vote.resolution).named
        assert from_rows == from_instances and len(from_rows) == 2
