"""Issue 14, the twenty-third fidelity round: minutes' headings the printed-minutes reader
still refused, each tested on text from a dev document: "Draft Minutes of Extraordinary
meeting of X Parish Council held by Zoom on ..." (a draft's mark before a heading without
its article; South Kyme 2020), "X Parish Council annual parish meeting held at VENUE on
DATE" (the parish's own meeting; Holland Fen with Brothertoft 2021), and a "20/21/10.1"
minute number in text flattened onto one line (South Kyme 2020)."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.printed_minutes import (
    COUNCIL_MEETING_HELD_HEAD_RE,
    find_heading,
    is_council_name,
    parish_meeting_of,
    parse_printed_minutes,
)
from moot.ingest.parse.unflatten import unflatten, year_paragraph_numbers

SOUTH_KYME = """11th September 2020 Minutes (Draft)

Draft Minutes of Extraordinary meeting of South Kyme Parish Council held by Zoom on Friday 11 September 2020, 7pm

Present: Councillors Alexander (Chairman), Clark, Goode, J Head, M Head, Midgley and Shaw

Clerk: Chairman (post vacant)

20 members of the public attended the meeting.

20/21/10.1  Potential Face to Face Parish Council Meeting in the Village Hall, or Church

The Chairman opened the meeting by stating that it had been called by Cllrs Goode, Shaw, Clark and Midgley to agree and appoint a competent person to carry out a Covid-19 specific risk assessment on St Mary and All Saints Church, South Kyme, for the bi-monthly meeting on 17th September 2020.
"""

HOLLAND_FEN = """APM NOTES 22nd June 2021

Holland Fen with Brothertoft Parish Council annual parish meeting held at Brothertoft Village Hall on Tuesday 22nd June 2021 at 7:30pm.

In Attendance: with Councillor Nigel Early in the Chair, there were present Councillors: Richard Leggott, Peter Robinson, Paul Anderson, Alan Dring.
Clerk – Miss Sarah Kulwicki
County Councillor – Micheal Brookes

The Chairman declared the meeting opened at 7:30 p.m.

1.  Apologies for absence – Councillor A. Cannon, M. Leggott, D. Ball and District Councillor George Cornah and Chelcei Sharman.

2. Notes of the Annual Parish Meeting held on Tuesday 7th May 2019 (attached) to be approved as Minutes and signed by the Chairman.
"""


def test_draft_mark_before_a_heading_without_its_article():
    meeting = parse_printed_minutes(SOUTH_KYME).meetings[0]
    assert meeting.body_name == "South Kyme Parish Council"
    assert meeting.date == date(2020, 9, 11)
    assert meeting.start_time == time(19, 0)
    assert [i.number for i in meeting.items] == ["20/21/10.1"]


def test_the_same_words_inside_a_line_are_no_heading():
    # "... the Draft Minutes of Extraordinary meeting of X held ..." inside an item's
    # sentence is no heading: only a draft's mark opening the line is read
    text = SOUTH_KYME.replace("\nDraft Minutes of", "\nThe clerk sent the Draft Minutes of")
    assert find_heading(text) is None


def test_council_annual_parish_meeting_is_the_parish_meeting():
    meeting = parse_printed_minutes(HOLLAND_FEN).meetings[0]
    assert meeting.body_name == "Holland Fen with Brothertoft Parish Meeting"
    assert meeting.date == date(2021, 6, 22)
    assert meeting.start_time == time(19, 30)
    assert meeting.kind == "annual"
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_council_meeting_held_line_without_attendance_is_no_heading():
    # an agenda notice has the same line but no one attended yet: not read as minutes
    text = HOLLAND_FEN.split("In Attendance:")[0] + "1. Apologies for absence\n"
    assert find_heading(text) is None


def test_flattened_year_paragraph_number_ends_the_attendance():
    flat = " ".join(SOUTH_KYME.split())
    meeting = parse_printed_minutes(flat).meetings[0]
    assert [i.number for i in meeting.items] == ["20/21/10.1"]
    names = [p.name for p in meeting.attendance.present]
    assert not any("Church" in n or "Kyme" in n for n in names)
    assert "20/21/10.1 Potential" in unflatten(flat)


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ", max_size=30),
    st.sampled_from(["Parish Council", "Town Council", "Parish Meeting", "Council"]),
)
def test_parish_meeting_of_changes_only_a_parish_council(place, kind):
    name = f"{place.strip()} {kind}".strip()
    out = parish_meeting_of(name)
    if kind == "Parish Council":
        assert out.endswith("Parish Meeting")
        assert out[: -len("Parish Meeting")] == name[: -len("Parish Council")]
    else:
        assert out == name


@given(st.integers(0, 98), st.integers(0, 99), st.integers(1, 999), st.integers(1, 99))
def test_year_paragraph_numbers_need_a_councils_year(a, b, serial, paragraph):
    flat = f"words here. {a:02d}/{b:02d}/{serial}.{paragraph} Title of the minute"
    found = year_paragraph_numbers(flat)
    assert bool(found) == ((a + 1) % 100 == b)


def test_words_about_minutes_in_capitals_are_no_councils_name():
    # Swaton's "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON JULY 18th 2023" is a heading
    # naming only the kind of council, read by its own rule, never as a council's name
    text = (
        "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON JULY 18th 2023\n\nPRESENT: Cllr A Wilson\n"
    )
    m = COUNCIL_MEETING_HELD_HEAD_RE.search(text)
    assert m is not None and not is_council_name(m.group("body"))
    assert find_heading(text).re is not COUNCIL_MEETING_HELD_HEAD_RE
    assert is_council_name("Holland Fen with Brothertoft Parish Council")
