"""Statutory publication deadlines (moot.meetings.rules): worked examples and properties.

Every expected date below was worked out by hand from a calendar, counting back from
the meeting and skipping the days the policy does not count. No database is needed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.meetings.rules import (
    PUBLIC_QUESTIONS_CLEAR_DAYS,
    ClearDayPolicy,
    christmas_break,
    clear_days_between,
    counts_as_clear_day,
    easter_break,
    is_published_in_time,
    non_counting_reason,
    public_question_deadline,
    publication_deadline,
)

ENGLAND = ClearDayPolicy()
SCOTLAND = ClearDayPolicy(bank_holiday_region="SCT")
WITH_CHRISTMAS = ClearDayPolicy(exclude_christmas_break=True)
WITH_EASTER = ClearDayPolicy(exclude_easter_break=True)


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


def days(y: int, m: int, *numbers: int) -> tuple[date, ...]:
    return tuple(date(y, m, n) for n in numbers)


# ---------------------------------------------------------------------------
# The policy
# ---------------------------------------------------------------------------


class TestPolicy:
    def test_defaults_are_england(self):
        assert ClearDayPolicy() == ClearDayPolicy.england()
        assert ENGLAND.clear_days == 5
        assert ENGLAND.non_counting_weekdays == frozenset({5, 6})
        assert ENGLAND.bank_holiday_region == "ENG"
        assert not ENGLAND.exclude_christmas_break
        assert not ENGLAND.exclude_easter_break

    def test_wales_is_three_clear_days(self):
        wales = ClearDayPolicy.wales()
        assert wales.clear_days == 3
        assert wales.bank_holiday_region == "WLS"
        assert wales.non_counting_weekdays == frozenset({5, 6})

    def test_public_questions_keep_the_counting_rules(self):
        questions = SCOTLAND.for_public_questions()
        assert questions.clear_days == PUBLIC_QUESTIONS_CLEAR_DAYS == 3
        assert questions.bank_holiday_region == "SCT"
        assert SCOTLAND.for_public_questions(2).clear_days == 2

    def test_weekdays_given_as_a_set_are_frozen(self):
        policy = ClearDayPolicy(non_counting_weekdays={4, 5, 6})
        assert policy.non_counting_weekdays == frozenset({4, 5, 6})
        assert isinstance(policy.non_counting_weekdays, frozenset)
        hash(policy)

    @pytest.mark.parametrize("n", [0, -1, -5])
    def test_clear_days_below_one_is_refused(self, n):
        with pytest.raises(ValueError, match="clear_days must be at least 1"):
            ClearDayPolicy(clear_days=n)

    def test_public_questions_below_one_is_refused(self):
        with pytest.raises(ValueError, match="at least 1"):
            ENGLAND.for_public_questions(0)

    def test_unknown_region_is_refused(self):
        with pytest.raises(ValueError, match="Unknown bank_holiday_region"):
            ClearDayPolicy(bank_holiday_region="GB")

    @pytest.mark.parametrize("weekdays", [{7}, {-1}, {0, 1, 2, 3, 4, 5, 6}])
    def test_bad_weekdays_are_refused(self, weekdays):
        with pytest.raises(ValueError, match="non_counting_weekdays"):
            ClearDayPolicy(non_counting_weekdays=frozenset(weekdays))


# ---------------------------------------------------------------------------
# Worked examples: England
# ---------------------------------------------------------------------------


class TestEngland:
    def test_thursday_29_july_2021(self):
        deadline = publication_deadline(d(2021, 7, 29))
        assert deadline.meeting_date == d(2021, 7, 29)
        assert deadline.publish_by == d(2021, 7, 21)
        assert deadline.clear_days == days(2021, 7, 22, 23, 26, 27, 28)
        assert deadline.excluded == days(2021, 7, 24, 25)
        assert deadline.publish_by_working_day == d(2021, 7, 21)
        text = deadline.explanation
        assert text.startswith("Publish by Wednesday 21 July 2021")
        assert "five clear days (22, 23, 26, 27 and 28 July 2021)" in text
        assert "Not counted: Saturday 24 July and Sunday 25 July." in text
        assert "Thursday 29 July 2021" in text

    def test_default_policy_argument(self):
        assert publication_deadline(d(2021, 7, 29)) == publication_deadline(
            d(2021, 7, 29), ClearDayPolicy.england()
        )

    def test_thursday_after_the_august_bank_holiday(self):
        # Back from Thu 2 Sep 2021: Wed 1, Tue 31 count; Mon 30 Aug (bank holiday),
        # Sun 29, Sat 28 do not; Fri 27, Thu 26, Wed 25 count -> publish by Tue 24 Aug.
        deadline = publication_deadline(d(2021, 9, 2))
        assert deadline.publish_by == d(2021, 8, 24)
        assert deadline.clear_days == (*days(2021, 8, 25, 26, 27, 31), d(2021, 9, 1))
        assert deadline.excluded == days(2021, 8, 28, 29, 30)
        assert non_counting_reason(d(2021, 8, 30), ENGLAND) == "Late Summer Bank Holiday"
        assert "Monday 30 August (Late Summer Bank Holiday)" in deadline.explanation
        assert "25, 26, 27 and 31 August 2021; 1 September 2021" in deadline.explanation

    def test_tuesday_after_the_august_bank_holiday_gives_a_sunday(self):
        # Back from Tue 31 Aug 2021: Mon 30 (bank holiday), Sun 29, Sat 28 skipped;
        # Fri 27 .. Mon 23 are the five clear days, so the latest publication date is
        # Sunday 22 August; the last working day on or before it is Friday 20 August.
        deadline = publication_deadline(d(2021, 8, 31))
        assert deadline.publish_by == d(2021, 8, 22)
        assert deadline.clear_days == days(2021, 8, 23, 24, 25, 26, 27)
        assert deadline.excluded == days(2021, 8, 28, 29, 30)
        assert deadline.publish_by_working_day == d(2021, 8, 20)
        assert "Publish by Sunday 22 August 2021" in deadline.explanation
        assert "publish by Friday 20 August 2021" in deadline.explanation
        assert is_published_in_time(d(2021, 8, 22), d(2021, 8, 31), ENGLAND)
        assert not is_published_in_time(d(2021, 8, 23), d(2021, 8, 31), ENGLAND)

    def test_holidays_package_has_the_2021_christmas_substitute_days(self):
        eng = holidays.country_holidays("GB", subdiv="ENG", years=[2021, 2022])
        assert eng.get(d(2021, 12, 25)) == "Christmas Day"  # a Saturday
        assert eng.get(d(2021, 12, 26)) == "Boxing Day"  # a Sunday
        assert eng.get(d(2021, 12, 27)) == "Christmas Day (observed)"
        assert eng.get(d(2021, 12, 28)) == "Boxing Day (observed)"
        assert eng.get(d(2022, 1, 1)) == "New Year's Day"  # a Saturday
        assert eng.get(d(2022, 1, 3)) == "New Year's Day (observed)"
        assert d(2021, 12, 24) not in eng and d(2021, 12, 29) not in eng

    def test_tuesday_4_january_2022_skips_christmas_and_new_year(self):
        # Back from Tue 4 Jan 2022: Mon 3 (New Year substitute), Sun 2, Sat 1 skipped;
        # Fri 31, Thu 30, Wed 29 Dec count; Tue 28, Mon 27 (substitutes), Sun 26, Sat 25
        # skipped; Fri 24, Thu 23 count -> publish by Wed 22 December 2021.
        deadline = publication_deadline(d(2022, 1, 4))
        assert deadline.publish_by == d(2021, 12, 22)
        assert deadline.clear_days == days(2021, 12, 23, 24, 29, 30, 31)
        assert deadline.excluded == (*days(2021, 12, 25, 26, 27, 28), *days(2022, 1, 1, 2, 3))
        text = deadline.explanation
        assert "Saturday 25 December 2021 (Christmas Day)" in text
        assert "Monday 27 December 2021 (Christmas Day (observed))" in text
        assert "Tuesday 28 December 2021 (Boxing Day (observed))" in text
        assert "Monday 3 January 2022 (New Year's Day (observed))" in text

    def test_thursday_6_january_2022_publish_by_is_a_bank_holiday(self):
        # Back from Thu 6 Jan 2022: Wed 5, Tue 4 count; Mon 3, Sun 2, Sat 1 skipped;
        # Fri 31, Thu 30, Wed 29 count -> publish by Tue 28 Dec, itself a bank holiday
        # (Boxing Day substitute); last working day on or before it is Fri 24 Dec.
        deadline = publication_deadline(d(2022, 1, 6))
        assert deadline.publish_by == d(2021, 12, 28)
        assert deadline.clear_days == (*days(2021, 12, 29, 30, 31), *days(2022, 1, 4, 5))
        assert deadline.excluded == days(2022, 1, 1, 2, 3)
        assert deadline.publish_by_working_day == d(2021, 12, 24)
        assert "not itself a working day (Boxing Day (observed))" in deadline.explanation
        assert "publish by Friday 24 December 2021" in deadline.explanation

    def test_reasons(self):
        assert non_counting_reason(d(2021, 7, 24), ENGLAND) == "Saturday"
        assert non_counting_reason(d(2021, 7, 25), ENGLAND) == "Sunday"
        assert non_counting_reason(d(2021, 7, 28), ENGLAND) is None
        # A bank holiday on a weekend is named by the holiday.
        assert non_counting_reason(d(2021, 12, 25), ENGLAND) == "Christmas Day"
        assert counts_as_clear_day(d(2021, 7, 28), ENGLAND)
        assert not counts_as_clear_day(d(2021, 8, 30), ENGLAND)

    def test_no_bank_holidays_counts_the_august_bank_holiday(self):
        policy = ClearDayPolicy(bank_holiday_region=None)
        assert non_counting_reason(d(2021, 8, 30), policy) is None
        deadline = publication_deadline(d(2021, 9, 2), policy)
        assert deadline.publish_by == d(2021, 8, 25)
        assert deadline.excluded == days(2021, 8, 28, 29)

    def test_every_day_counts(self):
        policy = ClearDayPolicy(non_counting_weekdays=frozenset(), bank_holiday_region=None)
        deadline = publication_deadline(d(2021, 7, 29), policy)
        assert deadline.publish_by == d(2021, 7, 23)
        assert deadline.clear_days == days(2021, 7, 24, 25, 26, 27, 28)
        assert deadline.excluded == ()
        assert "every other day does" in deadline.explanation
        assert "Not counted" not in deadline.explanation

    def test_an_extra_non_counting_weekday(self):
        # Council closed on Fridays: back from Thu 29 Jul 2021, Fri 23 is skipped too.
        policy = ClearDayPolicy(non_counting_weekdays=frozenset({4, 5, 6}))
        deadline = publication_deadline(d(2021, 7, 29), policy)
        assert deadline.publish_by == d(2021, 7, 20)
        assert deadline.clear_days == days(2021, 7, 21, 22, 26, 27, 28)
        assert deadline.excluded == days(2021, 7, 23, 24, 25)
        assert non_counting_reason(d(2021, 7, 23), policy) == "Friday"

    def test_one_clear_day(self):
        deadline = publication_deadline(d(2021, 7, 29), ClearDayPolicy(clear_days=1))
        assert deadline.publish_by == d(2021, 7, 27)
        assert deadline.clear_days == (d(2021, 7, 28),)
        assert "one clear day (28 July 2021)" in deadline.explanation


class TestCountingHelpers:
    meeting = d(2021, 7, 29)

    @pytest.mark.parametrize(
        ("published_on", "expected"),
        [
            (d(2021, 7, 20), 6),
            (d(2021, 7, 21), 5),
            (d(2021, 7, 22), 4),
            (d(2021, 7, 23), 3),
            (d(2021, 7, 24), 3),
            (d(2021, 7, 25), 3),
            (d(2021, 7, 28), 0),
            (d(2021, 7, 29), 0),
            (d(2021, 7, 30), 0),
        ],
    )
    def test_clear_days_between(self, published_on, expected):
        assert clear_days_between(published_on, self.meeting, ENGLAND) == expected

    def test_is_published_in_time(self):
        assert is_published_in_time(d(2021, 7, 1), self.meeting, ENGLAND)
        assert is_published_in_time(d(2021, 7, 21), self.meeting, ENGLAND)
        assert not is_published_in_time(d(2021, 7, 22), self.meeting, ENGLAND)
        assert not is_published_in_time(self.meeting, self.meeting, ENGLAND)
        assert not is_published_in_time(d(2021, 8, 1), self.meeting, ENGLAND)


# ---------------------------------------------------------------------------
# Wales, Scotland, Northern Ireland
# ---------------------------------------------------------------------------


class TestOtherNations:
    def test_wales_thursday_29_july_2021(self):
        # Three clear days: Wed 28, Tue 27, Mon 26 -> publish by Sunday 25 July.
        deadline = publication_deadline(d(2021, 7, 29), ClearDayPolicy.wales())
        assert deadline.publish_by == d(2021, 7, 25)
        assert deadline.clear_days == days(2021, 7, 26, 27, 28)
        assert deadline.excluded == ()
        assert deadline.publish_by_working_day == d(2021, 7, 23)
        assert "three clear days" in deadline.explanation
        assert "bank holidays in Wales" in deadline.explanation

    def test_wales_after_the_august_bank_holiday(self):
        # Wales shares England's bank holidays: Wed 1 Sep, Tue 31 count, Mon 30 Aug
        # skipped, Fri 27 counts -> publish by Thursday 26 August 2021.
        deadline = publication_deadline(d(2021, 9, 2), ClearDayPolicy.wales())
        assert deadline.publish_by == d(2021, 8, 26)
        assert deadline.excluded == days(2021, 8, 28, 29, 30)

    def test_second_of_january_is_a_bank_holiday_in_scotland_only(self):
        assert non_counting_reason(d(2024, 1, 2), ENGLAND) is None
        assert non_counting_reason(d(2024, 1, 2), SCOTLAND) == "New Year Holiday"
        # England, back from Tue 9 Jan 2024: Mon 8, Fri 5, Thu 4, Wed 3, Tue 2 count
        # -> publish by Monday 1 January (New Year's Day).
        england = publication_deadline(d(2024, 1, 9), ENGLAND)
        assert england.publish_by == d(2024, 1, 1)
        assert england.clear_days == days(2024, 1, 2, 3, 4, 5, 8)
        # Scotland also skips Tue 2 Jan, Mon 1 Jan, Sun 31, Sat 30 -> Fri 29 Dec counts,
        # publish by Thursday 28 December 2023.
        scotland = publication_deadline(d(2024, 1, 9), SCOTLAND)
        assert scotland.publish_by == d(2023, 12, 28)
        assert scotland.clear_days == (d(2023, 12, 29), *days(2024, 1, 3, 4, 5, 8))
        assert scotland.excluded == (*days(2023, 12, 30, 31), *days(2024, 1, 1, 2, 6, 7))
        assert "Tuesday 2 January 2024 (New Year Holiday)" in scotland.explanation
        assert "bank holidays in Scotland" in scotland.explanation

    def test_st_andrews_day(self):
        assert non_counting_reason(d(2021, 11, 30), SCOTLAND) == "Saint Andrew's Day"
        assert non_counting_reason(d(2021, 11, 30), ENGLAND) is None
        # Meeting Mon 6 Dec 2021. England: Fri 3, Thu 2, Wed 1, Tue 30, Mon 29 count
        # -> Sun 28 Nov. Scotland skips Tue 30 Nov -> Fri 26 counts -> Thu 25 Nov.
        assert publication_deadline(d(2021, 12, 6), ENGLAND).publish_by == d(2021, 11, 28)
        assert publication_deadline(d(2021, 12, 6), SCOTLAND).publish_by == d(2021, 11, 25)

    def test_scottish_summer_bank_holiday_is_in_early_august(self):
        assert non_counting_reason(d(2021, 8, 2), SCOTLAND) == "Summer Bank Holiday"
        assert non_counting_reason(d(2021, 8, 30), SCOTLAND) is None
        # Back from Thu 2 Sep 2021 in Scotland, Mon 30 Aug counts: publish by Wed 25 Aug.
        assert publication_deadline(d(2021, 9, 2), SCOTLAND).publish_by == d(2021, 8, 25)

    def test_northern_ireland(self):
        nir = ClearDayPolicy(bank_holiday_region="NIR")
        assert non_counting_reason(d(2021, 3, 17), nir) == "Saint Patrick's Day"
        assert non_counting_reason(d(2021, 7, 12), nir) == "Battle of the Boyne"
        assert non_counting_reason(d(2021, 3, 17), ENGLAND) is None


# ---------------------------------------------------------------------------
# Christmas and Easter breaks (LGA 1972 s243(4))
# ---------------------------------------------------------------------------


class TestBreaks:
    @pytest.mark.parametrize(
        ("year", "start", "end"),
        [
            # Christmas Friday: Boxing Day substitute Mon 28 -> ends Tue 29.
            (2020, d(2020, 12, 24), d(2020, 12, 29)),
            # Christmas Saturday: substitutes Mon 27, Tue 28 -> ends Wed 29.
            (2021, d(2021, 12, 24), d(2021, 12, 29)),
            # Christmas Sunday: starts Fri 23; Mon 26, Tue 27 bank holidays -> Wed 28.
            (2022, d(2022, 12, 23), d(2022, 12, 28)),
            # Christmas Monday: starts Fri 22; Tue 26 bank holiday -> ends Wed 27.
            (2023, d(2023, 12, 22), d(2023, 12, 27)),
        ],
    )
    def test_christmas_break_dates(self, year, start, end):
        assert christmas_break(year) == (start, end)

    @pytest.mark.parametrize(
        ("year", "start", "end"),
        [
            (2021, d(2021, 4, 1), d(2021, 4, 6)),  # Easter Day 4 April
            (2022, d(2022, 4, 14), d(2022, 4, 19)),  # Easter Day 17 April
            (2024, d(2024, 3, 28), d(2024, 4, 2)),  # Easter Day 31 March
        ],
    )
    def test_easter_break_dates(self, year, start, end):
        assert easter_break(year) == (start, end)

    def test_christmas_break_reasons(self):
        assert non_counting_reason(d(2021, 12, 24), ENGLAND) is None
        assert non_counting_reason(d(2021, 12, 24), WITH_CHRISTMAS) == "Christmas break"
        assert non_counting_reason(d(2021, 12, 29), WITH_CHRISTMAS) == "Christmas break"
        assert non_counting_reason(d(2021, 12, 30), WITH_CHRISTMAS) is None
        assert non_counting_reason(d(2021, 12, 23), WITH_CHRISTMAS) is None
        # A bank holiday inside the break is still named as the bank holiday.
        assert non_counting_reason(d(2021, 12, 27), WITH_CHRISTMAS) == "Christmas Day (observed)"

    def test_christmas_break_moves_the_january_2022_deadline(self):
        # With the break, Fri 24 and Wed 29 Dec no longer count. Back from Tue 4 Jan:
        # Fri 31, Thu 30 count; Wed 29 .. Fri 24 skipped; Thu 23, Wed 22, Tue 21 count
        # -> publish by Monday 20 December 2021 (two days earlier than without).
        deadline = publication_deadline(d(2022, 1, 4), WITH_CHRISTMAS)
        assert deadline.publish_by == d(2021, 12, 20)
        assert deadline.clear_days == days(2021, 12, 21, 22, 23, 30, 31)
        assert deadline.excluded == (
            *days(2021, 12, 24, 25, 26, 27, 28, 29),
            *days(2022, 1, 1, 2, 3),
        )
        assert "Friday 24 December 2021 (Christmas break)" in deadline.explanation
        assert "the Christmas break" in deadline.explanation

    def test_christmas_break_moves_the_january_2024_deadline(self):
        # Meeting Thu 4 Jan 2024. Without the break: Wed 3, Tue 2 count, Mon 1 skipped,
        # Sun 31, Sat 30 skipped, Fri 29, Thu 28, Wed 27 count -> Tue 26 Dec.
        assert publication_deadline(d(2024, 1, 4)).publish_by == d(2023, 12, 26)
        # With the break (Fri 22 .. Wed 27 Dec 2023): Wed 27 is skipped too, and so is
        # everything back to Fri 22; Thu 21 is the fifth -> publish by Wed 20 Dec.
        deadline = publication_deadline(d(2024, 1, 4), WITH_CHRISTMAS)
        assert deadline.publish_by == d(2023, 12, 20)
        assert deadline.clear_days == (*days(2023, 12, 21, 28, 29), *days(2024, 1, 2, 3))

    def test_easter_break_moves_the_april_2022_deadline(self):
        # Meeting Thu 21 Apr 2022. Without the break: Wed 20, Tue 19 count; Mon 18
        # (Easter Monday) .. Fri 15 (Good Friday) skipped; Thu 14, Wed 13, Tue 12 count
        # -> publish by Monday 11 April.
        plain = publication_deadline(d(2022, 4, 21))
        assert plain.publish_by == d(2022, 4, 11)
        assert plain.excluded == days(2022, 4, 15, 16, 17, 18)
        # With the break (Thu 14 .. Tue 19): only Wed 20 counts after it; then Wed 13,
        # Tue 12, Mon 11, Fri 8 -> publish by Thursday 7 April.
        deadline = publication_deadline(d(2022, 4, 21), WITH_EASTER)
        assert deadline.publish_by == d(2022, 4, 7)
        assert deadline.clear_days == days(2022, 4, 8, 11, 12, 13, 20)
        assert deadline.excluded == days(2022, 4, 9, 10, 14, 15, 16, 17, 18, 19)
        assert non_counting_reason(d(2022, 4, 14), WITH_EASTER) == "Easter break"
        assert non_counting_reason(d(2022, 4, 15), WITH_EASTER) == "Good Friday"
        assert non_counting_reason(d(2022, 4, 19), WITH_EASTER) == "Easter break"
        assert non_counting_reason(d(2022, 4, 20), WITH_EASTER) is None
        assert "Thursday 14 April (Easter break)" in deadline.explanation

    def test_breaks_do_nothing_in_july(self):
        both = ClearDayPolicy(exclude_christmas_break=True, exclude_easter_break=True)
        assert publication_deadline(d(2021, 7, 29), both).publish_by == d(2021, 7, 21)


# ---------------------------------------------------------------------------
# Public questions
# ---------------------------------------------------------------------------


class TestPublicQuestions:
    def test_default_is_three_clear_working_days(self):
        deadline = public_question_deadline(d(2021, 7, 29))
        assert deadline.publish_by == d(2021, 7, 25)
        assert deadline.clear_days == days(2021, 7, 26, 27, 28)
        assert deadline.publish_by_working_day == d(2021, 7, 23)
        assert deadline.explanation.startswith("Submit questions by Sunday 25 July 2021")
        assert "The day of submission and the day of the meeting" in deadline.explanation

    def test_same_function_same_counting(self):
        # Back from Thu 2 Sep 2021: Wed 1, Tue 31 count, Mon 30 .. Sat 28 skipped,
        # Fri 27 counts -> Thursday 26 August.
        policy = ENGLAND.for_public_questions()
        questions = public_question_deadline(d(2021, 9, 2), policy)
        assert questions.publish_by == d(2021, 8, 26)
        assert publication_deadline(d(2021, 9, 2), policy).publish_by == d(2021, 8, 26)
        assert questions.clear_days == (d(2021, 8, 27), d(2021, 8, 31), d(2021, 9, 1))


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

meeting_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 12, 31))
policies = st.builds(
    ClearDayPolicy,
    clear_days=st.integers(min_value=1, max_value=10),
    non_counting_weekdays=st.frozensets(st.integers(min_value=0, max_value=6), max_size=4),
    bank_holiday_region=st.sampled_from([None, "ENG", "WLS", "SCT", "NIR"]),
    exclude_christmas_break=st.booleans(),
    exclude_easter_break=st.booleans(),
)
quick = settings(max_examples=80, deadline=None)


def between(start: date, end: date) -> list[date]:
    """Every date strictly between start and end."""
    return [start + timedelta(days=i) for i in range(1, (end - start).days)]


@quick
@given(meeting=meeting_dates, policy=policies)
def test_deadline_shape(meeting, policy):
    deadline = publication_deadline(meeting, policy)
    assert deadline.publish_by < meeting
    assert deadline.publish_by <= meeting - timedelta(days=policy.clear_days + 1)
    # The counted days are exactly clear_days counting days, ascending.
    assert len(deadline.clear_days) == policy.clear_days
    assert list(deadline.clear_days) == sorted(deadline.clear_days)
    assert all(non_counting_reason(x, policy) is None for x in deadline.clear_days)
    # Excluded days are exactly the other days strictly between, ascending.
    assert list(deadline.excluded) == sorted(deadline.excluded)
    assert all(non_counting_reason(x, policy) is not None for x in deadline.excluded)
    gap = between(deadline.publish_by, meeting)
    assert sorted(deadline.clear_days + deadline.excluded) == gap
    assert clear_days_between(deadline.publish_by, meeting, policy) == policy.clear_days
    # The first day after publish_by counts (otherwise publish_by could be later).
    assert deadline.clear_days[0] == deadline.publish_by + timedelta(days=1)


@quick
@given(meeting=meeting_dates, policy=policies)
def test_publish_by_is_the_latest_date_in_time(meeting, policy):
    deadline = publication_deadline(meeting, policy)
    one_day = timedelta(days=1)
    assert is_published_in_time(deadline.publish_by, meeting, policy)
    assert not is_published_in_time(deadline.publish_by + one_day, meeting, policy)
    assert clear_days_between(deadline.publish_by + one_day, meeting, policy) == (
        policy.clear_days - 1
    )


@quick
@given(
    meeting=meeting_dates,
    policy=policies,
    earlier=st.integers(min_value=0, max_value=40),
    later=st.integers(min_value=0, max_value=40),
)
def test_in_time_is_monotone(meeting, policy, earlier, later):
    deadline = publication_deadline(meeting, policy)
    late = deadline.publish_by + timedelta(days=later)
    early = late - timedelta(days=earlier)
    in_time = is_published_in_time(late, meeting, policy)
    assert in_time == (late <= deadline.publish_by)
    assert in_time == (clear_days_between(late, meeting, policy) >= policy.clear_days)
    if in_time:
        assert is_published_in_time(early, meeting, policy)


@quick
@given(meeting=meeting_dates, policy=policies, extra=st.integers(min_value=0, max_value=6))
def test_more_non_counting_days_never_make_the_deadline_later(meeting, policy, extra):
    base = publication_deadline(meeting, policy).publish_by
    stricter = [
        replace(policy, exclude_christmas_break=True, exclude_easter_break=True),
        replace(policy, bank_holiday_region=policy.bank_holiday_region or "SCT"),
    ]
    weekdays = policy.non_counting_weekdays | {extra}
    if len(weekdays) < 7:
        stricter.append(replace(policy, non_counting_weekdays=weekdays))
    for other in stricter:
        assert publication_deadline(meeting, other).publish_by <= base
    # Counting bank holidays as ordinary days never makes the deadline earlier.
    lenient = replace(policy, bank_holiday_region=None)
    assert publication_deadline(meeting, lenient).publish_by >= base
    # One more clear day always makes it strictly earlier.
    more = policy.for_public_questions(policy.clear_days + 1)
    assert publication_deadline(meeting, more).publish_by < base


@quick
@given(meeting=meeting_dates, policy=policies)
def test_working_day_and_explanation(meeting, policy):
    deadline = publication_deadline(meeting, policy)
    working = deadline.publish_by_working_day
    assert working <= deadline.publish_by
    assert counts_as_clear_day(working, policy)
    assert all(not counts_as_clear_day(x, policy) for x in between(working, deadline.publish_by))
    if working != deadline.publish_by:
        assert not counts_as_clear_day(deadline.publish_by, policy)
    text = deadline.explanation
    publish_by = deadline.publish_by
    assert f"{publish_by.day} {publish_by:%B} {publish_by.year}" in text
    for day in deadline.excluded:
        reason = non_counting_reason(day, policy)
        assert reason in text
