"""Pages run a bounded number of queries whatever the size of the meeting, and published
pages are cached until the record changes."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moot.documents.models import Document
from moot.governance.models import Person, QuorumGroup
from moot.meetings.models import (
    AgendaItem,
    ForwardPlanEntry,
    Meeting,
    PublicQuestion,
    Resolution,
)
from moot.portal import cache as page_cache
from moot.portal.cache import EVERYTHING, LISTS, body_scope, meeting_scope, versions
from tests.factories import big_meeting
from tests.portal.helpers import MARCH

pytestmark = pytest.mark.django_db

# Every lookup of a meeting page running (docs/benchmarks.md, "Scale"): the authority, the
# meeting, its items, their presenters, resolutions, recorded votes, declarations and
# actions, the documents, matters arising, attendance, planned business and questions.
MAX_MEETING_PAGE_QUERIES = 13
# The example's 25 March 2021 page: no recorded vote, no planned business, no question and
# no open action of an earlier meeting, so those four lookups are not run.
MARCH_PAGE_QUERIES = 9
# The JSON twin of a meeting with every lookup running: the page's, and the two of the API's
# event record (the people's addresses, the meeting's time of last change).
MAX_MEETING_JSON_QUERIES = 15


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
    for meeting in (small, large):
        _plan_and_ask(meeting)
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
    assert json_small == json_large <= MAX_MEETING_JSON_QUERIES


def test_an_uncached_meeting_page_compiles_no_sql_once_warm(client, example, settings, monkeypatch):
    """The page's lookups are prepared (moot.operations.prepared): once a process has served
    a meeting page of the same shape (a list of ids is compiled once for each length), the
    page rendered again uncached compiles no SQL (compiling was a fifth of the page's time:
    docs/benchmarks.md, "Eighth pass")."""
    from django.db.models.sql.compiler import SQLCompiler

    settings.MOOT_PREPARED_CHECK = False  # the tests' own second compiling, off here
    client.get(MARCH)  # warm: each shape compiled once
    compiled = []
    real = SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler, "as_sql", lambda self, *a, **k: compiled.append(1) or real(self, *a, **k)
    )
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(MARCH).status_code == 200
    assert len(queries) == MARCH_PAGE_QUERIES and compiled == []


def _plan_and_ask(meeting: Meeting) -> None:
    """Business planned for the meeting and a question accepted for it: with the big
    meeting's votes and the example's open actions, every lookup of the page runs."""
    ForwardPlanEntry.objects.create(
        body=meeting.body, subject="Planned business", intended_meeting=meeting
    )
    PublicQuestion.objects.create(
        meeting=meeting,
        name="A resident",
        email="resident@example.org",
        question="A question asked.",
        submitted_at=timezone.now(),
        status="accepted",
    )


def test_the_meeting_page_skips_the_lookups_of_what_the_meeting_has_not(client, example):
    count, html = count_queries(client, MARCH)
    assert count <= MARCH_PAGE_QUERIES
    assert b"Business planned for this meeting" not in html
    assert b"Questions from members of the public" not in html
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    _plan_and_ask(march)
    count_with_both, html = count_queries(client, MARCH)
    assert count_with_both == count + 2
    assert b"Business planned for this meeting" in html and b"Planned business" in html
    assert b"Questions from members of the public" in html and b"A question asked." in html


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


def test_a_cached_page_costs_no_query(client, example, django_assert_num_queries):
    """The versions live in the shared cache, not in a database row."""
    first = client.get(MARCH)
    assert first["X-Moot-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(MARCH)
    assert second["X-Moot-Cache"] == "hit"
    assert second.content == first.content
    assert client.get(MARCH + "?format=json")["X-Moot-Cache"] == "miss"


def test_a_committed_change_to_the_record_invalidates_cached_pages(
    client, example, django_capture_on_commit_callbacks
):
    assert "be confirmed as a correct record" in client.get(MARCH).content.decode()
    resolution = Resolution.objects.get(item__minute_number=20)
    with django_capture_on_commit_callbacks(execute=True):
        resolution.text = "The minutes were confirmed with one correction."
        resolution.save()
    html = client.get(MARCH).content.decode()
    assert "confirmed with one correction" in html
    assert "be confirmed as a correct record" not in html


def test_a_change_not_yet_committed_or_rolled_back_changes_no_version(
    example, django_capture_on_commit_callbacks
):
    scopes = [EVERYTHING, LISTS, meeting_scope("health-and-wellbeing-board", "2021-03-25")]
    before = versions(scopes)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        resolution = Resolution.objects.get(item__minute_number=20)
        resolution.text = "Changed, then rolled back."
        resolution.save()
        assert versions(scopes) == before  # not before the commit
    assert len(callbacks) >= 1
    assert versions(scopes) == before  # the callbacks never ran: nothing was committed


def test_making_an_item_exempt_removes_its_content_from_cached_pages(
    client, example, django_capture_on_commit_callbacks
):
    assert "Officers were thanked" in client.get(MARCH).content.decode()
    assert "Officers were thanked" in client.get("/decisions/").content.decode()
    item = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    with django_capture_on_commit_callbacks(execute=True):
        item.exempt, item.exempt_paragraph = True, 3
        item.save()
    for url in (MARCH, "/decisions/", "/feeds/decisions.xml", MARCH + "?format=json"):
        assert "Officers were thanked" not in client.get(url).content.decode(), url


BOARD = "health-and-wellbeing-board"


def test_a_change_to_one_meeting_keeps_the_other_meetings_pages(
    client, example, django_capture_on_commit_callbacks
):
    july = "/bodies/health-and-wellbeing-board/meetings/2021-07-29/"
    for url in (MARCH, july, "/", "/bodies/health-and-wellbeing-board/"):
        client.get(url)
    march_version = versions([meeting_scope(BOARD, "2021-03-25")])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for item in AgendaItem.objects.filter(meeting__date=date(2021, 7, 29)):
            item.purpose += " Noted."
            item.save()
    renewals = [c for c in callbacks if isinstance(c, page_cache._Bump)]
    assert len(renewals) == 1  # many saves, one version change for the meeting
    assert client.get(MARCH)["X-Moot-Cache"] == "hit"
    assert client.get("/bodies/health-and-wellbeing-board/")["X-Moot-Cache"] == "hit"
    assert client.get(july)["X-Moot-Cache"] == "miss"
    assert client.get("/")["X-Moot-Cache"] == "miss"  # lists show recent decisions
    assert versions([meeting_scope(BOARD, "2021-03-25")]) == march_version


def test_a_change_to_a_meeting_row_renews_its_body_pages(
    client, example, django_capture_on_commit_callbacks
):
    client.get("/bodies/health-and-wellbeing-board/")
    client.get(MARCH)
    before = versions([body_scope(BOARD)])
    meeting = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    with django_capture_on_commit_callbacks(execute=True):
        meeting.venue = "Council Chamber"
        meeting.save()
    assert versions([body_scope(BOARD)]) != before
    assert client.get("/bodies/health-and-wellbeing-board/")["X-Moot-Cache"] == "miss"
    assert client.get(MARCH)["X-Moot-Cache"] == "miss"


def test_deletes_and_many_to_many_changes_change_the_version(
    example, django_capture_on_commit_callbacks
):
    before = versions([meeting_scope(BOARD, "2021-07-29"), EVERYTHING])
    with django_capture_on_commit_callbacks(execute=True):
        Document.objects.filter(meeting__date=date(2021, 7, 29)).first().delete()
    after_delete = versions([meeting_scope(BOARD, "2021-07-29"), EVERYTHING])
    assert after_delete[0] != before[0]
    group = QuorumGroup.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        group.sections.clear()
    assert versions([EVERYTHING]) != [after_delete[1]]


def test_an_evicted_version_is_renewed_not_reused(client, example):
    client.get(MARCH)
    cache.delete("moot:version:" + meeting_scope(BOARD, "2021-03-25"))
    assert client.get(MARCH)["X-Moot-Cache"] == "miss"


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


def queries_reading(client, url: str, *columns: str):
    """The queries of an uncached request that read one of ``columns`` as a value (not only
    inside an expression), and the response."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    read = re.compile("(" + "|".join(re.escape(c) for c in columns) + r")\s*(,|FROM)")
    return [q["sql"] for q in queries if read.search(q["sql"])], response


@pytest.mark.parametrize(
    "page",
    [
        "{meeting}",
        "{meeting}?format=json",
        "/api/v1/events/{event}",
        "/api/v1/documents?limit=50",
        "/feeds/documents.xml",
    ],
)
def test_lists_of_documents_never_read_their_text(client, example, page):
    """A report's extracted text runs to tens of kilobytes: a page that lists documents
    reads only whether each has text (to link to it as a web page), never the text."""
    marker = "Pellucid-text-marker " * 2000  # about 40 KB
    meeting = big_meeting(example, date(2023, 6, 1), items=2, documents_per_item=1)
    document = Document.objects.filter(meeting=meeting, item__isnull=False).first()
    Document.objects.filter(pk=document.pk).update(text=marker)
    url = page.format(meeting=meeting.get_absolute_url(), event=meeting.pk)
    # the column itself read (not only compared with "" to say whether there is any)
    reading, response = queries_reading(client, url, '"documents_document"."text"')
    assert reading == []
    assert b"Pellucid-text-marker" not in response.content
    if "documents" not in page:  # the lists that link to the text, on the item's page
        assert f"#document-text-{document.pk}".encode() in response.content


def test_the_item_page_still_shows_a_documents_text(client, example):
    meeting = big_meeting(example, date(2023, 6, 1), items=1, documents_per_item=1)
    document = Document.objects.filter(meeting=meeting, item__isnull=False).first()
    Document.objects.filter(pk=document.pk).update(text="Pellucid-text-marker")
    response = client.get(f"{document.item.get_absolute_url()}")
    assert response.status_code == 200
    assert b"Pellucid-text-marker" in response.content
    assert f'id="document-text-{document.pk}"'.encode() in response.content


@pytest.mark.parametrize(
    "page, own_items",
    [
        ("{later}", 1),  # its own items' minutes, not those of the matters arising
        ("{later}?format=json", 1),
        ("/decisions/", 0),
        ("/", 0),
        ("/people/{person}/", 0),
        ("/feeds/decisions.xml", 0),
        ("/feeds/documents.xml", 0),
    ],
)
def test_lists_of_item_headings_never_read_the_items_texts(client, example, page, own_items):
    """Matters arising, the decisions register, a person's declarations and actions and the
    feeds name earlier items by their headings: the items' minutes and agenda text (HTML,
    kilobytes each) are not read for them."""
    earlier = big_meeting(example, date(2023, 6, 1), items=3, documents_per_item=1)
    later = big_meeting(example, date(2023, 6, 8), items=1, documents_per_item=0)
    AgendaItem.objects.filter(meeting=earlier).update(
        minutes="<p>Pellucid-minutes-marker</p>" * 500,
        purpose="<p>Pellucid-purpose-marker</p>" * 500,
    )
    person = Person.objects.order_by("pk")[0]
    url = page.format(later=later.get_absolute_url(), person=person.slug)
    reading, response = queries_reading(
        client, url, '"meetings_agendaitem"."minutes"', '"meetings_agendaitem"."purpose"'
    )
    assert len(reading) == own_items, reading
    assert b"Pellucid" not in response.content
    if page.startswith("{later}"):  # the earlier meeting's open actions are listed
        assert f"{earlier.get_absolute_url()}items/1/".encode() in response.content
