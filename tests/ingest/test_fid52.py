"""Round fid52: records of meetings not headed "Minutes of the meeting held on ...": notes
of a meeting, a record of decisions, decisions taken by e-mail, meetings held remotely."""

from __future__ import annotations

import pytest
from hypothesis import given

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.minutes_items import (
    agenda_numbers_after_references,
    reference_then_number,
)
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

MINUTES = "1. Meetings\nIt was resolved to suspend meetings.\n\n2. Payments\nIt was resolved to pay the invoices.\n"


def meeting(text: str):
    (found,) = parse_document(text).meetings
    return found


def refused(text: str) -> bool:
    try:
        result = parse_document(text)
    except ParseError:
        return True
    return not result.meetings or any(m.date is None for m in result.meetings)


# --- a record of decisions, notes of a meeting: the heading's words -----------------


def test_a_record_of_decisions_of_a_meeting_held_on_a_day_is_read():
    found = meeting(
        "Record of decisions of the meeting of Little Ashby Parish Council held on 3 May 2021\n\n"
        + MINUTES
    )
    assert found.body_name == "Little Ashby Parish Council"
    assert str(found.date) == "2021-05-03"
    assert [i.number for i in found.items] == ["1", "2"]
    assert sum(len(i.resolutions) for i in found.items) == 2


def test_decisions_said_taken_on_a_day_are_that_days_meeting():
    found = meeting(
        "Little Ashby Parish Council\nRecord of decisions taken by email on 24th March 2020\n\n"
        + MINUTES
    )
    assert str(found.date) == "2020-03-24"
    assert found.body_name == "Little Ashby Parish Council"


@pytest.mark.parametrize(
    "opening",
    [
        # the day a proposal was circulated, or an e-mail sent, is no meeting's
        "Little Ashby Parish Council\nRecord of decisions taken by email\n\n"
        "On 24th March 2020 the following proposal was circulated to all Councillors.\n\n",
        "Little Ashby Parish Council\nRecord of decisions\n\n"
        "Email sent to all Councillors on 24th March 2020.\n\n",
        # a period, not a day
        "Little Ashby Parish Council\nDecisions taken by email between 16 and 30 March 2020\n\n",
        # a month only
        "RECORD OF EMAIL EXCHANGES OF LITTLE ASHBY PARISH COUNCILLORS IN MAY 2020\n\n",
    ],
)
def test_a_day_not_said_to_be_the_decisions_gives_no_meeting(opening):
    assert refused(opening + MINUTES)


def test_taken_without_decisions_is_no_meeting_day():
    # "taken" is the decisions' day only after "decisions"
    assert refused(
        "Little Ashby Parish Council\nRecord of decisions\nPhotographs taken on 24 March 2020\n\n"
        + MINUTES
    )


def test_notes_of_a_meeting_naming_no_body_ask_for_one():
    found = parse_document(
        "Notes of the meeting held via Zoom on Monday 8 June 2020 at 7pm\n\n"
        "Present: Councillors Brown, Green and White\n\n" + MINUTES
    ).meetings[0]
    assert found.body_name == ""


def test_a_date_line_under_record_of_decisions_is_the_meetings():
    found = meeting("Little Ashby Parish Council\nRecord of decisions\n3 May 2021\n\n" + MINUTES)
    assert str(found.date) == "2021-05-03"


def test_a_record_of_decisions_that_is_an_agenda_is_refused():
    assert refused(
        "Little Ashby Parish Council\nRecord of decisions\nAgenda for the meeting to be held on 3 May 2021\n\n"
        + MINUTES
    )


# --- "passed by resolution of the Council" ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposal was passed by resolution of the Council.",
        "The Chairman proposed that the meeting move into closed session, which proposal was "
        "passed by resolution of the Council.",
        "The motion was unanimously passed by a resolution of the Parish Council.",
    ],
)
def test_passed_by_resolution_of_the_council_is_a_decision(sentence):
    assert len(agreed_decisions(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The County Council's budget was passed last week.",
        "The Clerk reported that the resolution passed by the District Council would apply.",
        "The proposal was passed to the Clerk.",
    ],
)
def test_other_passing_is_no_decision(sentence):
    assert agreed_decisions(sentence) == []


# --- "2020/176 – 1 Action Plan": a reference, then the agenda's number ------------------


def test_a_reference_then_the_agenda_number_numbers_by_the_agenda():
    text = "2020/176 – 1 Action Plan - To consider.\n\n2020/177 – 2 Community Support - Agreed.\n"
    assert reference_then_number(text).startswith("1. Action Plan")
    assert "\n2. Community Support" in reference_then_number(text)


def test_one_such_line_alone_is_left():
    text = "2020/176 – 1 Action Plan - To consider.\n"
    assert reference_then_number(text) == text


def test_a_two_digit_year_span_is_no_reference():
    text = "20/21 – 1 Apologies\n\n20/21 – 2 Minutes\n"
    assert reference_then_number(text) == text


def test_items_read_flattened_take_the_agenda_number():
    items = [
        ("2020/176", "– 1 Action Plan", "– 1 Action Plan - To consider"),
        ("2020/177", "– 2 Community Support", "– 2 Community Support - text"),
    ]
    out = agenda_numbers_after_references(items)
    assert [(n, t) for n, t, _ in out] == [("1", "Action Plan"), ("2", "Community Support")]


def test_items_not_all_so_printed_are_left():
    items = [
        ("2020/176", "– 1 Action Plan", ""),
        ("2020/177", "Community Support", ""),
    ]
    assert agenda_numbers_after_references(items) == items


def test_a_remote_meeting_numbered_by_reference_and_agenda():
    found = meeting(
        "Minutes of the remote Parish Council Meeting of Little Ashby Parish Council held on "
        "Tuesday 7th April 2020.\n\nPresent: Mrs Harvey, Mr Langley\n\n"
        "2020/176 – 1 Action Plan - To consider a plan. Unanimously RESOLVED.\n\n"
        "2020/177 – 2 Community Support - To consider support.\n"
    )
    assert [i.number for i in found.items] == ["1", "2"]
    assert found.items[0].title == "Action Plan"
    assert found.items[1].title.startswith("Community Support")


# --- mangling -------------------------------------------------------------------------

SEEDS = [
    "Record of decisions of the meeting of Little Ashby Parish Council held on 3 May 2021\n\n"
    + MINUTES,
    "Little Ashby Parish Council\nRecord of decisions taken by email on 24th March 2020\n\n"
    + MINUTES,
    "Little Ashby Parish Council\nRecord of decisions taken by email\n\n"
    "On 24th March 2020 the following proposal was circulated to all Councillors.\n\n" + MINUTES,
    "Minutes of the remote Parish Council Meeting of Little Ashby Parish Council held on "
    "Tuesday 7th April 2020.\n\n2020/176 – 1 Action Plan - To consider a plan. The proposal was "
    "passed by resolution of the Council.\n\n2020/177 – 2 Community Support - To consider.\n",
]


@MANGLING
@given(spliced(SEEDS))
def test_mangled_records_read_whole_or_refuse(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(spliced(SEEDS))
def test_mangled_reference_numbers_never_fail(text):
    lines = reference_then_number(text)
    assert isinstance(lines, str)
