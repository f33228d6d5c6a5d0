"""Queueing Moot's background jobs for a change, when its transaction commits (a
rolled-back change queues nothing)."""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction

logger = logging.getLogger("moot.jobs")


def _enqueue(task_name: str, **kwargs) -> None:
    from moot.jobs import tasks

    getattr(tasks, task_name).enqueue(**kwargs)


def packs_queue(*, meeting) -> None:
    """Build the meeting's public agenda pack and its members' pack (with the exempt
    papers) in the background, so that the first download finds them ready."""
    for include_exempt in (False, True):
        transaction.on_commit(
            partial(_enqueue, "pack_build", meeting_id=meeting.pk, include_exempt=include_exempt)
        )
    logger.info("moot.jobs.packs_queued meeting=%s", meeting.pk)


def text_extract_queue(*, document) -> None:
    """Read an uploaded document's text in the background (search indexes it when the
    job saves it)."""
    transaction.on_commit(partial(_enqueue, "document_text_extract", document_id=document.pk))
    logger.info("moot.jobs.text_extract_queued document=%s", document.pk)
