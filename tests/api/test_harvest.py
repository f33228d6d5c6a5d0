"""Harvesting the API: incremental (updated_since), conditional (ETag/304), paged by
cursor, CORS and gzip, and bad input answered as 400/404 JSON naming the parameter."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from django.utils import timezone

from moot.meetings import services
from moot.meetings.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events"


def test_updated_since_finds_exactly_the_changed_meeting_and_a_repeat_gets_304(
    client, example, django_capture_on_commit_callbacks
):
    harvested_at = timezone.now()
    assert client.get(EVENTS, {"updated_since": harvested_at.isoformat()}).json()["results"] == []

    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    item = AgendaItem.objects.filter(meeting=march, exempt=False).exclude(minutes="").first()
    with django_capture_on_commit_callbacks(execute=True):
        services.minutes_record(item=item, text="<p>The Board noted the corrected figures.</p>")

    response = client.get(EVENTS, {"updated_since": harvested_at.isoformat()})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [e["identifier"] for e in results] == ["health-and-wellbeing-board/2021-03-25"]
    minutes = [a["minutes_html"] for a in results[0]["agenda"] if a["number"] == item.number]
    assert minutes == ["<p>The Board noted the corrected figures.</p>"]
    assert response["ETag"] and response["Last-Modified"]

    again = client.get(
        EVENTS,
        {"updated_since": harvested_at.isoformat()},
        headers={"If-None-Match": response["ETag"]},
    )
    assert again.status_code == 304 and again.content == b""

    # The decisions of that meeting follow the same clock; other meetings' do not.
    decisions = client.get("/api/v1/decisions", {"updated_since": harvested_at.isoformat()})
    assert {d["event_id"].rsplit("/", 1)[1] for d in decisions.json()["results"]} <= {str(march.pk)}


def test_cursor_pages_walk_every_meeting_once(client, example):
    seen, url, pages = [], f"{EVENTS}?limit=2", 0
    while url:
        page = client.get(url).json()
        seen += [e["identifier"] for e in page["results"]]
        url, pages = page["next"], pages + 1
    assert len(seen) == len(set(seen)) == Meeting.objects.count()
    assert pages >= 2


def test_filters_by_body_date_and_text(client, example):
    year = client.get(EVENTS, {"body": example.slug, "from": "2021-01-01", "to": "2021-12-31"})
    dates = [e["start_date"][:10] for e in year.json()["results"]]
    assert dates and all(d.startswith("2021") for d in dates)
    assert client.get(EVENTS, {"body": "no-such-body"}).json()["results"] == []
    word = AgendaItem.objects.filter(meeting__body=example, exempt=False).first().title.split()[0]
    found = client.get(EVENTS, {"q": word}).json()["results"]
    assert found


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("from=2021-13-01", "from"),
        ("to=yesterday", "to"),
        ("updated_since=soon", "updated_since"),
        ("cursor=not-a-cursor", "cursor"),
        ("limit=0", "limit"),
        ("limit=many", "limit"),
        ("colour=red", "colour"),
        ("cursor=after-x", "cursor"),
    ],
)
def test_bad_parameters_are_400_json_naming_the_parameter(client, example, query, field):
    response = client.get(f"{EVENTS}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["field"] == field


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/events/999999",
        "/api/v1/people/999999",
        "/api/v1/organizations/body-999999",
        "/api/v1/organizations/nothing",
        "/api/v1/documents/999999",
        "/api/v1/decisions/999999",
        "/api/v1/vote_events/999999",
        "/api/v1/posts/999999",
        "/api/v1/memberships/999999",
    ],
)
def test_unknown_ids_are_404_json(client, example, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["message"]


def test_cors_and_gzip(client, example):
    response = client.get(EVENTS, headers={"Accept-Encoding": "gzip", "Origin": "https://x.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))["results"]
    preflight = client.options(EVENTS, headers={"Origin": "https://x.org"})
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Origin"] == "*"


def test_over_the_rate_limit_is_429_with_retry_after(client, example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "2/m"}
    statuses = [client.get("/api/v1/organizations").status_code for _ in range(4)]
    assert statuses[:2] == [200, 200] and statuses[-1] == 429
    last = client.get("/api/v1/organizations")
    assert int(last["Retry-After"]) > 0 and last.json()["retry_after"] > 0
    assert last["Access-Control-Allow-Origin"] == "*"


def test_records_carry_ocd_names_and_stable_ids(client, example):
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    event = client.get(f"{EVENTS}/{march.pk}").json()
    assert event["id"] == f"http://testserver/api/v1/events/{march.pk}"
    assert event["moderngov_id"] == march.pk
    assert event["organization"]["id"].endswith(f"/organizations/body-{example.pk}")
    numbers = [a["number"] for a in event["agenda"]]
    assert numbers and [a["order"] for a in event["agenda"]] == sorted(
        a["order"] for a in event["agenda"]
    )
    assert any(a["decisions"] for a in event["agenda"])
    assert event["participants"] and {"name", "note", "attendance_mode"} <= set(
        event["participants"][0]
    )
    person = client.get(event["participants"][0]["id"].replace("http://testserver", "")).json()
    assert person["memberships"] and person["name"]
    doc = next(d for a in event["agenda"] for d in a["documents"] if not d["exempt"])
    assert client.get(doc["id"].replace("http://testserver", "")).json()["note"] == doc["note"]


def test_actions_forward_plan_and_issues(client, example):
    from moot.meetings.models import Action, ForwardPlanEntry

    actions = client.get("/api/v1/actions?limit=200").json()["results"]
    public = Action.objects.filter(
        item__exempt=False, item__meeting__status__in=["minutes_draft", "minutes_approved"]
    )
    assert len(actions) == public.count()
    plan = client.get("/api/v1/forward_plan?limit=200").json()["results"]
    assert len(plan) <= ForwardPlanEntry.objects.count()
    assert client.get("/api/v1/issues").status_code == 200
