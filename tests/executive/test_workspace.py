"""The clerk's screens for the executive record at /clerk/executive/: notices (reg 9),
exceptions (regs 10-11), decision records (regs 12-13) and call-ins, each refusal shown
with its regulation and what was typed kept; access through ``executive.record``."""

from datetime import date, time, timedelta

import pytest

from moot.executive import services
from moot.executive.models import (
    CallIn,
    ExceptionRecord,
    ExecutiveDecision,
    KeyDecisionNotice,
)
from moot.governance.models import AuditEntry, Person
from moot.meetings import services as meeting_services
from moot.workspace import views as workspace_views
from tests.executive.conftest import (
    NOTICE,
    NOW,
    clerk_of,
    depot_decision,
    make_notice,
    notice_values,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_clock")]


def test_list_shows_the_clerks_notices_and_decisions_and_the_navigation_links(
    client, clerk, cabinet, example
):
    mine = make_notice(cabinet)
    other = services.notice_create(body=example, **notice_values(matter="Another body's matter"))
    page = client.get("/clerk/executive/")
    assert page.status_code == 200
    html = page.content.decode()
    assert mine.matter in html and f"/clerk/executive/notices/{mine.pk}/" in html
    assert other.matter not in html
    assert 'href="/clerk/executive/"' in client.get("/clerk/").content.decode()


def test_add_notice_then_publish(client, clerk, cabinet):
    data = NOTICE | {"notice-body": str(cabinet.pk)}
    response = client.post("/clerk/executive/notices/new/", data)
    assert response.status_code == 302
    notice = KeyDecisionNotice.objects.get(matter="Sell the old depot")
    assert notice.body == cabinet and notice.status == "draft" and notice.key
    assert response["Location"] == f"/clerk/executive/notices/{notice.pk}/"
    assert client.post(f"/clerk/executive/notices/{notice.pk}/publish/").status_code == 302
    notice.refresh_from_db()
    assert notice.status == "published" and notice.first_published == date(2027, 1, 4)
    assert AuditEntry.objects.filter(
        action="moot.executive.notice_published", object_id=str(notice.pk), user=clerk
    ).exists()


def test_notice_missing_reg9_field_refused_keeping_what_was_typed(client, clerk, cabinet):
    data = NOTICE | {"notice-body": str(cabinet.pk), "notice-documents_address": " "}
    response = client.post("/clerk/executive/notices/new/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "govuk-error-summary" in html and "reg 9(1)(f)" in html
    assert (
        "Cllr P Example, Cabinet Member for Assets" in html and "Ask Democratic Services." in html
    )
    assert not KeyDecisionNotice.objects.filter(matter="Sell the old depot").exists()


def test_edit_notice_audited_and_refusal_keeps_input(client, clerk, cabinet):
    notice = make_notice(cabinet)
    page = client.get(f"/clerk/executive/notices/{notice.pk}/")
    assert page.status_code == 200 and "Town Hall" in page.content.decode()
    data = NOTICE | {"notice-body": str(cabinet.pk), "notice-documents_address": "City Hall"}
    assert client.post(f"/clerk/executive/notices/{notice.pk}/", data).status_code == 302
    notice.refresh_from_db()
    assert notice.documents_address == "City Hall" and notice.first_published == date(2027, 1, 4)
    entry = AuditEntry.objects.get(action="moot.executive.notice_changed", object_id=str(notice.pk))
    assert "documents_address" in entry.changes
    bad = data | {"notice-decision_maker": "", "notice-matter": "Sell the depot quickly"}
    response = client.post(f"/clerk/executive/notices/{notice.pk}/", bad)
    assert response.status_code == 400
    assert "reg 9(1)(c)" in response.content.decode()
    assert "Sell the depot quickly" in response.content.decode()
    notice.refresh_from_db()
    assert notice.matter == "Sell the old depot"


def test_exception_without_scrutiny_chairs_notice_refused_then_recorded(client, clerk, cabinet):
    notice = make_notice(cabinet)
    url = f"/clerk/executive/notices/{notice.pk}/exception/"
    assert client.get(url).status_code == 200
    data = {
        "exception-kind": "general_exception",
        "exception-reasons": "The contractor's price holds only until February.",
        "exception-public_notice_on": "2027-01-05",
    }
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "reg 10(2)(a)" in html and "price holds only until February" in html
    assert not ExceptionRecord.objects.filter(notice=notice).exists()
    data["exception-scrutiny_chair_informed_on"] = "2027-01-05"
    assert client.post(url, data).status_code == 302
    assert ExceptionRecord.objects.get(notice=notice).kind == "general_exception"


def test_special_urgency_needs_whose_agreement(client, clerk, cabinet):
    notice = make_notice(cabinet)
    url = f"/clerk/executive/notices/{notice.pk}/exception/"
    data = {"exception-kind": "special_urgency", "exception-reasons": "Flood risk."}
    response = client.post(url, data)
    assert response.status_code == 400 and "reg 11(2)" in response.content.decode()
    data |= {
        "exception-agreed_by_role": "scrutiny_chair",
        "exception-agreed_by_name": "Cllr S Chair",
        "exception-agreed_on": "2027-01-04",
    }
    assert client.post(url, data).status_code == 302
    assert ExceptionRecord.objects.get(notice=notice).agreed_by_name == "Cllr S Chair"


def decision_data(**overrides):
    data = {
        "decision-notice": "",
        "decision-body": "",
        "decision-title": "Sell the old depot",
        "decision-maker": "Cabinet",
        "decision-decision": "Agreed to sell.",
        "decision-decided_on": "2027-03-01",
        "decision-reasons": "Best value.",
        "decision-alternatives": "Keep it (rejected: costly).",
        "decision-conflicts": "None declared.",
    }
    data.update({f"decision-{k}": v for k, v in overrides.items()})
    return data


def test_key_decision_too_early_refused_naming_reg9_then_recorded(client, clerk, cabinet):
    notice = make_notice(cabinet)
    assert client.get(f"/clerk/executive/decisions/new/?notice={notice.pk}").status_code == 200
    early = decision_data(notice=str(notice.pk), body=str(cabinet.pk), decided_on="2027-02-01")
    response = client.post("/clerk/executive/decisions/new/", early)
    assert response.status_code == 400
    html = response.content.decode()
    assert "reg 9" in html and "Keep it (rejected: costly)." in html
    assert not ExecutiveDecision.objects.filter(notice=notice).exists()
    ok = decision_data(notice=str(notice.pk), body=str(cabinet.pk))
    response = client.post("/clerk/executive/decisions/new/", ok)
    assert response.status_code == 302
    record = ExecutiveDecision.objects.get(notice=notice)
    assert record.route == "normal" and record.conflicts == "None declared."
    assert record.published_at == NOW
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Sell the old depot" in page.content.decode()


def test_decision_without_reasons_or_alternatives_refused(client, clerk, cabinet):
    data = decision_data(body=str(cabinet.pk), reasons="", alternatives="")
    response = client.post("/clerk/executive/decisions/new/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert html.count("regs 12-13") >= 2 and "Agreed to sell." in html
    assert not ExecutiveDecision.objects.filter(title="Sell the old depot").exists()


def test_urgent_decision_needs_its_reason(client, clerk, cabinet):
    data = decision_data(body=str(cabinet.pk), urgent="on", urgency_reason="")
    response = client.post("/clerk/executive/decisions/new/", data)
    assert response.status_code == 400
    assert not ExecutiveDecision.objects.filter(title="Sell the old depot").exists()
    data = decision_data(body=str(cabinet.pk), urgent="on", urgency_reason="Storm damage.")
    assert client.post("/clerk/executive/decisions/new/", data).status_code == 302
    record = ExecutiveDecision.objects.get(title="Sell the old depot")
    assert record.urgent and record.call_in_closes_at is None


def test_call_in_within_window_routed_and_after_window_refused(client, clerk, cabinet, scrutiny):
    record = depot_decision(cabinet)
    url = f"/clerk/executive/decisions/{record.pk}/call-in/"
    one = {"callin-members": "Cllr A", "callin-grounds": "Not consulted."}
    response = client.post(url, one)
    assert response.status_code == 400
    assert "s9F" in response.content.decode() and "Not consulted." in response.content.decode()
    both = {"callin-members": "Cllr A\nCllr B", "callin-grounds": "Not consulted."}
    assert client.post(url, both).status_code == 302
    call_in = CallIn.objects.get(decision=record)
    assert call_in.item.meeting.body == scrutiny


def test_call_in_after_the_window_refused_keeping_input(
    client, clerk, cabinet, scrutiny, monkeypatch
):
    record = depot_decision(cabinet)
    monkeypatch.setattr(workspace_views, "clock", lambda: NOW + timedelta(days=14))
    data = {"callin-members": "Cllr A\nCllr B", "callin-grounds": "Too late, perhaps."}
    response = client.post(f"/clerk/executive/decisions/{record.pk}/call-in/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "call-in period closed" in html and "Too late, perhaps." in html
    assert not CallIn.objects.filter(decision=record).exists()


def test_anonymous_is_sent_to_sign_in(client, cabinet):
    notice = make_notice(cabinet)
    for url in (
        "/clerk/executive/",
        "/clerk/executive/notices/new/",
        f"/clerk/executive/notices/{notice.pk}/",
        "/clerk/executive/decisions/new/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_clerk_of_another_body_refused(client, django_user_model, cabinet, example):
    notice = make_notice(cabinet)
    client.force_login(clerk_of(django_user_model, example, "boardclerk"))
    assert client.get(f"/clerk/executive/notices/{notice.pk}/").status_code == 403
    data = NOTICE | {"notice-body": str(cabinet.pk), "notice-matter": "Changed by a stranger"}
    assert client.post(f"/clerk/executive/notices/{notice.pk}/", data).status_code == 403
    assert client.post(f"/clerk/executive/notices/{notice.pk}/publish/").status_code == 403
    # Offered only their own body: choosing the cabinet is refused as a bad choice.
    response = client.post("/clerk/executive/notices/new/", data)
    assert response.status_code == 400
    assert not KeyDecisionNotice.objects.filter(matter="Changed by a stranger").exists()
    assert cabinet.name not in client.get("/clerk/executive/").content.decode()
    notice.refresh_from_db()
    assert notice.matter == "Sell the old depot"


def test_member_refused(client, django_user_model, cabinet, example):
    notice = make_notice(cabinet)
    user = django_user_model.objects.create_user(username="kotecha", password="unused")
    Person.objects.filter(name="Harsha Kotecha").update(user=user)
    client.force_login(user)
    assert client.get("/clerk/executive/").status_code == 403
    assert client.get("/clerk/executive/notices/new/").status_code == 403
    assert client.get(f"/clerk/executive/notices/{notice.pk}/").status_code == 403
    response = client.post("/clerk/executive/decisions/new/", decision_data())
    assert response.status_code == 403
    assert not ExecutiveDecision.objects.filter(title="Sell the old depot").exists()


def test_private_meeting_notices_refused_naming_reg5_then_recorded(client, clerk, cabinet):
    from moot.executive.models import PrivateMeetingNotice

    meeting = meeting_services.meeting_create(
        body=cabinet, day=date(2027, 7, 20), at=time(10), recording_past=True
    )
    url = f"/clerk/executive/meetings/{cabinet.slug}/{meeting.date_slug}/private/"
    index = client.get("/clerk/executive/").content.decode()
    assert url in index
    assert client.get(url).status_code == 200
    data = {
        "private-paragraph": "3",
        "private-reasons": "Commercial terms of a lease.",
        "private-first_notice_on": "2027-06-30",
        "private-second_notice_on": "2027-07-10",
    }
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "reg 5 of the 2012 Regulations" in html and "Commercial terms of a lease." in html
    assert not PrivateMeetingNotice.objects.filter(meeting=meeting).exists()
    # Late, and the urgency agreement incomplete: each refusal is shown on its own field.
    urgent = data | {"private-urgency_agreed_by_role": "scrutiny_chair"}
    response = client.post(url, urgent)
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("urgency_agreed_by_name", "urgency_agreed_on", "urgency_reasons"):
        assert f'id="id_private-{field}-error"' in html, field
    assert 'id="id_private-reasons-error"' not in html
    data["private-first_notice_on"] = "2027-06-21"
    assert client.post(url, data).status_code == 302
    recorded = PrivateMeetingNotice.objects.get(meeting=meeting)
    assert recorded.paragraph == 3 and "may be held in private" in recorded.explanation
    assert "may be held in private" in client.get(url).content.decode()


def test_private_meeting_notices_refused_to_another_bodys_clerk(
    client, django_user_model, cabinet, example
):
    meeting = meeting_services.meeting_create(
        body=cabinet, day=date(2027, 7, 20), at=time(10), recording_past=True
    )
    client.force_login(clerk_of(django_user_model, example, "boardclerk"))
    url = f"/clerk/executive/meetings/{cabinet.slug}/{meeting.date_slug}/private/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"private-paragraph": "3"}).status_code == 403


def test_the_list_costs_the_same_queries_however_long(client, clerk, cabinet):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/clerk/executive/").status_code == 200
        return len(queries)

    make_notice(cabinet)
    one = count()
    for n in range(4):
        notice = services.notice_create(body=cabinet, **notice_values(matter=f"Matter {n}"))
        services.notice_publish(notice=notice, on=date(2026, 11, 2))
        services.decision_record(
            notice=notice,
            title=f"Matter {n}",
            decision="Agreed.",
            decided_on=date(2027, 1, 4),
            reasons="Best value.",
            alternatives="None.",
            maker="Cabinet",
            published_at=NOW,
        )
        meeting_services.meeting_create(
            body=cabinet, day=date(2027, 2, 1 + n), at=time(10), recording_past=True
        )
    assert count() == one
