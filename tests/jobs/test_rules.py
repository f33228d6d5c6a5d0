"""The retry policy: exponential back-off, capped, and a fixed number of attempts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.jobs.rules import retry_decision, retry_delay

attempt_counts = st.integers(min_value=1, max_value=50)
bases = st.floats(min_value=0.001, max_value=600, allow_nan=False)
caps = st.floats(min_value=0, max_value=86400, allow_nan=False)


@given(attempt=attempt_counts, base=bases, cap=caps)
def test_the_pause_never_exceeds_the_cap_and_never_shrinks(attempt, base, cap):
    delay = retry_delay(attempt, base_seconds=base, cap_seconds=cap)
    following = retry_delay(attempt + 1, base_seconds=base, cap_seconds=cap)
    assert 0 <= delay <= cap
    assert following >= delay


@given(attempt=st.integers(min_value=1, max_value=20), base=bases)
def test_below_the_cap_each_pause_doubles(attempt, base):
    cap = float("inf")
    assert retry_delay(attempt + 1, base_seconds=base, cap_seconds=cap) == pytest.approx(
        2 * retry_delay(attempt, base_seconds=base, cap_seconds=cap)
    )


@given(attempt=attempt_counts, attempts=attempt_counts, base=bases, cap=caps)
def test_a_job_is_retried_exactly_until_its_attempts_are_used(attempt, attempts, base, cap):
    decision = retry_decision(attempt, attempts=attempts, base_seconds=base, cap_seconds=cap)
    assert decision.retry == (attempt < attempts)
    assert f"attempt {attempt} of {attempts}" in decision.explanation
    if not decision.retry:
        assert "marked failed" in decision.explanation


def test_first_pauses_of_a_thirty_second_policy():
    assert [retry_delay(n, base_seconds=30, cap_seconds=3600) for n in range(1, 9)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
    ]


def test_attempt_zero_is_refused_with_a_sentence():
    with pytest.raises(ValueError, match="attempt 0 is not a run"):
        retry_delay(0, base_seconds=1, cap_seconds=1)
