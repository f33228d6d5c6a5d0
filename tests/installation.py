"""A Moot installation of its own: a file SQLite database and data folder under a
temporary folder, driven through the real ``moot`` command in subprocesses (for tests of
what several processes share: the job queue, the page cache)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Installation:
    data_dir: Path
    env: dict[str, str]

    @property
    def database(self) -> Path:
        return self.data_dir / "moot.sqlite3"

    def moot(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "moot.cli", *args],
            env=self.env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def shell(self, code: str) -> str:
        done = self.moot("manage", "shell", "--no-imports", "-c", code)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def start_worker(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "moot.cli", "worker", "--interval", "0.1", *args],
            env=self.env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def jobs(self) -> dict[str, tuple[str, int]]:
        """id -> (status, attempts), read straight from the file."""
        with sqlite3.connect(self.database, timeout=20) as connection:
            rows = connection.execute(
                "SELECT id, status, worker_ids FROM django_tasks_database_dbtaskresult"
            ).fetchall()
        import json

        return {str(row[0]).replace("-", ""): (row[1], len(json.loads(row[2]))) for row in rows}

    def wait_for_status(self, job_id: str, status: str, timeout: float = 60) -> None:
        key = job_id.replace("-", "")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.jobs().get(key, ("",))[0] == status:
                return
            time.sleep(0.02)
        raise AssertionError(f"job {job_id} never reached {status}: {self.jobs()}")


def make_installation(tmp_path: Path) -> Installation:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "MOOT_TESTING"}
    }
    env.update(MOOT_DATA_DIR=str(tmp_path / "data"), MOOT_DEBUG="1", PYTHONPATH=str(REPO))
    inst = Installation(tmp_path / "data", env)
    done = inst.moot("manage", "migrate", "--verbosity", "0")
    assert done.returncode == 0, done.stderr
    return inst
