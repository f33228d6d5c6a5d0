"""Printed minutes of any template (moot.ingest.parse.printed_minutes): the heading, the
lists, minute numbers of every style, flattened text, and mangled input."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from hypothesis import given, settings

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_printed_minutes
from moot.ingest.parse.people import parse_people
from tests.ingest.mangling import MANGLING, asks_for_body, read_or_refused, spliced

LINES = """MINUTES OF THE ANNUAL MEETING OF LITTLE SNORING PARISH COUNCIL held in the Village
Hall on Tuesday 14th May 2019 at 7.30pm.

Present: Cllr A Green (Chair), Cllr B C D Jones, Cllr Mrs E Smith and Cllr F Brown

In Attendance:
Mrs G H Clark Parish Clerk
Two members of the public

19/45 Apologies for Absence
Apologies were received from Cllr P White (work).

19/46 Election of Chairman
It was RESOLVED that Cllr Green be elected Chairman.

19/47 Planning
No applications.
"""

FLAT = (
    "Minutes of a Meeting of Much Wittering Town Council held at 6.00pm on Monday 3 March "
    "2014 at the Council Offices MW/101/13-14 Present Members: Cllr R Hood (Chair), Cllr M "
    "Marian (arrived at 6.05pm) and Cllr J Little. MW/102/13-14 Apologies for Absence "
    "Apologies for absence were received from Cllr W Scarlet With the Chair's agreement the "
    "Council RESOLVED to take item 5 first. MW/103/13-14 Accounts The accounts were noted."
)


def test_minutes_on_lines_are_read():
    assert detect_kind(LINES) in {"agenda-pack", "printed-minutes"}
    assert detect_kind(FLAT) in {"agenda-pack", "printed-minutes"}
    (m,) = parse_printed_minutes(LINES).meetings
    assert (m.body_name, m.kind, m.date, m.start_time) == (
        "Little Snoring Parish Council",
        "annual",
        date(2019, 5, 14),
        time(19, 30),
    )
    assert [(i.number, i.title) for i in m.items] == [
        ("19/45", "Apologies for Absence"),
        ("19/46", "Election of Chairman"),
        ("19/47", "Planning"),
    ]
    assert [p.name for p in m.attendance.present] == [
        "Cllr A Green",
        "Cllr B C D Jones",
        "Cllr Mrs E Smith",
        "Cllr F Brown",
    ]
    assert [p.name for p in m.attendance.apologies] == ["Cllr P White"]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [
        ("Mrs G H Clark", "Parish Clerk")
    ]
    assert len(m.items[1].resolutions) == 1


def test_flattened_minutes_keep_names_apart_from_times_and_sentences():
    (m,) = parse_printed_minutes(FLAT).meetings
    assert (m.date, m.start_time) == (date(2014, 3, 3), time(18, 0))
    assert [i.number for i in m.items] == ["MW/101/13-14", "MW/102/13-14", "MW/103/13-14"]
    assert [i.title for i in m.items][1:] == ["Apologies for Absence", "Accounts"]
    # "(arrived at 6.05pm)" is not part of a name; the sentence after the apologies is not
    # more apologies.
    assert [p.name for p in m.attendance.present] == [
        "Cllr R Hood",
        "Cllr M Marian",
        "Cllr J Little",
    ]
    assert [p.name for p in m.attendance.apologies] == ["Cllr W Scarlet"]


def test_no_date_in_the_heading_is_refused():
    with pytest.raises(ParseError, match="date of the meeting"):
        parse_printed_minutes("Minutes of the Meeting of Nowhere Parish Council held soon.\n")


def test_three_initials_stay_in_the_name():
    entries, _ = parse_people(["Cllr Mrs E J G Hilson", "Cllr Mr M Holmes"])
    assert [e.name for e in entries] == ["Cllr Mrs E J G Hilson", "Cllr Mr M Holmes"]


@settings(MANGLING, max_examples=120)
@given(spliced([LINES, FLAT], "Cllr ()/.:,0123456789\nRESOLVED", junk=15))
def test_mangled_minutes_parse_or_fail_cleanly(text):
    result = read_or_refused(parse_printed_minutes, text)
    if result is None:
        return
    (m,) = result.meetings
    assert m.date is not None and (m.body_name or asks_for_body(result))
    for entry in (m.attendance.present + m.attendance.apologies) if m.attendance else []:
        # the word, not the letters: a cut can join "M Mar" and "rived" into a name
        assert entry.name.strip() and not re.search(r"\barrived\b", entry.name)
