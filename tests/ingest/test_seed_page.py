"""The ModernGov "Agenda and minutes" page seed."""

from datetime import date, time

import pytest

from moot.ingest.parse import parse_moderngov_page
from tests.ingest.helpers import SEED_PAGE_TITLES


@pytest.fixture(scope="module")
def meeting(page_text):
    result = parse_moderngov_page(page_text)
    assert result.source_kind == "moderngov-page"
    assert len(result.meetings) == 1
    return result.meetings[0]


def test_heading(meeting):
    assert meeting.body_name == "Health and Wellbeing Board"
    assert meeting.kind == "special"  # "Special Meeeting" (sic)
    assert meeting.date == date(2021, 3, 25)
    assert meeting.start_time == time(10, 0)
    assert meeting.venue == "Meeting taking place on Zoom"
    assert meeting.contact.name == "Graham Carey"
    assert meeting.contact.phone == "0116 4546356"
    assert meeting.closed_at == time(12, 5)
    assert meeting.warnings == []


def test_items(meeting):
    assert [i.number for i in meeting.items] == [str(n) for n in range(17, 27)]
    assert [i.title for i in meeting.items] == SEED_PAGE_TITLES
    assert all(i.minutes_label == "Minutes" for i in meeting.items)


def test_documents(meeting):
    docs = meeting.item("20").documents
    assert len(docs) == 1
    assert docs[0].title == "MINUTES OF THE PREVIOUS MEETING"
    assert docs[0].size_bytes == 246 * 1024
    assert docs[0].file_type == "pdf"
    assert docs[0].kind == "report"
    assert meeting.item("21").documents[0].size_bytes == 127 * 1024
    assert meeting.item("17").documents == []


def test_partial_minutes(meeting):
    partial = [i.number for i in meeting.items if i.minutes_partial]
    assert partial == ["21", "22", "23"]
    for n in partial:
        text = meeting.item(n).minutes_text
        assert "view the full minutes text" not in text
        assert not text.endswith("...")


def test_texts_and_resolutions(meeting):
    assert meeting.item("20").resolutions == [
        "The Minutes of the previous meeting of the Board held on 19 November 2020 be "
        "confirmed as a correct record."
    ]
    assert meeting.item("21").resolutions == []  # cut before its RESOLVED block
    assert meeting.item("19").agenda_text.startswith("Members are asked to declare")
    assert meeting.item("17").agenda_text == ""
    assert meeting.item("17").minutes_text.startswith("The Chair welcomed")
    assert "\u00a0" not in meeting.item("21").minutes_text
    assert "- Provide a system mandate" in meeting.item("21").minutes_text
    assert meeting.item("21").presenters == ["Sarah Prema"]
    assert meeting.item("23").presenters == []  # an organisation, not a person


def test_apologies(meeting):
    assert meeting.attendance is not None
    assert [p.name for p in meeting.attendance.apologies] == [
        "Rebecca Browne",
        "Andrew Fry",
        "Oliver Newbould",
        "Andy Williams",
    ]
    assert meeting.attendance.apologies[1].role_text == (
        "College Director of Research, Leicester University"
    )
    assert meeting.attendance.present == []
