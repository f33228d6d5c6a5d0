"""Issue 14, fidelity round 12 (the fourteenth round of the issue): a page's title naming
only the kind of council ("Minutes – Parish Council Meeting – 3rd June 2019") over the
council's full name printed on a line of its own ("BROOKFIELD PARISH COUNCIL"): the body is
that full name. Written because a measure document (Swainsthorpe's) had its body read from
its title; tested on text written for the test."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import council_under_kind_title

PAGE = """Minutes – Parish Council Meeting – 3rd June 2019

BROOKFIELD PARISH COUNCIL
MINUTES OF THE MEETING HELD
MONDAY 3RD JUNE 2019
AT THE VILLAGE HALL

PRESENT
Councillors: Ann Bee (Chair); Carl Dee; Mary Fox

APOLOGIES FOR ABSENCE
Mr. Hugh Hay.

MINUTES
The minutes of the meeting of 13th May 2019 were taken as read and signed.
"""


def _body(text: str) -> str:
    (m,) = parse_document(text).meetings
    return m.body_name


def test_the_council_named_under_a_kind_only_title_is_the_body():
    assert _body(PAGE) == "Brookfield Parish Council"


def test_a_name_printed_in_mixed_case_on_its_own_line_is_read_too():
    assert _body(PAGE.replace("BROOKFIELD PARISH COUNCIL", "Brookfield Parish Council")) == (
        "Brookfield Parish Council"
    )


def test_without_the_name_line_no_council_is_read_from_elsewhere():
    # the text names no council on a line of its own: the rule reads nothing (the title's
    # reading stands, whatever it is; no place is taken from further down)
    text = PAGE.replace("BROOKFIELD PARISH COUNCIL\n", "")
    text += "\nA letter from Brookfield Parish Council was noted.\n"
    assert "Brookfield" not in _body(text)


def test_a_council_named_in_a_sentence_is_not_the_body():
    text = PAGE.replace(
        "BROOKFIELD PARISH COUNCIL",
        "The minutes of Brookfield Parish Council were approved.",
    )
    assert "Brookfield" not in _body(text)


def test_a_council_of_another_kind_is_not_the_body():
    text = PAGE.replace("Minutes – Parish Council Meeting", "Minutes – Town Council Meeting")
    assert "Brookfield" not in _body(text)


def test_a_title_naming_a_place_keeps_its_own_name():
    assert (
        council_under_kind_title("Minutes – Ashby Parish Council Meeting", ["ASHBY PARISH COUNCIL"])
        == ""
    )
    assert council_under_kind_title("Planning Committee", ["ASHBY PARISH COUNCIL"]) == ""


def test_the_name_must_be_among_the_first_lines():
    lines = ["MINUTES OF MEETINGS HELD", "MONDAY 3RD JUNE 2019", "AT THE VILLAGE HALL"]
    assert (
        council_under_kind_title(
            "Minutes – Parish Council Meeting", [*lines, "ASHBY PARISH COUNCIL"]
        )
        == ""
    )
    assert council_under_kind_title(
        "Minutes – Parish Council Meeting", ["", "ASHBY PARISH COUNCIL", *lines]
    ) == ("Ashby Parish Council")


_PLACE = st.lists(
    st.sampled_from(["Ashby", "Little", "Great", "Brookfield", "Upton", "Marsh", "St", "Mary"]),
    min_size=1,
    max_size=3,
).map(" ".join)
_KIND = st.sampled_from(["Parish Council", "Town Council", "Community Council"])
_TITLE = st.sampled_from(
    [
        "Minutes – {kind} Meeting",
        "{kind} Meeting Minutes",
        "Minutes – {kind} Meeting and Annual Meeting",
        "Minutes of the {kind} Meeting",
    ]
)


@given(_PLACE, _KIND, _TITLE, st.booleans())
def test_the_full_name_under_a_kind_only_title_is_read(place, kind, title, capitals):
    line = f"{place} {kind}"
    got = council_under_kind_title(title.format(kind=kind), [line.upper() if capitals else line])
    assert got.lower() == line.lower()


@given(
    _PLACE,
    _KIND,
    _TITLE,
    st.sampled_from(
        ["A letter from {} was noted.", "The minutes of {} were approved", "Cllr Bee thanked {}"]
    ),
)
def test_a_name_inside_prose_is_never_read(place, kind, title, sentence):
    got = council_under_kind_title(title.format(kind=kind), [sentence.format(f"{place} {kind}")])
    assert got == ""


@given(_PLACE, st.sampled_from(["the", "Minutes of the", "Meeting of"]))
def test_a_heading_of_the_kind_is_no_council_name(place, words):
    # "MINUTES OF THE PARISH COUNCIL" over the title is no place's council
    got = council_under_kind_title("Minutes – Parish Council Meeting", [f"{words} Parish Council"])
    assert got == ""


@given(st.text(max_size=300))
def test_any_text_under_the_title_gives_a_name_of_its_kind_or_nothing(text):
    got = council_under_kind_title("Minutes – Parish Council Meeting", text.splitlines())
    assert got == "" or got.lower().endswith(" parish council")
    with contextlib.suppress(ParseError):
        parse_document("Minutes – Parish Council Meeting – 3rd June 2019\n" + text)
