"""Executive decision records in site search, through the public gate: found by their
words once published, never by their exempt details, filtered by body and date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from moot.executive import services as executive
from moot.executive.models import ExecutiveDecision
from moot.governance.models import Body
from moot.search.backends import search
from moot.search.models import SearchEntry
from moot.search.services import reindex_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def cabinet(example):
    return Body.objects.create(
        name="Search Cabinet", slug="search-cabinet", access_regime="executive"
    )


def record(cabinet, **overrides):
    values = {
        "title": "Riverside allotments transfer",
        "decision": "Transfer the allotments to the community trust.",
        "decided_on": date(2026, 5, 4),
        "reasons": "The trust will manage the plots for growers.",
        "alternatives": "Keep them in house (rejected: cost).",
        "maker": "Search Cabinet",
        "body": cabinet,
        "exempt_paragraph": 3,
        "exempt_details": "Quillwort bid of two pounds",
    }
    values.update(overrides)
    return executive.decision_record(**values)


def test_a_published_decision_is_found_and_its_exempt_details_never(
    cabinet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = record(cabinet)
    results = search("allotments community trust")
    hit = next(h for h in results.hits if h.kind == "executive_decision")
    assert hit.url == f"/decisions/{decision.pk}/"
    assert hit.body == "search-cabinet" and hit.date == date(2026, 5, 4)
    assert search("growers").total >= 1  # the reasons are public
    assert search("quillwort").total == 0  # exempt details are not
    row = SearchEntry.objects.get(kind="executive_decision", object_id=decision.pk)
    assert "paragraph 3" in row.text and "Quillwort" not in row.text
    assert search("allotments", body="search-cabinet").total == 1
    assert search("allotments", body="health-and-wellbeing-board").total == 0
    assert search("allotments", since=date(2026, 6, 1)).total == 0


def test_a_decision_not_yet_published_is_not_indexed_until_it_is(
    cabinet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = record(cabinet, published_at=timezone.now() + timedelta(days=1))
    assert search("allotments").total == 0
    ExecutiveDecision.objects.filter(pk=decision.pk).update(
        published_at=timezone.now() - timedelta(minutes=1)
    )
    reindex_all()
    assert [h.url for h in search("allotments").hits] == [f"/decisions/{decision.pk}/"]


def test_the_search_page_shows_a_decision_with_its_date(
    client, cabinet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = record(cabinet)
    page = client.get("/search/?q=allotments").content.decode()
    assert f'href="/decisions/{decision.pk}/"' in page
    assert "Executive decision" in page and "decided on 4 May 2026" in page
    with django_capture_on_commit_callbacks(execute=True):
        decision.delete()
    assert search("allotments").total == 0
