"""``moot worker``: django-tasks-db's worker with Moot's retry policy and recovery.

- A job that raises is put back in the queue with a pause (``moot.jobs.rules``) until its
  task's attempts are used up; then it is marked failed with its error (the admin's
  "Failed jobs" lists it). Its last error is kept on the row meanwhile.
- A job left RUNNING by a worker that died (SIGKILL, power cut) is taken up again when a
  worker starts: on the same machine when the worker's process is gone; on another
  machine when it has been running longer than ``MOOT_JOB_STALE_SECONDS``.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import timedelta
from traceback import format_exception

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from moot.jobs import rules
from moot.jobs.policy import policy_for

logger = logging.getLogger("moot.jobs")

ABANDONED = "moot.jobs.WorkerStopped"


def make_worker_id() -> str:
    """``host:pid:random``, at most 64 characters, so a later worker can tell whether the
    process that claimed a job is still alive."""
    host = socket.gethostname()[:40]
    return f"{host}:{os.getpid()}:{get_random_string(8)}"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _abandoned(job: DBTaskResult, *, now, stale_after: timedelta) -> bool:
    last = job.worker_ids[-1] if job.worker_ids else ""
    host, _, rest = last.partition(":")
    pid_text = rest.partition(":")[0]
    if host == socket.gethostname()[:40] and pid_text.isdigit():
        return int(pid_text) != os.getpid() and not _process_alive(int(pid_text))
    return job.started_at is None or job.started_at < now - stale_after


def _retry_or_fail(
    job: DBTaskResult, *, exception_path: str, traceback: str, at_once: bool = False
) -> bool:
    """Put a job whose run failed back in the queue, or mark it failed; returns whether
    it will run again. ``at_once``: no pause (the worker failed, not the job)."""
    policy = policy_for(job.task_path)
    attempt = max(len(job.worker_ids), 1)
    decision = rules.retry_decision(
        attempt,
        attempts=policy.attempts,
        base_seconds=policy.base_seconds,
        cap_seconds=policy.cap_seconds,
    )
    now = timezone.now()
    job.exception_class_path = exception_path
    job.traceback = traceback
    job.return_value = None
    if decision.retry:
        job.status = TaskResultStatus.READY
        job.run_after = now + timedelta(seconds=0 if at_once else decision.delay_seconds)
        job.finished_at = None
    else:
        job.status = TaskResultStatus.FAILED
        job.finished_at = now
    job.save(
        update_fields=[
            "status",
            "run_after",
            "finished_at",
            "exception_class_path",
            "traceback",
            "return_value",
        ]
    )
    logger.warning("Job %s (%s): %s", job.id, job.task_path, decision.explanation)
    return decision.retry


def jobs_recover_abandoned(*, stale_seconds: float | None = None) -> list[str]:
    """Take up again the jobs whose worker died while running them (each such run counts
    as a failed attempt); returns their ids."""
    if stale_seconds is None:
        stale_seconds = float(getattr(settings, "MOOT_JOB_STALE_SECONDS", 6 * 3600))
    now = timezone.now()
    recovered = []
    with transaction.atomic():
        for job in DBTaskResult.objects.running().select_for_update():
            if not _abandoned(job, now=now, stale_after=timedelta(seconds=stale_seconds)):
                continue
            worker = job.worker_ids[-1] if job.worker_ids else "an unknown worker"
            _retry_or_fail(
                job,
                exception_path=ABANDONED,
                traceback=f"The worker running this job ({worker}) stopped before it "
                "finished (killed or crashed).",
                at_once=True,
            )
            recovered.append(str(job.id))
    return recovered


class MootWorker(Worker):
    def run(self) -> None:
        recovered = jobs_recover_abandoned()
        if recovered:
            logger.warning("Took up %d job(s) left running by a stopped worker.", len(recovered))
        super().run()

    def run_task(self, db_task_result: DBTaskResult) -> None:
        try:
            self.running_task = True
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                from django_tasks import TaskContext

                value = task.call(
                    TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs
                )
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            db_task_result.set_successful(value)
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            exception_path = f"{type(exc).__module__}.{type(exc).__qualname__}"
            retried = _retry_or_fail(
                db_task_result,
                exception_path=exception_path,
                traceback="".join(format_exception(exc)),
            )
            if not retried:
                try:
                    sender = type(db_task_result.task.get_backend())
                    task_finished.send(sender=sender, task_result=db_task_result.task_result)
                except Exception:  # noqa: BLE001 - the task itself cannot be loaded
                    logger.exception("Job %s failed", db_task_result.id)
        finally:
            self.running_task = False
            self._run_tasks += 1


def run_worker(
    *,
    batch: bool = False,
    interval: float = 1.0,
    max_tasks: int | None = None,
    queues: str = "*",
) -> None:
    """Run jobs until stopped (``batch``: until the queue is empty)."""
    worker = MootWorker(
        queue_names=queues.split(","),
        interval=interval,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id=make_worker_id(),
        excluded_queue_names=[],
    )
    worker.configure_signals()
    worker.run()
