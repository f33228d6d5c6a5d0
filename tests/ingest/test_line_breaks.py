"""The steps the three readers of text whose lines were lost share (``line_breaks``), and
the lines each of the three readers gives back: a notice, a ModernGov page and a record
page, printed minutes. The texts are made up, in the shapes councils print."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.agenda_notice import unflatten_notice
from moot.ingest.parse.line_breaks import on_one_line, pieces, running_on, single_spaced
from moot.ingest.parse.page_unflatten import unflatten_page, unflatten_record_page
from moot.ingest.parse.unflatten import unflatten

# --- the shared steps


def test_on_one_line_counts_only_breaks_inside_the_text():
    assert on_one_line("Agenda 1. Apologies 2. Minutes")
    assert on_one_line("\n  Agenda 1. Apologies  \n")
    assert on_one_line("")
    assert on_one_line(None)
    assert not on_one_line("Agenda\n1. Apologies")


def test_single_spaced_leaves_one_space_between_words():
    assert (
        single_spaced("  Present:\tCllr  A Bee\n\nCllr C Dee ") == "Present: Cllr A Bee Cllr C Dee"
    )


_N = re.compile(r"(?P<n>\d+)\.")


def test_running_on_keeps_the_run_and_leaves_other_numbers_as_text():
    text = "4. Budget 1. Apologies 2. Minutes 27. April 3. Planning 5. Close"
    run = running_on(
        _N.finditer(text),
        follows=lambda last, m: int(m["n"]) == int(last["n"]) + 1,
        opens=lambda m: m["n"] == "1",
    )
    assert [m["n"] for m in run] == ["1", "2", "3"]


def test_running_on_opens_with_the_first_number_unless_told():
    text = "7. A 9. B 8. C 30. D 10. E"
    run = running_on(
        _N.finditer(text),
        follows=lambda last, m: int(last["n"]) < int(m["n"]) <= int(last["n"]) + 2,
    )
    assert [m["n"] for m in run] == ["7", "9", "10"]
    assert running_on(_N.finditer(""), follows=lambda last, m: True) == []


def test_pieces_leave_out_what_each_cut_covers_and_trim_nothing():
    text = "Agenda 1 Apologies 2 Minutes"
    assert pieces(text, []) == [text]
    assert pieces(text, [(6, 6), (18, 18)]) == ["Agenda", " 1 Apologies", " 2 Minutes"]
    assert pieces(text, [(6, 7), (18, 19)]) == ["Agenda", "1 Apologies", "2 Minutes"]
    assert pieces(text, [(7, 8)]) == ["Agenda ", " Apologies 2 Minutes"]


@given(st.text(max_size=60), st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_pieces_and_the_cut_text_make_the_whole(text, marks):
    marks = sorted(min(m, len(text)) for m in marks)
    cuts = list(zip(marks[::2], marks[1::2], strict=False))
    parts = pieces(text, cuts)
    assert len(parts) == len(cuts) + 1
    whole = parts[0] + "".join(
        text[a:b] + part for (a, b), part in zip(cuts, parts[1:], strict=True)
    )
    assert whole == text


# --- the three readers, each with its own patterns


def test_a_notice_on_one_line_is_put_back_on_its_lines():
    flat = (
        "Westby Parish Council. You are summoned to a meeting on Monday 6 May 2024 at 7pm. "
        "AGENDA 1. Apologies for absence 2. Minutes of the last meeting 14 people came "
        "3. Planning Next Parish Council Meeting: 3 June 2024"
    )
    assert unflatten_notice(flat).split("\n") == [
        "Westby Parish Council. You are summoned to a meeting on Monday 6 May 2024 at 7pm.",
        "AGENDA",
        "1. Apologies for absence",
        "2. Minutes of the last meeting 14 people came",
        "3. Planning",
        "Next Parish Council Meeting: 3 June 2024",
    ]


def test_a_notice_numbered_by_reference_keeps_a_reference_out_of_the_run_as_text():
    flat = "Westby Parish Council AGENDA 24/101 Apologies 24/102 Minutes 23/7 Old matter 24/104 Planning"
    assert unflatten_notice(flat).split("\n") == [
        "Westby Parish Council",
        "AGENDA",
        "24/101 Apologies",
        "24/102 Minutes 23/7 Old matter",
        "24/104 Planning",
    ]


def test_a_moderngov_page_on_one_line_is_put_back_on_its_lines():
    flat = (
        "Agenda and minutes Council - Monday, 1st May 2023 7.00 pm Venue: The Hall Contact: "
        "Jo Bloggs Items No. Item 12. Apologies pdf icon PDF 20 KB Minutes: None were given. "
        "13. Planning Minutes: 40 houses were noted. 99. Stray"
    )
    assert unflatten_page(flat).split("\n") == [
        "Agenda and minutes",
        "Council - Monday, 1st May 2023 7.00 pm",
        "Venue: The Hall",
        "Contact: Jo Bloggs",
        "Items",
        "No. Item",
        "12.",
        "Apologies pdf icon PDF 20 KB",
        "Minutes: None were given.",
        "13.",
        "Planning",
        "Minutes: 40 houses were noted. 99. Stray",
    ]
    assert unflatten_page("Agenda and minutes\nCouncil No. Item 1. Apologies") is None


def test_a_record_page_on_one_line_is_put_back_on_its_lines():
    flat = (
        "Meeting documents Cabinet Thursday, 16th August 2007 Location Map Venue : Room 1 "
        "Index to Agendas 1. MINUTES 2. DECLARATIONS OF INTEREST 3. BUDGET"
    )
    assert unflatten_record_page(flat).split("\n") == [
        "Meeting documents",
        "Cabinet",
        "Thursday, 16th August 2007",
        "Location Map",
        "Venue : Room 1",
        "Index to Agendas",
        "",
        "1.",
        "MINUTES",
        "2.",
        "DECLARATIONS OF INTEREST",
        "3.",
        "BUDGET",
    ]
    assert unflatten_record_page("Cabinet minutes 1. MINUTES") is None


def test_printed_minutes_on_one_line_are_put_back_in_paragraphs():
    body = "The council noted the report on the matter and agreed that nothing more was needed."
    flat = (
        "Westby Parish Council Minutes of the meeting held on Monday 6 May 2024 Present: "
        "Cllr A Bee (Chair), Cllr C Dee. "
        + " ".join(f"{n}. Item Title {n} {body}" for n in range(1, 8))
    )
    assert unflatten(flat).split("\n\n") == [
        "Westby Parish Council",
        "Minutes of the meeting held on Monday 6 May 2024",
        "Present: Cllr A Bee (Chair), Cllr C Dee.",
    ] + [f"{n}. Item Title {n}\n{body}" for n in range(1, 8)]
    short = "Minutes of the meeting 1. Apologies 2. Minutes"
    assert unflatten(short) == short
