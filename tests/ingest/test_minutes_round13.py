"""Issue 14, the sixteenth round: ModernGov's page title saved as a page's first line,
"Agenda for Cabinet on Monday 25 June 2018, 6.00 pm", is the page's heading (committee,
date, time) when no "Committee - Date" heading follows it. Tested on text written for the
test; the title further down the page, a title naming no body, or a page with a heading of
its own are not read this way."""

from __future__ import annotations

import contextlib
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse.moderngov_page import parse_moderngov_page

BODY = """
Agenda, decisions and minutes

Venue: The Guildhall, Market Street

Contact: Pat Jones, Democratic Services

Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies for absence were received from Councillor Jo Bloggs.

2.

Minutes of the previous meeting

Minutes:

RESOLVED: That the minutes be approved.
"""

TITLED = "Agenda for Licensing Sub-Committee on Tuesday, 3rd March, 2020, 10.00 am\n" + BODY


def test_title_line_is_the_heading():
    m = parse_moderngov_page(TITLED).meetings[0]
    assert m.body_name == "Licensing Sub-Committee"
    assert m.date == date(2020, 3, 3)
    assert m.start_time == time(10, 0)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the previous meeting"),
    ]
    assert m.item("2").resolutions == ["That the minutes be approved."]


def test_decisions_title_and_pm_time():
    text = TITLED.replace(
        "Agenda for Licensing Sub-Committee on Tuesday, 3rd March, 2020, 10.00 am",
        "Agenda, decisions and minutes for Joint Executive Board on Monday 25 June 2018, 6.00 pm",
    )
    m = parse_moderngov_page(text).meetings[0]
    assert m.body_name == "Joint Executive Board"
    assert (m.date, m.start_time) == (date(2018, 6, 25), time(18, 0))


def test_own_heading_wins_over_the_title():
    text = TITLED.replace(
        "Agenda, decisions and minutes\n",
        "Agenda, decisions and minutes\n\nLicensing Committee - Wednesday, 4th March, 2020 2.00 pm\n",
    )
    m = parse_moderngov_page(text).meetings[0]
    assert m.body_name == "Licensing Committee"
    assert m.date == date(2020, 3, 4)


def test_title_not_first_is_not_a_heading():
    text = "Councillors and committees\n" + TITLED
    try:
        result = parse_moderngov_page(text)
    except ParseError:
        return
    raise AssertionError(f"read a heading from a title not on the first line: {result}")


def test_title_naming_no_body_is_refused():
    for first in (
        "Agenda for the next meeting on Monday 25 June 2018, 6.00 pm",
        "Agenda for Next Meeting on Monday 25 June 2018",
        "Agenda for Cabinet on the day",
    ):
        try:
            result = parse_moderngov_page(first + "\n" + BODY)
        except ParseError:
            continue
        raise AssertionError(f"{first!r} read as a heading: {result}")


NAMES = st.lists(
    st.sampled_from(["Planning", "Licensing", "Audit", "Joint", "Committee", "Board", "Panel"]),
    min_size=1,
    max_size=5,
).map(lambda ws: "West " + " ".join(ws))


@given(
    NAMES,
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["", ", 6.00 pm", ", 10.30 am", " 7.00 pm"]),
)
def test_any_body_and_date(name, day, clock):
    when = day.strftime("%A %d %B %Y").replace(" 0", " ") + clock
    m = parse_moderngov_page(f"Agenda for {name} on {when}\n" + BODY).meetings[0]
    assert m.body_name == name
    assert m.date == day


@given(st.text(alphabet="Agenda forCmitte onMdy2501JuT,.pm \n", max_size=80))
def test_arbitrary_first_lines_never_crash(first):
    with contextlib.suppress(ParseError):
        parse_moderngov_page(first + "\n" + BODY)


# A Scottish community council's minute flattened onto one line (a PDF's text copied out):
# "Minute of the BODY (INITIALS) Meeting held on DATE", community councillors as "CClr(s)".
PAD = " ".join(["Local issues included parking in Main Street and litter at the park."] * 10)
SCOTS = (
    "Kirkton Community Council\n"
    "Kirkton Community Council Minute of the Kirkton Community Council (KCC) Meeting held on "
    "Tuesday, 10th March 2015, in the Village Hall 1. Welcome: CClr Brown, Chair, chaired "
    "the meeting; he welcomed CClrs Green and White. 2. Apologies: Apologies were received "
    f"from CClrs Pink and Blue. 3. Police matters: PC Smith presented the report. {PAD}\n"
)


def test_scottish_singular_minute_heading_flattened():
    from moot.ingest.parse import parse_document

    m = parse_document(SCOTS).meetings[0]
    assert m.body_name == "Kirkton Community Council"
    assert m.date == date(2015, 3, 10)
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.items[0].title == "Welcome"
    assert sorted(p.name.split()[-1] for p in m.attendance.apologies) == ["Blue", "Pink"]


def test_singular_minute_of_another_meeting_is_no_heading():
    from moot.ingest.parse import parse_document

    text = SCOTS.replace(
        "Kirkton Community Council Minute of the Kirkton Community Council (KCC) Meeting held on "
        "Tuesday, 10th March 2015, in the Village Hall",
        "Item one. The Minute of the previous meeting held on Tuesday, 10th February 2015 was"
        " approved",
    ).replace("Kirkton Community Council\n", "")
    try:
        result = parse_document(text)
    except ParseError:
        return
    assert all(m.date != date(2015, 2, 10) for m in result.meetings)


def test_lowercase_brackets_are_not_initials():
    from moot.ingest.parse.minutes_headings import SHORT_HEAD_RE

    m = SHORT_HEAD_RE.search("Minute of the Kirkton Community Council (KCC) Meeting held on")
    assert (m.group("body"), m.group("after").strip()) == ("Kirkton Community Council", "Meeting")
    m = SHORT_HEAD_RE.search("Minute of the Kirkton Community Council (see below) Meeting held")
    assert m.group("after") == ""  # not read as "(INITIALS) Meeting"


@given(
    st.lists(
        st.sampled_from(["Hamilton", "Pettinger", "Halford", "Smith", "Bennet", "Thomson"]),
        min_size=1,
        max_size=5,
        unique=True,
    )
)
def test_cclrs_lists_name_each_councillor(names):
    from moot.ingest.parse.name_lists import split_name_list

    text = "CClrs " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])
    got = [e.name.split()[-1] for e in split_name_list(text)]
    assert got == names
