"""Rich text on public pages is cleaned on its way out: the ``rich`` filter trusts only what
the public gate cleaned and marked safe, and cleans anything else itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.access.visibility import clean_html
from moot.portal.templatetags.moot_portal import rich

HOSTILE = '<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror=y()></p><h3>T</h3>'


def test_the_filter_cleans_a_plain_string_itself():
    shown = rich(HOSTILE)
    assert "<script" not in shown and "onclick" not in shown and "onerror" not in shown
    assert "<p><strong>T</strong></p>" in shown  # its own heading, demoted


def test_what_the_gate_cleaned_is_shown_as_the_gate_cleaned_it():
    cleaned = clean_html(HOSTILE)
    assert "<script" not in cleaned and "onclick" not in cleaned
    assert rich(cleaned) == rich(HOSTILE)


@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdehiprst&;")), max_size=80))
def test_the_gate_and_the_filter_agree_on_any_text(text):
    assert rich(clean_html(text)) == rich(text)
