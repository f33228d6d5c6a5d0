"""Issue 14, fidelity round 11 (the thirteenth round of the issue): a rule from the dev set's
leftover notes, tested on text written for the test: "An apology for absence was received
Cllr A. Bee" (the word "from" left out before an honorific) names an apology, in a minute's
title and in its one line of text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from tests.ingest.helpers import families
from tests.ingest.mangling import read_or_refused

HEAD = """Brookfield Parish Council
Minutes of the Meeting of the Parish Council held on Monday 6th July 2020 at 7.30pm
Present: Cllr G. Bee (Chairman), Cllr C. Dee, Cllr M. Fox
"""

IN_TITLE = (
    HEAD
    + """
1. Apologies for absence An apology for absence was received Cllr A. Hay, who had work.

2. Minutes of the last meeting
The minutes were approved.
"""
)

IN_TEXT = (
    HEAD
    + """
1. Apologies for absence
Apologies were received Mr B. Jay and Cllr C Lee.

2. Minutes of the last meeting
The minutes were approved.
"""
)


def test_an_apology_received_without_from_in_the_title_is_read():
    (m,) = parse_document(IN_TITLE).meetings
    assert families(m.attendance.apologies) == ["hay"]
    assert families(m.attendance.present) == ["bee", "dee", "fox"]


def test_apologies_received_without_from_in_the_minute_text_are_read():
    # (the line's list read these before this rule too: a guard that the rule keeps them)
    (m,) = parse_document(IN_TEXT).meetings
    assert families(m.attendance.apologies) == ["jay", "lee"]


def test_received_before_a_name_outside_an_apology_names_no_one():
    # "was received" before an honorific in a sentence saying nothing of apologies is prose
    text = IN_TEXT.replace(
        "Apologies were received Mr B. Jay and Cllr C Lee.",
        "The report was received Cllr C Lee said it was fine.",
    )
    (m,) = parse_document(text).meetings
    assert m.attendance is None or families(m.attendance.apologies) == []


_FAMILY = st.sampled_from(["Hay", "Jay", "Lee", "Owen", "Kerr", "Nash"])
_HONORIFIC = st.sampled_from(["Cllr", "Councillor", "Mr", "Mrs", "Dr"])


@given(
    _HONORIFIC,
    st.sampled_from(["", "A. ", "A B "]),
    _FAMILY,
    st.sampled_from([".", ", who was away."]),
)
def test_the_one_name_after_received_is_the_apology(honorific, initials, family, rest):
    text = IN_TITLE.replace("Cllr A. Hay, who had work.", f"{honorific} {initials}{family}{rest}")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.apologies) == [family.lower()]


@given(st.text(alphabet="Aa pologyCcllr.,receivdwsfomHJ\n", max_size=80))
def test_mangled_apology_lines_raise_only_a_parse_error(line):
    text = IN_TITLE.replace("An apology for absence was received Cllr A. Hay, who had work.", line)
    read_or_refused(parse_document, text)
