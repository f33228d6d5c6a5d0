"""Reading a harvester's query: filters, cursors and page sizes. Pure functions; each
refusal names the parameter at fault (the API answers it as 400 JSON)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.utils import timezone

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


@dataclass(frozen=True)
class BadParameter(Exception):
    field: str
    value: str
    expected: str


CURSOR_PATTERN = r"^after-[0-9]{1,18}$"


def encode_cursor(last_id: int) -> str:
    """A cursor: the page after the record with this id (records are listed by id, which
    never changes, so a harvest resumed from a cursor misses nothing)."""
    return f"after-{last_id}"


def decode_cursor(value: str | None) -> int:
    """The id a cursor points after (0 without one)."""
    if value is None:
        return 0
    prefix, _, number = value.partition("-")
    if prefix != "after" or not number.isdigit() or len(number) > 18:
        raise BadParameter("cursor", value, "a cursor from a page's next address (after-N)")
    return int(number)


def read_limit(value: str | None) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise BadParameter("limit", value, f"a whole number from 1 to {MAX_LIMIT}")
    return int(value)


def read_date(field: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(field, value, "a date, YYYY-MM-DD") from None


def read_datetime(field: str, value: str | None) -> datetime | None:
    """An ISO 8601 date and time (2021-03-25T14:00:00Z); without a zone, London time."""
    if value is None:
        return None
    parsed = None
    if re.fullmatch(
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|z|[+-]\d{2}:\d{2})?", value
    ):
        try:
            parsed = datetime.fromisoformat(value.replace("z", "+00:00").replace("Z", "+00:00"))
        except ValueError:
            parsed = None
    if parsed is None:
        raise BadParameter(field, value, "a date and time, ISO 8601 (2021-03-25T14:00:00Z)")
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    # in UTC: PostgreSQL takes offsets of at most 15:59, ISO 8601 (and Python) up to 23:59
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        # a valid time that falls outside years 1 to 9999 once in UTC: the earliest or the
        # latest time there is (everything has changed since the one, nothing since the other)
        return (
            datetime.min.replace(tzinfo=UTC)
            if parsed.year == 1
            else datetime.max.replace(tzinfo=UTC)
        )


def check_known(params, allowed: set[str]) -> None:
    """Refuse a parameter the operation does not read, rather than ignore it."""
    for name in params:
        if name not in allowed:
            raise BadParameter(name, params.get(name, ""), "one of " + ", ".join(sorted(allowed)))
