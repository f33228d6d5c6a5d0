"""Pure rules of sign-in and of the gate in front of the site: plain values in and out."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Explained:
    value: bool
    explanation: str


def mfa_required_for(*, is_superuser: bool, is_staff: bool, roles: Iterable[str] = ()) -> Explained:
    """Whether an account must use a second factor (issue 11 item 1: required for the
    clerk and administrator roles, offered to everyone).

    Until roles exist (the access package), superusers and staff stand for them: both can
    change the record in the back office.
    """
    privileged = {"administrator", "clerk"} & set(roles)
    if is_superuser:
        return Explained(True, "An administrator (superuser) must use a second factor.")
    if is_staff:
        return Explained(True, "A member of staff (back office) must use a second factor.")
    if privileged:
        role = sorted(privileged)[0]
        return Explained(True, f"The {role} role must use a second factor.")
    return Explained(False, "A second factor is offered, not required, for this account.")


def _duration(seconds: int) -> str:
    seconds = max(1, int(seconds))
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)  # round up: never promise a retry too early
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours, rest = divmod(minutes, 60)
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    if rest:
        text += f" {rest} minute{'s' if rest != 1 else ''}"
    return text


def retry_sentence(*, seconds: int, now: datetime, what: str) -> str:
    """The 429 answer: what was refused and when to try again (never earlier than true)."""
    seconds = max(1, int(seconds))
    at = now + timedelta(seconds=seconds)
    if at.microsecond:
        at = at.replace(microsecond=0) + timedelta(seconds=1)
    return (
        f"Too many {what} from your address in a short time. "
        f"Please try again in {_duration(seconds)} (after {at:%H:%M:%S})."
    )


def lockout_sentence(*, cool_off: timedelta, failure_limit: int) -> str:
    """The sign-in page's answer to a locked account or address (django-axes)."""
    return (
        f"Sign-in is locked after {failure_limit} failed attempts for this account or from "
        f"this address. Try again in {_duration(int(cool_off.total_seconds()))} "
        "after the last failed attempt, or reset your password."
    )


def _networks(trusted: Iterable[str]):
    for entry in trusted:
        try:
            yield ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            continue


def is_trusted_proxy(remote_addr: str, trusted: Iterable[str]) -> bool:
    """Whether the peer is one of the configured proxies (addresses or networks)."""
    try:
        address = ipaddress.ip_address(remote_addr.strip())
    except ValueError:
        return False
    return any(address.version == n.version and address in n for n in _networks(trusted))


def client_address(remote_addr: str, forwarded_for: str, trusted: Iterable[str]) -> str:
    """The visitor's address: the peer, unless the peer is a trusted proxy, then the
    nearest address in X-Forwarded-For that is not itself a trusted proxy (read from the
    right: the left end is whatever the client chose to send)."""
    trusted = list(trusted)
    if not is_trusted_proxy(remote_addr, trusted):
        return remote_addr
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            return remote_addr
        if not is_trusted_proxy(hop, trusted):
            return hop
    return hops[0] if hops else remote_addr
