"""Round 71: a text wrapped where a proportional font ended its lines (saved_text.unwrapped).

A proportional font breaks lines a word or two short of the widest, so a line ending with a
word no phrase ends with ("of", "and", "&") runs on into the next one from a little shorter
than a full line, and a list of names broken inside an entry ("Mark Lewis, Ifor" /
"Roberts") is one list again; a year below a line ending with a month finishes its date,
and a heading in capitals too long for one line is one heading. Each text is written for these tests and wrapped at several
widths.
"""

from __future__ import annotations

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


@settings(max_examples=25, deadline=None)
@given(widths, st.sampled_from(["Cllrs Mark Lewis, Ann Hill, Ifor", "Ann Hill, Ely, Tor & Dee"]))
def test_a_list_of_names_broken_inside_an_entry_runs_on(width, tail):
    # a full line, though the first word below would have fitted on it
    above = _exact_line(width - 10, tail)
    text = _text(width, above, "Roberts, Catrin Jones and the clerk")
    assert f"{tail} Roberts, Catrin Jones" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_list_ending_before_a_line_in_capitals_stays(width):
    above = _exact_line(width - 10, "Cllrs Mark Lewis, Ann Hill, Ifor Roberts")
    text = _text(width, above, "WDC Community Team no rep")
    assert "Ifor Roberts\nWDC Community Team" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_one_comma_is_no_list(width):
    above = _exact_line(width - 10, "the report from Ann Hill, Clerk")
    text = _text(width, above, "Members agreed to meet again")
    assert "Ann Hill, Clerk\nMembers agreed" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths, st.sampled_from(["held on the 17th May", "held on Tuesday 3 November"]))
def test_a_year_below_a_month_is_the_rest_of_its_date(width, tail):
    above = _exact_line(width - 10, tail)
    text = _text(width, above, "2021 at 7.30pm in the village hall.")
    assert f"{tail} 2021 at 7.30pm" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_number_below_a_sentence_stays_an_item(width):
    above = _exact_line(width - 10, "the hall will open in May.")
    text = _text(width, above, "2021 Budget and precept")
    assert "in May.\n2021 Budget and precept" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_heading_in_capitals_too_long_for_a_line_is_one_heading(width):
    above = _exact_line(width - 10, "x").upper()[:-2] + " PARISH"
    above = "MINUTES OF THE MEETING OF " + above[len("MINUTES OF THE MEETING OF ") :]
    text = _text(width, above, "COUNCIL")
    assert f"{above} COUNCIL" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_heading_in_capitals_below_a_sentence_stays(width):
    above = _exact_line(width - 10, "the members agreed to meet again soon")
    text = _text(width, above, "APOLOGIES FOR ABSENCE")
    assert "soon\nAPOLOGIES FOR ABSENCE" in unwrapped(text)
