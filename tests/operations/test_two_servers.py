"""Two `moot serve` processes on two loopback ports behave as one site: they share one
PostgreSQL database, one Redis (page cache and its versions, rate-limit counters) and one
S3-compatible object store (moto's server mode) for documents and built packs, and each
has its own data folder, as if on its own machine. A minute edited and a document
uploaded through one server, and a pack built through it, are seen through the other at
once: no stale page, no stale pack."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.browser.helpers import signed_in
from tests.operations.services import (
    launch_server,
    postgres_url,
    seed_static,
    server_environment,
    small_pdf,
    stop,
    wait_for_server,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_url(db):
    return postgres_url()  # skips on SQLite, before any service is started


@pytest.fixture
def two_servers(database_url, tmp_path, object_store, redis_server, example, reload_example):
    database = database_url
    prefix = f"two-{tmp_path.name}"
    storage = object_store.url(prefix)
    object_store.upload_folder(settings.MEDIA_ROOT, f"{prefix}/media")  # the example's files
    envs = [
        server_environment(
            database=database, redis=redis_server.url, storage=storage, data=tmp_path / name
        )
        for name in ("machine-a", "machine-b")
    ]
    for env in envs:  # collected once, not by each server at start-up
        seed_static(tmp_path, env, Path(env["MOOT_DATA_DIR"]))
    servers = []
    try:
        servers.extend(launch_server(tmp_path, env) for env in envs)  # started side by side
        for server in servers:
            wait_for_server(server)
        yield servers
    finally:
        for server in servers:
            stop(server.process)


def csrf(server, path: str) -> str:
    page = server.get(path)
    assert page.status_code == 200, page.text[:500]
    server.cookies["csrftoken"] = page.cookies["csrftoken"]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def test_a_change_through_one_server_is_seen_through_the_other_at_once(
    two_servers, example, object_store
):
    from moot.meetings.models import AgendaItem, Meeting

    a, b = two_servers
    for server in (a, b):
        health = server.get("/healthz")
        assert health.status_code == 200 and health.json()["status"] == "ok", health.text

    _, session = signed_in("two-servers-clerk", "clerk", example)
    a.cookies["sessionid"] = b.cookies["sessionid"] = session

    # 1. a minute edited through A: B's cached page of the meeting is not served again
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    item = march.items.exclude(minutes="").order_by("order").first()
    public = reverse("portal:meeting", args=[example.slug, march.date_slug])
    for server in (a, b, b):
        assert server.get(public).status_code == 200
    assert b.get(public).headers.get("X-Moot-Cache") == "hit"  # B keeps pages in Redis
    assert "Moved across two servers" not in b.get(public).text
    live = reverse("workspace:live", args=[example.slug, march.date_slug])
    token = csrf(a, live)
    saved = a.post(
        reverse("workspace:live_minutes", args=[example.slug, march.date_slug, item.pk]),
        {
            "csrfmiddlewaretoken": token,
            f"item{item.pk}-minutes": "Moved across two servers.",
            f"item{item.pk}-version": str(item.minutes_version),
        },
        headers={"Referer": a.base + live},
    )
    assert saved.status_code == 302, saved.text[:2000]
    assert "Moved across two servers." in b.get(public).text

    # 2. a document uploaded through A is in the object store and served through B
    october = Meeting.objects.get(body=example, date=date(2021, 10, 28))
    target = october.items.order_by("order").first()
    page = reverse("workspace:item", args=[example.slug, october.date_slug, target.pk])
    token = csrf(a, page)
    data = small_pdf("Uploaded through server A")
    uploaded = a.post(
        reverse("workspace:document_add", args=[example.slug, october.date_slug, target.pk]),
        {
            "csrfmiddlewaretoken": token,
            "document-title": "Uploaded through server A",
            "document-kind": "report",
            "document-letter": "",
        },
        files={"document-file": ("through-a.pdf", data, "application/pdf")},
        headers={"Referer": a.base + page},
    )
    assert uploaded.status_code == 302, uploaded.text[:2000]
    document = october.documents.get(title="Uploaded through server A")
    assert any(k.endswith(document.file.name) for k in object_store.keys("two-"))
    assert not (a.data / "media").exists() or not any((a.data / "media").rglob("*.pdf"))
    served = b.get(
        reverse("documents:document", args=[example.slug, october.date_slug, document.pk])
    )
    assert served.status_code == 200
    assert hashlib.sha256(served.content).hexdigest() == hashlib.sha256(data).hexdigest()

    # 3. a pack built through A is the pack B serves (fetched from the store, not built
    # again); after a change to what it prints, both serve the new pack
    july = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    pack = reverse("documents:pack", args=[example.slug, july.date_slug])
    built = a.get(pack)
    assert built.status_code == 200 and built.content.startswith(b"%PDF")
    assert any(k.endswith(".json") for k in object_store.keys("two-") if "/builds/packs/" in k)
    fetched = b.get(pack)
    assert fetched.headers["ETag"] == built.headers["ETag"]
    assert fetched.content == built.content  # the same file, byte for byte
    first = july.items.order_by("order").first()
    AgendaItem.objects.filter(pk=first.pk).update(title=first.title + " (amended)")
    rebuilt = b.get(pack)
    assert rebuilt.status_code == 200 and rebuilt.headers["ETag"] != built.headers["ETag"]
    assert a.get(pack).headers["ETag"] == rebuilt.headers["ETag"]
