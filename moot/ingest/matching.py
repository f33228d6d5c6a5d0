"""Small pure rules the importer compares and tidies with: titles, numbers, venues, minutes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from django.db.models import Model
from django.utils import timezone
from rapidfuzz import fuzz

from moot.ingest.names import fold
from moot.ingest.parse.common import RESOLVED_RE, title_case_capitals
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting
from moot.meetings.rules import standing_key

# Titles or offices closer than this (rapidfuzz ratio of the folded texts) are the same.
TITLE_SIMILAR = 90.0
MAX_MINUTE_NUMBER = 99_999
MAX_PAGE = 100_000
_VIRTUAL_RE = re.compile(
    r"\b(?:zoom|microsoft teams|ms teams|teams meeting|virtual(?:ly)?|remote(?:ly)?|online|"
    r"webex|skype)\b",
    re.IGNORECASE,
)
_HYBRID_RE = re.compile(r"\bhybrid\b", re.IGNORECASE)
_POINT_MARK_RE = re.compile(r"^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.)\s+")
_STOP_TOKENS = frozenset({"and", "the", "of", "for", "in", "at", "to"})


def _clip(model: type[Model], field_name: str, value: str | None) -> str:
    value = (value or "").strip()
    max_length = model._meta.get_field(field_name).max_length
    return value[:max_length].strip() if max_length else value


def _norm(text: str) -> str:
    """Folded text for comparing titles and offices: "&" is "and", "the"/"of" ignored."""
    tokens = fold((text or "").replace("&", " and ")).split()
    return " ".join(t for t in tokens if t not in _STOP_TOKENS)


def tidy_capitals(text: str) -> str:
    """Title-case a text printed in capitals ("MEETING ROOM G.01, CITY HALL, LE1 1FZ" ->
    "Meeting Room G.01, City Hall, LE1 1FZ"): words with digits (rooms, postcodes) and known
    acronyms stay as printed. Mixed-case text is left alone."""
    words = (text or "").split()
    kept = {i: w for i, w in enumerate(words) if any(c.isdigit() for c in w)}
    masked = " ".join(f"\x00{i}" if i in kept else w for i, w in enumerate(words))
    tidy = title_case_capitals(masked).split(" ")
    if len(tidy) != len(words):
        return " ".join(words)
    return " ".join(kept.get(i, w) for i, w in enumerate(tidy))


def _similar_titles(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or fuzz.ratio(na, nb) >= TITLE_SIMILAR:
        return True
    ka, kb = standing_key(a), standing_key(b)
    return ka is not None and ka == kb


def _minute_number(number: str) -> int | None:
    number = (number or "").strip()
    if number.isdigit() and 1 <= int(number) <= MAX_MINUTE_NUMBER:
        return int(number)
    return None


def _page(value: int | None) -> int | None:
    return value if value is not None and 0 < value <= MAX_PAGE else None


def _mode_for(venue: str) -> str:
    if _HYBRID_RE.search(venue or ""):
        return Meeting.Mode.HYBRID
    if _VIRTUAL_RE.search(venue or ""):
        return Meeting.Mode.VIRTUAL
    return Meeting.Mode.IN_PERSON


def _start_time(meeting: Meeting) -> time:
    return timezone.localtime(meeting.start, meeting_services.LONDON).time()


def _strip_html(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html or "")


def minutes_discussion(text: str, resolutions: Iterable[str]) -> str:
    """The minute's text without its RESOLVED blocks (stored apart as resolutions): drop
    "RESOLVED:" paragraphs and the paragraphs whose words are those of a resolution."""
    folded = [fold(r) for r in resolutions if r.strip()]
    if not folded:
        return (text or "").strip()
    kept = []
    for paragraph in re.split(r"\n\s*\n", text or ""):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        heading = RESOLVED_RE.match(flat)
        if heading and (
            not heading.group("rest").strip()
            or any(fold(heading.group("rest")) in r for r in folded)
        ):
            continue
        body = fold(_POINT_MARK_RE.sub("", flat))
        if body and any(body in r for r in folded):
            continue
        kept.append(paragraph.strip())
    return "\n\n".join(kept)
