"""Issue 14: names with accented letters ("Siân", "Gwenllïan", "Zoë", "Rhôda") are names:
the name readers' patterns are written with plain letters, and a name's accents were read
as a sign of no name, so Welsh councillors were dropped from lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.names import without_accents
from moot.ingest.parse.name_lists import split_name_list


def test_accented_names_in_a_list_are_read_with_their_accents():
    people = split_name_list("Cllr Siân Jones, Cllr Dafydd Ellis, Cllr Gwenllïan Roberts, Zoë Ball")
    assert [p.name for p in people] == [
        "Cllr Siân Jones",
        "Cllr Dafydd Ellis",
        "Cllr Gwenllïan Roberts",
        "Zoë Ball",
    ]


def test_an_accented_word_that_is_no_name_is_still_no_name():
    assert split_name_list("Cllr Siân Jones, Café représentatives présentés") == [
        split_name_list("Cllr Siân Jones")[0]
    ]


@given(st.text(max_size=30))
def test_without_accents_keeps_length_of_plain_text_and_never_adds_marks(text):
    plain = without_accents(text)
    assert all(not ("\u0300" <= ch <= "\u036f") for ch in plain)
    if text.isascii():
        assert plain == text
