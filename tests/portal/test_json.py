"""The JSON twins (?format=json), the API index and its OpenAPI description."""

from __future__ import annotations

import re
from datetime import date

import pytest

from moot.meetings import services
from moot.meetings.models import AgendaItem, Resolution
from tests.portal.helpers import BODY, JULY, MARCH

pytestmark = pytest.mark.django_db


def get_json(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    assert response["Content-Type"].split(";")[0] == "application/json"
    return response.json()


def event_uri(meeting_date: str) -> str:
    from moot.meetings.models import Meeting

    return f"http://testserver/api/v1/events/{Meeting.objects.get(date=meeting_date).pk}"


def test_home_twin(client, example):
    data = get_json(client, "/?format=json")
    assert {e["identifier"] for e in data["recent_events"]} >= {
        "health-and-wellbeing-board/2021-03-25",
        "health-and-wellbeing-board/2021-07-29",
    }
    decision = data["recent_decisions"][0]
    assert decision["id"].startswith("http://testserver/api/v1/decisions/")
    assert decision["agenda_item"]["url"].startswith("http://testserver" + BODY)
    organization = data["organizations"][0]
    assert (
        organization["organization"]["id"]
        == f"http://testserver/api/v1/organizations/body-{example.pk}"
    )
    assert organization["links"]["json"].endswith(BODY + "?format=json")
    assert data["links"]["openapi"].endswith("/api/v1/openapi.json")


def test_body_twin_uses_popolo_names(client, example):
    data = get_json(client, BODY + "?format=json")
    assert data["organization"]["name"] == "Health and Wellbeing Board"
    assert data["organization"]["classification"] == "committee"
    assert data["terms_of_reference"]["version"] == "9.7 April 2021"
    posts = data["posts"]
    assert len(posts) == 24
    assert all(p["maximum_memberships"] == 1 for p in posts)
    members = data["memberships"]
    assert len(members) == 22  # two seats are vacant
    assert sum(s["vacancies"] for s in data["sections"]) == 2
    chair = next(m for m in members if m["role"] == "chair")
    assert chair["person_name"] == "Councillor Vi Dempster"
    assert chair["post_id"] in {p["id"] for p in posts}
    officers = next(
        s for s in data["sections"] if s["name"] == "Officers of Leicester City Council"
    )
    assert officers["vacancies"] == 1 and officers["voting"] is False
    assert {y["label"] for y in data["municipal_years"]} == {"2020/21", "2021/22"}
    assert data["standing_invitees"][0]["voting"] is False


def test_meeting_twin_is_an_event_with_agenda_items_and_participants(client, example):
    data = get_json(client, MARCH + "?format=json")
    event = data["event"]
    assert event["id"] == event_uri("2021-03-25")
    assert event["start_date"] == "2021-03-25T10:00:00Z"
    assert event["status"] == "passed"
    assert [a["number"] for a in event["agenda"]] == [str(n) for n in range(17, 27)]
    item_20 = next(a for a in event["agenda"] if a["number"] == "20")
    assert item_20["decisions"][0]["text"].endswith("be confirmed as a correct record.")
    assert item_20["documents"][0]["size_bytes"] == 251_904
    notes = {p["note"] for p in event["participants"]}
    assert notes == {"present", "substitute", "standing_invitee", "in_attendance", "apologies"}
    hayley = next(p for p in event["participants"] if p["name"] == "Hayley Jackson")
    assert hayley["substitute_for"]["name"] == "Oliver Newbould"
    assert data["quorum"]["quorate"] is True and data["quorum"]["required"] == 6
    assert data["links"]["agenda_pack"].endswith(MARCH + "pack.pdf")


def test_july_twin_has_matters_arising_and_no_minutes(client, example):
    data = get_json(client, JULY + "?format=json")
    assert data["quorum"] is None and data["event"]["participants"] == []
    assert len(data["matters_arising"]) == 3
    assert data["matters_arising"][0]["event_id"] == event_uri("2021-03-25")


def test_vote_event(client, example):
    resolution = Resolution.objects.filter(item__minute_number=21).first()
    services.vote_record(
        resolution=resolution, counts=services.VoteInput(votes_for=9, votes_against=2)
    )
    data = get_json(client, MARCH + "items/21/?format=json")
    vote = data["agenda_item"]["decisions"][0]["vote_event"]
    assert vote["id"].startswith("http://testserver/api/v1/vote_events/")
    assert vote["result"] == "pass"
    assert {"option": "yes", "value": 9} in vote["counts"]


def test_item_twin_with_issue_history(client, example):
    march = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    july = AgendaItem.objects.get(meeting__date=date(2021, 7, 29), agenda_number="7")
    services.issue_link(title="Integrated care", slug="integrated-care", items=[march, july])
    data = get_json(client, JULY + "items/7/?format=json")
    assert data["agenda_item"]["number"] == "7"
    assert data["event"]["identifier"] == "health-and-wellbeing-board/2021-07-29"
    assert data["issue"]["history"][0]["agenda_item"]["number"] == "21"
    assert data["issue"]["history"][0]["event_id"] == event_uri("2021-03-25")
    assert data["agenda_item"]["documents"][0]["letter"] == "D"


def test_person_twin(client, example):
    data = get_json(client, "/people/vi-dempster/?format=json")
    assert data["person"]["honorific_prefix"] == "Councillor"
    assert data["attendance"] == {
        "expected": 1,
        "attended": 1,
        "percentage": 100,
        "events": data["attendance"]["events"],
    }
    assert {m["organization_id"] for m in data["person"]["memberships"]} == {
        f"http://testserver/api/v1/organizations/body-{example.pk}"
    }


def test_decisions_twin_and_filters(client, example):
    data = get_json(client, "/decisions/?format=json")
    assert data["count"] == 4 and data["pages"] == 1 and data["next"] is None
    assert data["results"][0]["organization"]["name"] == "Health and Wellbeing Board"
    data = get_json(client, "/decisions/?q=framework&format=json")
    assert data["count"] == 2 and data["filters"]["q"] == "framework"


def test_calendar_twins(client, example):
    data = get_json(client, "/calendar/?month=2021-07&format=json")
    assert data["month"] == "2021-07"
    assert [e["identifier"] for e in data["events"]] == ["health-and-wellbeing-board/2021-07-29"]
    assert data["earlier"].endswith("/calendar/?month=2021-03&format=json")
    data = get_json(client, "/calendar/?view=list&format=json")
    assert sum(len(m["events"]) for m in data["months"]) == 5


def test_api_index_lists_bodies_and_meetings_with_links(client, example):
    data = get_json(client, "/api/v1/")
    assert data["organizations"][0]["links"]["json"].endswith(BODY + "?format=json")
    assert len(data["events"]) == 5
    for event in data["events"]:
        path = re.sub(r"^http://testserver", "", event["url"]) + "?format=json"
        assert get_json(client, path)["event"]["id"] == event["id"]


def test_openapi_describes_every_json_endpoint(client, example):
    """The API's OpenAPI 3.1 document is generated from its code (moot/api, issue 15);
    every operation it describes answers."""
    from moot.api.exports import export_build_all
    from moot.meetings.models import Meeting

    export_build_all()  # the export files, in this test's storage, so their addresses answer
    spec = get_json(client, "/api/v1/openapi.json")
    assert spec["openapi"].startswith("3.1")
    march = Meeting.objects.get(body=example, date="2021-03-25")
    examples = {
        "{event_id}": str(march.pk),
        "{organization_id}": f"body-{example.pk}",
        "{person_id}": str(march.attendance.first().person_id),
    }
    for path, operations in spec["paths"].items():
        assert "200" in operations["get"]["responses"]
        url = path
        for name, value in examples.items():
            url = url.replace(name, value)
        if "{" in url:
            # a record's address is its list's address plus its id; an export file's is
            # the "url" the exports list gives it
            files = "/exports/" in url
            listed = get_json(client, url.split("{", 1)[0] if files else url.rsplit("/", 1)[0])
            listed = listed["results"]
            if not listed:  # the example records no counted vote
                continue
            url = re.sub(r"^http://testserver", "", listed[0]["url" if files else "id"])
        assert client.get(url).status_code == 200, url
    # Every $ref resolves.
    text = str(spec)
    for ref in set(re.findall(r"#/components/(\w+)/(\w+)", text)):
        assert ref[1] in spec["components"][ref[0]], ref
