"""Round fid64: town councils' committee minutes. A day's ordinal set apart from it
("18 th June 2010") in a committee's short heading; a committee's name joined by "and" in a
title line ("Leisure and Amenities Committee Minutes – DATE", the word "Draft" before it no
part of it); a vote's count before its result ("There voted 4 in favour, 1 against and the
Motion was carried."); and the members printed as a grid with a mark before those absent,
explained by a line under it ("('a' denotes absence)")."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.absence_grid import marked_absence_grid
from moot.ingest.parse.common import carried_after_proposal
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

DETACHED_ORDINAL = """\
Minutes of the Grounds Committee held on Tuesday 9 th March 2021 at the Pavilion, Mill Road at 6.45 pm

Present: Cllrs Abbot (Chairman), Mrs Birch, Carver, Dunmore

In Attendance: Deputy Town Clerk, Mr Tom Eldon

2103/301 Apologies
Apologies were received from Cllr Fenwick.

2103/302 To consider the mowing contract
It was resolved to extend the mowing contract for one year.
"""

TITLED_GRID = """\
Ashbury Town Council

Draft Leisure and Amenities Committee Minutes – 12 May 2022

These minutes are a draft until confirmed at the next meeting.

  Cllr A Abel a Cllr B Bain   Cllr C Cole
a Cllr D Dow   Cllr E Eyre   Cllr F Firth
  Also: Mr G Gale, Town Clerk
  ('a' denotes absence)

1. Apologies
Apologies were received from Cllrs B Bain and D Dow.

2. Minutes
Cllr C Cole PROPOSED that the Minutes of 7th April 2022 be confirmed; SECONDED by Cllr E Eyre. There voted 4 in favour, 1 against and the Motion was carried.

3. Benches
Cllr A Abel PROPOSED that two benches be bought; SECONDED by Cllr F Firth.
"""

# the same grid with the mark meaning apologies
APOLOGIES_GRID = TITLED_GRID.replace("('a' denotes absence)", "('a' denotes apologies)")
# the same grid without the line that explains the mark: a letter before a name means
# nothing sure, so no one is read from the grid
UNEXPLAINED_GRID = TITLED_GRID.replace("  ('a' denotes absence)\n", "")


def _meeting(text: str):
    return parse_document(text).meetings[0]


def _families(entries) -> list[str]:
    return [e.name.split()[-1] for e in entries]


def test_detached_ordinal_in_a_committee_heading():
    m = _meeting(DETACHED_ORDINAL)
    assert m.date == date(2021, 3, 9)
    assert m.start_time == time(18, 45)
    assert m.body_name == "Grounds Committee"
    assert [i.number for i in m.items] == ["2103/301", "2103/302"]


def test_committee_title_joined_by_and_without_the_draft_word():
    m = _meeting(TITLED_GRID)
    assert m.date == date(2022, 5, 12)
    assert m.body_name == "Leisure and Amenities Committee"


def test_grid_marked_absent_read_as_present_and_in_attendance():
    m = _meeting(TITLED_GRID)
    assert _families(m.attendance.present) == ["Abel", "Cole", "Eyre", "Firth"]
    assert _families(m.attendance.in_attendance) == ["Gale"]
    # the absent members are not present; the apologies minute names those who sent them
    assert sorted(_families(m.attendance.apologies)) == ["Bain", "Dow"]


def test_grid_marked_apologies_gives_the_apologies():
    text = marked_absence_grid(APOLOGIES_GRID)
    assert "Present: Cllr A Abel, Cllr C Cole, Cllr E Eyre, Cllr F Firth" in text
    assert "Apologies: Cllr B Bain, Cllr D Dow" in text
    assert "In attendance: Mr G Gale, Town Clerk" in text


def test_grid_without_its_explaining_line_is_left_alone():
    assert marked_absence_grid(UNEXPLAINED_GRID) == UNEXPLAINED_GRID


def test_grid_with_a_line_of_prose_is_left_alone():
    text = TITLED_GRID.replace("a Cllr D Dow   Cllr E Eyre", "a Cllr D Dow said Cllr E Eyre")
    assert marked_absence_grid(text) == text


def test_vote_count_before_carried_is_the_decision():
    m = _meeting(TITLED_GRID)
    counts = {i.number: len(i.resolutions) for i in m.items}
    # minute 2's motion carried on a recorded vote; minute 3's, with no outcome, is none
    assert counts == {"1": 0, "2": 1, "3": 0}
    proposal = "Cllr X PROPOSED that the hall be let; SECONDED by Cllr Y."
    assert carried_after_proposal(
        [proposal, "There voted 3 in favour, 2 against and the Motion was carried."]
    )
    assert not carried_after_proposal(
        [proposal, "There voted 3 in favour, 2 against and the Motion was lost."]
    )


@MANGLING
@given(spliced([DETACHED_ORDINAL, TITLED_GRID, APOLOGIES_GRID, UNEXPLAINED_GRID]))
def test_spliced_texts_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    grid = TITLED_GRID[TITLED_GRID.index("  Cllr A Abel") : TITLED_GRID.index("\n\n1.")]
    if result and result.meetings and grid in text:
        # the grid and its explaining line whole: the members marked absent are not present
        attendance = result.meetings[0].attendance
        assert not {"Bain", "Dow"} & set(_families(attendance.present if attendance else []))


@MANGLING
@given(
    st.sampled_from([DETACHED_ORDINAL, TITLED_GRID, APOLOGIES_GRID]).flatmap(
        lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
    )
)
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
