"""Round 71: a text wrapped where a proportional font ended its lines (saved_text.unwrapped).

A proportional font breaks lines a word or two short of the widest, so a line ending with a
word no phrase ends with ("of", "and", "&") runs on into the next one from a little shorter
than a full line, and a list of names broken inside an entry ("Mark Lewis, Ifor" /
"Roberts") is one list again; a year below a line ending with a month finishes its date,
and a heading in capitals too long for one line is one heading. Each text is written for these tests and wrapped at several
widths.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse.saved_text import WRAP_NEAR, WRAP_NEAR_RUNS_ON, unwrapped
from tests.ingest.wrapping import exact_line as _exact_line
from tests.ingest.wrapping import text_among_filler as _text
from tests.ingest.wrapping import widths


def _short_line(width: int, tail: str) -> str:
    # a line ending with ``tail`` between the run-on nearness and the full line's
    length = int(width * (WRAP_NEAR + WRAP_NEAR_RUNS_ON) / 2)
    line = _exact_line(length, tail)
    assert WRAP_NEAR_RUNS_ON * width <= len(line) < WRAP_NEAR * width
    return line


@settings(max_examples=25, deadline=None)
@given(widths, st.sampled_from(["Director of", "Head of Planning and", "Parks &"]))
def test_a_line_ending_unfinished_runs_on_into_a_row(width, tail):
    above = _short_line(width, tail)
    text = _text(width, above, "Finance – S Cole and the Borough Lawyer – P Casey")
    assert f"{tail} Finance – S Cole" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_line_ending_a_phrase_short_of_the_width_stays(width):
    above = _short_line(width, "Director")
    text = _text(width, above, "Finance – S Cole and the Borough Lawyer – P Casey")
    assert "Director\nFinance – S Cole" in unwrapped(text)


# a full line (though the first word below would have fitted on it) ending with ``tail``,
# the line below, and the words the two lines make once joined
RUNS_ON = [
    # a list of names broken inside an entry runs on
    (
        "Cllrs Mark Lewis, Ann Hill, Ifor",
        "Roberts, Catrin Jones and the clerk",
        "Roberts, Catrin Jones",
    ),
    ("Ann Hill, Ely, Tor & Dee", "Roberts, Catrin Jones and the clerk", "Roberts, Catrin Jones"),
    # a year below a month is the rest of its date
    ("held on the 17th May", "2021 at 7.30pm in the village hall.", "2021 at 7.30pm"),
    ("held on Tuesday 3 November", "2021 at 7.30pm in the village hall.", "2021 at 7.30pm"),
]
# a full line ending with ``tail`` and the line below, which stay apart
STAYS = [
    # a list ending before a line in capitals
    (
        "Cllrs Mark Lewis, Ann Hill, Ifor Roberts",
        "WDC Community Team no rep",
        "Ifor Roberts\nWDC Community Team",
    ),
    # one comma is no list
    (
        "the report from Ann Hill, Clerk",
        "Members agreed to meet again",
        "Ann Hill, Clerk\nMembers agreed",
    ),
    # a number below a sentence stays an item
    ("the hall will open in May.", "2021 Budget and precept", "in May.\n2021 Budget and precept"),
    # a heading in capitals below a sentence
    (
        "the members agreed to meet again soon",
        "APOLOGIES FOR ABSENCE",
        "soon\nAPOLOGIES FOR ABSENCE",
    ),
]


@pytest.mark.parametrize(("tail", "below", "joined"), RUNS_ON)
@settings(max_examples=25, deadline=None)
@given(width=widths)
def test_a_full_line_runs_on_into_what_carries_it_on(tail, below, joined, width):
    text = _text(width, _exact_line(width - 10, tail), below)
    assert f"{tail} {joined}" in unwrapped(text)


@pytest.mark.parametrize(("tail", "below", "apart"), STAYS)
@settings(max_examples=25, deadline=None)
@given(width=widths)
def test_a_full_line_stays_apart_from_what_opens_anew(tail, below, apart, width):
    text = _text(width, _exact_line(width - 10, tail), below)
    assert apart in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_heading_in_capitals_too_long_for_a_line_is_one_heading(width):
    above = _exact_line(width - 10, "x").upper()[:-2] + " PARISH"
    above = "MINUTES OF THE MEETING OF " + above[len("MINUTES OF THE MEETING OF ") :]
    text = _text(width, above, "COUNCIL")
    assert f"{above} COUNCIL" in unwrapped(text)
