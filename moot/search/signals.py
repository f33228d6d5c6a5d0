"""Keep the index in step with the record: any save or delete of a meeting, item,
resolution or document reindexes that meeting (``index_meeting`` only touches rows that
changed, so this is cheap). Bulk ``QuerySet.update`` calls bypass signals; after one that
changes public text, call ``services.index_meeting``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save, pre_delete

from moot.search import services

_state = threading.local()


def _deleting() -> set[int]:
    """Meetings being deleted right now: their items' delete signals must not re-index."""
    if not hasattr(_state, "deleting"):
        _state.deleting = set()
    return _state.deleting


@contextmanager
def deferred_indexing() -> Iterator[None]:
    """Collect the meetings that change inside the block and index each once at its end.

    A bulk write (loading the example, an import) saves hundreds of rows of a few
    meetings; indexing after every save would redo the same work hundreds of times. If the
    block raises, nothing is indexed (its transaction is rolled back anyway). Nests.
    """
    outer = getattr(_state, "pending", None)
    if outer is not None:
        yield
        return
    _state.pending = set()
    try:
        yield
        pending = _state.pending
    finally:
        _state.pending = None
    from django.db import connection

    from moot.meetings.models import Meeting

    if connection.in_atomic_block and connection.get_rollback():
        return  # the block's writes are being rolled back (a dry run): nothing to index
    for meeting in Meeting.objects.select_related("body").filter(pk__in=pending):
        services.index_meeting(meeting)


def _reindex(meeting_id: int | None) -> None:
    from moot.meetings.models import Meeting

    if meeting_id is None or meeting_id in _deleting():
        return
    pending = getattr(_state, "pending", None)
    if pending is not None:
        pending.add(meeting_id)
        return
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is not None:
        services.index_meeting(meeting)


def meeting_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(instance.pk)


def meeting_deleting(sender, instance, **kwargs):
    _deleting().add(instance.pk)


def meeting_deleted(sender, instance, **kwargs):
    _deleting().discard(instance.pk)
    services.unindex_meeting(instance.pk)


def item_changed(sender, instance, raw=False, **kwargs):
    """AgendaItem and Document carry ``meeting_id`` themselves."""
    if not raw:
        _reindex(instance.meeting_id)


def resolution_changed(sender, instance, raw=False, **kwargs):
    from moot.meetings.models import AgendaItem

    if raw:
        return
    meeting_id = (
        AgendaItem.objects.filter(pk=instance.item_id).values_list("meeting_id", flat=True).first()
    )
    _reindex(meeting_id)


def body_saved(sender, instance, raw=False, created=False, **kwargs):
    """The index carries the body's name and slug."""
    if raw or created:
        return
    from moot.meetings.models import Meeting

    for meeting in Meeting.objects.filter(body=instance).select_related("body"):
        services.index_meeting(meeting)


def build_if_empty(sender, **kwargs):
    """After ``migrate``: a database that had meetings before search existed gets its index
    built once. Cheap when there is nothing to do."""
    from moot.meetings.models import Meeting
    from moot.search.models import SearchEntry

    using = kwargs.get("using", "default")
    if using != "default":
        return
    try:
        if SearchEntry.objects.exists() or not Meeting.objects.exists():
            return
    except DatabaseError:  # tables not there yet (migrating backwards, partial state)
        return
    services.reindex_all()


def connect() -> None:
    from moot.documents.models import Document
    from moot.governance.models import Body
    from moot.meetings.models import AgendaItem, Meeting, Resolution

    uid = "moot.search"
    post_save.connect(meeting_saved, sender=Meeting, dispatch_uid=f"{uid}.meeting_saved")
    pre_delete.connect(meeting_deleting, sender=Meeting, dispatch_uid=f"{uid}.meeting_deleting")
    post_delete.connect(meeting_deleted, sender=Meeting, dispatch_uid=f"{uid}.meeting_deleted")
    for model in (AgendaItem, Document):
        name = model.__name__.lower()
        post_save.connect(item_changed, sender=model, dispatch_uid=f"{uid}.{name}_saved")
        post_delete.connect(item_changed, sender=model, dispatch_uid=f"{uid}.{name}_deleted")
    post_save.connect(resolution_changed, sender=Resolution, dispatch_uid=f"{uid}.res_saved")
    post_delete.connect(resolution_changed, sender=Resolution, dispatch_uid=f"{uid}.res_deleted")
    post_save.connect(body_saved, sender=Body, dispatch_uid=f"{uid}.body_saved")
