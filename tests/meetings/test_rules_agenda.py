"""The agenda builder's pure rules: exempt marking, moving an item, the publication
verdict."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.meetings import rules

paragraphs = st.one_of(st.none(), st.integers(min_value=-3, max_value=12))
reasons = st.sampled_from(["", "  ", "Commercially confidential."])


@given(exempt=st.booleans(), paragraph=paragraphs, reason=reasons)
def test_exempt_marking_is_complete_only_with_flag_paragraph_and_reason(exempt, paragraph, reason):
    check = rules.exempt_marking(exempt=exempt, paragraph=paragraph, reason=reason)
    complete = exempt and paragraph in range(1, 8) and reason.strip() != ""
    public = not exempt and paragraph is None and reason.strip() == ""
    assert check.ok == (complete or public)
    if not check.ok:
        assert check.field in ("exempt_paragraph", "exempt_reason")
        assert check.explanation.endswith(".")


def test_a_paragraph_without_the_flag_names_the_rule():
    check = rules.exempt_marking(exempt=False, paragraph=3, reason="")
    assert not check.ok and check.field == "exempt_paragraph"
    assert "Schedule 12A to the Local Government Act 1972" in check.explanation


@given(
    order=st.lists(st.integers(min_value=1, max_value=500), min_size=1, max_size=20, unique=True),
    data=st.data(),
)
def test_moving_is_a_permutation_that_puts_the_item_where_asked(order, data):
    item = data.draw(st.sampled_from(order))
    to_index = data.draw(st.integers(min_value=-5, max_value=30))
    result = rules.moved(order, item, to_index)
    assert sorted(result) == sorted(order)
    assert result.index(item) == max(0, min(to_index, len(order) - 1))
    assert [i for i in result if i != item] == [i for i in order if i != item]


def test_moving_an_item_not_on_the_agenda_is_refused():
    with pytest.raises(ValueError, match="not on this agenda"):
        rules.moved([1, 2, 3], 7, 0)


@given(
    publish_by=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    offset=st.integers(min_value=-60, max_value=60),
)
def test_the_verdict_is_on_time_until_the_deadline_day_inclusive(publish_by, offset):
    today = publish_by + timedelta(days=offset)
    verdict = rules.publication_verdict(publish_by, today)
    assert verdict.on_time == (today <= publish_by)
    assert verdict.days_left == -offset
    assert ("Late" in verdict.explanation) != verdict.on_time
