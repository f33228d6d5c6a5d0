"""The search page and its JSON twin are cached per normalised search and per version of
the record and of the index (issue 16): a repeated search runs no query, a committed
change is found by the next search, and what is cached is only ever the public answer."""

from __future__ import annotations

from datetime import date

from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from moot.meetings.models import AgendaItem
from moot.portal.cache import SEARCH, versions
from moot.search.services import reindex_all
from moot.search.views import cache_identity

MARCH = date(2021, 3, 25)


def _identity(query: str) -> str:
    return cache_identity(QueryDict(query))


def test_a_repeated_search_runs_no_query(client, example, django_assert_num_queries):
    first = client.get("/search/?q=health+inequalities")
    assert first["X-Moot-Cache"] == "miss"
    # written differently (so not the same address), the same search once normalised
    with django_assert_num_queries(0):
        second = client.get("/search/?page=01&q=+health+inequalities+")
    assert second["X-Moot-Cache"] == "hit"
    assert second.content == first.content
    assert "/items/21/" in second.content.decode()


def test_the_json_twin_is_cached_apart_from_the_page(client, example):
    page = client.get("/search/?q=health")
    twin = client.get("/search/?q=health&format=json")
    assert twin["X-Moot-Cache"] == "miss"
    assert twin["Content-Type"].startswith("application/json")
    assert twin.json()["total"] >= 1
    assert client.get("/search/?q=health")["Content-Type"] == page["Content-Type"]
    assert client.get("/search/?q=health&format=json").json() == twin.json()


def test_a_bad_search_is_not_kept(client, example):
    assert client.get("/search/?q=health&since=yesterday").status_code == 400
    again = client.get("/search/?q=health&since=yesterday")
    assert again.status_code == 400
    assert not again.has_header("X-Moot-Cache")


def test_a_committed_change_is_found_by_the_next_search(
    client, example, django_capture_on_commit_callbacks
):
    word = "zqxfreshword"
    assert client.get(f"/search/?q={word}&format=json").json()["total"] == 0
    assert client.get(f"/search/?q={word}&format=json")["X-Moot-Cache"] == "hit"
    item = AgendaItem.objects.get(meeting__date=MARCH, minute_number=21)
    with django_capture_on_commit_callbacks(execute=True):
        item.title = f"{item.title} {word}"
        item.save()
    fresh = client.get(f"/search/?q={word}&format=json")
    assert fresh["X-Moot-Cache"] == "miss"
    assert fresh.json()["total"] >= 1


def test_an_item_made_exempt_leaves_cached_search_results(
    client, example, django_capture_on_commit_callbacks
):
    searches = ("/search/?q=marginalised", "/search/?q=marginalised&format=json")
    for url in searches:  # the word is in item 21's minutes only
        assert "/items/21/" in client.get(url).content.decode(), url
    item = AgendaItem.objects.get(meeting__date=MARCH, minute_number=21)
    with django_capture_on_commit_callbacks(execute=True):
        item.exempt, item.exempt_paragraph = True, 3
        item.save()
    for url in searches:
        again = client.get(url)
        assert again["X-Moot-Cache"] == "miss", url
        assert "/items/21/" not in again.content.decode(), url


def test_writing_the_index_renews_the_search_version(example, django_capture_on_commit_callbacks):
    """The index is written after the record's commit; its own write renews the version,
    so a search answered between the two cannot keep old results under new versions."""
    before = versions([SEARCH])
    item = AgendaItem.objects.get(meeting__date=MARCH, minute_number=21)
    with django_capture_on_commit_callbacks(execute=True):
        item.title = f"{item.title} (amended)"
        item.save()
    after_save = versions([SEARCH])
    assert after_save != before
    with django_capture_on_commit_callbacks(execute=True):
        reindex_all()
    assert versions([SEARCH]) != after_save


def test_the_same_search_written_differently_has_one_identity():
    assert _identity("q=health") == _identity("q=+health+&page=1")
    assert _identity("q=health") == _identity("page=001&q=health")
    assert _identity("q=health&since=2021-03-25") == _identity("since=+2021-03-25&q=health")
    assert _identity("q=health") != _identity("q=health&page=2")
    assert _identity("q=health") != _identity("q=health&format=json")
    assert _identity("q=health") != _identity("q=health&body=cabinet")
    assert _identity("q=health") != _identity("q=wealth")


@given(st.text(max_size=40), st.text(max_size=10))
def test_identity_ignores_surrounding_spaces_and_tells_queries_apart(query, other):
    data = QueryDict(mutable=True)
    data["q"] = query
    padded = QueryDict(mutable=True)
    padded["q"] = f"  {query}\t"
    assert cache_identity(data) == cache_identity(padded)
    different = QueryDict(mutable=True)
    different["q"] = other
    if query.strip()[:500] != other.strip()[:500]:
        assert cache_identity(data) != cache_identity(different)
