"""Round fid68: an Irish county council's minutes: the heading's venue with "Co." (an
Irish county in an address) is no sentence's end, so the date after it is read;
"PRESENT IN THE CHAIR:" and "OFFICIALS IN ATTENDANCE:" at a line's start are attendance
labels, never items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from tests.ingest.mangling import mangled_lines, read_or_refused, spliced

IRISH = """\
MINUTES OF PROCEEDINGS AT MEETING OF CARRIGMORE COUNTY COUNCIL HELD AT THE

COUNTY BUILDINGS, ABBEY STREET, BALLYBEG, CO. WESTMEATH, ON MONDAY, 9TH MARCH, 2015, AT 2PM.

PRESENT IN THE CHAIR:  Councillor T. Quigley, Cathaoirleach.

OFFICIALS IN ATTENDANCE:

County Secretary (Mr. R. Moran), Senior Engineer (Ms. A. Tully).

The Cathaoirleach welcomed the members.
"""


def test_county_abbreviation_in_the_venue_is_no_sentence_end():
    meeting = parse_document(IRISH).meetings[0]
    assert meeting.date.isoformat() == "2015-03-09"
    assert meeting.start_time.strftime("%H:%M") == "14:00"
    assert meeting.body_name == "Carrigmore County Council"


def test_lower_case_county_abbreviation_too():
    text = IRISH.replace("CO. WESTMEATH", "Co. Westmeath")
    assert parse_document(text).meetings[0].date.isoformat() == "2015-03-09"


def test_irish_attendance_labels_are_no_items():
    meeting = parse_document(IRISH).meetings[0]
    assert meeting.items == []
    assert [p.name for p in meeting.attendance.present] == ["Councillor T. Quigley"]


def test_flattened_reads_the_date():
    result = read_or_refused(parse_document, " ".join(IRISH.split()))
    if result is not None:
        assert result.meetings[0].date.isoformat() == "2015-03-09"


@given(spliced([IRISH]))
def test_spliced_texts_read_or_refused(text):
    read_or_refused(parse_document, text)


@given(st.just(IRISH).flatmap(lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))))
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
