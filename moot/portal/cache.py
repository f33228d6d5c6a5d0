"""Published pages are cached whole, per address, keyed on a content version.

Every save or delete of a governance, meetings or documents model, and every change to a
many-to-many relation between them, replaces the version token in the same transaction as
the change; the pages cached under the old token are never served again (they age out).
The token lives in the database (``ContentVersion``), so that several server processes,
each with its own local-memory cache, and the command line writing the record all agree
on it: a page costs one query when it is served from the cache.

Writes that send no model signals (``QuerySet.update``, ``bulk_create``) must call
``content_changed()`` themselves; the services' bulk update (``quorum_judge``) runs
alongside a ``save()`` of the meeting, which already changes the version.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import wraps

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone

WATCHED_APPS = ("governance", "meetings", "documents")
PAGE_TTL_SECONDS = 60 * 60
_KEY_PREFIX = "moot:page:"


def content_changed(**_kwargs) -> None:
    """Give the public record a new version: every cached page becomes stale."""
    from moot.portal.models import ContentVersion

    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})


def content_version() -> str:
    from moot.portal.models import ContentVersion

    return ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first() or "-"


def connect_signals() -> None:
    """Listen to the watched apps' models only (a listener on every model would stop
    Django's fast deletes everywhere)."""
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            uid = f"moot-portal-{model._meta.label_lower}"
            post_save.connect(content_changed, sender=model, dispatch_uid=uid + "-save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=uid + "-delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    content_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}-{field.name}-m2m",
                )


_KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Vary", "Link")


def page_key(path: str, host: str = "") -> str:
    """The cache key of a page: the content version, today's date (pages say what is
    upcoming and whether questions are open), the host (feeds and calendars carry absolute
    addresses) and the full address with its query."""
    raw = f"{content_version()}|{timezone.localdate().isoformat()}|{host}|{path}"
    return _KEY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def cached_page(view):
    """Serve a published page from the cache, or render it and keep it if it is a 200.

    Every portal page shows only what the visibility gate lets anyone see, so one cached
    copy serves every visitor.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request.get_full_path(), request.get_host())
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Moot-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            headers = {h: response[h] for h in _KEPT_HEADERS if response.has_header(h)}
            cache.set(key, (response.content, headers), PAGE_TTL_SECONDS)
            response["X-Moot-Cache"] = "miss"
        return response

    return wrapper
