"""Is this server able to serve? The database, the shared cache and the document storage,
each checked for real (a query, a write and read back, a look-up), for ``/healthz`` (a load
balancer's probe and monitoring) and for the start-up check of ``moot serve``."""

from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("moot.healthz")

PROBE_NAME = "moot-healthz-probe"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    where: str
    error: str = ""
    milliseconds: float = 0.0

    def line(self) -> str:
        """One sentence for a person: what cannot be reached, where, and why."""
        return f"the {self.name} at {self.where} cannot be reached ({self.error})."


def _timed(name: str, where: str, probe) -> Check:
    started = time.perf_counter()
    try:
        probe()
    except Exception as error:  # any failure of the service is the answer, not a crash
        message = " ".join(str(error).split()) or type(error).__name__
        return Check(name, False, where, message[:300])
    return Check(name, True, where, "", round((time.perf_counter() - started) * 1000, 1))


def check_database() -> Check:
    from django.db import connection

    def probe():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    where = f"{connection.vendor} {connection.settings_dict.get('HOST') or ''}".strip()
    return _timed("database", where, probe)


def _cache_where() -> str:
    location = settings.CACHES["default"].get("LOCATION", "")
    return _without_password(str(location)) or settings.CACHES["default"]["BACKEND"]


def _without_password(url: str) -> str:
    from urllib.parse import urlparse

    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@", 1)
    return url


def check_cache() -> Check:
    from django.core.cache import cache

    def probe():
        if hasattr(cache, "ping"):
            cache.ping()  # raises when Redis is down (reads would just miss)
        key, value = f"moot:healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
        cache.set(key, value, 30)
        if cache.get(key) != value:
            raise OSError("a value written could not be read back")
        cache.delete(key)

    return _timed("cache", _cache_where(), probe)


def check_storage() -> Check:
    from django.core.files.storage import default_storage

    def probe():
        default_storage.exists(PROBE_NAME)  # a look-up: raises if the store is unreachable
        if settings.MOOT_STORAGE.kind == "folder":
            folder = default_storage.path("")
            os.makedirs(folder, exist_ok=True)
            if not os.access(folder, os.W_OK):
                raise PermissionError(f"{folder} is not writable")

    return _timed("document storage", settings.MOOT_STORAGE.describe(), probe)


def run_checks(*, database: bool = True) -> list[Check]:
    checks = [check_database()] if database else []
    return [*checks, check_cache(), check_storage()]


@never_cache
@require_safe
def healthz(request):
    """200 with every check when all pass, 503 naming the one(s) that failed. The reason
    goes to the log, not to the (public) answer: it may name internal addresses."""
    checks = run_checks()
    healthy = all(c.ok for c in checks)
    for check in checks:
        if not check.ok:
            logger.error("moot.healthz.failed %s", check.line())
    payload = {
        "status": "ok" if healthy else "unavailable",
        "checks": {c.name: {"ok": c.ok, "milliseconds": c.milliseconds} for c in checks},
    }
    return JsonResponse(payload, status=200 if healthy else 503)
