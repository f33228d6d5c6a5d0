"""A ModernGov meeting page whose lines were lost (its text copied onto one line), its lines
put back where ModernGov's own labels make them sure, so that the page reader reads it as
it reads the page on lines:

    Agenda and minutes Council - Wednesday, 2nd October, 2019 10.10 am Venue: The Chamber
    Contact: Jo Bloggs Items No. Item 62. Lord Mayor's Business pdf icon PDF 684 KB Minutes:
    The Lord Mayor ... 63. Petitions Additional documents: Minutes: ...

Generic rules:

* only a page that begins with ModernGov's title ("Agenda", "Agenda and minutes",
  "Agenda, decisions and minutes", "Decisions") over its heading, and holds the items'
  table head "No. Item", is put back on lines; anything else is left as it is (None);
* the title is a line of its own, and so is the heading: the words up to "Venue:",
  "Contact:" or the table head, whichever comes first;
* "Venue:", "Contact:", "Link:", "Media", "Items" and "No. Item" begin lines; so do the
  items' labels "Minutes:", "Decision:", "Additional documents:" and "Supporting
  documents:";
* an item number ("62.") begins a line, and stands on it alone, only where the numbers run
  on (each higher than the last and at most ``MAX_STEP`` past it) and a capitalised word
  follows; any other number is text;
* a document's size ("pdf icon PDF 684 KB") ends its title's line; a title that runs into
  the item's text ("Apologies To receive apologies.") ends where ``flat_title`` ends it.

A record page ("Meeting documents" over the committee's name and the meeting's date, then
"Location Map", "Venue :", "Index to Agendas" and its numbered items) on one line is put
back on lines the same way (``unflatten_record_page``).

Pure: text in, text out.
"""

from __future__ import annotations

import re

from moot.ingest.parse.line_breaks import on_one_line, pieces, running_on, single_spaced
from moot.ingest.parse.unflatten import flat_title

MAX_STEP = 5
_TITLE_RE = re.compile(
    r"^\s*(?:(?:agenda(?:,?\s+(?:decisions|draft\s+minutes|minutes))*(?:\s+and\s+(?:draft\s+)?"
    r"(?:minutes|decisions))?|decisions)\s+)+",
    re.IGNORECASE,
)
_TABLE_HEAD_RE = re.compile(r"\bNo\.?\s+Item\b")
_HEADER_LABEL_RE = re.compile(
    r"\s+(?=(?:Venue|Contact|Link|Webcast)\s*:|Media\s|Items\s+(?:Note\s+)?No\.?\s+Item\b)"
)
_TABLE_HEAD_BREAK_RE = re.compile(r"\s*\b(No\.?\s+Item)\b\s*")
_MARKER_BREAK_RE = re.compile(
    r"\s+(?=(?:Minutes|Decisions?|Additional\s+documents|Supporting\s+documents)\s*:)"
)
_DOCUMENT_END_RE = re.compile(r"pdf\s+icon\s+PDF\s+[\d.]+\s*[KM]B$", re.IGNORECASE)
_DOCUMENT_RE = re.compile(r"(pdf\s+icon\s+PDF\s+[\d.]+\s*[KM]B)\s+", re.IGNORECASE)
# ("pages 6 – 12. Exclusion of ...": a number after a range's dash ends the range, and is
# no item's number)
_NUMBER_RE = re.compile(r"(?<=\s)(?<![–—-]\s)(?P<n>\d{1,3})\.\s+(?=[A-Z‘'\"“(])")
# "30/23 Apologies for Absence": a number and the year's two digits, as some councils number
# their minutes; used where no dotted numbers run
_SLASH_NUMBER_RE = re.compile(r"(?<=\s)(?P<n>\d{1,3})(?P<year>/\d{2})\s+(?=[A-Z‘'\"“(])")


# A site's own words before ModernGov's title on a page saved flat ("Wrexham Council homepage
# Advertising Agenda, decisions and minutes Council ..."): at most this many words, and only
# before a title of two or more words ("Agenda and minutes", "Agenda, decisions and
# minutes"), never a lone "Agenda" or "Decisions", which a sentence may hold
MAX_LEAD_WORDS = 8
_LONG_TITLE_RE = re.compile(
    r"(?<![\w,])(?:agenda(?:,\s+decisions)?(?:,?\s+and\s+(?:draft\s+)?(?:minutes|decisions))"
    r"|agenda,\s+decisions(?:\s+and\s+minutes)?)\s+",
    re.IGNORECASE,
)


def _title_at(source: str) -> tuple[str, re.Match[str]] | None:
    """The site's words before the page's title ("" when the title comes first), and the
    title's match in the rest; None when no title opens the page (see ``MAX_LEAD_WORDS``)."""
    title = _TITLE_RE.match(source)
    if title:
        return "", title
    long = _LONG_TITLE_RE.search(source)
    if not long or len(source[: long.start()].split()) > MAX_LEAD_WORDS:
        return None
    rest = source[long.start() :]
    title = _TITLE_RE.match(rest)
    return (source[: long.start()].strip(), title) if title else None


def is_flat_page(text: str) -> bool:
    """A ModernGov page on one line: its title first (a site's few words before it at
    most), the items' table head after it."""
    source = single_spaced(text or "")
    return bool(
        source
        and on_one_line(text)
        and _title_at(source) is not None
        and _TABLE_HEAD_RE.search(source)
    )


# "Council Wednesday, 27th September, 2017 4.00 pm With effect from ...": a heading printed
# as the committee's name over its day and date (no dash between), run onto one line with
# the page's notes after it; the date ends at its year or its time
_SPLIT_HEADING_RE = re.compile(
    r"^(?P<name>[A-Z][^\s]*(?:\s+[^\s]+){0,13}?)\s+"
    r"(?P<when>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9},?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|,?\s+\d{1,2}[.:]\d{2}(?![\d.:]))?)"
    r"(?=\s|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _split_heading(header: str) -> str:
    """The header with a dashless heading ("Council Wednesday, 27th September, 2017 4.00
    pm") put on lines as ModernGov prints it: the committee's name, then its day and date,
    then the rest; the header as it is when its first words are no such heading (a heading
    with its dash, "Council - Wednesday, ...", is read as it is)."""
    first, sep, after = header.partition("\n")
    m = _SPLIT_HEADING_RE.match(first.strip())
    if not m or re.search(r"\s[-–—]\s", first[: m.start("when")]):
        return header
    name = m.group("name")
    # (a committee's name ends in a capitalised word or a bracket: "The Board met on" ends
    # in a small word, and is a sentence)
    if not re.fullmatch(r"[A-Z][\w&'’.,()-]*(?:\s+[\w&'’.,()-]+){0,13}", name) or not re.match(
        r"[A-Z(]", name.split()[-1]
    ):
        return header
    lines = [name, m.group("when"), m.group("rest").strip()]
    return "\n".join(ln for ln in lines if ln) + sep + after


def unflatten_page(text: str) -> str | None:
    """The page on lines (see the module docstring), or None when it is not such a page."""
    if not is_flat_page(text):
        return None
    source = single_spaced(text)
    found = _title_at(source)
    assert found is not None
    lead, _title = found
    source = source[len(lead) :].strip()
    title = _TITLE_RE.match(source)
    assert title is not None
    head, rest = source[: title.end()].strip(), source[title.end() :]
    if lead:
        head = lead + "\n" + head
    table = _TABLE_HEAD_RE.search(rest)
    assert table is not None
    header, items = rest[: table.start()], rest[table.start() :]
    header = _HEADER_LABEL_RE.sub("\n", header)
    header = _split_heading(header.strip())
    header = re.sub(r"\s+(?=Items(?:\s+Note)?\s*$)", "\n", header)
    items = _TABLE_HEAD_BREAK_RE.sub(r"\n\1\n", items, count=1)
    items = _MARKER_BREAK_RE.sub("\n", items)
    items = _DOCUMENT_RE.sub(r"\1\n", items)
    if _NUMBERED_TABLE_RE.match(rest[table.end() :]):
        items = _break_numbers(items)
    # (else the table's first sentence ends before any number, "No. Item Appointment of
    # Chairman It was proposed ... for the meeting.": a page saved without its items'
    # numbers, whose numbers further on are the text's own, "pages 6 – 12.", "1. Information
    # relating to an individual")
    return "\n".join([head, header.strip(), items.strip()])


# a number in the item table before its first sentence ends ("No. Item 137. Apologies",
# "No. Item PART 1 (items open for public attendance) 1. Apologies for Absence")
_NUMBERED_TABLE_RE = re.compile(r"[^.!?]{0,200}?(?<![^\s|])\d{1,3}[./]")


# "Meeting documents Cabinet Thursday, 16th August 2007 Location Map Venue : Committee Room
# 1 - Town Hall Index to Agendas 1. MINUTES 2. DECLARATIONS OF INTEREST ...": a record
# page's title, the committee's name (a few words) and the meeting's day and date
_RECORD_PAGE_RE = re.compile(
    r"^\s*(?P<title>Meeting\s+documents)\s+(?P<name>[A-Z][^\s]*(?:\s+[^\s]+){0,13}?)\s+"
    r"(?P<date>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9},?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?))?)(?=\s|$)",
    re.IGNORECASE,
)
# the record page's own labels, each beginning a line
_RECORD_LABEL_RE = re.compile(
    r"\s+(?=Location\s+Map\b|Venue\s*:|Index\s+to\s+Agendas\b|Attendance\s+Details\b)"
)


def is_flat_record_page(text: str) -> bool:
    """A record page ("Meeting documents" over the committee and the date) on one line."""
    source = (text or "").strip()
    return bool(source and on_one_line(source) and _RECORD_PAGE_RE.match(source))


def unflatten_record_page(text: str) -> str | None:
    """A record page whose lines were lost, on lines as printed: "Meeting documents", the
    committee's name and the meeting's date each on a line of their own, the page's labels
    ("Location Map", "Venue :", "Index to Agendas", "Attendance Details") beginning lines,
    and each item number of the run after "Index to Agendas" on a line of its own, as
    ``unflatten_page`` puts the numbers of an agenda page. None for any other text."""
    if not is_flat_record_page(text):
        return None
    source = single_spaced(text)
    m = _RECORD_PAGE_RE.match(source)
    assert m is not None
    rest = _RECORD_LABEL_RE.sub("\n", source[m.end() :]).strip()
    index = re.search(r"(?m)^Index\s+to\s+Agendas\b", rest)
    if index:
        rest = rest[: index.end()] + "\n" + _break_numbers(" " + rest[index.end() :].strip())
    return "\n".join([m.group("title"), m.group("name"), m.group("date"), rest])


def _break_numbers(text: str) -> str:
    """Each item number of the run on a line of its own (see the module docstring); numbers
    "30/23" (one year's two digits throughout) where fewer than two dotted numbers run."""
    dotted, found = _breaks(text, _NUMBER_RE)
    if found < 2:
        slashed, more = _breaks(text, _SLASH_NUMBER_RE)
        if more > found:
            return slashed
    return dotted


def _breaks(text: str, number_re: re.Pattern[str]) -> tuple[str, int]:
    """The text broken at each number of the run, and how many numbers ran."""
    # each number higher than the last and at most MAX_STEP past it, with the same year
    run = running_on(
        number_re.finditer(text),
        follows=lambda last, m: (
            int(last.group("n")) < int(m.group("n")) <= int(last.group("n")) + MAX_STEP
            and _year(m) == _year(last)
        ),
    )
    # (the numbers are cut out of the text and put back on lines of their own)
    between = pieces(text, [m.span() for m in run])
    out: list[str] = []
    for k, m in enumerate(run):
        before = between[k].rstrip()
        out.append(_title_line(before) if k else before)
        out.append(m.group("n") + (_year(m) or "."))
    out.append(_title_line(between[-1]) if run else between[-1])
    return "\n".join(out), len(run)


def _year(number: re.Match[str]) -> str:
    """A number's year ("/23" of "30/23"), or "" for a dotted number."""
    return number.groupdict().get("year") or ""


def _title_line(segment: str) -> str:
    """An item's segment with its title on the first line: the line as it is when a label
    or a document's size ended it, else cut where ``flat_title`` ends the title."""
    first, _, rest = segment.partition("\n")
    if _DOCUMENT_END_RE.search(first):
        return segment
    title = flat_title(first)
    if not title or title == first or not first.startswith(title):
        return segment
    return title + "\n" + first[len(title) :].strip() + ("\n" + rest if rest else "")
