"""The words naming a kind of council, written once (``moot.ingest.kinds``): each list reads
exactly the words the patterns spelled out before, in any case the old pattern allowed, and
no plain word ("Councillor", "Parishioners") the old pattern did not."""

from __future__ import annotations

import re

import pytest

from moot.ingest import council, kinds
from moot.ingest.parse import common, heading_fallback, minutes_headings, unflatten

# each shared list beside the words its patterns spelled out before
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
def test_each_list_is_the_old_words_in_the_old_order(shared, old):
    assert shared == old


@pytest.mark.parametrize(("shared", "old"), OLD_LISTS)
def test_each_kind_word_is_read_in_any_case_and_no_plain_word(shared, old):
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


def test_the_patterns_built_from_the_lists_are_the_ones_spelled_out_before():
    assert unflatten._KIND_ONLY_RE.pattern == (
        r"(?i)(?:parish|town|community|village)\s+council\s*[.:,–-]?\s*"
    )
    assert unflatten._CAPITALS_NAME_BEFORE_RE.pattern.endswith(
        r"(?:PARISH|TOWN|COMMUNITY|VILLAGE)\s+COUNCIL\s*[.:,]?\s*$"
    )
    assert minutes_headings._KIND_NAMED_RE.pattern == (
        r"(?i)\b(?:(?:parish|town|community|village)\s+)?council\b"
    )
    assert heading_fallback._KIND_RE.pattern == (
        r"(?i)\b(?P<kind>(?:parish|town|community|village)[ \t]+(?:council|meeting))\b"
    )
    assert common._PLACE_IN_CAPITALS_RE.pattern.endswith(
        r"(?P<kind>\s+(?:Parish|Town|Community|City|Borough|District|County|Village)\s+Council)$"
    )
    assert common._KIND_IN_LOWER_CASE_RE.pattern.endswith(
        r"(?P<kind>(?i:parish|town|community|city|borough|district|county|village)\s+(?i:council))$"
    )
    assert r"(?:\s+[\w'’&-]+){0,4}\s+(?:parish|town|community|city)\s+council$)" in (
        common._DOCUMENT_BEFORE_BODY_RE.pattern
    )
    assert r"(?:community|town|city)\s+council)" in common._WELSH_AND_ENGLISH_NAME_RE.pattern
    assert (
        frozenset(["city", "county", "borough", "district", "town", "parish", "community"])
        == council._KINDS
    )
