"""The agenda builder's item templates and several presenters, the change history of a
published agenda, and live mode's undo controls and who-may-vote line, in the browser on
the example's 28 October 2021 meeting, by keyboard where it matters, axe-core on each new
page and control.

Like test_workspace and test_live this writes through the live server (committed), so it
puts the meeting back as the example has it when it ends."""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

import pytest

from tests.browser.helpers import (
    BODY,
    assert_accessible,
    clerk_on_meeting,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OCTOBER = "2021-10-28"
BUILDER = f"/clerk/meetings/{BODY}/{OCTOBER}/"
LIVE = BUILDER + "live/"
TEMPLATES = f"/clerk/bodies/{BODY}/item-templates/"


@pytest.fixture(scope="module")
def gaps_session(site, django_db_blocker):
    """A clerk signed in; afterwards the October meeting, its items and attendance are put
    back as the example has them, and the templates made here removed."""

    def remove_templates() -> None:
        from moot.meetings.models import ItemTemplate

        ItemTemplate.objects.filter(title__startswith="Pharmaceutical").delete()

    yield from clerk_on_meeting(django_db_blocker, "gaps-clerk", OCTOBER, tidy=remove_templates)


def set_clock(monkeypatch, *moment) -> None:
    from moot.meetings import services

    at = datetime(*moment, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: at)


check_accessible = partial(assert_accessible, prefix="gaps-")


def test_templates_presenters_changes_and_live_undo(
    page, site, gaps_session, monkeypatch, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    shots = tmp_path / "screenshots"
    use_session(page.context, site, gaps_session)
    set_clock(monkeypatch, 2021, 10, 12, 10, 0)

    # Item templates: add one by keyboard, change it.
    page.goto(site(TEMPLATES))
    assert page.locator("h1").inner_text() == "Item templates"
    check_accessible(page, "templates-empty", shots)
    page.get_by_label("Title", exact=True).fill("Pharmaceutical needs assessment")
    page.get_by_label("Standing agenda text (optional)").fill("Progress of the assessment.")
    page.get_by_label("Default presenter's role (optional)").fill("Consultant in Public Health")
    with page.expect_navigation():
        page.get_by_label("Default presenter's role (optional)").press("Enter")
    row = page.locator("tr").filter(has_text="Pharmaceutical needs assessment")
    assert "Consultant in Public Health" in row.inner_text()
    check_accessible(page, "templates", shots)
    row.get_by_role("link", name=re.compile("^Change")).click()
    check_accessible(page, "template-edit", shots)
    page.get_by_label("Title", exact=True).fill("Pharmaceutical needs assessment 2022")
    with page.expect_navigation():
        page.get_by_role("button", name="Save the template").click()
    assert "Pharmaceutical needs assessment 2022" in page.locator("table").inner_text()

    # The builder: start from the template, two presenters in order, add.
    page.goto(site(BUILDER))
    page.get_by_label("Start from a template (optional)").select_option(
        label="Pharmaceutical needs assessment 2022"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Use the template").click()
    assert page.get_by_label("Title", exact=True).input_value() == (
        "Pharmaceutical needs assessment 2022"
    )
    assert page.get_by_label("Presenter's role (optional)", exact=True).input_value() == (
        "Consultant in Public Health"
    )
    page.get_by_label("Presenter (optional)", exact=True).select_option(label="Ivan Browne")
    page.get_by_label("Second presenter (optional)", exact=True).select_option(
        label="Harsha Kotecha"
    )
    page.get_by_label("Second presenter's role (optional)", exact=True).fill("Chair")
    check_accessible(page, "builder-template", shots)
    with page.expect_navigation():
        page.get_by_role("button", name="Add the item").click()
    added = page.locator("[data-agenda-item]").filter(has_text="Pharmaceutical needs")
    assert "Presenting: Ivan Browne (Consultant in Public Health); Harsha Kotecha (Chair)" in (
        " ".join(added.inner_text().split())
    ), added.inner_text()

    # Publish, then a supplementary item: the change history, in the workspace and publicly.
    with page.expect_navigation():
        page.get_by_role("button", name="Publish the agenda").click()
    set_clock(monkeypatch, 2021, 10, 21, 9, 0)
    page.goto(site(BUILDER))
    page.get_by_label("Title of the late item").fill("Winter pressures")
    page.get_by_label("Why the agenda changes (shown publicly in its change history)").fill(
        "The NHS winter plan arrived after publication."
    )
    page.get_by_label(re.compile("special circumstances")).fill("Beds must be agreed this week.")
    page.get_by_label(re.compile("^The chair who agreed")).fill("Councillor Vi Dempster")
    page.get_by_label(re.compile("^The chair is of the opinion")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish the late item").click()
    changes = page.locator("#agenda-changes ~ table").first.inner_text()
    assert "Winter pressures" in changes and "Beds must be agreed this week." in changes
    check_accessible(page, "builder-changes", shots)
    page.goto(site(f"/bodies/{BODY}/meetings/{OCTOBER}/"))
    public = page.locator("main").inner_text()
    assert "Changes to the agenda" in public and "Winter pressures" in public
    check_accessible(page, "public-changes", shots)

    # Live: hold, tick a row and clear it again (the verdict follows), start an item and
    # undo it, and see who may vote before recording a vote.
    set_clock(monkeypatch, 2021, 10, 28, 14, 5)
    page.goto(site(LIVE))
    with page.expect_navigation():
        page.get_by_role("button", name="Mark as held").click()
    page.get_by_label("Attendance of Harsha Kotecha").select_option("present")
    page.wait_for_function(
        "() => document.querySelector('#quorum').textContent.includes(' 1 counted,')"
    )
    page.get_by_label("Attendance of Harsha Kotecha").select_option("")
    page.wait_for_function(
        "() => document.querySelector('#quorum').textContent.includes('No attendance')"
    )
    page.reload()
    assert page.get_by_label("Attendance of Harsha Kotecha").input_value() == ""
    page.get_by_label("Attendance of Councillor Vi Dempster").select_option("present")
    page.wait_for_function(
        "() => document.querySelector('#quorum').textContent.includes(' 1 counted,')"
    )
    page.reload()
    item = page.locator("section.moot-live__item").filter(
        has=page.get_by_role("heading", name=re.compile("Updates from the Working Subgroups"))
    )
    with page.expect_navigation():
        item.get_by_role("button", name=re.compile("^Start this item")).click()
    item = page.locator("section.moot-live__item").filter(
        has=page.get_by_role("heading", name=re.compile("Updates from the Working Subgroups"))
    )
    assert "Started at 14:05." in item.inner_text()
    item.get_by_text("Put a motion to the vote").click()
    assert "One person may vote on this item." in item.inner_text()
    check_accessible(page, "live-undo", shots)
    item.get_by_role("button", name=re.compile("^Undo the start")).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    item = page.locator("section.moot-live__item").filter(
        has=page.get_by_role("heading", name=re.compile("Updates from the Working Subgroups"))
    )
    assert "Not started." in item.inner_text()
