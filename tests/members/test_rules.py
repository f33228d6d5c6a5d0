"""The members' area's rules, property-tested (Hypothesis)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moot.members import rules

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))
statuses = st.sampled_from(
    [
        "scheduled",
        "agenda_published",
        "held",
        "minutes_draft",
        "minutes_approved",
        "cancelled",
        "postponed",
    ]
)
CATEGORIES = frozenset({"employment", "land"})


@given(statuses, days, days)
def test_apologies_only_before_a_meeting_that_will_happen(status, meeting_date, today):
    refusal = rules.apologies_refusal(status=status, meeting_date=meeting_date, today=today)
    allowed = status in ("scheduled", "agenda_published") and meeting_date >= today
    assert (refusal is None) == allowed
    if refusal:
        assert refusal.endswith(".")


@given(days, st.integers(min_value=0, max_value=rules.TAKING_OFFICE_DAYS))
def test_a_new_member_with_nothing_registered_is_reminded_within_28_days(took_office, after):
    reminder = rules.interest_reminder(
        took_office=took_office, last_change=None, today=took_office + timedelta(days=after)
    )
    assert reminder.due and "s30" in reminder.reason


@given(days, st.integers(min_value=0, max_value=rules.YEARLY_DAYS - 1))
def test_a_register_updated_within_the_year_needs_no_reminder(last, after):
    took_office = last - timedelta(days=400)
    reminder = rules.interest_reminder(
        took_office=took_office, last_change=last, today=last + timedelta(days=after)
    )
    assert not reminder.due


@given(days, st.integers(min_value=rules.YEARLY_DAYS, max_value=3000))
def test_a_register_untouched_for_a_year_is_due_a_reminder(last, after):
    reminder = rules.interest_reminder(
        took_office=last - timedelta(days=40), last_change=last, today=last + timedelta(days=after)
    )
    assert reminder.due and "once a year" in reminder.reason


def test_no_seat_no_reminder():
    assert not rules.interest_reminder(took_office=None, last_change=None, today=date.today()).due


@given(
    st.sampled_from(["employment", "land", "bogus", ""]),
    st.text(max_size=2100),
    st.one_of(st.none(), days),
    days,
)
def test_interest_errors_name_each_field_at_fault(category, description, effective_on, today):
    errors = rules.interest_errors(
        category=category,
        description=description,
        effective_on=effective_on,
        today=today,
        categories=CATEGORIES,
    )
    assert ("category" in errors) == (category not in CATEGORIES)
    text = description.strip()
    assert ("description" in errors) == (not text or len(text) > rules.DESCRIPTION_MAX)
    assert ("effective_on" in errors) == (effective_on is None or effective_on > today)


@given(
    st.one_of(st.none(), st.integers(min_value=-5, max_value=50)),
    st.one_of(st.none(), st.integers(min_value=1, max_value=40)),
    st.text(max_size=20),
    st.text(max_size=20),
)
def test_a_note_is_on_a_page_the_paper_has_and_says_something(page, pages, highlight, comment):
    errors = rules.note_errors(page=page, pages=pages, highlight=highlight, comment=comment)
    bad_page = page is None or page < 1 or (pages is not None and page > pages)
    assert ("page" in errors) == bad_page
    assert ("comment" in errors) == (not highlight.strip() and not comment.strip())


@given(st.text(max_size=60), st.datetimes(min_value=datetime(2000, 1, 1)))
def test_the_watermark_names_the_reader_and_the_moment_on_one_line(name, at):
    line = rules.watermark_line(name, at)
    assert "\n" not in line and line.startswith("NOT FOR PUBLICATION")
    assert (" ".join(name.split()) or "a named reader") in line
    assert f"{at:%Y}" in line


# --- the access rule's actions for the members' area -------------------------------------

from moot.access.rules import Role, Subject, Target, decide  # noqa: E402

body_ids = st.integers(min_value=1, max_value=5)


@given(body_ids, st.frozensets(body_ids), st.frozensets(body_ids), days)
def test_only_a_member_of_the_body_on_the_date_sends_apologies(body, seats, chairs, on):
    subject = Subject(user_id=7, seats=seats, chairs=chairs)
    decision = decide(subject, "meeting.send_apologies", Target(body_id=body), on=on)
    assert decision.allowed == (body in seats or body in chairs)
    if not decision.allowed:
        assert "Only a member of" in decision.reason


@given(body_ids, st.frozensets(st.tuples(body_ids, st.sampled_from(list(Role)))), days)
def test_only_the_bodys_clerks_and_administrators_review_registers(body, grants, on):
    grants = frozenset((b, r) for b, r in grants if r not in (Role.MEMBER, Role.CHAIR))
    subject = Subject(user_id=7, body_roles=grants, seats=frozenset({body}))
    decision = decide(subject, "interests.review", Target(body_id=body), on=on)
    assert decision.allowed == (
        (body, Role.CLERK) in grants or (body, Role.ADMINISTRATOR) in grants
    )


@given(body_ids, days)
def test_an_anonymous_visitor_may_do_neither(body, on):
    for action in ("meeting.send_apologies", "interests.review"):
        assert not decide(Subject(), action, Target(body_id=body), on=on).allowed
