"""The sign-off rules, as pure functions: properties over any configuration of steps and
any sequence of decisions."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moot.reports.rules import (
    Mark,
    Stage,
    Step,
    lateness,
    may_accept,
    may_decide,
    progress,
    send_back_reason,
)

LEAD, LEGAL, FINANCE = Step(1, "Lead officer"), Step(2, "Legal"), Step(3, "Finance")
DEFAULT = [LEAD, LEGAL, FINANCE]

step_lists = st.lists(
    st.builds(Step, id=st.integers(1, 30), name=st.sampled_from(["Lead officer", "Legal", "HR"])),
    max_size=6,
    unique_by=lambda s: s.id,
)
days = st.dates(date(2020, 1, 1), date(2030, 12, 31))


def test_a_new_draft_waits_on_the_first_step():
    current = progress(DEFAULT, [])
    assert current.stage is Stage.AWAITING and current.waiting_on == LEAD
    assert "Waits on the Lead officer sign-off" in current.explanation
    assert "Lead officer, Legal and Finance" in current.explanation


def test_steps_are_signed_in_order_then_the_clerk_may_accept():
    marks = []
    for step in DEFAULT:
        current = progress(DEFAULT, marks)
        assert current.waiting_on == step
        assert may_decide(current, step.id).ok
        assert not may_accept(current, accepted=False, agenda_open=True).ok
        marks.append(Mark(step.id, True))
    current = progress(DEFAULT, marks)
    assert current.stage is Stage.SIGNED_OFF and current.signed == tuple(DEFAULT)
    assert may_accept(current, accepted=False, agenda_open=True).ok
    assert not may_decide(current, FINANCE.id).ok


def test_a_later_step_cannot_sign_before_an_earlier_one():
    check = may_decide(progress(DEFAULT, []), FINANCE.id)
    assert not check.ok
    assert check.explanation == (
        "This draft waits on the Lead officer sign-off: steps are signed off in order."
    )


def test_a_sent_back_draft_takes_no_more_decisions_and_cannot_be_accepted():
    current = progress(DEFAULT, [Mark(LEAD.id, True), Mark(LEGAL.id, False)])
    assert current.stage is Stage.SENT_BACK and current.waiting_on is None
    assert "Sent back at the Legal step" in current.explanation
    assert not may_decide(current, FINANCE.id).ok
    refused = may_accept(current, accepted=False, agenda_open=True)
    assert not refused.ok and refused.explanation.startswith("Not yet signed off.")


def test_sending_back_needs_a_reason():
    assert not send_back_reason("   ").ok
    assert send_back_reason("The figures in table 2 do not add up.").ok


def test_no_steps_configured_means_signed_off_at_once():
    current = progress([], [])
    assert current.stage is Stage.SIGNED_OFF
    assert "No sign-off steps are configured" in current.explanation


@given(steps=step_lists, data=st.data())
def test_the_draft_waits_on_the_first_step_not_signed(steps, data):
    signed = data.draw(st.sets(st.sampled_from([s.id for s in steps]))) if steps else set()
    current = progress(steps, [Mark(i, True) for i in sorted(signed)])
    unsigned = [s for s in steps if s.id not in signed]
    if unsigned:
        assert current.stage is Stage.AWAITING and current.waiting_on == unsigned[0]
        assert [s.id for s in steps if may_decide(current, s.id).ok] == [unsigned[0].id]
    else:
        assert current.stage is Stage.SIGNED_OFF and current.waiting_on is None
    assert {s.id for s in current.signed} == signed


@given(steps=step_lists, data=st.data())
def test_any_send_back_stops_the_draft(steps, data):
    ids = [s.id for s in steps] + [99]
    marks = data.draw(st.lists(st.builds(Mark, st.sampled_from(ids), st.booleans()), max_size=8))
    current = progress(steps, marks)
    if any(not m.signed for m in marks):
        assert current.stage is Stage.SENT_BACK
        assert not any(may_decide(current, i).ok for i in ids)
    assert current.explanation


@given(
    stage_marks=st.lists(st.booleans(), max_size=3),
    accepted=st.booleans(),
    agenda_open=st.booleans(),
)
def test_the_clerk_accepts_only_a_fully_signed_off_draft_once_on_an_open_agenda(
    stage_marks, accepted, agenda_open
):
    marks = [Mark(step.id, ok) for step, ok in zip(DEFAULT, stage_marks, strict=False)]
    current = progress(DEFAULT, marks)
    check = may_accept(current, accepted=accepted, agenda_open=agenda_open)
    assert check.ok is (current.stage is Stage.SIGNED_OFF and not accepted and agenda_open)
    assert check.explanation


@given(publish_by=days, today=days, accepted=st.booleans())
def test_a_report_is_late_only_when_not_accepted_after_the_agenda_deadline(
    publish_by, today, accepted
):
    verdict = lateness(publish_by, today, accepted=accepted)
    assert verdict.days_left == (publish_by - today).days
    assert verdict.late is (not accepted and today > publish_by)
    assert verdict.explanation


@given(publish_by=days, today=days)
def test_lateness_only_grows_as_the_days_pass(publish_by, today):
    """A report late today is late tomorrow (until accepted)."""
    if lateness(publish_by, today, accepted=False).late:
        assert lateness(publish_by, today + timedelta(days=1), accepted=False).late


def test_the_explanations_a_clerk_reads():
    publish_by = date(2021, 10, 20)
    assert lateness(publish_by, date(2021, 10, 12), accepted=False).explanation == (
        "8 days left: the agenda is to be published by Wednesday 20 October 2021."
    )
    assert lateness(publish_by, date(2021, 10, 22), accepted=False).explanation == (
        "Late: the agenda had to be published by Wednesday 20 October 2021, 2 days ago, and "
        "this report is not accepted yet."
    )
