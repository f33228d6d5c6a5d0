"""Pages run a bounded number of queries whatever the size of the meeting, and published
pages are cached until the record changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.documents.models import Document
from moot.governance.models import Person, QuorumGroup
from moot.meetings.models import (
    AgendaItem,
    Resolution,
)
from moot.portal.cache import content_version
from tests.factories import big_meeting
from tests.portal.helpers import MARCH

pytestmark = pytest.mark.django_db

MAX_MEETING_PAGE_QUERIES = 16


def count_queries(client, url: str) -> tuple[int, bytes]:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content


def test_meeting_page_queries_do_not_grow_with_the_meeting(
    client, example, django_assert_max_num_queries
):
    small = big_meeting(example, date(2023, 6, 1), items=5, documents_per_item=5)
    large = big_meeting(example, date(2023, 6, 8), items=40, documents_per_item=5)
    assert Document.objects.filter(meeting=large).count() == 200
    small_count, _ = count_queries(client, small.get_absolute_url())
    large_count, content = count_queries(client, large.get_absolute_url())
    assert small_count == large_count
    cache.clear()
    with django_assert_max_num_queries(MAX_MEETING_PAGE_QUERIES):
        client.get(large.get_absolute_url())
    html = content.decode()
    assert "Business 40" in html and "Appendix E: Report 39.4" in html and "Decision 39" in html
    assert "Report 40.0" not in html and "Decision 40" not in html  # item 40 is exempt
    json_small, _ = count_queries(client, small.get_absolute_url() + "?format=json")
    json_large, _ = count_queries(client, large.get_absolute_url() + "?format=json")
    assert json_small == json_large <= MAX_MEETING_PAGE_QUERIES


@pytest.mark.parametrize(
    "page",
    [
        "{meeting}items/3/",
        "/",
        "/bodies/health-and-wellbeing-board/",
        "/people/{person}/",
        "/decisions/",
        "/calendar/?month=2023-06",
        "/calendar/?view=list",
        "/calendar.ics",
        "/feeds/decisions.xml",
        "/feeds/documents.xml",
        "/api/v1/",
    ],
)
def test_other_pages_are_bounded_too(client, example, page):
    small = big_meeting(example, date(2023, 6, 1), items=3, documents_per_item=2)
    person = Person.objects.order_by("pk")[1].slug
    first, _ = count_queries(client, page.format(meeting=small.get_absolute_url(), person=person))
    big_meeting(example, date(2023, 6, 8), items=30, documents_per_item=4)
    big_meeting(example, date(2023, 6, 15), items=30, documents_per_item=4)
    second, _ = count_queries(client, page.format(meeting=small.get_absolute_url(), person=person))
    assert first == second
    assert second <= 15


def test_a_cached_page_costs_one_query(client, example, django_assert_num_queries):
    first = client.get(MARCH)
    assert first["X-Moot-Cache"] == "miss"
    with django_assert_num_queries(1):
        second = client.get(MARCH)
    assert second["X-Moot-Cache"] == "hit"
    assert second.content == first.content
    assert client.get(MARCH + "?format=json")["X-Moot-Cache"] == "miss"


def test_a_change_to_the_record_invalidates_cached_pages(client, example):
    assert "be confirmed as a correct record" in client.get(MARCH).content.decode()
    resolution = Resolution.objects.get(item__minute_number=20)
    resolution.text = "The minutes were confirmed with one correction."
    resolution.save()
    html = client.get(MARCH).content.decode()
    assert "confirmed with one correction" in html
    assert "be confirmed as a correct record" not in html


def test_making_an_item_exempt_removes_its_content_from_cached_pages(client, example):
    assert "Officers were thanked" in client.get(MARCH).content.decode()
    assert "Officers were thanked" in client.get("/decisions/").content.decode()
    item = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    item.exempt, item.exempt_paragraph = True, 3
    item.save()
    for url in (MARCH, "/decisions/", "/feeds/decisions.xml", MARCH + "?format=json"):
        assert "Officers were thanked" not in client.get(url).content.decode(), url


def test_deletes_and_many_to_many_changes_change_the_version(example):
    before = content_version()
    Document.objects.filter(meeting__date=date(2021, 7, 29)).first().delete()
    after_delete = content_version()
    assert after_delete != before
    group = QuorumGroup.objects.first()
    group.sections.clear()
    assert content_version() != after_delete


def test_the_date_is_part_of_the_key(client, example, monkeypatch):
    client.get("/")
    from moot.portal import cache as page_cache

    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(page_cache.timezone, "localdate", lambda: tomorrow)
    assert client.get("/")["X-Moot-Cache"] == "miss"


def test_a_cached_page_keeps_its_headers_and_is_kept_per_host(client, example):
    first = client.get("/calendar.ics")
    second = client.get("/calendar.ics")
    assert second["X-Moot-Cache"] == "hit"
    assert second["Content-Disposition"] == first["Content-Disposition"]
    assert second["Content-Type"] == first["Content-Type"]
    other_host = client.get("/calendar.ics", HTTP_HOST="localhost")
    assert other_host["X-Moot-Cache"] == "miss"
