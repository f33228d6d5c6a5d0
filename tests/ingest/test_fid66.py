"""Round 66: a text wrapped at a width put back into paragraphs (saved_text.unwrapped).

Each text is written for these tests and wrapped at several widths: a person's name broken
over two lines is one name again, and a row of a list of people or a dash's bullet opens a
line of its own only below a row or a bullet of its own list (or a short line).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse.saved_text import unwrapped
from tests.ingest.wrapping import exact_line as _exact_line
from tests.ingest.wrapping import full_line as _full_line
from tests.ingest.wrapping import text_among_filler as _text
from tests.ingest.wrapping import widths


@settings(max_examples=25, deadline=None)
@given(widths, st.sampled_from(["Mrs Jennifer", "Cllr Peter", "Mr P.", "Councillor A. B."]))
def test_a_name_broken_at_a_full_line_is_one_name(width, start):
    above = _full_line(width, start)
    text = _text(width, above, "Bendall Public: None")
    assert f"{start} Bendall Public: None" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_list_of_names_one_a_line_stays_a_list(width):
    text = _text(width, "Present:", "Cllr Peter", "Cllr Jennifer", "Mr P.", "Mrs Ann Smith")
    assert "\nCllr Peter\nCllr Jennifer\nMr P.\nMrs Ann Smith\n" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_post_broken_before_its_holder_is_one_row(width):
    above = _full_line(width, "Director of Community")
    text = _text(width, above, "Planning – N Harkness and Head of Legal Services – P Casey")
    assert "Director of Community Planning – N Harkness" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_rows_of_people_and_posts_stay_rows(width):
    rows = [
        "Alan Fairley - Director of Finance, Corporate Performance and Asset Management",
        "Beth Oakes - Head of Democratic Services and Deputy Monitoring Officer here",
        "Carl Denton - Accountant",
    ]
    rows = [row if len(row) <= width else row[: width + 1].rsplit(" ", 1)[0] for row in rows]
    text = _text(width, "In attendance:", *rows)
    assert "\n".join(["In attendance:", *rows]) in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_dash_after_a_full_line_runs_on(width):
    above = _exact_line(width, "apologies from Councillors")
    assert len(above) == width
    text = _text(width, above, "– Councillor E Wilson will come later.")
    assert "apologies from Councillors – Councillor E Wilson" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_list_of_dash_bullets_stays_a_list(width):
    bullets = [
        "- " + _full_line(width - 2, "leaves"),
        "- " + _full_line(width - 2, "benches"),
        "- the pond",
    ]
    text = _text(width, "Correspondence received", *bullets)
    assert "\n".join(bullets) in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths, st.sampled_from(["17 June 2019 be approved.", "3rd March 2020 were signed."]))
def test_a_date_broken_by_the_wrap_is_no_item(width, rest):
    above = _full_line(width, "that the minutes of the meeting held on")
    text = _text(width, above, rest)
    assert f"held on {rest}" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_an_item_numbered_below_a_sentence_stays_an_item(width):
    above = _full_line(width, "the report was noted.")
    text = _text(width, above, "12 June meeting of the working group")
    assert "\n12 June meeting of the working group" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_an_initial_at_a_full_line_end_runs_on_into_its_name(width):
    above = _full_line(width, "Cllrs A Brown, K")
    text = _text(width, above, "Hallam, L Irwin and N Webb")
    assert "Cllrs A Brown, K Hallam, L Irwin" in unwrapped(text)


@settings(max_examples=25, deadline=None)
@given(widths)
def test_a_dash_below_a_full_line_runs_on(width):
    above = _full_line(width, "Director of Organisation Development")
    text = _text(width, above, "– A McCooke, Borough Lawyer – P Casey")
    assert "Director of Organisation Development – A McCooke" in unwrapped(text)
