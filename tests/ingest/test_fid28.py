"""Issue 14, the twenty-eighth fidelity round: parish council minutes whose heading names
only the kind of council, with "N)" minute numbers and sub-numbered paragraphs ("8.2
Resolved – that ..."). Texts here are written for the tests (not copied from a fidelity
document). Never invent: a decision is counted only where the meeting's own word opens
its line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import agreed_decisions

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
