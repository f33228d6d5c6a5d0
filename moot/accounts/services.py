"""Sign-in accounts made by an administrator: invite someone (a clerk, a member, a report
author), link the account to their person in the record, give a role, turn sign-in off for a
leaver. There is no public sign-up (``AccountAdapter.is_open_for_signup``): this is the one
way in besides ``moot manage createsuperuser`` for the first administrator.

An invited account has no password. The invitation e-mail carries a link to choose one
(``InvitationTokens``: it works once, for ``INVITATION_DAYS``); until then nobody can sign
in with it. Every change is one transaction and is logged
(``moot.account.invited``, ``moot.account.deactivated``, ``moot.account.reactivated``).

``by`` is the user making the change and must be allowed to (``users.manage``: administrators);
``by=None`` is the server's operator at the command line (``moot account ...``).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int

from moot.access import selectors as access_selectors
from moot.access import services as access
from moot.access.rules import Action
from moot.governance.models import Person
from moot.governance.services import log_action
from moot.notifications.services import email_queue

INVITATION_REASON = (
    "You get this e-mail because an administrator of this council's Moot made an account for "
    "this address. If you were not expecting it, ignore it: nobody can sign in until a "
    "password is chosen through the link."
)


class Refused(ValueError):
    """A change that cannot be made; ``errors`` maps each input at fault to a sentence."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def _check(by) -> None:
    if by is None:
        return
    decision = access_selectors.can(by, Action.USERS_MANAGE)
    if not decision.allowed:
        raise Refused({"__all__": decision.reason})


def _person(person) -> Person | None:
    if person is None or isinstance(person, Person):
        return person
    slug = str(person).strip()
    if not slug:
        return None
    found = Person.objects.filter(slug=slug).first()
    if found is None:
        raise Refused({"person": f"There is no person '{slug}' in the record."})
    return found


def set_password_url(user) -> str:
    """The invitation's link to choose a password, absolute, from ``MOOT_SITE_URL``."""
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_invitation",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": invitation_tokens.make_token(user)},
    )
    return settings.MOOT_SITE_URL + path


@transaction.atomic
def invite(
    *,
    email: str,
    name: str = "",
    person: Person | str | None = None,
    role: str | None = None,
    body: str | None = None,
    by=None,
):
    """Make a sign-in account for ``email``, linked to ``person`` (a person or a slug) when
    given, with ``role`` (on ``body`` when given), and e-mail a link to choose a password.
    Refused, with nothing saved, for a malformed or already used address, a person who
    already has an account, or a role the access rule does not grant."""
    _check(by)
    email = (email or "").strip()
    errors: dict[str, str] = {}
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = f"'{email}' is not an e-mail address (it needs a name, @ and a domain)."
    else:
        if get_user_model().objects.filter(email__iexact=email).exists():
            errors["email"] = f"There is already an account for {email}."
    try:
        person = _person(person)
    except Refused as refused:
        errors.update(refused.errors)
        person = None
    if person is not None and person.user_id:
        errors["person"] = (
            f"{person.display_name} already has an account ({person.user.email}); "
            "one person has one account."
        )
    if errors:
        raise Refused(errors)
    user_model = get_user_model()
    user = user_model(username=email.lower(), email=email)
    if name.strip() or person is not None:
        user.first_name = (name.strip() or person.display_name)[:150]
    user.set_unusable_password()
    user.save()
    if person is not None:
        person.user = user
        person.save(update_fields=["user"])
    if role:
        try:
            access.role_grant(user=user, role=role, body=body or None, by=by)
        except access.AccessError as refused:  # the atomic block undoes the account
            raise Refused({"role": str(refused)}) from None
    log_action(
        "moot.account.invited",
        user,
        user=by,
        data={
            "email": email,
            "person": person.slug if person else None,
            "role": role or None,
            "body": body or None,
        },
    )
    email_queue(
        to=email,
        subject="Your Moot account: choose a password",
        text=(
            f"An account has been made for you ({email}).\n\n"
            f"Choose your password here (the link works once, for {INVITATION_DAYS} days):\n"
            f"{set_password_url(user)}\n\n"
            f"Then sign in at {settings.MOOT_SITE_URL}{reverse('account_login')}"
            + (" and open your members' area." if person is not None else ".")
        ),
        reason=INVITATION_REASON,
    )
    return user


@transaction.atomic
def set_active(*, user, active: bool, by=None):
    """Turn sign-in off for a leaver (``active=False``) or on again. The account, its
    person and its history stay; an administrator cannot turn off their own sign-in."""
    _check(by)
    if isinstance(user, str):
        found = get_user_model().objects.filter(email__iexact=user.strip()).first()
        if found is None:
            raise Refused({"email": f"There is no account for '{user.strip()}'."})
        user = found
    if not active and by is not None and by.pk == user.pk:
        raise Refused({"__all__": "You cannot turn off your own sign-in."})
    if user.is_active == active:
        state = "on" if active else "off"
        raise Refused({"__all__": f"Sign-in for {user.email} is already {state}."})
    user.is_active = active
    user.save(update_fields=["is_active"])
    log_action(
        "moot.account.reactivated" if active else "moot.account.deactivated",
        user,
        user=by,
        data={"email": user.email},
    )
    return user


INVITATION_DAYS = 7


class InvitationTokens(PasswordResetTokenGenerator):
    """The invitation link's key: like a password-reset key (it stops working once a
    password is chosen, because the stored password is part of what it signs) but with its
    own salt, so it cannot be used as a reset key, and valid for ``INVITATION_DAYS``."""

    key_salt = "moot.accounts.services.InvitationTokens"

    def check_token(self, user, token) -> bool:
        if not (user and token):
            return False
        try:
            stamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        if not constant_time_compare(
            self._make_token_with_timestamp(user, stamp, self.secret), token
        ):
            return False
        return self._num_seconds(self._now()) - stamp <= INVITATION_DAYS * 86400


invitation_tokens = InvitationTokens()


def invited_user(uidb36: str, key: str):
    """The account an invitation link is for, or None when the link is unknown, used or
    older than ``INVITATION_DAYS``."""
    from allauth.account.utils import url_str_to_user_pk

    try:
        user = get_user_model().objects.get(pk=url_str_to_user_pk(uidb36))
    except (ValueError, get_user_model().DoesNotExist):
        return None
    return user if user.is_active and invitation_tokens.check_token(user, key) else None


@transaction.atomic
def choose_password(*, user, password: str) -> None:
    """The invited person's first password (the form has checked it against the validators)."""
    user.set_password(password)
    user.save(update_fields=["password"])
    log_action("moot.account.password_chosen", user, user=user, data={"email": user.email})
