"""Reads about accounts: whether one must use, and does use, a second factor."""

from __future__ import annotations

from allauth.mfa.models import Authenticator

from moot.accounts import rules


def mfa_required(user) -> bool:
    """Whether ``user`` must set up multi-factor authentication before doing anything else.

    Today: superusers and staff (both can change the record in the back office).
    After the access package lands, pass the user's roles here too, so that the
    administrator and clerk roles of any body or authority require MFA:
    ``rules.mfa_required_for(..., roles=<the user's role names>)``. The middleware
    ``MfaRequiredMiddleware`` asks only this function.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    return rules.mfa_required_for(
        is_superuser=bool(user.is_superuser), is_staff=bool(user.is_staff)
    ).value


def has_mfa(user) -> bool:
    """Whether ``user`` has a TOTP authenticator (recovery codes alone are not a factor)."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
