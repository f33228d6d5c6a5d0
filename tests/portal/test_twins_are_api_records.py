"""One serialisation of each record (issue 15; docs/adr/0017-one-serialisation.md): every
record inside a page's JSON twin is the API's record. It has exactly the fields of its
schema in ``moot.api.schemas`` (a summary: the first fields of the full record), validates
against it, and equals what ``/api/v1/`` answers for the same id, field for field."""

from __future__ import annotations

from datetime import date

import pytest

from moot.api import schemas
from moot.meetings import services
from moot.meetings.models import AgendaItem, ForwardPlanEntry, Resolution
from tests.portal.helpers import BODY, JULY, MARCH

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1/"

# The schemas a record of each kind may have: full records first, then summaries.
KINDS = {
    "events": (schemas.Event, schemas.EventSummary),
    "decisions": (schemas.Decision, schemas.DecisionInItem),
    "vote_events": (schemas.VoteEvent,),
    "documents": (schemas.Document,),
    "organizations": (schemas.Organization,),
    "posts": (schemas.Post,),
    "memberships": (schemas.Membership,),
    "people": (schemas.Person,),
    "forward_plan": (schemas.ForwardPlanEntry,),
    "actions": (schemas.ActionRecord, schemas.Action),
}
# Parts of a record that name another by its URI: checked with the record they are part of.
PARTS = (schemas.Participant,)
LISTED_ONLY = {"forward_plan", "actions"}  # no single-record address: found in the list
REFERENCE_KEYS = {"id", "name"}


def fields(schema) -> set[str]:
    return set(schema.model_fields)


def get_json(client, url: str) -> dict:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, (url, response.content[:300])
    return response.json()


def api_records(data, found: list) -> list[dict]:
    """Every dict in a twin that names an API record by its URI (references excepted)."""
    if isinstance(data, list):
        for value in data:
            api_records(value, found)
    elif isinstance(data, dict):
        ident = data.get("id")
        if isinstance(ident, str) and ident.startswith(API) and set(data) - REFERENCE_KEYS:
            found.append(data)
        for value in data.values():
            api_records(value, found)
    return found


class Api:
    """The API's answers, each asked once."""

    def __init__(self, client):
        self.client = client
        self.answers: dict[str, dict | None] = {}

    def answer(self, uri: str, kind: str) -> dict | None:
        if uri not in self.answers:
            if kind in LISTED_ONLY:
                listed = get_json(self.client, f"{API}{kind}?limit=200")["results"]
                self.answers.update({r["id"]: r for r in listed})
                self.answers.setdefault(uri, None)
            else:
                response = self.client.get(uri.removeprefix("http://testserver"))
                self.answers[uri] = response.json() if response.status_code == 200 else None
        return self.answers[uri]


def check_record(data: dict, api: Api) -> None:
    if any(set(data) == fields(part) for part in PARTS):
        return
    kind = data["id"].removeprefix(API).split("/")[0]
    candidates = KINDS[kind]
    schema = next((s for s in candidates if set(data) == fields(s)), None)
    assert schema is not None, (
        f"a {kind} record with fields the API's schemas do not have: "
        f"{sorted(set(data) ^ fields(candidates[0]))}"
    )
    schema.model_validate(data)
    answer = api.answer(data["id"], kind)
    if answer is None:
        # Only a withheld document is named without being published on its own.
        assert kind == "documents" and data["exempt"] is True, data["id"]
        assert data["classification"] is None and data["url"] is None and data["pages"] is None
        return
    if schema is candidates[0]:
        assert data == answer, data["id"]
    else:
        assert data == {k: answer[k] for k in data}, data["id"]


def check_twin(client, url: str, api: Api) -> dict:
    data = get_json(client, url + ("&" if "?" in url else "?") + "format=json")
    records = api_records(data, [])
    assert records, url
    for found in records:
        check_record(found, api)
    return data


@pytest.fixture
def full_example(example):
    """The example with a counted vote, an issue across two meetings and a forward plan
    entry, so that every kind of record is in some twin."""
    resolution = Resolution.objects.filter(item__minute_number=21).first()
    services.vote_record(
        resolution=resolution, counts=services.VoteInput(votes_for=9, votes_against=2)
    )
    march = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    july = AgendaItem.objects.get(meeting__date=date(2021, 7, 29), agenda_number="7")
    services.issue_link(title="Integrated care", slug="integrated-care", items=[march, july])
    assert ForwardPlanEntry.objects.exists()
    return example


TWINS = [
    "/",
    "/bodies/",
    BODY,
    MARCH,
    JULY,
    MARCH + "items/21/",
    JULY + "items/7/",
    "/people/vi-dempster/",
    "/decisions/",
    "/calendar/?month=2021-07",
    "/calendar/?view=list",
]


def test_every_record_in_every_twin_is_the_apis(client, full_example):
    api = Api(client)
    seen = set()
    for url in TWINS:
        data = check_twin(client, url, api)
        seen |= {r["id"].removeprefix(API).split("/")[0] for r in api_records(data, [])}
    index = get_json(client, "/api/v1/")
    for found in api_records(index, []):
        check_record(found, api)
    assert seen == set(KINDS), set(KINDS) - seen


def test_the_meeting_twin_is_the_apis_event_in_an_envelope(client, full_example):
    api = Api(client)
    data = check_twin(client, MARCH, api)
    event = data["event"]
    assert set(event) == fields(schemas.Event)
    assert event == api.answer(event["id"], "events")
    assert data["links"]["json"].endswith(MARCH + "?format=json")
    item = check_twin(client, MARCH + "items/21/", api)
    (same,) = [a for a in event["agenda"] if a["url"] == item["agenda_item"]["url"]]
    assert item["agenda_item"] == same
    assert set(item["agenda_item"]) == fields(schemas.AgendaItem)
    assert set(item["event"]) == fields(schemas.EventSummary)


@pytest.mark.parametrize(
    ("url", "where", "schema"),
    [
        ("/", lambda d: d["upcoming_events"] + d["recent_events"], schemas.EventSummary),
        ("/", lambda d: d["recent_decisions"], schemas.Decision),
        ("/", lambda d: [o["organization"] for o in d["organizations"]], schemas.Organization),
        (
            "/bodies/",
            lambda d: [o["organization"] for o in d["organizations"]],
            schemas.Organization,
        ),
        (BODY, lambda d: [d["organization"]], schemas.Organization),
        (BODY, lambda d: d["posts"], schemas.Post),
        (BODY, lambda d: d["memberships"], schemas.Membership),
        (
            BODY,
            lambda d: [e for y in d["municipal_years"] for e in y["events"]],
            schemas.EventSummary,
        ),
        (MARCH, lambda d: [d["event"]], schemas.Event),
        (JULY, lambda d: d["matters_arising"], schemas.ActionRecord),
        (JULY + "items/7/", lambda d: [d["agenda_item"]], schemas.AgendaItem),
        (JULY + "items/7/", lambda d: d["issue"]["history"], schemas.IssueItem),
        ("/people/vi-dempster/", lambda d: [d["person"]], schemas.Person),
        (
            "/people/vi-dempster/",
            lambda d: [e["event"] for e in d["attendance"]["events"]],
            schemas.EventSummary,
        ),
        ("/decisions/", lambda d: d["results"], schemas.Decision),
        ("/calendar/?month=2021-07", lambda d: d["events"], schemas.EventSummary),
    ],
)
def test_each_twin_holds_the_apis_records_where_its_records_are(
    client, full_example, url, where, schema
):
    """Each place a twin holds records holds the API's, not a page's own version."""
    data = get_json(client, url + ("&" if "?" in url else "?") + "format=json")
    records = where(data)
    assert records, url
    for found in records:
        assert set(found) == fields(schema), url
        schema.model_validate(found)


def test_an_agenda_not_yet_published_is_in_neither_the_event_nor_its_twin(client, example):
    """The API listed the item headings of a draft agenda; the page never did. One record
    now: nothing until the agenda is published."""
    from moot.meetings.models import Issue
    from tests.factories import AgendaItemFactory, DocumentFactory, MeetingFactory

    draft = MeetingFactory(body=example, date=date(2026, 6, 1))
    item = AgendaItemFactory(meeting=draft, title="Draft business not yet published")
    DocumentFactory(item=item)
    DocumentFactory(item=None, meeting=draft, title="Draft covering note", letter="")
    issue = Issue.objects.create(title="A draft subject", slug="a-draft-subject")
    item.issue = issue
    item.save()
    answer = get_json(client, f"/api/v1/events/{draft.pk}")
    assert answer["agenda_published"] is False
    assert answer["agenda"] == [] and answer["documents"] == []
    twin = get_json(client, draft.get_absolute_url() + "?format=json")
    assert twin["event"] == answer
    assert "Draft business" not in str(twin) and "Draft covering" not in str(twin)
    issues = get_json(client, "/api/v1/issues")["results"]
    assert [i["history"] for i in issues if i["title"] == "A draft subject"] == [[]]


def test_a_withheld_document_of_no_item_is_not_among_the_events_documents(client, example):
    from moot.meetings.models import Meeting
    from tests.factories import DocumentFactory

    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    DocumentFactory(
        item=None, meeting=march, title="Withheld covering note", exempt=True, exempt_paragraph=1
    )
    answer = get_json(client, f"/api/v1/events/{march.pk}")
    assert all(not d["exempt"] for d in answer["documents"])
    assert get_json(client, MARCH + "?format=json")["event"] == answer
