"""The pure rules of live minute-taking: the templates that start an item's minutes, and
plain text typed by the clerk turned into the minutes' HTML (no raw HTML is ever taken)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.meetings import rules
from moot.meetings.services import sanitise

typed = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n<>&\"'"))


@given(kind=st.sampled_from(sorted(rules.MINUTES_TEMPLATES)), text=typed)
def test_a_template_starts_the_minutes_keeps_the_text_and_is_idempotent(kind, text):
    result, explanation = rules.minutes_with_template(kind, text)
    assert result.startswith(rules.MINUTES_TEMPLATES[kind])
    assert result.rstrip().endswith(text.strip())
    assert rules.minutes_with_template(kind, result)[0] == result
    assert kind in explanation


def test_an_unknown_template_is_refused_naming_it():
    with pytest.raises(ValueError, match="'minuted' is not a minutes template"):
        rules.minutes_with_template("minuted", "")


@given(text=typed)
def test_typed_text_becomes_paragraphs_the_sanitiser_does_not_change(text):
    html = rules.minutes_text_to_html(text)
    assert set(re.findall(r"<(/?\w+)", html)) <= {"p", "/p", "br"}
    # the sanitiser may spell a character differently (&nbsp;), never change the text
    assert rules.minutes_html_to_text(sanitise(html)) == rules.minutes_html_to_text(html)


@given(text=typed)
def test_the_text_of_the_minutes_round_trips(text):
    html = rules.minutes_text_to_html(text)
    assert rules.minutes_text_to_html(rules.minutes_html_to_text(html)) == html


def test_paragraphs_and_line_breaks():
    html = rules.minutes_text_to_html("First line\nsecond <b>\n\nNext & last")
    assert html == "<p>First line<br>second &lt;b&gt;</p><p>Next &amp; last</p>"
    assert rules.minutes_html_to_text(html) == "First line\nsecond <b>\n\nNext & last"
