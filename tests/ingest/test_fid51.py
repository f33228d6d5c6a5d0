"""Round fid51: parish and town agenda notices of more layouts (a summons "which will take
place", a summons whose date is on the next line, bullets before numbered items, "invited to
join members of X in a meeting"), and the shapes still refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse.agenda_notice import looks_like_agenda_notice, parse_agenda_notice
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

TAKE_PLACE = """\
WENDLEBURY PARISH COUNCIL
You are summoned to attend a meeting of Wendlebury Parish Council which will take place at The Reading Room on Thursday 9th May 2019 at 7.45pm.
AGENDA
1. APOLOGIES
2. DECLARATIONS OF INTEREST
3. PLANNING
"""

NEXT_LINE = """\
You are hereby summoned to attend a meeting of Ferncombe Town Council,
On Monday 3rd June 2024, From 19:00 at the Guildhall.
AGENDA
- APOLOGIES
- DECLARATIONS OF INTEREST
- MINUTES
4.1 HIGHWAYS
4 FINANCE
5 PLANNING
6 DATE OF NEXT MEETING
Clerk to Ferncombe Town Council, 28th May 2024
"""

INVITED = """\
June 2021 Agenda
To all Parish Councillors - You are invited to join members of the Parish Council in a meeting in the Church Room on Tuesday June 8th 2021 commencing at 7.00 p.m.
1. Apologies for Absence
2. Minutes of the last meeting
3. Finance
"""


def test_summons_which_will_take_place():
    (m,) = parse_agenda_notice(TAKE_PLACE).meetings
    assert (m.body_name, m.date, m.start_time, m.venue) == (
        "Wendlebury Parish Council",
        date(2019, 5, 9),
        time(19, 45),
        "The Reading Room",
    )
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_summons_with_its_date_on_the_next_line():
    (m,) = parse_agenda_notice(NEXT_LINE).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Ferncombe Town Council",
        date(2024, 6, 3),
        time(19, 0),
    )


def test_the_clerks_date_is_not_the_meetings():
    (m,) = parse_agenda_notice(NEXT_LINE).meetings
    assert m.date != date(2024, 5, 28)


def test_numbered_items_after_bullets_run_on_from_their_count():
    result = parse_agenda_notice(NEXT_LINE)
    (m,) = result.meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("4", "FINANCE"),
        ("5", "PLANNING"),
        ("6", "DATE OF NEXT MEETING"),
    ]
    assert any("bullets" in w for w in result.warnings)


def test_numbers_not_following_the_bullets_are_not_read():
    text = NEXT_LINE.replace("4 FINANCE", "7 FINANCE")
    (m,) = parse_agenda_notice(text).meetings
    assert m.items == []


def test_invited_to_join_members_of_the_council():
    (m,) = parse_agenda_notice(INVITED).meetings
    assert (m.body_name, m.date, m.start_time, m.venue) == (
        "Parish Council",
        date(2021, 6, 8),
        time(19, 0),
        "the Church Room",
    )
    assert len(m.items) == 3


def test_invited_members_of_an_unnamed_committee_asks_for_the_body():
    text = INVITED.replace("the Parish Council in", "the Committee in")
    result = parse_agenda_notice(text)
    assert result.meetings[0].body_name == ""
    assert any("names no body" in w for w in result.warnings)


def test_a_notice_without_its_year_is_refused_even_with_a_signed_date():
    text = TAKE_PLACE.replace("9th May 2019", "9th May") + "Clerk, 2nd May 2019\n"
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_invited_without_a_meeting_is_not_a_notice():
    text = INVITED.replace("in a meeting in", "at the fete in")
    assert not looks_like_agenda_notice(text)


# -- mangling -------------------------------------------------------------------------------

_JUNK = st.text(alphabet="AGENDA 1.4- On Monday 3rd June 2024, meeting of\n:)", max_size=30)


@MANGLING
@given(spliced([TAKE_PLACE, NEXT_LINE, INVITED, " ".join(NEXT_LINE.split())]))
def test_mangled_notices_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        assert all(m.date is not None for m in result.meetings)


@MANGLING
@given(mangled_lines(NEXT_LINE.splitlines() + INVITED.splitlines(), _JUNK))
def test_mangled_notice_lines_read_or_refused(text):
    read_or_refused(parse_agenda_notice, text)
