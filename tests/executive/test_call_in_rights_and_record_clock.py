"""Who may call a decision in (issue 18: "number and roles"), and the clock of a decision
record not yet published (regs 12-13): the pure rules, property-tested, and where the
clerk meets them (the call-in form, the executive screen's "Decision records due")."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.executive import rules, services
from moot.executive.models import CallIn, ExecutiveSettings, KeyDecisionNotice
from moot.governance.models import (
    Authority,
    Membership,
    MembershipSection,
    Person,
    Seat,
    TermsOfReference,
)
from moot.meetings.rules import ClearDayPolicy
from tests.executive.conftest import depot_decision, make_notice, notice_values

NAMES = st.lists(st.sampled_from(["Ann Ash", "Bob Birch", "Cy Cedar", "Di Dale", "Ed Elm"]))
SCRUTINY = frozenset({"Ann Ash", "Bob Birch", "Cy Cedar"})
WHO = st.sampled_from([rules.CALL_IN_ANY, rules.CALL_IN_SCRUTINY, rules.CALL_IN_SCRUTINY_OR_CHAIR])
WORKING = ClearDayPolicy(
    clear_days=5, non_counting_weekdays=frozenset({5, 6}), bank_holiday_region=None
)


def policy(who, needed=2):
    return rules.CallInPolicy(
        members_needed=needed,
        who=who,
        scrutiny_name="Test Scrutiny",
        scrutiny_members=SCRUTINY,
        scrutiny_chair="Ann Ash",
    )


@given(NAMES, WHO, st.integers(min_value=1, max_value=4))
def test_call_in_rights_follow_the_authoritys_rule(names, who, needed):
    refusal = rules.call_in_rights_error(names, policy(who, needed))
    named = set(names)
    if who == rules.CALL_IN_ANY:
        allowed = len(named) >= needed
    else:
        allowed = len(named & SCRUTINY) >= needed
        if who == rules.CALL_IN_SCRUTINY_OR_CHAIR:
            allowed = allowed or "Ann Ash" in named
    assert (refusal == "") == allowed
    if refusal:
        assert "s9F" in refusal and str(needed) in refusal
        if who != rules.CALL_IN_ANY:
            assert "Test Scrutiny" in refusal
            for outsider in sorted(named - SCRUTINY):
                assert outsider in refusal  # names who is not on the committee


def test_honorifics_and_spacing_do_not_hide_a_member():
    assert rules.plain_name("Cllr  Bob   Birch") == rules.plain_name("bob birch")
    assert not rules.call_in_rights_error(["Councillor Ann Ash"], policy("scrutiny_or_chair"))
    refusal = rules.call_in_rights_error(["Cllr Di Dale", "Bob Birch"], policy("scrutiny"))
    assert "1 of them named (Bob Birch)" in refusal and "Cllr Di Dale" in refusal


@given(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    st.integers(min_value=-10, max_value=20),
    st.integers(min_value=0, max_value=5),
)
def test_the_record_clock_is_waiting_then_due_then_overdue(decided, offset, days):
    today = decided + timedelta(days=offset)
    clock = rules.record_clock(decided, today, days, WORKING)
    assert clock.due_by >= decided
    assert (clock.due_by - decided).days <= days * 3 + 3  # weekends only in between
    if today < decided:
        assert clock.state == rules.RECORD_WAITING
    elif today <= clock.due_by:
        assert clock.state == rules.RECORD_DUE and "publish the record by" in clock.explanation
    else:
        assert clock.state == rules.RECORD_OVERDUE and "Overdue" in clock.explanation
    assert "regs 12-13" in clock.explanation


def test_the_record_is_due_two_working_days_after_a_friday_decision():
    clock = rules.record_clock(date(2027, 1, 8), date(2027, 1, 12), 2, WORKING)  # Fri, Tue
    assert clock.due_by == date(2027, 1, 12) and clock.state == rules.RECORD_DUE
    late = rules.record_clock(date(2027, 1, 8), date(2027, 1, 13), 2, WORKING)
    assert late.state == rules.RECORD_OVERDUE and "1 day ago" in late.explanation


def seat_member(body, name, role="member", order=0):
    terms, _ = TermsOfReference.objects.get_or_create(
        body=body, version="1", defaults={"in_force_from": date(2020, 1, 1)}
    )
    section, _ = MembershipSection.objects.get_or_create(
        terms_of_reference=terms, name="Members", defaults={"cap": 9}
    )
    seat = Seat.objects.create(section=section, label=f"Seat {order}", order=order)
    person = Person.objects.create(name=name, slug=name.lower().replace(" ", "-"))
    return Membership.objects.create(
        person=person, seat=seat, role=role, start_date=date(2020, 1, 1)
    )


@pytest.mark.django_db
def test_call_in_by_people_off_the_scrutiny_committee_is_refused_naming_the_rule(
    client, clerk, cabinet, scrutiny, frozen_clock
):
    seat_member(scrutiny, "Ann Ash", role="chair", order=1)
    seat_member(scrutiny, "Bob Birch", order=2)
    seat_member(scrutiny, "Cy Cedar", order=3)
    ExecutiveSettings.objects.filter(authority=Authority.objects.get()).update(
        call_in_who="scrutiny_or_chair"
    )
    record = depot_decision(cabinet)
    page = client.get(f"/clerk/executive/decisions/{record.pk}/").content.decode()
    assert "2 members of Test Scrutiny, or its chair (Ann Ash) alone," in page  # the rule shown
    url = f"/clerk/executive/decisions/{record.pk}/call-in/"
    outsiders = {"callin-members": "Cllr Di Dale\nCllr Bob Birch", "callin-grounds": "Rushed."}
    response = client.post(url, outsiders)
    html = response.content.decode()
    assert response.status_code == 400 and "not members of Test Scrutiny: Cllr Di Dale" in html
    assert not CallIn.objects.filter(decision=record).exists()
    chair = {"callin-members": "Cllr Ann Ash", "callin-grounds": "Rushed."}
    assert client.post(url, chair).status_code == 302
    assert CallIn.objects.filter(decision=record).exists()


@pytest.mark.django_db
def test_the_executive_screen_shows_records_due_and_overdue(client, clerk, cabinet, frozen_clock):
    overdue = make_notice(cabinet, published=date(2026, 11, 1))
    KeyDecisionNotice.objects.filter(pk=overdue.pk).update(decision_date=date(2026, 12, 1))
    due = services.notice_create(
        body=cabinet, **notice_values(matter="Due today", decision_date=date(2027, 1, 4))
    )
    services.notice_publish(notice=due, on=date(2026, 12, 1))
    later = services.notice_create(
        body=cabinet, **notice_values(matter="Far off", decision_date=date(2027, 6, 1))
    )
    services.notice_publish(notice=later, on=date(2026, 12, 1))
    html = client.get("/clerk/executive/").content.decode()
    section = html.split('id="records-due"')[1].split("Notices of key decisions")[0]
    assert "Overdue" in section and overdue.matter in section
    assert "Due today" in section and "publish the record by Wednesday 6 January 2027" in section
    assert "Far off" not in section
    assert f"/clerk/executive/decisions/new/?notice={due.pk}" in section
