"""Several meetings' minutes in one file (a year's in one PDF), for the reader in
``printed_minutes``: where each later meeting's minutes begin (``meeting_starts``,
``next_meeting_start``), at a heading of the first's form printed at a line's start, naming
another date, not an item's words about other minutes, and opening a list of who attended
where needed. Each part is read on its own by ``printed_minutes._later_meetings``.
"""

from __future__ import annotations

import re
from datetime import date

from moot.ingest.council import council_key
from moot.ingest.parse.minutes_attendance import _FIRST_MINUTE_RE, _LABEL_RE
from moot.ingest.parse.minutes_headings import (
    _REFERRED_TO_RE,
    _WRAPPED_HEADING_RE,
    HEAD_WITHIN,
    _heading_sentence,
    _minutes_referred_to,
    heading_date,
)


def next_meeting_start(text: str, heading: re.Match[str], day: date) -> int | None:
    """Where the minutes of another meeting begin in ``text``, after those whose heading is
    ``heading`` (of the meeting on ``day``): the start of the line of the next heading of
    the same form, printed at a line's start, naming another date and not spoken of by an
    item ("To approve the Minutes of the meeting held on ..."). None where there is none."""
    starts = meeting_starts(text, heading, day)
    return starts[0][0] if starts else None


def meeting_starts(text: str, heading: re.Match[str], day: date) -> list[tuple[int, date | None]]:
    """Where each later meeting's minutes begin in ``text`` after those whose heading is
    ``heading`` (of the meeting on ``day``), with the date each heading names, in the order
    printed: each the start of the line of a heading of the same form, printed at a line's
    start, not spoken of by an item, naming a date other than the meeting's before it (see
    ``next_meeting_start``, the first of them)."""
    start = min(heading.end(), len(text))
    if heading.string != text[: len(heading.string)]:
        # a heading found in the text with its whitespace collapsed (``find_heading``): its
        # match runs on over the next lines, so the search starts after its first line
        start = _flat_to_text(text, heading.start())
        start = text.find("\n", start) + 1 or len(text)
    found = [(m.start(), m) for m in heading.re.finditer(text, start)]
    for w in _WRAPPED_HEADING_RE.finditer(text, start):
        # "MINUTE OF THE MEETING" then "held at 7.00pm on ...": joined as the first was
        cut = w.end("head") if w.group("head") is not None else w.end("dated")
        eol = text.find("\n", w.end())
        joined = text[w.start() : cut] + " " + text[w.end() : eol if eol >= 0 else len(text)]
        m = heading.re.match(joined)
        if m is not None:
            found.append((w.start(), m))
    starts: list[tuple[int, date | None]] = []
    for at, m in sorted(found, key=lambda f: f[0]):
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip() or (m.string is not text and m.string[: m.start()].strip()):
            # inside a line: an item's words, not a heading (a wrapped heading's match is
            # in its joined line, a heading's in the text: what is before it there is the
            # lines before)
            continue
        if "rest" not in m.groupdict() or _minutes_referred_to(m.string, m):
            continue
        if _REFERRED_TO_RE.search(text[max(0, line_start - 60) : line_start].rstrip() + " "):
            continue  # "1. To approve the" then "Minutes of the Meeting held on ..."
        if starts and line_start <= starts[-1][0]:
            continue
        other = heading_date(_heading_sentence(m.group("rest")))
        if (
            other is not None
            and other != day
            and (_heading_body(m) == _heading_body(heading) or _opens_minutes(text, line_start))
        ):
            # (a heading naming another body, with no list of who attended under it, may
            # be an item's words: "Minutes of the Finance Committee meeting held on 3 June
            # 2021 – noted" at a line's start)
            starts.append((line_start, other))
            day = other
        elif other is None and _opens_minutes(text, line_start):
            # a heading naming no date its line shows, over an attendance list: another
            # meeting's minutes all the same (its part is read, or left out, on its own)
            starts.append((line_start, None))
    return starts


def _heading_body(m: re.Match[str]) -> str:
    """The body a heading's match names, for comparing ("" where it names none)."""
    return council_key(m.groupdict().get("body") or "")


def _flat_to_text(text: str, at: int) -> int:
    """Where in ``text`` the character at ``at`` of its whitespace-collapsed form (words
    joined by one space) is."""
    seen = 0
    for word in re.finditer(r"\S+", text):
        if at < seen + len(word.group(0)):
            return word.start() + max(0, at - seen)
        seen += len(word.group(0)) + 1
    return len(text)


def _opens_minutes(text: str, line_start: int) -> bool:
    """Does the heading on the line at ``line_start`` open a meeting's minutes: a label of
    who attended ("Present:", "Apologies -") opening one of the lines after it, before any
    numbered minute?"""
    eol = text.find("\n", line_start)
    window = text[eol + 1 : eol + 1 + HEAD_WITHIN] if eol >= 0 else ""
    first = _FIRST_MINUTE_RE.search(window)
    for label in _LABEL_RE.finditer(window):
        if first is not None and label.start() > first.start():
            return False
        opens = not window[window.rfind("\n", 0, label.start()) + 1 : label.start()].strip()
        marked = label.group(0).rstrip().endswith(":") or re.match(
            r"[ \t]*[:–-]", window[label.end() :]
        )
        if opens and marked:
            return True
    return False
