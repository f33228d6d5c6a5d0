"""Calendars (RFC 5545) and Atom feeds parse and carry the public record."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import icalendar
import pytest

from moot.meetings import services
from moot.meetings.models import Meeting
from tests.portal.helpers import BODY

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def events(client, url: str) -> list:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    return calendar, list(calendar.walk("VEVENT"))


def test_calendar_has_the_five_meetings_in_london_time(client, example):
    calendar, vevents = events(client, "/calendar.ics")
    assert len(vevents) == 5
    starts = sorted(e.decoded("DTSTART") for e in vevents)
    assert [s.date() for s in starts] == [
        date(2021, 3, 25),
        date(2021, 7, 29),
        date(2021, 10, 28),
        date(2022, 1, 27),
        date(2022, 4, 28),
    ]
    july = next(e for e in vevents if e.decoded("DTSTART").date() == date(2021, 7, 29))
    assert july["DTSTART"].params["TZID"] == "Europe/London"
    assert july.decoded("DTSTART").hour == 9 and july.decoded("DTSTART").minute == 30
    assert str(july["STATUS"]) == "CONFIRMED"
    assert "City Hall" in str(july["LOCATION"])
    assert str(july["URL"]).endswith("/bodies/health-and-wellbeing-board/meetings/2021-07-29/")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert len({str(e["UID"]) for e in vevents}) == 5
    assert b"\r\n" in client.get("/calendar.ics").content


def test_uids_are_stable_and_cancelled_meetings_say_so(
    client, example, django_capture_on_commit_callbacks
):
    _, before = events(client, "/calendar.ics")
    meeting = Meeting.objects.get(date=date(2021, 10, 28))
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(meeting=meeting, reason="The Board has no business.")
    _, after = events(client, "/calendar.ics")
    assert {str(e["UID"]) for e in before} == {str(e["UID"]) for e in after}
    october = next(e for e in after if e.decoded("DTSTART").date() == date(2021, 10, 28))
    assert str(october["STATUS"]) == "CANCELLED"
    assert "The Board has no business." in str(october["DESCRIPTION"])


def test_body_calendar(client, example):
    _, vevents = events(client, BODY + "calendar.ics")
    assert len(vevents) == 5
    assert client.get("/bodies/no-such-body/calendar.ics").status_code == 404


def atom(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}updated").text
    return root


def test_decisions_feed(client, example):
    root = atom(client, "/feeds/decisions.xml")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert any(t.startswith("20. Minutes of the Previous Meeting") for t in titles)
    summaries = " ".join(e.find(f"{ATOM}summary").text for e in entries)
    assert "be confirmed as a correct record" in summaries
    for entry in entries:
        assert entry.find(f"{ATOM}id").text
        assert "#resolution-" in entry.find(f"{ATOM}link").get("href")


def test_documents_feed(client, example):
    root = atom(client, "/feeds/documents.xml")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 7
    titles = {e.find(f"{ATOM}title").text for e in entries}
    assert "Appendix C: Spotlight on Good Practice and Innovation" in titles
    assert "LLR System Health Inequalities Framework" in titles


@pytest.mark.parametrize("url", ["/feeds/decisions.xml", "/feeds/documents.xml"])
def test_feed_and_entries_name_the_authority_as_author(client, example, url):
    """RFC 4287 4.1.1: an atom:feed has an atom:author unless every entry has one."""
    root = atom(client, url)
    author = root.find(f"{ATOM}author")
    assert author is not None, f"{url} has no atom:author on the feed"
    assert author.find(f"{ATOM}name").text == "Leicester City Council"
    assert author.find(f"{ATOM}uri").text == "https://www.leicester.gov.uk"
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "Leicester City Council"
