"""Reads about accounts: whether one must use, and does use, a second factor."""

from __future__ import annotations

from allauth.mfa.models import Authenticator

from moot.accounts import rules


def mfa_required(user) -> bool:
    """Whether ``user`` must set up multi-factor authentication before doing anything else.

    Superusers, staff, and whoever holds the administrator or clerk role on any body or
    across the authority (moot.access). The middleware ``MfaRequiredMiddleware`` asks only
    this function.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    from moot.access.selectors import holds_role

    privileged = ("administrator", "clerk")
    roles = privileged if user.pk and holds_role(user, privileged) else ()
    return rules.mfa_required_for(
        is_superuser=bool(user.is_superuser), is_staff=bool(user.is_staff), roles=roles
    ).value


def has_mfa(user) -> bool:
    """Whether ``user`` has a TOTP authenticator (recovery codes alone are not a factor)."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def accounts():
    """Every sign-in account with its person and its roles in force, for the administrator's
    "People and accounts" page: three queries whatever the number of accounts."""
    from django.contrib.auth import get_user_model
    from django.db.models import Prefetch

    from moot.access.models import RoleGrant

    live = RoleGrant.objects.filter(revoked_at__isnull=True).select_related("body")
    return (
        get_user_model()
        .objects.select_related("person")
        .prefetch_related(Prefetch("role_grants", queryset=live, to_attr="live_grants"))
        .order_by("email", "username")
    )


def people_without_accounts():
    """People in the record who have no sign-in account yet (to link one when inviting)."""
    from moot.governance.models import Person

    return Person.objects.filter(user__isnull=True).order_by("family_name", "given_name", "name")
