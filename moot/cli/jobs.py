"""`moot worker`: run background jobs (pack and minutes builds, text extraction, search
indexing, e-mail) from the database queue.

    moot worker [--batch] [--max-tasks N] [--interval SECONDS] [--queue NAMES]
"""

from __future__ import annotations

import argparse

from moot.cli.registry import UserError, arg, command, setup


@command(
    "worker",
    arg("--batch", action="store_true", help="run the jobs that are due, then exit"),
    arg("--max-tasks", type=int, default=None, metavar="N", help="exit after N jobs"),
    arg("--interval", type=float, default=1.0, metavar="SECONDS", help="pause when idle"),
    arg("--queue", default="*", help="queue names, comma separated (default: all)"),
    help="run background jobs",
    description="Run background jobs from the database queue until stopped (Ctrl+C or "
    "SIGTERM finish the running job first). Jobs left running by a worker that was "
    "killed are taken up again at start.",
)
def cmd_worker(args: argparse.Namespace) -> int:
    if args.max_tasks is not None and args.max_tasks < 1:
        raise UserError(f"--max-tasks {args.max_tasks}: give a number of jobs of 1 or more.")
    if args.interval < 0:
        raise UserError(f"--interval {args.interval:g}: a pause cannot be negative.")
    setup()
    from django.db import DatabaseError
    from django_tasks_db.models import DBTaskResult

    try:
        DBTaskResult.objects.exists()
    except DatabaseError:
        raise UserError(
            "the database has no job queue yet; run `moot manage migrate` first."
        ) from None
    from moot.jobs.worker import run_worker

    run_worker(
        batch=args.batch, interval=args.interval, max_tasks=args.max_tasks, queues=args.queue
    )
    return 0
