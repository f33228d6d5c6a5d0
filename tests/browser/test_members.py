"""The members' area and public alerts in the browser (issue 13's "Done means"): a member
signs in through the sign-in form, sees the Board's exempt paper (and a member of another
body does not), sends apologies, sends a change to the register of interests; a note made
in one browser is there in a second; the subscription pages work without an account.
axe-core runs on every members' and subscription page.

The live server commits, so the module's fixture puts the record back as it was."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest

from tests.browser.helpers import (
    BODY,
    assert_accessible,
    signed_in,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "a-long-member-password-13"
JULY = f"/my/meetings/{BODY}/2021-07-29/"


@pytest.fixture(scope="module")
def members(site, django_db_blocker):
    """Harsha Kotecha (a Board member) and Councillor Other (another body) with accounts,
    July's Spotlight item exempt, and a meeting of the Board next month."""
    from django.contrib.auth import get_user_model

    from moot.access.models import ExemptDownload
    from moot.governance.models import Body, Person
    from moot.meetings import services
    from moot.meetings.models import AgendaItem, Meeting
    from moot.members.models import InterestChange, PaperNote
    from tests.access.helpers import another_body_with_member

    User = get_user_model()  # noqa: N806
    with sync_database_calls(), django_db_blocker.unblock():
        board = Body.objects.get(slug=BODY)
        kotecha = Person.objects.get(name="Harsha Kotecha")
        member = User.objects.create_user("kotecha", "kotecha@example.org", PASSWORD)
        Person.objects.filter(pk=kotecha.pk).update(user=member)
        other_body, other = another_body_with_member()
        outsider = User.objects.create_user("other", "other@example.org", PASSWORD)
        Person.objects.filter(pk=other.pk).update(user=outsider)
        spotlight = AgendaItem.objects.get(
            meeting__body=board, meeting__date=date(2021, 7, 29), agenda_number="6"
        )
        saved = (spotlight.exempt, spotlight.exempt_paragraph)
        AgendaItem.objects.filter(pk=spotlight.pk).update(exempt=True, exempt_paragraph=3)
        appendix = spotlight.documents.get()
        coming = services.meeting_create(
            body=board,
            day=date.today() + timedelta(days=30),
            at=time(10, 0),
            venue="City Hall",
            today=date.today(),
        )
        from moot.alerts import services as alerts

        subscription = alerts.subscribe(email="confirm-me@example.org", kind="body", body=board)
        links = {
            "confirm": f"/alerts/confirm/{alerts.confirm_token(subscription)}/",
            "unsubscribe": f"/alerts/unsubscribe/{subscription.unsubscribe_token}/",
        }
        clerk, clerk_cookie = signed_in("members-clerk", "clerk", board)
    yield {
        "appendix": appendix,
        "coming": coming,
        "links": links,
        "clerk": clerk_cookie,
        "kotecha_page": f"/people/{kotecha.slug}/",
    }
    with sync_database_calls(), django_db_blocker.unblock():
        from moot.alerts.models import Subscription

        PaperNote.objects.filter(author__in=[member, outsider]).delete()
        from moot.meetings.models import InterestRegisterEntry

        InterestChange.objects.filter(person=kotecha).delete()
        InterestRegisterEntry.objects.filter(person=kotecha).delete()
        ExemptDownload.objects.filter(user__in=[member, outsider]).delete()
        Meeting.objects.filter(pk=coming.pk).delete()
        AgendaItem.objects.filter(pk=spotlight.pk).update(
            exempt=saved[0], exempt_paragraph=saved[1]
        )
        Subscription.objects.filter(email__endswith="@example.org").delete()
        member.delete()
        outsider.delete()
        clerk.delete()
        other.memberships.all().delete()
        other.delete()
        other_body.delete()


def sign_in(page, site, email: str, then: str) -> None:
    page.goto(site(then))
    assert "/accounts/login/" in page.url  # sent to sign in, not to the back office
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site(then))


def test_a_member_gets_their_papers_sends_apologies_and_updates_their_register(
    page, site, members, browser
):
    appendix = members["appendix"]
    coming = members["coming"]
    kotecha_page = members["kotecha_page"]
    # From the public meeting page, the members' link leads through sign-in to the papers.
    page.goto(site(f"/bodies/{BODY}/meetings/2021-07-29/"))
    page.get_by_role("link", name="Members' papers, with the exempt papers").click()
    page.get_by_label("Email").fill("kotecha@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site(JULY))
    main = page.locator("main").inner_text()
    assert "Not for publication" in main and appendix.title in main
    assert_accessible(page, "members' meeting")

    with page.expect_download() as download:
        page.get_by_role("link", name=f"{appendix.title} (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")

    page.goto(site("/my/"))
    assert_accessible(page, "my meetings")
    page.get_by_role(
        "link", name=re.compile(f"Health and Wellbeing Board, .*{coming.date:%-d %B %Y}")
    ).click()
    page.get_by_label("Message to the clerk (optional)").fill("At the trust board that day.")
    page.get_by_role("button", name="Send my apologies").click()
    assert "Apologies sent" in page.locator("main").inner_text()
    assert_accessible(page, "apologies sent")

    page.goto(site("/my/interests/"))
    assert_accessible(page, "my register")
    page.get_by_label("Category").select_option("employment")
    page.get_by_label("Description").fill("Chair, Healthwatch Leicester")
    page.get_by_role("button", name="Send to the clerk").click()
    assert page.locator(".govuk-error-summary").is_visible()  # no date given
    assert page.get_by_label("Description").input_value() == "Chair, Healthwatch Leicester"
    assert_accessible(page, "my register with an error")
    page.get_by_label("Date the interest began").fill("2021-04-29")
    page.get_by_role("button", name="Send to the clerk").click()
    assert "Waiting for the clerk" in page.locator("main").inner_text()
    assert_accessible(page, "my register sent")

    page.goto(site("/my/actions/"))
    assert_accessible(page, "my actions")

    # A private note in this browser is there in a second one, after signing in there.
    page.goto(site(f"/my/papers/{appendix.pk}/notes/"))
    assert_accessible(page, "my notes")
    page.get_by_label("Page").fill("1")
    page.get_by_label("Comment (optional)").fill("Ask about the valuation")
    page.get_by_role("button", name="Save the note").click()
    assert "Ask about the valuation" in page.locator("main").inner_text()
    second = browser.new_context(base_url=site.url, locale="en-GB")
    try:
        other_page = second.new_page()
        sign_in(other_page, site, "kotecha@example.org", f"/my/papers/{appendix.pk}/notes/")
        assert "Ask about the valuation" in other_page.locator("main").inner_text()
    finally:
        second.close()

    # The clerk sees the apologies and the change on the dashboard, and publishes it.
    clerk = browser.new_context(base_url=site.url, locale="en-GB", bypass_csp=True)
    try:
        use_session(clerk, site, members["clerk"])
        desk = clerk.new_page()
        desk.goto(site("/clerk/"))
        text = desk.locator("main").inner_text()
        assert "Harsha Kotecha" in text and "At the trust board that day." in text
        assert_accessible(desk, "clerk's dashboard with members' rows")
        desk.get_by_role("link", name=re.compile("1 change waiting")).click()
        assert_accessible(desk, "register review")
        desk.get_by_role("button", name=re.compile("^Publish")).click()
        assert "No change is waiting." in desk.locator("main").inner_text()
        desk.goto(site(kotecha_page))
        assert "Chair, Healthwatch Leicester" in desk.locator("main").inner_text()
    finally:
        clerk.close()


def test_a_member_of_another_body_cannot_reach_the_boards_exempt_paper(page, site, members):
    appendix = members["appendix"]
    sign_in(page, site, "other@example.org", "/my/")
    assert "Health and Wellbeing Board" not in page.locator("main").inner_text()
    for address in (
        f"{JULY}documents/{appendix.pk}/",
        f"/my/papers/{appendix.pk}/notes/",
    ):
        response = page.goto(site(address))
        assert response.status == 404, address
    assert page.goto(site(JULY + "members-pack.pdf")).status == 403
    response = page.goto(site(f"/search/?q={appendix.title.split()[0]}"))
    assert f"/documents/{appendix.pk}/" not in page.content()


def test_anyone_can_subscribe_to_alerts_accessibly(page, site, members):
    page.goto(site(f"/bodies/{BODY}/"))
    page.get_by_role("link", name="Get e-mail alerts about the Health and Wellbeing Board").click()
    assert_accessible(page, "subscribe")
    assert page.get_by_label("Committee or board (optional)").input_value() == BODY
    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.get_by_role("button", name="Subscribe").click()
    assert "is not an e-mail address" in page.locator(".govuk-error-summary").inner_text()
    assert_accessible(page, "subscribe with an error")
    page.get_by_label("Your e-mail address").fill("reader@example.org")
    page.get_by_role("button", name="Subscribe").click()
    assert "Check your e-mail" in page.locator("h1").inner_text()
    assert_accessible(page, "check your e-mail")

    # The link the confirmation e-mail carries (made in the fixture: the test's own
    # transaction must not read the database while the live server writes).
    path, unsubscribe = members["links"]["confirm"], members["links"]["unsubscribe"]
    page.goto(site(path))
    assert_accessible(page, "confirm")
    page.get_by_role("button", name="Confirm").click()
    assert "Alerts confirmed" in page.locator("h1").inner_text()
    assert_accessible(page, "confirmed")
    page.goto(site(path))
    assert "already been used" in page.locator("main").inner_text()
    page.goto(site(unsubscribe))
    assert_accessible(page, "unsubscribe")
    page.get_by_role("button", name="Unsubscribe").click()
    assert "Unsubscribed" in page.locator("h1").inner_text()
    assert_accessible(page, "unsubscribed")
