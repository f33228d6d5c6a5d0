"""Revising a published agenda in the browser, without JavaScript's help where it matters:
on the example's 28 October 2021 meeting, published on time, a late item after the deadline
is refused without the chair's agreement (what was typed kept), then published with it; an
item is withdrawn by keyboard; the public page says "Agenda revised on" and marks the item
withdrawn. axe-core on each new screen and state. Writes through the live server
(committed), so the meeting is put back as the example has it when it ends."""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

import pytest

from tests.browser.helpers import (
    BODY,
    assert_accessible,
    clerk_on_meeting,
    publish_october_on_time,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OCTOBER = "2021-10-28"
BUILDER = f"/clerk/meetings/{BODY}/{OCTOBER}/"
PUBLIC = f"/bodies/{BODY}/meetings/{OCTOBER}/"


@pytest.fixture(scope="module")
def revision_session(site, django_db_blocker):
    """A clerk signed in and the October agenda published on time; afterwards the meeting
    is put back as the example has it."""
    yield from clerk_on_meeting(
        django_db_blocker,
        "revising-clerk",
        OCTOBER,
        prepare=partial(publish_october_on_time, announce=False),
    )


check_accessible = partial(assert_accessible, prefix="revised-")


def test_a_late_item_and_a_withdrawal_revise_the_published_agenda(
    page, site, revision_session, monkeypatch, tmp_path
):
    from moot.meetings import services

    shots = tmp_path / "screenshots"
    use_session(page.context, site, revision_session)
    at = datetime(2021, 10, 22, 9, 0, tzinfo=services.LONDON)  # after the deadline
    monkeypatch.setattr("moot.workspace.views.clock", lambda: at)

    # A late item without the chair's agreement: refused, each field named, typing kept.
    page.goto(site(BUILDER))
    check_accessible(page, "builder", shots)
    page.get_by_label("Title of the late item").fill("Winter pressures")
    page.get_by_label(re.compile("special circumstances")).fill("Beds must be agreed this week.")
    page.get_by_label(re.compile("^The chair who agreed")).fill("")
    with page.expect_navigation():
        page.get_by_role("button", name="Publish the late item").click()
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "name the chair" in summary and "confirm that the chair agreed" in summary
    assert page.get_by_label("Title of the late item").input_value() == "Winter pressures"
    assert page.title().startswith("Error: ")
    check_accessible(page, "late-item-refused", shots)

    page.get_by_label(re.compile("^The chair who agreed")).fill("Councillor Vi Dempster")
    page.get_by_label(re.compile("^The chair is of the opinion")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish the late item").click()
    changes = page.locator("#agenda-changes ~ table").first.inner_text()
    assert "Winter pressures" in changes and "Councillor Vi Dempster" in changes

    # Withdraw an item, by keyboard, from its page.
    row = page.locator("li.moot-agenda__item").filter(has_text="Updates from the Working")
    number = row.locator(".moot-agenda__number").inner_text().rstrip(".")
    row.get_by_role("link", name=re.compile("^Withdraw")).click()
    check_accessible(page, "withdraw", shots)
    page.get_by_label("Why the item is withdrawn (shown publicly)").fill(
        "The subgroups report to the next meeting instead."
    )
    page.get_by_role("button", name=re.compile("^Withdraw item")).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    row = page.locator("li.moot-agenda__item").filter(has_text="Updates from the Working")
    assert "Withdrawn" in row.inner_text()
    assert row.locator(".moot-agenda__number").inner_text().rstrip(".") == number
    check_accessible(page, "builder-revised", shots)

    # The public page: stamped, the change listed, the item marked withdrawn.
    page.goto(site(PUBLIC))
    main = " ".join(page.locator("main").inner_text().split())
    assert "Agenda revised on Friday 22 October 2021." in main
    assert f"Item {number} withdrawn: Updates from the Working Subgroups" in main
    assert "The reason: The subgroups report to the next meeting instead." in main
    check_accessible(page, "public", shots)
