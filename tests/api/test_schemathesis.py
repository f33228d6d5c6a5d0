"""Schemathesis against the served /api/v1/openapi.json, in process (WSGI): every
operation, a bounded number of generated requests each (docs/api.md gives the command for
a longer run), no server error and no answer that breaks the published schema."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

EXAMPLES = 10


def wsgi_app():
    """Moot's WSGI application, with the client address every WSGI server sets (the
    rate limiter reads it; Werkzeug's test client leaves it out)."""
    django_app = get_wsgi_application()

    def app(environ, start_response):
        environ.setdefault("REMOTE_ADDR", "192.0.2.1")
        # Werkzeug's test client asks for gzip but does not inflate it (test_harvest does).
        environ.pop("HTTP_ACCEPT_ENCODING", None)
        return django_app(environ, start_response)

    return app


@pytest.fixture
def api_schema(db, example, settings):
    """As Django's test client does, requests do not close the database connection (on
    PostgreSQL that would end the test's transaction)."""
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "100000/m"}
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_keeps_to_the_published_schema(case):
    case.call_and_validate()
