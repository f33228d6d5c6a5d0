"""Report sign-off in the browser: the report author uploads a draft on their page, the
lead officer, legal and finance sign it off on theirs, and the clerk accepts it on the
agenda builder's item page; axe-core on each of those pages.

Like test_workspace.py this writes through the live server (committed), so it makes its
own meeting (Thursday 9 December 2021) and removes it, its papers, the users and the jobs
it queued when it ends.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import partial

import pytest

from tests.browser.helpers import (
    BODY,
    assert_accessible,
    session_cookie,
    signed_in,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

DAY = date(2021, 12, 9)
STEPS = [(1, "Lead officer"), (2, "Legal"), (3, "Finance")]


@pytest.fixture(scope="module")
def cast(site, django_db_blocker):
    """A meeting with one business item, a report author of the Board, a named signatory
    for each default step and a clerk: their session cookies (set up and undone outside
    the test's transaction, as the live server commits)."""
    from django.contrib.auth import get_user_model
    from django_tasks_db.models import DBTaskResult

    from moot.access.services import role_grant
    from moot.governance.models import Body
    from moot.meetings import services
    from moot.reports.models import SignOffStep

    with sync_database_calls(), django_db_blocker.unblock():
        jobs_before = set(DBTaskResult.objects.values_list("pk", flat=True))
        body = Body.objects.get(slug=BODY)
        meeting = services.meeting_create(
            body=body, day=DAY, at=time(9, 30), today=date(2021, 10, 12)
        )
        item = services.item_add(meeting=meeting, title="Joint Health and Wellbeing Strategy")
        User = get_user_model()
        author = User.objects.create_user(
            username="browser-author", email="browser-author@example.org", first_name="Ann"
        )
        role_grant(user=author, role="report_author", body=body)
        signatories = []
        for order, name in STEPS:
            step, _ = SignOffStep.objects.get_or_create(name=name, defaults={"order": order})
            user = User.objects.create_user(
                username=f"browser-{order}", email=f"browser-{order}@example.org"
            )
            step.signatories.add(user)
            signatories.append((name, user, session_cookie(user)))
        clerk, clerk_cookie = signed_in("browser-report-clerk", "clerk", body)
        cookies = {
            "author": session_cookie(author),
            "signatories": [(name, cookie) for name, _, cookie in signatories],
            "clerk": clerk_cookie,
            "item": f"/clerk/meetings/{BODY}/{meeting.date_slug}/items/{item.pk}/",
        }
    yield cookies
    with sync_database_calls(), django_db_blocker.unblock():
        meeting.delete()  # its item, report drafts and documents go with it
        for user in [author, clerk] + [u for _, u, _ in signatories]:
            user.delete()
        DBTaskResult.objects.exclude(pk__in=jobs_before).delete()


@pytest.fixture
def clock(cast, settings, tmp_path, monkeypatch):
    from moot.meetings import services

    settings.MEDIA_ROOT = tmp_path / "media"
    moment = datetime(2021, 10, 12, 10, 0, tzinfo=services.LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: moment)
    return cast


check_accessible = partial(assert_accessible, prefix="reports-")


def test_a_report_is_drafted_signed_off_and_accepted(page, site, clock, tmp_path):
    shots = tmp_path / "screenshots"
    from moot.documents.services import render_text_pdf

    with sync_database_calls():
        pdf = render_text_pdf(title="Strategy", text="The strategy for 2022 to 2027.")
    draft = tmp_path / "strategy.pdf"
    draft.write_bytes(pdf)

    # The author: the items they write for, then the upload form.
    use_session(page.context, site, clock["author"])
    page.goto(site("/clerk/reports/"))
    row = page.locator("table tr").filter(has_text="Joint Health and Wellbeing Strategy")
    assert "No draft yet" in row.inner_text()
    check_accessible(page, "author", shots)
    row.get_by_role("link").click()
    page.get_by_label("Report title").fill("Joint Health and Wellbeing Strategy 2022-27")
    page.get_by_label("The draft report (PDF)").set_input_files(str(draft))
    page.get_by_role("button", name="Upload the draft").click()
    page.wait_for_load_state()
    assert "Waits on Lead officer" in page.locator("#drafts ~ div").first.inner_text()
    check_accessible(page, "author-item", shots)

    # Each signatory in turn, on their own page.
    for name, cookie in clock["signatories"]:
        use_session(page.context, site, cookie)
        page.goto(site("/clerk/reports/sign-off/"))
        assert f"It waits on your step: {name}" in page.locator("main").inner_text()
        if name == "Lead officer":
            check_accessible(page, "signatory", shots)
        page.get_by_role("button", name=re.compile(f"^Sign off as {name}")).click()
        page.wait_for_load_state()
        assert "No report is waiting on your sign-off" in page.locator("main").inner_text()

    # The clerk: the dashboard row, then acceptance on the item page.
    use_session(page.context, site, clock["clerk"])
    page.goto(site("/clerk/"))
    awaited = page.locator("table tr").filter(has_text="Joint Health and Wellbeing Strategy")
    assert "ready to accept" in awaited.inner_text()
    page.goto(site(clock["item"]))
    reports = page.locator("#reports ~ div").first.inner_text()
    assert "Signed off by every step (Lead officer, Legal and Finance)" in reports
    check_accessible(page, "clerk-item", shots)
    page.get_by_role("button", name=re.compile("^Accept the report onto the agenda")).click()
    page.wait_for_load_state()
    assert "Accepted" in page.locator("#reports ~ div").first.inner_text()
    documents = page.locator("#documents ~ ul").first.inner_text()
    assert "Joint Health and Wellbeing Strategy 2022-27 (report, 1 page)" in documents
    check_accessible(page, "clerk-accepted", shots)
    assert page.js_errors == []
