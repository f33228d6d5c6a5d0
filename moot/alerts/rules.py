"""The rules of public alerts, as pure functions of plain values.

- An address is subscribed only once its owner follows the link sent to it (double
  opt-in); the link works once and for three days.
- A subscription follows a committee or board, a person (the meetings of the bodies where
  they hold a seat on the meeting's date), or a search: every word of it appears in the
  public words of what was published (titles of the meeting's public items and papers).
- Immediate subscribers get one e-mail per event; daily ones one digest a day at most.
- Nothing exempt is ever matched or sent: events hold only public words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

CONFIRM_DAYS = 3
CONFIRM_MAX_AGE = timedelta(days=CONFIRM_DAYS)
DIGEST_EVERY = timedelta(hours=23)
EMAIL_MAX = 254
QUERY_MIN, QUERY_MAX = 3, 200
FORM_MAX_BYTES = 4096
WORD = re.compile(r"[\w']+")


def email_error(email: str) -> str | None:
    """Why ``email`` cannot be subscribed, or None."""
    address = email.strip()
    if not address:
        return "Enter your e-mail address, like name@example.org."
    if len(address) > EMAIL_MAX:
        return f"An e-mail address is at most {EMAIL_MAX} characters; this one is {len(address)}."
    try:
        validate_email(address)
    except ValidationError:
        return f"'{address[:80]}' is not an e-mail address: enter one like name@example.org."
    return None


def query_words(query: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in WORD.findall(query))


def query_error(query: str) -> str | None:
    text = " ".join(query.split())
    if len(text) < QUERY_MIN:
        return f"Enter a word or phrase of at least {QUERY_MIN} characters to follow."
    if len(text) > QUERY_MAX:
        return f"A search to follow is at most {QUERY_MAX} characters; this one is {len(text)}."
    if not query_words(text):
        return "Enter at least one word to follow (letters or numbers)."
    return None


@dataclass(frozen=True)
class Follow:
    """What a subscription follows, as plain values."""

    kind: str
    body_id: int | None = None
    person_id: int | None = None
    query: str = ""


@dataclass(frozen=True)
class Published:
    """An event as plain values: its body, the people with a seat on the body on the
    meeting's date, and its public words."""

    body_id: int
    people: frozenset[int]
    text: str


def matches(follow: Follow, event: Published) -> bool:
    """Whether a subscriber following ``follow`` is told about ``event``."""
    if follow.kind == "body":
        return follow.body_id == event.body_id
    if follow.kind == "person":
        return follow.person_id in event.people
    if follow.kind == "search":
        wanted = query_words(follow.query)
        present = set(query_words(event.text))
        return bool(wanted) and all(word in present for word in wanted)
    return False


def digest_due(*, last_digest_at: datetime | None, confirmed_at: datetime, now: datetime) -> bool:
    """A daily subscriber is sent a digest at most once a day (23 hours, so that a cron job
    at the same time each day never skips a day)."""
    since = last_digest_at or confirmed_at
    return now - since >= DIGEST_EVERY
