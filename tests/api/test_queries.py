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
