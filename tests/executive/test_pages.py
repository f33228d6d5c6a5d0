"""The public forward plan, notices and decision records, their JSON twins and feed; the
clerk's reg 19 report; `moot report reg19`."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot import cli
from moot.executive.models import KeyDecisionNotice
from tests.executive.conftest import clerk_of

pytestmark = pytest.mark.django_db


def test_forward_plan_lists_every_published_notice_and_filters(client, executive):
    page = client.get("/forward-plan/").content.decode()
    for matter in executive:
        assert matter in page
    filtered = client.get("/forward-plan/?month=2026-02&key=1").content.decode()
    assert "Continuation of the evening bus subsidy" in filtered
    assert "Changes to library opening hours" not in filtered  # decided in March
    data = client.get("/forward-plan/?month=2026-02&format=json").json()
    assert data["filters"]["month"] == "2026-02" and data["count"] == 3
    notice = data["results"][0]
    for field in (
        "matter",
        "decision_maker",
        "decision_date",
        "documents",
        "documents_address",
        "other_documents",
        "request_procedure",
        "first_published",
    ):
        assert notice[field], field
    body = client.get("/bodies/wrenfield-cabinet/forward-plan/?format=json").json()
    assert body["body"]["slug"] == "wrenfield-cabinet" and body["count"] == 4
    assert (
        client.get("/bodies/health-and-wellbeing-board/forward-plan/?format=json").json()["count"]
        == 0
    )
    maker = notice["decision_maker"]
    assert client.get("/forward-plan/", {"maker": maker, "format": "json"}).json()["count"] == 4


def test_bad_month_is_refused_naming_the_field(client, executive):
    response = client.get("/forward-plan/?month=March&format=json")
    assert response.status_code == 400 and "month" in response.content.decode()
    assert client.get("/bodies/no-such-body/forward-plan/").status_code == 404


def test_decision_pages_show_call_in_status_and_effective_from(client, executive):
    called = executive["Changes to library opening hours"]
    page = client.get(f"/decisions/{called.pk}/").content.decode()
    assert "Called in" in page and "Wednesday 11 March 2026" in page
    data = client.get(f"/decisions/{called.pk}/?format=json").json()
    assert data["effective_from"] == "2026-03-12" and data["call_in"]["called_in"] is True
    assert "does not take effect until the scrutiny committee" in page
    assert data["alternatives_rejected"] and data["reasons"]
    urgent = client.get(
        f"/decisions/{executive['Emergency repairs to the Riverside flood wall'].pk}/?format=json"
    ).json()
    assert urgent["call_in"]["status"] == "Not subject to call-in" and urgent["urgency_reason"]
    normal = client.get(
        f"/decisions/{executive['Award of the Wrenfield leisure centre refurbishment contract'].pk}/"
    ).content.decode()
    assert "Call-in period ended; not called in" in normal
    assert client.get("/decisions/999999/").status_code == 404


def test_notice_page_and_route(client, executive):
    decision = executive["Continuation of the evening bus subsidy"]
    page = client.get(f"/forward-plan/notices/{decision.notice_id}/").content.decode()
    assert "General exception (reg 10)" in page and f"/decisions/{decision.pk}/" in page


def test_draft_and_future_records_are_not_public(client, executive):
    draft = KeyDecisionNotice.objects.create(
        matter="Draft matter zqxdraft",
        decision_maker="x",
        decision_date="2027-01-01",
        documents="d",
        documents_address="a",
        other_documents="o",
        request_procedure="r",
        key_reason="k",
    )
    assert "zqxdraft" not in client.get("/forward-plan/").content.decode()
    assert client.get(f"/forward-plan/notices/{draft.pk}/").status_code == 404


def test_atom_feed_of_notices(client, executive):
    response = client.get("/feeds/forward-plan.xml")
    assert response["Content-Type"].startswith("application/atom+xml")
    text = response.content.decode()
    assert text.count("<entry>") == 4 and "Riverside flood wall" in text
    assert re.search(r"<updated>2026-02-23T00:00:00", text)


def test_pages_run_a_bounded_number_of_queries(client, executive):
    for url in (
        "/forward-plan/",
        "/forward-plan/?format=json",
        "/feeds/forward-plan.xml",
        f"/decisions/{next(iter(executive.values())).pk}/",
    ):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= 8, (url, len(queries))


def test_clerk_reg19_page_and_csv(client, executive, django_user_model, example):
    assert client.get("/clerk/executive/reg19/").status_code == 302  # sign in first
    client.force_login(clerk_of(django_user_model, example, "c19"))
    page = client.get("/clerk/executive/reg19/?from=2026-01-01&to=2026-12-31")
    assert "Riverside flood wall" in page.content.decode()
    assert "evening bus subsidy" not in page.content.decode()
    csv = client.get("/clerk/executive/reg19/?from=2026-01-01&to=2026-12-31&format=csv")
    assert csv["Content-Disposition"].startswith("attachment")
    assert "spring tides" in csv.content.decode()
    bad = client.get("/clerk/executive/reg19/?from=2026-12-31&to=2026-01-01")
    assert bad.status_code == 400


def test_report_reg19_command(capsys, executive):
    assert (
        cli.main(["report", "reg19", "--from", "2026-01-01", "--to", "2026-06-30", "--json"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 1
    assert out["decisions"][0]["decision"] == "Emergency repairs to the Riverside flood wall"
    assert "spring tides" in out["decisions"][0]["reasons"]
    assert (
        cli.main(["report", "reg19", "--from", "2026-03-01", "--to", "2026-06-30", "--json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["count"] == 0
    assert cli.main(["report", "reg19", "--from", "2026-13-01", "--to", "2026-06-30"]) == 1
    assert "--from '2026-13-01'" in capsys.readouterr().err


def test_nation_command_sets_and_reports_the_clocks(capsys, example):
    assert cli.main(["nation", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["clear_days"] == 5
    assert cli.main(["nation", "scotland", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["nation"], out["clear_days"], out["bank_holiday_region"]) == ("scotland", 3, "SCT")
    assert "s50B" in out["agenda_source"] and out["remote_attendance_counts"] is True


def test_executive_body_page_links_its_forward_plan(client, executive):
    page = client.get("/bodies/wrenfield-cabinet/").content.decode()
    assert "/bodies/wrenfield-cabinet/forward-plan/" in page
    assert "forward-plan/" not in client.get("/bodies/wrenfield-scrutiny/").content.decode()
