"""Running queued jobs in a test the way production does: Moot's worker in batch mode."""

from __future__ import annotations

import os
import socket
from unittest import mock

from django.test import TestCase
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


def run_jobs(*, due_now: bool = False) -> None:
    """Run every job that is due with ``moot.jobs.worker.MootWorker`` in-process, until
    the queue holds nothing due (``due_now``: first make the jobs waiting for a retry
    due, as if their pause had passed).

    The worker closes connections that are not in autocommit between jobs (as a request
    does); inside a test's transaction that would close the test's own connection, so
    that step is left out here; and what a job asks to run on commit (search indexing,
    cache invalidation) is run when the worker is done, as it would be in production
    where the worker's connection commits.
    """
    from django_tasks_db.management.commands import db_worker

    from moot.jobs.worker import MootWorker

    if due_now:
        DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())
    worker = MootWorker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=f"{socket.gethostname()[:40]}:{os.getpid()}:test",
        excluded_queue_names=[],
    )
    with (
        mock.patch.object(db_worker, "close_old_connections", lambda: None),
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        worker.run()
