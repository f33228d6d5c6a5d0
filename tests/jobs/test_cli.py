"""`moot worker` is wired into the `moot` command, and `moot demo` runs one beside the
development server and stops it with the server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from moot import cli
from tests.installation import REPO


def test_worker_is_a_moot_command():
    args = cli.build_parser().parse_args(["worker", "--batch", "--max-tasks", "3"])
    assert args.handler.__module__ == "moot.cli.jobs"
    assert (args.batch, args.max_tasks) == (True, 3)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["worker", "--max-tasks", "0"], "--max-tasks 0: give a number of jobs of 1 or more."),
        (["worker", "--interval", "-1"], "--interval -1: a pause cannot be negative."),
    ],
)
def test_worker_refuses_bad_options_with_a_sentence(argv, message, capsys):
    assert cli.main(argv) == 1
    assert capsys.readouterr().err.strip() == f"moot worker: {message}"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_demo_starts_a_worker_and_stops_it_with_the_server(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "MOOT_TESTING"}}
    env.update(MOOT_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    demo = subprocess.Popen(
        [sys.executable, "-m", "moot.cli", "demo", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        workers: list[int] = []
        while time.monotonic() < deadline and demo.poll() is None:
            workers = [c for c in _children(demo.pid) if "moot.cli worker" in _cmdline(c)]
            if workers:
                break
            time.sleep(0.2)
        assert workers, "moot demo started no worker"
        demo.send_signal(signal.SIGTERM)
        demo.wait(timeout=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "moot.cli worker" in _cmdline(workers[0]):
            time.sleep(0.2)
        assert "moot.cli worker" not in _cmdline(workers[0]), "the worker outlived the demo"
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
