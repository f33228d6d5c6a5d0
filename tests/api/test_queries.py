"""The API's lists cost a bounded number of queries, whatever the number of records or
the size of each meeting."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import big_meeting

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/events?limit=200",
    "/api/v1/decisions?limit=200",
    "/api/v1/documents?limit=200",
    "/api/v1/people?limit=200",
    "/api/v1/memberships?limit=200",
    "/api/v1/posts?limit=200",
    "/api/v1/organizations?limit=200",
    "/api/v1/vote_events?limit=200",
    "/api/v1/actions?limit=200",
    "/api/v1/forward_plan?limit=200",
    "/api/v1/issues?limit=200",
]


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("url", LISTS)
def test_list_queries_do_not_grow_with_the_record(client, example, url):
    big_meeting(example, date(2023, 6, 1), items=3, documents_per_item=2)
    before = count(client, url)
    for day in (8, 15, 22):
        big_meeting(example, date(2023, 6, day), items=20, documents_per_item=3)
    after = count(client, url)
    assert after == before, (url, before, after)


def _events_page(client, limit: int) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/events?from=2030-01-01&limit={limit}")
    assert response.status_code == 200
    return len(queries), response.json()["results"]


def test_a_page_of_twice_as_many_full_events_costs_the_same_queries(client, example):
    """A page of N meetings and a page of 2N, each meeting with attendance, presenters,
    documents, resolutions with named votes, declarations and actions: the voters and the
    attendance are read as plain rows and the items' relations by meeting, one query each
    however many meetings, items and names the page holds."""
    n = 3
    for day in range(1, n + 1):
        big_meeting(example, date(2030, 1, day), items=4, documents_per_item=2)
    small, events = _events_page(client, n)
    assert len(events) == n
    for day in range(n + 1, 2 * n + 1):
        big_meeting(example, date(2030, 1, day), items=12, documents_per_item=3)
    large, events = _events_page(client, 2 * n)
    assert len(events) == 2 * n
    assert large == small, (small, large)
    public = [i for i in events[-1]["agenda"] if not i["exempt"]]
    assert len(events[-1]["participants"]) == 12
    assert all(len(i["decisions"][0]["vote_event"]["votes"]) == 2 for i in public)
    assert all(len(i["documents"]) == 3 and i["presenters"] and i["actions"] for i in public)
