"""`moot worker`: run background jobs (pack and minutes builds, text extraction, search
indexing, e-mail) from the database queue.

Wiring (moot/cli.py): ``jobs_cli.add_parsers(sub)`` in ``build_parser`` and
``COMMANDS["worker"] = jobs_cli.run``.

    moot worker [--batch] [--max-tasks N] [--interval SECONDS] [--queue NAMES]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``worker`` to the ``moot`` parser."""
    p = sub.add_parser(
        "worker",
        help="run background jobs",
        description="Run background jobs from the database queue until stopped (Ctrl+C or "
        "SIGTERM finish the running job first). Jobs left running by a worker that was "
        "killed are taken up again at start.",
    )
    p.add_argument("--batch", action="store_true", help="run the jobs that are due, then exit")
    p.add_argument("--max-tasks", type=int, default=None, metavar="N", help="exit after N jobs")
    p.add_argument("--interval", type=float, default=1.0, metavar="SECONDS", help="pause when idle")
    p.add_argument("--queue", default="*", help="queue names, comma separated (default: all)")


def _user_error(message: str) -> Exception:
    from moot.cli import UserError

    return UserError(message)


def run(args: argparse.Namespace) -> int:
    if args.max_tasks is not None and args.max_tasks < 1:
        raise _user_error(f"--max-tasks {args.max_tasks}: give a number of jobs of 1 or more.")
    if args.interval < 0:
        raise _user_error(f"--interval {args.interval:g}: a pause cannot be negative.")
    from moot.cli import _setup

    _setup()
    from django.db import DatabaseError
    from django_tasks_db.models import DBTaskResult

    try:
        DBTaskResult.objects.exists()
    except DatabaseError:
        raise _user_error(
            "the database has no job queue yet; run `moot manage migrate` first."
        ) from None
    from moot.jobs.worker import run_worker

    run_worker(
        batch=args.batch, interval=args.interval, max_tasks=args.max_tasks, queues=args.queue
    )
    return 0


def start_beside(argv: list[str] | None = None) -> subprocess.Popen:
    """Start ``moot worker`` as a child process (``moot demo`` runs one beside the
    development server and stops it with the server)."""
    return subprocess.Popen(
        [sys.executable, "-m", "moot.cli", "worker", *(argv or [])], env=os.environ.copy()
    )


def stop(child: subprocess.Popen, *, timeout: float = 10.0) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
