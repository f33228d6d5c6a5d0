"""Issue 14, the twenty-third fidelity round: minutes' headings the printed-minutes reader
still refused, each tested on text from a dev document: "Draft Minutes of Extraordinary
meeting of X Parish Council held by Zoom on ..." (a draft's mark before a heading without
its article; South Kyme 2020), "X Parish Council annual parish meeting held at VENUE on
DATE" (the parish's own meeting; Holland Fen with Brothertoft 2021), and a "20/21/10.1"
minute number in text flattened onto one line (South Kyme 2020), and two headings of annual
parish meetings in flattened text: "MINUTES ANNUAL PARISH MEETING held on DATE at TIME"
(Leigh-on-Mendip 2011) and "Annual Parish Meeting Location: PLACE Date: DATE Time: TIME"
(Edingale 2019)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.minutes_headings import (
    _LABELLED_ON_ONE_LINE_RE,
    _STACKED_ON_ONE_LINE_RE,
    COUNCIL_MEETING_HELD_HEAD_RE,
    find_heading,
    is_council_name,
    parish_meeting_of,
)
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import is_flattened, unflatten, year_paragraph_numbers

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


FIDELITY = Path(__file__).resolve().parents[1] / "fidelity" / "documents"
LEIGH = (FIDELITY / "leigh-on-mendip-apm-2011-05-16.txt").read_text(encoding="utf-8")


EDINGALE = """Annual Parish Meeting 2019
1. To approve the Minutes of the Annual Parish Meeting on 2nd May 2018.
2. To receive reports from village organisations.
3. To receive questions and comments from residents.
Annual Parish Meeting
Location: Edingale Village Hall
Date: Monday 13th May 2019 Time: 7.30 pm
Present: Cllr Startin (Chair), Cllr Mrs Cliffe, Cllrs Dhillon, Mason, and Meikle.
Mrs M. Jones (Clerk) and 5 members of the public.
The Chair welcomed everyone to the meeting.
1. To approve the Minutes of the Annual Parish Meeting of 2nd May 2018.
2. To receive reports from village organisations.
The Annual Report on the Village Hall was given. It had been a successful year and thanks were given to the volunteers and committee. Improvements were planned for the year including completing the resurfacing of the car park. Grant applications had been submitted for various projects, and regular expenditure was nearly covered by regular bookings.
"""


def test_flattened_stacked_heading_of_an_annual_parish_meeting():
    flat = " ".join(LEIGH.split())
    assert is_flattened(flat)
    meeting = parse_printed_minutes(flat).meetings[0]
    assert meeting.body_name == "Parish Meeting"
    assert meeting.date == date(2011, 5, 16)
    assert meeting.start_time == time(20, 0)
    assert [i.number for i in meeting.items][:2] == ["1.0", "2.0"]


def test_flattened_labelled_heading_of_an_annual_parish_meeting():
    for text in (EDINGALE, " ".join(EDINGALE.split())):
        meeting = parse_printed_minutes(text).meetings[0]
        assert meeting.body_name == "Parish Meeting"
        assert meeting.date == date(2019, 5, 13)
        assert meeting.start_time == time(19, 30)
        families = [p.name.split()[-1] for p in meeting.attendance.present]
        assert families == ["Startin", "Cliffe", "Dhillon", "Mason", "Meikle"]


def test_minutes_in_capitals_over_a_councils_meeting_is_not_the_parish_meeting_rule():
    # only the parish's own meeting is read by the one-line stacked rule
    text = "MINUTES PARISH COUNCIL MEETING held on 16th May 2011 at 8pm\n"
    assert _STACKED_ON_ONE_LINE_RE.search(text) is None


@given(st.sampled_from(["Location", "Venue", "Place"]), st.text("abcdefgh ", max_size=20))
def test_labelled_one_line_heading_reads_the_date_label(label, place):
    line = f"Annual Parish Meeting {label}: Hall{place.rstrip()} Date: Monday 13th May 2019"
    m = _LABELLED_ON_ONE_LINE_RE.search(line)
    assert m is not None and m.group("date") == "Monday 13th May 2019"


def test_flattened_council_annual_parish_meeting_heading():
    # flattened, the sentence naming the council opens its own line after the title's year
    flat = " ".join(HOLLAND_FEN.split())
    assert "\nHolland Fen with Brothertoft Parish Council annual parish meeting held" in (
        unflatten(flat)
    )
    meeting = parse_printed_minutes(flat).meetings[0]
    assert meeting.body_name == "Holland Fen with Brothertoft Parish Meeting"
    assert meeting.date == date(2021, 6, 22)


def test_a_councils_name_inside_a_flattened_heading_is_not_put_on_its_own_line():
    # Dunston 2019: "Minutes of the of Dunston Annual Parish Council Meeting held on ..."
    # (the name follows "of", not a year or a sentence's end)
    text = (
        "May 2019 Minutes Annual Parish Council Meeting Minutes of the of Dunston Annual "
        "Parish Council Meeting held on 13th May at 8.00pm in the Lamyman Room of the Village "
        "Hall Present: P.Cllr’s R.McLuckie (RM), P.York (PY), L. Phillipson (LP) " * 4
    )
    assert "\nDunston Annual Parish Council Meeting" not in unflatten(text)
