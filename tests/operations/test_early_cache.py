"""Cached public pages are answered before the session, CSRF, sign-in and lockout
middleware (issue 16; moot/operations/early.py): a hit runs no query and skips the
session; the answer carries the same headers as the full stack's; anything personal,
rate limited or out of date goes through the full stack."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import cache
from hypothesis import given
from hypothesis import strategies as st

from moot.operations.early import keepable, may_answer_early
from moot.portal.cache import EVERYTHING, bump

MARCH = "/bodies/health-and-wellbeing-board/meetings/2021-03-25/"


@pytest.fixture(autouse=True)
def fresh_page_cache():
    cache.clear()
    yield
    cache.clear()


def went_early(response) -> bool:
    """SessionMiddleware gives every request it sees a ``session``: none means the answer
    came before it."""
    return not hasattr(response.wsgi_request, "session")


def test_a_kept_page_is_answered_early_with_no_query(client, example, django_assert_num_queries):
    first = client.get(MARCH)
    assert not went_early(first) and first["X-Moot-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(MARCH)
    assert went_early(second)
    assert second["X-Moot-Cache"] == "hit"
    assert second.content == first.content


def test_a_hit_reads_the_shared_cache_once(client, example, monkeypatch):
    """The versions and the kept page come back in one round trip to the shared cache (on
    Redis, one network exchange a hit), not one for the versions and another for the page."""
    client.get(MARCH)
    reads, depth = [], [0]

    def counted(name, real):
        def read(*args, **kwargs):  # a backend's get_many may call its own get: not counted
            if not depth[0]:
                reads.append(name)
            depth[0] += 1
            try:
                return real(*args, **kwargs)
            finally:
                depth[0] -= 1

        return read

    for name in ("get", "get_many"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    assert client.get(MARCH)["X-Moot-Cache"] == "hit"
    assert reads == ["get_many"]


def test_a_page_made_under_old_versions_is_replaced_not_served(client, example):
    """One address keeps one answer: after a change, the next visitor gets a new page made
    from the database, and that one is then kept in place of the old."""
    old = client.get(MARCH)
    bump(EVERYTHING)
    fresh = client.get(MARCH)
    assert fresh["X-Moot-Cache"] == "miss" and not went_early(fresh)
    again = client.get(MARCH)
    assert went_early(again) and again.content == fresh.content
    assert old["ETag"] == again["ETag"]  # nothing on the page changed, only its versions


def test_the_early_answer_has_the_full_stacks_headers(client, example):
    normal = client.get(MARCH)
    early = client.get(MARCH)
    assert went_early(early)
    expected = {k: v for k, v in normal.headers.items() if k != "X-Moot-Cache"}
    got = {k: v for k, v in early.headers.items() if k != "X-Moot-Cache"}
    assert got == expected
    for name in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy", "ETag"):
        assert early.has_header(name), name


def test_a_matching_if_none_match_is_304_early(client, example, django_assert_num_queries):
    etag = client.get(MARCH)["ETag"]
    with django_assert_num_queries(0):
        again = client.get(MARCH, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert went_early(again)
    assert client.get(MARCH, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_head_is_answered_early_too(client, example):
    client.get(MARCH)
    head = client.head(MARCH)
    assert head.status_code == 200 and went_early(head)


def test_a_session_cookie_goes_through_the_full_stack(client, example):
    client.get(MARCH)
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    response = client.get(MARCH)
    assert not went_early(response)
    assert response.status_code == 200


def test_a_signed_in_clerk_is_never_answered_early(client, example, django_user_model):
    client.get(MARCH)
    clerk = django_user_model.objects.create_user("clerk", "clerk@example.com", "pw-unused")
    client.force_login(clerk)
    assert not went_early(client.get(MARCH))


def test_credentials_go_through_the_full_stack(client, example):
    client.get(MARCH)
    assert not went_early(client.get(MARCH, HTTP_AUTHORIZATION="Bearer x"))


def test_json_twins_stay_rate_limited(client, example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "3/m"}
    answers = [client.get(MARCH + "?format=json") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert not any(went_early(a) for a in answers)


def test_a_new_version_is_not_answered_from_the_old_page(client, example):
    client.get(MARCH)
    assert went_early(client.get(MARCH))
    bump(EVERYTHING)
    fresh = client.get(MARCH)
    assert not went_early(fresh) and fresh["X-Moot-Cache"] == "miss"
    assert went_early(client.get(MARCH))


def test_pages_of_no_cached_view_are_never_kept(client, example):
    for _ in range(2):
        login = client.get("/accounts/login/")
        assert not went_early(login)
    for _ in range(2):
        assert not went_early(client.get("/bodies/no-such-body/"))


def test_a_search_is_answered_early_the_second_time(client, example):
    first = client.get("/search/?q=health")
    second = client.get("/search/?q=health")
    assert not went_early(first) and went_early(second)
    assert second.content == first.content


@given(
    method=st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]),
    cookies=st.sets(st.sampled_from(["sessionid", "messages", "csrftoken", "other"])),
    authorization=st.booleans(),
    api=st.booleans(),
)
def test_only_anonymous_reads_outside_the_api_are_answered_early(
    method, cookies, authorization, api
):
    allowed = may_answer_early(method, cookies, authorization, api)
    personal = {"sessionid", "messages"} & cookies
    assert allowed == (method in ("GET", "HEAD") and not authorization and not api and not personal)


@given(
    status=st.sampled_from([200, 301, 304, 400, 404, 429, 500]),
    streaming=st.booleans(),
    cached_view=st.booleans(),
    cookie=st.booleans(),
    cache_control=st.sampled_from(["", "no-cache", "private, no-store", "no-store", "private"]),
)
def test_only_whole_public_200s_of_cached_views_are_kept(
    status, streaming, cached_view, cookie, cache_control
):
    headers = {"Cache-Control": cache_control} if cache_control else {}
    if cached_view:
        headers["X-Moot-Cache"] = "miss"
    kept = keepable(status, streaming, headers, cookie)
    assert kept == (
        status == 200
        and not streaming
        and cached_view
        and not cookie
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def _writes_and_reads(monkeypatch):
    """The shared cache's writes and reads, by the keys asked for (a backend's get_many
    may call its own get: only the outer call is logged)."""
    log = {"set": [], "get": [], "get_many": []}
    depth = [0]
    for name in log:
        real = getattr(cache, name)

        def logged(*args, _name=name, _real=real, **kwargs):
            if not depth[0]:
                key = args[0]
                log[_name].append(key if isinstance(key, str) else list(key))
            depth[0] += 1
            try:
                return _real(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(cache, name, logged)
    return log


def test_an_anonymous_miss_is_kept_once_and_reads_the_versions_once(client, example, monkeypatch):
    """The early cache keeps the whole answer; the page cache inside it neither keeps a
    second copy nor reads the versions the early cache has just read (each write of a page
    costs about as much as reading its record: docs/benchmarks.md, "Scale")."""
    client.get(MARCH)
    bump(EVERYTHING)
    log = _writes_and_reads(monkeypatch)
    assert client.get(MARCH)["X-Moot-Cache"] == "miss"
    assert [k.split(":")[1] for k in log["set"]] == ["early"]
    assert len(log["get_many"]) == 1  # the early look-up: versions and page together
    assert [k.split(":")[1] for k in log["get"]] == ["page"]  # the page cache's own copy
    assert went_early(client.get(MARCH))


def test_an_answer_the_early_cache_cannot_keep_is_kept_by_the_page_cache(
    client, example, monkeypatch
):
    """An answer that sets a cookie is not kept for everyone early; the page cache keeps
    its own copy (without the cookie) so the next visitor is still served from a cache."""
    from django.http import HttpResponse

    from moot.portal import cache as page_cache

    real_serve = page_cache.serve_cached

    def with_a_cookie(request, scopes, identity, render):
        def render_with_cookie() -> HttpResponse:
            response = render()
            response.set_cookie("seen", "1")
            return response

        return real_serve(request, scopes, identity, render_with_cookie)

    monkeypatch.setattr(page_cache, "serve_cached", with_a_cookie)
    first = client.get(MARCH)
    assert first["X-Moot-Cache"] == "miss" and first.cookies["seen"].value == "1"
    client.cookies.pop("seen")
    second = client.get(MARCH)
    assert not went_early(second) and second["X-Moot-Cache"] == "hit"
    assert second.content == first.content


def test_a_signed_in_visitor_keeps_the_page_cache_copy(client, example, django_user_model):
    """Requests the early cache may not answer keep their answer in the page cache as before."""
    user = django_user_model.objects.create_user("reader", "reader@example.org", "x" * 16)
    client.force_login(user)
    assert client.get(MARCH)["X-Moot-Cache"] == "miss"
    again = client.get(MARCH)
    assert again["X-Moot-Cache"] == "hit" and not went_early(again)
