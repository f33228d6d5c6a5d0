"""Live meeting mode in the browser, on the example's 28 October 2021 meeting: mark it
held, tick attendance until the verdict turns quorate (htmx swaps the verdict), take a
declaration, record a 4-4 tie decided by the chair's casting vote and see a non-voting
officer's vote refused, add an action; a reload in the middle of minute-taking loses
nothing. axe-core runs on every state of the page.

Like test_workspace this writes through the live server (committed), so it puts the
meeting back as the example has it when it ends."""

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
LIVE = f"/clerk/meetings/{BODY}/{OCTOBER}/live/"


@pytest.fixture(scope="module")
def live_session(site, django_db_blocker):
    """A clerk signed in, and the October agenda published on time; set up and undone
    outside the test's transaction (the live server commits)."""
    yield from clerk_on_meeting(
        django_db_blocker, "live-clerk", OCTOBER, prepare=publish_october_on_time
    )


@pytest.fixture
def on_the_day(live_session, monkeypatch):
    """The workspace's clock at 14:05 on Thursday 28 October 2021."""
    from moot.meetings import services

    moment = datetime(2021, 10, 28, 14, 5, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
    return live_session


check_accessible = partial(assert_accessible, prefix="live-")


def quorum(page) -> str:
    return page.locator("#quorum [data-quorate]").get_attribute("data-quorate")


def item_section(page, title: str):
    return page.locator("section.moot-live__item").filter(
        has=page.get_by_role("heading", name=re.compile(re.escape(title)))
    )


def swapped(page, title: str, text: str) -> None:
    """A declaration, vote or action replaces only its item's section (htmx): wait for it."""
    item_section(page, title).filter(has_text=text).wait_for()


def test_clerk_runs_the_october_meeting_live(page, site, on_the_day, tmp_path):
    shots = tmp_path / "screenshots"
    use_session(page.context, site, on_the_day)
    page.goto(site(LIVE))
    assert page.locator("h1").inner_text() == "Live: Thursday 28 October 2021"
    check_accessible(page, "start", shots)

    page.get_by_role("button", name="Mark as held").click()
    page.wait_for_load_state()
    assert "Held" in page.locator("main").inner_text()

    # Attendance, one row at a time: each change swaps the verdict panel (htmx).
    names = [
        "Councillor Vi Dempster",
        "Councillor Piara Singh Clair",
        "Professor Azhar Farooqi",
        "Martin Samuels",
        "Councillor Sarah Russell",
    ]
    for counted, name in enumerate(names, start=1):
        page.get_by_label(f"Attendance of {name}").select_option("present")
        page.wait_for_function(
            "(text) => document.querySelector('#quorum').textContent.includes(text)",
            arg=f" {counted} counted,",
        )
    page.wait_for_selector("#quorum [data-quorate='no']")
    assert "5 counted, 6 required" in page.locator("#quorum").inner_text()
    page.get_by_label("Attendance of Harsha Kotecha").select_option("present")
    page.wait_for_selector("#quorum [data-quorate='yes']")
    assert "Quorate: 6 counted, 6 required." in page.locator("#quorum").inner_text()
    check_accessible(page, "quorate", shots)

    # A reload keeps the roster (each row was saved as it was ticked).
    page.reload()
    assert quorum(page) == "yes"
    assert page.get_by_label("Attendance of Harsha Kotecha").input_value() == "present"
    # Three more voting members arrive: eight may vote, enough for a 4-4 tie.
    for counted, name in enumerate(
        ["Councillor Elly Cutkelvin", "Dr Avi Prasad", "Andy Williams"], start=7
    ):
        page.get_by_label(f"Attendance of {name}").select_option("present")
        page.wait_for_function(
            "(text) => document.querySelector('#quorum').textContent.includes(text)",
            arg=f" {counted} counted,",
        )
    page.reload()

    item = item_section(page, "Updates from the Working Subgroups")
    item.get_by_role("button", name=re.compile("^Start this item")).click()
    page.wait_for_load_state()
    item = item_section(page, "Updates from the Working Subgroups")
    assert "Started at 14:05." in item.inner_text()

    # Minutes: typed, autosaved, and still there after a reload.
    minutes = item.get_by_label("Minutes of item 5")
    minutes.click()
    minutes.press_sequentially("The Board received updates from the subgroups.", delay=5)
    item.locator("[role=status]").filter(has_text="Saved.").wait_for()
    page.reload()
    item = item_section(page, "Updates from the Working Subgroups")
    assert item.get_by_label("Minutes of item 5").input_value() == (
        "The Board received updates from the subgroups."
    )

    # A declaration.
    item.get_by_text("Record a declaration").click()
    item.get_by_label("Who declares").select_option(label="Councillor Rita Patel")
    item.get_by_label("Kind of interest").select_option("other_registrable")
    item.get_by_label("Nature of the interest").fill("Trustee of a local charity")
    item.get_by_role("button", name="Record the declaration").click()
    swapped(page, "Updates from the Working Subgroups", "Councillor Rita Patel: other registrable")
    item = item_section(page, "Updates from the Working Subgroups")
    assert "Councillor Rita Patel: other registrable interest" in item.inner_text()

    # A 4-4 tie: the casting vote is offered, to the chair, and decides it. Who may vote is
    # shown before the clerk submits.
    item.get_by_text("Put a motion to the vote").click()
    assert "Eight people may vote on this item." in item.inner_text()
    item.get_by_label("The motion").fill("That the subgroups' plan be approved")
    item.get_by_label("For (optional)", exact=True).fill("4")
    item.get_by_label("Against (optional)", exact=True).fill("4")
    item.get_by_role("button", name="Record the vote").click()
    swapped(page, "Updates from the Working Subgroups", "has a second, casting vote")
    item = item_section(page, "Updates from the Working Subgroups")
    assert "the chair, Councillor Vi Dempster, has a second, casting vote" in item.inner_text()
    assert item.get_by_label("The motion").input_value() == "That the subgroups' plan be approved"
    check_accessible(page, "casting-vote", shots)
    item.get_by_label("The chair's casting vote (optional)").select_option("for")
    item.get_by_role("button", name="Record the vote").click()
    swapped(page, "Updates from the Working Subgroups", "carried on the chair's casting vote")
    item = item_section(page, "Updates from the Working Subgroups")
    assert "carried on the chair's casting vote" in item.inner_text()

    # A roll call with the non-voting officer's vote: refused, naming him.
    item.get_by_text("Put a motion to the vote").click()
    item.get_by_label("The motion").fill("That the report be noted")
    item.get_by_label("How the vote was taken").select_option("roll_call")
    item.get_by_label("Martin Samuels (optional)", exact=True).select_option("for")
    item.get_by_label("Councillor Vi Dempster (optional)", exact=True).select_option("for")
    item.get_by_role("button", name="Record the vote").click()
    swapped(page, "Updates from the Working Subgroups", "refused")
    item = item_section(page, "Updates from the Working Subgroups")
    refusal = item.locator(".govuk-error-summary").inner_text()
    assert "refused" in refusal and "Martin Samuels" in refusal
    check_accessible(page, "vote-refused", shots)

    # An action with its owner and due date.
    item.get_by_text("Add an action").click()
    item.get_by_label("Action", exact=True).fill("Circulate the plan to partners")
    item.get_by_label("Owner").select_option(label="Ivan Browne")
    item.get_by_label("Due by").fill("2021-11-30")
    item.get_by_role("button", name="Add the action").click()
    swapped(page, "Updates from the Working Subgroups", "Circulate the plan to partners:")
    item = item_section(page, "Updates from the Working Subgroups")
    assert "Circulate the plan to partners: Ivan Browne, by Tuesday 30 November 2021." in (
        item.inner_text()
    )
    check_accessible(page, "end", shots)
    assert page.js_errors == []
