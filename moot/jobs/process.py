"""The worker as a child process: `moot demo` runs one beside the development server and
stops it with the server."""

from __future__ import annotations

import os
import subprocess
import sys


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
