"""Issue 14, the twenty-fifth fidelity round: the dev set's leftovers, each tested on text
from a dev document: a present list that ends at a count of the public ("... D. Pitcher and
J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis.") and a heading that opens
"The minutes of ..." (Bintree 2013). Never invent: the public named after their count are
never read as members present."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import parse_time
from moot.ingest.parse.minutes_attendance import _in_attendance, clerk_line, other_apologies
from moot.ingest.parse.minutes_items import running_number
from moot.ingest.parse.name_lists import cut_at_count_of_public, split_name_list
from tests.ingest.helpers import families

DOCUMENTS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"

BINTREE_PRESENT = (
    "Councillors C. Langford, C. Brown, G. Frost, R. Tooke, J. Hartley, D. Pitcher and "
    "J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis."
)


def test_a_present_list_stops_at_a_count_of_the_public():
    found = split_name_list(BINTREE_PRESENT)
    assert families(found) == [
        "langford",
        "brown",
        "frost",
        "tooke",
        "hartley",
        "pitcher",
        "jones",
    ]


def test_the_public_named_after_their_count_are_cut_off():
    members, public = cut_at_count_of_public(BINTREE_PRESENT)
    assert members.endswith("D. Pitcher and J. Jones")
    assert public == "Miss S. Reynolds and Mr Jarvis."
    # a count followed by no honorific names nobody
    assert cut_at_count_of_public("Cllr A Bee, Cllr C Dee, 3 members of the public.") == (
        "Cllr A Bee, Cllr C Dee",
        "",
    )
    assert cut_at_count_of_public("Cllr A Bee and Cllr C Dee") == ("Cllr A Bee and Cllr C Dee", "")


def test_a_heading_that_opens_the_minutes_of_is_read():
    text = (DOCUMENTS / "bintree-pc-2013-03-12.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert m.date == date(2013, 3, 12)
    assert "jarvis" not in families(m.attendance.present)
    assert "reynolds" not in families(m.attendance.present)
    assert "jones" in families(m.attendance.present)


# family names from the dev documents (random words may be offices: "Clerk", "Press")
_FAMILY = st.sampled_from(
    ["White", "Gresty", "Langford", "Pitcher", "Reynolds", "Jarvis", "Hearne"]
)
_NAME = st.builds(lambda i, f: f"{i}. {f}", st.sampled_from("ACDGJRS"), _FAMILY)


@given(
    members=st.lists(_NAME, min_size=1, max_size=5),
    public=st.lists(_NAME, min_size=1, max_size=3),
    count=st.sampled_from(["2", "two", "1", "Three"]),
    noun=st.sampled_from(["members of the Public", "member of the public"]),
)
def test_no_one_named_after_a_count_of_the_public_is_read_present(members, public, count, noun):
    text = (
        "Councillors "
        + ", ".join(members)
        + f". {count} {noun} "
        + " and ".join(f"Mr {p}" for p in public)
        + "."
    )
    present = families(split_name_list(text))
    for p in public:
        family = p.split()[-1].lower()
        if all(family != m.split()[-1].lower() for m in members):
            assert family not in present
    _, after = cut_at_count_of_public(text)
    assert after.startswith("Mr ")


def test_a_heading_whose_date_is_on_the_line_under_it_is_read():
    # "Minutes of a scheduled meeting of the Parish Council on" then the date on its own
    # line, then "... the meeting was held remotely." (Madley 2020): the words up to that
    # "held" are no body's name
    text = (DOCUMENTS / "madley-pc-2020-10-12.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert m.date == date(2020, 10, 12)
    assert m.body_name == "Parish Council"
    assert families(m.attendance.present) == [
        "williams",
        "blackmore",
        "sullivan",
        "cranham",
        "lloyd",
    ]


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(["January", "March", "October", "December"]),
    year=st.integers(min_value=2000, max_value=2030),
    filler=st.sampled_from(["Due to the crisis the meeting was", "The meeting was"]),
)
def test_no_heading_reads_a_date_as_part_of_a_body_name(day, month, year, filler):
    text = (
        "Minutes of a scheduled meeting of the Parish Council on\n\n"
        f"Monday {day} {month} {year} at 19.00 hrs.\n\n{filler} held remotely.\n\n"
        "Councillors: Chris Williams (Chairman), Simon Blackmore and Richard Lloyd\n\n"
        "1. Apologies for absence\n\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert m.date == date(
        year, {"January": 1, "March": 3, "October": 10, "December": 12}[month], day
    )
    assert str(year) not in m.body_name
    assert "held" not in m.body_name


def test_a_start_time_in_hours_under_the_heading_is_read():
    # "... held in the village hall on" then "Wednesday 13th October 2021 at 19.00 hrs."
    # (Peterchurch 2021)
    text = (DOCUMENTS / "peterchurch-pc-2021-10-13.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert m.start_time == time(19, 0)
    assert parse_time("Wednesday 13th October 2021 at 19.00 hrs.") == time(19, 0)


@given(
    hour=st.integers(min_value=0, max_value=23),
    minute=st.integers(min_value=0, max_value=59),
    word=st.sampled_from(["hrs", "hrs.", "hours", "hr"]),
)
def test_a_time_said_in_hours_is_read_and_a_bare_stop_number_is_not(hour, minute, word):
    assert parse_time(f"at {hour:02d}.{minute:02d} {word}") == time(hour, minute)
    # "£19.00" or "item 19.00" is no time
    assert parse_time(f"paid £{hour}.{minute:02d} to the clerk") is None
    assert parse_time(f"minute {hour}.{minute:02d} noted") is None


def test_minute_numbers_with_the_month_the_year_and_a_letter_are_read():
    # "1.3/23E To open the meeting" (Hundleby 2023, an extraordinary meeting)
    text = (DOCUMENTS / "hundleby-pc-2023-03-01.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["1.3/23E", "2.3/23E", "3.3/23E", "4.3/23E"]
    assert m.items[0].title == "To open the meeting"
    assert families(m.attendance.apologies) == ["parker", "tilsley"]


@given(
    serial=st.integers(min_value=1, max_value=40),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=10, max_value=99),
    letter=st.sampled_from(["", "E", "A"]),
)
def test_a_serial_month_year_number_opens_a_minute(serial, month, year, letter):
    number = f"{serial}.{month}/{year}{letter}"
    text = (
        "Minutes of the Hundleby Parish Council Meeting held Wednesday 1st March 2023 at 7pm\n"
        "Present: Cllr L Corten-Miller (Chair), Cllr M Dales, Cllr J Caitlin\n"
        f"{number} To open the meeting\nThe meeting was opened at 7.09pm\n"
    )
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == [number]
    # the same figures inside a sentence open no minute
    (m,) = parse_document(text + f"It was noted that {number} was closed.\n").meetings
    assert [i.number for i in m.items] == [number]


def test_minutes_numbered_item_1_are_read():
    # "Item 1 To agree the minutes of the Full Council meeting of 8th January 2018"
    # (Publow with Pensford 2018); "An amendment to Item 7 b) of the minutes ..." inside a
    # minute opens none
    text = (DOCUMENTS / "publow-pensford-pc-2018-03-21.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["1", "2"]
    assert m.items[0].title.startswith("To agree the minutes of the Full Council meeting")
    assert sum(len(i.resolutions) for i in m.items) == 2


def test_minutes_numbered_by_the_year_and_a_running_number_follow_one_another():
    # "21/22-67 Chairman’s Welcome.    Cllr Andy Halfhide opened the meeting at 16:28." (a
    # sentence after its title) and "21/22-69 Resolution To purchase ..." (a long line)
    # around "21/22-68 Apologies: ..." (Langtoft 2021)
    text = (DOCUMENTS / "langtoft-pc-2021-07-29.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["21/22-67", "21/22-68", "21/22-69"]
    assert m.items[0].title.startswith("Chairman")
    assert m.items[2].title.startswith("Resolution")


@given(
    year=st.integers(min_value=10, max_value=98),
    run=st.integers(min_value=0, max_value=9999),
    serial=st.integers(min_value=1, max_value=999),
)
def test_the_running_number_is_the_one_after_the_year(year, run, serial):
    assert running_number(f"{year}/{year + 1}-{run}") == run
    assert running_number(str(serial)) == serial
    assert running_number(f"{serial}a/{year}") == serial
    assert running_number(f"{serial}/{year}") == serial
    assert running_number("") is None


def test_a_name_after_a_count_of_the_public_and_and_is_in_attendance():
    # "In attendance:  Cllr. Penny Robins, 2 Members of the public and Sarah Gresty-Parish
    # Clerk." (Carlby 2023)
    text = (DOCUMENTS / "carlby-pc-2023-01-31.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.in_attendance) == ["robins", "gresty"]


@given(
    count=st.sampled_from(["2", "two", "1", "Three"]),
    given_name=st.sampled_from(["Sarah", "Ann", "Tom"]),
    family=_FAMILY,
)
def test_the_count_of_the_public_is_no_one_and_the_name_after_it_is_kept(count, given_name, family):
    found = _in_attendance(f"{count} Members of the public and {given_name} {family}-Parish Clerk.")
    assert [p.name for p in found] == [f"{given_name} {family}"]


def test_a_clerk_named_on_a_line_of_its_own_is_in_attendance():
    # "Locum Clerk: Deborah White" under the apologies (Publow with Pensford 2018)
    text = (DOCUMENTS / "publow-pensford-pc-2018-03-21.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.in_attendance) == ["white"]
    assert "white" not in families(m.attendance.present)


@given(
    office=st.sampled_from(["Locum Clerk", "Clerk", "Parish Clerk", "Clerk to the Council"]),
    given_name=st.sampled_from(["Deborah", "Ann", "Tom"]),
    family=_FAMILY,
)
def test_a_clerk_line_names_one_person_and_prose_names_none(office, given_name, family):
    found = clerk_line(
        f"There were 6 members of the public present.\n{office}: {given_name} {family}\n"
    )
    assert [(p.name, p.role_text) for p in found] == [(f"{given_name} {family}", office)]
    assert clerk_line(f"{office}: the clerk reported that the grass was cut.\n") == []


def test_other_apologies_in_the_apologies_minute_are_read_too():
    # "22/23-142 To Note apologies were received from Cllr. Holland. ..." then "Other
    # Apologies were received from Cllr. Charlotte Vernon." (Carlby 2023)
    text = (DOCUMENTS / "carlby-pc-2023-01-31.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.apologies) == ["holland", "vernon"]


@given(family=_FAMILY, lead=st.sampled_from(["", "These were accepted. ", "None.\n"]))
def test_other_apologies_name_their_people_and_nothing_else(family, lead):
    found = other_apologies(f"{lead}Other Apologies were received from Cllr. Ann {family}.")
    assert families(found) == [family.lower()]
    assert other_apologies(f"Apologies were received from Cllr. Ann {family}.") == []
