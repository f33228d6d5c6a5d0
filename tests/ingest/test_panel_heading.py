"""Issue 14: a council's panel ("Minutes of the Consulting Panel held Wednesday, 13th of
June 2018 at ...") is a body of its own, as a committee is: its printed minutes import under
the panel's name, dated by their heading; "13th of June" is a date like "13th June". Only
"Panel" before "held" or "meeting" names a body, so a sentence about a panel is no heading."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import read_or_refused

# Text written for these tests (no council's document).
PANEL = (
    "Minutes of the Grants Panel held Tuesday, 4th of March 2025 at the Village Hall\n"
    "Present: Councillors A Pryce (Chair), B Quaile and C Rudd\n"
    "1 Apologies for absence\nCouncillor D Sands.\n"
    "2 Applications for grants\nThe panel considered two applications. RESOLVED: that the "
    "youth club be awarded £500.\n"
)


def test_a_panel_held_on_a_date_is_the_body_of_its_minutes():
    (m,) = parse_printed_minutes(PANEL).meetings
    assert m.body_name == "Grants Panel"
    assert m.date == date(2025, 3, 4)
    assert m.start_time is None  # no time printed: none guessed
    assert [i.number for i in m.items] == ["1", "2"]


def test_a_panel_flattened_onto_one_line_is_read_the_same():
    (m,) = parse_printed_minutes(" ".join(PANEL.split())).meetings
    assert (m.body_name, m.date) == ("Grants Panel", date(2025, 3, 4))


def test_a_sentence_about_a_panel_is_no_heading():
    text = "Minutes of the panel were circulated on 4th of March 2025 to all members.\n"
    with pytest.raises(ParseError):
        parse_printed_minutes(text)


@given(st.text(max_size=60), st.integers(min_value=0, max_value=len(PANEL)))
def test_mangled_panel_minutes_parse_or_fail_cleanly(junk, at):
    read_or_refused(parse_printed_minutes, PANEL[:at] + junk + PANEL[at:])
