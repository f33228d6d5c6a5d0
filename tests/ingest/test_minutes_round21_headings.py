"""Issue 14, the twenty-first round: headings of parish minutes the printed-minutes reader
did not know, so whole documents were refused.

- "DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on" with the date on a
  line further down (Carlby, dev);
- "X Parish Council Extra Ordinary meeting." over "Held at VENUE at TIME on DATE" (Publow
  with Pensford, dev);
- "The Monthly Meeting of the Council was held on DATE at TIME at VENUE" (Resolven, dev);
- and, to let those documents import without inventing: a list of councillors on the line
  after the heading, and earlier years' minute numbers under "Matters arising".

Never invent: a notice of a meeting (to be held), another meeting's minutes spoken of in
an item, or a heading without the attendance after it is no heading.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse.minutes_attendance import list_lines
from moot.ingest.parse.minutes_headings import (
    COUNCIL_OVER_HELD_HEAD_RE,
    WAS_HELD_HEAD_RE,
    find_heading,
    join_wrapped_heading,
)
from moot.ingest.parse.minutes_items import earlier_year_number
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import unflatten

DOCS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"


def _doc(name: str) -> str:
    return (DOCS / f"{name}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------
# "Minutes for an Extra Ordinary Parish Council Meeting held on" / DATE (Carlby, dev)

CARLBY_HEAD = (
    "January 31 - Extra Ordinary Parish Meeting\n\n\n\n"
    "DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on\n\n"
    "Tuesday 31st January 2023 in the Village Hall\n\n\n\n\n\n"
    "22/23-139       Chairman Welcome.  Cllr. Bavister welcomed those present.\n\n\n"
    "22/23-140       Open Forum.  No one had any further topics.\n\n\n"
    "22/23-141       Record of members Cllrs. John Bavister-Chair, Ian Dair, Angela Cardew\n\n"
    "                       In attendance:  Cllr. Penny Robins and Sarah Gresty-Parish Clerk.\n"
)


def test_minutes_for_an_extra_ordinary_meeting_over_its_date():
    joined = join_wrapped_heading(CARLBY_HEAD)
    assert "Meeting held on Tuesday 31st January 2023" in joined
    result = parse_printed_minutes(CARLBY_HEAD)
    (meeting,) = result.meetings
    assert meeting.date == date(2023, 1, 31)
    assert meeting.body_name == "Parish Council"  # only the kind: the importer matches it
    assert meeting.kind == "special"  # "Extra Ordinary", two words


def test_carlby_document_imports():
    (meeting,) = parse_printed_minutes(_doc("carlby-pc-2023-01-31")).meetings
    assert meeting.date == date(2023, 1, 31)
    assert meeting.body_name == "Parish Council"
    assert [i.number for i in meeting.items][:3] == ["22/23-139", "22/23-140", "22/23-141"]


def test_minutes_for_a_meeting_in_an_agenda_is_no_heading():
    # an agenda's item speaking of minutes, no attendance recorded after it
    agenda = (
        "AGENDA\n\n1. Apologies\n\n"
        "2. Minutes for the Parish Council Meeting held on\n"
        "Tuesday 31st January 2023\n\n3. Planning\n"
    )
    with pytest.raises(ParseError):
        parse_printed_minutes(agenda)


# ---------------------------------------------------------------------------------------
# "X Parish Council Extra Ordinary meeting." / "Held at VENUE at TIME on DATE" (Publow, dev)

PUBLOW_HEAD = (
    "Publow with Pensford Parish Council Extra Ordinary meeting.\n"
    "Held at Publow Memorial Hall at 19:45 on 21st March 2018\n"
    "Councillors S. Grimes, T. Heaford, J Kelly, D. Custance, P. Baxter, T. Jones, S. Filer.\n"
    "Apologies were received from councillors J. Stephenson, J. Gully, Mr. T Jones, M Daniels"
    " and were formally accepted\n"
    "There were 6 members of the public present.\n"
)


def test_council_title_over_held_at_line():
    m = find_heading(PUBLOW_HEAD)
    assert m is not None and m.re is COUNCIL_OVER_HELD_HEAD_RE
    (meeting,) = parse_printed_minutes(PUBLOW_HEAD).meetings
    assert meeting.body_name == "Publow with Pensford Parish Council"
    assert meeting.date == date(2018, 3, 21)
    assert meeting.start_time == time(19, 45)
    assert meeting.kind == "special"
    present = [p.name for p in meeting.attendance.present]
    # the list on the line under the heading, not the apologies' names
    assert "Cllr S. Grimes" in present and "Cllr S. Filer" in present
    assert not any("Stephenson" in name for name in present)


def test_publow_document_imports_without_inventing():
    (meeting,) = parse_printed_minutes(_doc("publow-pensford-pc-2018-03-21")).meetings
    assert meeting.date == date(2018, 3, 21)
    apologies = {p.name.split()[-1] for p in meeting.attendance.apologies}
    present = {p.name.split()[-1] for p in meeting.attendance.present}
    assert {"Stephenson", "Gully", "Daniels"} <= apologies
    assert not {"Stephenson", "Gully", "Daniels"} & present


def test_council_title_over_to_be_held_is_a_notice_not_minutes():
    notice = (
        "Publow with Pensford Parish Council Extra Ordinary meeting.\n"
        "To be held at Publow Memorial Hall at 19:45 on 21st March 2018\n"
        "Councillors are summoned to attend.\n1. Apologies\n2. Planning\n"
    )
    m = find_heading(notice)
    assert m is None or m.re is not COUNCIL_OVER_HELD_HEAD_RE


def test_council_title_over_held_without_attendance_is_no_heading():
    # a title and a "Held at" line, but nobody recorded as attending: not read as minutes
    text = (
        "Publow with Pensford Parish Council Extra Ordinary meeting.\n"
        "Held at Publow Memorial Hall at 19:45 on 21st March 2018\n"
        "1. To agree the minutes of the Full Council meeting\n"
    )
    m = find_heading(text)
    assert m is None or m.re is not COUNCIL_OVER_HELD_HEAD_RE


# ---------------------------------------------------------------------------------------
# "The Monthly Meeting of the Council was held on DATE at TIME at VENUE" (Resolven, dev)

RESOLVEN_HEAD = (
    "The Monthly Meeting of the Council was held on Thursday 13th January 2022 at 6pm at the"
    " Community Centre\n"
    "Present/ Presennol\n"
    "Mr. N. Francis – Chairman/Cadeirydd\n"
    "Mr. T. Jones, Mr. A Jones, Mrs J. Llewellyn, Mr P. Thomas, Mr I Ace, Mr N. Place\n"
    "01/22 Apologies for Absence/Ymddiheuriadau am absenoldeb\n"
    "Mr. K. Sims,\n"
    "03/22 Minutes of the previous Meeting/Cofnodion y Cyfarfod Diwethaf\n"
    "The Minutes of the Meeting held on Thursday 2nd December 2021 were accepted as a true"
    " record.\n"
    "04/22 Clerk’s report and Council Matters Arising/Materion yn codi o’r cofnodion\n"
    "116/21 Lighting at school camp – It was agreed to ask a contractor to install low level"
    " solar lighting on the pathway\n"
    "05/22 Correspondence\n"
)


def test_the_meeting_of_the_council_was_held_on():
    m = find_heading(RESOLVEN_HEAD)
    assert m is not None and m.re is WAS_HELD_HEAD_RE
    (meeting,) = parse_printed_minutes(RESOLVEN_HEAD).meetings
    assert meeting.body_name == "Council"
    assert meeting.date == date(2022, 1, 13)
    assert meeting.start_time == time(18, 0)
    # the earlier year's minute under "Matters arising" is no minute of this meeting
    assert [i.number for i in meeting.items] == ["01/22", "03/22", "04/22", "05/22"]


def test_resolven_document_imports_without_earlier_minutes():
    (meeting,) = parse_printed_minutes(_doc("resolven-cc-2022-01-13")).meetings
    assert meeting.date == date(2022, 1, 13)
    assert not any(i.number.endswith("/21") for i in meeting.items)


def test_was_held_inside_an_item_is_another_meeting():
    # after a numbered minute, "The meeting of the X was held on ..." speaks of another
    text = (
        "5. Reports\n"
        "The Annual Meeting of the Village Hall Committee was held on 4th May 2021 at 7pm.\n"
        "Present: Cllr A Bee\n"
    )
    m = find_heading(text)
    assert m is None or m.re is not WAS_HELD_HEAD_RE


def test_was_held_spoken_of_as_approved_is_another_meeting():
    text = "The Meeting of the Council was held on 4th May 2021 and was approved.\nPresent: Cllr A Bee\n"
    m = find_heading(text)
    assert m is None or m.re is not WAS_HELD_HEAD_RE


# ---------------------------------------------------------------------------------------
# Pure functions, as properties


@given(
    serial=st.integers(1, 999),
    year=st.integers(11, 99),
    back=st.integers(1, 10),
    other=st.integers(1, 999),
)
def test_earlier_year_number_only_for_an_earlier_year(serial, year, back, other):
    now = f"{serial:02d}/{year:02d}"
    assert earlier_year_number(now, f"{other}/{year - back:02d}")
    # the same year, a later year, or another style of number: never
    assert not earlier_year_number(now, f"{other}/{year:02d}")
    assert not earlier_year_number(f"{other}/{year - back:02d}", now)
    assert not earlier_year_number(str(serial), str(other))


def test_earlier_year_number_not_across_a_century():
    assert not earlier_year_number("150/99", "01/00")


@given(
    blank=st.text(alphabet=" \t\n", max_size=6),
    names=st.lists(
        st.sampled_from(["S. Grimes", "T. Heaford", "J Kelly", "P. Baxter"]), min_size=2, max_size=4
    ),
)
def test_list_lines_ignores_blank_lines_before_the_list(blank, names):
    listed = "Councillors " + ", ".join(names) + "."
    para = blank + "\n" + listed + "\nApologies were received from Cllr A Bee"
    got, rest = list_lines(para)
    assert got.strip() == listed
    assert rest.startswith("Apologies")


@given(
    kind=st.sampled_from(["Extra Ordinary", "Extraordinary", "Annual", "Monthly", ""]),
    day=st.integers(1, 28),
    month=st.sampled_from(["January", "March", "May", "October"]),
    year=st.integers(2005, 2030),
)
def test_council_over_held_reads_the_held_line_date(kind, day, month, year):
    text = (
        f"Alpha with Beta Parish Council {kind + ' ' if kind else ''}meeting.\n"
        f"Held at the Memorial Hall at 19:45 on {day} {month} {year}\n"
        "Councillors A. Bee, C. Dee, E. Eff.\n"
        "Apologies were received from Cllr G. Gee\n"
    )
    (meeting,) = parse_printed_minutes(text).meetings
    assert meeting.body_name == "Alpha with Beta Parish Council"
    assert (meeting.date.day, meeting.date.year) == (day, year)


# ---------------------------------------------------------------------------------------
# "DRAFT:  Minutes of an Extra Ordinary Parish Council Meeting held on" / DATE (Langtoft,
# new dev document): "of" as well as "for", the same joined heading


def test_langtoft_heading():
    (meeting,) = parse_printed_minutes(_doc("langtoft-pc-2021-07-29")).meetings
    assert meeting.date == date(2021, 7, 29)
    assert meeting.start_time == time(16, 0)
    assert meeting.body_name == "Parish Council"
    assert meeting.kind == "special"


def test_allington_heading_over_venue_and_date_not_the_cover_months():
    # "October 2023 Minutes EOM" (a cover title) over "Minutes of the Extraordinary Parish
    # Council Meeting" over "Allington Village Hall Meeting Room 16 September 2023 at
    # 17:00hrs": the meeting's date is the venue line's, never October's
    (meeting,) = parse_printed_minutes(_doc("allington-pc-2023-09-16")).meetings
    assert meeting.date == date(2023, 9, 16)
    assert meeting.start_time == time(17, 0)
    assert meeting.body_name == "Parish Council"
    assert meeting.kind == "special"


@given(
    venue=st.sampled_from(["Allington Village Hall Meeting Room", "The Old School", "Church Hall"]),
    day=st.integers(1, 28),
    month=st.sampled_from(["January", "September", "December"]),
    year=st.integers(2005, 2030),
)
def test_venue_and_date_under_a_kind_heading_are_joined(venue, day, month, year):
    text = (
        "Minutes of the Extraordinary Parish Council Meeting\n"
        f"{venue} {day} {month} {year} at 17:00hrs\nCllr Marsh\n1. Chairman's remarks\n"
    )
    joined = join_wrapped_heading(text)
    assert f"Meeting held at {venue} on {day} {month} {year}" in joined


def test_a_line_with_a_number_in_it_is_no_venue():
    # a digit before the date: not only a place's name, left as it was
    text = "Minutes of the Parish Council Meeting\nVillage Hall 2nd floor 16 September 2023\n"
    assert join_wrapped_heading(text) == text


# ---------------------------------------------------------------------------------------
# Flattened text (unflatten.py): "Agenda" printed over the minutes is no name in the list


def test_agenda_word_over_the_minutes_gets_its_own_line():
    flat = " ".join(_doc("langtoft-pc-2021-07-29").split())
    text = unflatten(flat)
    present_line = next(ln for ln in text.split("\n") if ln.startswith("Present:"))
    assert "Agenda" not in present_line
    (meeting,) = parse_printed_minutes(flat).meetings
    assert not any("Agenda" in p.name for p in meeting.attendance.present)


@given(
    names=st.lists(
        st.sampled_from(["Andy Halfhide", "Brian Branch", "Liz Jarman", "Steve Valentine"]),
        min_size=1,
        max_size=4,
    ),
    number=st.sampled_from(["21/22-67", "1.", "12", "3.1", "45/19"]),
)
def test_agenda_before_a_number_opens_a_paragraph(names, number):
    prose = " ".join(["The meeting was opened and the Chairman welcomed everyone present."] * 12)
    flat = (
        "Minutes of the Parish Council Meeting held on 29th July 2021 Present: Cllrs. "
        + ", ".join(names)
        + f" Agenda {number} Chairman's Welcome. "
        + prose
    )
    text = unflatten(flat)
    assert re.search(r"(?m)^Agenda\b", text)
    present_line = next(ln for ln in text.split("\n") if ln.startswith("Present:"))
    assert "Agenda" not in present_line
    # the word inside a sentence ("the agenda 3 items") is left where it was
    assert "\nagenda" not in unflatten(flat.replace("Agenda", "agenda"))
