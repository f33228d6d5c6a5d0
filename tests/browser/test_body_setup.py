"""Setting up a body in a real browser: a clerk of every body opens /clerk/bodies/, sets up
a body (an error first, what was typed kept), gives it terms of reference with a quorum
group (an error first), appoints a member by a new name and another by searching a name
several people share, adds a standing invitee, changes the body's details and the terms'
text, and the public body page shows the terms, the members and the invitee; axe-core finds
nothing at each step."""

from __future__ import annotations

import re

import pytest

from tests.browser.helpers import assert_accessible, signed_in, sync_database_calls, use_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SLUG = "browser-community-forum"
NAME = "Browser Community Forum"
MEMBER = "Cllr Browser Appointee"
NAMESAKES = ("Cllr Quillon Browserfield", "Dr Quillon Browserfield")
INVITEE = "Ms Browser Invitee"


@pytest.fixture(scope="module")
def clerk_cookie(site, django_db_blocker):
    """A clerk of every body signed in (committed, so the live server sees the session);
    the body, person and account made here are removed afterwards (their audit entries
    stay: the trail is append-only)."""
    from django.contrib.auth import get_user_model

    from moot.governance.models import Body, Person

    with sync_database_calls(), django_db_blocker.unblock():
        _, cookie = signed_in("bodies-clerk", "clerk")
        for n, name in enumerate(NAMESAKES):
            Person.objects.get_or_create(name=name, slug=f"quillon-browserfield-{n}")
    yield cookie
    with sync_database_calls(), django_db_blocker.unblock():
        Body.objects.filter(slug__in=[SLUG, SLUG + "-renamed"]).delete()
        Person.objects.filter(name__in=[MEMBER, INVITEE, *NAMESAKES]).delete()
        get_user_model().objects.filter(email="bodies-clerk@example.org").delete()


def check(page, name: str) -> None:
    assert page.locator("h1").count() == 1
    assert_accessible(page, name)


def test_a_clerk_sets_up_a_body_its_terms_and_a_member(page, site, clerk_cookie):
    use_session(page.context, site, clerk_cookie)
    page.goto(site("/clerk/bodies/"))
    check(page, "bodies")
    assert page.get_by_role("link", name="Health and Wellbeing Board").count() == 1
    page.get_by_role("button", name="Set up a body").click()

    check(page, "body-new")
    page.get_by_label("Address name").fill("Not a slug!")
    page.get_by_label("Purpose").fill("Typed purpose")
    page.get_by_role("button", name="Set up the body").click()
    check(page, "body-new-error")
    assert page.locator(".govuk-error-summary").count() == 1
    assert page.get_by_label("Purpose").input_value() == "Typed purpose"
    page.get_by_label("Name", exact=True).fill(NAME)
    page.get_by_label("Address name").fill("")
    page.get_by_label("Kind of body").select_option("panel")
    page.get_by_role("button", name="Set up the body").click()

    assert f"/clerk/bodies/{SLUG}/terms/new/" in page.url
    check(page, "terms-new")
    page.get_by_label("Version").fill("1.0")
    page.get_by_label("In force from").fill("2024-05-01")
    page.get_by_label("Quorum: fraction of the membership").fill("5/4")
    page.get_by_label("Standing items").fill("Apologies for absence\nDeclarations of interest")
    page.get_by_label("Section 1: name").fill("Councillors")
    page.get_by_label("Section 1: seat cap").fill("3")
    page.get_by_label("Section 1: its members may chair when the chair is absent").check()
    page.get_by_label("Quorum group 1: name").fill("Councillors")
    page.get_by_label("Quorum group 1: sections").fill("Councillors")
    page.get_by_role("button", name="Record the terms of reference").click()
    check(page, "terms-new-error")
    assert "is not a share of the membership" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("Section 1: name").input_value() == "Councillors"
    page.get_by_label("Quorum: fraction of the membership").fill("1/3")
    page.get_by_label("Quorum: never fewer than").fill("2")
    page.get_by_role("button", name="Record the terms of reference").click()

    assert f"/clerk/bodies/{SLUG}/set-up/" in page.url
    assert "Version 1.0 of the terms of reference is recorded" in page.locator("main").inner_text()
    check(page, "body-setup")
    assert "At least 1 from Councillors: Councillors" in page.locator("main").inner_text()
    page.get_by_label("Or a new person's name").fill(MEMBER)
    page.get_by_label("Role").select_option("chair")
    page.get_by_label("From", exact=True).fill("2024-05-01")
    page.get_by_role("button", name="Appoint", exact=True).click()
    assert f"{MEMBER} is appointed to Councillors" in page.locator("main").inner_text()
    check(page, "body-setup-appointed")

    appoint = page.locator("form", has=page.get_by_role("button", name="Appoint", exact=True))
    appoint.get_by_label("Person in the record").fill("quillon browserfield")
    appoint.get_by_label("From", exact=True).fill("2024-05-01")
    appoint.get_by_role("button", name="Appoint", exact=True).click()
    check(page, "body-setup-choose")
    assert (
        "2 people have 'quillon browserfield' in their name"
        in page.locator(".govuk-error-summary").inner_text()
    )
    page.get_by_label(f"{NAMESAKES[1]} (quillon-browserfield-1)").check()
    page.get_by_label("From", exact=True).fill("2024-05-01")
    page.get_by_role("button", name="Appoint", exact=True).click()
    assert f"{NAMESAKES[1]} is appointed to Councillors" in page.locator("main").inner_text()

    page.get_by_label("Or a new invitee's name").fill(INVITEE)
    page.get_by_label("Title").last.fill("Director of Public Health")
    page.get_by_label("Invited from").fill("2024-05-01")
    page.get_by_role("button", name="Add the standing invitee").click()
    assert f"{INVITEE} is a standing invitee" in page.locator("main").inner_text()
    check(page, "body-setup-invitee")

    page.get_by_role("link", name="Add the text of version 1.0").click()
    check(page, "terms-text")
    page.get_by_label("Full text").fill("1. Purpose. To bring the community together.")
    page.get_by_role("button", name="Save the text").click()
    assert "The text of version 1.0 is saved" in page.locator("main").inner_text()

    page.get_by_role("link", name=f"Change the body's details ({NAME})").click()
    check(page, "body-edit")
    page.get_by_label("Usual venue").fill("The Browser Room")
    page.get_by_role("button", name="Save the details").click()
    assert f"{NAME}'s details are saved" in page.locator("main").inner_text()
    assert "The Browser Room" in page.locator("main").inner_text()

    page.context.clear_cookies()
    page.goto(site(f"/bodies/{SLUG}/"))
    main = page.locator("main").inner_text()
    assert NAME in main and MEMBER in main
    assert re.search(r"Version\s+1\.0", main)
    assert "Councillors" in main and "2 of 3 places filled" in main
    assert INVITEE in main
    check(page, "public-body")
