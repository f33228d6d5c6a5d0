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
    WEEKDAY_RE,
    agreed_decisions,
    extract_resolutions,
    html_to_text,
    join_paragraphs,
    looks_like_html,
    paragraphs,
    parse_date,
    split_document_ref,
    split_lines,
    tidy_body_name,
    tidy_line,
)
from moot.ingest.parse.unflatten import flat_title

_TITLE_RE = re.compile(r"^issue\s*[-–—]\s*(?:items\s+at\s+)?meetings$", re.IGNORECASE)
_MEETING_RE = re.compile(
    r"^meeting\s*:\s*(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})|(?P<when>(?:"
    + WEEKDAY_RE
    + r"),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,10},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[a-z]{3,10},?\s+\d{4}))\s*[-–—]\s*(?P<body>.+?)"
    r"\s*(?:\(\s*item\s+(?P<num>[\w.]+?)[.:]?\s*\))?\s*$",
    re.IGNORECASE,
)
# the page's title comes before this many lines (a saved page's menu lines above it)
TITLE_WITHIN = 30
_MARKER_RE = re.compile(r"^(?P<label>decision|minutes)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)


_FLAT_BREAKS_RE = re.compile(
    r"\s+(?=meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}|(?:decision|minutes)\s*:)"
    # the page's title after a site's words ("How can we help you... Issue - meetings")
    r"|\s+(?=issue\s*[-–—]\s*(?:items\s+at\s+)?meetings\b)"
    r"|(?<=\bmeetings)\s+|(?<=\))\s+(?=\S)",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    """The page's lines; a page whose lines were lost (no "Meeting:" line starts one) is
    broken before each "Meeting:" and "Decision:" or "Minutes:" label and before the
    page's title "Issue - meetings" (a site's words may come first), and after each
    bracket (the item number that ends a "Meeting:" line)."""
    source = html_to_text(text) if looks_like_html(text) else text
    lines = [tidy_line(ln) for ln in split_lines(source)]
    if any(_MEETING_RE.match(ln) or _MADE_AT_RE.match(ln) for ln in lines):
        return lines
    joined = " ".join(source.split())
    opening = _FLAT_DETAILS_RE.match(joined)
    if opening:
        return _details_lines(joined, opening.end())
    flat = _FLAT_BREAKS_RE.sub("\n", joined)
    return [tidy_line(ln) for ln in split_lines(flat)]


# a decision's details page run onto one line opens with its title "Decision details"
_FLAT_DETAILS_RE = re.compile(r"(?i)\s*decision\s+details\b")


def _details_lines(joined: str, start: int) -> list[str]:
    """A decision's details page run onto one line, its lines put back: "Decision details"
    first, then a line before each of the page's labels ("Decision status:", "Decision:",
    "Decided at meeting:"), the labels found left to right, each whole ("Is Key decision?:"
    one label, not "Is" and "decision?:")."""
    lines = [joined[:start]]
    at = start
    for m in _DETAILS_LABEL_FIND_RE.finditer(joined, start):
        lines.append(joined[at : m.start()])
        at = m.start()
    lines.append(joined[at:])
    return [tidy_line(ln) for ln in lines]


# A decision's details page (mgDecisionDetails.aspx): "Decision details" over the
# decision's title, its labels ("Decision Maker: Cabinet", "Decision:") and the meeting it
# was made at, "Decided at meeting: 13/02/2020 - Cabinet" ("Made at meeting:")
_DETAILS_TITLE_RE = re.compile(r"(?i)^decision\s+details$")
_MADE_AT_RE = re.compile(
    r"(?i)^(?:decided|made|taken)\s+at\s+meeting\s*:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/"
    r"(?P<y>\d{4})\s*[-–—]\s*(?P<body>\S.*?)\s*$"
)
# a label of the page's fields ("Decision status: ...", "Reasons for the decision:"), which
# ends the "Decision:" block
_DETAILS_LABELS = (
    r"(?:decision\s+maker|decision\s+status|decision\s+type|is\s+key\s+decision\??|"
    r"is\s+subject\s+to\s+call\s*-?\s*in\??|purpose|decision|reasons?\s+for\s+the\s+decision|"
    r"alternative\s+options\s+considered|interests?\s+and\s+nature\s+of\s+interests?\s+declared|"
    r"reason\s+key|wards?\s+affected|lead\s+officer|report\s+author|publication\s+date|"
    r"date\s+of\s+decision|effective\s+from|call\s*-?\s*in\s+deadline|(?:decided|made|taken)\s+at\s+"
    r"meeting|accompanying\s+documents|contact|directorate|portfolio[\w\s]*|divisions?\s+affected|"
    r"source\s+of\s+the\s+decision|urgent\s+item\??|key\s+decision)"
)
_DETAILS_LABEL_RE = re.compile(r"(?i)^" + _DETAILS_LABELS + r"\s*\??\s*:\s*(?P<rest>.*)$")
# the same labels anywhere in a line (a page run onto one line), a word's start before each
_DETAILS_LABEL_FIND_RE = re.compile(r"(?i)(?<![\w-])" + _DETAILS_LABELS + r"\s*\??\s*:")


def looks_like_decision_details(lines: list[str]) -> bool:
    """A "Decision details" page naming the meeting the decision was made at."""
    seen = [ln for ln in lines if ln]
    return any(_DETAILS_TITLE_RE.match(ln) for ln in seen[:TITLE_WITHIN]) and any(
        _MADE_AT_RE.match(ln) for ln in seen
    )


def parse_decision_details(lines: list[str]) -> ParseResult:
    """One meeting (the date and body of "Decided at meeting:") with the one item decided:
    its title is the line under "Decision details", its "Decision:" block the item's
    decision. The item's number is not printed on such a page, so it has none."""
    seen = [ln for ln in lines if ln]
    made = next(m for ln in seen if (m := _MADE_AT_RE.match(ln)))
    try:
        day = date(int(made.group("y")), int(made.group("m")), int(made.group("d")))
    except ValueError as exc:
        raise ParseError(f"{made.group(0)!r}: not a date of a meeting") from exc
    at = next(i for i, ln in enumerate(seen) if _DETAILS_TITLE_RE.match(ln))
    # the decision's title is the line right under "Decision details"; a page saved
    # without it has one of its labels there ("Decision status: ..."), and no line further
    # down (the decision's own words) is taken for the title
    under = seen[at + 1] if at + 1 < len(seen) else ""
    # a line opening "RESOLVED" is a decision's words, not its title
    words = not under or _DETAILS_LABEL_RE.match(under) or re.match(r"(?i)resolved\b", under)
    title = "" if words else under
    title, _ref = split_document_ref(title)
    decision: list[str] = []
    inside = False
    for ln in seen[at + 1 :]:
        label = _DETAILS_LABEL_RE.match(ln)
        if label:
            inside = ln.lower().startswith("decision:") or ln.lower().startswith("decision :")
            if inside and label.group("rest"):
                decision.append(label.group("rest"))
            continue
        if inside:
            decision.append(ln)
    item = ItemDraft(number="", title=title)
    paras = paragraphs(decision)
    if paras:
        item.minutes_label = "Decision"
        item.minutes_text = join_paragraphs(paras)
        item.resolutions = extract_resolutions(paras) or [" ".join(paras)]
    meeting = MeetingDraft(
        body_name=tidy_body_name(made.group("body")), date=day, origin="web-page"
    )
    if title:
        meeting.items.append(item)
        meeting.warnings.append(
            "a decision's details: only this decision's item of the meeting is on the page, "
            "with no item number"
        )
    else:
        meeting.warnings.append(
            "a decision's details saved without the decision's title (a label under "
            "'Decision details'): its item has neither title nor number here, so none is "
            "imported"
        )
    return ParseResult([meeting], "moderngov-page", [])


def looks_like_issue_history(text: str) -> bool:
    """An "Issue - meetings" page with at least one dated "Meeting:" line, or a decision's
    details page naming its meeting ("Decided at meeting: DATE - BODY")."""
    lines = [ln for ln in _lines(text or "") if ln]
    if looks_like_decision_details(lines):
        return True
    return any(_TITLE_RE.match(ln) for ln in lines[:TITLE_WITHIN]) and any(
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


def meeting_date(m: re.Match[str]) -> date | None:
    """The date of a "Meeting:" line: "14/03/2023" (day first) or "Tuesday, 14th March,
    2023"; None when it is no date."""
    if m.group("when"):
        return parse_date(m.group("when"))
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def parse_issue_history(text: str) -> ParseResult:
    """Parse an issue history (see the module docstring), or a decision's details page."""
    lines = _lines(text or "")
    if looks_like_decision_details(lines):
        return parse_decision_details(lines)
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
        day = meeting_date(m)
        if day is None:
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
