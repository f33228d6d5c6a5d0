"""Tasks that exist only for the tests (the worker subprocess imports them through
PYTHONPATH): one that succeeds, one that always raises, one that fails once."""

from __future__ import annotations

from pathlib import Path

from moot.jobs.policy import moot_task


@moot_task(attempts=1)
def add(a: int, b: int) -> int:
    return a + b


@moot_task(attempts=3, base_seconds=0)
def always_fails(reason: str) -> None:
    raise RuntimeError(f"planned failure: {reason}")


@moot_task(attempts=3, base_seconds=0)
def fails_once(marker: str) -> str:
    """Fails on its first run (when ``marker`` does not exist yet), then succeeds."""
    path = Path(marker)
    if not path.exists():
        path.write_text("ran once")
        raise RuntimeError("first run fails")
    return "second run"
