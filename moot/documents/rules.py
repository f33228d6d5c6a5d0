"""Pure rules for agenda packs and minutes: page ranges, references and wording.

Nothing here reads files or the database; pack building and the portal call these so the
wording on the printed agenda, the PDF outline and the web pages cannot drift apart.

Conventions (decided here, relied on by the templates and tests):
- Appendix pages are numbered from 1 (the first page of the first appendix in the pack);
  the front sheet and agenda pages are unnumbered, as in modern.gov packs.
- A range of several pages reads "Pages 19 - 44" (spaced hyphen, as printed in the
  Leicester HWB pack); a single page reads "Page 7", never "Pages 7 - 7".
- Each appended page is stamped "Page N" so the stamp matches the agenda's references.
- Exempt information: Local Government Act 1972, Schedule 12A, Part 1 has paragraphs 1-7
  (England). The agenda states the paragraph but never the exempt document's title or
  its page range in the public pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

SCHEDULE_12A_PARAGRAPHS = range(1, 8)

_WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
_MONTHS = (
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
)


def appendix_page_ranges(page_counts: Sequence[int], first_page: int = 1) -> list[tuple[int, int]]:
    """The (first, last) pack page of each appendix, in order, numbered from ``first_page``.

    >>> appendix_page_ranges([6, 12, 26])
    [(1, 6), (7, 18), (19, 44)]

    Raises ValueError naming the position (1-based) of any count below 1, and for a
    ``first_page`` below 1.
    """
    if isinstance(first_page, bool) or not isinstance(first_page, int) or first_page < 1:
        raise ValueError(f"first_page must be a whole number of at least 1, not {first_page!r}")
    ranges: list[tuple[int, int]] = []
    start = first_page
    for position, count in enumerate(page_counts, start=1):
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(
                f"appendix at position {position} has {count!r} pages; every appendix needs "
                "at least 1 page"
            )
        ranges.append((start, start + count - 1))
        start += count
    return ranges


def format_page_range(first: int, last: int) -> str:
    """``"Pages 19 - 44"`` for a range; ``"Page 7"`` when ``first == last``."""
    if first < 1 or last < first:
        raise ValueError(f"not a page range: {first} to {last}")
    if first == last:
        return f"Page {first}"
    return f"Pages {first} - {last}"


def stamp_label(page_number: int) -> str:
    """The text stamped at the foot of an appended page: ``"Page 19"``."""
    if page_number < 1:
        raise ValueError(f"pack page numbers start at 1, not {page_number}")
    return f"Page {page_number}"


def exempt_line(paragraph: int) -> str:
    """``"exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972"``."""
    if isinstance(paragraph, bool) or paragraph not in SCHEDULE_12A_PARAGRAPHS:
        raise ValueError(
            f"Schedule 12A paragraph must be 1 to 7 (Local Government Act 1972, Part 1), "
            f"not {paragraph!r}"
        )
    return f"exempt under paragraph {paragraph} of Schedule 12A to the Local Government Act 1972"


def appendix_reference(letter: str, title: str, first: int, last: int) -> str:
    """How the outline (and the agenda) names an appendix: ``"Appendix C: Title (Pages 19 - 44)"``."""
    label = f"Appendix {letter}"
    if title:
        label = f"{label}: {title}"
    return f"{label} ({format_page_range(first, last)})"


def format_meeting_date(day: date) -> str:
    """``"THURSDAY, 29 JULY 2021"``, the front-sheet style (locale independent)."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_meeting_time(at: time) -> str:
    """``"9:30 am"``, ``"2:00 pm"``, ``"12 noon"``; ``"12 midnight"`` for 00:00."""
    if at.hour == 12 and at.minute == 0:
        return "12 noon"
    if at.hour == 0 and at.minute == 0:
        return "12 midnight"
    hour = at.hour % 12 or 12
    suffix = "am" if at.hour < 12 else "pm"
    return f"{hour}:{at.minute:02d} {suffix}"


def vacancy_text(vacancies: int) -> str:
    """``"1 Vacancy"``, ``"3 Vacancies"``; empty for none."""
    if vacancies < 0:
        raise ValueError(f"vacancies cannot be negative ({vacancies})")
    if vacancies == 0:
        return ""
    return f"{vacancies} Vacancy" if vacancies == 1 else f"{vacancies} Vacancies"


def person_line(name: str, role: str) -> str:
    """``"Councillor Vi Dempster, Assistant City Mayor, Health (Chair)"``."""
    name, role = name.strip(), role.strip()
    return f"{name}, {role}" if role else name
