"""Keep the index in step with the record, after the change is committed.

Any save or delete of a meeting, item, presenter, resolution or document (and the renaming
of a body or of a person who presents) asks for its meeting to be indexed when the transaction commits (``transaction.on_commit``): a bulk
write (loading the example, an import) that saves hundreds of rows of a few meetings
indexes each of them once, after the commit; a write that is rolled back (a dry run, an
error) indexes nothing. Outside a transaction the meeting is indexed at once.

The request is deduplicated against the commit callbacks the connection already holds:
a meeting already due to be indexed by this transaction, at this savepoint or an outer
one, is not asked for again. ``index_meeting`` only touches rows that changed, so an
index run for a meeting that did not change in the end costs little. Bulk
``QuerySet.update`` calls bypass signals; after one that changes public text, call
``request_index`` (or ``services.index_meeting``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import DatabaseError, connections, router, transaction
from django.db.models.signals import post_delete, post_save

from moot.portal.cache import search_changed
from moot.search import services


@dataclass(eq=False)
class _IndexMeeting:
    """The commit callback that indexes one meeting (or removes it when it is gone)."""

    meeting_id: int
    done: bool = False

    def __call__(self) -> None:
        from moot.meetings.models import Meeting

        self.done = True
        meeting = Meeting.objects.select_related("body").filter(pk=self.meeting_id).first()
        if meeting is None:
            services.unindex_meeting(self.meeting_id)
        else:
            services.index_meeting(meeting)
        search_changed()  # cached searches are renewed once the index is written


def _already_requested(connection, callback: _IndexMeeting) -> bool:
    current = list(connection.savepoint_ids)
    for entry in connection.run_on_commit:
        sids, func = entry[0], entry[1]
        if (
            isinstance(func, _IndexMeeting)
            and func.meeting_id == callback.meeting_id
            and not func.done
            and list(sids) == current[: len(sids)]
        ):
            return True  # survives whenever a new request here would
    return False


def request_index(meeting_id: int | None, *, using: str | None = None) -> None:
    """Index the meeting once the current transaction commits (at once in autocommit)."""
    if meeting_id is None:
        return
    from moot.meetings.models import Meeting

    alias = using or router.db_for_write(Meeting)
    connection = connections[alias]
    callback = _IndexMeeting(meeting_id)
    if connection.in_atomic_block and _already_requested(connection, callback):
        return
    transaction.on_commit(callback, using=alias)


def meeting_changed(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        request_index(instance.pk, using=using)


def item_changed(sender, instance, raw=False, using=None, **kwargs):
    """AgendaItem and Document carry ``meeting_id`` themselves."""
    if not raw:
        request_index(instance.meeting_id, using=using)


def _item_meeting(item_id: int | None, using: str | None) -> int | None:
    from moot.meetings.models import AgendaItem

    if item_id is None:
        return None
    return (
        AgendaItem.objects.using(using or "default")
        .filter(pk=item_id)
        .values_list("meeting_id", flat=True)
        .first()
    )


def item_part_changed(sender, instance, raw=False, using=None, **kwargs):
    """Resolutions and presenters belong to an item; their meeting is the item's. When the
    item itself is being deleted its own delete signal has asked already."""
    if not raw:
        request_index(_item_meeting(instance.item_id, using), using=using)


def body_saved(sender, instance, raw=False, created=False, using=None, **kwargs):
    """The index carries the body's name and slug."""
    if raw or created:
        return
    from moot.meetings.models import Meeting

    for meeting_id in Meeting.objects.filter(body=instance).values_list("pk", flat=True):
        request_index(meeting_id, using=using)


def person_saved(sender, instance, raw=False, created=False, using=None, **kwargs):
    """Items name their presenters: a renamed person is renamed in the index."""
    if raw or created:
        return
    from moot.meetings.models import Presenter

    meeting_ids = (
        Presenter.objects.filter(person=instance)
        .values_list("item__meeting_id", flat=True)
        .distinct()
    )
    for meeting_id in meeting_ids:
        request_index(meeting_id, using=using)


def meeting_records_changed(sender, meeting_id=None, using=None, **kwargs):
    """A bulk write of the meetings services (``moot.meetings.signals``)."""
    request_index(meeting_id, using=using)


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
    from moot.governance.models import Body, Person
    from moot.meetings.models import AgendaItem, Meeting, Presenter, Resolution

    uid = "moot.search"
    post_save.connect(meeting_changed, sender=Meeting, dispatch_uid=f"{uid}.meeting_saved")
    post_delete.connect(meeting_changed, sender=Meeting, dispatch_uid=f"{uid}.meeting_deleted")
    for model in (AgendaItem, Document):
        name = model.__name__.lower()
        post_save.connect(item_changed, sender=model, dispatch_uid=f"{uid}.{name}_saved")
        post_delete.connect(item_changed, sender=model, dispatch_uid=f"{uid}.{name}_deleted")
    for model in (Resolution, Presenter):
        name = model.__name__.lower()
        post_save.connect(item_part_changed, sender=model, dispatch_uid=f"{uid}.{name}_saved")
        post_delete.connect(item_part_changed, sender=model, dispatch_uid=f"{uid}.{name}_deleted")
    post_save.connect(body_saved, sender=Body, dispatch_uid=f"{uid}.body_saved")
    post_save.connect(person_saved, sender=Person, dispatch_uid=f"{uid}.person_saved")
    from moot.meetings import signals as meetings_signals

    meetings_signals.meeting_records_changed.connect(
        meeting_records_changed, dispatch_uid=f"{uid}.meeting_records_changed"
    )
    from moot.search import executive

    executive.connect()
