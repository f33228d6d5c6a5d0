"""Batched writes for an import: one search index run and one page-cache bump per meeting.

Every service an import calls is atomic on its own (a savepoint inside the import's
transaction), and each write asks for its meeting to be re-indexed and its pages renewed on
commit. The search and cache signals drop a repeated request only when it comes from the same
savepoint, so one import of a ten-item page queued some 26 index runs of one meeting.
``collapse_commit_callbacks`` keeps the first request per meeting (or body) of those still
due: called at the end of the import's outermost block, all of them will run, and running one
does what running them all did.
"""

from __future__ import annotations

from django.db import connections, router


def _key(func) -> tuple | None:
    name = type(func).__name__
    if name == "_IndexMeeting":
        return ("index", func.meeting_id)
    if name == "_Bump":
        return ("bump", func.kind, func.pk)
    return None


def collapse_commit_callbacks(using: str | None = None) -> int:
    """Drop repeated index and cache requests queued in this transaction; returns how many."""
    from moot.meetings.models import Meeting

    connection = connections[using or router.db_for_write(Meeting)]
    if not connection.in_atomic_block:
        return 0
    seen: set[tuple] = set()
    kept, dropped = [], 0
    for entry in connection.run_on_commit:
        func = entry[1]
        key = _key(func)
        if key is not None and not getattr(func, "done", False):
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
        kept.append(entry)
    connection.run_on_commit[:] = kept
    return dropped
