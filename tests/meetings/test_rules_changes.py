"""What may still change on a meeting, an item or a question (pure rules)."""

from hypothesis import given
from hypothesis import strategies as st

from moot.meetings import rules

STATUSES = [
    rules.SCHEDULED,
    rules.AGENDA_PUBLISHED,
    rules.HELD,
    rules.MINUTES_DRAFT,
    rules.MINUTES_APPROVED,
    rules.CANCELLED,
    rules.POSTPONED,
]
FIELDS = st.frozensets(
    st.sampled_from(["venue", "closed_at", "start", "minutes_published_at", "contact_name"])
)


@given(st.sampled_from(STATUSES), FIELDS, st.booleans())
def test_approved_minutes_lock_every_change_and_nothing_changed_is_always_allowed(
    status, changed, date_set
):
    allowed, reason = rules.meeting_change_allowed(
        status, changed, minutes_published_at_set=date_set
    )
    if not changed:
        assert allowed
    elif status == rules.MINUTES_APPROVED:
        assert not allowed and "approved and are locked" in reason
        assert all(name in reason for name in changed)


@given(st.sampled_from(STATUSES), FIELDS)
def test_a_minutes_published_date_is_set_only_once_minutes_are_published(status, changed):
    changed = changed | {"minutes_published_at"}
    allowed, _ = rules.meeting_change_allowed(status, changed, minutes_published_at_set=True)
    assert allowed is (status == rules.MINUTES_DRAFT)
    cleared, _ = rules.meeting_change_allowed(status, changed, minutes_published_at_set=False)
    assert cleared is (status != rules.MINUTES_APPROVED)


@given(st.booleans(), st.none() | st.integers(min_value=-3, max_value=12))
def test_exempt_and_paragraph_agree(exempt, paragraph):
    allowed, reason = rules.exempt_consistent(exempt, paragraph)
    assert allowed is (
        (exempt and paragraph is not None and 1 <= paragraph <= 7)
        or (not exempt and paragraph is None)
    )
    if not allowed:
        assert "Schedule 12A" in reason


@given(
    st.sampled_from(["submitted", "accepted", "rejected", "answered"]),
    st.sampled_from(["", "  ", "Not the Board's business."]),
    st.none() | st.integers(1, 3),
    st.integers(1, 3),
)
def test_a_question_state_is_consistent(status, reason, item_meeting, meeting):
    allowed, explanation = rules.question_state_valid(
        status, reason, item_meeting_id=item_meeting, meeting_id=meeting
    )
    needs_reason = status == "rejected" and not reason.strip()
    wrong_item = item_meeting is not None and item_meeting != meeting
    assert allowed is not (needs_reason or wrong_item)
