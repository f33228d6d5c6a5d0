"""People and accounts in a real browser: an administrator invites a member from
/clerk/people/ (an error first, what was typed kept), and the invited person chooses a
password on the invitation page; axe-core finds nothing at each step."""

from __future__ import annotations

import re

import pytest

from tests.browser.helpers import (
    assert_accessible,
    signed_in,
    sync_database_calls,
    use_session,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def admin_cookie(site, django_db_blocker):
    """An administrator signed in (committed, so the live server sees the session); the
    accounts made here are removed afterwards."""
    from django.contrib.auth import get_user_model

    from moot.governance.models import Person

    emails = ["people-admin@example.org", "browser-member@example.org"]
    with sync_database_calls(), django_db_blocker.unblock():
        _, cookie = signed_in("people-admin", "administrator")
    yield cookie
    with sync_database_calls(), django_db_blocker.unblock():
        Person.objects.filter(user__email__in=emails).update(user=None)
        get_user_model().objects.filter(email__in=emails).delete()


def in_own_connection(read):
    """Run ``read`` in a thread of its own, so its queries use their own connection and are
    not held inside this test's transaction, which on SQLite would lock the tables the live
    server is about to write."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    def run():
        try:
            return read()
        finally:
            connections.close_all()

    with sync_database_calls(), ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def check(page, name: str) -> None:
    assert page.locator("h1").count() == 1
    assert_accessible(page, name)


def test_an_administrator_invites_and_the_person_chooses_a_password(
    page, site, admin_cookie, django_db_blocker
):
    from django.contrib.auth import get_user_model

    from moot.governance.models import Person

    person = in_own_connection(
        lambda: Person.objects.filter(memberships__isnull=False, user__isnull=True).first()
    )
    use_session(page.context, site, admin_cookie)
    page.goto(site("/clerk/people/"))
    check(page, "people")
    page.get_by_label("E-mail address").fill("not an address")
    page.get_by_label(re.compile("^Name")).fill("Typed Name")
    page.get_by_role("button", name="Make the account and e-mail them").click()
    check(page, "people-error")
    assert page.locator(".govuk-error-summary").count() == 1
    assert page.get_by_label(re.compile("^Name")).input_value() == "Typed Name"

    page.get_by_label("E-mail address").fill("browser-member@example.org")
    page.get_by_label(re.compile("^Name")).fill("")
    page.get_by_label(re.compile("^Their person")).select_option(person.slug)
    page.get_by_role("button", name="Make the account and e-mail them").click()
    assert "Account made for browser-member@example.org" in page.locator("main").inner_text()
    check(page, "people-done")

    from moot.accounts.services import set_password_url

    user = in_own_connection(
        lambda: get_user_model().objects.get(email="browser-member@example.org")
    )
    link = set_password_url(user).split("/accounts/", 1)[1]
    page.context.clear_cookies()
    page.goto(site("/accounts/" + link))
    check(page, "invitation")
    page.get_by_label("New password", exact=True).fill("short")
    page.get_by_label("New password confirmation").fill("short")
    page.get_by_role("button", name="Save the password").click()
    check(page, "invitation-error")
    assert page.locator(".govuk-error-summary").count() == 1
    page.get_by_label("New password", exact=True).fill("a-long-browser-password-58")
    page.get_by_label("New password confirmation").fill("a-long-browser-password-58")
    page.get_by_role("button", name="Save the password").click()
    assert "/accounts/login/" in page.url
    assert "Your password is saved" in page.locator("main").inner_text()
    check(page, "invitation-done")
