"""Parse a Civica CMIS "Meeting Details" web page (its HTML or text).

The page looks like::

    Meeting Details
    Planning Committee
    10 Sep 2020 - 10:00
    • Documents
    • Attendance
    • Visitors
    • Declarations of Interests
    Standard Items                  (a group heading, not an item)
    1 Apologies
    To receive apologies for absence
    3 pdf Minutes (233Kb)           (a linked item: the link's words and size are no title)
    To approve the minutes of the meeting held on 13 August 2020
    pdf Standing duties (306Kb)     (an unnumbered document under the item)

It is recognised by its layout: a "Meeting Details" line, then the committee's name, then
a line that is only a date (and a time), and the page's tabs ("Documents", "Attendance",
...). A "Venue:" line under the date gives the venue. Attendance is read only where the
page lists it under "Attended" and "Apologies" headings, one person a line; decisions only
where an item's text says "RESOLVED". Whatever else the page does not say is left unknown.
A page of this layout without its meeting's date is refused.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import (
    AttendanceDraft,
    DocumentRefDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
)
from moot.ingest.parse.common import (
    extract_resolutions,
    html_to_text,
    join_paragraphs,
    kind_and_body,
    looks_like_html,
    parse_date,
    split_lines,
    tidy_line,
    time_beside_date,
)

_TITLE_RE = re.compile(r"^meeting details:?$", re.IGNORECASE)
_TAB_RE = re.compile(
    r"^[•·*-]?\s*(?:documents|attendance(?: details)?|visitors(?: information)?|"
    r"declarations? of interests?|decisions|minutes)$",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9}\.?,?\s+\d{4}(?:\s*[-–—,]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_VENUE_RE = re.compile(r"^(?:venue|location|place)\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)
# "4 Petitions": CMIS prints an item's number and title with no full stop; "4. ..." is the
# entry of a numbered list (the page's list of files), no item.
_ITEM_RE = re.compile(r"^(?P<n>\d{1,3}[a-z]?)\s+(?P<title>\S.{0,300})$")
_DOCS_HEAD_RE = re.compile(r"^meeting documents$", re.IGNORECASE)
_SUPPLEMENTARY_RE = re.compile(r"^supplementary agenda(?:\s+\d{1,2})?$", re.IGNORECASE)
_AGENDA_HEAD_RE = re.compile(r"^(?:public |private )?agenda$", re.IGNORECASE)
_LEAD_RE = re.compile(r"^meeting of (?:the\s+)?", re.IGNORECASE)
_LINK_RE = re.compile(
    r"^(?:pdf|doc|docx|html?|xlsx?|pptx?|rtf)\s+(?P<title>\S.*?)"
    r"(?:\s*\((?P<size>\d+(?:\.\d+)?)\s*(?P<unit>[KM]b)\))?$",
    re.IGNORECASE,
)
_SIZE_RE = re.compile(r"\s*\(\d+(?:\.\d+)?\s*[KM]b\)$", re.IGNORECASE)
_PERSON_RE = re.compile(r"^(?:councillors?|cllrs?\.?|mr|mrs|ms|miss|dr)\s+\S", re.IGNORECASE)
_HEAD_ONLY = 15
# The same page with its lines lost (flattened onto one line): "Meeting Details" near the
# start, a date within a few words, the tabs after it.
_FLAT_RE = re.compile(
    r"^.{0,60}?\bmeeting details\b.{0,200}?\b\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\b.{0,200}?"
    r"\b(?:documents|attendance)\b",
    re.IGNORECASE | re.DOTALL,
)
MAX_JUMP = 5


def _find_layout(lines: list[str]) -> int | None:
    """Index of the "Meeting Details" line of a CMIS page, or None: that line among the
    first lines and, below it, at least two of the page's tabs, or one tab and a line that
    is only a date among the next three lines."""
    for i, line in enumerate(lines[:_HEAD_ONLY]):
        if _TITLE_RE.match(line):
            tabs = sum(1 for ln in lines[i + 1 : i + 12] if _TAB_RE.match(ln))
            dated = any(_DATE_LINE_RE.match(ln) for ln in lines[i + 1 : i + 4])
            if tabs >= 2 or (tabs and dated):
                return i
    return None


def _flattened(lines: list[str]) -> bool:
    return len(lines) <= 3 and bool(_FLAT_RE.match(" ".join(lines)[:600]))


def looks_like_cmis_page(text: str) -> bool:
    source = text or ""
    if looks_like_html(source):
        source = html_to_text(source)
    lines = [ln for ln in (tidy_line(x) for x in split_lines(source)) if ln]
    return _find_layout(lines) is not None or _flattened(lines)


def _int(number: str) -> int:
    return int(re.match(r"\d+", number).group())  # type: ignore[union-attr]


def _link_title(text: str) -> tuple[str, DocumentRefDraft | None]:
    """ "pdf Minutes (233Kb)" -> ("Minutes", its document); other text unchanged."""
    m = _LINK_RE.match(text)
    if not m or not m.group("size"):
        return text, None
    title = m.group("title").strip()
    size = float(m.group("size")) * (1024 if m.group("unit").lower() == "kb" else 1024 * 1024)
    return title, DocumentRefDraft(
        title=title, size_bytes=int(size), file_type=text.split()[0].lower()
    )


def _people(lines: list[str], start: int) -> list[PersonEntry]:
    """The names one a line under a heading, up to the first line that is not one."""
    out: list[PersonEntry] = []
    for line in lines[start:]:
        if not _PERSON_RE.match(line) or len(line.split()) > 8:
            break
        out.append(PersonEntry(name=line))
    return out


def parse_cmis_page(text_or_html: str) -> ParseResult:
    """One MeetingDraft from a CMIS meeting page; ParseError when the page is not one or
    prints no date for its meeting."""
    source = text_or_html or ""
    if looks_like_html(source):
        source = html_to_text(source)
    lines = [ln for ln in (tidy_line(x) for x in split_lines(source)) if ln]
    at = _find_layout(lines)
    if at is None and _flattened(lines):
        raise ParseError(
            "a CMIS meeting page whose lines are lost (flattened onto one line): its "
            "committee, date and items are read from lines of their own and are not guessed"
        )
    if at is None:
        raise ParseError(
            "not a CMIS meeting page: expected 'Meeting Details' over the committee, the "
            "date and the page's tabs (Documents, Attendance)"
        )
    head = [ln for ln in lines[at + 1 : at + 4] if not _TAB_RE.match(ln)]
    date_at = next((k for k, ln in enumerate(head) if _DATE_LINE_RE.match(ln)), None)
    meeting_date = parse_date(head[date_at]) if date_at is not None else None
    if date_at is None or date_at == 0 or meeting_date is None:
        raise ParseError(
            "a CMIS meeting page without its meeting's date: expected the committee's name "
            "and a date line ('10 Sep 2020 - 10:00') under 'Meeting Details'; no date is "
            "guessed from the rest of the page"
        )
    kind, body, warnings = kind_and_body(_LEAD_RE.sub("", head[date_at - 1]))
    start_time = time_beside_date(head[date_at])
    meeting = MeetingDraft(
        body_name=body, kind=kind, date=meeting_date, start_time=start_time, origin="web-page"
    )
    meeting.warnings.extend(warnings)
    if start_time is None:
        meeting.warnings.append("no start time on the page")
    first = lines.index(head[date_at], at + 1) + 1
    for line in lines[first : first + 4]:
        v = _VENUE_RE.match(line)
        if v:
            meeting.venue = v.group("v")
            break

    attended_at = next(
        (k for k in range(first, len(lines)) if lines[k].lower() == "attended"), None
    )
    apologies_at = next(
        (k for k in range(first, len(lines)) if lines[k].lower() == "apologies"), None
    )
    present = _people(lines, attended_at + 1) if attended_at is not None else []
    apologies = _people(lines, apologies_at + 1) if apologies_at is not None else []
    if present or apologies:
        meeting.attendance = AttendanceDraft(present=present, apologies=apologies)
    skip = {
        k
        for s in (attended_at, apologies_at)
        if s is not None
        for k in range(s, s + 1 + len(_people(lines, s + 1)))
    }

    found: list[tuple[int, str, str]] = []
    in_files = False
    restart = 0  # the first item of the agenda being read (a supplementary one restarts)
    for k in range(first, len(lines)):
        if _SUPPLEMENTARY_RE.match(lines[k]):
            # "Supplementary Agenda" then "7 pdf Petition Responses (257Kb)": the items
            # added to the agenda, numbered again from the agenda's own numbers
            restart, in_files = len(found), False
            continue
        if _DOCS_HEAD_RE.match(lines[k]) or _AGENDA_HEAD_RE.match(lines[k]):
            in_files = bool(_DOCS_HEAD_RE.match(lines[k]))
            continue
        if in_files or k in skip or _TAB_RE.match(lines[k]):
            continue
        m = _ITEM_RE.match(lines[k])
        if not m or _DATE_LINE_RE.match(lines[k]):
            continue
        title = m.group("title")
        if not (title[0].isupper() or _LINK_RE.match(title)):
            continue
        n = m.group("n")
        if restart and any(f[1] == n for f in found):
            continue  # (an item the agenda printed already)
        run = found[restart:]
        last = _int(run[-1][1]) if run else 0
        if run and (
            _int(n) < last or _int(n) - last > MAX_JUMP or (_int(n) == last and n <= run[-1][1])
        ):
            continue
        if not found and _int(n) > MAX_JUMP:
            continue
        found.append((k, n, title))
    if not found:
        meeting.warnings.append("no numbered items found on the page")
    for j, (k, n, title_raw) in enumerate(found):
        end = found[j + 1][0] if j + 1 < len(found) else len(lines)
        title, ref = _link_title(title_raw)
        item = ItemDraft(number=n, title=_SIZE_RE.sub("", title).strip())
        if ref is not None:
            ref.kind = "report"
            item.documents.append(ref)
        text: list[str] = []
        for q in range(k + 1, end):
            line = lines[q]
            if q in skip or _TAB_RE.match(line):
                continue
            _, dref = _link_title(line)
            if dref is not None:
                dref.kind = "additional"
                item.documents.append(dref)
                continue
            text.append(line)
        paras = text  # a web page prints a paragraph a line
        item.agenda_text = join_paragraphs(paras)
        if any(re.match(r"(?i)resolved\b", p) for p in paras):
            item.resolutions = extract_resolutions(paras)
        meeting.items.append(item)
    return ParseResult(meetings=[meeting], source_kind="moderngov-page", warnings=[])
