"""Executive services: notices, exceptions, decision records, call-in, nation profiles."""

from datetime import date, datetime, timedelta

import pytest

from moot.executive import services
from moot.executive.models import CallIn, ExecutiveDecision, KeyDecisionNotice
from moot.governance.models import AuditEntry, Authority
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Meeting
from tests.executive.conftest import LONDON, notice_values

pytestmark = pytest.mark.django_db


def decide(notice, day, **kw):
    values = {
        "title": notice.matter if notice else "Officer decision",
        "decision": "Agreed.",
        "decided_on": day,
        "reasons": "Best value.",
        "alternatives": "Keep it (rejected: costly).",
        "maker": "Cabinet",
        "notice": notice,
        "published_at": datetime.combine(day, datetime.min.time(), tzinfo=LONDON)
        + timedelta(hours=10),
    }
    values.update(kw)
    return services.decision_record(**values)


def test_notice_missing_reg9_field_is_refused_naming_it(cabinet):
    with pytest.raises(services.ExecutiveError) as caught:
        services.notice_create(body=cabinet, **notice_values(documents_address="  "))
    assert set(caught.value.errors) == {"documents_address"}
    assert "reg 9(1)(f)" in str(caught.value)
    assert not KeyDecisionNotice.objects.filter(matter="Sell the old depot").exists()


def test_key_decision_27_clear_days_refused_then_accepted_with_special_urgency(cabinet):
    notice = services.notice_create(body=cabinet, **notice_values())
    services.notice_publish(notice=notice, on=date(2027, 1, 4))
    with pytest.raises(services.ExecutiveError, match="27 clear days.*reg 9"):
        decide(notice, date(2027, 2, 1))
    assert not ExecutiveDecision.objects.filter(notice=notice).exists()
    with pytest.raises(services.ExecutiveError) as caught:
        services.exception_record(
            notice=notice,
            kind="general_exception",
            reasons="Late.",
            public_notice_on=date(2027, 1, 4),
        )
    assert "scrutiny_chair_informed_on" in caught.value.errors
    services.exception_record(
        notice=notice,
        kind="special_urgency",
        reasons="Buyer withdraws otherwise.",
        agreed_by_role="scrutiny_chair",
        agreed_by_name="Cllr S Chair",
        agreed_on=date(2027, 1, 29),
    )
    record = decide(notice, date(2027, 2, 1))
    assert record.route == "special_urgency" and record.key
    assert "reg 11" in record.route_explanation
    notice.refresh_from_db()
    assert notice.status == KeyDecisionNotice.Status.DECIDED
    assert AuditEntry.objects.filter(
        action="moot.executive.decision_recorded", object_id=str(record.pk)
    ).exists()


def test_decision_without_reasons_or_alternatives_refused(cabinet):
    with pytest.raises(services.ExecutiveError) as caught:
        decide(None, date(2027, 1, 4), reasons="", alternatives=" ", body=cabinet)
    assert set(caught.value.errors) == {"reasons", "alternatives"}


def test_friday_before_bank_holiday_effective_from_and_call_in_routed(cabinet, scrutiny):
    meeting_services.meeting_create(
        body=scrutiny,
        day=date(2027, 6, 14),
        at=datetime.min.time().replace(hour=18),
        recording_past=True,
    )
    # Friday 28 May 2027; Monday 31 May is the Spring bank holiday.
    record = decide(None, date(2027, 5, 28), body=cabinet)
    assert record.effective_from == date(2027, 6, 8)  # Tue 1 .. Mon 7 June: 5 working days
    assert record.call_in_closes_at.astimezone(LONDON) == datetime(2027, 6, 7, 17, tzinfo=LONDON)
    with pytest.raises(services.ExecutiveError) as caught:
        services.call_in_request(
            decision=record,
            members=["Cllr A", "Cllr B"],
            grounds="Not consulted.",
            requested_at=datetime(2027, 6, 7, 17, 1, tzinfo=LONDON),
        )
    assert "requested_at" in caught.value.errors and "s9F" in str(caught.value)
    call_in = services.call_in_request(
        decision=record,
        members=["Cllr A", "Cllr B"],
        grounds="Not consulted.",
        requested_at=datetime(2027, 6, 3, 12, tzinfo=LONDON),
    )
    item = AgendaItem.objects.get(pk=call_in.item_id)
    assert item.meeting.body == scrutiny and item.title == f"Call-in: {record.title}"


def test_urgent_decision_is_exempt_from_call_in(cabinet, scrutiny):
    record = decide(None, date(2027, 5, 28), body=cabinet, urgent=True, urgency_reason="Storm.")
    assert record.effective_from == date(2027, 5, 28) and record.call_in_closes_at is None
    with pytest.raises(services.ExecutiveError, match="urgent"):
        services.call_in_request(
            decision=record,
            members=["A", "B"],
            grounds="x",
            requested_at=datetime(2027, 5, 28, 12, tzinfo=LONDON),
        )
    assert not CallIn.objects.filter(decision=record).exists()


@pytest.mark.parametrize(
    ("nation", "days", "region"),
    [("wales", 3, "WLS"), ("scotland", 3, "SCT"), ("england", 5, "ENG")],
)
def test_nation_sets_the_agenda_clock(example, nation, days, region):
    authority = Authority.objects.get()
    services.authority_apply_nation(authority=authority, nation=nation)
    policy = meeting_services.clear_day_policy(Authority.objects.get())
    assert (policy.clear_days, policy.bank_holiday_region) == (days, region)


def test_leicester_keeps_its_england_profile(example):
    authority = Authority.objects.get()
    assert (authority.nation, authority.clear_days, authority.bank_holiday_region) == (
        "england",
        5,
        "ENG",
    )
    assert example.access_regime == "part_va"
    assert Meeting.objects.filter(body=example).exists()


def test_private_meeting_notices_checked_against_reg5(cabinet):
    from moot.executive.models import PrivateMeetingNotice

    meeting = meeting_services.meeting_create(
        body=cabinet,
        day=date(2027, 7, 20),
        at=datetime.min.time().replace(hour=10),
        recording_past=True,
    )
    notice = PrivateMeetingNotice(
        meeting=meeting,
        paragraph=3,
        reasons="Commercial terms of a lease.",
        first_notice_on=date(2027, 6, 30),
        second_notice_on=date(2027, 7, 10),
    )
    with pytest.raises(services.ExecutiveError) as caught:
        services.private_meeting_record(notice=notice)
    assert "first_notice_on" in caught.value.errors and "reg 5" in str(caught.value)
    assert notice.pk is None
    notice.first_notice_on = date(2027, 6, 21)  # 28 clear days: 22 June to 19 July
    services.private_meeting_record(notice=notice)
    assert "may be held in private" in PrivateMeetingNotice.objects.get(pk=notice.pk).explanation
