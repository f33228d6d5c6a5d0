"""The fidelity bench's reading of a body's name (bench/fidelity.py): stricter than its
titles' match, so that a name with extra words (which an import would create as a body
that does not exist) counts as invented, and a name less specific than the key's counts as
not extracted, not as right."""

from __future__ import annotations

from bench.fidelity import _body_reading


def test_the_same_name_spelt_or_noted_differently_is_the_same():
    assert _body_reading("Trelow Parish Council", "Trelow Parish Council") == "same"
    assert _body_reading("TRELOW PARISH COUNCIL", "Trelow Parish Council") == "same"
    assert _body_reading("Licensing Committee (2005-2015)", "Licensing Committee") == "same"


def test_a_name_with_words_more_than_the_keys_is_another_body():
    assert _body_reading("Parish Council on 17 May 2017 Meeting", "Parish Council") == "other"
    assert _body_reading("Agenda for Town Council", "Town Council") == "other"
    assert _body_reading("Trelow Parish Council", "Parish Council") == "other"


def test_the_kind_alone_for_a_named_council_is_less_specific():
    assert _body_reading("Parish Council", "Trelow Parish Council") == "less specific"
    assert _body_reading("", "Trelow Parish Council") == "other"
