"""What a newcomer does, by mouse and by keyboard, in a real browser."""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar

from tests.browser.helpers import BODY, MARCH

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ITEM_21 = f"/bodies/{BODY}/meetings/{MARCH}/items/21/"


def path_of(page) -> str:
    return re.sub(r"^https?://[^/]+", "", page.url)


def test_newcomers_path_from_home_to_item_21_search_and_calendar(page, site, screenshot):
    page.goto(site.pages["home"])
    page.get_by_role("link", name="Health and Wellbeing Board").first.click()
    assert path_of(page) == f"/bodies/{BODY}/"
    assert "Health and Wellbeing Board" in page.locator("h1").inner_text()

    page.get_by_role("link", name=re.compile(r"25 March 2021")).first.click()
    assert path_of(page) == f"/bodies/{BODY}/meetings/{MARCH}/"

    page.get_by_role(
        "link", name=re.compile(r"^21\. Leicester, Leicestershire and Rutland Health Inequalities")
    ).first.click()
    assert path_of(page) == ITEM_21
    assert "Health Inequalities Framework" in page.locator("h1").inner_text()

    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Search").click()
    assert path_of(page) == "/search/"
    page.get_by_label("Search for").fill("health inequalities")
    page.locator("main").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/\?q=health\+inequalities"))
    status = page.get_by_role("status")
    assert re.match(r"\d+ results? for ‘health inequalities’", status.inner_text())
    results = page.locator("ol.moot-search-results > li")
    assert results.count() >= 3
    first = results.first.get_by_role("link")
    assert first.get_attribute("href").split("#")[0] == ITEM_21
    assert results.first.locator("mark").count() >= 1
    screenshot(page, "journey-search")
    first.click()
    assert path_of(page).split("#")[0] == ITEM_21

    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Calendar").click()
    assert path_of(page).startswith("/calendar/")
    subscribe = page.locator("main a[href$='.ics']").first
    href = subscribe.get_attribute("href")
    assert href
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.body())
    events = list(calendar.walk("VEVENT"))
    assert events, "the calendar feed has no events"
    starts = {event.decoded("DTSTART").date().isoformat() for event in events}
    assert MARCH in starts
    for event in events:
        assert event.get("UID") and event.get("SUMMARY") and event.get("DTSTART")
    assert all("Health and Wellbeing Board" in str(event["SUMMARY"]) for event in events)


_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    && !/rgba\\(.*,\\s*0\\)$/.test(style.outlineColor);
  let hidden = false;
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) {
      hidden = true;
    }
  }
  const label = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
  return {
    element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (typeof el.className === 'string' && el.className
        ? '.' + el.className.trim().split(/\\s+/).join('.') : ''),
    label: label.slice(0, 60),
    href: el.getAttribute('href'),
    width: rect.width, height: rect.height,
    inViewport: rect.bottom > 0 && rect.right > 0
      && rect.top < window.innerHeight && rect.left < window.innerWidth,
    hidden,
    indicator: outline || style.boxShadow !== 'none',
    inMain: !!document.getElementById('main-content')?.contains(el),
  };
}"""


def test_keyboard_through_the_meeting_page(page, site, screenshot):
    """WCAG 2.4.1 (bypass blocks), 2.4.7 (focus visible), 2.4.11 (focus not obscured)."""
    page.goto(site.pages["meeting"])
    page.keyboard.press("Tab")
    skip = page.evaluate(_FOCUSED)
    assert skip is not None and "govuk-skip-link" in skip["element"], skip
    assert skip["width"] > 1 and skip["height"] > 1 and skip["inViewport"], skip
    assert skip["indicator"], "the skip link shows no focus indicator"
    screenshot(page, "keyboard-skip-link")

    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main-content"
    page.keyboard.press("Tab")
    after_skip = page.evaluate(_FOCUSED)
    assert after_skip is not None and after_skip["inMain"], (
        f"after the skip link, Tab should land inside main, not on {after_skip}"
    )

    page.goto(site.pages["meeting"])
    problems, seen = [], []
    for _ in range(800):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            break  # focus left the document: the whole page has been walked
        key = (focused["element"], focused["label"], focused["href"])
        if seen and key == seen[0]:
            break
        seen.append(key)
        faults = []
        if focused["width"] <= 1 or focused["height"] <= 1:
            faults.append(f"{focused['width']:.0f}x{focused['height']:.0f} px")
        if focused["hidden"]:
            faults.append("hidden")
        if not focused["inViewport"]:
            faults.append("outside the viewport")
        if not focused["indicator"]:
            faults.append("no focus indicator")
        if faults:
            problems.append(f"{focused['element']} {focused['label']!r}: {', '.join(faults)}")
    assert len(seen) > 20, f"only {len(seen)} focusable elements reached"
    assert seen[0][0].startswith("a.govuk-skip-link"), f"first Tab stop is {seen[0]}"
    assert not problems, "focused elements that cannot be seen:\n" + "\n".join(problems)
