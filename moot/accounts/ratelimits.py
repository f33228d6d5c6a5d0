"""Rate limits on sign-in, the public question form and the API (django-ratelimit).

Counted per visitor address in ``settings.RATELIMIT_USE_CACHE`` (the database cache, which
every server process and the command line share). The rates are
``settings.MOOT_RATE_LIMITS`` (``"10/m"``: ten per minute). Over the limit the answer is
429 with a sentence that says when to try again, and a ``Retry-After`` header.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django_ratelimit.core import get_usage

from moot.accounts import rules

WHAT = {
    "sign_in": "sign-in attempts",
    "question": "questions sent",
    "api": "requests to the open data API",
    "subscribe": "requests for e-mail alerts",
}


def _rate(group: str, request) -> str | None:
    return settings.MOOT_RATE_LIMITS.get(group.removeprefix("moot."))


def over_limit(request, group: str, *, method: str | tuple = "POST") -> int | None:
    """Count this request against ``group``; the seconds to wait if it is over the limit."""
    usage = get_usage(
        request, group=f"moot.{group}", key="ip", rate=_rate, method=method, increment=True
    )
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def too_many_requests(request, group: str, seconds: int, *, as_json: bool = False):
    sentence = rules.retry_sentence(
        seconds=seconds, now=timezone.localtime(), what=WHAT.get(group, "requests")
    )
    if as_json:
        response = JsonResponse({"error": sentence, "retry_after": seconds}, status=429)
    else:
        response = render(request, "accounts/429.html", {"sentence": sentence}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def rate_limited(group: str, *, method: str | tuple = "POST"):
    """Decorate a view: refuse with 429 once the visitor is over ``group``'s rate."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            seconds = over_limit(request, group, method=method)
            if seconds is not None:
                return too_many_requests(request, group, seconds)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
