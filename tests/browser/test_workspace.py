"""The clerk builds and publishes the agenda of the example's 28 October 2021 meeting in
the workspace, by keyboard where it matters, with axe-core run on every workspace page.

Unlike the rest of this folder this test writes (through the live server, committed), so
it puts the meeting back as the example has it when it ends: the items it added are
removed, the agenda is scheduled again and the clerk's account is deleted.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

import pytest

from tests.browser.helpers import (
    BODY,
    assert_accessible,
    clerk_on_meeting,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OCTOBER = "2021-10-28"
BUILDER = f"/clerk/meetings/{BODY}/{OCTOBER}/"


@pytest.fixture(scope="module")
def clerk_session(site, django_db_blocker):
    """A staff clerk signed in. Set up and undone outside the test's transaction: the live
    server writes through its own connection (committed, on SQLite and PostgreSQL alike),
    so afterwards the October meeting is put back as the example has it."""
    yield from clerk_on_meeting(django_db_blocker, "browser-clerk", OCTOBER)


@pytest.fixture
def october(clerk_session, settings, tmp_path, monkeypatch):
    """Uploads kept in a temporary folder; the workspace's clock at Tuesday 12 October
    2021, 10:00 (the deadline is Wednesday 20 October)."""
    from moot.meetings import services

    settings.MEDIA_ROOT = tmp_path / "media"
    moment = datetime(2021, 10, 12, 10, 0, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
    return clerk_session


DRAG = """([from, to]) => {
  const items = [...document.querySelectorAll("[data-agenda-item]")];
  const find = (title) => items.find((li) => li.textContent.includes(title));
  const source = find(from), target = find(to);
  const data = new DataTransfer();
  const fire = (el, type) =>
    el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
  fire(source, "dragstart");
  fire(target, "dragover");
  fire(target, "drop");
  fire(source, "dragend");
}"""


def wait_for_announcement(page, text: str) -> None:
    """The move is told in the live region outside the replaced list (for screen readers)."""
    page.wait_for_function(
        "(text) => document.getElementById('agenda-announcement').textContent.includes(text)",
        arg=text,
    )
    assert text in page.locator("[data-agenda-message]").inner_text()


check_accessible = partial(assert_accessible, prefix="workspace-")


def numbered(page) -> list[str]:
    return [
        " ".join(t.split())
        for t in page.locator("[data-agenda-list] .moot-agenda__title > a").all_inner_texts()
    ]


def test_clerk_builds_and_publishes_the_october_agenda(page, site, october, tmp_path):
    shots = tmp_path / "screenshots"
    use_session(page.context, site, october)

    page.goto(site("/clerk/"))
    assert page.locator("h1").inner_text() == "What is due"
    october = page.locator("table tr").filter(has_text="Thursday 28 October 2021")
    assert "Wednesday 20 October 2021" in october.inner_text()
    check_accessible(page, "dashboard", shots)

    page.get_by_role("link", name="Health and Wellbeing Board").first.click()
    page.wait_for_url(re.compile(re.escape(BUILDER)))
    standing = numbered(page)
    assert standing[0] == "Apologies for Absence" and len(standing) == 8
    assert "Publish by Wednesday 20 October 2021" in page.locator("#deadline").inner_text()
    check_accessible(page, "agenda-builder", shots)

    for title in ("Joint Health and Wellbeing Strategy", "Care home contract"):
        page.get_by_label("Title", exact=True).fill(title)
        page.get_by_role("button", name="Add the item").click()
        page.wait_for_load_state()
    titles = numbered(page)
    assert titles[5:7] == ["Joint Health and Wellbeing Strategy", "Care home contract"]

    # An exempt report: the flag without a paragraph is refused, what was typed kept.
    page.get_by_role("link", name="Care home contract").click()
    page.get_by_label("Exempt: withhold this item from the public").check()
    page.get_by_label("Why the public interest").fill("Bids are confidential until the award.")
    page.get_by_role("button", name="Save the item").click()
    assert "names its paragraph" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("Why the public interest").input_value().startswith("Bids are")
    check_accessible(page, "item-error", shots)
    page.get_by_label("Schedule 12A paragraph").select_option("3")
    page.get_by_role("button", name="Save the item").click()
    preview = page.locator(".moot-preview").inner_text()
    assert "exempt under paragraph 3 of Schedule 12A" in preview and "Bids are" not in preview
    from moot.documents.services import render_text_pdf

    with sync_database_calls():
        pdf = render_text_pdf(title="Care home contract", text="Bids from three providers.")
    report = tmp_path / "care-home-bids.pdf"
    report.write_bytes(pdf)
    page.get_by_label("Document title").fill("Care home contract: bids")
    page.get_by_label("File (PDF or office document)").set_input_files(str(report))
    page.get_by_role("button", name="Upload the document").click()
    main = page.locator("main").inner_text()
    assert "Care home contract: bids (report, 1 page) Exempt" in main, main
    check_accessible(page, "item", shots)

    # The public strategy report, then reorder by keyboard: two presses of "Move up".
    page.get_by_role("link", name=re.compile("Back to the agenda")).click()
    page.get_by_role("link", name="Joint Health and Wellbeing Strategy").click()
    page.get_by_label("Document title").fill("Strategy refresh")
    page.get_by_label("File (PDF or office document)").set_input_files(str(report))
    page.get_by_role("button", name="Upload the document").click()
    page.get_by_role("link", name=re.compile("Back to the agenda")).click()
    move_up = page.get_by_role("button", name=re.compile(r"^Move up item 7, Care home contract"))
    move_up.focus()
    page.keyboard.press("Enter")
    wait_for_announcement(page, "is now number 6")
    page.keyboard.press("Enter")  # the focus stays on the moved item's "Move up"
    wait_for_announcement(page, "is now number 5")
    titles = numbered(page)
    assert titles[4:7] == [
        "Care home contract",
        "Updates from the Working Subgroups",
        "Joint Health and Wellbeing Strategy",
    ]
    # Dragging (the enhancement): the strategy dropped on the first item goes first. The
    # drag events are dispatched in the page (headless Chromium starts no native drag).
    page.evaluate(DRAG, ["Joint Health and Wellbeing Strategy", "Apologies for Absence"])
    wait_for_announcement(page, "is now number 1")
    assert numbered(page)[0] == "Joint Health and Wellbeing Strategy"
    numbers = page.locator("[data-agenda-list] .moot-agenda__number").all_inner_texts()
    assert numbers == [f"{n}." for n in range(1, 11)]
    check_accessible(page, "agenda-reordered", shots)

    # The deadline verdict before the button, then publication freezes the builder.
    publish = page.locator("#publish ~ p").first.inner_text()
    assert publish.startswith("On time.") and "Wednesday 20 October 2021" in publish
    page.get_by_role("button", name="Publish the agenda").click()
    page.wait_for_load_state()
    assert "is frozen" in page.locator(".govuk-notification-banner").inner_text()
    assert page.get_by_role("button", name=re.compile("^Move up")).count() == 0
    check_accessible(page, "agenda-published", shots)
    assert page.js_errors == []
    assert len(list(shots.glob("*.png"))) == 6
