"""The executive rules: 28 clear days, exceptions, decision records, call-in, reg 19."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.executive import rules
from moot.meetings.rules import ClearDayPolicy, counts_as_clear_day

LONDON = ZoneInfo("Europe/London")
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
WORKING = ClearDayPolicy(clear_days=28, bank_holiday_region="ENG")

# Bank-holiday tables are computed on first use of a year: no per-example deadline.
relaxed = settings(deadline=None)


def general(informed, notice, reasons="The contract ends before notice could run."):
    return rules.ExceptionRecord(
        rules.GENERAL_EXCEPTION,
        reasons,
        scrutiny_chair_informed_on=informed,
        public_notice_on=notice,
    )


def urgency(agreed_on, role="scrutiny_chair", name="Cllr A Example", reasons="Flood damage."):
    return rules.ExceptionRecord(
        rules.SPECIAL_URGENCY,
        reasons,
        agreed_by_role=role,
        agreed_by_name=name,
        agreed_on=agreed_on,
    )


# --- 28 clear days -----------------------------------------------------------------------


@relaxed
@given(days, st.sampled_from([rules.CALENDAR, WORKING]))
def test_earliest_date_leaves_exactly_28_clear_days(published, policy):
    earliest = rules.clear_days_after(published, 28, policy)
    assert rules.clear_days_strictly_between(published, earliest, policy) == 28
    assert rules.clear_days_strictly_between(published, earliest - timedelta(days=1), policy) < 28


@relaxed
@given(days)
def test_calendar_count_is_29_days_later_whatever_the_bank_holidays(published):
    assert rules.clear_days_after(published, 28, rules.CALENDAR) == published + timedelta(days=29)


@relaxed
@given(days)
def test_working_day_count_steps_over_every_bank_holiday(published):
    earliest = rules.clear_days_after(published, 28, WORKING)
    gap = [published + timedelta(days=n) for n in range(1, (earliest - published).days)]
    assert sum(counts_as_clear_day(d, WORKING) for d in gap) == 28
    assert not counts_as_clear_day(date(2026, 12, 25), WORKING)


def test_worked_example_over_christmas_with_working_days():
    # Published Friday 4 December 2026; Christmas Day, Boxing Day (observed Monday 28),
    # New Year's Day and the weekends do not count under a working-day constitution.
    earliest = rules.clear_days_after(date(2026, 12, 4), 28, WORKING)
    assert earliest == date(2027, 1, 19)  # the 28th clear day is Monday 18 January
    assert rules.clear_days_after(date(2026, 12, 4), 28, rules.CALENDAR) == date(2027, 1, 2)


@relaxed
@given(days, st.booleans())
def test_27_clear_days_refused_without_exception_and_accepted_with_one(published, special):
    decision = published + timedelta(days=28)  # 27 clear days in between
    assert rules.clear_days_strictly_between(published, decision, rules.CALENDAR) == 27
    refused = rules.key_decision_timing(first_published=published, decision_date=decision)
    assert not refused.allowed
    assert "reg 9" in refused.rule and "27 clear days" in refused.explanation
    if special:
        record = urgency(decision - timedelta(days=1))
    else:
        record = general(published + timedelta(days=1), published + timedelta(days=2))
    accepted = rules.key_decision_timing(
        first_published=published, decision_date=decision, exception=record
    )
    assert accepted.allowed, accepted.explanation
    assert accepted.route == record.kind


@relaxed
@given(days)
def test_28_clear_days_accepted_on_the_normal_route(published):
    timing = rules.key_decision_timing(
        first_published=published, decision_date=published + timedelta(days=29)
    )
    assert timing.allowed and timing.route == rules.NORMAL


@relaxed
@given(days, st.integers(min_value=0, max_value=10))
def test_general_exception_needs_five_clear_days_after_both_notices(notice, wait):
    decision = notice + timedelta(days=wait)
    timing = rules.key_decision_timing(
        first_published=None, decision_date=decision, exception=general(notice, notice)
    )
    assert timing.allowed == (wait >= 6)


def test_exception_without_scrutiny_chair_notice_is_refused_naming_reg_10():
    timing = rules.key_decision_timing(
        first_published=None,
        decision_date=date(2026, 3, 20),
        exception=general(None, date(2026, 3, 1)),
    )
    assert not timing.allowed
    assert timing.field == "scrutiny_chair_informed_on"
    assert "reg 10(2)(a)" in timing.explanation


def test_special_urgency_needs_an_agreer_in_reg_11_order():
    errors = rules.exception_errors(urgency(date(2026, 3, 1), role="leader"))
    assert "agreed_by_role" in errors and "reg 11" in errors["agreed_by_role"]
    late = rules.key_decision_timing(
        first_published=None, decision_date=date(2026, 3, 1), exception=urgency(date(2026, 3, 2))
    )
    assert not late.allowed and late.field == "agreed_on"


# --- reg 9 notice and key decision tests ----------------------------------------------------


@relaxed
@given(st.sets(st.sampled_from(sorted(rules.REG9_FIELDS))))
def test_notice_errors_name_every_missing_reg9_field(missing):
    values = {name: ("" if name in missing else "stated") for name in rules.REG9_FIELDS}
    errors = rules.notice_errors(values)
    assert set(errors) == missing
    assert all("reg 9(1)" in text for text in errors.values())


@relaxed
@given(
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=0, max_value=40),
)
def test_key_decision_when_any_threshold_is_met(revenue, capital, wards):
    t = rules.Thresholds()
    result = rules.is_key_decision(revenue=revenue, capital=capital, wards_affected=wards)
    assert result.key == (revenue >= t.revenue or capital >= t.capital or wards >= t.wards)
    assert len(result.reasons) == (revenue >= t.revenue) + (capital >= t.capital) + (wards >= 2)


# --- decision records --------------------------------------------------------------------------


def test_decision_without_reasons_or_alternatives_is_refused_naming_the_regulations():
    errors = rules.decision_record_errors(
        decision="Award the contract.",
        decided_on=date(2026, 1, 5),
        reasons=" ",
        alternatives="",
        maker="Cabinet",
    )
    assert set(errors) == {"reasons", "alternatives"}
    assert all("regs 12-13" in e and "reg 7 of the Openness" in e for e in errors.values())


# --- call-in ------------------------------------------------------------------------------------


def test_worked_example_friday_before_the_august_bank_holiday():
    # Published Friday 28 August 2026 at 10:00; Monday 31 August is the Summer bank holiday
    # in England. Working days: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 September.
    window = rules.call_in_window(datetime(2026, 8, 28, 10, 0, tzinfo=LONDON))
    assert window.closes_at == datetime(2026, 9, 7, 17, 0, tzinfo=LONDON)
    assert window.effective_from == date(2026, 9, 8)
    assert "Summer Bank Holiday" in window.explanation
    scot = rules.call_in_window(
        datetime(2026, 8, 28, 10, 0, tzinfo=LONDON),
        rules.CallInPolicy(counting=ClearDayPolicy(bank_holiday_region="SCT")),
    )
    # Scotland's summer bank holiday is the first Monday of August: 31 August counts there.
    assert scot.effective_from == date(2026, 9, 7)


fridays = days.filter(lambda d: d.weekday() == 4)


@relaxed
@given(fridays, st.integers(min_value=1, max_value=10))
def test_call_in_window_counts_working_days_over_bank_holidays(friday, n):
    policy = rules.CallInPolicy(working_days=n)
    window = rules.call_in_window(datetime.combine(friday, time(12), tzinfo=LONDON), policy)
    closes = window.closes_at.date()
    assert rules.clear_days_strictly_between(friday, closes, policy.counting) == n - 1
    assert counts_as_clear_day(closes, policy.counting)
    assert window.effective_from > closes
    assert counts_as_clear_day(window.effective_from, policy.counting)
    between = rules.clear_days_strictly_between(closes, window.effective_from, policy.counting)
    assert between == 0
    bank_holiday_monday = friday + timedelta(days=3)
    if not counts_as_clear_day(bank_holiday_monday, policy.counting):
        assert window.effective_from > friday + timedelta(days=n + 3)


def test_urgent_decision_exempt_only_with_reason():
    with pytest.raises(rules.Refused, match="urgency_reason"):
        rules.call_in_window(datetime(2026, 1, 9, 9, tzinfo=LONDON), urgent=True)
    window = rules.call_in_window(
        datetime(2026, 1, 9, 9, tzinfo=LONDON), urgent=True, urgency_reason="Storm damage."
    )
    assert window.exempt and window.effective_from == date(2026, 1, 9)


def test_call_in_after_the_window_is_refused():
    window = rules.call_in_window(datetime(2026, 1, 9, 9, tzinfo=LONDON))
    late = window.closes_at + timedelta(minutes=1)
    errors = rules.call_in_errors(
        window=window, requested_at=late, members=["A", "B"], grounds="Not consulted."
    )
    assert set(errors) == {"requested_at"} and "s9F" in errors["requested_at"]
    assert not rules.call_in_errors(
        window=window, requested_at=window.closes_at, members=["A", "B"], grounds="x"
    )
    assert set(
        rules.call_in_errors(window=window, requested_at=late, members=["A", "A"], grounds="")
    ) == {"requested_at", "members", "grounds"}


# --- reg 19 --------------------------------------------------------------------------------------


@relaxed
@given(st.lists(days, max_size=8), days, days)
def test_reg19_lists_exactly_the_special_urgency_decisions_in_range(dates, a, b):
    start, end = min(a, b), max(a, b)
    rows = [
        rules.UrgentDecision(d, f"D{i}", "Cabinet", "why", "Cllr X") for i, d in enumerate(dates)
    ]
    report = rules.reg19_report(rows, start, end)
    assert sorted(r.title for r in report.decisions) == sorted(
        r.title for r in rows if start <= r.decided_on <= end
    )
    assert str(len(report.decisions)) in report.explanation


# --- private meetings (reg 5) ----------------------------------------------------------------


@relaxed
@given(days, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=10))
def test_private_meeting_needs_28_then_5_clear_days(meeting, first_gap, second_gap):
    first = meeting - timedelta(days=first_gap)
    second = meeting - timedelta(days=second_gap)
    verdict = rules.private_meeting_verdict(
        meeting_date=meeting,
        reasons="Paragraph 3: commercial terms.",
        first_notice_on=first,
        second_notice_on=second,
    )
    assert verdict.allowed == (first_gap >= 29 and second_gap >= 6)
    assert ("first_notice_on" in verdict.errors) == (first_gap < 29)
    assert all("reg 5" in e for e in verdict.errors.values())


def test_private_meeting_representations_need_a_response_and_urgency_replaces_notice():
    meeting = date(2026, 6, 30)
    verdict = rules.private_meeting_verdict(
        meeting_date=meeting,
        reasons="Paragraph 3.",
        first_notice_on=date(2026, 5, 1),
        second_notice_on=date(2026, 6, 20),
        representations="A resident asked for it to be open.",
    )
    assert set(verdict.errors) == {"response"}
    late = rules.private_meeting_verdict(
        meeting_date=meeting,
        reasons="Paragraph 3.",
        first_notice_on=date(2026, 6, 25),
        second_notice_on=None,
        urgency=urgency(date(2026, 6, 25)),
    )
    assert late.allowed and "urgency" in late.explanation
    refused = rules.private_meeting_verdict(
        meeting_date=meeting,
        reasons="Paragraph 3.",
        first_notice_on=date(2026, 6, 25),
        second_notice_on=None,
        urgency=urgency(date(2026, 6, 25), role=""),
    )
    assert "urgency_agreed_by_role" in refused.errors
