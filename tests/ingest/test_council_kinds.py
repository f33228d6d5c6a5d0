"""The words naming a kind of council, written once (``moot.ingest.kinds``): each list reads
exactly the words the patterns spelled out before, in any case the old pattern allowed, and
no plain word ("Councillor", "Parishioners") the old pattern did not."""

from __future__ import annotations

import re

import pytest

from moot.ingest import kinds

# each shared list beside the words it must read (in any order: no word begins another)
OLD_LISTS = [
    (kinds.PARISH_KINDS, "parish|town|community"),
    (kinds.LOCAL_KINDS, "parish|town|community|village"),
    (kinds.PRINCIPAL_KINDS, "city|borough|district|county"),
    (kinds.ALL_KINDS, "parish|town|community|city|borough|district|county|village"),
    (kinds.WELSH_KINDS_IN_ENGLISH, "community|town|city"),
]
# words that begin like a kind's word but are none (the old patterns read none of them)
PLAIN_WORDS = ["Councillor", "Parishioners", "Townsend", "Villager", "Cityscape", "Countywide",
               "Communities", "Districts", "Boroughbridge", "Ward", "Unitary", "Full"]  # fmt: skip


@pytest.mark.parametrize(("shared", "old"), OLD_LISTS)
def test_each_kind_word_is_read_in_any_case_and_no_plain_word(shared, old):
    assert set(shared.split("|")) == set(old.split("|"))
    kind = re.compile(rf"(?i:{shared})[ \t]+(?i:council)")
    for word in old.split("|"):
        for printed in (word, word.title(), word.upper(), word[0] + word[1:].upper()):
            assert kind.fullmatch(f"{printed} Council")
            assert kind.fullmatch(f"{printed} council")
    for word in PLAIN_WORDS:
        assert not kind.fullmatch(f"{word} Council")
        assert not kind.fullmatch(f"{word} {old.split('|')[0]} Council")


def test_a_list_in_title_case_or_in_capitals_reads_that_case_only():
    kind = re.compile(rf"(?i:{kinds.LOCAL_KINDS})[ \t]+(?i:council)")
    for word in ("Parish", "TOWN", "community", "Village"):
        assert kind.fullmatch(f"{word} Council")
    for word in ("Councillor", "Parishioners", "City", "Townsend"):
        assert not kind.fullmatch(f"{word} Council")
    title = re.compile(rf"(?:{kinds.ALL_KINDS.title()})")
    assert title.fullmatch("Borough") and not title.fullmatch("borough")
    capitals = re.compile(rf"(?:{kinds.LOCAL_KINDS.upper()})")
    assert capitals.fullmatch("VILLAGE") and not capitals.fullmatch("Village")
