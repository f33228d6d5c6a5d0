"""Pages of a Welsh authority bound by Welsh language standards, read in Welsh, in a real
browser: the language switch works, the page says it is Welsh (``<html lang="cy">``), and
axe-core finds no WCAG 2.2 AA violation."""

from __future__ import annotations

import pytest

from tests.browser.helpers import axe_violations, describe_violations, remove_executive_example

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WELSH_TITLE = "Newidiadau i oriau agor llyfrgelloedd"


@pytest.fixture(scope="module")
def welsh_pages(site, django_db_blocker):
    """The executive example under an authority made Welsh for this module, restored (and
    the example removed) afterwards: the live server commits."""
    from moot.examples.loader import load_example
    from moot.executive.models import ExecutiveDecision
    from moot.governance import welsh
    from moot.governance.models import Authority, Translation
    from moot.meetings.models import Meeting

    with django_db_blocker.unblock():
        load_example("executive")
        authority = Authority.objects.get()
        before = (authority.nation, authority.clear_days, authority.welsh_language_standards)
        authority.nation, authority.welsh_language_standards = "wales", True
        authority.save()
        decision = ExecutiveDecision.objects.get(call_in__isnull=False)
        welsh.welsh_set(decision, {"title": WELSH_TITLE, "reasons": "Arbed arian."})
        welsh.welsh_set(decision.notice, {"matter": WELSH_TITLE})
        meeting = Meeting.objects.filter(items__isnull=False).order_by("date").first()
        pages = {
            "decision": f"/decisions/{decision.pk}/",
            "notice": f"/forward-plan/notices/{decision.notice_id}/",
            "meeting": meeting.get_absolute_url(),
        }
        try:
            yield pages
        finally:
            Translation.objects.all().delete()
            authority.nation, authority.clear_days, authority.welsh_language_standards = before
            authority.save()
            remove_executive_example()


@pytest.mark.parametrize("name", ["decision", "notice", "meeting"])
def test_welsh_page_passes_axe(page, welsh_pages, name, screenshot):
    path = welsh_pages[name] + "?lang=cy"
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    page.wait_for_load_state("load")
    screenshot(page, f"welsh-{name}")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("h1").count() == 1
    violations = axe_violations(page)
    assert not violations, describe_violations(name, path, violations)
    assert not page.js_errors, f"script errors on {path}: {page.js_errors}"


def test_the_switch_changes_language_and_the_choice_is_kept(page, welsh_pages):
    page.goto(welsh_pages["decision"])
    assert page.locator("html").get_attribute("lang") == "en-GB"
    page.get_by_role("link", name="Cymraeg").click()
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("h1").inner_text() == WELSH_TITLE
    page.goto(welsh_pages["notice"])  # no ?lang: the cookie keeps Welsh
    assert page.locator("h1").inner_text() == WELSH_TITLE
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("lang") == "en-GB"
