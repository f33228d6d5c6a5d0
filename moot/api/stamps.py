"""Stamp the change times of the public record when a transaction commits.

The same model signals as the page cache (``moot.portal.cache``) are listened to; what a
change touches is found the same way (a row of the meetings or documents record belongs
to one meeting, found by following its foreign keys up). Bulk writes that send no model
signal announce themselves with ``meeting_records_changed``, as the page cache expects.
"""

from __future__ import annotations

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from moot.portal.cache import UNWATCHED_MODELS, WATCHED_APPS, _meeting_of

GOVERNANCE = "governance"
ANY = "any"


class _Flush:
    """One commit callback per transaction, holding every stamp the transaction owes."""

    def __init__(self) -> None:
        self.pending: set[tuple[str, int | tuple[int, int] | None]] = set()
        self.done = False
        self.index = -1

    def __call__(self) -> None:
        from moot.api.models import BodyStamp, MeetingStamp, RecordStamp
        from moot.governance.models import Body
        from moot.meetings.models import Meeting

        self.done = True
        now = timezone.now()
        meetings = {pk for kind, pk in self.pending if kind == "meeting"}
        bodies = {pk for kind, pk in self.pending if kind == "body"}
        for pk in Meeting.objects.filter(pk__in=meetings).values_list("pk", flat=True):
            MeetingStamp.objects.update_or_create(meeting_id=pk, defaults={"updated_at": now})
        for pk in Body.objects.filter(pk__in=bodies).values_list("pk", flat=True):
            BodyStamp.objects.update_or_create(body_id=pk, defaults={"updated_at": now})
        if (GOVERNANCE, None) in self.pending:
            RecordStamp.objects.update_or_create(scope=GOVERNANCE, defaults={"updated_at": now})
        RecordStamp.objects.update_or_create(scope=ANY, defaults={"updated_at": now})
        from moot.api.exports import queue_for_change

        queue_for_change(
            meeting_ids=meetings,
            body_ids=bodies,
            files={pk for kind, pk in self.pending if kind == "file"},
            governance=(GOVERNANCE, None) in self.pending,
        )


def _stamp(kind: str, pk: int | tuple[int, int] | None, using: str | None) -> None:
    alias = using or DEFAULT_DB_ALIAS
    connection = connections[alias]
    flush = getattr(connection, "_moot_api_flush", None)
    if connection.in_atomic_block and flush is not None and not flush.done:
        queued = connection.run_on_commit
        if len(queued) > flush.index and queued[flush.index][1] is flush:
            flush.pending.add((kind, pk))
            return
    flush = _Flush()
    flush.pending.add((kind, pk))
    flush.index = len(connection.run_on_commit)
    connection._moot_api_flush = flush
    transaction.on_commit(flush, using=alias)


def record_changed(sender, instance, raw=False, using=None, **_kwargs) -> None:
    from moot.governance.models import Body
    from moot.meetings.models import Meeting

    if raw:
        _stamp(GOVERNANCE, None, using)
    elif isinstance(instance, Meeting):
        _stamp("meeting", instance.pk, using)
        # The meeting's export file, by body and year (still known once it is deleted).
        _stamp("file", (instance.body_id, instance.date.year), using)
    elif isinstance(instance, Body):
        _stamp("body", instance.pk, using)
    elif sender._meta.app_label in ("meetings", "documents") and (
        meeting_id := _meeting_of(instance)
    ):
        _stamp("meeting", meeting_id, using)
    else:
        _stamp(GOVERNANCE, None, using)


def _governance_changed(sender=None, using=None, **_kwargs) -> None:
    _stamp(GOVERNANCE, None, using)


def _meeting_records_changed(sender, meeting_id=None, using=None, **_kwargs) -> None:
    if meeting_id is not None:
        _stamp("meeting", meeting_id, using)


def connect_signals() -> None:
    from moot.meetings.signals import meeting_records_changed

    meeting_records_changed.connect(
        _meeting_records_changed, dispatch_uid="moot-api-meeting-records-changed"
    )
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in UNWATCHED_MODELS:
                continue
            uid = f"moot-api-{model._meta.label_lower}"
            post_save.connect(record_changed, sender=model, dispatch_uid=uid + "-save")
            post_delete.connect(record_changed, sender=model, dispatch_uid=uid + "-delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    _governance_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}-{field.name}-m2m",
                )
