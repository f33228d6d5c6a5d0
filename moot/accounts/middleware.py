"""The gate in front of every request: trusted proxies, security headers, the API's rate
limit, and MFA set-up for accounts that must have it."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from moot.accounts import ratelimits, rules, selectors

FORWARDED_HEADERS = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_HOST")


class TrustedProxyMiddleware:
    """Believe X-Forwarded-Proto and X-Forwarded-For only from ``MOOT_TRUSTED_PROXIES``.

    From any other peer the headers are removed, so that ``SECURE_PROXY_SSL_HEADER`` cannot
    be forged by a visitor (an http request posing as https would get secure-only cookies
    and skip the redirect). From a trusted proxy, REMOTE_ADDR becomes the visitor's address,
    which the rate limits and the lockout count by.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        remote = meta.get("REMOTE_ADDR", "")
        trusted = settings.MOOT_TRUSTED_PROXIES
        if rules.is_trusted_proxy(remote, trusted):
            meta["REMOTE_ADDR"] = rules.client_address(
                remote, meta.get("HTTP_X_FORWARDED_FOR", ""), trusted
            )
        else:
            for header in FORWARDED_HEADERS:
                meta.pop(header, None)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response (Django's SecurityMiddleware sends
    Referrer-Policy and X-Content-Type-Options; django-csp the Content-Security-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def _is_api(request) -> bool:
    return (
        request.path.startswith("/api/")
        or request.path.startswith("/mgWebService.asmx/")  # the ModernGov-compatible service
        or request.GET.get("format") == "json"
    )


class ApiRateLimitMiddleware:
    """The open data API (``/api/`` and every page's ``?format=json`` twin) answers 429
    with a JSON sentence once an address is over ``MOOT_RATE_LIMITS["api"]``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _is_api(request):
            seconds = ratelimits.over_limit(request, "api", method=("GET", "HEAD"))
            if seconds is not None:
                return ratelimits.too_many_requests(request, "api", seconds, as_json=True)
        return self.get_response(request)


class MfaRequiredMiddleware:
    """Send a signed-in account that must use MFA (``selectors.mfa_required``) and has none
    to the TOTP set-up page before anything else. The account pages under /accounts/
    (set-up, recovery codes, sign-out, password) stay reachable."""

    ALLOWED_PREFIXES = ("/accounts/", "/static/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(self.ALLOWED_PREFIXES)
            and selectors.mfa_required(user)
            and not selectors.has_mfa(user)
        ):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
