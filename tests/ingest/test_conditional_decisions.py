"""The meeting's word inside a condition ("unless the Council decided to ...", "if it was
agreed that ...") tells of a rule or a possibility, not a decision taken: the fourth blind
measure batch's Cholmondeley minutes (round 65 of issue 14) had a summary of new regulations
counted as the meeting's decision."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import agreed_decisions

RULES = (
    "Members had been told that new regulations applied to all meetings before May. "
    "All office-holders remained in office until May, unless the Council decided to elect "
    "replacements earlier."
)


def test_a_decision_word_after_unless_is_no_decision():
    assert agreed_decisions(RULES) == []


@given(st.sampled_from(["unless", "if", "until", "whether", "Unless", "IF"]))
def test_any_condition_before_the_meetings_word_is_no_decision(word):
    text = f"The clerk would write to the owner {word} the council resolved to act before June."
    assert agreed_decisions(text) == []


def test_the_same_words_outside_a_condition_are_a_decision():
    decided = "The Council decided to elect replacements at its next meeting."
    assert agreed_decisions(decided) == [decided]
    both = RULES + " It was agreed that the clerk would circulate the regulations."
    assert agreed_decisions(both) == [
        "It was agreed that the clerk would circulate the regulations."
    ]
