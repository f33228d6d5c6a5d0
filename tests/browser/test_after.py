"""After the meeting in the workspace, in Chromium: on the example, October's draft minutes
published, then approved at the 27 January 2022 meeting (October locked), an action closed,
a public question decided and the release review seen; axe-core on every new page.

Like test_workspace.py this writes through the live server (committed), so it puts both
meetings back as the example has them when it ends.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import partial

import pytest

from tests.browser.helpers import (
    BODY,
    ITEM_FIELDS,
    MEETING_FIELDS,
    assert_accessible,
    signed_in,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OCTOBER = "2021-10-28"
JANUARY = "2022-01-27"


@pytest.fixture(scope="module")
def after_session(site, django_db_blocker):
    """A clerk signed in; October and January published and held, an action on October's
    last item and a public question for January. Undone afterwards."""

    from moot.meetings import services
    from moot.meetings.models import Action, AgendaItem, Meeting, PublicQuestion, Resolution

    with sync_database_calls(), django_db_blocker.unblock():
        meetings = list(Meeting.objects.filter(body__slug=BODY, date__in=[OCTOBER, JANUARY]))
        saved = {m.pk: {f: getattr(m, f) for f in MEETING_FIELDS} for m in meetings}
        items = AgendaItem.objects.filter(meeting__in=meetings)
        saved_items = {i.pk: {f: getattr(i, f) for f in ITEM_FIELDS} for i in items}
        resolutions = set(Resolution.objects.values_list("pk", flat=True))
        actions = set(Action.objects.values_list("pk", flat=True))
        questions = set(PublicQuestion.objects.values_list("pk", flat=True))
        london = services.LONDON
        october = Meeting.objects.get(body__slug=BODY, date=OCTOBER)
        january = Meeting.objects.get(body__slug=BODY, date=JANUARY)
        services.agenda_publish(meeting=october, now=datetime(2021, 10, 1, 9, tzinfo=london))
        services.meeting_hold(meeting=october, today=date(2021, 10, 28))
        services.action_add(
            item=october.items.order_by("order").last(),
            description="Circulate the Joint Health and Wellbeing Strategy to partners",
            due_date=date(2021, 12, 1),
        )
        services.agenda_publish(meeting=january, now=datetime(2022, 1, 4, 9, tzinfo=london))
        services.question_submit(
            meeting=january,
            name="Ada Lovelace",
            email="ada@example.org",
            question="How many young carers were reached this year?",
            now=datetime(2022, 1, 10, 12, tzinfo=london),
        )
        services.meeting_hold(meeting=january, today=date(2022, 1, 27))
        user, cookie = signed_in("after-clerk", "clerk", october.body)
    yield cookie
    with sync_database_calls(), django_db_blocker.unblock():
        PublicQuestion.objects.exclude(pk__in=questions).delete()
        Action.objects.exclude(pk__in=actions).delete()
        Resolution.objects.exclude(pk__in=resolutions).delete()
        for pk, fields in saved_items.items():
            AgendaItem.objects.filter(pk=pk).update(**fields)
        for pk, fields in saved.items():
            Meeting.objects.filter(pk=pk).update(**fields)
        user.delete()


check_accessible = partial(assert_accessible, prefix="after-")


def set_day(monkeypatch, day: date) -> None:
    from moot.meetings import services

    moment = datetime(day.year, day.month, day.day, 10, 0, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)


def test_october_minutes_approved_in_january_and_an_action_closed(
    page, site, after_session, tmp_path, monkeypatch
):
    shots = tmp_path / "screenshots"
    use_session(page.context, site, after_session)
    set_day(monkeypatch, date(2021, 11, 4))

    page.goto(site(f"/clerk/meetings/{BODY}/{OCTOBER}/after/"))
    assert page.locator("#status").inner_text() == "Held"
    check_accessible(page, "october-held", shots)
    page.get_by_role("button", name="Publish draft minutes").click()
    page.wait_for_load_state()
    assert page.locator("#status").inner_text() == "Draft minutes published"

    set_day(monkeypatch, date(2022, 1, 27))
    page.goto(site(f"/clerk/meetings/{BODY}/{JANUARY}/after/"))
    check_accessible(page, "january-held", shots)
    page.get_by_role(
        "button", name=re.compile("Approve the minutes of Thursday 28 October")
    ).click()
    page.wait_for_url(re.compile("#approve"))
    page.get_by_role("link", name="history of item 11").click()
    assert "History of item 11" in page.locator("h1").inner_text()
    check_accessible(page, "history", shots)

    page.goto(site(f"/clerk/meetings/{BODY}/{OCTOBER}/after/"))
    assert page.locator("#status").inner_text() == "Minutes approved"
    assert "approved and locked" in page.locator("#locked").inner_text()
    check_accessible(page, "october-locked", shots)

    page.goto(site(f"/clerk/bodies/{BODY}/actions/"))
    action = page.locator("section").filter(has_text="Circulate the Joint Health")
    assert "Overdue" in action.inner_text()
    check_accessible(page, "actions", shots)
    action.get_by_label("Status").select_option("done")
    action.get_by_label("Progress note").fill("Circulated on 2 February.")
    action.get_by_role("button", name=re.compile("Update")).click()
    page.wait_for_load_state()
    assert "Circulate the Joint Health" not in page.locator("main").inner_text()

    page.goto(site(f"/clerk/meetings/{BODY}/{JANUARY}/questions/"))
    check_accessible(page, "questions", shots)
    page.get_by_label("Decision").select_option("reject")
    page.get_by_role("button", name=re.compile("Decide")).click()
    assert (
        "Rejecting a question needs a reason" in page.locator(".govuk-error-summary").inner_text()
    )
    check_accessible(page, "questions-error", shots)
    page.get_by_label("Decision").select_option("accept")
    page.get_by_role("button", name=re.compile("Decide")).click()
    page.wait_for_load_state()
    page.get_by_label("Answer").fill("142 young carers.")
    page.get_by_role("button", name=re.compile("Record the answer")).click()
    page.wait_for_load_state()
    assert "142 young carers." in page.locator("main").inner_text()

    page.goto(site("/clerk/release/"))
    check_accessible(page, "release", shots)
