"""Reading the visitor's parameters: each function returns a value or raises
``InvalidInput`` naming the field and the format it expects."""

from __future__ import annotations

import re
from datetime import date

from moot.portal.errors import InvalidInput

_DATE_SLUG = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-(\d{1,2}))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
DATE_FORMAT = "a date written YYYY-MM-DD, for example 2021-07-29"


def date_slug(value: str) -> tuple[date, int]:
    """A meeting's date in its address: YYYY-MM-DD, with -2, -3 for a second meeting."""
    match = _DATE_SLUG.match(value)
    expected = (
        "a meeting date written YYYY-MM-DD, for example 2021-07-29 "
        "(with -2 for a second meeting that day)"
    )
    if not match:
        raise InvalidInput("date", value, expected)
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        raise InvalidInput("date", value, expected) from None
    sequence = int(match.group(2) or 1)
    if sequence < 1:
        raise InvalidInput("date", value, expected)
    return day, sequence


def optional_date(field: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(field, value, DATE_FORMAT) from None


def month(value: str | None, default: date) -> date:
    """?month=YYYY-MM; the first day of that month."""
    if value is None or not value.strip():
        return default.replace(day=1)
    match = _MONTH.match(value.strip())
    expected = "a month written YYYY-MM, for example 2021-07"
    if not match:
        raise InvalidInput("month", value, expected)
    year, number = int(match.group(1)), int(match.group(2))
    if not (1 <= number <= 12 and 1 <= year <= 9998):
        raise InvalidInput("month", value, expected)
    return date(year, number, 1)


def page_number(value: str | None) -> int:
    if value is None or not value.strip():
        return 1
    if not re.fullmatch(r"[0-9]{1,6}", value.strip()) or int(value) < 1:
        raise InvalidInput("page", value, "a page number: 1, 2, 3 ...")
    return int(value)


def choice(field: str, value: str | None, choices: tuple[str, ...], default: str) -> str:
    if value is None or not value.strip():
        return default
    if value not in choices:
        listed = ", ".join(f"'{c}'" for c in choices)
        raise InvalidInput(field, value, f"one of {listed}")
    return value


def text(value: str | None, *, limit: int = 200) -> str:
    return " ".join((value or "").split())[:limit]


def output_format(request) -> str:
    """``?format=json`` asks for a page's JSON twin."""
    return choice("format", request.GET.get("format"), ("html", "json"), "html")
