"""Redis stopped and started again while pages are requested: pages are served from the
database while the cache is down, a change made meanwhile is on the page at once, the
page-cache versions the cache could not take are renewed by a job when it is back, and
/healthz says so (503, then 200). Uses a Redis server of the test's own (Debian's
redis-server) so that it can be stopped; the shared one is never touched."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from moot.operations import cache_backend
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(redis_server, monkeypatch):
    if redis_server.process is None:
        pytest.skip("redis-server is not installed: a Redis this test may stop is needed")
    monkeypatch.setattr(cache_backend, "RETRY_SECONDS", 0.0)
    caches = {
        "default": {
            "BACKEND": "moot.operations.cache_backend.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "moot-test",
        },
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches):
        from django.core.cache import cache

        cache.clear()
        yield redis_server
    if redis_server.process is None or redis_server.process.poll() is not None:
        redis_server.restart()


def test_pages_are_served_from_the_database_while_redis_is_down(
    client, example, redis_cache, django_capture_on_commit_callbacks
):
    from moot.meetings.models import Meeting

    meeting = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    page = reverse("portal:meeting", args=[example.slug, meeting.date_slug])
    assert client.get(page)["X-Moot-Cache"] == "miss"
    assert client.get(page)["X-Moot-Cache"] == "hit"
    assert client.get("/healthz").status_code == 200

    redis_cache.stop()
    down = client.get(page)
    assert down.status_code == 200 and "Changed while Redis was down" not in down.text
    assert not down.has_header("X-Moot-Cache")  # rendered from the database, not kept
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json()["checks"]["cache"]["ok"] is False
    assert health.json()["checks"]["database"]["ok"] is True

    queued = DBTaskResult.objects.filter(task_path__endswith="cache_versions_bump").count()
    with django_capture_on_commit_callbacks(execute=True):
        meeting.venue = "Changed while Redis was down"
        meeting.save()
    assert "Changed while Redis was down" in client.get(page).text  # from the database
    assert DBTaskResult.objects.filter(task_path__endswith="cache_versions_bump").count() > queued

    redis_cache.restart()
    assert client.get("/healthz").status_code == 200
    run_jobs(due_now=True)  # the versions the cache could not take are renewed now
    assert not DBTaskResult.objects.filter(
        task_path__endswith="cache_versions_bump", status="FAILED"
    ).exists()
    again = client.get(page)
    assert again.status_code == 200 and "Changed while Redis was down" in again.text
    assert client.get(page)["X-Moot-Cache"] == "hit"


def test_a_version_renewal_waits_in_the_queue_while_redis_stays_down(
    example, redis_cache, django_capture_on_commit_callbacks
):
    """A Redis that comes back with its old data must not serve the old page: the queued
    renewal is retried until it succeeds (here: it fails while Redis is still down)."""
    from moot.meetings.models import Meeting

    meeting = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    redis_cache.stop()
    with django_capture_on_commit_callbacks(execute=True):
        meeting.venue = "Another change"
        meeting.save()
    job = DBTaskResult.objects.filter(task_path__endswith="cache_versions_bump").latest(
        "enqueued_at"
    )
    run_jobs(due_now=True)
    job.refresh_from_db()
    assert job.status == "READY" and "still unreachable" in job.traceback
