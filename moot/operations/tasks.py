"""The operations' background job: page-cache versions that could not be renewed while
the shared cache was down are renewed when it is back (moot.portal.cache.bump)."""

from __future__ import annotations

import logging

from moot.jobs.policy import moot_task

logger = logging.getLogger("moot.cache")


class CacheStillDown(RuntimeError):
    """The shared cache still cannot be written; the job is tried again later."""


@moot_task(attempts=12, base_seconds=2, cap_seconds=120)
def cache_versions_bump(scopes: list[str]) -> dict:
    """Give the page-cache scopes new versions (pages kept under the old ones are never
    served again)."""
    import uuid

    from django.core.cache import cache

    from moot.portal.cache import _version_key

    failed = cache.set_many({_version_key(s): uuid.uuid4().hex for s in scopes}, timeout=None)
    if failed:
        raise CacheStillDown(f"the shared cache is still unreachable ({len(failed)} versions)")
    return {"scopes": scopes}


def versions_bump_queue(scopes: list[str]) -> None:
    """Queue ``cache_versions_bump`` now (called from a commit callback: the change it
    follows is already committed)."""
    logger.warning("moot.cache.versions_queued %s", ",".join(scopes))
    cache_versions_bump.enqueue(scopes=scopes)
