"""Parse a ModernGov "Agenda and minutes" (or "Agenda", "Decisions") web page.

Accepts the saved HTML or its text. The page looks like::

    Agenda and minutes
    [Special Meeting, ]Health and Wellbeing Board - Thursday, 25 March 2021 10:00 am
    Venue: Meeting taking place on Zoom
    Contact: Jo Bloggs, Tel 0116 454 6356
    Media
    Items
    No. Item
    17.
    WELCOME
    <agenda text>
    Additional documents:
    <document lines: "Title pdf icon PDF 120 KB">
    Minutes:            (or "Decision:")
    <minutes text, possibly cut: "...  view the full minutes text for item 17.">
    18.
    ...

Items are numbered lines standing alone (as ModernGov's item table renders), or, failing
any, lines "17. TITLE". Item numbers must increase; a number that goes backwards is text.
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
    LINK_RE,
    WEEKDAY_RE,
    agreed_decisions,
    council_under_kind_title,
    extract_resolutions,
    find_close_time,
    find_dates,
    html_to_text,
    item_order,
    join_paragraphs,
    kind_and_body,
    looks_like_html,
    paragraphs,
    parse_contact,
    parse_date,
    split_document_ref,
    split_lines,
    tidy_line,
    time_beside_date,
)
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.page_unflatten import (
    is_flat_page,
    unflatten_page,
    unflatten_record_page,
)
from moot.ingest.parse.people import find_presenters, learn_places, parse_apologies

HEADING_RE = re.compile(
    r"^(?P<pre>.+?)\s+[-–—]\s+(?P<when>(?:" + WEEKDAY_RE + r"),?\s+\S.*|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,10},?\s+\d{4}.*)$",
    re.IGNORECASE,
)
EXPECTED_HEADING = "a heading like 'Committee name - Thursday, 1 April 2021 10:00 am'"
MARKER_RE = re.compile(
    r"^(?P<label>Additional documents|Supporting documents|Documents|Minutes|Minute|"
    r"Decisions?|Record of decisions?)\s*:-?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
NUMBER_LINE_RE = re.compile(r"^(?:Item\s+)?(?P<n>\d{1,3}[a-z]?)\.?$", re.IGNORECASE)
NUMBER_INLINE_RE = re.compile(r"^(?P<n>\d{1,3}[a-z]?)\.\s+(?P<title>\S.{1,300})$")
PARTIAL_RE = re.compile(
    r"\s*(?:\.{3}|…)?\s*view the full (?:minutes|decision|decisions|minute) text for item\s*"
    r"[\w.]*\.?\s*$",
    re.IGNORECASE,
)
LABEL_RE = r"(?:venue|place|location|where)"
CONTACT_LABEL_RE = re.compile(
    r"^(?:contact|contact officer|officer contact|enquiries to)\s*:\s*(?P<v>.*)$", re.I
)


def _int(n: str) -> int:
    return item_order(n)[0]


# after the first item, a number further on than this is read as text (a table cell, say)
MAX_JUMP = 5


MAX_NAME_WORDS = 14
# "(a) Council – 25 February 2015": a line of a list inside an item, not the page's heading
# "(a) ", "(1) ", "a. ", or a bullet ("- ", as tidy_line prints one)
LIST_MARKER_RE = re.compile(r"^(?:\(?[a-z]{1,4}\)|\(\d{1,3}\)|[a-z]\.|[-–•])\s", re.IGNORECASE)


def find_heading(lines: list[str]) -> int | None:
    """The index of the page's heading ("Committee - Thursday, 1 April 2021 10:00 am"), or
    None. The heading comes before the page's items: a heading-shaped line after the first
    "Minutes:"/"Decision:" marker or the items' table head, or one that begins with a list
    marker ("(a) Council - 25 February 2015"), names another meeting inside an item. A line
    naming only a kind of document ("Minutes – 12th March 2019") names no committee."""
    for i, line in enumerate(lines):
        if MARKER_RE.match(line) or re.fullmatch(r"(?i)items|no\.?\s+item", line):
            return None
        if LIST_MARKER_RE.match(line):
            continue
        m = HEADING_RE.match(line)
        # a committee's name is a few words, not a sentence that ends in a date
        if (
            m
            and find_dates(line)
            and len(m.group("pre").split()) <= MAX_NAME_WORDS
            and not _SPAN_START_RE.search(m.group("pre"))
            and not _DOCUMENT_WORD_RE.fullmatch(m.group("pre").strip())
        ):
            return i
    return None


# "Minutes – 12th March 2019" (a page's title, often under a site's menu whose "Minutes"
# looks like ModernGov's page title): the name of a kind of document, no committee's
_DOCUMENT_WORD_RE = re.compile(r"(?i)(?:draft\s+|approved\s+)?(?:minutes|agenda|notes)")


# "MINUTES FROM TOWN COUNCIL MEETINGS 1ST APRIL 2011 - 31ST MARCH 2012": a full date before
# the dash, a period's start (its dash and end date are no meeting's heading)
_SPAN_START_RE = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,10},?\s+\d{4}\s*$")


_find_heading = find_heading

# ModernGov's table of items begins "Items" over "No. Item" (or "No. Item" alone)
_ITEMS_HEAD_RE = re.compile(r"(?i)^no\.?\s+item$")
ITEMS_HEAD_LOOK = 12


def items_table_follows(lines: list[str]) -> bool:
    """True where the page's heading (``find_heading``) is followed, within
    ``ITEMS_HEAD_LOOK`` non-empty lines, by ModernGov's items table head "No. Item": the
    page is a ModernGov meeting page even when its title ("Agenda") was saved as the last
    entry of the site's menu ("- Agenda") and no item has a "Minutes:" label yet."""
    h = find_heading(lines)
    if h is None:
        return False
    after = [ln for ln in lines[h + 1 :] if ln][:ITEMS_HEAD_LOOK]
    # a page flattened onto one line: its heading's line holds the table head too
    return any(_ITEMS_HEAD_RE.match(ln) for ln in after) or is_flat_page("\n".join(lines))


# "Meeting documents" (a CMIS-style page of a meeting's documents and record), or a
# ModernGov page title, over the committee's name and its date on lines of their own:
#     Meeting documents
#     Licensing Committee (2005-2015)
#     Thursday, 15th September, 2005 7.30 pm
_RECORD_TITLE_RE = re.compile(
    r"(?i)^(?:meeting documents|agenda(?:,? (?:decisions|minutes))*"
    r"(?: and (?:draft )?(?:minutes|decisions))?)$"
)
_DATE_LINE_RE = re.compile(
    r"(?i)^(?:" + WEEKDAY_RE + r"),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,10},?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?$"
)
_NAME_LINE_RE = re.compile(r"^[A-Z][\w&'’,-]*(?:\s+[\w&'’,-]+){0,13}(?:\s+\(\d{4}\s*-\s*\d{4}\))?$")
# A committee's name with a word or words in brackets, as joint committees are named:
# "Joint Executive (Cabinet) Committee", "Area Planning Committee (South and West)",
# "Joint Committee (St. Albans & Dacorum)"; the brackets balanced, none inside another
_BRACKETED_NAME_RE = re.compile(r"^[A-Z][\w&'’.,-]*(?:\s+\(?[\w&'’.,-]+\)?){0,15}$")


def committee_name_line(text: str) -> bool:
    """True for a line that is only a committee's name: capitalised words (at most 16),
    '&', full stops and words in balanced brackets allowed ("Joint Executive (Cabinet)
    Committee"); a date in it makes it no name."""
    if _NAME_LINE_RE.match(text):
        return True
    if not _BRACKETED_NAME_RE.match(text) or "(" not in text:
        return False
    depth = 0
    for c in text:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth not in (0, 1):
            return False
    return depth == 0


_TABLE_HEAD_RE = re.compile(
    r"(?i)^(?:item\s*description\s*resolution|min\s*no\s*description\s*resolution)$"
)


# ModernGov's page title saved as the page's first line: "Agenda for Cabinet on Monday 25
# June 2018, 6.00 pm" (also "Agenda, decisions and minutes for ...")
_TITLE_HEADING_RE = re.compile(
    r"(?i)^agenda(?:,? (?:decisions|minutes))*(?: and (?:draft )?(?:minutes|decisions))?"
    r"\s+for\s+(?P<name>\S.*?)\s+on\s+(?P<when>(?:" + WEEKDAY_RE + r"),?\s+\d.*)$"
)


def _title_heading(line: str) -> str | None:
    """ "Agenda for Cabinet on Monday 25 June 2018, 6.00 pm" as the heading "Cabinet -
    Monday 25 June 2018, 6.00 pm"; None for any other line."""
    m = _TITLE_HEADING_RE.match(line)
    if not m or not committee_name_line(m.group("name")) or find_dates(m.group("name")):
        return None
    # "Agenda for the next meeting on ...", "Agenda for Next Meeting on ...": no body named
    if re.match(r"(?i)(?:the|a|an|next|this|our|each|every)\b", m.group("name")):
        return None
    if not _DATE_LINE_RE.match(m.group("when").rstrip(" ,")):
        return None
    return f"{m.group('name')} - {m.group('when')}"


def join_split_heading(lines: list[str]) -> list[str]:
    """The lines with a heading printed over two lines under the page's title (see
    ``_RECORD_TITLE_RE``) joined as "Committee - Thursday, 15th September, 2005 7.30 pm";
    the lines as they are otherwise. Only the first lines under the title are looked at: a
    committee's name and a date further down are another meeting's."""
    text = [ln for ln in lines]
    filled = [i for i, ln in enumerate(text) if ln][:12]
    # the page's title as its first line, when no heading of its own follows it
    if filled and not any(HEADING_RE.match(text[i]) for i in filled):
        heading = _title_heading(text[filled[0]])
        if heading is not None:
            text[filled[0]] = heading
            return text
    for k, i in enumerate(filled):
        if not _RECORD_TITLE_RE.match(text[i]) or k + 2 >= len(filled):
            continue
        name, when = filled[k + 1], filled[k + 2]
        if (
            committee_name_line(text[name])
            and not find_dates(text[name])
            and not MARKER_RE.match(text[name])
            and _DATE_LINE_RE.match(text[when])
        ):
            text[name] = f"{text[name]} - {text[when]}"
            text[when] = ""
        break
    return text


# "Joint Waste Committee - Tuesday 22 October 2013 1.30 pm, CANCELLED": ModernGov prints a
# meeting that will not take place (or was put off) with the word after its time; the word
# stands apart (after a comma, a dash or in brackets, or first), never inside a name
_HEADING_STATUS_RE = re.compile(
    r"(?i)(?:^|[,(\[–—-])\s*(?P<status>cancelled|postponed)\s*[)\]]?\s*(?=$|[,–—-])"
)


def heading_status(heading: str) -> str:
    """ "cancelled" or "postponed" where a ModernGov page's heading line says so as a word
    of its own ("Committee - Tuesday 22 October 2013 1.30 pm, CANCELLED"); "" otherwise."""
    m = _HEADING_STATUS_RE.search(heading or "")
    return m.group("status").lower() if m else ""


def _label_value(lines: list[str], i: int, label_re: str) -> str | None:
    m = re.match(rf"^{label_re}\s*:\s*(?P<v>.*)$", lines[i], re.IGNORECASE)
    if not m:
        return None
    v = m.group("v").strip()
    if not v:
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j]:
                return lines[j]
    return v


# "137 Apologies for absence.": a row of a record page's item table ("Item Description
# Resolution"), its number and title run together on one line
NUMBER_ROW_RE = re.compile(r"^(?P<n>\d{1,3}[a-z]?)\s+(?P<title>[A-Z][^\n]{1,200})$")


# Item numbers with a letter prefix or a year: "L/12" and "P/142" (a committee's letter),
# "30/23" (the item, then the year), "C 10/034" and "CB 08/047" (a body's letters, the year,
# then the minute). Their order is read group by group (``slash_number_key``).
SLASH_NUMBER_RE = r"(?:[A-Z]{1,4} ?)?\d{1,4}[a-z]?/\d{1,4}[a-z]?|[A-Z]{1,4}/\d{1,4}[a-z]?"
SLASH_NUMBER_LINE_RE = re.compile(rf"^(?:Item\s+)?(?P<n>{SLASH_NUMBER_RE})\.?$")
# "C 10/034 Apologies", "C 10/034Apologies": a record table's row, number and title run together
SLASH_NUMBER_ROW_RE = re.compile(rf"^(?P<n>{SLASH_NUMBER_RE})\s*(?P<title>[A-Z][^\n]{{1,200}})$")


def slash_number_key(number: str) -> tuple[str, tuple[tuple[int, str], ...]] | None:
    """(prefix letters, ((number, letter), ...) for each group of digits) of an item number
    such as "L/12", "30/23" or "C 10/034"; None for any other text."""
    m = re.fullmatch(SLASH_NUMBER_RE, (number or "").strip())
    if not m:
        return None
    prefix = re.match(r"[A-Z]*", number.strip()).group()  # type: ignore[union-attr]
    groups = tuple((int(d), a) for d, a in re.findall(r"(\d+)([a-z]?)", number))
    return prefix, groups


def slash_number_follows(previous: str, number: str) -> bool:
    """True when ``number`` can be the item after ``previous``: the same prefix letters and
    as many groups of digits, and at the first group that differs it is higher, by at most
    ``MAX_JUMP`` ("30/23" then "31/23"; "C 10/034" then "C 10/035"; "L/12" then "L/13")."""
    a, b = slash_number_key(previous), slash_number_key(number)
    if a is None or b is None or a[0] != b[0] or len(a[1]) != len(b[1]):
        return False
    for (x, xl), (y, yl) in zip(a[1], b[1], strict=True):
        if (x, xl) == (y, yl):
            continue
        if y == x:
            return yl > xl  # "30a/23" after "30/23"
        return x < y <= x + MAX_JUMP
    return False


def _slash_items(
    lines: list[str], start: int, row_re: re.Pattern[str] | None = None
) -> list[tuple[int, str, str | None]]:
    """Items numbered "L/12", "30/23" or "C 10/034": each number alone on its line over its
    title (or, with ``row_re``, run into its title on one line), following one another."""
    found: list[tuple[int, str, str | None]] = []
    for i in range(start, len(lines)):
        if row_re is not None:
            m = row_re.match(lines[i])
            title = m.group("title") if m else None
        else:
            m = SLASH_NUMBER_LINE_RE.match(lines[i])
            title = None
            if m:
                nxt = next((lines[j] for j in range(i + 1, min(i + 6, len(lines))) if lines[j]), "")
                if not nxt or nxt[:1].islower() or SLASH_NUMBER_LINE_RE.match(nxt):
                    continue
                if MARKER_RE.match(nxt):
                    continue
        if not m:
            continue
        n = " ".join(m.group("n").split())
        if found and not slash_number_follows(found[-1][1], n):
            continue
        found.append((i, n, title))
    return found


def _table_rows(lines: list[str], start: int) -> list[tuple[int, str, str | None]]:
    """The rows of a record page's item table (``NUMBER_ROW_RE``) under its head line
    ("ItemDescriptionResolution"), numbers going up; [] where the page prints no such head."""
    head = next((i for i in range(start, len(lines)) if _TABLE_HEAD_RE.match(lines[i])), None)
    if head is None:
        return []
    found = _rising_rows(lines, head + 1, NUMBER_ROW_RE)
    slashed = _slash_items(lines, head + 1, SLASH_NUMBER_ROW_RE)
    return slashed if len(slashed) > len(found) else found


# "1Apologies for absence", "2 Declarations of interest": a record page's row with no table
# head over it, the number run into its title (or a space between)
ROW_TITLE_WORDS = 14
RUN_IN_ROW_RE = re.compile(r"^(?P<n>\d{1,3}[a-z]?)\s?(?P<title>[A-Z][a-z][^\n]{1,200})$")


def run_in_rows(lines: list[str], start: int) -> list[tuple[int, str, str | None]]:
    """The rows "1Apologies for absence" of a record page ("Meeting documents") printed
    without its table head: numbers going up by at most ``MAX_JUMP`` each; [] unless two
    rows or more follow one another (one such line is text, not a table). A title is a
    few words: a sentence run into a number ("9Apologies for absence were received from
    Councillors ...", more than ``ROW_TITLE_WORDS`` words, or more than six ending in a
    full stop) is minuted text, no row."""

    def a_title(m: re.Match) -> bool:
        words = m.group("title").split()
        return not (len(words) > ROW_TITLE_WORDS or (len(words) > 6 and words[-1].endswith(".")))

    found = _rising_rows(lines, start, RUN_IN_ROW_RE, a_title)
    return found if len(found) >= 2 else []


def _rising_rows(
    lines: list[str], start: int, row: re.Pattern, keep=lambda m: True
) -> list[tuple[int, str, str | None]]:
    """(line index, number, title) of the lines from ``start`` that ``row`` matches (and
    ``keep`` takes), each number above the last by at most ``MAX_JUMP``; a line out of
    order is passed over."""
    found: list[tuple[int, str, str | None]] = []
    last: tuple[int, str] | None = None
    for i in range(start, len(lines)):
        m = row.match(lines[i])
        if not m or not keep(m):
            continue
        n = item_order(m.group("n"))
        if last is not None and (n <= last or n[0] > last[0] + MAX_JUMP):
            continue
        found.append((i, m.group("n").lower(), m.group("title")))
        last = n
    return found


def _find_items(
    lines: list[str], start: int, record: bool = False
) -> list[tuple[int, str, str | None]]:
    """(line index, number, inline title or None) for each item."""
    rows = _table_rows(lines, start)
    if rows:
        return rows
    if record:
        rows = run_in_rows(lines, start)
        if rows:
            return rows
    found: list[tuple[int, str, str | None]] = []
    last: tuple[int, str] | None = None
    for i in range(start, len(lines)):
        m = NUMBER_LINE_RE.match(lines[i])
        if not m:
            continue
        nxt = next((lines[j] for j in range(i + 1, min(i + 6, len(lines))) if lines[j]), "")
        if not nxt or nxt[:1].islower() or NUMBER_LINE_RE.match(nxt) or MARKER_RE.match(nxt):
            continue
        n = item_order(m.group("n"))
        if last is not None and (n <= last or n[0] > last[0] + MAX_JUMP):
            continue
        found.append((i, m.group("n").rstrip(".").lower(), None))
        last = n
    slashed = _slash_items(lines, start)
    if len(slashed) > len(found):
        return slashed
    if found:
        return found
    for i in range(start, len(lines)):
        m = NUMBER_INLINE_RE.match(lines[i])
        if not m:
            continue
        title = m.group("title")
        letters = [c for c in title if c.isalpha()]
        upperish = letters and sum(c.isupper() for c in letters) / len(letters) > 0.6
        if not upperish and (len(title.split()) > 14 or title.rstrip().endswith(".")):
            continue
        n = item_order(m.group("n"))
        if last is not None and (n <= last or n[0] > last[0] + MAX_JUMP):
            continue
        found.append((i, m.group("n").lower(), title))
        last = n
    return found


_RECEIVED_RE = re.compile(r"(?i)(?<![a-z])apologies\b.{0,40}?\breceived\s+from\b")


def _received_from(lines: list[str]) -> list[PersonEntry]:
    """The people of the first "Apologies for absence were received from Councillors A,
    B and C." line (the list after "from", to the sentence's end)."""
    for line in lines:
        m = _RECEIVED_RE.search(line)
        if m:
            return split_name_list(line[m.end() :])
    return []


# "Minutes: The minutes of the meeting held on ... were agreed ...": a page whose lines were
# put back from one run of text opens an item's minutes paragraph with its label, so a line
# opening with "Minutes:" or "Decision:" (a capital after it) is the label at any length
_LABELLED_MINUTES_RE = re.compile(r"^(?:Minutes?|Decisions?)\s*:\s+[A-Z(\"'‘“]")


def _parse_item(
    number: str,
    inline_title: str | None,
    raw_block: list[str],
    places: frozenset[str],
    record: bool = False,
) -> tuple[ItemDraft, list[PersonEntry]]:
    """One item from its lines (the number line excluded)."""
    lines = [tidy_line(ln) for ln in raw_block]
    warnings: list[str] = []
    idx = 0
    title_raw = inline_title
    if title_raw is None:
        while idx < len(raw_block) and not lines[idx]:
            idx += 1
        title_raw = raw_block[idx] if idx < len(raw_block) else ""
        idx += 1
    title, ref = split_document_ref(title_raw)
    item = ItemDraft(number=number, title=title)
    if ref is not None:
        ref.kind = "report"
        ref.title = ref.title or title
        item.documents.append(ref)
    # sections
    section = "agenda"
    agenda_raw: list[str] = []
    docs_raw: list[str] = []
    minutes_raw: list[str] = []
    for raw, line in zip(raw_block[idx:], lines[idx:], strict=True):
        m = MARKER_RE.match(line)
        if m and (len(line) < 120 or _LABELLED_MINUTES_RE.match(line)):
            label = m.group("label").lower()
            rest_raw = m.group("rest")
            if "document" in label:
                section = "docs"
                if rest_raw:
                    docs_raw.append(rest_raw)
            else:
                section = "minutes"
                item.minutes_label = (
                    "Decision" if label.startswith(("decision", "record")) else "Minutes"
                )
                if rest_raw:
                    minutes_raw.append(rest_raw)
            continue
        {"agenda": agenda_raw, "docs": docs_raw, "minutes": minutes_raw}[section].append(raw)
    item.agenda_text = join_paragraphs(paragraphs(agenda_raw))
    item.presenters = find_presenters(item.agenda_text, places)
    for raw in docs_raw:
        t = tidy_line(raw)
        if not t:
            continue
        doc_title, dref = split_document_ref(raw)
        if dref is None:
            urls = LINK_RE.findall(raw)
            if not urls and len(t) > 200:
                continue
            dref = DocumentRefDraft(title=doc_title, url=urls[0] if urls else "")
        dref.kind = "additional"
        dref.title = dref.title or doc_title or title
        item.documents.append(dref)
    paras = paragraphs(minutes_raw)
    if paras:
        for k in range(len(paras) - 1, -1, -1):
            if PARTIAL_RE.search(paras[k]):
                item.minutes_partial = True
                paras[k] = PARTIAL_RE.sub("", paras[k]).rstrip()
                if not paras[k]:
                    paras.pop(k)
                break
    item.minutes_text = join_paragraphs(paras)
    item.resolutions = extract_resolutions(paras) or agreed_decisions(item.minutes_text)
    if record and not minutes_raw:
        # a record page prints what was decided under the item's title, no "Minutes:"
        # label: its "RESOLVED:" paragraphs are the item's decisions (nothing else is read)
        item.resolutions = extract_resolutions(paragraphs(agenda_raw))
    for d, printed in find_dates(item.agenda_text):
        if d is None:
            item.warnings.append(f"unreadable date {printed!r} in the agenda text")
        elif d not in item.dates_mentioned:
            item.dates_mentioned.append(d)
    for d, printed in find_dates(item.minutes_text):
        if d is None:
            item.warnings.append(f"unreadable date {printed!r} in the minutes")
    apologies: list[PersonEntry] = []
    if re.search(r"\bapolog", title, re.IGNORECASE) and minutes_raw:
        apologies, w = parse_apologies(minutes_raw, places)
        item.warnings.extend(w)
    elif record and re.search(r"\bapolog", title, re.IGNORECASE):
        # a record page prints what was minuted under the item's title, no "Minutes:"
        apologies = _received_from(agenda_raw)
    item.warnings.extend(warnings)
    return item, apologies


def parse_moderngov_page(text_or_html: str) -> ParseResult:
    """Parse a ModernGov meeting page (HTML or text) into one MeetingDraft; an issue
    history page ("Issue - meetings") into one draft per meeting it dates."""
    from moot.ingest.parse.cmis_page import looks_like_cmis_page, parse_cmis_page
    from moot.ingest.parse.issue_history import looks_like_issue_history, parse_issue_history

    if looks_like_issue_history(text_or_html or ""):
        return parse_issue_history(text_or_html)
    if looks_like_cmis_page(text_or_html or ""):
        return parse_cmis_page(text_or_html)
    source = text_or_html or ""
    if looks_like_html(source):
        source = html_to_text(source)
    source = unflatten_page(source) or unflatten_record_page(source) or source
    raw_lines = split_lines(source)
    lines = join_split_heading([tidy_line(ln) for ln in raw_lines])
    raw_lines = [
        raw if line or not raw.strip() else "" for raw, line in zip(raw_lines, lines, strict=True)
    ]
    h = _find_heading(lines)
    if h is None:
        raise ParseError(
            "a ModernGov page without its meeting's heading (committee and date): expected "
            f"{EXPECTED_HEADING} before the items; dates printed further down are those of "
            "other meetings and are not guessed from"
        )
    m = HEADING_RE.match(lines[h])
    assert m is not None
    when = m.group("when")
    meeting_date = parse_date(when)
    if meeting_date is None:
        raise ParseError(
            f"could not read the meeting date in {lines[h]!r}: expected {EXPECTED_HEADING}"
        )
    kind, body, warnings = kind_and_body(m.group("pre"))
    # "Minutes – Parish Council Meeting – 16th May 2011" over "SWAINSTHORPE PARISH COUNCIL":
    # a title naming only the kind of council, the council's own name on a line under it
    body = council_under_kind_title(body, lines[h + 1 :]) or body
    start_time = time_beside_date(when)
    meeting = MeetingDraft(
        body_name=body, kind=kind, date=meeting_date, start_time=start_time, origin="web-page"
    )
    meeting.warnings.extend(warnings)
    meeting.status = heading_status(lines[h])
    if meeting.status:
        meeting.status_reason = f"the page heading says so: {lines[h]!r}"
    if start_time is None:
        meeting.warnings.append("no start time in the page heading")

    items_at = None
    for i in range(h + 1, len(lines)):
        if items_at is None and re.fullmatch(r"(?i)items|no\.?\s+item|agenda items?", lines[i]):
            items_at = i
    header_end = items_at if items_at is not None else len(lines)
    for i in range(h + 1, min(header_end, len(lines))):
        v = _label_value(lines, i, LABEL_RE)
        if v is not None and not meeting.venue:
            meeting.venue = v
            continue
        cm = CONTACT_LABEL_RE.match(lines[i])
        if cm and not meeting.contact.name:
            value = cm.group("v") or next((x for x in lines[i + 1 : i + 3] if x), "")
            contact = parse_contact("Contact: " + value)
            if not contact.name:
                contact.name = re.split(r"[,(]|\btel\b", value, maxsplit=1, flags=re.I)[0].strip()
            meeting.contact = contact
    # webcast: a link in the header part (Media) or any line that mentions a webcast
    for i in range(h + 1, len(lines)):
        if i >= header_end and "webcast" not in lines[i].lower():
            continue
        urls = LINK_RE.findall(raw_lines[i]) + re.findall(r"https?://\S+", lines[i])
        near = "webcast" in raw_lines[i].lower() or any(
            re.search(r"webcast|public-i|youtube|vimeo|livestream|stream", u, re.I) for u in urls
        )
        if urls and near:
            meeting.webcast_url = urls[0].rstrip(".,)")
            break

    start = (items_at + 1) if items_at is not None else h + 1
    record = any(
        _RECORD_TITLE_RE.match(ln) and ln.lower() == "meeting documents" for ln in lines[:h]
    )
    found = _find_items(lines, start, record)
    if not found:
        meeting.warnings.append("no numbered items found on the page")
    places = learn_places(source)
    apologies: list[PersonEntry] = []
    for k, (i, number, inline_title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(raw_lines)
        item, apol = _parse_item(number, inline_title, raw_lines[i + 1 : end], places, record)
        if apol:
            apologies.extend(apol)
        meeting.items.append(item)
    for a, b in zip(meeting.items, meeting.items[1:], strict=False):
        if _int(b.number) - _int(a.number) > 1:
            meeting.warnings.append(f"item numbers jump from {a.number} to {b.number}")
    # the close is normally minuted in the last item; failing that, in the last one saying so
    for it in reversed(meeting.items):
        meeting.closed_at = find_close_time(it.minutes_text)
        if meeting.closed_at is not None:
            break
    if any(re.search(r"\bapolog", it.title, re.I) and it.minutes_text for it in meeting.items):
        meeting.attendance = AttendanceDraft(apologies=apologies)
    if record:
        meeting.attendance = _record_attendance(lines, h, apologies)
    elif not found:
        # a page saved without its item numbers (no item read): the apologies of its one
        # "Apologies were received from Councillors A and B." line
        unnumbered = _received_from(lines[h + 1 :])
        if unnumbered:
            meeting.attendance = AttendanceDraft(apologies=unnumbered)
    return ParseResult(meetings=[meeting], source_kind="moderngov-page", warnings=[])


def _record_attendance(
    lines: list[str], h: int, apologies: list[PersonEntry]
) -> AttendanceDraft | None:
    """Who attended, as a record page prints it: the line under "Attendance Details" when
    it is a list of names (not the item table's head), and the apologies minuted (an
    apologies item's, or else one "Apologies for absence were received from ..." line);
    None when the page names no one."""
    present: list[PersonEntry] = []
    at = next(
        (i for i in range(h + 1, len(lines)) if lines[i].lower() == "attendance details"), None
    )
    if at is not None:
        nxt = next((ln for ln in lines[at + 1 : at + 4] if ln), "")
        if (
            nxt
            and not _TABLE_HEAD_RE.match(nxt)
            and re.match(r"(?i)(?:cllrs?|councillors?)\b", nxt)
        ):
            present = split_name_list(nxt)
    if not apologies:
        apologies = _received_from(lines[h + 1 :])
    if not (present or apologies):
        return None
    return AttendanceDraft(present=present, apologies=apologies)
