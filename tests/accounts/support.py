"""Test helpers: give an account a TOTP authenticator, and the codes it would show.

Staff and superusers must use MFA (moot.accounts.selectors.mfa_required): a test that signs
one in with ``client.force_login`` and visits anything outside /accounts/ enrols it first.
"""

from __future__ import annotations

import time

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

PERIOD = 30


def enrol_totp(user) -> str:
    """Activate TOTP for ``user``, as the set-up page does; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str, *, at: float | None = None) -> str:
    """The six digits an authenticator app shows for ``secret`` at ``at`` (now)."""
    counter = int(time.time() if at is None else at) // PERIOD
    return format_hotp_value(hotp_value(secret, counter))
