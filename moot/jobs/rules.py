"""The retry policy of background jobs, as pure functions over plain values.

A job that raises is run again after an exponentially growing pause (``base * 2**(n-1)``
seconds after its n-th failed attempt, never more than ``cap``), until it has been tried
``attempts`` times; then it is marked failed with its error, for an administrator to see.
A job whose worker was killed while running it counts that run as a failed attempt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetryDecision:
    retry: bool
    delay_seconds: float
    explanation: str


def retry_delay(attempt: int, *, base_seconds: float, cap_seconds: float) -> float:
    """The pause after failed attempt number ``attempt`` (1 for the first run)."""
    if attempt < 1:
        raise ValueError(f"attempt {attempt} is not a run: attempts are counted from 1")
    if base_seconds <= 0:
        return 0.0
    exponent = min(attempt - 1, 62)  # 2**62 seconds is past any cap
    return float(min(cap_seconds, base_seconds * 2**exponent))


def retry_decision(
    attempt: int, *, attempts: int, base_seconds: float, cap_seconds: float
) -> RetryDecision:
    """Whether a job that failed on run number ``attempt`` of at most ``attempts`` is run
    again, and after how long."""
    if attempt >= attempts:
        return RetryDecision(
            retry=False,
            delay_seconds=0.0,
            explanation=f"Failed on attempt {attempt} of {attempts}: no attempts are left, "
            "so the job is marked failed.",
        )
    delay = retry_delay(attempt, base_seconds=base_seconds, cap_seconds=cap_seconds)
    return RetryDecision(
        retry=True,
        delay_seconds=delay,
        explanation=f"Failed on attempt {attempt} of {attempts}: tried again in {delay:g} seconds.",
    )
