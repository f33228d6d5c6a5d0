"""The meeting rules other than deadlines (moot.meetings.rules), on plain values: worked
examples and Hypothesis properties. No database is needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.meetings.rules import QUESTION_MAX_CHARACTERS, question_errors

# --- Public questions ----------------------------------------------------------------------

blank = st.text(alphabet=" \t\n", max_size=5)
words = st.text(min_size=1, max_size=60).filter(lambda t: t.strip())


@given(name=blank | words, email=blank | words, question=blank | words)
def test_question_errors_name_every_empty_field_at_once(name, email, question):
    errors = question_errors(name=name, email=email, question=question)
    empty = [
        f for f, v in (("name", name), ("email", email), ("question", question)) if not v.strip()
    ]
    assert list(errors) == empty  # all of them, in the form's order
    for field in empty:
        assert errors[field].startswith("Enter your ")


@given(length=st.integers(min_value=1, max_value=3 * QUESTION_MAX_CHARACTERS))
def test_question_errors_refuse_only_questions_over_the_limit(length):
    errors = question_errors(name="Ann", email="ann@example.com", question="x" * length)
    if length <= QUESTION_MAX_CHARACTERS:
        assert errors == {}
    else:
        assert list(errors) == ["question"]
        assert f"{length} characters long" in errors["question"]
        assert "2,000 characters or fewer" in errors["question"]
