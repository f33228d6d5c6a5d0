"""The decisions register's count of every public decision is made once per version of the
list pages, not on every render, and is right at once after a committed change."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.meetings.models import AgendaItem, Resolution
from moot.portal import selectors
from moot.portal.selectors import DecisionFilters, decisions_page

pytestmark = pytest.mark.django_db


def _counts(queries) -> list[str]:
    """The whole-record counts among ``queries`` (Django's ``QuerySet.count()``)."""
    return [q["sql"] for q in queries if '"__count"' in q["sql"]]


def _count_on_page(client, url: str = "/decisions/?format=json") -> int:
    response = client.get(url)
    assert response.status_code == 200
    return response.json()["count"]


def test_the_count_is_made_once_until_the_record_changes(example):
    expected = selectors.public_decisions().count()
    assert expected > 0
    with CaptureQueriesContext(connection) as first:
        page = decisions_page(DecisionFilters(), 1)
    assert page.count == expected and len(_counts(first)) == 1
    with CaptureQueriesContext(connection) as second:
        again = decisions_page(DecisionFilters(), 1)
    assert again.count == expected and _counts(second) == []
    filtered = DecisionFilters(body="health-and-wellbeing-board", date_to=date(2021, 3, 31))
    with CaptureQueriesContext(connection) as third:
        narrower = decisions_page(filtered, 1)
    assert len(_counts(third)) == 1  # other filters, their own count
    assert (
        narrower.count
        == selectors.public_decisions().filter(item__meeting__date__lte=date(2021, 3, 31)).count()
    )


def test_the_count_is_right_at_once_after_a_decision_is_added_or_withheld(
    client, example, django_capture_on_commit_callbacks
):
    before = _count_on_page(client)
    assert _count_on_page(client, "/decisions/?format=json&page=1") == before  # kept count
    item = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    with django_capture_on_commit_callbacks(execute=True):
        Resolution.objects.create(item=item, order=99, text="A further decision, added later.")
    assert _count_on_page(client) == before + 1
    assert f"{before + 1} decisions" in client.get("/decisions/").content.decode()
    withheld = Resolution.objects.filter(item=item).count()
    with django_capture_on_commit_callbacks(execute=True):
        item.exempt, item.exempt_paragraph = True, 3
        item.save()
    assert _count_on_page(client) == before + 1 - withheld
    assert _count_on_page(client, "/decisions/?format=json&page=1") == before + 1 - withheld


def test_the_count_is_made_every_time_while_the_cache_is_unreachable(example, monkeypatch):
    from moot.portal import cache as page_cache

    monkeypatch.setattr(page_cache, "look_up", lambda *args, **kwargs: None)
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            page = decisions_page(DecisionFilters(), 1)
        assert len(_counts(queries)) == 1
        assert page.count == selectors.public_decisions().count()
