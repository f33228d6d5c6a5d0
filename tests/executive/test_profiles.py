"""Nation profiles and access regimes."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.executive import profiles
from moot.meetings.rules import ClearDayPolicy, counts_as_clear_day, publication_deadline

nations = st.sampled_from(["england", "wales", "scotland"])

# Bank-holiday tables are computed on first use of a year: no per-example deadline.
relaxed = settings(deadline=None)


def test_clear_days_per_nation():
    assert profiles.nation_profile("england").agenda_clear_days == 5
    assert profiles.nation_profile("wales").agenda_clear_days == 3
    assert profiles.nation_profile("scotland").agenda_clear_days == 3
    assert "s50B" in profiles.nation_profile("scotland").agenda_source
    with pytest.raises(ValueError, match="northern_ireland"):
        profiles.nation_profile("northern_ireland")


def test_bank_holidays_follow_the_nation():
    # 2 January and St Andrew's Day (observed) are Scottish bank holidays only;
    # Easter Monday is not a Scottish one.
    eng, sco = profiles.agenda_policy("england"), profiles.agenda_policy("scotland")
    assert counts_as_clear_day(date(2026, 1, 2), eng)
    assert not counts_as_clear_day(date(2026, 1, 2), sco)
    assert not counts_as_clear_day(date(2026, 4, 6), eng)
    assert counts_as_clear_day(date(2026, 4, 6), sco)


def test_remote_attendance_per_nation():
    after = date(2026, 6, 1)
    assert not profiles.nation_profile("england").remote_attendance_counts(after)
    assert profiles.nation_profile("england").remote_attendance_counts(date(2020, 6, 1))
    assert profiles.nation_profile("wales").remote_attendance_counts(after)
    assert profiles.nation_profile("scotland").remote_attendance_counts(after)


def test_welsh_profile_asks_for_bilingual_publication():
    assert profiles.nation_profile("wales").bilingual_if_standards
    assert not profiles.nation_profile("england").bilingual_if_standards


@relaxed
@given(nations, st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31)))
def test_agenda_deadline_leaves_the_nations_clear_days(nation, meeting):
    policy = profiles.agenda_policy(nation)
    deadline = publication_deadline(meeting, policy)
    assert len(deadline.clear_days) == profiles.nation_profile(nation).agenda_clear_days


def test_england_policy_is_the_existing_default():
    assert profiles.agenda_policy("england") == ClearDayPolicy()


@relaxed
@given(st.sampled_from(sorted(profiles.REGIMES)), nations)
def test_regime_rules_explain_themselves(regime, nation):
    r = profiles.regime_rules(regime, nation)
    assert r.explanation
    if nation == "scotland":
        assert not r.call_in
    if regime == profiles.EXECUTIVE and nation != "scotland":
        assert r.key_decisions and r.call_in
    if regime == profiles.PART_VA:
        assert not r.key_decisions
