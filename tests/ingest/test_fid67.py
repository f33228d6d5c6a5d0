"""Round fid67: a ModernGov meeting page or issue history run onto one line (a page's text
copied out flat) is read when a site's few words come before the page's title, and a
meeting page whose heading prints the committee's name over its day and date (no dash
between) has that heading put back on its two lines; anything else is left as it was."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.page_unflatten import is_flat_page, unflatten_page
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

# a meeting page of an invented borough, saved with the site's words before ModernGov's
# title, its heading printed "Committee" over "Day, DATE TIME", then flattened
PAGE_LINES = """\
Ashcombe Borough homepage Jobs
Agenda and minutes
Licensing Committee
Tuesday, 14th March, 2023 2.00 pm
Meetings of this committee are filmed for the borough's website.
Venue: Committee Room 2, Town Hall
Contact: Dana Dell  01234 567890
Items
No. Item
4.
Apologies for Absence
Minutes:
Apologies for absence were received from Councillors Ann Abel and Ben Birch.
5.
Minutes of the previous meeting pdf icon PDF 120 KB
Minutes:
RESOLVED that the minutes of the meeting held on 7th February 2023 be approved.
6.
Hackney Carriage Fares
Minutes:
The Committee agreed the table of fares set out in the report.
"""
PAGE = " ".join(PAGE_LINES.split())

# an issue history of an invented board, a site's words before its title, flattened
ISSUE = (
    "Skip to content How can we help? Issue - meetings Budget Monitoring Meeting: 14/03/2023 "
    "- Audit Board (Item 7) 7 Budget Monitoring Report pdf icon PDF 100 KB Decision: The Board "
    "resolved to note the report. Minutes: The Board had before it a report on the budget."
)


def test_flat_page_with_a_site_lead_and_a_dashless_heading_is_read():
    assert detect_kind(PAGE) == "moderngov-page"
    (meeting,) = parse_document(PAGE).meetings
    assert meeting.body_name == "Licensing Committee"
    assert meeting.date == date(2023, 3, 14)
    assert meeting.start_time == time(14, 0)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "Apologies for Absence"),
        ("5", "Minutes of the previous meeting"),
        ("6", "Hackney Carriage Fares"),
    ]
    names = sorted(p.name for p in meeting.attendance.apologies)
    assert any("Abel" in n for n in names) and any("Birch" in n for n in names)


def test_dashless_heading_put_on_its_two_lines():
    lines = unflatten_page(PAGE).splitlines()
    assert lines[:4] == [
        "Ashcombe Borough homepage Jobs",
        "Agenda and minutes",
        "Licensing Committee",
        "Tuesday, 14th March, 2023 2.00 pm",
    ]


def test_the_page_on_lines_reads_the_same():
    (flat,) = parse_document(PAGE).meetings
    (lined,) = parse_document(PAGE_LINES).meetings
    assert (flat.body_name, flat.date, len(flat.items)) == (
        lined.body_name,
        lined.date,
        len(lined.items),
    )


def test_too_many_words_before_the_title_is_no_flat_page():
    body = PAGE[PAGE.index("Agenda and minutes") :]
    assert is_flat_page("Ashcombe Borough homepage Jobs " + body)
    assert not is_flat_page("one two three four five six seven eight nine " + body)
    # a lone "Agenda" after a site's words is a word a sentence may hold, no page's title
    assert not is_flat_page(
        "Ashcombe Borough homepage Jobs " + body.replace("Agenda and minutes", "Agenda", 1)
    )


def test_a_sentence_before_the_date_is_no_heading():
    text = PAGE.replace("Licensing Committee Tuesday", "The Committee met on Tuesday")
    lines = unflatten_page(text).splitlines()
    assert "Tuesday, 14th March, 2023 2.00 pm" not in lines


def test_a_heading_with_its_dash_is_left_as_it_is():
    text = PAGE.replace("Licensing Committee Tuesday", "Licensing Committee - Tuesday")
    lines = unflatten_page(text).splitlines()
    assert lines[2].startswith("Licensing Committee - Tuesday, 14th March, 2023 2.00 pm")
    (meeting,) = parse_document(text).meetings
    assert meeting.body_name == "Licensing Committee"


def test_flat_issue_history_after_a_site_lead_is_read():
    (meeting,) = parse_document(ISSUE).meetings
    assert meeting.body_name == "Audit Board"
    assert meeting.date == date(2023, 3, 14)
    assert [(i.number, i.title) for i in meeting.items] == [("7", "Budget Monitoring Report")]
    assert len(meeting.items[0].resolutions) == 1


@MANGLING
@given(spliced([PAGE, ISSUE, PAGE_LINES]))
def test_spliced_texts_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    for meeting in result.meetings if result else []:
        # no date but the page's own is ever read as the meeting's
        assert meeting.date in (None, date(2023, 3, 14), date(2023, 2, 7))


@MANGLING
@given(
    st.tuples(
        st.sampled_from([PAGE_LINES, ISSUE.replace(" Meeting:", "\nMeeting:")]).flatmap(
            lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
        ),
        st.booleans(),
    ).map(lambda t: " ".join(t[0].split()) if t[1] else t[0])
)
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
