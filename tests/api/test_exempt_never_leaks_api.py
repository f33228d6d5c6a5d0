"""The planted-marker crawl (tests/portal/test_exempt_never_leaks.py) over every API list,
each record they link to, and every web-service answer: exempt business and sensitive
interests never appear."""

from __future__ import annotations

import pytest

from moot.api.exports import export_build_all
from moot.meetings.models import Meeting
from tests.portal.test_exempt_never_leaks import crawl, plant

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/",
    "/api/v1/openapi.json",
    *(
        f"/api/v1/{name}?limit=200"
        for name in (
            "events",
            "organizations",
            "posts",
            "people",
            "memberships",
            "documents",
            "decisions",
            "vote_events",
            "forward_plan",
            "actions",
            "issues",
        )
    ),
    "/api/v1/events?limit=2",
    "/api/v1/exports/",
    "/api/v1/decisions?q=commercial",
    "/mgWebService.asmx/GetCommittees",
    "/mgWebService.asmx/GetCouncillorsByWard",
]


def test_no_api_answer_or_web_service_answer_shows_exempt_content(
    client, example, marker, token, needle
):
    plant(example, marker)
    assert export_build_all(), "the bulk export files were not built"
    start = list(LISTS)
    for meeting in Meeting.objects.all():
        start += [
            f"/api/v1/events/{meeting.pk}",
            f"/mgWebService.asmx/GetMeeting?lMeetingId={meeting.pk}",
            f"/mgWebService.asmx/GetMeetings?lCommitteeId={meeting.body_id}"
            "&sFromDate=01/01/2000&sToDate=31/12/2099",
        ]
    pages = crawl(client, start)
    api = [p for p in pages if p.startswith("/api/v1/")]
    assert any(p.startswith("/api/v1/people/") for p in api)
    assert any(p.startswith("/api/v1/documents/") for p in api)
    assert any(p.startswith("/api/v1/decisions/") for p in api)
    files = [p for p in api if p.startswith("/api/v1/exports/") and p.endswith(".jsonl")]
    assert files and all(pages[p][0] == 200 for p in files)
    assert any(b"paragraph 5 of Schedule 12A" in pages[p][2] for p in files)
    secret = token.lower().encode()
    for path, (status, content_type, body) in pages.items():
        assert status < 500, (path, status)
        assert secret not in body.lower(), f"{path} ({content_type}) shows exempt content"
    # The exempt item's heading is public, in the API and the web service alike.
    march = Meeting.objects.get(body=example, date__year=2021, date__month=3)
    event = pages[f"/api/v1/events/{march.pk}"][2].decode()
    assert "Commercial arrangements for the Integrated Care System" in event
    assert "paragraph 5 of Schedule 12A" in event
    ws = pages[f"/mgWebService.asmx/GetMeeting?lMeetingId={march.pk}"][2].decode()
    assert "<isrestricted>True</isrestricted>" in ws
