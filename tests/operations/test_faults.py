"""Processes killed with SIGKILL (no chance to clean up) in the middle of a pack build and
of an import: afterwards nothing is half-written, and the job is taken up again and
completes. The killed processes are real `moot` processes over the test's database: on
PostgreSQL the test database itself, on SQLite a file copy of it (SQLite's backup API)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from pypdf import PdfReader

from tests.helpers import PACK_SEED
from tests.operations.services import postgres_url

pytestmark = pytest.mark.django_db(transaction=True)

MOOT = str(Path(sys.executable).parent / "moot")


class Shared:
    """The database the killed processes use, and SQL on it from the test."""

    def __init__(self, folder: Path):
        self.folder = folder
        if connection.vendor == "postgresql":
            self.url, self.file = postgres_url(), None
        else:
            self.file = folder / "shared.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(self.file)
            connection.connection.backup(target)
            target.close()
            self.url = f"sqlite:///{self.file}"

    def query(self, sql: str, *params):
        if self.file is None:
            with connection.cursor() as cursor:
                cursor.execute(sql.replace("?", "%s"), params)
                return cursor.fetchall()
        with sqlite3.connect(self.file) as db:
            return db.execute(sql, params).fetchall()

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in {"MOOT_TESTING"}}
        env.update(
            DATABASE_URL=self.url,
            MOOT_DATA_DIR=str(self.folder / "data"),
            MOOT_DEBUG="1",
            MOOT_STORAGE_URL=f"file://{settings.MEDIA_ROOT}",  # the example's documents
        )
        return env

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [MOOT, *args],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [MOOT, *args], env=self.env(), capture_output=True, text=True, timeout=300
        )

    def counts(self) -> dict[str, int]:
        tables = [
            t
            for (t,) in (
                self.query("SELECT name FROM sqlite_master WHERE type='table'")
                if self.file
                else self.query("SELECT tablename FROM pg_tables WHERE schemaname='public'")
            )
            if not t.startswith("sqlite_") and "_fts" not in t
        ]
        return {t: self.query(f'SELECT COUNT(*) FROM "{t}"')[0][0] for t in sorted(tables)}  # noqa: S608


def wait_until(condition, seconds: float, every: float = 0.05) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def kill(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


@pytest.fixture
def share(example, reload_example):
    """Make the database shared with the processes the test starts (after the test's own
    changes, which are committed)."""
    return Shared


def test_a_worker_killed_in_the_middle_of_a_pack_build_leaves_no_partial_pack(
    share, example, tmp_path
):
    from django_tasks_db.models import DBTaskResult

    from moot.jobs import tasks
    from moot.meetings.models import Meeting

    july = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    DBTaskResult.objects.all().delete()  # (committed: a transactional test) only this job
    job = str(tasks.pack_build.enqueue(meeting_id=july.pk, include_exempt=False).id)
    shared = share(tmp_path)
    job = job.replace("-", "") if shared.file else job
    status = "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?"

    packs = tmp_path / "data" / "packs"
    worker = shared.start("worker", "--interval", "0.1")
    try:
        # the build has begun (its folder is made just before the appendices are read,
        # checked and WeasyPrint lays out the front pages, which takes far longer)
        assert wait_until(
            lambda: (
                (packs / example.slug).exists() and shared.query(status, job)[0][0] == "RUNNING"
            ),
            120,
            every=0.005,
        )
    finally:
        kill(worker)
    state = shared.query(status + " OR 1 = 0", job)[0][0]
    assert state == "RUNNING", shared.query(
        "SELECT traceback FROM django_tasks_database_dbtaskresult WHERE id = ?", job
    )  # killed mid-build, not after

    finished = [p for p in packs.rglob("*.pdf")] if packs.exists() else []
    assert all(p.with_suffix(".json").exists() for p in finished)  # nothing half-written
    assert not [p for p in finished if not p.name.startswith(".")]  # and nothing built

    again = shared.run("worker", "--batch")  # takes up the job of the dead worker
    assert again.returncode == 0, again.stderr
    assert shared.query(status, job)[0][0] == "SUCCESSFUL"
    built = [p for p in packs.rglob("*.pdf") if not p.name.startswith(".")]
    assert len(built) == 1 and built[0].with_suffix(".json").exists()
    assert len(PdfReader(built[0]).pages) > 10
    assert not list(packs.rglob(".*.tmp"))  # the killed writer's temporary is gone


def test_an_import_killed_in_the_middle_of_its_transaction_changes_nothing(
    share, example, tmp_path
):
    from moot.meetings.models import Meeting

    Meeting.objects.filter(body=example, date=date(2021, 7, 29)).delete()  # to import again
    shared = share(tmp_path)

    def writing() -> bool:
        """The import is inside its write transaction: SQLite's journal exists, or the
        import's PostgreSQL session holds a transaction id."""
        if shared.file is not None:
            return Path(f"{shared.file}-journal").exists() or Path(f"{shared.file}-wal").exists()
        return bool(
            shared.query(
                "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
            )
        )

    before = shared.counts()
    importing = shared.start("import", "agenda-pack", str(PACK_SEED), "--body", example.slug)
    try:
        caught = wait_until(writing, 120, every=0.002)
    finally:
        kill(importing)
    assert caught, "the import finished before it could be caught writing"
    assert shared.counts() == before  # all or nothing: nothing

    done = shared.run("import", "agenda-pack", str(PACK_SEED), "--body", example.slug)
    assert done.returncode == 0, done.stderr
    after = shared.counts()
    assert after["meetings_meeting"] == before["meetings_meeting"] + 1
