"""Reading a harvester's query: filters, cursors and page sizes. Pure functions; each
refusal names the parameter at fault (the API answers it as 400 JSON)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


@dataclass(frozen=True)
class BadParameter(Exception):
    field: str
    value: str
    expected: str


def encode_cursor(last_id: int) -> str:
    """An opaque cursor: the page after the record with this id."""
    return base64.urlsafe_b64encode(f"after:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(value: str | None) -> int:
    """The id a cursor points after (0 without one)."""
    if value is None or value == "":
        return 0
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raw = ""
    prefix, _, number = raw.partition(":")
    if prefix != "after" or not number.isdigit() or len(number) > 18:
        raise BadParameter("cursor", value, "a cursor from a page's next address")
    return int(number)


def read_limit(value: str | None) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise BadParameter("limit", value, f"a whole number from 1 to {MAX_LIMIT}")
    return int(value)


def read_date(field: str, value: str | None) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(field, value, "a date, YYYY-MM-DD") from None


def read_datetime(field: str, value: str | None) -> datetime | None:
    """An ISO 8601 time; without a zone it is read as London time."""
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        except ValueError:
            raise BadParameter(
                field, value, "a date and time, ISO 8601 (2021-03-25T14:00:00Z)"
            ) from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def check_known(params, allowed: set[str]) -> None:
    """Refuse a parameter the operation does not read, rather than ignore it."""
    for name in params:
        if name not in allowed:
            raise BadParameter(name, params.get(name, ""), "one of " + ", ".join(sorted(allowed)))


def check_range(field: str, low: date | None, high: date | None) -> None:
    if low and high and low > high:
        raise BadParameter(field, high.isoformat(), "a date on or after the 'from' date")
