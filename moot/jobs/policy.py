"""Each task's retry policy, registered by ``moot_task`` beside the task itself."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.module_loading import import_string
from django_tasks import task


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    base_seconds: float = 30.0
    cap_seconds: float = 3600.0


DEFAULT_POLICY = RetryPolicy()
POLICIES: dict[str, RetryPolicy] = {}


def moot_task(
    *, attempts: int = 3, base_seconds: float = 30.0, cap_seconds: float = 3600.0, **options
) -> Callable:
    """``django_tasks.task`` with a retry policy: run at most ``attempts`` times, pausing
    ``base_seconds * 2**(n-1)`` (at most ``cap_seconds``) after the n-th failure."""
    if attempts < 1:
        raise ValueError(f"attempts={attempts}: a job runs at least once")

    def register(function: Callable):
        made = task(**options)(function)
        POLICIES[made.module_path] = RetryPolicy(attempts, base_seconds, cap_seconds)
        return made

    return register


def policy_for(task_path: str) -> RetryPolicy:
    """The policy of the task at ``task_path`` (imported, so that its ``moot_task``
    registers it); the default for a task that cannot be imported."""
    if task_path not in POLICIES:
        with contextlib.suppress(ImportError):
            import_string(task_path)
    return POLICIES.get(task_path, DEFAULT_POLICY)
