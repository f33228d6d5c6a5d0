"""Pure rules of running Moot, in words an operator reads."""

from __future__ import annotations

MAX_DEFAULT_WORKERS = 8


def default_workers(cpus: int | None) -> int:
    """How many server processes ``moot serve`` starts when not told: two per CPU and one
    more (while one waits on the database, another computes), at most eight (each holds
    its own memory and database connection), and at least two (one slow request never
    holds up the rest). An unknown CPU count counts as one CPU."""
    cpus = cpus if cpus and cpus > 0 else 1
    return max(2, min(MAX_DEFAULT_WORKERS, 2 * cpus + 1))


def workers_from(option: int | None, environment: str, cpus: int | None) -> int:
    """The ``--workers`` option, else ``MOOT_WORKERS``, else :func:`default_workers`.
    Raises ValueError naming the input that is not a whole number from 1 up."""
    if option is not None:
        if option < 1:
            raise ValueError(f"--workers {option}: give a whole number from 1 up.")
        return option
    text = (environment or "").strip()
    if text:
        if not text.isdigit() or int(text) < 1:
            raise ValueError(f"MOOT_WORKERS {text!r}: give a whole number from 1 up.")
        return int(text)
    return default_workers(cpus)
