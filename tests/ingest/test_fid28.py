"""Issue 14, the twenty-eighth fidelity round: parish council minutes whose heading names
only the kind of council, with "N)" minute numbers and sub-numbered paragraphs ("8.2
Resolved – that ..."). Texts here are written for the tests (not copied from a fidelity
document). Never invent: a decision is counted only where the meeting's own word opens
its line."""

from __future__ import annotations

import contextlib
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.unflatten import flat_title
from tests.ingest.mangling import read_or_refused

# --- decisions in sub-numbered paragraphs ------------------------------------------------


def test_a_sub_numbered_paragraph_opening_with_resolved_is_a_decision():
    text = (
        " 4.1 The bench by the green has been mended.\n"
        " 4.2 Resolved – that the council supports a lower speed limit.\n"
        " 4.3 Parking is a problem. Resolved – to write to the school about it"
    )
    found = agreed_decisions(text)
    assert len(found) == 2
    assert found[0].startswith("Resolved – that the council supports")
    assert found[1].startswith("Resolved – to write to the school")


def test_each_sub_numbered_agreed_line_is_a_decision_of_its_own():
    text = (
        "9.1 Agreed – to raise no objection to the porch at Mill House\n"
        " 9.2 Agreed – to raise no objection to the garage at the Old Forge"
    )
    assert len(agreed_decisions(text)) == 2


def test_agreed_and_a_dash_before_what_was_agreed_is_a_decision():
    assert len(agreed_decisions("Agreed – Mar 3rd, May 12th, Sept 8th at 7.30pm.")) == 1


def test_a_sub_number_before_other_words_adds_no_decision():
    # the meeting's word is not what opens the line
    assert agreed_decisions(" 6.2 The clerk agreed by email to order a new sign.") == []
    assert agreed_decisions(" 6.3 Cllr Brown resolved to look into it.") == []
    # "Agreed by" one person, with no dash: no decision
    assert agreed_decisions("Agreed by Cllr Brown after the meeting.") == []
    # a dash then nothing in capitals or figures: not read
    assert agreed_decisions("Agreed – and then the item was left.") == []


@given(
    st.from_regex(r"\d{1,2}\.\d{1,2}", fullmatch=True),
    st.sampled_from(["Agreed", "Resolved", "AGREED"]),
    st.sampled_from(["that", "to"]),
)
def test_any_sub_number_before_the_meetings_word_is_read(number, word, joiner):
    text = f"Minute text.\n {number} {word} – {joiner} order a new noticeboard."
    assert len(agreed_decisions(text)) == 1


@given(st.text(max_size=200))
def test_agreed_decisions_never_raises(text):
    assert isinstance(agreed_decisions(text), list)


# --- the meeting's word in capitals after the words of its vote ------------------------


def test_capital_agreed_after_the_words_of_a_vote_is_a_decision_each_line():
    text = (
        "- 21/100200/FULL 4 Church Lane\n"
        "Erection of a garden room.\n"
        "Unanimously AGREED to recommend APPROVAL\n"
        "- 21/100300/SUB The Grange\n"
        "Discharge of conditions\n"
        "No Comments and AGREED to go with decision of Planning Officer\n"
        "- 21/100400/SUB Mill Farm\n"
        "No objections and RESOLVED to support the application"
    )
    assert len(agreed_decisions(text)) == 3
    assert len(agreed_decisions("Members AGREED that no item needed the public to leave")) == 1


def test_capital_agreed_after_a_persons_name_is_no_decision():
    assert agreed_decisions("Cllr Brown AGREED to look at the hedge.") == []
    assert agreed_decisions("The Clerk AGREED to write to the highways team.") == []
    # in lower case, "members agreed that" an opinion is still none
    assert agreed_decisions("Members agreed that the new hall was a fine building.") == []


# --- a joint committee and council meeting's heading -----------------------------------

JOINT_MINUTES = """Minutes of the Joint Planning Committee and Full Parish Council Meeting held
on Thursday 9th March 2023 at 7.30pm
in the Village Hall
Present: Cllrs Ann Barker (AB), Colin Dale (CD), Eve Frost (EF)
In attendance: Gina Hale (Clerk)
101 APOLOGIES FOR ABSENCE
Cllr Ian Jones
102 MINUTES
The Minutes of the meeting held on 9th February 2023 were APPROVED.
103 PLANNING
- 23/000111/FULL 2 Mill Lane
Unanimously AGREED to recommend APPROVAL
"""


def test_a_joint_committee_and_council_heading_names_the_kind_of_council():
    (m,) = parse_document(JOINT_MINUTES).meetings
    assert m.date == date(2023, 3, 9)
    assert m.start_time == time(19, 30)
    assert m.body_name == "Parish Council"
    assert [i.number for i in m.items] == ["101", "102", "103"]
    assert sum(len(i.resolutions) for i in m.items) == 2


def test_a_joint_heading_without_its_year_is_still_refused():
    # no year is guessed: not from the weekday, nor from another meeting's date
    with pytest.raises(ParseError):
        parse_document(JOINT_MINUTES.replace("9th March 2023", "9th March"))


def test_a_committees_own_heading_is_not_read_as_the_councils():
    # the committee alone, no council after "and": not this heading
    text = JOINT_MINUTES.replace(
        "Joint Planning Committee and Full Parish Council", "Planning Committee"
    )
    (m,) = parse_document(text).meetings
    assert m.body_name != "Parish Council"


@given(st.text(max_size=300))
def test_mangled_joint_minutes_import_or_are_refused_cleanly(noise):
    read_or_refused(parse_document, JOINT_MINUTES[: len(noise) % len(JOINT_MINUTES)] + noise)


def test_sub_numbered_decisions_in_text_run_onto_one_line_are_each_read():
    text = (
        "Reports 4.1 The bench by the green has been mended 4.2 Resolved – that the council "
        "supports a lower speed limit. 4.3 Parking is a problem. Resolved – to write to the school"
    )
    assert len(agreed_decisions(text)) == 2
    # a sum of money before the word opens no decision of its own
    assert agreed_decisions("The grass was cut for £12.50 and the bill paid.") == []


# --- minute numbers closed by a bracket, one left out ---------------------------------

RUN_ON_MINUTES = (
    "Minutes of the Parish Council Meeting held on Monday 4th March 2024 at 7.30 p.m. in the "
    "Hall 1) Chairman The Chairman welcomed all 2) Present: In the Chair B.Ash, C.Birch and "
    "D.Cole (clerk). 3) Apologies E.Dale 4) Declarations of Interest None 5) Minutes The "
    "minutes were approved and signed by the chairman. 6) Matters Arising The bench by the "
    "pond has been mended and the notice board painted; the hedge along the lane is to be "
    "cut back before the spring, and the clerk will write to the owner of the field about "
    "the gate, which has been left open again. "
    "8) Village Green The grass will be cut. 9) Planning No applications 10) Meeting Dates "
    "To be set in May"
)


def test_a_bracket_number_run_may_skip_one_number_when_run_together():
    (m,) = parse_document(RUN_ON_MINUTES).meetings
    numbers = [i.number for i in m.items]
    assert numbers[:6] == ["1", "2", "3", "4", "5", "6"]
    assert numbers[6:] == ["8", "9", "10"]


def test_plain_numbers_may_not_skip_one():
    # numbers without a bracket: a gap ends the run (prose is full of numbers)
    text = RUN_ON_MINUTES.replace(")", ".")
    (m,) = parse_document(text).meetings
    assert "8" not in [i.number for i in m.items][:6]


@given(st.lists(st.integers(1, 30), min_size=1, max_size=12), st.text(max_size=80))
def test_run_together_bracket_numbers_in_any_order_parse_or_refuse_cleanly(numbers, noise):
    tail = " ".join(f"{n}) Item Title words here {noise}" for n in numbers)
    with contextlib.suppress(ParseError):
        parse_document(RUN_ON_MINUTES + " " + tail)


# --- titles and decisions in text run onto one line ---------------------------------


def test_a_run_on_title_ends_before_the_meetings_word_and_a_paragraph_number():
    assert flat_title("Allotments Agreed – that a sign be put up") == "Allotments"
    assert flat_title("Village Green Resolved to defer the matter") == "Village Green"
    assert flat_title("Planning 11.1 Agreed – to raise no objection") == "Planning"
    # the word without a dash, "that" or "to" is part of the title
    assert flat_title("Agreed Budget Report for the year") == "Agreed Budget Report for the year"
    # a title in capitals is read as before
    assert flat_title("PLANNING 11.1 The clerk") == "PLANNING 11.1"


def test_a_second_agreed_with_a_dash_inside_a_run_on_sentence_is_a_decision_of_its_own():
    text = (
        "Agreed – that a sign for the gate be bought from the allotment fund Agreed – that "
        "the old cup sign be moved to the allotments"
    )
    assert len(agreed_decisions(text)) == 2
    # "agreed" in lower case inside a sentence opens nothing
    assert len(agreed_decisions("Agreed – that the Clerk, as agreed – to write, does so.")) == 1


@given(st.text(max_size=120))
def test_flat_title_never_raises(segment):
    assert isinstance(flat_title(segment), str)
