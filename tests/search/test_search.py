"""Public full-text search over the Leicester example, on whichever database runs the suite
(SQLite FTS5 by default, PostgreSQL full-text with DATABASE_URL=postgres://...)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot import cli
from moot.documents.models import Document
from moot.governance.models import Body
from moot.meetings.models import AgendaItem, Meeting, Resolution
from moot.search.backends import search
from moot.search.models import SearchEntry
from moot.search.services import index_meeting, reindex_all

MARCH = date(2021, 3, 25)
JULY = date(2021, 7, 29)
ITEM_21_URL = "/bodies/health-and-wellbeing-board/meetings/2021-03-25/items/21/"


def item(day: date, number: int) -> AgendaItem:
    return next(i for i in AgendaItem.objects.filter(meeting__date=day) if i.number == str(number))


def page_url(hit) -> str:
    """The page a hit leads to (resolutions and document texts add an anchor)."""
    return hit.url.split("#")[0]


def urls(results) -> list[str]:
    return [page_url(hit) for hit in results.hits]


def test_health_inequalities_finds_item_21_first(example):
    results = search("health inequalities")
    assert results.total >= 3
    top = results.hits[0]
    assert page_url(top) == ITEM_21_URL
    assert top.meeting == "health-and-wellbeing-board/2021-03-25"
    assert top.date == MARCH
    assert top.body == "health-and-wellbeing-board"
    assert top.rank > 0
    item_hits = [h for h in results.hits[:5] if h.kind == "item"]
    assert item_hits and item_hits[0].title.startswith("21. Leicester, Leicestershire and Rutland")
    ranks = [hit.rank for hit in results.hits]
    assert ranks == sorted(ranks, reverse=True)


def test_words_only_in_the_minutes_find_the_item(example):
    minutes_item = item(MARCH, 21)
    word = "marginalised"
    assert word in minutes_item.minutes.lower()
    assert word not in (minutes_item.title + minutes_item.purpose).lower()
    results = search("marginalised", until=MARCH)
    assert [(h.kind, h.url) for h in results.hits] == [("minutes", ITEM_21_URL)]
    assert "<mark>marginalised</mark>" in results.hits[0].snippet_html
    # The same minutes, printed in the 29 July agenda pack, are found as that document.
    later = search("marginalised", since=JULY)
    assert [(h.kind, h.title) for h in later.hits] == [
        ("document", "Appendix B: Minutes of the Previous Meeting")
    ]


def test_resolutions_and_document_text_are_found(example):
    decisions = search("proportionate universalism")
    assert "resolution" in {h.kind for h in decisions.hits}
    assert ITEM_21_URL in urls(decisions)
    # Appendix C's extracted text (29 July 2021), found through its item.
    appendix_c = Document.objects.get(meeting__date=JULY, letter="C")
    results = search("Spotlight on Good Practice", until=JULY)
    documents = [h for h in results.hits if h.kind == "document"]
    assert documents and documents[0].title == str(appendix_c)
    assert documents[0].url == (
        f"/bodies/health-and-wellbeing-board/meetings/2021-07-29/items/6/"
        f"#document-text-{appendix_c.pk}"
    )


def test_filters_by_body_and_dates(example):
    everything = search("health inequalities", limit=100)
    assert {h.date for h in everything.hits} == {MARCH, JULY}
    assert search("health inequalities", body="health-and-wellbeing-board").total == (
        everything.total
    )
    Body.objects.create(name="Licensing Committee", slug="licensing-committee")
    assert search("health inequalities", body="licensing-committee").total == 0
    after_march = search("health inequalities", since=date(2021, 4, 1), limit=100)
    assert after_march.total and {h.date for h in after_march.hits} == {JULY}
    assert ITEM_21_URL not in urls(after_march)
    march_only = search("health inequalities", until=date(2021, 3, 31), limit=100)
    assert {h.date for h in march_only.hits} == {MARCH}
    assert march_only.total + after_march.total == everything.total
    assert search("health inequalities", since=MARCH, until=MARCH).total == march_only.total
    assert search("health inequalities", since=date(2022, 1, 1)).total == 0


def test_paging_is_stable_and_disjoint(example):
    everything = search("board", limit=100)
    assert everything.total > 6
    first, second = search("board", limit=3), search("board", limit=3, offset=3)
    assert first.total == second.total == everything.total
    assert urls(first) + urls(second) == urls(everything)[:6]
    assert [h.kind for h in first.hits + second.hits] == [h.kind for h in everything.hits[:6]]


def test_a_page_past_the_last_still_says_how_many_match(example):
    """The total comes with the page's rows; a page past the last has none, and still says
    how many matched (so the page can say which pages there are)."""
    everything = search("board", limit=100)
    past = search("board", limit=10, offset=everything.total + 5)
    assert past.hits == [] and past.total == everything.total
    last = search("board", limit=1, offset=everything.total - 1)
    assert len(last.hits) == 1 and last.total == everything.total
    assert search("xylophonic", limit=10).total == 0


def test_exempt_information_is_never_indexed(example, django_capture_on_commit_callbacks):
    """Schedule 12A: an exempt item shows only its title and paragraph, anywhere."""
    meeting = Meeting.objects.get(date=MARCH)
    with django_capture_on_commit_callbacks(execute=True):
        exempt = AgendaItem.objects.create(
            meeting=meeting,
            body=meeting.body,
            order=99,
            agenda_number="27",
            title="Staffing of the Integrated Care Board secretariat",
            purpose="<p>Quokkasecret agenda text.</p>",
            minutes="<p>The Board discussed the quokkasecret salary of Ms Example.</p>",
            exempt=True,
            exempt_paragraph=1,
            exempt_reason="Quokkasecret reason.",
        )
        Resolution.objects.create(item=exempt, text="That the quokkasecret offer be approved.")
        Document.objects.create(
            meeting=meeting, item=exempt, title="Quokkasecret report", text="quokkasecret pay"
        )
        Document.objects.create(
            meeting=meeting,
            item=item(MARCH, 22),
            title="Wombatsecret appendix",
            text="wombatsecret figures",
            exempt=True,
            exempt_paragraph=3,
        )
    assert search("quokkasecret").total == 0
    assert search("wombatsecret").total == 0
    assert search("appendix wombatsecret").total == 0
    assert not SearchEntry.objects.filter(text__icontains="quokkasecret").exists()
    assert not SearchEntry.objects.filter(title__icontains="quokkasecret").exists()
    staffing = search("staffing secretariat")
    assert [(h.kind, h.title) for h in staffing.hits] == [
        ("item", "27. Staffing of the Integrated Care Board secretariat")
    ]
    assert "exempt under paragraph 1" in staffing.hits[0].snippet.lower()

    # A public item made exempt later loses its minutes and decisions from the index.
    public = item(MARCH, 21)
    assert search("marginalised", until=MARCH).total
    with django_capture_on_commit_callbacks(execute=True):
        public.exempt, public.exempt_paragraph = True, 3
        public.save()
    assert search("marginalised", until=MARCH).total == 0
    assert search("proportionate universalism", until=MARCH).total == 0
    kinds = {e.kind for e in SearchEntry.objects.filter(object_id=public.pk, kind="item")}
    assert kinds == {"item"}
    assert not SearchEntry.objects.filter(
        meeting_id=meeting.pk, url__startswith=ITEM_21_URL
    ).exclude(kind="item")


def test_unpublished_business_is_not_indexed(example, django_capture_on_commit_callbacks):
    """Agendas are public once published (LGA 1972 s100B), minutes once issued as a draft."""
    scheduled = Meeting.objects.get(date=date(2021, 10, 28))
    assert scheduled.status == Meeting.Status.SCHEDULED
    assert not SearchEntry.objects.filter(meeting_id=scheduled.pk).exists()
    july = Meeting.objects.get(date=JULY)
    assert july.status == Meeting.Status.AGENDA_PUBLISHED
    place_led = item(JULY, 8)
    with django_capture_on_commit_callbacks(execute=True):
        place_led.minutes = "<p>The Board welcomed the xylophonic plans.</p>"
        place_led.save()
        Resolution.objects.create(item=place_led, text="That the xylophonic plans be noted.")
    assert search("xylophonic").total == 0
    with django_capture_on_commit_callbacks(execute=True):
        july.status = Meeting.Status.MINUTES_DRAFT
        july.save()
    assert {h.kind for h in search("xylophonic").hits} == {"minutes", "resolution"}


def test_snippets_highlight_and_escape(example, django_capture_on_commit_callbacks):
    meeting = Meeting.objects.get(date=JULY)
    with django_capture_on_commit_callbacks(execute=True):
        Document.objects.create(
            meeting=meeting,
            title="Tricky characters",
            text='Budget <script>alert("x")</script> & the marmalade levy \ue000 of 2021.',
        )
    hit = search("marmalade").hits[0]
    assert (
        hit.kind == "document"
        and hit.url == "/bodies/health-and-wellbeing-board/meetings/2021-07-29/"
    )
    assert "<mark>marmalade</mark>" in hit.snippet_html
    outside_marks = re.sub(r"</?mark>", "", hit.snippet_html)
    assert "<" not in outside_marks and ">" not in outside_marks
    assert "&amp;" in hit.snippet_html
    if connection.vendor == "sqlite":
        assert "&lt;script&gt;" in hit.snippet_html  # ts_headline drops tags instead
    assert hit.snippet_html.count("<mark>") == hit.snippet_html.count("</mark>") == 1
    assert "marmalade levy" in hit.snippet and "<mark>" not in hit.snippet


@pytest.mark.parametrize(
    "query",
    ['"unclosed phrase', "AND OR NOT (", "NEAR(health, 3)", "health*", "-health", "'", "^", "🙂"],
)
def test_odd_queries_never_raise(example, query):
    results = search(query)
    assert results.total >= 0


def test_empty_query_finds_nothing(example):
    assert search("").total == 0
    assert search("   ").total == 0
    assert search("-minutes").total == 0


def test_query_language(example):
    both = search('"mental health" services').total
    assert both
    assert search('"mental health" -services').total < search('"mental health"').total
    assert search("marginalised or xylophonic").total == search("marginalised").total
    assert search("marginalised or wellbeing").total > search("marginalised").total


def test_reindex_all_and_meeting_deletion(example, django_capture_on_commit_callbacks):
    before = sorted(SearchEntry.objects.values_list("kind", "object_id", "url"))
    assert reindex_all() == len(before)
    assert sorted(SearchEntry.objects.values_list("kind", "object_id", "url")) == before
    july = Meeting.objects.get(date=JULY)
    assert index_meeting(july) == SearchEntry.objects.filter(meeting_id=july.pk).count()
    with django_capture_on_commit_callbacks(execute=True):
        july.delete()
    assert not SearchEntry.objects.filter(meeting_id=july.pk).exists()
    assert search("Spotlight on Good Practice").total == 0
    assert search("health inequalities").total


def test_the_backend_matches_the_database(example):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_fts")
            assert cursor.fetchone()[0] == SearchEntry.objects.count()
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_vector_gin'"
            )
            assert "gin (search_vector)" in cursor.fetchone()[0]


# --- the command ---------------------------------------------------------------------------


def test_search_command_json(example, capsys):
    assert cli.main(["search", "health inequalities", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["query"] == "health inequalities"
    assert payload["total"] >= 3
    first = payload["results"][0]
    assert set(first) == {"kind", "title", "url", "meeting", "date", "body", "snippet"}
    assert first["url"].split("#")[0] == ITEM_21_URL
    assert first["meeting"] == "health-and-wellbeing-board/2021-03-25"
    assert first["date"] == "2021-03-25"
    assert "<mark>" not in first["snippet"]

    assert cli.main(["search", "health inequalities", "--since", "2021-04-01", "--json"]) == 0
    later = json.loads(capsys.readouterr().out)
    assert later["total"] and {r["date"] for r in later["results"]} == {"2021-07-29"}
    assert cli.main(["search", "health inequalities", "--body", "health-and-wellbeing-board"]) == 0
    assert "2021-03-25" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--since", "2021-02-30"], "--since"),
        (["--until", "yesterday"], "--until"),
        (["--body", "no-such-board"], "--body"),
    ],
)
def test_search_command_user_errors(example, capsys, argv, named):
    assert cli.main(["search", "health", *argv, "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and named in lines[0]


# --- the page ------------------------------------------------------------------------------


def test_search_page(example, client):
    response = client.get("/search/", {"q": "health inequalities"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<label class="govuk-label govuk-label--m" for="q">' in html
    assert f'href="{ITEM_21_URL}' in html
    assert "<mark>" in html
    assert 'role="status"' in html
    total = search("health inequalities").total
    assert f"{total} results for ‘health inequalities’" in html
    assert f"({total} results)" in html.split("</title>")[0]


def test_search_page_without_query_shows_the_form(example, client):
    response = client.get("/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="q"' in html and "Results" not in html


def test_search_page_paginates(example, client):
    total = search("health or board").total
    assert total > 20
    response = client.get("/search/", {"q": "health or board", "page": 2})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="govuk-pagination"' in html
    assert 'aria-current="page">2<' in html
    assert 'rel="prev"' in html and 'rel="next"' not in html
    assert f"showing 21 to {total}" in html
    assert '<ol class="govuk-list moot-search-results" start="21">' in html
    past_the_end = client.get("/search/", {"q": "health or board", "page": 99})
    assert past_the_end.status_code == 200
    html = past_the_end.content.decode()
    assert "moot-search-result" not in html and "there is no page 99" in html
    assert "Go to the first page of results" in html


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "2021-02-30"}, "since"),
        ({"until": "29/07/2021"}, "until"),
        ({"page": "two"}, "page"),
        ({"body": "no-such-board"}, "body"),
        ({"since": "2021-08-01", "until": "2021-07-01"}, "until"),
    ],
)
def test_search_page_rejects_malformed_input(example, client, params, field):
    response = client.get("/search/", {"q": "health", **params})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert f"‘{field}’" in html
    if field != "page":
        assert f'href="#{field}"' in html and f'id="{field}-error"' in html
    as_json = client.get("/search/", {"q": "health", "format": "json", **params})
    assert as_json.status_code == 400
    assert field in as_json.json()["errors"]


def test_search_page_json_twin(example, client):
    response = client.get(
        "/search/", {"q": "health inequalities", "format": "json", "until": "2021-03-31"}
    )
    assert response.status_code == 200
    payload = response.json()
    assert payload["query"] == "health inequalities"
    assert payload["until"] == "2021-03-31"
    assert payload["results"][0]["url"].split("#")[0] == ITEM_21_URL
    assert "<mark>" in payload["results"][0]["snippet_html"]
    assert payload["total"] == search("health inequalities", until=date(2021, 3, 31)).total


@pytest.mark.parametrize(
    "params",
    [
        {"q": "health inequalities"},  # a few matches
        {"q": "health or board or council", "page": "2"},  # many, a later page
        {"q": "board", "body": "health-and-wellbeing-board", "until": "2021-12-31"},
        {"q": "board", "format": "json"},
    ],
)
def test_a_search_page_costs_the_same_few_queries(example, client, params):
    """Whatever the search matches, an uncached page costs: the bodies (for the filter), the
    authority (read once per request, for the page's heading; the JSON twin has none) and
    the index. On PostgreSQL the page's rows carry the total, so the index costs one query;
    SQLite counts apart (two)."""
    index_queries = 1 if connection.vendor == "postgresql" else 2
    authority = 0 if params.get("format") == "json" else 1
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", params)
    assert response.status_code == 200 and response["X-Moot-Cache"] == "miss"
    assert len(captured) == 1 + authority + index_queries, [q["sql"][:80] for q in captured]


def test_the_total_is_every_match_whatever_the_page(example):
    """The total counts every match, not the page's rows: it is the number of hits the
    longest page lists, and every page says the same."""
    everything = search("board", limit=100)
    assert 20 < len(everything.hits) < 100
    assert everything.total == len(everything.hits)
    for offset in (0, 5, len(everything.hits) - 1):
        assert search("board", limit=5, offset=offset).total == everything.total
