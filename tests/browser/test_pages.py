"""Every page type of the portal (CONTRACT.md "Public web addresses") in a real browser:
it loads, has one h1, raises no script error, is screenshotted (under pytest's temporary
folder), and axe-core finds no WCAG 2.2 AA violation (Public Sector Bodies (Websites and Mobile
Applications) Accessibility Regulations 2018)."""

from __future__ import annotations

import pytest

from tests.browser.helpers import axe_violations, describe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

EXPECTED_STATUS = {"404": 404, "search-error": 400}
PAGE_TYPES = [
    "home",
    "bodies",
    "body",
    "meeting",
    "meeting-agenda",
    "item",
    "person",
    "decisions",
    "search",
    "search-form",
    "search-none",
    "search-page-2",
    "search-error",
    "calendar",
    "question",
    "404",
]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_loads_and_passes_axe(page, site, name, screenshot):
    path = site.pages[name]
    response = page.goto(path)
    assert response is not None
    assert response.status == EXPECTED_STATUS.get(name, 200), f"{path}: {response.status}"
    page.wait_for_load_state("load")
    screenshot(page, name)
    assert page.locator("h1").count() == 1, f"{path} should have exactly one h1"
    assert page.title().strip(), f"{path} has no title"
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert page.locator("a.govuk-skip-link").count() == 1
    assert page.locator("main#main-content").count() == 1
    violations = axe_violations(page)
    assert not violations, describe_violations(name, path, violations)
    assert not page.js_errors, f"script errors on {path}: {page.js_errors}"


def test_static_files_are_served(page, site):
    """The live server serves the portal's built CSS and GOV.UK Frontend's script."""
    page.goto(site.pages["home"])
    for selector, attribute in (
        ("link[rel=stylesheet]", "href"),
        ("script[type=module][src]", "src"),
    ):
        url = page.locator(selector).first.get_attribute(attribute)
        response = page.request.get(url)
        assert response.status == 200, f"{url}: {response.status}"
    assert page.evaluate("() => document.body.classList.contains('govuk-frontend-supported')")


def test_the_axe_harness_reports_violations(page):
    """A page with known faults, so a silent harness cannot pass every page."""
    page.set_content(
        "<!doctype html><html><head><title>Faulty</title></head><body><main><h1>Faulty</h1>"
        '<img src="data:,"><label>Name</label><input type="text" id="x"></main></body></html>'
    )
    violations = axe_violations(page)
    ids = {v["id"] for v in violations}
    assert {"image-alt", "label", "html-has-lang"} <= ids
    report = describe_violations("faulty", "about:blank", violations)
    assert "image-alt [critical]" in report and "at img" in report
