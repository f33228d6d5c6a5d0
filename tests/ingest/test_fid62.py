"""Round fid62: a ModernGov meeting page's heading may open (or close) with a note of the
date the meeting was moved from or to ("Moved from 9th October 2018, Cabinet - Tuesday, 2nd
October, 2018 2.00 pm"): the note names another date, never the body; the body is the name
left beside it, and the meeting is neither cancelled nor postponed for it. And a line
opening with the label "Minutes:" or "Decision:" (a capital after it) opens the item's
minutes however long it is, as a page whose lines were put back from one run of text
prints it. A decision's details page saved without the decision's title (a label right
under "Decision details") takes none of its lines for the title and imports no item; such a page run onto one line gets its lines back before each of its
labels ("Is Key decision?:" one label)."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import kind_and_body
from moot.ingest.parse.moderngov_page import parse_moderngov_page
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

MOVED_FROM = """\
Agenda and minutes

Rescheduled from 14th March 2024, Licensing Panel - Thursday, 7th March, 2024 6.30 pm

Venue: Room 2, Civic Offices, Ashcombe

Contact: Dana Dale, Democratic Services

Items
No. Item

12.

Apologies for Absence

Minutes:

Apologies were received from Councillor Eve Elm.

13.

Minutes of the last meeting

Minutes:

RESOLVED that the minutes of the meeting held on 1 February 2024 be approved.
"""

# the note after the body's name, in brackets, the date in figures
MOVED_TO = """\
Agenda

Overview Board (Moved to 21/03/2024) - Tuesday 12 March 2024 10.00 am

Venue: Council Chamber

Items
No. Item

1.

Apologies

2.

Work Programme
"""

# a heading that is the note alone: no body is named
NOTE_ONLY = MOVED_FROM.replace(
    "Rescheduled from 14th March 2024, Licensing Panel - ", "Rescheduled from 14th March 2024 - "
)


# minutes whose paragraphs follow their labels on the same line, as when the page's lines
# were put back from a text copied out as one run
LONG_LABELLED = """\
Agenda and minutes

Scrutiny Board - Monday, 4th November, 2019 7.00 pm

Venue: Council Chamber, Town Hall

Items
No. Item

20.

Minutes of the previous meeting

Minutes: The minutes of the meeting of the Board held on 7th October 2019 were agreed as a correct record and signed by the Chair after one correction.

21.

Exclusion of the public

Minutes: RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the item below on the grounds that it involves exempt information.
"""


def test_long_labelled_minutes_are_the_items_minutes():
    (meeting,) = parse_moderngov_page(LONG_LABELLED).meetings
    assert [len(i.resolutions) for i in meeting.items] == [1, 1]
    assert meeting.items[1].minutes_text.startswith("RESOLVED that under Section 100A(4)")


def test_long_labelled_minutes_read_from_one_line():
    flat = " ".join(LONG_LABELLED.split())
    (meeting,) = parse_document(flat).meetings
    assert [i.number for i in meeting.items] == ["20", "21"]
    assert [len(i.resolutions) for i in meeting.items] == [1, 1]


def test_a_long_line_without_the_label_is_not_minutes():
    # "Minutes of interest:" is no label; a long "Minutes: see ..." running on in lower case
    # is the agenda's text about minutes, no label of the item's minutes
    for label in ("Minutes of interest: RESOLVED", "Minutes: see the report, RESOLVED"):
        text = LONG_LABELLED.replace("Minutes: RESOLVED", label)
        (meeting,) = parse_moderngov_page(text).meetings
        assert meeting.items[1].minutes_text == "", label


UNTITLED_DECISION = """\
Decision details

Decision status: Recommendations Approved

Is Key decision?: No

Decision:

RESOLVED: That the revised fees for allotments be adopted from 1 April.

Date of decision: 12/03/2025

Decided at meeting: 12/03/2025 - Executive Board
"""
TITLED_DECISION = UNTITLED_DECISION.replace(
    "Decision details\n", "Decision details\n\nAllotment fees\n"
)


def test_untitled_decision_reads_no_item():
    (meeting,) = parse_document(UNTITLED_DECISION).meetings
    assert meeting.body_name == "Executive Board"
    assert meeting.date == date(2025, 3, 12)
    assert meeting.items == []
    assert any("without the decision's title" in w for w in meeting.warnings)


def test_titled_decision_keeps_its_item():
    (meeting,) = parse_document(TITLED_DECISION).meetings
    (item,) = meeting.items
    assert item.title == "Allotment fees"
    assert len(item.resolutions) == 1


def test_decision_details_read_from_one_line():
    for text in (TITLED_DECISION, UNTITLED_DECISION):
        flat = " ".join(text.split())
        (meeting,) = parse_document(flat).meetings
        assert (meeting.body_name, meeting.date) == ("Executive Board", date(2025, 3, 12))
        assert [(i.title, len(i.resolutions)) for i in meeting.items] == (
            [("Allotment fees", 1)] if text is TITLED_DECISION else []
        )


def test_moved_from_note_is_not_the_body():
    (meeting,) = parse_moderngov_page(MOVED_FROM).meetings
    assert meeting.body_name == "Licensing Panel"
    assert meeting.date == date(2024, 3, 7)
    assert meeting.start_time == time(18, 30)
    assert meeting.status == ""
    assert [i.number for i in meeting.items] == ["12", "13"]
    assert any("Rescheduled from 14th March 2024" in w for w in meeting.warnings)


def test_moved_to_note_in_brackets_is_not_the_body():
    (meeting,) = parse_moderngov_page(MOVED_TO).meetings
    assert meeting.body_name == "Overview Board"
    assert meeting.date == date(2024, 3, 12)
    assert meeting.status == ""


def test_note_forms():
    assert kind_and_body("Moved from 9th October 2018, Cabinet")[1] == "Cabinet"
    assert kind_and_body("Re-arranged from Monday, 3 June, Council")[1] == "Council"
    assert kind_and_body("Planning Committee - Postponed to 4/5/2021")[1] == "Planning Committee"
    # the note alone names no body: nothing is read from its words
    assert kind_and_body("Moved from 9th October 2018")[1] == ""
    # words of the note with no date after them are not such a note
    assert kind_and_body("Rescheduled Business, Audit Committee")[1] != ""


def test_note_alone_reads_no_body():
    result = read_or_refused(parse_moderngov_page, NOTE_ONLY)
    for meeting in result.meetings if result else []:
        assert meeting.body_name in ("", None)


NOTES = ("Rescheduled from 14th March 2024, ", "(Moved to 21/03/2024)")


def _no_note_in_body(text, result):
    """Where a heading's note is printed whole, none of its words is read as the body; no
    decision's words are read as an item's title."""
    for meeting in result.meetings if result and "Decision details" in text else []:
        assert not any(i.title.startswith("RESOLVED") for i in meeting.items)
    if not result or not any(n in text for n in NOTES):
        return
    for meeting in result.meetings:
        body = (meeting.body_name or "").lower()
        assert not any(w in body.split() for w in ("rescheduled", "moved", "from", "to")), body


@MANGLING
@given(spliced([MOVED_FROM, MOVED_TO, NOTE_ONLY, LONG_LABELLED, UNTITLED_DECISION]))
def test_spliced_texts_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    _no_note_in_body(text, result)


@MANGLING
@given(
    st.sampled_from([MOVED_FROM, MOVED_TO, NOTE_ONLY, LONG_LABELLED, UNTITLED_DECISION]).flatmap(
        lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
    )
)
def test_mangled_lines_read_or_refused(text):
    _no_note_in_body(text, read_or_refused(parse_document, text))
