"""Issue 14, the twenty-ninth fidelity round: printed minutes of principal councils'
executives and committees ("Minutes of the Cabinet meeting held on ..."), flattened or not,
a cover line before the heading naming the meeting that will approve them. Never invent:
the meeting's own date is read from its heading, never from the cover line nor from a
minute about another meeting's minutes; whose minutes they are only from the heading."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import read_or_refused

# Text written for these tests (no council's document): a cover line naming the next
# meeting, then the minutes of this one.
COVERED = (
    "Executive 9 May 2019 6.30 pm Item 4 Public Minutes of the Executive meeting held on "
    "Thursday 11 April 2019 6.30 pm - 8.05 pm Present: Councillor P Quill (Chairman), "
    "Councillors R Stone, T Umber and V Wren 31. Apologies for Absence An apology was "
    "received from Councillor X Yarrow. 32. Minutes RESOLVED: That the minutes of the "
    "meeting held on 14 March 2019 be approved. 33. Parking Charges The Executive "
    "considered a report on parking charges in the town centre car parks and the options "
    "for the coming year. RESOLVED: That the charges be held at this year's level. "
    "34. Leisure Centre Contract The Executive considered the tenders received for the "
    "running of the leisure centre and the officers' evaluation of them. RESOLVED: That "
    "the contract be awarded to the highest scoring tender."
)


def _one(text: str):
    (m,) = parse_printed_minutes(text).meetings
    return m


def test_an_executive_named_before_meeting_is_the_body():
    m = _one(
        "Minutes of the Cabinet meeting held on Wednesday 7 February 2018 at 10.00 am\n\n"
        "Present: Councillor A Bee (Chairman), Councillors C Dee and E Eff\n\n"
        "1. Apologies for Absence\n\nNone.\n\n2. Minutes\n\nRESOLVED: That they be approved.\n"
    )
    assert (m.body_name, m.date) == ("Cabinet", date(2018, 2, 7))
    m = _one(
        "MINUTES OF THE EXECUTIVE MEETING HELD ON 7 FEBRUARY 2018\n\n"
        "Present: Councillor A Bee (Chairman), Councillors C Dee and E Eff\n\n"
        "1. Apologies for Absence\n\nNone.\n"
    )
    assert (m.body_name, m.date) == ("Executive", date(2018, 2, 7))


def test_the_cover_lines_date_is_not_the_meetings():
    m = _one(COVERED)
    assert m.body_name == "Executive"
    assert m.date == date(2019, 4, 11)  # not 9 May 2019, the cover's
    assert [p.name for p in m.attendance.apologies] == ["Councillor X Yarrow"]
    assert [(i.number, i.title) for i in m.items] == [
        ("31", "Apologies for Absence"),
        ("32", "Minutes"),
        ("33", "Parking Charges"),
        ("34", "Leisure Centre Contract"),
    ]
    assert [p.name.split()[-1] for p in m.attendance.present] == ["Quill", "Stone", "Umber", "Wren"]


def test_a_minute_about_another_meetings_minutes_is_no_heading():
    text = (
        "Borough Cabinet Monday 4 March 2013 Councillor A Bee, Leader Councillor C Dee, "
        "Deputy Leader Councillor E Eff, Cabinet Member for Housing 161. MINUTES OF THE "
        "CABINET MEETING HELD ON 11 FEBRUARY 2013 RESOLVED: That the minutes be confirmed. "
        "162. APOLOGIES FOR ABSENCE There were no apologies for absence. 163. DECLARATION OF "
        "INTERESTS There were no declarations of interest. 164. BUDGET VARIATIONS RESOLVED: "
        "That approval be given to the budget variations set out in the report, as the "
        "officers recommended to the Cabinet at its meeting in the spring."
    )
    with pytest.raises(ParseError):
        parse_printed_minutes(text)  # not read as the minutes of 11 February 2013


PRINTED = (
    "COUNCIL\n\nMinutes of the meeting of the Council held on\n\n3 March 1999\n\nPRESENT\n\n"
    "Cllr Mrs A Bee (in the Chair)\n\nCllr C Dee\n\nCllr E F Eff\n\nCllr Miss G Hay\n\n"
    "(Apologies for absence were received from Councillors J Kay, L Emm and N Owen)\n\n"
    "1.     MINUTES\n\nRESOLVED: That the Minutes of the meeting held on 2 February 1999 be "
    "approved.\n\n2.     CHAIRMAN'S ANNOUNCEMENTS\n\nThe Chairman welcomed the Members.\n"
)


@pytest.mark.parametrize("flatten", [False, True])
def test_present_alone_over_one_name_a_line_and_apologies_in_brackets(flatten):
    text = " ".join(PRINTED.split()) if flatten else PRINTED
    if flatten:
        text = text + " " + "The Chairman thanked all the officers for their work. " * 12
    m = _one(text)
    assert m.date == date(1999, 3, 3)
    present = [p.name.split()[-1] for p in m.attendance.present]
    apologies = [p.name.split()[-1] for p in m.attendance.apologies]
    assert present == ["Bee", "Dee", "Eff", "Hay"]
    assert apologies == ["Kay", "Emm", "Owen"]


_WORDS = st.sampled_from(
    [
        "Minutes",
        "of",
        "the",
        "Cabinet",
        "meeting",
        "held",
        "on",
        "PRESENT",
        "31.1",
        "31.0",
        "(Apologies",
        "for",
        "absence",
        "were",
        "received",
        "from",
        "Councillors",
        "A",
        "Bee)",
        "161.",
        "MINUTES",
        "OF",
        "THE",
        "EXECUTIVE",
        "MEETING",
        "HELD",
        "ON",
        "11",
        "April",
        "2019",
        "Cllr",
        "\n",
        "\n\n",
        "RESOLVED:",
        "1.",
        "Present:",
        "Executive",
    ]
)


@given(st.lists(_WORDS, max_size=80))
def test_mangled_minutes_are_read_or_refused_cleanly(words):
    text = " ".join(words)
    for candidate in (text, COVERED[: len(text)] + text):
        read_or_refused(parse_printed_minutes, candidate)
