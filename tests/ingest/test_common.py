"""Shared helpers: dates, times, document references, RESOLVED blocks, HTML."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import (
    extract_resolutions,
    find_close_time,
    find_dates,
    html_to_text,
    kind_and_body,
    parse_contact,
    parse_date,
    parse_time,
    split_document_ref,
    tidy_body_name,
    tidy_line,
    time_beside_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THURSDAY, 25 MARCH 2021 at 10:00 am", date(2021, 3, 25)),
        ("Thursday, 25th March, 2021 10.00 am", date(2021, 3, 25)),
        ("Wed 1 Sept 2021", date(2021, 9, 1)),
        ("held on the 3rd of May 2022", date(2022, 5, 3)),
        ("25/03/2021", date(2021, 3, 25)),
        ("no date here 2021", None),
        ("31 February 2021", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dates_flags_unreadable_ones():
    found = find_dates("held on 31 Febuary 2022 and 2 March 2022 with 12 apples 2022")
    assert found == [(None, "31 Febuary 2022"), (date(2022, 3, 2), "2 March 2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00 am", time(10, 0)),
        ("9.30 am", time(9, 30)),
        ("12.05pm", time(12, 5)),
        ("6 p.m.", time(18, 0)),
        ("12 midnight? no: 12 am", time(0, 0)),
        ("14:30", time(14, 30)),
        ("12 noon", time(12, 0)),
        ("£2.50 pm", None),
        ("2021", None),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def clock(at: time) -> str:
    """``at`` as a heading prints it: "10.05 am", "12.00 pm"."""
    return f"{at.hour % 12 or 12}.{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.one_of(st.none(), st.builds(time, st.integers(0, 23), st.integers(0, 59))),
    st.sampled_from(["{} at {}", "{}, {}", "{} {}"]),
)
def test_the_time_beside_a_printed_date_is_read_never_its_day_or_year(day, at, layout):
    printed = f"{day:%A}, {day.day} {day:%B} {day.year}"
    line = layout.format(printed, clock(at)) if at else printed
    assert time_beside_date(line) == at


def test_close_time():
    assert find_close_time("The Chair declared the meeting closed at 12.05pm.") == time(12, 5)
    assert find_close_time("The meeting ended at 8.15 pm") == time(20, 15)
    assert find_close_time("The doors closed at the end.") is None


def test_document_refs():
    title, ref = split_document_ref("MINUTES OF THE PREVIOUS MEETING pdf icon PDF 246 KB")
    assert title == "MINUTES OF THE PREVIOUS MEETING"
    assert (ref.size_bytes, ref.file_type) == (246 * 1024, "pdf")
    title, ref = split_document_ref("Appendix B - Plan, item 7. xlsx icon XLSX 1.5 MB")
    assert title == "Appendix B - Plan"
    assert (ref.size_bytes, ref.file_type) == (int(1.5 * 1024 * 1024), "xlsx")
    assert split_document_ref("WELCOME") == ("WELCOME", None)


def test_resolutions_shapes():
    assert extract_resolutions(["Text.", "RESOLVED:", "That the report be noted."]) == [
        "That the report be noted."
    ]
    assert extract_resolutions(["RESOLVED that the report be noted."]) == [
        "that the report be noted."
    ]
    assert extract_resolutions(
        ["RESOLVED:-", "- 1) First point.", "- 2) Second point", "continued.", "Narrative."]
    ) == ["First point.", "Second point continued."]
    assert extract_resolutions(["RESOLVED:", "That A.", "That B.", "The meeting ended."]) == [
        "That A.",
        "That B.",
    ]
    assert extract_resolutions(["AGREED: to defer.", "RESOLVED: That C."]) == [
        "to defer.",
        "That C.",
    ]
    assert extract_resolutions(["It was resolved to note."]) == []


def test_contact():
    c = parse_contact(
        "please contact Graham Carey, Democratic Support on (0116) 454 6356 or email "
        "g.carey@example.gov.uk or call in"
    )
    assert (c.name, c.team, c.phone, c.email) == (
        "Graham Carey",
        "Democratic Support",
        "(0116) 454 6356",
        "g.carey@example.gov.uk",
    )


def test_kind_and_body():
    assert kind_and_body("Special Meeeting, Health and Wellbeing Board")[:2] == (
        "special",
        "Health and Wellbeing Board",
    )
    assert kind_and_body("EXTRAORDINARY MEETING OF THE COUNCIL")[:2] == ("special", "Council")
    assert kind_and_body("Informal Meeting, Schools Forum")[:2] == ("informal", "Schools Forum")
    assert kind_and_body("Annual Council Urgent Business Committee")[:2] == (
        "ordinary",
        "Annual Council Urgent Business Committee",
    )
    kind, body, warnings = kind_and_body("Cabinet CANCELLED")
    assert (kind, body) == ("ordinary", "Cabinet")
    assert warnings


def test_tidy_body_name():
    assert tidy_body_name("LEICESTER CITY HEALTH AND WELLBEING BOARD") == (
        "Leicester City Health and Wellbeing Board"
    )
    assert tidy_body_name("NHS AND SOCIAL CARE PANEL") == "NHS and Social Care Panel"
    assert tidy_body_name("Planning Committee") == "Planning Committee"


def test_html_to_text_keeps_structure_and_links():
    text = html_to_text(
        "<html><head><title>t</title><script>x()</script></head><body>"
        "<table><tr><td>17.</td><td><p>WELCOME <a href='d.pdf'><img alt='pdf icon'>PDF 1 KB</a>"
        "</p></td></tr></table><p>A&amp;B&nbsp;&nbsp;&nbsp;C</p></body></html>"
    )
    lines = [ln for ln in text.split("\n") if ln]
    assert lines[0] == "17."
    assert tidy_line(lines[1]) == "WELCOME pdf icon PDF 1 KB"
    assert "\u27e6d.pdf\u27e7" in lines[1]
    assert lines[2] == "A&B\u00a0\u00a0\u00a0C"
    assert "x()" not in text
    assert html_to_text("<p>unclosed <b>tags") == "unclosed tags"


def test_close_time_needs_a_meeting_subject():
    assert find_close_time("The consultation closed at 5pm on Friday.") is None
    assert find_close_time("The Chair declared the meeting closed at 12.05pm.") == time(12, 5)
