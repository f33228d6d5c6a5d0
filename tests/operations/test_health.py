"""/healthz checks the database, the cache and the document storage (200 or 503, JSON),
public pages answer conditional GETs with 304, and `moot serve` refuses to start with one
clear line when the cache or the storage cannot be reached."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.operations.services import free_port

pytestmark = pytest.mark.django_db


def test_healthz_reports_each_service(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    checks = response.json()["checks"]
    assert set(checks) == {"database", "cache", "document storage"}
    assert all(c["ok"] for c in checks.values())


def test_healthz_is_503_naming_the_cache_that_cannot_be_reached(client):
    caches = {
        "default": {
            "BACKEND": "moot.operations.cache_backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        },
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"]["ok"] is False and body["checks"]["database"]["ok"] is True


def test_healthz_is_503_when_the_document_folder_cannot_be_written(client, settings, tmp_path):
    folder = tmp_path / "media"
    folder.write_text("a file where the folder should be")
    settings.MEDIA_ROOT = folder
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["document storage"]["ok"] is False


def test_public_pages_answer_a_conditional_get_with_304(client, example):
    page = reverse("portal:body", args=[example.slug])
    first = client.get(page)
    assert first.status_code == 200 and first.has_header("ETag")
    again = client.get(page, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(page, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def _serve(env_extra: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"MOOT_TESTING", "DATABASE_URL"}}
    env.update(MOOT_DEBUG="1", MOOT_DATA_DIR=str(tmp_path), **env_extra)
    moot = str(Path(sys.executable).parent / "moot")
    return subprocess.run(
        [moot, "serve", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("MOOT_CACHE_URL", "redis://127.0.0.1:{port}/0", "the cache at redis://127.0.0.1:"),
        (
            "MOOT_STORAGE_URL",
            "s3://bucket?endpoint=http://127.0.0.1:{port}",
            "the document storage at s3://bucket (endpoint http://127.0.0.1:",
        ),
        ("MOOT_STORAGE_URL", "ftp://somewhere", "MOOT_STORAGE_URL 'ftp://somewhere': only"),
    ],
)
def test_serve_refuses_to_start_with_one_line_naming_what_cannot_be_reached(
    tmp_path, variable, value, said
):
    extra = {variable: value.format(port=free_port())}
    if variable == "MOOT_STORAGE_URL":
        extra.update(AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="y")
    done = _serve(extra, tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("moot serve: "), done.stderr
    assert said in lines[0]
    assert "Traceback" not in done.stderr


def test_pages_and_rate_limits_carry_on_when_redis_cannot_be_reached(client, example):
    """Both caches on a Redis that is not there: the API (rate limited) and a public page
    answer from the database; the rate limiter fails open rather than shut people out."""
    unreachable = f"redis://127.0.0.1:{free_port()}/0"
    backend = "moot.operations.cache_backend.ResilientRedisCache"
    caches = {
        "default": {"BACKEND": backend, "LOCATION": unreachable},
        "ratelimit": {"BACKEND": backend, "LOCATION": unreachable},
    }
    with override_settings(CACHES=caches):
        for _ in range(3):
            assert client.get("/api/v1/").status_code == 200
        page = client.get(reverse("portal:body", args=[example.slug]))
        assert page.status_code == 200 and example.name in page.text
        assert not page.has_header("X-Moot-Cache")
