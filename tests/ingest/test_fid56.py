"""Agenda summonses, second round (round 56 of issue 14): a council's title over its day line,
summonses flattened onto one line with "Item 1" or reference numbers, and a date labelled as
the meeting's on the clerk's line. Texts written for these tests after the shapes read."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.agenda_notice import parse_agenda_notice, unflatten_notice
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

TITLE_OVER_DAY = """\
BRAMBLEWICK PARISH COUNCIL MEETING
Thursday 15th May 2025, 7.30pm, Memorial Hall

1. To receive apologies
2. To note declarations of interest
3. Open forum for residents
4. Highways and footpaths
"""

CLERKS_LINE = """\
LOWER MARSHFIELD PARISH COUNCIL
You are hereby summoned to attend a meeting of Lower Marshfield Parish Council to be held in the Reading Room
Signed: A Clerkson, Clerk   Date of meeting: Wednesday 4th June 2025 at 7pm
AGENDA
1. Apologies for absence
2. Declarations of interest
3. Date of next meeting: Wednesday 2nd July 2025
"""

FLAT_ITEMS = (
    "Summons: you are hereby summoned to attend a meeting of Ashcombe Town Council to be held "
    "in the Guildhall on Tuesday 10th June 2025 at 6.30pm. R Penn, Town Clerk, 3rd June 2025 "
    "AGENDA Item 1 Apologies for absence Item 2 Declarations of members' interests "
    "Item 3 Minutes of the meeting held on 13th May 2025 Item 4 Finance report"
)

FLAT_REFERENCES = (
    "ASHCOMBE TOWN COUNCIL You are hereby summoned to attend a meeting of Ashcombe Town "
    "Council to be held in the Guildhall on Tuesday 10th June 2025 at 6.30pm. AGENDA "
    "25/061 Apologies for absence 25/062 Declarations of interest 25/063 Planning "
    "applications received 25/064 Correspondence"
)


def test_council_title_over_its_day_line_is_a_notice():
    assert detect_kind(TITLE_OVER_DAY) == "agenda-notice"
    m = parse_document(TITLE_OVER_DAY).meetings[0]
    assert m.body_name == "Bramblewick Parish Council"
    assert m.date == date(2025, 5, 15)
    assert m.start_time == time(19, 30)
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    assert m.items[2].title == "Open forum for residents"


@pytest.mark.parametrize(
    "title",
    ["BRAMBLEWICK PARISH COUNCIL – MEETING", "Agenda for Bramblewick Parish Council Meeting"],
)
def test_title_wordings_over_the_day_line(title):
    text = TITLE_OVER_DAY.replace("BRAMBLEWICK PARISH COUNCIL MEETING", title)
    m = parse_agenda_notice(text).meetings[0]
    assert m.body_name == "Bramblewick Parish Council"
    assert m.date == date(2025, 5, 15)


def test_kind_only_title_over_the_day_line_names_only_the_kind():
    text = TITLE_OVER_DAY.replace("BRAMBLEWICK PARISH COUNCIL MEETING", "PARISH COUNCIL MEETING")
    m = parse_document(text).meetings[0]
    assert m.body_name == "Parish Council"
    assert m.body_kind_only


def test_a_notice_sentence_below_wins_over_the_title():
    text = (
        "NOTICE OF PARISH COUNCIL MEETING\nMonday 2nd June 2025 at 7.00pm\n"
        "You are summonsed to attend the next meeting of Holmbury Parish Council which will "
        "be held at the Hub on Monday 2nd June 2025 at 7.00pm.\nAgenda Items:\n"
        "1. Apologies\n2. Declarations of interest\n"
    )
    assert parse_agenda_notice(text).meetings[0].body_name == "Holmbury Parish Council"


def test_title_over_its_day_in_minutes_is_no_notice():
    text = TITLE_OVER_DAY.replace("\n\n1.", "\nPresent: Cllr A Brook (Chair), Cllr B Moss\n1.")
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_title_without_a_day_line_is_no_notice():
    text = TITLE_OVER_DAY.replace("Thursday 15th May 2025, ", "To be held ")
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_date_labelled_as_the_meetings_on_the_clerks_line():
    m = parse_document(CLERKS_LINE).meetings[0]
    assert m.body_name == "Lower Marshfield Parish Council"
    assert m.date == date(2025, 6, 4)  # never the next meeting's 2nd July
    assert m.start_time == time(19, 0)
    assert m.venue == "the Reading Room"
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_date_labelled_on_the_line_after_the_clerks():
    text = CLERKS_LINE.replace("Clerk   Date of meeting:", "Clerk\nMeeting date:")
    assert parse_agenda_notice(text).meetings[0].date == date(2025, 6, 4)


@pytest.mark.parametrize(
    "line",
    [
        "Signed: A Clerkson, Clerk   Date: 28th May 2025",
        "A Clerkson, Clerk to the Council, 28th May 2025",
        "Dated: 28th May 2025",
    ],
)
def test_clerks_own_dated_line_is_never_the_meetings(line):
    text = CLERKS_LINE.replace(
        "Signed: A Clerkson, Clerk   Date of meeting: Wednesday 4th June 2025 at 7pm", line
    )
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_flattened_summons_with_item_words_is_read():
    m = parse_document(FLAT_ITEMS).meetings[0]
    assert m.body_name == "Ashcombe Town Council"
    assert m.date == date(2025, 6, 10)  # not the clerk's 3rd June
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of members' interests"),
        ("3", "Minutes of the meeting held on 13th May 2025"),
        ("4", "Finance report"),
    ]


def test_flattened_summons_with_reference_numbers_is_read():
    m = parse_document(FLAT_REFERENCES).meetings[0]
    assert m.date == date(2025, 6, 10)
    assert [(i.number, i.title) for i in m.items] == [
        ("25/061", "Apologies for absence"),
        ("25/062", "Declarations of interest"),
        ("25/063", "Planning applications received"),
        ("25/064", "Correspondence"),
    ]


def test_flattened_references_out_of_their_run_stay_text():
    text = unflatten_notice(
        "AGENDA 25/061 Apologies 25/062 Planning: 24/00311 Barn conversion 25/063 Finance"
    )
    lines = text.split("\n")
    assert lines[lines.index("AGENDA") + 1 :] == [
        "25/061 Apologies",
        "25/062 Planning: 24/00311 Barn conversion",
        "25/063 Finance",
    ]


def test_a_lone_flattened_reference_is_no_item():
    # a summons over its "AGENDA" is read, but one reference makes no run of items
    result = parse_agenda_notice(FLAT_REFERENCES.split(" 25/062")[0])
    assert result.meetings[0].items == []
    assert any("not numbered" in w for w in result.warnings)


def test_flattened_clerks_dated_signature_is_never_the_meetings():
    # the meeting's day lost: only the clerk's "Town Clerk, 3rd June 2025" is left
    text = FLAT_ITEMS.replace("on Tuesday 10th June 2025 ", "")
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


FLAT_NO_AGENDA = (
    "Notice is hereby given that a meeting of Ashcombe Town Council will be held in the "
    "Guildhall on Tuesday 10th June 2025 at 6.30pm. Members of the public and press are "
    "welcome to attend. 1. Apologies for absence 2. Declarations of interest "
    "3. Minutes of the meeting held on 13th May 2025 4. Finance"
)


def test_flattened_notice_without_an_agenda_line_is_read():
    m = parse_document(FLAT_NO_AGENDA).meetings[0]
    assert m.body_name == "Ashcombe Town Council"
    assert m.date == date(2025, 6, 10)
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    assert m.items[2].title == "Minutes of the meeting held on 13th May 2025"


def test_flattened_notice_without_an_agenda_line_needs_three_numbers():
    with pytest.raises(ParseError):
        parse_document(FLAT_NO_AGENDA.split(" 3.")[0])


def test_flattened_numbers_before_any_date_stay_text():
    text = "1. Apologies 2. Declarations 3. Minutes. Held on Tuesday 10th June 2025 at 6.30pm."
    assert unflatten_notice(text) == text


_JUNK = st.text(
    alphabet="AGENDA Item 25/06 Clerk Date of meeting: Monday 4th June 2025\n.", max_size=30
)


@MANGLING
@given(spliced([TITLE_OVER_DAY, CLERKS_LINE, FLAT_ITEMS, FLAT_REFERENCES, FLAT_NO_AGENDA]))
def test_mangled_new_shapes_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        for m in result.meetings:
            assert m.date is not None
            # the clerk's own date and the next meeting's are never the meeting's
            assert m.date not in (date(2025, 6, 3), date(2025, 7, 2), date(2025, 5, 13))


@MANGLING
@given(mangled_lines(TITLE_OVER_DAY.splitlines() + CLERKS_LINE.splitlines(), _JUNK))
def test_mangled_title_and_clerk_lines_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        for m in result.meetings:
            assert m.date != date(2025, 7, 2)
