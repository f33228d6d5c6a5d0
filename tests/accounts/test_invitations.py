"""An administrator makes accounts: at /clerk/people/ and with `moot account`. The invited
person chooses a password through a link that works once; a clerk cannot make accounts;
bad input is refused with the input named, nothing saved, and what was typed kept."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail

from moot.access.models import RoleGrant
from moot.accounts import services
from moot.cli import main
from moot.governance.models import AuditEntry, Person
from tests.accounts.support import enrol_totp
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-73"


@pytest.fixture
def administrator(example):
    from moot.access.services import role_grant

    user = User.objects.create_user("admin", "admin@example.org", "unused-here")
    role_grant(user=user, role="administrator")
    enrol_totp(user)
    return user


@pytest.fixture
def seated(example):
    """A person of the example who holds a seat on the Board and has no account."""
    return Person.objects.filter(memberships__isnull=False, user__isnull=True).distinct().first()


def invitation_link(capture) -> str:
    run_jobs()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "an administrator of this council's Moot made an account" in body
    site = re.escape(settings.MOOT_SITE_URL)
    return re.search(site + r"(/accounts/invitation/\S+/)", body).group(1)


def test_an_administrator_invites_a_member_who_chooses_a_password_and_reaches_my(
    client, administrator, seated, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    page = client.get("/clerk/people/")
    assert page.status_code == 200
    assert seated.display_name in page.content.decode()  # offered as a person to link
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            "/clerk/people/", {"email": "new.member@example.org", "person": seated.slug}
        )
    assert done.status_code == 302
    link = invitation_link(django_capture_on_commit_callbacks)
    user = User.objects.get(email="new.member@example.org")
    assert not user.has_usable_password()
    seated.refresh_from_db()
    assert seated.user == user
    # the trail is shared: the browser tests' invitations stay (committed, append-only)
    entry = AuditEntry.objects.get(action="moot.account.invited", object_id=user.pk)
    assert entry.data["person"] == seated.slug and entry.user_label

    client.logout()
    form = client.get(link)
    assert "Choose your password" in form.content.decode()
    saved = client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert saved.status_code == 302 and "chosen=1" in saved["Location"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    # The link works once.
    again = client.get(link)
    assert again.status_code == 400
    assert "This invitation link cannot be used" in again.content.decode()

    signed_in = client.post(
        "/accounts/login/", {"login": "new.member@example.org", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    my = client.get("/my/")
    assert my.status_code == 200
    text = my.content.decode()
    assert "not linked to a person in the record" not in text
    assert "Health and Wellbeing Board" in text  # the meetings of the body they sit on


def test_an_invitation_link_expires_after_its_days(client, administrator):
    services.invite(email="late@example.org", by=administrator)
    user = User.objects.get(email="late@example.org")
    token = services.invitation_tokens.make_token(user)
    from allauth.account.utils import user_pk_to_url_str

    link = f"/accounts/invitation/{user_pk_to_url_str(user)}-{token}/"
    assert client.get(link).status_code == 200
    later = datetime.now() + timedelta(days=services.INVITATION_DAYS, hours=1)
    with mock.patch.object(services.InvitationTokens, "_now", return_value=later):
        assert client.get(link).status_code == 400
        client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_an_invitation_key_is_not_a_password_reset_key(client, administrator):
    services.invite(email="keys@example.org", by=administrator)
    user = User.objects.get(email="keys@example.org")
    from allauth.account.utils import user_pk_to_url_str

    token = services.invitation_tokens.make_token(user)
    page = client.get(
        f"/accounts/password/reset/key/{user_pk_to_url_str(user)}-{token}/", follow=True
    )
    assert "This reset link cannot be used" in page.content.decode()


def test_a_role_is_given_with_the_account(client, administrator, example):
    client.force_login(administrator)
    client.post(
        "/clerk/people/",
        {
            "email": "second.clerk@example.org",
            "name": "Sam Clerk",
            "role": "clerk",
            "body": example.slug,
        },
    )
    grant = RoleGrant.objects.get(user__email="second.clerk@example.org")
    assert (grant.role, grant.body, grant.granted_by) == ("clerk", example, administrator)
    page = client.get("/clerk/people/").content.decode()
    assert "Clerk of the Health and Wellbeing Board" in page


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        (
            {"email": "admin@example.org"},
            "email",
            "There is already an account for admin@example.org.",
        ),
        (
            {
                "email": "x@example.org",
                "role": "administrator",
                "body": "health-and-wellbeing-board",
            },
            "role",
            "acts for the whole authority",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_keeping_what_was_typed(
    client, administrator, post, field, message
):
    client.force_login(administrator)
    before = User.objects.count()
    page = client.post("/clerk/people/", {"name": "Typed Name", **post})
    assert page.status_code == 400
    text = page.content.decode()
    assert "There is a problem" in text and message in text
    assert 'value="Typed Name"' in text
    assert f'id="id_{field}-error"' in text
    assert User.objects.count() == before
    assert mail.outbox == []


def test_a_person_with_an_account_is_not_linked_twice(administrator, seated):
    services.invite(email="first@example.org", person=seated, by=administrator)
    with pytest.raises(services.Refused) as refused:
        services.invite(email="second@example.org", person=seated.slug, by=administrator)
    assert "already has an account" in refused.value.errors["person"]
    assert not User.objects.filter(email="second@example.org").exists()


def test_a_clerk_cannot_see_or_use_the_people_page(client, example, django_user_model):
    from moot.access.services import role_grant

    clerk = django_user_model.objects.create_user("clerk", "clerk@example.org", "unused")
    role_grant(user=clerk, role="clerk", body=example)
    enrol_totp(clerk)
    client.force_login(clerk)
    assert client.get("/clerk/people/").status_code == 403
    assert client.post("/clerk/people/", {"email": "sneaky@example.org"}).status_code == 403
    assert not User.objects.filter(email="sneaky@example.org").exists()
    with pytest.raises(services.Refused):
        services.invite(email="sneaky@example.org", by=clerk)


def test_sign_in_is_turned_off_for_a_leaver_and_on_again(client, administrator):
    leaver = User.objects.create_user("leaver", "leaver@example.org", PASSWORD)
    client.force_login(administrator)
    client.post(f"/clerk/people/accounts/{leaver.pk}/active/", {"active": "off"})
    leaver.refresh_from_db()
    assert not leaver.is_active
    client.logout()
    refused = client.post("/accounts/login/", {"login": "leaver@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert refused.status_code in (200, 302)
    client.force_login(administrator)
    client.post(f"/clerk/people/accounts/{leaver.pk}/active/", {"active": "on"})
    leaver.refresh_from_db()
    assert leaver.is_active
    # An administrator cannot lock themselves out.
    page = client.post(
        f"/clerk/people/accounts/{administrator.pk}/active/", {"active": "off"}, follow=True
    )
    assert "You cannot turn off your own sign-in." in page.content.decode()
    administrator.refresh_from_db()
    assert administrator.is_active


def test_a_role_is_taken_away_from_the_page(client, administrator, example):
    from moot.access.services import role_grant

    other = User.objects.create_user("author", "author@example.org", "unused")
    grant = role_grant(user=other, role="report_author", body=example)
    client.force_login(administrator)
    client.post(f"/clerk/people/roles/{grant.pk}/revoke/")
    grant.refresh_from_db()
    assert grant.revoked_at is not None and grant.revoked_by == administrator


def test_the_command_invites_lists_and_turns_off(
    capsys, example, seated, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        code = main(
            [
                "account",
                "invite",
                "cmd@example.org",
                "--person",
                seated.slug,
                "--role",
                "exempt_reader",
                "--json",
            ]
        )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["person"] == seated.slug and out["roles"] == [
        {"role": "exempt_reader", "body": None}
    ]
    assert out["password_set"] is False
    run_jobs()
    assert mail.outbox[0].to == ["cmd@example.org"]

    assert main(["account", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["accounts"]
    assert [r["email"] for r in rows] == ["cmd@example.org"]

    assert main(["account", "deactivate", "cmd@example.org"]) == 0
    assert not User.objects.get(email="cmd@example.org").is_active
    capsys.readouterr()
    assert main(["account", "invite", "cmd@example.org"]) == 1
    assert "There is already an account for cmd@example.org." in capsys.readouterr().err
    assert main(["account", "invite", "y@example.org", "--person", "nobody-at-all"]) == 1
    assert "--person: There is no person 'nobody-at-all' in the record." in capsys.readouterr().err
    assert not User.objects.filter(email="y@example.org").exists()


def test_the_demo_has_a_member_account_for_the_chair(client, example):
    from moot.cli.site import _demo_member
    from moot.governance.models import Membership

    name, email, password = _demo_member()
    chair = Membership.objects.filter(role=Membership.Role.CHAIR).first().person
    assert name == chair.display_name
    signed_in = client.post("/accounts/login/", {"login": email, "password": password})
    assert signed_in.status_code == 302
    text = client.get("/my/").content.decode()
    assert "not linked to a person in the record" not in text
    # Run again (a second `make demo`): the same account, a new password.
    _, again, new_password = _demo_member()
    assert again == email and new_password != password
    assert RoleGrant.objects.count() == 0  # a seat, not a role, makes them a member


def test_the_password_fields_are_described_by_their_hint_and_error(client, administrator):
    """The hint (the password rules) and the error are read with the field: its
    aria-describedby names the ids the page gives them."""
    from allauth.account.utils import user_pk_to_url_str

    from tests.workspace.test_described_by import described

    services.invite(email="described@example.org", by=administrator)
    user = User.objects.get(email="described@example.org")
    token = services.invitation_tokens.make_token(user)
    link = f"/accounts/invitation/{user_pk_to_url_str(user)}-{token}/"
    assert described(client.get(link)) == []
    refused = client.post(link, {"new_password1": PASSWORD, "new_password2": "not the same"})
    assert refused.status_code == 400 and 'id="id_new_password2-error"' in refused.text
    assert described(refused) == []
