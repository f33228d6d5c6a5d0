"""A page listing several documents' titles ("Similar documents", an index of minutes) is no
meeting's minutes: it is refused, never read as the minutes of its first title's meeting
(`moot.ingest.parse.refuse_title_lists`, `agenda_pack._bare_heading`, and a document-sharing
site's "Similar documents" list taken off by `site_chrome`). Invented councils."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.site_chrome import strip_site_chrome

TITLES = [
    "Minutes of the Meeting of Ashwell with Brook Parish Council held on 22nd October 2018",
    "Minutes of the Annual Meeting of Stonebridge Town Council held on 5th May 2016",
    "Draft Minutes of Lowmoor Parish Council meeting held on Monday 3 March 2019",
    "Agenda for the meeting of Hillcrest Community Council on 9 January 2020",
    "Notes of the informal meeting of Fenby Parish Council, 14 July 2021",
]

LIST_PAGE = "\n".join(
    [
        "MINUTES OF THE MEETING HELD ON 4 TH JUNE 2016 IN THE CHURCH HALL, EASTFORD",
        "Similar documents",
        *TITLES[:4],
        "Download PDF",
    ]
)

MINUTES = """Minutes of the Meeting of Ashwell with Brook Parish Council held on 22nd October 2018
at 7.30pm in the Village Hall.

Present: Cllrs A Bee, C Dee and E Eff.

1. Apologies
Cllr G Gee.
2. Minutes of the meetings held on 3 September 2018, 17 September 2018 and 1 October 2018
RESOLVED that the minutes be signed.
"""


def test_a_list_of_documents_titles_is_refused():
    # under "Similar documents" the titles are other documents': taken off (site_chrome),
    # the one title left over them is no meeting's minutes
    with pytest.raises(ParseError):
        parse_document(LIST_PAGE)
    # with no such heading over them, the list itself is refused
    bare = LIST_PAGE.replace("Similar documents\n", "")
    with pytest.raises(ParseError, match="list of documents"):
        parse_document(bare)


def test_a_list_under_similar_documents_is_taken_off_even_with_attendance_words():
    # a site's list holds other documents' lines naming people: none of it is read
    listed = LIST_PAGE.replace(
        "Download PDF", "Present: Councillors Noble (Chair), Gollick and Worton.\n"
    )
    with pytest.raises(ParseError):
        parse_document(listed)
    assert strip_site_chrome(listed).strip() == LIST_PAGE.splitlines()[0]


def test_minutes_naming_earlier_minutes_are_still_read():
    # the same heading with the minutes under it, naming three earlier meetings' minutes
    meeting = parse_document(MINUTES).meetings[0]
    assert meeting.body_name == "Ashwell with Brook Parish Council"
    assert meeting.date.isoformat() == "2018-10-22" and len(meeting.items) == 2


def test_a_minutes_heading_with_nothing_under_it_reads_no_meeting():
    # two titles only (fewer than a list): the heading with nothing under it is no minutes,
    # and the heading with minutes under it is read
    text = TITLES[1] + "\n" + MINUTES
    dates = [m.date.isoformat() for m in parse_document(text).meetings]
    assert dates == ["2018-10-22"]


@given(
    st.permutations(TITLES),
    st.integers(min_value=3, max_value=len(TITLES)),
    st.sampled_from(["", "Similar documents\n", "Related minutes\n", "See also\n"]),
)
def test_any_list_of_three_or_more_titles_is_refused_in_any_order(titles, count, label):
    with pytest.raises(ParseError):
        parse_document(label + "\n".join(titles[:count]) + "\nDownload PDF\n")
