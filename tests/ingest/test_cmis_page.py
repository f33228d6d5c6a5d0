"""CMIS "Meeting Details" pages, on text written for these tests (not a council's page)."""

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.cmis_page import looks_like_cmis_page, parse_cmis_page
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused

AGENDA = """Meeting Details

    Licensing and Regulatory Panel
    3 Mar 2019 - 18:30
    Venue: Committee Room 2, Town Hall
    • Documents
    • Attendance
    • Visitors
    • Declarations of Interests

    Standard Items
    1 Apologies for absence

    To receive apologies for absence
    2 Declarations of interest

    Members are reminded to declare interests.
    3 pdf Minutes (120Kb)

    To approve the minutes of the meeting held on 4 February 2019
    4 Taxi licensing fees

    pdf Fees schedule (88Kb)

    To consider the report of the licensing manager.
    6 Exclusion of the public
"""

MINUTES = """Meeting Details
Harbour Board
12 Nov 2018 - 10:00
Documents
Attendance
Attended
Councillor Jane Ash
Councillor Tom Birch
Apologies
Councillor Rose Elm
1 Minutes of the last meeting
RESOLVED that the minutes be approved as a correct record.
2 Moorings review
Noted.
"""


def test_reads_committee_date_time_venue_and_items():
    result = parse_document(AGENDA)
    [m] = result.meetings
    assert m.body_name == "Licensing and Regulatory Panel"
    assert m.date == date(2019, 3, 3)
    assert m.start_time == time(18, 30)
    assert m.venue == "Committee Room 2, Town Hall"
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes"),
        ("4", "Taxi licensing fees"),
        ("6", "Exclusion of the public"),
    ]
    # the link's size is no part of the title; the unnumbered link is a document, no item
    assert m.items[2].documents[0].size_bytes == 120 * 1024
    assert [d.title for d in m.items[3].documents] == ["Fees schedule"]
    # an agenda names no one and records no decision: unknown, not empty lists invented
    assert m.attendance is None
    assert all(not i.resolutions for i in m.items)


def test_reads_attendance_and_decisions_when_listed():
    [m] = parse_document(MINUTES).meetings
    assert m.body_name == "Harbour Board"
    assert [p.name for p in m.attendance.present] == ["Councillor Jane Ash", "Councillor Tom Birch"]
    assert [p.name for p in m.attendance.apologies] == ["Councillor Rose Elm"]
    assert [i.title for i in m.items] == ["Minutes of the last meeting", "Moorings review"]
    assert len(m.items[0].resolutions) == 1
    assert m.items[1].resolutions == []


def test_recognised_by_layout_and_dispatched():
    assert looks_like_cmis_page(AGENDA)
    assert detect_kind(AGENDA) == "moderngov-page"
    html = "<html><body><h1>Meeting Details</h1><p>Harbour Board</p><p>12 Nov 2018</p>" + (
        "<ul><li>Documents</li><li>Attendance</li></ul><p>1 Apologies</p></body></html>"
    )
    [m] = parse_document(html).meetings
    assert m.date == date(2018, 11, 12) and m.start_time is None
    assert [i.title for i in m.items] == ["Apologies"]
    assert not looks_like_cmis_page("Meeting Details\nHarbour Board\n12 Nov 2018\n1 Apologies")


FILES_ONLY = """Meeting Details

Meeting Summary
Meeting of the Harbour Board
4 May 2016 - 09:30 to 11:00
Occurred

Documents

Meeting Documents

  1. Harbour Board - 4 May 2016
  2. pdf Agenda Front - 4 May 2016 (12Kb)
  3. pdf Item 02 - Moorings review (30Kb)
"""


def test_summary_status_end_time_and_a_list_of_files():
    [m] = parse_document(FILES_ONLY).meetings
    assert m.body_name == "Harbour Board"  # "Meeting of the" is no part of the name
    assert m.date == date(2016, 5, 4) and m.start_time == time(9, 30)
    # a numbered list of the meeting's files names no agenda item: none is read
    assert m.items == []
    assert m.attendance is None


def test_numbered_list_entries_are_no_items():
    text = AGENDA.replace("4 Taxi licensing fees", "4. Taxi licensing fees")
    [m] = parse_document(text).meetings
    assert "4" not in [i.number for i in m.items]


def test_page_flattened_onto_one_line_is_refused():
    # its one date of its own cannot be told from "the minutes of the meeting held on ..."
    flat = " ".join(AGENDA.split())
    assert detect_kind(flat) == "moderngov-page"
    with pytest.raises(ParseError, match="flattened"):
        parse_document(flat)


def test_page_without_date_is_refused():
    text = AGENDA.replace("3 Mar 2019 - 18:30", "")
    with pytest.raises(ParseError, match="without its meeting's date"):
        parse_document(text)


def test_refusal_names_the_file(tmp_path):
    from moot.ingest.source import ImportFailed, parse_source, read_source

    f = tmp_path / "cmis-nodate.txt"
    f.write_text(AGENDA.replace("3 Mar 2019 - 18:30", ""), encoding="utf-8")
    with pytest.raises(ImportFailed) as e:
        parse_source(read_source(f))
    assert "cmis-nodate.txt" in str(e.value) and "\n" not in str(e.value)


LINES = AGENDA.split("\n") + MINUTES.split("\n") + FILES_ONLY.split("\n")
JUNK = st.sampled_from(
    [
        "Meeting Details",
        "Documents",
        "Attendance",
        "Attended",
        "Apologies",
        "9 Zzz",
        "pdf X (1Kb)",
        "32 Foo 2019",
        "RESOLVED",
        "Councillor",
        "\x00",
        "",
        "7 ",
        "Venue:",
    ]
) | st.text(max_size=10)


@settings(MANGLING, max_examples=150)
@given(mangled_lines(LINES, JUNK, edits=12))
def test_mangled_pages_parse_cleanly_or_fail_cleanly(text):
    result = read_or_refused(parse_cmis_page, text)
    if result is None:
        return
    [m] = result.meetings
    assert m.date is not None and m.body_name  # no partial meeting
    assert all(i.title for i in m.items)
