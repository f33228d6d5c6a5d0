"""The search page in a browser: filters, errors a person can recover from, the JSON twin."""

from __future__ import annotations

import re

import pytest

from tests.browser.helpers import BODY, axe_violations, describe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_filters_narrow_the_results(page, site):
    page.goto("/search/")
    page.get_by_label("Search for").fill("health inequalities")
    page.get_by_label("Committee or board").select_option(BODY)
    page.get_by_label("Meetings from").fill("2021-04-01")
    page.locator("main").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"since=2021-04-01"))
    status = page.get_by_role("status").inner_text()
    assert re.match(r"\d+ results? for ‘health inequalities’", status), status
    meta = page.locator("ol.moot-search-results > li p.govuk-body-s").all_inner_texts()
    assert meta and all("29 July 2021" in line for line in meta), meta
    hrefs = page.locator("ol.moot-search-results > li h3 a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert not any("/2021-03-25/" in href for href in hrefs)
    # The form keeps what was asked, so the next search starts from it.
    assert page.get_by_label("Meetings from").input_value() == "2021-04-01"
    assert page.get_by_label("Committee or board").input_value() == BODY
    violations = axe_violations(page)
    assert not violations, describe_violations("filtered search", page.url, violations)


def test_a_malformed_date_is_explained_and_recoverable(page, site, screenshot):
    page.goto("/search/")
    page.get_by_label("Search for").fill("health")
    page.get_by_label("Meetings from").fill("2021-02-30")
    page.locator("main").get_by_role("button", name="Search").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "There is a problem" in summary.inner_text()
    assert "Meetings from (‘since’)" in summary.inner_text()
    assert page.title().startswith("Error:")
    # GOV.UK Frontend moves focus to the summary; its link takes focus to the field.
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.closest('.govuk-error-summary')"
    )
    screenshot(page, "search-date-error")
    summary.get_by_role("link").first.click()
    assert page.evaluate("() => document.activeElement.id") == "since"
    field_error = page.locator("#since-error")
    assert "2021-02-30" in field_error.inner_text()
    assert "since-error" in page.get_by_label("Meetings from").get_attribute("aria-describedby")
    page.get_by_label("Meetings from").fill("2021-03-01")
    page.locator("main").get_by_role("button", name="Search").click()
    page.get_by_role("status").wait_for()
    assert page.locator(".govuk-error-summary").count() == 0


def test_json_twin_link(page, site):
    page.goto(site.pages["search"])
    href = page.get_by_role("link", name="These results as JSON").get_attribute("href")
    payload = page.request.get(href).json()
    assert payload["query"] == "health inequalities"
    assert payload["total"] == len(payload["results"]) >= 3
    assert payload["results"][0]["url"].startswith(f"/bodies/{BODY}/meetings/2021-03-25/items/21/")
