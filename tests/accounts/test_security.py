"""Secure by default: the headers on a public page under production settings, no inline
script or style for the Content-Security-Policy to allow, and X-Forwarded-* believed only
from the configured proxies."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from django.test import RequestFactory, override_settings

from moot.accounts.middleware import TrustedProxyMiddleware

PRODUCTION_PAGE = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
client = Client()
https = client.get("/", HTTP_HOST="moot.example.org", secure=True)
http = client.get("/", HTTP_HOST="moot.example.org")
forged = client.get("/", HTTP_HOST="moot.example.org", HTTP_X_FORWARDED_PROTO="https",
                    REMOTE_ADDR="203.0.113.7")
proxied = client.get("/", HTTP_HOST="moot.example.org", HTTP_X_FORWARDED_PROTO="https",
                     REMOTE_ADDR="127.0.0.1")
login = client.get("/accounts/login/", HTTP_HOST="moot.example.org", secure=True)
print(json.dumps({
    "login_cookie": dict(login.cookies["csrftoken"]),
    "status": https.status_code,
    "headers": dict(https.headers),
    "cookies": {k: dict(v) for k, v in https.cookies.items()},
    "http": [http.status_code, http.headers.get("Location")],
    "forged": [forged.status_code, forged.headers.get("Location")],
    "proxied": proxied.status_code,
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    data = tmp_path_factory.mktemp("production")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MOOT_", "DATABASE_URL"))}
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PAGE],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "moot.settings",
            "MOOT_SECRET_KEY": "a-production-secret-" + "x" * 50,
            "MOOT_ALLOWED_HOSTS": "moot.example.org",
            "MOOT_DATA_DIR": str(data),
        },
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_public_page_under_production_settings_sends_the_security_headers(production):
    assert production["status"] == 200
    headers = production["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_production_cookies_are_secure_and_http_is_redirected(production):
    assert production["login_cookie"]["secure"] is True
    assert production["http"] == [301, "https://moot.example.org/"]


def test_x_forwarded_proto_is_believed_only_from_a_trusted_proxy(production):
    assert production["forged"] == [301, "https://moot.example.org/"]
    assert production["proxied"] == 200


@override_settings(MOOT_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_the_proxy_middleware_rewrites_only_for_trusted_peers():
    seen = {}

    def view(request):
        seen["secure"] = request.is_secure()
        seen["address"] = request.META["REMOTE_ADDR"]
        seen["forwarded"] = request.META.get("HTTP_X_FORWARDED_FOR")
        return None

    middleware = TrustedProxyMiddleware(view)
    factory = RequestFactory()
    headers = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_X_FORWARDED_FOR": "198.51.100.4"}
    middleware(factory.get("/", REMOTE_ADDR="10.1.2.3", **headers))
    assert seen == {"secure": True, "address": "198.51.100.4", "forwarded": "198.51.100.4"}
    middleware(factory.get("/", REMOTE_ADDR="203.0.113.9", **headers))
    assert seen == {"secure": False, "address": "203.0.113.9", "forwarded": None}


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=\"", re.I)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/", "/bodies/", "/search/", "/accounts/login/", "/accounts/password/reset/", "/nowhere/"],
)
def test_pages_carry_no_inline_script_or_style(client, example, path):
    """The Content-Security-Policy allows no inline code, so none may be on a page."""
    response = client.get(path)
    html = response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert not INLINE_SCRIPT.findall(html), path
    assert not INLINE_STYLE.findall(html), path
    assert "/static/moot/js-enabled.js" in html and "/static/moot/init.js" in html
