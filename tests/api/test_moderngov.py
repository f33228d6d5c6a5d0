"""The ModernGov-compatible web service, read the way public harvesters read ModernGov:
lower-case element names found anywhere under the root, dates as dd/mm/yyyy, ids as
numbers (docs/api.md lists the harvesters whose parsing this follows)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from moot.meetings.models import Meeting

pytestmark = pytest.mark.django_db

WS = "/mgWebService.asmx"


def text(element, name: str) -> str:
    found = element.find(f".//{name}")
    return (found.text or "").strip() if found is not None else ""


def parse(response) -> ET.Element:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own answer)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_harvester_reads_the_board_its_2021_meetings_and_one_meeting(client, example, method):
    call = getattr(client, method)
    committees = parse(call(f"{WS}/GetCommittees", {"lDummy": "0"} if method == "get" else {}))
    board = next(
        c
        for c in committees.iter("committee")
        if text(c, "committeetitle") == "Health and Wellbeing Board"
    )
    assert text(board, "committeeexpired") == "False"
    committee_id = int(text(board, "committeeid"))
    assert committee_id == example.pk

    found = parse(
        call(
            f"{WS}/GetMeetings",
            {"lCommitteeId": committee_id, "sFromDate": "01/01/2021", "sToDate": "31/12/2021"},
        )
    )
    meetings = {
        datetime.strptime(text(m, "meetingdate"), "%d/%m/%Y").date(): int(text(m, "meetingid"))
        for m in found.iter("meeting")
    }
    expected = Meeting.objects.filter(body=example, date__year=2021)
    assert set(meetings) == {m.date for m in expected}
    assert all(text(m, "committeeid") == str(committee_id) for m in found.iter("meeting"))
    march_id = meetings[datetime(2021, 3, 25).date()]

    meeting = parse(call(f"{WS}/GetMeeting", {"lMeetingId": march_id}))
    assert text(meeting, "meetingdate") == "25/03/2021"
    assert text(meeting, "meetingtime") == "10:00"
    assert text(meeting, "committeetitle") == "Health and Wellbeing Board"
    items = [
        (text(i, "fulldisplaynumberformat"), text(i, "agendaitemtitle"))
        for i in meeting.iter("agendaitem")
    ]
    march = Meeting.objects.get(pk=march_id)
    assert items == [(i.number, i.title) for i in march.items.order_by("order")]
    assert any(a.get("name") for a in meeting.iter("attendee"))
    assert any(text(i, "minutestext") for i in meeting.iter("agendaitem"))


def test_councillors_by_ward(client, example):
    root = parse(client.get(f"{WS}/GetCouncillorsByWard"))
    names = [text(c, "fullusername") for w in root.iter("ward") for c in w.iter("councillor")]
    assert "Councillor Vi Dempster" in names
    assert all(text(c, "councillorid").isdigit() for c in root.iter("councillor"))


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/GetAgenda", 404, "Request format is unrecognized for URL unexpectedly ending in"),
        ("/GetMeeting", 400, "Missing parameter: lMeetingId"),
        ("/GetMeeting?lMeetingId=abc", 400, "Cannot convert abc to System.Int32"),
        ("/GetMeetings?lCommitteeId=1&sFromDate=2021-01-01&sToDate=31/12/2021", 400, "sFromDate"),
        ("/GetMeetings?lCommitteeId=1&sFromDate=01/01/2021", 400, "Missing parameter: sToDate"),
    ],
)
def test_bad_operations_and_parameters_answer_like_asp_net_never_500(
    client, example, path, status, words
):
    response = client.get(WS + path)
    assert response.status_code == status
    assert words in response.content.decode()


def test_an_unknown_meeting_is_an_empty_meeting_element(client, example):
    root = parse(client.get(f"{WS}/GetMeeting", {"lMeetingId": 99999}))
    assert root.tag == "meeting" and len(root) == 0
