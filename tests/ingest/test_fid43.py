"""Round 43: agenda notices (summonses, unnumbered agendas, "1.0" and lower-case items, a
cancelled meeting, notices flattened onto one line), issue histories with spelled dates,
and ModernGov decision-details pages."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind
from moot.ingest.parse.agenda_notice import (
    looks_like_agenda_notice,
    notice_status,
    parse_agenda_notice,
    unflatten_notice,
)
from moot.ingest.parse.issue_history import looks_like_issue_history, parse_issue_history
from moot.ingest.parse.moderngov_page import parse_moderngov_page
from moot.ingest.parse.page_unflatten import is_flat_page, unflatten_page
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

SUMMONS = """To: ALL MEMBERS OF THE COUNCIL
YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF BRAMFORD PARISH COUNCIL TO BE HELD in the Old School on Monday 4th March 2024, at 7.30PM FOR THE PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:
A. CLERK, CLERK TO THE COUNCIL
AGENDA
- Apologies for absence
- Declarations of interest
- Minutes of the previous meeting
"""

NUMBERED = """NOTICE IS HEREBY GIVEN that a meeting of Ashby Parish Council will be held in the Village Hall on Monday 3rd June 2024 at 7.30pm.

AGENDA
1.0 Apologies for absence
2.0 to receive declarations of interest
3.0 2024/25 budget
"""

NEXT_MEETING = """Meetings are held on the second Monday of the month.

Next Parish Council Meeting: 10th February 2020
7.30pm in the Village Hall

STANDING AGENDA

1. TO RECEIVE APOLOGIES FOR ABSENCE

2. TO RECEIVE DECLARATIONS OF INTEREST

3. MINUTES OF THE PREVIOUS MEETING
"""

ISSUE = """Issue - meetings

Budget

Meeting: Tuesday, 20th October, 2020 - Cabinet (Item 38)

38 Budget pdf icon PDF 1 MB

Minutes:

RESOLVED that the budget be approved.

Meeting: 31/02/2020 - Council (Item 5)

Budget
"""

DETAILS = """Decision details

Approval of the Local Plan

Decision Maker: Cabinet

Decision status: Recommendations Approved

Is Key decision?: Yes

Purpose:
To approve the plan.

Decision:
RESOLVED that the Local Plan be approved.

Reasons for the decision:
It is needed.

Publication date: 14/02/2020

Date of decision: 13/02/2020

Decided at meeting: 13/02/2020 - Cabinet

Accompanying Documents:
"""


# -- agenda notices ---------------------------------------------------------------------------


def test_summons_names_the_body_before_to_be_held():
    (m,) = parse_agenda_notice(SUMMONS).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Bramford Parish Council",
        date(2024, 3, 4),
        time(19, 30),
    )
    assert m.venue == "the Old School"


def test_summons_over_an_unnumbered_agenda_reads_no_items():
    assert looks_like_agenda_notice(SUMMONS)
    result = parse_agenda_notice(SUMMONS)
    assert result.meetings[0].items == []
    assert any("not numbered" in w for w in result.warnings)


def test_unnumbered_agenda_without_a_summons_is_refused():
    text = SUMMONS.replace("YOU ARE HEREBY SUMMONED TO ATTEND", "THERE IS")
    assert not looks_like_agenda_notice(text)
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_summons_without_an_agenda_line_is_not_a_notice():
    assert not looks_like_agenda_notice(SUMMONS.replace("AGENDA\n", ""))


def test_items_numbered_1_0_and_lower_case_titles():
    (m,) = parse_agenda_notice(NUMBERED).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("1.0", "Apologies for absence"),
        ("2.0", "to receive declarations of interest"),
        ("3.0", "2024/25 budget"),
    ]


def test_a_number_out_of_the_run_is_text():
    text = NUMBERED.replace("2.0 to receive", "7.0 to receive")
    (m,) = parse_agenda_notice(text).meetings
    assert [i.number for i in m.items] == ["1.0", "3.0"]
    assert "7.0 to receive" in m.items[0].agenda_text


@pytest.mark.parametrize(
    "words, status",
    [
        ("This meeting has been cancelled.", "cancelled"),
        ("THE MEETING IS POSTPONED", "postponed"),
        ("CANCELLED", "cancelled"),
        ("The meeting of 5 May was cancelled; this one goes ahead.", ""),
        ("Cancelled meetings are listed below.", ""),
    ],
)
def test_notice_status(words, status):
    assert notice_status(words) == status


def test_cancelled_notice_is_marked():
    text = NUMBERED.replace("\nAGENDA", "\nThis meeting has been cancelled.\n\nAGENDA")
    (m,) = parse_agenda_notice(text).meetings
    assert m.status == "cancelled"
    assert parse_agenda_notice(NUMBERED).meetings[0].status == ""


def test_flattened_next_meeting_notice_reads_its_items():
    flat = " ".join(NEXT_MEETING.split())
    assert detect_kind(flat) == "agenda-notice"
    (m,) = parse_agenda_notice(flat).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Parish Council",
        date(2020, 2, 10),
        time(19, 30),
    )
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.items[0].title == "TO RECEIVE APOLOGIES FOR ABSENCE"


def test_flattened_summons_is_read():
    (m,) = parse_agenda_notice(" ".join(SUMMONS.split())).meetings
    assert (m.body_name, m.date) == ("Bramford Parish Council", date(2024, 3, 4))


def test_unflatten_breaks_only_the_run_of_numbers():
    text = unflatten_notice("A meeting AGENDA 1. Apologies 5 minutes 2. Minutes 4. Other")
    assert text.split("\n") == [
        "A meeting",
        "AGENDA",
        "1. Apologies 5 minutes",
        "2. Minutes 4. Other",
    ]


def test_unflatten_without_agenda_leaves_items_alone():
    assert unflatten_notice("1. Apologies 2. Minutes") == "1. Apologies 2. Minutes"


# -- issue histories and decision details ---------------------------------------------------


def test_issue_history_reads_a_spelled_date_and_skips_an_impossible_one():
    result = parse_issue_history(ISSUE)
    (m,) = result.meetings
    assert (m.date, m.body_name) == (date(2020, 10, 20), "Cabinet")
    assert [(i.number, i.title) for i in m.items] == [("38", "Budget")]
    assert len(m.items[0].resolutions) == 1
    assert any("not a date" in w for w in result.warnings)


def test_issue_history_title_after_menu_lines():
    menu = "\n".join(f"Menu entry {k}" for k in range(12))
    assert looks_like_issue_history(menu + "\n" + ISSUE)


def test_decision_details_reads_its_meeting_and_decision():
    assert detect_kind(DETAILS) == "moderngov-page"
    (m,) = parse_moderngov_page(DETAILS).meetings
    assert (m.date, m.body_name) == (date(2020, 2, 13), "Cabinet")
    (item,) = m.items
    assert (item.number, item.title) == ("", "Approval of the Local Plan")
    assert item.minutes_label == "Decision"
    assert item.resolutions == ["that the Local Plan be approved."]


def test_decision_details_without_its_meeting_is_refused():
    text = DETAILS.replace("Decided at meeting: 13/02/2020 - Cabinet\n", "")
    assert not looks_like_issue_history(text)
    with pytest.raises(ParseError):
        parse_moderngov_page(text)


def test_decisions_page_naming_no_body_is_refused():
    text = (
        "Issue - decisions\n\nExclusion of Press and Public\n\n13/02/2020 - Exclusion of "
        "Press and Public\n\nDecision made (Unanimously):\n\nThat Cabinet approved it.\n"
    )
    assert not looks_like_issue_history(text)
    assert detect_kind(text) is None


def test_decision_details_with_an_impossible_date_is_refused():
    text = DETAILS.replace("Decided at meeting: 13/02/2020", "Decided at meeting: 31/02/2020")
    with pytest.raises(ParseError):
        parse_issue_history(text)


# -- mangling -------------------------------------------------------------------------------

_JUNK = st.text(alphabet="AGENDA 1.0 Meeting: 13/02/2020 - Decided at meeting\n:)", max_size=30)


@MANGLING
@given(spliced([SUMMONS, NUMBERED, NEXT_MEETING, " ".join(NEXT_MEETING.split())]))
def test_mangled_notices_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        assert all(m.date is not None for m in result.meetings)


@MANGLING
@given(mangled_lines(NUMBERED.splitlines() + SUMMONS.splitlines(), _JUNK))
def test_mangled_notice_lines_read_or_refused(text):
    read_or_refused(parse_agenda_notice, text)


@MANGLING
@given(spliced([DETAILS, ISSUE, " ".join(DETAILS.split())]))
def test_mangled_decision_details_read_or_refused(text):
    result = read_or_refused(parse_issue_history, text)
    if result is not None:
        assert all(m.body_name and m.date for m in result.meetings)


@MANGLING
@given(mangled_lines(DETAILS.splitlines(), _JUNK))
def test_mangled_decision_detail_lines_read_or_refused(text):
    read_or_refused(parse_moderngov_page, text)


@MANGLING
@given(st.text(max_size=200))
def test_unflatten_notice_never_loses_text(text):
    flat = " ".join(text.split())
    assert "".join(unflatten_notice(flat).split()) == "".join(flat.split())


# -- ModernGov pages flattened onto one line -------------------------------------------------

PAGE = """Agenda and minutes

Finance Committee - Tuesday, 5th March, 2024 6.00 pm

Venue: Council Chamber, Town Hall

Contact: Jo Bloggs

Items
No. Item

11.

Apologies for Absence

Minutes:

Apologies were received from Councillor Smith.

12.

Budget Monitoring pdf icon PDF 120 KB

Minutes:

RESOLVED that the report be noted.

13.

Date of Next Meeting

Minutes:

The next meeting will be held on 2 April 2024.
"""


def test_flat_page_is_detected_and_read_as_on_lines():
    flat = " ".join(PAGE.split())
    assert is_flat_page(flat)
    assert detect_kind(flat) == "moderngov-page"
    (m,) = parse_moderngov_page(flat).meetings
    (ref,) = parse_moderngov_page(PAGE).meetings
    assert (m.body_name, m.date, m.start_time) == (ref.body_name, ref.date, ref.start_time)
    assert m.venue == "Council Chamber, Town Hall"
    assert [i.number for i in m.items] == ["11", "12", "13"]
    assert [i.title for i in m.items] == [i.title for i in ref.items]
    assert sum(len(i.resolutions) for i in m.items) == 1


def test_unflatten_page_keeps_a_number_out_of_the_run_as_text():
    lined = unflatten_page(" ".join(PAGE.split()))
    assert lined is not None
    assert "\n11.\n" in lined and "\n12.\n" in lined and "\n13.\n" in lined
    assert "2 April 2024." in lined  # "2" is no item after 13


@pytest.mark.parametrize(
    "text",
    [
        PAGE,  # on lines already
        "Finance Committee - Tuesday, 5th March, 2024 Items No. Item 1. Apologies",  # no title
        "Agenda and minutes Finance Committee - Tuesday, 5th March, 2024 1. Apologies",  # no head
        "",
    ],
)
def test_unflatten_page_leaves_other_texts(text):
    assert unflatten_page(text) is None


@MANGLING
@given(spliced([" ".join(PAGE.split())], "Items No. Item Minutes: 14. 2. pdf icon PDF 1 KB "))
def test_mangled_flat_pages_read_or_refused(text):
    result = read_or_refused(parse_moderngov_page, text)
    if result is not None:
        assert all(m.date is not None for m in result.meetings)


@MANGLING
@given(st.text(max_size=300))
def test_unflatten_page_never_loses_text(text):
    flat = " ".join(("Agenda and minutes X - Monday, 1 May 2023 Items No. Item " + text).split())
    lined = unflatten_page(flat)
    assert lined is not None
    assert "".join(lined.split()) == "".join(flat.split())


def test_flat_page_with_year_numbers():
    page = (
        "Agenda, decisions and minutes Cabinet - Tuesday, 21 March 2023 2.00 pm Venue: County "
        "Hall Contact: Jo Bloggs Items No. Item 30/23 Apologies for Absence Minutes: None. "
        "31/23 Questions from County Councillors pdf icon PDF 232 KB Minutes: Two were asked. "
        "32/23 Budget Minutes: RESOLVED that the budget be approved. 5/22 Old text"
    )
    (m,) = parse_moderngov_page(page).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("30/23", "Apologies for Absence"),
        ("31/23", "Questions from County Councillors"),
        ("32/23", "Budget"),
    ]
