"""Parsers: one source document in, drafts out (see ``moot.ingest.drafts``).

``detect_kind(text)`` says which parser fits; ``parse_document(text)`` runs it. Both take
the document's text (or, for a web page, its HTML). Every parser returns a ``ParseResult``
or raises ``ParseError``; nothing here touches the database.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import ParseError, ParseResult, SourceKind
from moot.ingest.parse.agenda_notice import (
    looks_like_agenda_notice,
    parse_agenda_notice,
    summons_over_agenda,
)
from moot.ingest.parse.agenda_pack import parse_agenda_pack
from moot.ingest.parse.cmis_page import looks_like_cmis_page
from moot.ingest.parse.common import (
    council_kind,
    html_to_text,
    looks_like_html,
    split_lines,
    tidy_line,
)
from moot.ingest.parse.decision_records import refuse_a_period
from moot.ingest.parse.issue_history import looks_like_issue_history
from moot.ingest.parse.moderngov_page import (
    _RECORD_TITLE_RE,
    MARKER_RE,
    find_heading,
    items_table_follows,
    join_split_heading,
    parse_moderngov_page,
)
from moot.ingest.parse.moderngov_xml import is_xml, looks_like_moderngov_xml, parse_moderngov_xml
from moot.ingest.parse.name_lists import people_only
from moot.ingest.parse.page_unflatten import unflatten_page, unflatten_record_page
from moot.ingest.parse.printed_minutes import looks_like_printed_minutes, parse_printed_minutes
from moot.ingest.parse.saved_text import (
    line_ends,
    looks_like_markdown,
    markdown_text,
    plain_words,
    unwrapped,
)
from moot.ingest.parse.site_chrome import DATED_TITLE_RE, strip_site_chrome

__all__ = [
    "ParseError",
    "ParseResult",
    "detect_kind",
    "keep_people_only",
    "mark_kind_only",
    "refuse_title_lists",
    "parse_agenda_notice",
    "parse_agenda_pack",
    "parse_document",
    "parse_moderngov_page",
    "parse_moderngov_xml",
    "parse_pack_or_minutes",
    "parse_printed_minutes",
    "without_site_chrome",
]

_PAGE_TITLE_RE = re.compile(
    r"^(?:agenda(?:,?\s+(?:decisions|draft minutes|minutes))*(?:\s+and\s+(?:draft\s+)?"
    r"(?:minutes|decisions))?|decisions|minutes|agenda item|issue\s*[-–—]\s*items at meetings)$",
    re.IGNORECASE,
)
_PACK_LABEL_RE = re.compile(r"^(?:date|time|venue|location|place)\s*:", re.IGNORECASE)
_PAGES_RE = re.compile(r"\(\s*pages?\s+\d+", re.IGNORECASE)
# ModernGov's markup: its pages' addresses and its class names ("mgHeading", "mgSubTitle")
MODERNGOV_MARKUP_RE = re.compile(
    r"(?i)\b(?:mgAi|ieListDocuments|ieListMeetings|mgMeetingAttendance|mgIssueHistory\w*|"
    r"ieIssueDetails|mgCommitteeDetails|mgDecisionDetails|ieDecisionDetails)\.aspx|"
    r"class=[\"']mg[A-Z]|moderngov"
)
_MINUTES_HEAD_RE = re.compile(r"^minutes\s+of\s+(?:the|a)\s+.*meeting", re.IGNORECASE)


def without_site_chrome(text: str) -> str:
    """A plain text's own lines, in the form the readers expect (``saved_text``: LF line
    ends, ligatures spelt out, spaces as spaces, entities read, a text wrapped at a width
    put back into paragraphs), without the website saved round it (``site_chrome``: menus, breadcrumbs, cookie notices, "Posted on DATE" lines, a
    footer). A web page's HTML is read as the text it shows (``page_text``), and Markdown
    as the text it shows (``markdown_text``), then as any text; XML is left to its reader, its line ends LF."""
    source = line_ends(text or "")
    if is_xml(source) or looks_like_moderngov_xml(source):
        return source
    if looks_like_html(source):
        source = page_text(source)
    source = plain_words(source)
    if looks_like_markdown(source):
        source = markdown_text(source)
    # (a wrapped text's width is judged on its own lines, the website's taken off first)
    return unwrapped(strip_site_chrome(source))


# a line break inside a block of a web page ("<br>"), kept apart from the blocks' own breaks
_BR_RE = re.compile(r"(?i)<br\s*/?>")
_LINE_SEP = "\u2028"


def page_text(html: str) -> str:
    """The text a web page shows (``html_to_text``), as the readers read a text: where the
    page breaks lines inside its paragraphs ("Present:<br>Cllr A<br>Cllr B"), each line of a
    paragraph on a line of its own and the paragraphs apart by a blank line; where it does
    not, each block (a paragraph, a heading, a list's item, a table's cell) on a line of its
    own, and a block left empty ("<p>&nbsp;</p>") a blank line."""
    text = html_to_text(_BR_RE.sub(_LINE_SEP, html))
    if _LINE_SEP in text:
        return re.sub(r"[ \t]*\u2028[ \t]*", "\n", text)
    return re.sub(r"\n[ \t]*\n", "\n", text)


def detect_kind(text: str) -> SourceKind | None:
    """ "moderngov-page", "agenda-pack", "moderngov-xml", "printed-minutes",
    "agenda-notice" or None, from the text (or HTML) alone. Any XML document goes to the web-service parser, which refuses one that is not a
    ModernGov response, naming what it expected."""
    # (ModernGov's own HTML with a meeting's heading is a ModernGov page: judged on the file
    # as given, before its HTML is read as text; another site's page of minutes is not)
    raw = line_ends(text or "")
    html = looks_like_html(raw) and bool(MODERNGOV_MARKUP_RE.search(raw))
    source = without_site_chrome(text or "")
    if looks_like_moderngov_xml(source) or is_xml(source):
        return "moderngov-xml"
    if looks_like_issue_history(source):
        return "moderngov-page"  # an issue history is a ModernGov page too
    if looks_like_cmis_page(source):
        return "moderngov-page"  # a CMIS meeting page is read by the page reader
    # (a record page flattened onto one line, "Meeting documents Cabinet Thursday, ...",
    # and a meeting page flattened, "Agenda and minutes Council Wednesday, ...", are judged
    # on the lines they are put back on)
    source = unflatten_record_page(source) or unflatten_page(source) or source
    lines = join_split_heading([tidy_line(ln) for ln in split_lines(source)])
    lines = [ln for ln in lines if ln]
    head = lines[:80]
    heading = find_heading(head) is not None
    page_title = any(_PAGE_TITLE_RE.match(ln) or _RECORD_TITLE_RE.match(ln) for ln in head[:15])
    page_title = page_title or (heading and items_table_follows(head))
    markers = sum(1 for ln in lines if MARKER_RE.match(ln) and len(ln) < 120)
    if heading and not markers and not html and summons_over_agenda(source):
        return "agenda-notice"  # a summons over its agenda, whose dated lines are no heading
    if heading and (markers or page_title or html):
        return "moderngov-page"
    if page_title and markers:
        # A ModernGov page saved without its heading: the ModernGov parser refuses it by
        # name rather than another parser reading an item's "Minutes of ... on DATE" line
        # as the meeting's heading.
        return "moderngov-page"
    labels = sum(1 for ln in lines[:120] if _PACK_LABEL_RE.match(ln))

    pages = sum(1 for ln in lines if _PAGES_RE.search(ln))
    agenda = any(re.fullmatch(r"(?i)agenda", ln) for ln in lines[:400])
    minutes = any(_MINUTES_HEAD_RE.match(ln) for ln in lines)
    if (labels >= 2 and (agenda or pages)) or (labels >= 1 and pages >= 1) or minutes:
        return "agenda-pack"
    if _labelled_agenda_page(lines):
        return "agenda-pack"
    # Minutes printed on their own in another template (or flattened onto one line).
    if looks_like_printed_minutes(source):
        return "printed-minutes"
    # A notice of a meeting with its numbered business ("A meeting of X will be held ...
    # on DATE"): read only where no other kind fits, so no document another parser reads
    # changes hands.
    if looks_like_agenda_notice(source):
        return "agenda-notice"
    return None


_NUMBERED_LINE_RE = re.compile(r"^\d{1,3}(?:\.0)?\.?\s+[A-Z]")


def _labelled_agenda_page(lines: list[str]) -> bool:
    """A committee's agenda as a web page prints it with no "Agenda" line: its name over
    "Date:", "Time:" and "Location:" (or "Venue:") labels, each on a line of its own near the
    top, then three numbered items or more."""
    top = lines[:40]
    found = {
        m.group(1).lower()
        for ln in top
        if (m := re.match(r"(?i)^(date|time|venue|location)\s*:", ln))
    }
    if not ({"date", "time"} <= found and found & {"venue", "location"}):
        return False
    return sum(1 for ln in lines if _NUMBERED_LINE_RE.match(ln)) >= 3


def _people_count(meeting) -> int:
    """How many people a meeting's draft lists as present, absent or attending."""
    a = meeting.attendance
    return len(a.present) + len(a.apologies) + len(a.in_attendance) if a else 0


def parse_pack_or_minutes(text: str) -> ParseResult:
    """An agenda pack (or minutes in the pack's template); minutes the pack parser cannot
    read ("Minutes of the Statutory Annual Meeting of X held via Zoom on ...") are read as
    printed minutes of another template. A record of decisions taken over several days is
    refused (see ``decision_records``)."""
    refuse_a_period(html_to_text(text) if looks_like_html(text) else text)
    try:
        pack = parse_agenda_pack(text)
    except ParseError:
        if not looks_like_printed_minutes(text):
            raise
        return parse_printed_minutes(text)
    if (
        pack.meetings
        # (several: a year's minutes in one file, each read as minutes in a pack)
        and all(m.origin == "minutes-in-pack" for m in pack.meetings)
        and looks_like_printed_minutes(text)
    ):
        # minutes alone (no front sheet): the printed-minutes reader is used when it reads
        # the same meeting and finds more of its minutes
        try:
            printed = parse_printed_minutes(text)
        except ParseError:
            return pack
        a, b = pack.meetings[0], printed.meetings[0]
        if a.date == b.date and len(printed.meetings) > 1:
            # a year's minutes in one file: the printed-minutes reader reads each meeting as
            # its own, up to the next one's heading (never at an item's "To approve the" then
            # another meeting's heading, which the pack's reader takes for a meeting)
            return printed
        if len(pack.meetings) > 1:
            return pack
        if a.date is None and b.date is not None:
            # the pack's reader found minutes but not their date ("... held on" at a line's
            # end, the date on the next): the printed-minutes reader, which read it, is used
            return printed
        if a.date == b.date and (len(b.items), _people_count(b)) > (
            len(a.items),
            _people_count(a),
        ):
            return printed
    return pack


def keep_people_only(result: ParseResult) -> ParseResult:
    """Every attendance list of every meeting without the entries that name only an
    office ("officer", "the Clerk"): whichever parser read a list, a role word is never
    imported as a person (the importer never invents)."""
    for meeting in result.meetings:
        a = meeting.attendance
        if a is None:
            continue
        for name in ("present", "apologies", "standing_invitees", "in_attendance"):
            setattr(a, name, people_only(getattr(a, name)))
    return result


# Readers of a document's own heading; a ModernGov page or web service names its committee as
# the council's system does ("Council"), which is that body's own name, not a heading's kind.
_HEADING_READERS = ("printed-minutes", "agenda-notice", "agenda-pack")


def mark_kind_only(result: ParseResult) -> ParseResult:
    """Each meeting whose heading names only the kind of council ("Minutes of the Parish
    Council meeting held on ...") says so (``body_kind_only``), its body's name being that
    kind ("Parish Council"): whose council it is, is for the importer to decide
    (docs/contract.md), never guessed from the text."""
    if result.source_kind not in _HEADING_READERS:
        return result
    for meeting in result.meetings:
        kind = council_kind(meeting.body_name)
        if kind:
            meeting.body_name, meeting.body_kind_only = kind, True
    return result


def parse_document(text: str) -> ParseResult:
    """Detect the kind of document and parse it."""
    parsed = _parse_document(text)
    refuse_title_lists(parsed, text)
    return mark_kind_only(keep_people_only(parsed))


# how many dated titles make a list of documents
TITLE_LIST_LEAST = 3


def refuse_title_lists(parsed: ParseResult, text: str) -> None:
    """Refuse a page that lists several documents' titles and holds no meeting's business:
    a site's "Similar documents" or an index of minutes ("Minutes of the Meeting of X Parish
    Council held on 22nd October 2018", "Agenda for the meeting of Y on 9 January 2020", ...)
    read as the minutes of the first title's meeting would be a meeting nobody recorded there.
    A reading with no item and nobody present or sending apologies, in a text with
    ``TITLE_LIST_LEAST`` or more different dated titles of minutes, agendas or notes, is
    refused (``ParseError``)."""
    for meeting in parsed.meetings:
        att = meeting.attendance
        if meeting.items or (att is not None and (att.present or att.apologies)):
            return
    matches = (DATED_TITLE_RE.match(line.strip()) for line in (text or "").splitlines())
    titles = {" ".join(m.group(0).split()).lower() for m in matches if m}
    if len(titles) >= TITLE_LIST_LEAST:
        raise ParseError(
            f"lists the titles of {len(titles)} documents (minutes or agendas of several "
            "meetings) and records no meeting's business: a list of documents, not one "
            "meeting's minutes or agenda"
        )


def _parse_document(text: str) -> ParseResult:
    kind = detect_kind(text)
    text = without_site_chrome(text)
    if kind == "moderngov-page":
        return parse_moderngov_page(text)
    if kind == "agenda-pack":
        return parse_pack_or_minutes(text)
    if kind == "moderngov-xml":
        return parse_moderngov_xml(text)
    if kind == "printed-minutes":
        return parse_printed_minutes(text)
    if kind == "agenda-notice":
        return parse_agenda_notice(text)
    raise ParseError(
        "not a document Moot can read: expected an agenda pack (a front sheet with "
        "'Date:' and an agenda) or a ModernGov meeting page ('Committee - Thursday, "
        "1 April 2021 10:00 am' with items)"
    )
