"""Round 47a: minutes' headings the general reading (heading_fallback) did not know: the
date over or after the word "Minutes", a line opening with the date and its time under the
minutes' title, an attendance heading on a line of its own; and a resolution whose points
are its terms (common._points)."""

from __future__ import annotations

from datetime import date

from hypothesis import given

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import extract_resolutions
from moot.ingest.parse.heading_fallback import fallback_heading, meeting_dates, opening_end
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

MINUTES = """
1. Apologies
None received.
2. Declarations of interest
None.
3. Planning
No applications were received.
"""

DATE_AFTER_MINUTES = (
    "April 26 2021 - Minutes\nEXTRA ORDINARY PARISH COUNCIL MEETING\n26 April 2021 MINUTES\n"
    "Present:\nCouncillors: Cllr. E. Adams (Chair), Cllr. M. Brown, Cllr. N. Cole\n" + MINUTES
)
DATE_AND_TIME = (
    "MINUTES OF AN EXTRA-ORDINARY MEETING OF LOWER ASHBY PARISH COUNCIL\n\n"
    "MONDAY 10 JUNE 2019 7.15 AT THE VILLAGE HALL\n\n"
    "PRESENT: Cllrs: Adams, Brown and Cole.\n" + MINUTES
)
PRESENT_LINE = (
    "Minutes 8th April 2021\nParish Council meeting on Thursday 8th April 2021 at 8 p.m.\n"
    "- MEMBERS PRESENT\nMr G. Adams (Chairman), Mr D. Brown, Mrs J. Cole\n" + MINUTES
)


def _dates(opening: str) -> set[date]:
    return {day for day, _ in meeting_dates(opening)}


def test_a_date_line_with_minutes_after_it_is_the_meetings():
    assert _dates("PARISH COUNCIL MEETING\n26 April 2021 MINUTES\n") == {date(2021, 4, 26)}
    assert _dates("April 26 2021 - Minutes\n") == {date(2021, 4, 26)}
    assert _dates("Minutes 8th April 2021\n") == {date(2021, 4, 8)}


def test_a_date_line_with_other_words_is_not():
    assert _dates("26 April 2021 Agenda\n") == set()
    assert _dates("Notes\n26 April 2021 Minutes of the last meeting\n") == set()


def test_a_line_opening_with_the_date_and_its_time_under_the_title_is_the_meetings():
    opening = "MINUTES OF A MEETING OF LOWER ASHBY PARISH COUNCIL\n\nMONDAY 10 JUNE 2019 7.15 AT THE HALL\n"
    assert meeting_dates(opening) == [(date(2019, 6, 10), " 7.15 AT THE HALL")]
    assert _dates("Minutes\n3 May 2022 at 7pm\n") == {date(2022, 5, 3)}


def test_a_date_and_time_line_not_by_the_title_or_without_a_time_is_not():
    # no title over or under it
    assert _dates("Lower Ashby\n\nMONDAY 10 JUNE 2019 7.15 AT THE HALL\n") == set()
    # words that are no time after the date
    assert _dates("Minutes\n10 June 2019 the budget was set\n") == set()


def test_an_attendance_heading_alone_on_its_line_ends_the_opening():
    end = opening_end(PRESENT_LINE)
    assert PRESENT_LINE[end:].startswith("- MEMBERS PRESENT")
    # the words inside a sentence are no heading
    assert opening_end("Minutes 8th April 2021\nThe members present agreed.\n") is None


def test_the_headings_read_whole():
    cases = [
        (DATE_AFTER_MINUTES, date(2021, 4, 26)),
        (DATE_AND_TIME, date(2019, 6, 10)),
        (PRESENT_LINE, date(2021, 4, 8)),
    ]
    for text, day in cases:
        (meeting,) = parse_document(text).meetings
        assert meeting.date == day
    (meeting,) = parse_document(DATE_AND_TIME).meetings
    assert meeting.body_name.casefold() == "lower ashby parish council"


def test_a_two_figure_year_is_left_unread():
    text = "Lower Ashby Community Council\n\nMinutes of meeting held on the 13th of November 25\n\n"
    assert fallback_heading(text + "Present: Cllr A. Adams, Cllr B. Brown\n" + MINUTES) is None


def test_points_under_a_whole_decision_are_its_terms():
    paras = ["AGREED: That the quotation be accepted", "i) 6 cuts a year", "ii) 5 cuts a year"]
    assert len(extract_resolutions(paras)) == 1


def test_points_under_a_lead_in_with_a_colon_are_each_a_decision():
    paras = ["RESOLVED: That the Council:", "a) approves the budget", "b) sets the precept"]
    assert len(extract_resolutions(paras)) == 2
    assert len(extract_resolutions(["RESOLVED:", "a) one", "b) two"])) == 2


@MANGLING
@given(spliced([DATE_AFTER_MINUTES, DATE_AND_TIME, PRESENT_LINE]))
def test_mangled_headings_read_whole_or_are_refused(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(spliced([DATE_AFTER_MINUTES, DATE_AND_TIME, PRESENT_LINE]))
def test_mangled_openings_give_a_heading_or_none(text):
    rewritten = fallback_heading(text)
    assert rewritten is None or rewritten.startswith("Minutes of the ")
