"""Sign-in at /accounts/login/ by e-mail address: MFA required for privileged accounts, a
replayed code refused, lockout with a sentence, the back office behind the same door."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from moot.accounts.selectors import mfa_required
from tests.accounts.support import enrol_totp, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-7"


def sign_in(client, email, password=PASSWORD, next_page="", **extra):
    data = {"login": email, "password": password} | ({"next": next_page} if next_page else {})
    return client.post("/accounts/login/", data, **extra)


def test_a_member_signs_in_with_email_and_password(client):
    User.objects.create_user("member", "member@example.org", PASSWORD)
    response = sign_in(client, "member@example.org")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").wsgi_request.user.username == "member"


def test_a_wrong_password_is_refused_on_the_sign_in_page(client):
    User.objects.create_user("member", "member@example.org", PASSWORD)
    response = sign_in(client, "member@example.org", "not-the-password")
    assert response.status_code == 200
    assert b"govuk-error-summary" in response.content
    assert "_auth_user_id" not in client.session


def test_there_is_no_public_sign_up(client):
    response = client.get("/accounts/signup/")
    assert b"Sign Up Closed" in response.content or response.status_code != 200
    client.post(
        "/accounts/signup/",
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert not User.objects.filter(email="new@example.org").exists()


def test_mfa_is_required_for_staff_and_superusers_only():
    assert mfa_required(User(is_superuser=True))
    assert mfa_required(User(is_staff=True))
    assert not mfa_required(User())


def test_a_privileged_account_without_mfa_is_sent_to_set_it_up_before_anything_else(client):
    User.objects.create_user("clerk", "clerk@example.org", PASSWORD, is_staff=True)
    sign_in(client, "clerk@example.org")
    for path in ("/", "/admin/", "/bodies/", "/api/v1/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/accounts/2fa/totp/activate/", path
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    assert b"Authenticator secret" in page.content


def test_setting_up_totp_then_lets_the_account_in(client):
    User.objects.create_user("clerk", "clerk@example.org", PASSWORD, is_staff=True)
    sign_in(client, "clerk@example.org")
    page = client.get("/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'id="authenticator_secret" value="([A-Z2-7]+)"', page).group(1)
    wrong = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    assert wrong.status_code == 200 and client.get("/").status_code == 302
    done = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert done.status_code == 302
    assert client.get("/").status_code == 200


def test_a_replayed_one_time_code_is_refused(client):
    # an administrator (the back office is for administrators only: moot.access)
    clerk = User.objects.create_superuser("clerk", "clerk@example.org", PASSWORD)
    secret = enrol_totp(clerk)
    response = sign_in(client, "clerk@example.org")
    assert response["Location"] == "/accounts/2fa/authenticate/"
    code = totp_code(secret)
    assert client.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    assert client.get("/admin/").status_code == 200

    client.post("/accounts/logout/")
    sign_in(client, "clerk@example.org")
    replay = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert replay.status_code == 200
    assert "has already been used (each code works once)" in replay.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_back_office_signs_in_through_accounts_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    login = client.get(response["Location"])
    assert login.status_code == 302
    assert login["Location"].startswith("/accounts/login/?next=")


def test_createsuperuser_still_works_and_the_new_administrator_must_set_up_mfa(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command(
        "createsuperuser",
        interactive=False,
        username="admin",
        email="admin@example.org",
        verbosity=0,
    )
    # an administrator works in the workspace: lands on its dashboard, which first asks
    # for a second factor, as the back office does
    assert sign_in(client, "admin@example.org")["Location"] == "/clerk/"
    assert client.get("/clerk/")["Location"] == "/accounts/2fa/totp/activate/"
    assert client.get("/admin/")["Location"] == "/accounts/2fa/totp/activate/"


def test_lockout_after_repeated_failures_says_for_how_long(client, settings):
    User.objects.create_user("member", "member@example.org", PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "member@example.org", "wrong").status_code == 200
    locked = sign_in(client, "member@example.org", "wrong")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert (
        "Sign-in is locked after 5 failed attempts for this account or from this address. "
        "Try again in 15 minutes after the last failed attempt"
    ) in text
    assert locked["Retry-After"] == "900"
    assert b'name="login"' in locked.content  # the sign-in page, not a bare error
    # The right password is refused too while the lock lasts.
    assert sign_in(client, "member@example.org").status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_also_holds_an_address_trying_other_accounts(client, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{n}@example.org", "wrong")
    User.objects.create_user("member", "member@example.org", PASSWORD)
    assert sign_in(client, "member@example.org").status_code == 429
    other_address = sign_in(client, "member@example.org", REMOTE_ADDR="192.0.2.9")
    assert other_address.status_code == 302


def test_sign_in_is_rate_limited_with_a_sentence_and_retry_after(client, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "sign_in": "3/m"}
    settings.AXES_ENABLED = False  # the rate limit alone
    User.objects.create_user("member", "member@example.org", PASSWORD)
    for _ in range(3):
        assert sign_in(client, "member@example.org", "wrong").status_code == 200
    refused = sign_in(client, "member@example.org")
    assert refused.status_code == 429
    seconds = int(refused["Retry-After"])
    assert 1 <= seconds <= 60
    assert "Too many sign-in attempts from your address in a short time. Please try again in" in (
        refused.content.decode()
    )
    assert "_auth_user_id" not in client.session
    assert client.get("/accounts/login/").status_code == 200  # reading the page is not limited


def test_a_sign_in_without_the_csrf_token_is_refused():
    User.objects.create_user("member", "member@example.org", PASSWORD)
    browser = Client(enforce_csrf_checks=True)
    response = sign_in(browser, "member@example.org")
    assert response.status_code == 403
    assert "_auth_user_id" not in browser.session


def test_mfa_is_required_for_the_clerk_and_administrator_roles(example):
    from moot.access.services import role_grant, role_revoke

    clerk = User.objects.create_user("role-clerk", "role-clerk@example.org", PASSWORD)
    assert not mfa_required(clerk)
    role_grant(user=clerk, role="clerk", body=example)
    assert mfa_required(clerk)
    role_revoke(user=clerk, role="clerk", body=example)
    assert not mfa_required(clerk)
    reader = User.objects.create_user("role-reader", "role-reader@example.org", PASSWORD)
    role_grant(user=reader, role="exempt_reader", body=example)
    assert not mfa_required(reader)  # offered, not required
    role_grant(user=reader, role="administrator")
    assert mfa_required(reader)


def test_a_member_lands_in_the_members_area_and_a_clerk_on_the_dashboard(client, example):
    """Without a ``next`` address a sign-in lands where the account works: a member (an
    account linked to a person) in /my/, a clerk on the workspace's dashboard after the
    one-time code, anyone else on the home page."""
    from moot.access.services import role_grant
    from moot.governance.models import Person

    member = User.objects.create_user("member", "member@example.org", PASSWORD)
    Person.objects.create(name="Councillor A Member", slug="a-member", user=member)
    assert sign_in(client, "member@example.org")["Location"] == "/my/"
    client.post("/accounts/logout/")

    clerk = User.objects.create_user("clerk", "clerk@example.org", PASSWORD)
    role_grant(user=clerk, role="clerk", body=example)
    secret = enrol_totp(clerk)
    assert sign_in(client, "clerk@example.org")["Location"] == "/accounts/2fa/authenticate/"
    done = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert done.status_code == 302 and done["Location"] == "/clerk/"
    client.post("/accounts/logout/")

    # a ``next`` address still wins
    response = sign_in(client, "member@example.org", next_page="/bodies/")
    assert response["Location"] == "/bodies/"


def test_the_recovery_codes_made_by_the_set_up_are_shown_without_the_password_again(
    client, settings
):
    """Straight after setting up the authenticator the set-up shows its recovery codes; the
    password was asked for moments before, so it is not asked again. Later, it is."""
    from datetime import timedelta

    from allauth.mfa.models import Authenticator
    from django.utils import timezone

    User.objects.create_user("clerk", "clerk@example.org", PASSWORD, is_staff=True)
    sign_in(client, "clerk@example.org")
    page = client.get("/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'id="authenticator_secret" value="([A-Z2-7]+)"', page).group(1)
    done = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert done["Location"] == "/accounts/2fa/recovery-codes/"
    codes = client.get(done["Location"])
    assert codes.status_code == 200, codes.get("Location")
    assert b"recovery" in codes.content.lower()

    Authenticator.objects.filter(type=Authenticator.Type.RECOVERY_CODES).update(
        created_at=timezone.now() - timedelta(seconds=settings.MOOT_MFA_NEW_CODES_SECONDS + 1)
    )
    later = client.get("/accounts/2fa/recovery-codes/")
    assert later.status_code == 302 and "/accounts/reauthenticate/" in later["Location"]


def test_the_account_pages_lead_back_to_where_the_account_works(client, example):
    """After setting up two-factor sign-in (the recovery codes page) a clerk has a link
    back to the workspace; a member, to the members' area; anyone else, none."""
    from moot.access.services import role_grant
    from moot.governance.models import Person

    clerk = User.objects.create_user("clerk", "clerk@example.org", PASSWORD)
    role_grant(user=clerk, role="clerk", body=example)
    enrol_totp(clerk)
    client.force_login(clerk)
    page = client.get("/accounts/password/change/").content.decode()
    assert '<a class="govuk-link" href="/clerk/">Go to the workspace</a>' in page

    member = User.objects.create_user("member", "member@example.org", PASSWORD)
    Person.objects.create(name="Councillor A Member", slug="a-member", user=member)
    client.force_login(member)
    page = client.get("/accounts/password/change/").content.decode()
    assert '<a class="govuk-link" href="/my/">Go to the members&#x27; area</a>' in page

    User.objects.create_user("reader", "reader@example.org", PASSWORD)
    client.force_login(User.objects.get(username="reader"))
    page = client.get("/accounts/password/change/").content.decode()
    assert "Go to the" not in page
