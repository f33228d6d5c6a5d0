"""The executive pages (forward plan, a body's plan, a notice, a decision record) in a real
browser: one h1, no script error, and axe-core finds no WCAG 2.2 AA violation."""

from __future__ import annotations

import pytest

from tests.browser.helpers import axe_violations, describe_violations, remove_executive_example

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def executive_pages(site, django_db_blocker):
    """The executive example, loaded for the live server and removed afterwards (the live
    server commits, and later folders load the example themselves)."""
    from moot.examples.loader import load_example
    from moot.executive.models import ExecutiveDecision

    with django_db_blocker.unblock():
        load_example("executive")
        called = ExecutiveDecision.objects.get(call_in__isnull=False)
        urgent = ExecutiveDecision.objects.get(urgent=True)
        pages = {
            "forward-plan": "/forward-plan/",
            "forward-plan-filtered": "/forward-plan/?month=2026-02&key=1",
            "body-forward-plan": "/bodies/wrenfield-cabinet/forward-plan/",
            "notice": f"/forward-plan/notices/{called.notice_id}/",
            "decision-called-in": f"/decisions/{called.pk}/",
            "decision-urgent": f"/decisions/{urgent.pk}/",
        }
        try:
            yield pages
        finally:
            remove_executive_example()


@pytest.mark.parametrize(
    "name",
    [
        "forward-plan",
        "forward-plan-filtered",
        "body-forward-plan",
        "notice",
        "decision-called-in",
        "decision-urgent",
    ],
)
def test_executive_page_passes_axe(page, executive_pages, name, screenshot):
    path = executive_pages[name]
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    page.wait_for_load_state("load")
    screenshot(page, name)
    assert page.locator("h1").count() == 1
    assert page.locator("main#main-content").count() == 1
    violations = axe_violations(page)
    assert not violations, describe_violations(name, path, violations)
    assert not page.js_errors, f"script errors on {path}: {page.js_errors}"
