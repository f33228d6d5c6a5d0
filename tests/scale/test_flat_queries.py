"""Each page type costs the same number of queries whatever the size of the record: counted
on a tiny generated council, then again after ten times as much has been generated beside it
(the same pages, and the like pages of the larger record). Run on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.examples.synthetic import MARKER, generate
from moot.governance.models import Body
from moot.meetings.models import Meeting

pytestmark = pytest.mark.django_db

PAGES = {
    "meeting page": "{meeting}",
    "meeting page as JSON": "{meeting}?format=json",
    "item page": "{meeting}items/{number}/",
    "body page": "{body}",
    "body page as JSON": "{body}?format=json",
    "search": "/search/?q=highways",
    "search, one body": "/search/?q=budget&body={slug}",
    "decisions list": "/decisions/",
    "API list (decisions as JSON)": "/decisions/?format=json&page=2",
    "home": "/",
    "bodies": "/bodies/",
    "calendar": "/calendar/?month={month}",
    "person": "{person}",
    "decisions feed": "/feeds/decisions.xml",
    "documents feed": "/feeds/documents.xml",
}


def count(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _targets(body: Body) -> dict:
    meeting = (
        Meeting.objects.filter(body=body, status=Meeting.Status.MINUTES_APPROVED)
        .order_by("date")
        .first()
    )
    person = body.terms_of_reference.get().sections.get().seats.first().memberships.first().person
    return {
        "meeting": meeting.get_absolute_url(),
        "number": meeting.items.filter(exempt=False).order_by("-order").first().number,
        "body": body.get_absolute_url(),
        "slug": body.slug,
        "month": meeting.date.strftime("%Y-%m"),
        "person": person.get_absolute_url(),
    }


def _counts(client, targets: dict) -> dict[str, int]:
    return {name: count(client, url.format(**targets)) for name, url in PAGES.items()}


def test_each_page_type_costs_the_same_queries_at_ten_times_the_size(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        tiny = generate(years=1, bodies=1, seed=5, force=True)
    small_body = Body.objects.filter(slug__startswith="fictional-").order_by("pk").first()
    small = _targets(small_body)
    before = _counts(client, small)
    with django_capture_on_commit_callbacks(execute=True):
        big = generate(years=2, bodies=5, seed=6, force=True)
    assert big.created["meetings"] >= 10 * tiny.created["meetings"]
    assert Meeting.objects.filter(source=MARKER).count() > 100
    after = _counts(client, small)
    assert after == before
    # the like pages of the larger record: the same kind of body, with twice the years
    large_body = Body.objects.filter(slug__startswith="fictional-1-").order_by("pk").first()
    assert large_body.meetings.count() >= 2 * small_body.meetings.count()
    larger = _counts(client, _targets(large_body))
    assert larger == before
    assert max(before.values()) <= 16, before


def test_the_examples_meeting_page_reads_its_documents_and_the_authority_once(client, example):
    """9 queries: the documents of the items and of the meeting in one, the authority once
    per request, and no lookup of planned business, questions or matters arising, which
    this meeting has none of (it was 14, then 12)."""
    url = "/bodies/health-and-wellbeing-board/meetings/2021-03-25/"
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    tables = [q["sql"].split(" FROM ", 1)[1].split()[0] for q in queries if " FROM " in q["sql"]]
    assert tables.count('"documents_document"') == 1
    assert tables.count('"governance_authority"') == 1
    assert len(queries) == 9
    from django.utils.html import escape

    from moot.documents.models import Document

    html = response.content.decode()
    shown = Document.objects.filter(
        meeting__date="2021-03-25", meeting__body__slug="health-and-wellbeing-board", exempt=False
    ).exclude(item__exempt=True)
    assert shown.count() >= 2
    for document in shown:
        assert escape(document.title) in html, document.title
