"""A ModernGov issue history ("Issue - meetings", ieIssueDetails.aspx): the meetings one
issue went to, each under a line such as

    Meeting: 14/03/2023 - Cabinet (Item 4:)

followed by the item's title as the meeting's agenda printed it, and its minutes or its
"Decision:". Each such line is one meeting with the one item; the page names no other
item of those meetings, so nothing else of them is read.

Generic rules:

* the page is an issue history only if it says "Issue - meetings" (or "Issue - items at
  meetings") near its top and holds at least one "Meeting: DATE - BODY" line; a page
  without such a line (its heading lost when saved) dates no meeting and is refused by
  the other parsers, as before;
* the date is the line's day/month/year; the body is the words between the dash and the
  bracketed item number; a line whose date cannot be read gives no meeting (nothing is
  guessed) and a warning;
* the item's number is the line's ("Item 52", "Item 4:"); its title is the first line
  after it, without a repeated number or a document's "pdf icon PDF 164 KB";
* a "Decision:" block is the meeting's decision; otherwise decisions are the RESOLVED
  blocks of the minutes, or sentences that say the meeting agreed or approved.

Pure: text (or HTML) in, drafts out; ``ParseError`` for anything else.
"""

from __future__ import annotations

import re
from datetime import date

from moot.ingest.drafts import ItemDraft, MeetingDraft, ParseError, ParseResult
from moot.ingest.parse.common import (
    agreed_decisions,
    extract_resolutions,
    html_to_text,
    join_paragraphs,
    looks_like_html,
    paragraphs,
    split_document_ref,
    split_lines,
    tidy_body_name,
    tidy_line,
)
from moot.ingest.parse.unflatten import flat_title

_TITLE_RE = re.compile(r"^issue\s*-\s*(?:items\s+at\s+)?meetings$", re.IGNORECASE)
_MEETING_RE = re.compile(
    r"^meeting\s*:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*-\s*(?P<body>.+?)"
    r"\s*(?:\(\s*item\s+(?P<num>[\w.]+?)[.:]?\s*\))?\s*$",
    re.IGNORECASE,
)
_MARKER_RE = re.compile(r"^(?P<label>decision|minutes)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)


_FLAT_BREAKS_RE = re.compile(
    r"\s+(?=meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}|(?:decision|minutes)\s*:)"
    r"|(?<=\bmeetings)\s+|(?<=\))\s+(?=\S)",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    """The page's lines; a page whose lines were lost (no "Meeting:" line starts one) is
    broken before each "Meeting:" and "Decision:" or "Minutes:" label, and after each
    bracket (the item number that ends a "Meeting:" line)."""
    source = html_to_text(text) if looks_like_html(text) else text
    lines = [tidy_line(ln) for ln in split_lines(source)]
    if any(_MEETING_RE.match(ln) for ln in lines):
        return lines
    flat = _FLAT_BREAKS_RE.sub("\n", " ".join(source.split()))
    return [tidy_line(ln) for ln in split_lines(flat)]


def looks_like_issue_history(text: str) -> bool:
    """An "Issue - meetings" page with at least one dated "Meeting:" line."""
    lines = [ln for ln in _lines(text or "") if ln]
    return any(_TITLE_RE.match(ln) for ln in lines[:8]) and any(
        _MEETING_RE.match(ln) for ln in lines
    )


def _item(number: str, block: list[str]) -> ItemDraft:
    """The one item of a meeting: its title line, then its minutes or decision."""
    lines = [ln for ln in block if ln]
    title = lines[0] if lines else ""
    if number:
        title = re.sub(rf"^{re.escape(number)}\.?\s+", "", title)
    title, ref = split_document_ref(title)
    if (ref is None and len(title) > 150) or len(lines) == 1:
        title = flat_title(title)  # flattened: the title runs into the text
    item = ItemDraft(number=number, title=title)
    sections: dict[str, list[str]] = {"agenda": [], "minutes": [], "decision": []}
    section = "agenda"
    for line in block[1:] if block and block[0] else block:
        m = _MARKER_RE.match(line)
        if m:
            section = m.group("label").lower()
            if m.group("rest"):
                sections[section].append(m.group("rest"))
            continue
        sections[section].append(line)
    decision = paragraphs(sections["decision"])
    minutes = paragraphs(sections["minutes"]) or paragraphs(sections["agenda"])
    item.minutes_text = join_paragraphs(decision or minutes)
    if decision:
        item.minutes_label = "Decision"
        item.resolutions = extract_resolutions(decision) or [" ".join(decision)]
    else:
        item.resolutions = extract_resolutions(minutes) or agreed_decisions(" ".join(minutes))
    return item


def parse_issue_history(text: str) -> ParseResult:
    """Parse an issue history (see the module docstring)."""
    lines = _lines(text or "")
    starts = [(i, _MEETING_RE.match(ln)) for i, ln in enumerate(lines)]
    starts = [(i, m) for i, m in starts if m]
    if not starts or not looks_like_issue_history(text):
        raise ParseError(
            "not an issue history: expected 'Issue - meetings' and a line such as "
            "'Meeting: 14/03/2023 - Cabinet (Item 4)'"
        )
    meetings: list[MeetingDraft] = []
    warnings: list[str] = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        try:
            day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            warnings.append(f"{lines[i]!r}: not a date; that meeting is not read")
            continue
        meeting = MeetingDraft(
            body_name=tidy_body_name(m.group("body")), date=day, origin="web-page"
        )
        block = lines[i + 1 : end]
        while block and not block[0]:
            block.pop(0)
        meeting.items.append(_item(m.group("num") or "", block))
        meeting.warnings.append(
            "an issue history: only this issue's item of the meeting is on the page"
        )
        meetings.append(meeting)
    if not meetings:
        raise ParseError("the issue history dates none of its meetings")
    return ParseResult(meetings, "moderngov-page", warnings)
