"""Answer cached public pages before the session, CSRF, sign-in and lockout middleware.

A visitor who is not signed in (no session cookie, no Authorization header) asking for a
public page (GET or HEAD of a view marked ``moot.portal.cache.cacheable``) gets the answer
kept the last time the full stack answered the same address, for the same versions of the
record: the same body and the same headers (Content-Security-Policy, X-Frame-Options,
Permissions-Policy, Vary, ETag ...), as those middleware added them then. The middleware
outside this one (security headers, the conditional GET that answers 304 to a matching
If-None-Match) still runs on every answer. Anything else goes through the full stack, and
its answer is kept for next time if it is a public page that sets no cookie.

Left to the full stack, so that nothing changes for them: anyone with a session or a
pending message (a signed-in clerk may see more than the public page), and the API and
every ``?format=json`` twin, which are rate limited (``ApiRateLimitMiddleware``) and must
be counted.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.urls import Resolver404, resolve
from django.utils.cache import set_response_etag

from moot.accounts.middleware import _is_api
from moot.portal.cache import (
    CACHED_VIEW,
    EARLY,
    KEEP_INNER,
    Kept,
    keep,
    look_up,
    scopes_of,
    stored_response,
)
from moot.portal.language import COOKIE as language_cookie

KEY_PREFIX = "moot:early:"
_NOT_KEPT = {"set-cookie", "x-moot-cache"}


def personal_cookies() -> tuple[str, ...]:
    """The cookies that may make a page differ for whoever sends them: the session (a
    signed-in account) and the messages shown once."""
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def may_answer_early(
    method: str, cookies: Collection[str], has_authorization: bool, is_api: bool
) -> bool:
    """Whether a request may be answered with the page kept for anyone: a read, from a
    visitor who carries no session, no pending message and no credentials, outside the
    rate-limited API."""
    return (
        method in ("GET", "HEAD")
        and not has_authorization
        and not is_api
        and not any(name in cookies for name in personal_cookies())
    )


def keepable(status: int, streaming: bool, headers: Mapping[str, str], sets_cookie: bool) -> bool:
    """Whether an answer may be kept for everyone: a whole 200 from a cached public view
    (it says ``X-Moot-Cache``) that sets no cookie and is not marked private."""
    cache_control = headers.get("Cache-Control", "").lower()
    return (
        status == 200
        and not streaming
        and not sets_cookie
        and "X-Moot-Cache" in headers
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def early_key(request) -> Kept | None:
    """Where the early answer to ``request`` is kept (and the answer, if current), or None
    when it must not be answered early (see ``may_answer_early``; an address of no cached
    view; the shared cache down)."""
    if not may_answer_early(
        request.method,
        request.COOKIES.keys(),
        "HTTP_AUTHORIZATION" in request.META,
        _is_api(request),
    ):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if not getattr(match.func, CACHED_VIEW, False):
        return None
    site = f"{request.scheme}://{request.get_host()}"
    # a reader's kept choice of language (moot.portal.language) picks the English or Welsh
    # copy of the same address; the address's own ?lang= is in the full path
    language = request.COOKIES.get(language_cookie, "")
    identity = f"{language}|{request.get_full_path()}"
    return look_up(scopes_of(match), site, identity, KEY_PREFIX)


class EarlyCacheMiddleware:
    """Placed before SessionMiddleware (settings.MIDDLEWARE): a hit costs one shared-cache
    read (the versions and the page together) and no database query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        kept = early_key(request)
        if kept is None:
            return self.get_response(request)
        if kept.hit is not None:
            return stored_response(kept.hit)
        setattr(request, EARLY, kept)  # the page cache reads the same versions from it
        response = self.get_response(request)
        if keepable(
            response.status_code,
            response.streaming,
            response.headers,
            bool(response.cookies),
        ):
            if not response.has_header("ETag"):  # as ConditionalGetMiddleware would, once
                set_response_etag(response)
            headers = {k: v for k, v in response.headers.items() if k.lower() not in _NOT_KEPT}
            keep(kept, response.content, headers)
        elif keep_inner := getattr(response, KEEP_INNER, None):
            keep_inner()  # not kept here (it sets a cookie): the page cache keeps its copy
        return response
