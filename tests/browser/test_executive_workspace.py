"""The clerk keeps the executive record in the browser: a notice of a key decision (a
missing reg 9 field refused first), published, a special urgency record, the decision
recorded and its page; axe-core on each page (WCAG 2.2 AA).

It writes through the live server (committed), so it makes its own cabinet and clerk and
removes them, and what it recorded, when it ends."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from tests.browser.helpers import (
    assert_accessible,
    signed_in,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def cast(site, django_db_blocker):
    """A cabinet and its clerk, made and removed outside the test's transaction (the live
    server commits)."""
    from moot.executive.models import ExecutiveDecision, KeyDecisionNotice
    from moot.governance.models import Body
    from moot.meetings import services

    with sync_database_calls(), django_db_blocker.unblock():
        body = Body.objects.create(
            name="Browser Cabinet",
            slug="browser-cabinet",
            classification="cabinet",
            access_regime="executive",
        )
        user, cookie = signed_in("browser-exec-clerk", "clerk", body)
        meeting = services.meeting_create(
            body=body, day=date(2027, 2, 15), at=time(10), recording_past=True
        )
    yield cookie
    with sync_database_calls(), django_db_blocker.unblock():
        user.delete()
        meeting.delete()
        ExecutiveDecision.objects.filter(body=body).delete()
        KeyDecisionNotice.objects.filter(body=body).delete()
        body.delete()


@pytest.fixture
def cabinet_clerk(cast, monkeypatch):
    from moot.meetings import services

    moment = datetime(2027, 1, 4, 10, 0, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
    return cast


def test_a_clerk_records_a_key_decision(page, site, cabinet_clerk):
    use_session(page.context, site, cabinet_clerk)
    page.goto(site("/clerk/"))
    page.get_by_role("link", name="Executive decisions").click()
    page.wait_for_load_state()
    assert "No notice of a key decision yet" in page.locator("main").inner_text()
    assert_accessible(page, "executive-index")

    page.get_by_role("link", name="Add a notice of a key decision").click()
    page.wait_for_load_state()
    assert_accessible(page, "notice-new")
    page.select_option("#id_notice-body", label="Browser Cabinet")
    page.fill("#id_notice-matter", "Sell the old bus depot")
    page.fill("#id_notice-decision_maker", "Cabinet")
    page.fill("#id_notice-decision_date", "2027-03-01")
    page.fill("#id_notice-documents", "Report of the Director of Property")
    page.fill("#id_notice-other_documents", "Other documents may be submitted.")
    page.fill("#id_notice-request_procedure", "Ask Democratic Services.")
    page.fill("#id_notice-key_reason", "A capital receipt over the threshold.")
    page.get_by_role("button", name="Add the notice").click()
    page.wait_for_load_state()
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "reg 9(1)(f)" in summary
    assert page.input_value("#id_notice-matter") == "Sell the old bus depot"
    assert_accessible(page, "notice-refused")
    page.fill("#id_notice-documents_address", "Town Hall, Market Square")
    page.get_by_role("button", name="Add the notice").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Sell the old bus depot"
    page.get_by_role("button", name="Publish on the forward plan").click()
    page.wait_for_load_state()
    assert "first published Monday 4 January 2027" in page.locator("main").inner_text()
    assert_accessible(page, "notice")

    page.get_by_role("link", name="Record a general exception or special urgency").click()
    page.wait_for_load_state()
    assert_accessible(page, "exception-new")
    page.select_option("#id_exception-kind", "special_urgency")
    page.fill("#id_exception-reasons", "The buyer withdraws after January.")
    page.select_option("#id_exception-agreed_by_role", "scrutiny_chair")
    page.fill("#id_exception-agreed_by_name", "Cllr S Chair")
    page.fill("#id_exception-agreed_on", "2027-01-04")
    page.get_by_role("button", name="Record the exception").click()
    page.wait_for_load_state()
    assert "Special urgency (reg 11)" in page.locator("main").inner_text()

    page.get_by_role("link", name="Record the decision").click()
    page.wait_for_load_state()
    assert_accessible(page, "decision-new")
    assert page.input_value("#id_decision-title") == "Sell the old bus depot"
    page.fill("#id_decision-decided_on", "2027-01-05")
    page.fill("#id_decision-decision", "Agreed to sell the depot.")
    page.fill("#id_decision-reasons", "Best value.")
    page.fill("#id_decision-alternatives", "Keep it: rejected as too costly.")
    page.get_by_role("button", name="Record and publish the decision").click()
    page.wait_for_load_state()
    main = page.locator("main").inner_text()
    assert "Special urgency (reg 11)" in main and "Agreed to sell the depot." in main
    assert_accessible(page, "decision")
    page.goto(site("/clerk/executive/"))
    assert "Sell the old bus depot" in page.locator("main").inner_text()
    assert_accessible(page, "executive-index-filled")

    page.get_by_role("link", name=re.compile("^Record notices of a meeting in private")).click()
    page.wait_for_load_state()
    assert_accessible(page, "private-meeting")
    page.select_option("#id_private-paragraph", "3")
    page.fill("#id_private-reasons", "Commercial terms of the depot sale.")
    page.get_by_role("button", name="Record the notices").click()
    page.wait_for_load_state()
    assert "reg 5" in page.locator(".govuk-error-summary").inner_text()
    assert page.input_value("#id_private-reasons") == "Commercial terms of the depot sale."
    assert_accessible(page, "private-meeting-refused")
    assert page.js_errors == []
