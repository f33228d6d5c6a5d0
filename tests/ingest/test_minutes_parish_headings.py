"""Parish minutes added to the fidelity corpus's dev set in the sixth round of issue 14
(tests/fidelity/documents, sources in SOURCES.md): headings that print the council's name
apart from the words "Minutes of ...", attendance lists with labels inside them, minute
numbers "03/10/1", the opening time said in a sentence, decisions "all resolved"; each
rule read from a real document, with properties of the rules over generated text."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import detect_kind
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.minutes_headings import find_heading, join_wrapped_heading
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.fidelity.test_fidelity import FIDELITY
from tests.ingest.helpers import families as _families
from tests.ingest.helpers import fidelity_meeting as _meeting
from tests.ingest.helpers import fidelity_text as _read

DOCS = FIDELITY / "documents"


def test_the_councils_name_before_minutes_that_name_only_its_kind():
    # "Wrockwardine Parish Council Minutes of the Parish Council Meeting held on Wednesday
    # 13 th February 2019 at Parish Hall at 7.30p.m"
    m = _meeting("wrockwardine-pc-2019-02-13.txt")
    assert (m.body_name, m.date, m.start_time) == (
        "Wrockwardine Parish Council",
        date(2019, 2, 13),
        time(19, 30),
    )
    assert [i.number for i in m.items] == ["19/13", "19/14", "19/15", "19/16"]
    # "19/14 Apologies for Absence Cllr Mrs S Turner Cllr S Rawlings"
    assert _families(m.attendance.apologies) == ["turner", "rawlings"]


def test_labels_inside_a_present_list_are_the_roles_of_the_names_under_them():
    # "Present: Chair: Ms Nadine Evans Cllrs: Mr I Farrington, ..., Mr T Kiernan Clerk: Ms
    # Julia Hancox In attendance: Borough Cllr Mrs J Seymour"
    m = _meeting("wrockwardine-pc-2019-02-13.txt")
    present = m.attendance.present
    assert _families(present) == [
        "evans",
        "farrington",
        "ballantyne",
        "ballantyne",
        "bevis",
        "savage",
        "anderson",
        "kiernan",
        "hancox",
    ]
    assert "Chair" in present[0].role_text and "Clerk" in present[-1].role_text
    assert _families(m.attendance.in_attendance) == ["seymour"]


@given(st.lists(st.sampled_from(["Mr A Bee", "Mrs C Dee", "Ms E Eff", "Dr G Aitch"]), min_size=1))
def test_property_a_list_without_labels_inside_it_reads_as_before(names):
    text = (
        "Minutes of the Meeting of Testham Parish Council held on 4 May 2021 at 7pm\n"
        f"Present: {', '.join(names)}\n1. Apologies\nNone.\n"
    )
    m = parse_printed_minutes(text).meetings[0]
    assert [p.name for p in m.attendance.present] == names


def test_the_councils_name_over_the_date_and_minute_numbers_of_month_year_and_serial():
    # "LITTLE WENLOCK PARISH COUNCIL" then "8th March, 2010 AT 7.30 p.m. IN THE VILLAGE
    # HALL" then "03/10/1   Present:"
    m = _meeting("little-wenlock-pc-2010-03-08.txt")
    assert (m.body_name, m.date, m.start_time) == (
        "Little Wenlock Parish Council",
        date(2010, 3, 8),
        time(19, 30),
    )
    assert [(i.number, i.title.rstrip(":")) for i in m.items][:2] == [
        ("03/10/1", "Present"),
        ("03/10/2", "Apologies"),
    ]
    # "Apologies were received from T&W Councillor Terry Kiernan." under "Apologies:"
    assert _families(m.attendance.apologies) == ["kiernan"]
    # "Also in attendance:" then "T&W Councillor Jacqui Seymour." on a line of its own
    assert _families(m.attendance.in_attendance) == ["seymour", "hope"]
    assert m.attendance.in_attendance[0].role_text == "T&W"
    # "were confirmed as a correct record" and "it was resolved that the working party ..."
    assert sum(len(i.resolutions) for i in m.items) == 2


def test_a_title_over_a_date_without_attendance_is_no_minutes_heading():
    # an agenda's title and date: no one attended it yet
    text = "TESTHAM PARISH COUNCIL\n8th March, 2010 AT 7.30 p.m.\nAGENDA\n1. Apologies\n"
    assert find_heading(text) is None


def test_the_heading_inside_a_sentence_about_who_took_the_minutes():
    # "Minutes taken by the Parish Council, Mrs Deborah Money, at the Annual Parish Council
    # Meeting of Eastville, Midville and New Leake Parish Council, which was held on
    # Wednesday 14th May 2025, ..."
    m = _meeting("eastville-midville-new-leake-pc-2025-05-14.txt")
    assert (m.body_name, m.date, m.kind) == (
        "Eastville, Midville and New Leake Parish Council",
        date(2025, 5, 14),
        "annual",
    )
    # "The Meeting followed the Annual Parish Meeting and opened at 1850"
    assert m.start_time == time(18, 50)
    # two long numbered paragraphs one after the other are both minutes
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6"]
    # "with no objections, all resolved for Councillor Nunn to continue as Chair"
    assert [len(i.resolutions) for i in m.items] == [1, 1, 0, 0, 0, 0]


def test_minutes_naming_no_council_are_read_with_no_body_or_only_the_kind():
    # Swaton: "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON JULY 18th 2023" names only the
    # kind (the importer decides whose body); Trudoxhill: "Minutes of the meeting held on
    # Thursday 6 June 2019, 7.30pm": no body is guessed, so the import refuses it without
    # --body (tests/ingest/test_minutes_naming_no_council.py)
    assert detect_kind(_read("swaton-pc-2023-07-18.txt")) == "printed-minutes"
    swaton = _meeting("swaton-pc-2023-07-18.txt")
    assert (swaton.body_name, swaton.body_kind_only) == ("Parish Council", True)
    assert _meeting("trudoxhill-pc-2019-06-06.txt").body_name == ""


@given(st.integers(0, 23), st.integers(0, 59))
def test_property_an_opening_time_in_four_digits_is_read_after_opened_at(hour, minute):
    clock = f"{hour:02d}{minute:02d}"
    text = (
        "Minutes of the Meeting of Testham Parish Council held on 4 May 2021\n"
        f"Present: Cllr A Bee, Cllr C Dee\nThe meeting opened at {clock}\n1. Apologies\nNone.\n"
    )
    assert parse_printed_minutes(text).meetings[0].start_time == time(hour, minute)


@given(st.integers(1800, 2030))
def test_property_four_digits_elsewhere_are_no_time(year):
    text = (
        "Minutes of the Meeting of Testham Parish Council held on 4 May 2021\n"
        f"Present: Cllr A Bee, Cllr C Dee\nThe hall was built in {year}.\n1. Apologies\nNone.\n"
    )
    assert parse_printed_minutes(text).meetings[0].start_time is None


@given(st.sampled_from(["resolved", "agreed", "approved"]), st.booleans())
def test_property_all_members_deciding_is_a_decision_one_person_is_not(verb, members):
    subject = "all members" if members else "all"
    assert agreed_decisions(f"With no objections, {subject} {verb} to buy a bench.")
    assert not agreed_decisions(f"Councillor Bee {verb} to buy a bench.")


def test_a_heading_printed_over_two_lines_and_a_list_that_goes_on_after_a_comma():
    # "DRAFT MINUTES OF WRETTON PARISH COUNCIL MEETING" then, after a blank line, "HELD AT
    # THE CHURCH TUESDAY 14th JULY 2009"; "Present: Cllr D Llewellyn - Chairman," then the
    # rest of the list on the next line
    m = _meeting("wretton-pc-2009-07-14.txt")
    assert (m.body_name, m.date, m.start_time) == (
        "Wretton Parish Council",
        date(2009, 7, 14),
        None,
    )
    assert _families(m.attendance.present) == [
        "llewellyn",
        "peake",
        "box",
        "briston",
        "mansell",
        "glover",
    ]
    # "Borough Councillor Mr. C Sampson, County Councillor Mr. A White." under the title
    assert _families(m.attendance.apologies) == ["peake", "sampson", "white"]


def test_numbers_inside_a_minute_are_not_minutes():
    # "7. Correspondence:" then "1. Register of electors" ... "5. Opportunity Awards
    # 2009", and "10.1 Comment had been raised" after minute 9
    m = _meeting("wretton-pc-2009-07-14.txt")
    assert [i.number for i in m.items] == [str(n) for n in range(1, 10)]


@given(st.integers(2, 9), st.data())
def test_property_a_list_numbered_from_one_inside_a_minute_is_not_minutes(last, data):
    # a list no longer than the last minute's number (a longer one is not told from minutes)
    listed = data.draw(st.integers(1, last))
    minutes = "\n".join(f"{n}. Minute Title {n}\nText of the minute." for n in range(1, last + 1))
    inner = "\n".join(f"{k}. Letter number {k}" for k in range(1, listed + 1))
    text = (
        "Minutes of the Meeting of Testham Parish Council held on 4 May 2021\n"
        f"Present: Cllr A Bee, Cllr C Dee\n{minutes}\n{inner}\n{last + 1}. Planning\nNone.\n"
    )
    m = parse_printed_minutes(text).meetings[0]
    assert [i.number for i in m.items] == [str(n) for n in range(1, last + 2)]


def test_present_with_a_dash_and_apologies_from_a_tiered_councillor_noted():
    # "Present– Cllr David Llewellyn - Chairman, Cllr I Mack, ..."; "No apologies from
    # councillors. Apologies from Borough Councillor C Sampson noted."
    m = _meeting("wretton-pc-2015-05-13.txt")
    assert (m.body_name, m.date) == ("Wretton Parish Council", date(2015, 5, 13))
    assert _families(m.attendance.present) == ["llewellyn", "mack", "peake", "peake", "wyett"]
    assert _families(m.attendance.apologies) == ["sampson"]


@given(
    st.sampled_from(["Testham Parish Council", "TESTHAM TOWN COUNCIL", "the Parish Council"]),
    st.dates(date(1990, 1, 1), date(2040, 12, 31)),
    st.sampled_from(["at 7.30pm", "at the Village Hall", ""]),
)
def test_property_a_heading_on_one_line_is_left_as_it_is(body, day, tail):
    text = (
        f"Minutes of the Meeting of {body} held on {day.day} {day:%B %Y} {tail}\n\n"
        "Present: Cllr A Bee, Cllr C Dee\n\n1. Apologies\nNone.\n"
    )
    assert join_wrapped_heading(text) == text
