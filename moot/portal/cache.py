"""Published pages are cached whole, per address, keyed on the versions of what they show.

The versions live in the shared cache (``CACHES["default"]``: a file cache under
MOOT_DATA_DIR by default, Redis with ``MOOT_CACHE_URL``), so every process that serves or
changes the record (each server worker, ``moot worker``, a command in a shell) sees the
same ones. There is one version per meeting, one per body, one for the list pages (home,
bodies, people, decisions, calendars, feeds, search, API index), one for the search index
(renewed after each write of the index, which follows the record's commit; search
answers are keyed on it too) and one for everything:

- a meeting's pages (``/bodies/B/meetings/D/...``) are keyed on everything + body B +
  meeting B/D; a body's pages on everything + body B; every other page on everything +
  lists;
- a change to a meeting's record (its items, documents, attendance, minutes, votes ...)
  gives that meeting and the lists new versions; a change to the meeting row itself (its
  date, status, venue) or to a body gives the body and the lists new versions; any other
  change to the governance record (people, organisations, terms of reference, seats,
  memberships, many-to-many links) gives everything a new version.

Versions change when the transaction commits (``transaction.on_commit``), so a rolled-back
write changes nothing, a bulk write changes each version once, and no write waits on
another (nothing is written to a shared database row). A version missing from the cache
(never set, or evicted) is given a new random value before use, so an eviction can never
bring back an old page. Writes that send no model signals (``QuerySet.update``,
``bulk_create``) call ``meeting_changed``/``body_changed``/``content_changed`` themselves.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from dataclasses import dataclass
from functools import wraps

from django.apps import apps
from django.core.cache import cache
from django.db import connections, router, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone, translation

WATCHED_APPS = ("governance", "meetings", "documents", "executive")
UNWATCHED_MODELS = {"governance.auditentry"}  # the audit trail is not on any public page
PAGE_TTL_SECONDS = 60 * 60
_KEY_PREFIX = "moot:page:"
_VERSION_PREFIX = "moot:version:"
EVERYTHING = "all"
LISTS = "lists"
SEARCH = "search"  # the search index: renewed after the index itself is written
UNKNOWN_VERSION = "-"  # the cache could give no version (it is unreachable)


def _version_key(scope: str) -> str:
    return _VERSION_PREFIX + scope


def body_scope(body_slug: str) -> str:
    return f"body:{body_slug}"


def meeting_scope(body_slug: str, date_slug: str) -> str:
    return f"meeting:{body_slug}/{date_slug}"


def bump(*scopes: str) -> None:
    """Give each scope a new version now (pages keyed on the old ones are never served
    again; they age out)."""
    failed = cache.set_many({_version_key(s): uuid.uuid4().hex for s in scopes}, timeout=None)
    if failed:  # the shared cache is down: try again from the job queue until it is back
        from moot.operations.tasks import versions_bump_queue

        versions_bump_queue(list(scopes))


def versions(scopes: list[str]) -> list[str]:
    """The current version of each scope (one cache read); a missing one is created."""
    keys = [_version_key(s) for s in scopes]
    found = cache.get_many(keys)
    missing = [k for k in keys if k not in found]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, timeout=None)
        found.update(cache.get_many(missing))
    return [str(found.get(k, UNKNOWN_VERSION)) for k in keys]


# --- what a change touches, resolved when the transaction commits ---------------------


@dataclass(eq=False)
class _Bump:
    """A commit callback: ``kind`` is "meeting" (by id), "body" (by id) or "all"."""

    kind: str
    pk: int | None = None
    done: bool = False

    def same(self, other: object) -> bool:
        return isinstance(other, _Bump) and (other.kind, other.pk) == (self.kind, self.pk)

    def __call__(self) -> None:
        self.done = True
        if self.kind == "meeting":
            from moot.meetings.models import Meeting

            meeting = Meeting.objects.select_related("body").filter(pk=self.pk).first()
            if meeting is None:  # deleted: its body's pages show it no more
                bump(LISTS)
                return
            bump(meeting_scope(meeting.body.slug, meeting.date_slug), LISTS)
        elif self.kind == "body":
            from moot.governance.models import Body

            slug = Body.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
            if slug is None:
                bump(EVERYTHING)
                return
            bump(body_scope(slug), LISTS)
        else:
            bump(EVERYTHING)


def _on_commit(callback: _Bump, using: str | None = None) -> None:
    from moot.meetings.models import Meeting

    alias = using or router.db_for_write(Meeting)
    connection = connections[alias]
    if connection.in_atomic_block:
        current = list(connection.savepoint_ids)
        for entry in connection.run_on_commit:
            sids, func = entry[0], entry[1]
            if callback.same(func) and not func.done and list(sids) == current[: len(sids)]:
                return  # already due at this savepoint or an outer one
    transaction.on_commit(callback, using=alias)


def meeting_changed(meeting_id: int | None, *, using: str | None = None) -> None:
    """The record of one meeting changed: its pages and the list pages get new versions
    when the transaction commits."""
    if meeting_id is not None:
        _on_commit(_Bump("meeting", meeting_id), using)


def body_changed(body_id: int | None, *, using: str | None = None) -> None:
    """A body (or a meeting row: its date, status, venue) changed: every page of the body,
    its meetings' included, and the list pages get new versions on commit."""
    if body_id is not None:
        _on_commit(_Bump("body", body_id), using)


def content_changed(*, using: str | None = None, **_kwargs) -> None:
    """Something every page may show changed: every page gets a new version on commit."""
    _on_commit(_Bump(EVERYTHING), using)


def search_changed(*, using: str | None = None) -> None:
    """The search index was written: cached search results get a new version once that
    write commits. The index is written after the record's own commit, so the record's
    versions alone could change before the index does; a search answered in between
    would keep old results under the new versions."""
    transaction.on_commit(lambda: bump(SEARCH), using=using)


def _meeting_of(instance) -> int | None:
    """The meeting a row of the meetings or documents record belongs to, following its
    foreign keys up (vote -> resolution -> item -> meeting); None for rows of no meeting."""
    from moot.meetings.models import AgendaItem, Resolution, Vote

    if getattr(instance, "meeting_id", None) is not None:
        return instance.meeting_id
    for field, model, path in (
        ("item_id", AgendaItem, "meeting_id"),
        ("resolution_id", Resolution, "item__meeting_id"),
        ("vote_id", Vote, "resolution__item__meeting_id"),
    ):
        pk = getattr(instance, field, None)
        if pk is not None:
            return model.objects.filter(pk=pk).values_list(path, flat=True).first()
    return None


def record_changed(sender, instance, raw=False, using=None, **_kwargs) -> None:
    """A model signal: decide which versions the change touches."""
    from moot.governance.models import Body
    from moot.meetings.models import Meeting

    if raw:
        content_changed(using=using)
    elif isinstance(instance, Meeting):
        body_changed(instance.body_id, using=using)
    elif isinstance(instance, Body):
        body_changed(instance.pk, using=using)
    elif sender._meta.app_label in ("meetings", "documents") and (
        meeting_id := _meeting_of(instance)
    ):
        meeting_changed(meeting_id, using=using)
    else:
        content_changed(using=using)


def _meeting_records_changed(sender, meeting_id=None, using=None, **_kwargs) -> None:
    meeting_changed(meeting_id, using=using)


def connect_signals() -> None:
    """Listen to the watched apps' models only (a listener on every model would stop
    Django's fast deletes everywhere), and to the meetings services' bulk writes."""
    from moot.meetings.signals import meeting_records_changed

    meeting_records_changed.connect(
        _meeting_records_changed, dispatch_uid="moot-portal-meeting-records-changed"
    )
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in UNWATCHED_MODELS:
                continue
            uid = f"moot-portal-{model._meta.label_lower}"
            post_save.connect(record_changed, sender=model, dispatch_uid=uid + "-save")
            post_delete.connect(record_changed, sender=model, dispatch_uid=uid + "-delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    content_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}-{field.name}-m2m",
                )


# --- serving ------------------------------------------------------------------------------

_KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Vary", "Link")
CACHED_VIEW = "moot_cached_page"  # the attribute that marks a view whose output is cached
SEARCH_SCOPES = [EVERYTHING, LISTS, SEARCH]
LIST_SCOPES = (EVERYTHING, LISTS)  # the versions of the list pages (home, decisions ...)


def scopes_of(match) -> list[str]:
    """The versions the page of a resolved address (``django.urls.ResolverMatch``) is
    keyed on."""
    if match.view_name == "search:search":
        return list(SEARCH_SCOPES)
    slug, date_slug = match.kwargs.get("slug"), match.kwargs.get("date_slug")
    if match.url_name in ("person",) or not slug:
        return [EVERYTHING, LISTS]
    if date_slug:
        return [EVERYTHING, body_scope(slug), meeting_scope(slug, date_slug)]
    return [EVERYTHING, body_scope(slug)]


def page_scopes(path: str) -> list[str]:
    """The versions a page at ``path`` (without its query) is keyed on."""
    try:
        return scopes_of(resolve(path))
    except Resolver404:
        return [EVERYTHING, LISTS]


def _answer_key(scopes: list[str], host: str, identity: str, prefix: str) -> str:
    raw = f"{'|'.join(scopes)}|{timezone.localdate().isoformat()}|{host}|{identity}"
    return prefix + hashlib.sha256(raw.encode()).hexdigest()


@dataclass
class Kept:
    """Where the answer to one request is kept, the versions it must have been made under,
    and the answer found there if it was made under them (``hit``)."""

    key: str
    tokens: list[str]
    hit: tuple[bytes, dict[str, str]] | None
    scopes: list[str] = dataclasses.field(default_factory=list)


def look_up(
    scopes: list[str], host: str, identity: str, prefix: str, tokens: list[str] | None = None
) -> Kept | None:
    """The kept answer for ``identity`` and the current versions of ``scopes``, read in one
    round trip to the shared cache (the versions and the answer together); None when the
    cache cannot say which versions are current (it is down): then nothing may be served or
    kept. An answer is kept with the versions it was made under and served only while they
    are still the current ones, today (pages say what is upcoming). ``tokens``: the
    versions of ``scopes`` read earlier in the same request, not read again."""
    key = _answer_key(scopes, host, identity, prefix)
    if tokens is not None:
        found = {key: cache.get(key)}
    else:
        version_keys = [_version_key(s) for s in scopes]
        found = cache.get_many([*version_keys, key])
        if all(k in found for k in version_keys):
            tokens = [str(found[k]) for k in version_keys]
        else:
            tokens = versions(scopes)  # a version never set, or evicted: created now
    if UNKNOWN_VERSION in tokens:
        return None
    stored = found.get(key)
    hit = None
    if isinstance(stored, tuple) and len(stored) == 3 and stored[0] == tokens:
        hit = (stored[1], stored[2])
    return Kept(key, tokens, hit, list(scopes))


def keep(kept: Kept, content: bytes, headers: dict[str, str]) -> None:
    """Keep an answer made under ``kept.tokens`` (it replaces one made under older ones)."""
    cache.set(kept.key, (kept.tokens, content, headers), PAGE_TTL_SECONDS)


_VALUE_PREFIX = "moot:value:"


def remembered(scopes: list[str], identity: str, compute):
    """A value computed from the record (such as a count over all of it), kept in the
    shared cache under the current versions of ``scopes`` and computed again only once one
    of them changes; computed every time while the cache cannot say which versions are
    current. The versions are read before the value is computed, so a change committed
    in between leaves the value kept under versions that are already old: it is never
    served."""
    kept = look_up(scopes, "", identity, _VALUE_PREFIX)
    if kept is None:
        return compute()
    if kept.hit is not None:
        return kept.hit[0]
    value = compute()
    cache.set(kept.key, (kept.tokens, value, {}), PAGE_TTL_SECONDS)
    return value


def stored_response(stored: tuple[bytes, dict[str, str]]) -> HttpResponse:
    """A response rebuilt from a kept ``(content, headers)`` pair, marked as a hit."""
    content, headers = stored
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    response["X-Moot-Cache"] = "hit"
    return response


EARLY = "moot_early"  # the request's attribute: the early cache's look-up (moot.operations.early)
KEEP_INNER = "moot_keep_inner"  # the answer's attribute: keep this copy after all


def serve_cached(request, scopes: list[str], identity: str, render) -> HttpResponse:
    """Answer from the page cache, or call ``render()`` and keep its answer if it is a 200.

    ``identity`` names the answer among those keyed on the same versions (a page's full
    address; a search's normalised query). Only what anyone may see can be kept here:
    one copy serves every visitor.

    When the early cache (``moot.operations.early``) has looked this request up, the
    versions it read are used again; and when ``identity`` is the address (so that the
    early cache keeps the same answers), the answer is kept here only if the early cache
    cannot keep its own copy (it sets a cookie): a visitor it answers never reads this
    copy, and each write of a page costs as much as reading the page's record. (A
    search's identity is its normalised query, shared by addresses written differently:
    always kept here.)
    """
    # the language the answer is shown in (moot.portal.language): English and Welsh copies
    # of one address are kept apart
    language = translation.get_language() or ""
    early = getattr(request, EARLY, None)
    tokens = early.tokens if early is not None and early.scopes == scopes else None
    kept = look_up(scopes, request.get_host(), f"{language}|{identity}", _KEY_PREFIX, tokens)
    if kept is None:  # a page kept earlier might be stale: render from the database
        return render()
    if kept.hit is not None:
        return stored_response(kept.hit)
    response = render()
    if response.status_code == 200 and not response.streaming:
        headers = {h: response[h] for h in _KEPT_HEADERS if response.has_header(h)}
        content = response.content
        if early is not None and identity == request.get_full_path():
            setattr(response, KEEP_INNER, lambda: keep(kept, content, headers))
        else:
            keep(kept, content, headers)
        response["X-Moot-Cache"] = "miss"
    return response


def cacheable(view):
    """Mark ``view`` as one whose every answer is public and cached (the early answer in
    ``moot.operations.early`` looks for the mark)."""
    setattr(view, CACHED_VIEW, True)
    return view


def cached_page(view):
    """Serve a published page from the cache, or render it and keep it if it is a 200.

    Every portal page shows only what the visibility gate lets anyone see, so one cached
    copy serves every visitor.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        return serve_cached(
            request,
            page_scopes(request.path_info),
            request.get_full_path(),
            lambda: view(request, *args, **kwargs),
        )

    return cacheable(wrapper)
