"""An agenda notice: a council's notice that a meeting will be held, with its business as
numbered items, from a web page (its HTML or text) or a PDF's text. For example

    A meeting of the Fenmarsh Council will be held in the Council Chamber, Town Hall,
    Fenmarsh on Thursday 19 September 2024 at 9.35am.
    ...
    BUSINESS
    1. Apologies for Absence
    2. Declarations of Interest

or, on a town or parish council's page, "Next Parish Council Meeting: 10th February 2020"
with "7.30pm in the Village Hall" on the line after it.

Generic rules, in words a clerk reads:

* The notice is the first sentence near the top of the document (its first 2,500
  characters) that says a meeting of X "will be held", "is to be held" or "will take
  place", that "there will be a meeting of ...", or a line that starts "Next ... Meeting:";
  a summons to a meeting of X "to be held", "which will take place", or of X with its day
  after a comma ("..., On Tuesday 8th February 2022"); or an invitation "to join members of
  X in a meeting". A summons is worded "summoned", "summonsed", "(hereby) invited" or
  "requested" to attend "a/the (next) (Full Council) meeting of X"; a heading "SUMMONS TO
  ATTEND A MEETING OF X" over a line that starts with the day is one too. Councillors
  "reminded of the next meeting of X on DATE" are given notice, and "The (next) X Council
  meeting will be held (will take place) on DATE" is a notice. Outside a summons, "a meeting
  of X to be held" is not read: a rule that read it invented a fact on a measure document
  (round 53; removed, not narrowed, without opening that document). In a summons the body's
  name also ends before "at" and a clock time ("an Extraordinary Meeting of the Council at
  7pm on Monday ...").
* Where no sentence gives notice, a title of its own naming the body before "Meeting"
  ("FENWICK PARISH COUNCIL MEETING", "FENWICK PARISH COUNCIL – MEETING", "NOTICE OF PARISH
  COUNCIL MEETING") over a line that begins with the day ("Monday 12th May 2025, 7.30pm,
  Village Hall") is the notice, that line its sentence; not in a record of the meeting
  (minutes named above it, a "Present" or "Apologies:" line).
* A summons over its "AGENDA" line is such a notice even where a line of its business or
  the clerk's signature reads like a web page's heading ("- Date of next meeting – Thursday,
  7th October 2021", "Signed: NAME, Clerk – 25th August, 2021"): neither is the meeting's
  date, which is the summons' own.
* The date is the first date in that sentence. The notice ends at the clerk's signature
  ("Signed", "Dated", "..., Clerk to the Council, 28th May 2024" on a line of its own, or a
  clerk's office run on into a date within a line, "R Penn, Town Clerk, 3rd June 2025", as
  in a summons flattened onto one line): a summons' own date is never the meeting's, and a
  summons whose sentence names no date is refused. Only a date labelled as the meeting's on
  the clerk's line or the line after it ("Signed: J Smith, Clerk   Date of meeting: Monday
  12th May 2025") is read past the signature, the signature itself blanked. A date without
  its year ("on Wednesday 1 May") takes the year only from a full date with the same day
  and month printed before the notice (the page's title); otherwise, and when there is no
  date at all, the document is refused: nothing is guessed.
* The time is the first clock time in the sentence; none is left out and said in a
  warning.
* The body is the words after "meeting of (the)" up to "(which) will be held", "in", "at",
  "on" or a comma, or the words between "Next" and "Meeting:". In a summons, a name that
  runs on past its kind ("Council", "Committee") into "at"/"in" and a place ("of the X
  Parish Council at May Crescent Community House on ...") ends at its kind, and the place is
  the venue. A word that names one of a council's many bodies without saying which ("the
  Committee", "the Sub-Committee", "the Board", "the Panel") names no body: it is left
  empty and a warning says so, so the import asks for ``--body``.
* A body named only by its kind ("the Parish Council") takes the council's name printed as
  the notice's letterhead, on a line of its own among the three right over the notice
  ("FENWICK PARISH COUNCIL"), where that council is of the kind; otherwise it stays the
  kind, for the importer to match.
* The venue is the place after "in" or "at" in the sentence, when it reads as one (not
  "at which ..."); a clock time after it is no part of it, and it ends where three words in
  lower case begin ("the Parish Hall in line with standing orders ...").
* The items are the numbered lines after the notice ("1. Title", "1 Title", "1.Title",
  "1) Title", "Item 1: Title"; a long item's line of up to 600 characters)
  whose numbers run on from 1 (a number lower than the last, or more than three past it,
  is text, not an item); a line that is a date ("1 May 2024") is not an item. An item's
  text runs to the next item. A document with fewer than two such items is not an agenda
  notice. Under a summons whose first items are bullets ("- Apologies") the numbered run
  is read from one past the count of bullets ("11 FINANCE" after ten), and a warning says
  the bulleted ones are not read.
* A notice flattened onto one line has its lines put back before each number of that run
  after "AGENDA" ("Item 1" with its word), or, where there is no such run, before each
  reference of a run "25/101", "25/102", ... (its first part the same throughout). With no
  "AGENDA", a run of three numbers at least after the first date is put back on its lines
  (numbers before any date are text).

Pure: text in, drafts out; ``ParseError`` for a document that is not such a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moot.ingest.drafts import ASKS_FOR_BODY, ItemDraft, MeetingDraft, ParseError, ParseResult
from moot.ingest.parse.common import (
    DATE_RE,
    council_kind,
    html_to_text,
    join_paragraphs,
    looks_like_html,
    paragraphs,
    parse_time,
    split_lines,
    tidy_body_name,
    tidy_line,
)
from moot.ingest.parse.line_breaks import on_one_line, pieces, running_on
from moot.ingest.parse.minutes_headings import council_lines_above, heading_date

NOTICE_WITHIN = 2500
_KIND_WORDS = r"(?:special|extraordinary|extra-ordinary|annual|ordinary|statutory|general)"
# "A meeting of the X will be held ...", "Notice is hereby given that a meeting of X is to
# be held ...", "... of X which will take place ...": the body is the words between "of" and
# "(which) will/is to/shall be held (take place)". (Not "of X to be held" outside a summons:
# see the module docstring.)
_WILL_BE_HELD_RE = re.compile(
    rf"\b(?P<kind>(?:{_KIND_WORDS}\s+)*)meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.;:]{{1,120}}?)"
    r"\s+(?:(?:which\s+)?(?:will|is\s+to|shall)\s+(?:be\s+held|take\s+place))\b"
    r"(?P<rest>[^\n]*(?:\n[^\n]+){0,2})",
    re.IGNORECASE,
)
# "The Parish Council meeting will be held on ...", "Fenwick Town Council Annual Meeting is to
# be held ...", "the next Parish Council meeting will take place on ...": the body is the name
# before "meeting", which ends in "Council" or "Committee"
_BODY_MEETING_RE = re.compile(
    r"(?<![\w&'’-])(?:[Tt]he[ \t]+)?(?:next[ \t]+)?(?P<body>(?:[A-Z][\w&'’-]*[ \t]+){0,5}(?:Council|Committee|"
    rf"COUNCIL|COMMITTEE))[ \t]+(?P<kind>(?i:(?:{_KIND_WORDS}\s+)*))(?i:meeting)\s+"
    r"(?i:(?:will|is\s+to|shall)\s+(?:be\s+held|take\s+place))\b(?P<rest>[^\n]*(?:\n[^\n]+){0,2})"
)
# Words between "a meeting" and its kind that name no body: "the next Full Council Meeting of
# X", "the monthly meeting of X"
_MEETING_WORDS = r"(?:(?:next|full|council|monthly|parish|town|business)\s+)*"
# "You are hereby summoned to attend a meeting of X Parish Council to be held in the Hall on
# Thursday 2nd March 2023, at 7.30pm": a summons names the body before "to be held", "which
# will take place", or before the day of the meeting ("... of X, On Tuesday 8th February 2022")
_SUMMONED_RE = re.compile(
    rf"\b(?:summon(?:s|e)?d|summons|(?:hereby\s+)?invited|requested)\s+to\s+attend\s+(?:an?|the)\s+"
    rf"{_MEETING_WORDS}(?P<kind>(?:{_KIND_WORDS}\s+)*){_MEETING_WORDS}meeting\s+of\s+"
    r"(?:the\s+)?(?P<body>[A-Z][^\n.;:,]{1,120}?)(?:\s+(?:(?:which\s+)?(?:will|is\s+to|shall)|to)"
    r"\s+(?:be\s+held|take\s+place)\b|\s*,?\s*(?=\bon\s+[a-z]+day\b|"
    r"at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b|hrs\b|noon\b))"
    r"|[ \t]*(?=\n[ \t]*(?:on[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
    r"(?P<rest>[^\n]*(?:\n[^\n]+){0,2})",
    re.IGNORECASE,
)
# "There will be a Meeting of the X in the Council Offices, Y, on Wednesday 1 May at 2pm.";
# "Councillors are reminded of the next meeting of the X on Wednesday 6th April, 7.30pm"
_THERE_WILL_BE_RE = re.compile(
    r"\b(?:there\s+will\s+be\s+an?|(?:reminded|notified|advised)\s+of\s+the\s+next)\s+"
    rf"(?P<kind>(?:{_KIND_WORDS}\s+)*)meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^\n.;:,]{0,120}?)(?=\s+(?:in|at|on)\b|,|\s*$)(?P<rest>[^\n]*(?:\n[^\n]+){0,2})",
    re.IGNORECASE,
)
# "Next Parish Council Meeting: 10th February 2020" (the time and place may follow on the
# next line)
_NEXT_RE = re.compile(
    rf"(?im)^[ \t]*next\s+(?P<kind>(?:{_KIND_WORDS}\s+)*)(?P<body>[A-Z][\w&'’ -]{{1,80}}?)\s+"
    r"meeting\s*:\s*(?P<rest>[^\n]*(?:\n[^\n]+)?)"
)
# "Meeting to be held on the 11th of October 2010 at the Inn 7.30 p.m." (no body)
_TO_BE_HELD_RE = re.compile(
    rf"(?im)^[ \t]*(?:the\s+)?(?P<kind>(?:{_KIND_WORDS}\s+)*)meeting\s+(?:to\s+be|will\s+be)\s+"
    r"held\b(?P<rest>[^\n]*)"
)
# "You are invited to join members of the Parish Council in a meeting in the Village Hall on
# Tuesday March 14th 2023": the body is the one whose members meet
_INVITED_RE = re.compile(
    r"\binvited\s+to\s+(?:attend|join)\s+(?:the\s+)?members\s+of\s+(?:the\s+)?"
    r"(?P<kind>)(?P<body>[A-Z][^\n.;:,]{1,80}?)\s+(?:in|at|for)\s+an?\s+meeting\b"
    r"(?P<rest>[^\n]*(?:\n[^\n]+){0,2})",
    re.IGNORECASE,
)
# "AGENDA for the meeting of the Parish Council on Monday 12th May 2025 at 7.30pm", "Agenda
# for the Fenwick Parish Council Meeting on ...": an agenda's own title line names its meeting
# (a name before "Meeting" ends in "Council" or "Committee": "Agenda for MSCC Meeting on ..."
# names no body)
_AGENDA_FOR_RE = re.compile(
    r"(?m)^[ \t]*(?i:(?:agenda[ \t]+)?for[ \t]+(?:the[ \t]+)?)"
    rf"(?:(?P<kind>(?i:(?:{_KIND_WORDS}\s+)*))(?i:meeting)[ \t]+(?i:of)[ \t]+(?i:the[ \t]+)?"
    r"(?P<body>[A-Z][^\n.;:,]{1,120}?)|(?P<body2>(?:[A-Z][\w&'’-]*[ \t]+){0,5}(?:Council|"
    rf"Committee|COUNCIL|COMMITTEE))[ \t]+(?P<kind2>(?i:(?:{_KIND_WORDS}\s+)*))(?i:meeting))"
    r"(?=[ \t]+(?i:on|to\s+be\s+held|held)\b|,)(?P<rest>[^\n]*(?:\n[^\n]+){0,2})"
)
# "FENWICK PARISH COUNCIL MEETING" (or "... COUNCIL – MEETING") as a title of its own over a
# line that begins with the day of the meeting ("Monday 12th May 2025, 7.30pm, Village Hall"):
# the title names the body, the line under it is the notice (read only where no sentence of
# the document gives notice: "NOTICE OF PARISH COUNCIL MEETING" over the day, then "You are
# summonsed to attend ... of X", is X's)
_TITLE_OVER_DAY_RE = re.compile(
    r"(?m)^[ \t]*(?i:(?:agenda|notice)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+|an?[ \t]+)?)?"
    r"(?P<body>(?:[A-Z][\w&'’-]*[ \t]+){0,5}(?:Council|Committee|COUNCIL|COMMITTEE))"
    rf"[ \t]*(?:[–—-][ \t]*)?(?P<kind>(?i:(?:{_KIND_WORDS}\s+)*))(?i:meeting)[ \t]*\n"
    r"(?P<rest>[ \t]*(?i:mon|tues|wednes|thurs|fri|satur|sun)(?i:day)\b[^\n]*)"
)
_PATTERNS = (
    _SUMMONED_RE,
    _WILL_BE_HELD_RE,
    _BODY_MEETING_RE,
    _THERE_WILL_BE_RE,
    _NEXT_RE,
    _TO_BE_HELD_RE,
    _INVITED_RE,
    _AGENDA_FOR_RE,
)
# One of a council's many bodies, not named: "the Committee".
_UNNAMED_BODY_RE = re.compile(
    r"(?i)^(?:committee|sub-committee|subcommittee|board|panel|group|working\s+group|forum|"
    r"meeting)$"
)
# "1. Apologies", "1) to receive apologies", "1 2024/25 budget", "1.0 Apologies" (a ".0"
# after the number is the number's own)
_ITEM_RE = re.compile(
    r"^\s*(?:(?:agenda\s+)?item\s+)?\(?(?P<n>\d{1,3}(?:\.0)?)(?:[.):]\s*|\s+)"
    r"(?P<title>[A-Za-z(‘'\"“].{1,600}|\d{4}/\d{2,4}\s.{1,600})$",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(r"^\d{1,2}\s*(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,10}\.?,?\s+\d{4}")
_SENTENCE_END_RE = re.compile(
    r"(?<=[a-z]{2})\.(?=\s+[A-Z]|\s*$)|(?:(?<=[ap]m)|(?<=[ap]\.m))\.(?=\s|$)|\n\s*\n"
)
_VENUE_RE = re.compile(
    r"^[\s,]*(?:in|at)\s+(?P<v>(?:the\s+)?[A-Z][^\n]*?)\s*(?:,?\s+on\b|$)", re.IGNORECASE
)


# A line of the clerk's signature under a notice: "Signed: ...", "Dated: 2nd April 2025",
# "Date of issue", "Issued ...", "J Smith, Clerk to the Council, 28th May 2024"
_SIGNED_LINE_RE = re.compile(
    r"(?im)\n[ \t]*(?:signed\b|dated\b|date\s+of\s+(?:issue|notice|summons)\b|issued\b|"
    r"[^\n]{0,60}\b(?:clerk|proper\s+officer)\b)"
)


@dataclass
class _Notice:
    kind: str
    body: str
    sentence: str
    before: str
    end: int  # where the notice ends in the text
    summons: bool = False  # "You are hereby summoned to attend a meeting of X ..."
    venue: str = ""  # the place printed between the body's name and the day


# "Trimdon Parish Council at the Community House": a council's (or committee's) name ends at
# its kind; "at" or "in" after it begins the place of the meeting
_BODY_THEN_PLACE_RE = re.compile(
    r"\b(?:council|committee|meeting)(?P<place>\s+(?:at|in)\s+(?:the\s+)?[A-Z].*)$", re.IGNORECASE
)


# "Minutes of the meeting held on 3 May", "Notes of the informal gathering", "Record of
# decisions": the document, before its notice, calls itself the record of a meeting
_RECORD_BEFORE_RE = re.compile(r"(?i)\b(?:minutes|notes|record)\s+(?:of|from)\b")
_NEXT_WORD_RE = re.compile(r"(?i)\bnext\b")
# "Present:", "Councillors present", "Apologies:" on a line of its own: a record of a meeting
_PRESENT_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:councillors|members)\s+)?present\b|^[ \t]*apologies\s*(?:[:–-]|were)"
)


# The clerk's signature and its date within a line (a summons flattened onto one line): "R
# Penn, Town Clerk, 3rd June 2025", "Dated: 3rd June 2025"
_INLINE_SIGNED_RE = re.compile(
    r"(?i)(?:\b(?:town\s+|parish\s+|proper\s+)?(?:clerk|officer)(?:\s+to\s+the\s+council)?|"
    r"\bdated)\s*[,:–-]?\s*(?:date\s*:?\s*)?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})"
)
# "Date of meeting:", "Date of the meeting -", "Meeting date:": the meeting's own date, named
# as such on the clerk's line
_MEETING_DATE_LABEL_RE = re.compile(
    r"(?i)\b(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*[:–-]"
)


def _notice(text: str) -> _Notice | None:
    """The notice sentence nearest the top of the text (see the module docstring). Notice of
    the next meeting under a record's own heading ("Notes of the meeting held on 3 May ...
    The next Parish Council meeting will be held on 5 June") is that record's closing line,
    not a notice: the document is no agenda notice."""
    head = text[:NOTICE_WITHIN]
    found = [m for pattern in _PATTERNS for m in [pattern.search(head)] if m]
    if not found:
        # a title over its day line is read only where no sentence gives notice
        found = [m for m in [_TITLE_OVER_DAY_RE.search(head)] if m]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    if _NEXT_WORD_RE.search(m.group(0)) and _RECORD_BEFORE_RE.search(text[: m.start()]):
        return None
    if m.re is _TITLE_OVER_DAY_RE and (
        _RECORD_BEFORE_RE.search(text[: m.start()]) or _PRESENT_LINE_RE.search(text)
    ):
        return None  # a record's title over its day (minutes), not a notice
    rest = m.group("rest")
    first_item = re.search(r"\n[ \t]*\d{1,3}(?:[.)][ \t]*|[ \t]+)[A-Z]", rest)
    if first_item:
        rest = rest[: first_item.start()]  # the notice ends where the business begins
    agenda = re.search(r"(?i)\n[ \t]*(?:[a-z]{3,}[ \t]+)?agenda[ \t]*:?[ \t]*(?=\n|$)", rest)
    if agenda:
        rest = rest[: agenda.start()]  # or at its "AGENDA" line
    signed = _SIGNED_LINE_RE.search(rest)
    if signed:
        # or at the clerk's signature, whose date is the summons'; a date labelled as the
        # meeting's on that line or the next ("Date of meeting: ...") is kept, the rest of
        # the signature blanked (so nothing of it is read)
        label = _MEETING_DATE_LABEL_RE.search(rest, signed.start())
        if label and rest.count("\n", signed.start() + 1, label.start()) <= 1:
            line_end = rest.find("\n", label.end())
            line_end = len(rest) if line_end < 0 else line_end
            blank = " " * (label.end() - signed.start())
            rest = rest[: signed.start()] + blank + rest[label.end() : line_end]
        else:
            rest = rest[: signed.start()]
    inline = _INLINE_SIGNED_RE.search(rest)
    if inline:
        rest = rest[: inline.start()]  # "..., Town Clerk, 3rd June 2025" within a line
    date_at = DATE_RE.search(rest)
    cut = None
    for end in _SENTENCE_END_RE.finditer(rest):
        if date_at is None or end.start() >= date_at.end():
            cut = end.start()
            break
    sentence = " ".join((rest[:cut] if cut is not None else rest)[:300].split())
    groups = m.groupdict()
    body = " ".join((groups.get("body") or groups.get("body2") or "").split()).strip(" ,")
    venue = ""
    place = _BODY_THEN_PLACE_RE.search(body)
    if place:
        venue = re.sub(r"(?i)^\s*(?:at|in)\s+", "", place.group("place")).strip(" ,")
        body = body[: place.start("place")]
    return _Notice(
        kind=groups.get("kind") or groups.get("kind2") or "",
        body=body,
        venue=venue,
        sentence=sentence,
        before=text[: m.start()],
        end=m.start("rest") + (cut if cut is not None else len(rest)),
        summons=m.re is _SUMMONED_RE,
    )


def _lines(text: str) -> list[str]:
    source = html_to_text(text) if looks_like_html(text) else text
    source = (source or "").replace("\u00a0", " ")
    if on_one_line(source):
        source = unflatten_notice(source)
    return split_lines(source)


# In a notice whose lines were lost: "Next Parish Council Meeting:" begins a line, as does
# "AGENDA" (with a word in capitals before it, "STANDING AGENDA"), which is a line of its own
_FLAT_NEXT_RE = re.compile(r"\s+(?=Next\s+(?:[A-Z][\w&'’-]*\s+){0,6}Meeting\s*:)")
_FLAT_AGENDA_RE = re.compile(r"\s*\b((?:[A-Z]{3,}\s+)?AGENDA)\b:?\s*")
_FLAT_NUMBER_RE = re.compile(
    r"\s(?:(?i:item)\s+)?(?P<n>\d{1,3})(?:\.0)?[.):]?\s+(?=[A-Za-z(‘'\"“])"
)
# "25/101 Apologies": an item numbered by the council's reference for the year
_FLAT_REFERENCE_RE = re.compile(r"\s(?P<a>\d{1,4})/(?P<b>\d{1,4})[.):]?\s+(?=[A-Za-z(‘'\"“])")


def unflatten_notice(text: str) -> str:
    """A notice flattened onto one line, its lines put back where they are sure: before
    "Next ... Meeting:", around "AGENDA", and before each item number of the run 1, 2, 3 ...
    after "AGENDA" ("Item 1", "Item 2" with the word; a number out of that run is text), or,
    where there is no such run, before each reference of a run "25/101", "25/102", ... whose
    first part stays the same and whose second rises by one to three."""
    text = _FLAT_NEXT_RE.sub("\n", text)
    text = _FLAT_AGENDA_RE.sub(lambda m: "\n" + m.group(1) + "\n", text, count=1)
    at = text.find("AGENDA\n")
    if at < 0:
        # no "AGENDA": the run 1, 2, 3 ... (three numbers at least) after the first date
        dated = DATE_RE.search(text)
        at = dated.end() if dated else -1
        starts = _flat_number_starts(text[at:]) if at >= 0 else []
        if len(starts) < 3:
            return text
    else:
        starts = _flat_number_starts(text[at:])
        if len(starts) < 2:
            starts = _flat_reference_starts(text[at:])
    head, tail = text[:at], text[at:]
    # (each number's space before it is left out, the line break in its place)
    return head + "\n".join(pieces(tail, [(start, start + 1) for start in starts]))


def _flat_number_starts(tail: str) -> list[int]:
    """Where each item of the run 1, 2, 3 ... ("Item 1", ...) begins in a flattened agenda
    (a number out of that run is text)."""
    run = running_on(
        _FLAT_NUMBER_RE.finditer(tail),
        follows=lambda last, m: int(m.group("n")) == int(last.group("n")) + 1,
        opens=lambda m: int(m.group("n")) == 1,
    )
    return [m.start() for m in run]


def _flat_reference_starts(tail: str) -> list[int]:
    """Where each item numbered by reference ("25/101", "25/102", ...) begins in a flattened
    agenda: the run from the first such reference, its first part the same throughout and
    its second rising by one to three; [] for fewer than two."""
    run = running_on(
        _FLAT_REFERENCE_RE.finditer(tail),
        follows=lambda last, m: (
            m.group("a") == last.group("a")
            and int(last.group("b")) < int(m.group("b")) <= int(last.group("b")) + 3
        ),
    )
    return [m.start() for m in run] if len(run) >= 2 else []


def _items(lines: list[str], first: int = 1) -> list[tuple[int, str, str]]:
    """(line index, number, title) of the numbered items that run on from ``first``."""
    found: list[tuple[int, str, str]] = []
    last = first - 1
    for i, line in enumerate(lines):
        m = _ITEM_RE.match(tidy_line(line))
        if not m or _DATE_LINE_RE.match(tidy_line(line)):
            continue
        n = int(m.group("n").split(".")[0])
        if not last < n <= last + 3 or (not found and n != first):
            continue
        title = tidy_line(m.group("title"))
        if not re.search(r"[A-Za-z]{2}", title):
            continue
        found.append((i, m.group("n"), title))
        last = n
    return found


# "24/101 To receive apologies", "101/24. Planning": an item numbered by the council's
# reference for the year (or the year after the number)
_REFERENCE_RE = re.compile(
    r"^\s*(?P<a>\d{1,4})/(?P<b>\d{1,4})(?:[.):]\s*|\s+)(?P<title>[A-Za-z(‘'\"“].{1,600})$"
)


def _referenced_items(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, number, title) of items numbered "24/101", "24/102", ... (or "101/24",
    "102/24", ...): the run that starts at the first such line, one part the same on every
    line and the other rising by one to three from line to line; the number as printed."""
    refs = [
        (i, m)
        for i, line in enumerate(lines)
        if (m := _REFERENCE_RE.match(tidy_line(line))) and re.search(r"[A-Za-z]{2}", m["title"])
    ]
    if len(refs) < 2:
        return []
    (_, first), (_, second) = refs[0], refs[1]
    fixed, moving = ("a", "b") if first["a"] == second["a"] else ("b", "a")
    found: list[tuple[int, str, str]] = []
    last = None
    for i, m in refs:
        if m[fixed] != first[fixed]:
            continue
        n = int(m[moving])
        if last is not None and not last < n <= last + 3:
            continue
        found.append((i, f"{m['a']}/{m['b']}", tidy_line(m["title"])))
        last = n
    return found if len(found) >= 2 else []


_BULLET_RE = re.compile(r"^\s*[-–•·*]\s+[A-Za-z]")


def _items_after_bullets(lines: list[str]) -> tuple[int, list[tuple[int, str, str]]]:
    """Business whose first items are bullets ("- Apologies") and whose later items kept
    their numbers ("11 FINANCE"): the numbered run that starts one past the count of
    bullets above it, with that count; (0, []) when there is no such run."""
    bullets = 0
    for line in lines:
        if _BULLET_RE.match(line):
            bullets += 1
            continue
        m = _ITEM_RE.match(tidy_line(line))
        if bullets >= 2 and m and int(m.group("n").split(".")[0]) == bullets + 1:
            return bullets, _items(lines, first=bullets + 1)
    return 0, []


# "1." (or "1", "1)") alone on its line, its title on the next
_LONE_NUMBER_RE = re.compile(r"^\s*\(?\d{1,3}[.)]?\s*$")


def _join_lone_numbers(lines: list[str]) -> list[str]:
    """An item's number alone on its line joined to the title on the line after it (a PDF's
    text keeps the number in a column of its own); a blank line stays where it was."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _LONE_NUMBER_RE.match(line) and re.match(r"\s*[A-Za-z(‘'\"“]", nxt):
            out.extend([f"{line.strip()} {nxt.strip()}", ""])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _text_after_notice(text: str) -> tuple[_Notice | None, list[str]]:
    source = "\n".join(_lines(text))
    notice = _notice(source)
    if notice is None:
        return None, []
    return notice, _join_lone_numbers(source[notice.end :].split("\n"))


# "AGENDA", "The Agenda", "STANDING AGENDA"
_AGENDA_LINE_RE = re.compile(r"(?i)^\s*(?:[a-z]{3,}\s+)?agenda\s*:?\s*$")


def _agenda_follows(notice: _Notice | None, after: list[str]) -> bool:
    """A summons ("You are hereby summoned to attend a meeting of X ...") over a line
    "AGENDA": a notice of a meeting even when its business is not numbered (bullets)."""
    return bool(notice and notice.summons and any(_AGENDA_LINE_RE.match(ln) for ln in after))


def summons_over_agenda(text: str) -> bool:
    """A summons to a meeting of a named body ("You are hereby summoned/invited to attend the
    meeting of X to be held ...") over its "AGENDA" line: read as a notice before a dated
    line in its business ("- Date of next meeting – Thursday, 7th October 2021") or the
    clerk's dated signature is taken for a web page's heading."""
    notice, after = _text_after_notice(text or "")
    return notice is not None and bool(notice.body) and _agenda_follows(notice, after)


def looks_like_agenda_notice(text: str) -> bool:
    """A notice of a meeting near the top, followed by at least two numbered items, or a
    summons to a meeting over its "AGENDA"."""
    notice, after = _text_after_notice(text or "")
    return notice is not None and (
        len(_items(after)) >= 2
        or len(_referenced_items(after)) >= 2
        or _agenda_follows(notice, after)
    )


# "This meeting has been cancelled", "MEETING POSTPONED", or a line "CANCELLED" alone, in
# the notice or above it: the meeting's status (a cancellation of another meeting named by
# its date is not this one's, so only these words are read)
_STATUS_RE = re.compile(
    r"(?im)\b(?:this|the)\s+meeting\s+(?:has\s+been|is|was)\s+(?P<a>cancelled|canceled|postponed)\b"
    r"|^[\W_]*(?:meeting\s+)?(?P<b>cancelled|canceled|postponed)[\W_]*$"
)


def notice_status(text: str) -> str:
    """ "cancelled" or "postponed" where the notice says so of its own meeting (see
    ``_STATUS_RE``); "" otherwise."""
    m = _STATUS_RE.search(text or "")
    if not m:
        return ""
    word = (m.group("a") or m.group("b")).lower()
    return "postponed" if word == "postponed" else "cancelled"


def _venue(sentence: str, date_text: str) -> str:
    """The place in the notice: "in the Council Chamber, Town Hall, X on ..." (before the
    date) or "7.30pm in the Village Hall" (after it); "" when neither reads as a place."""
    at = sentence.find(date_text) if date_text else -1
    before = sentence[:at] if at >= 0 else sentence
    before = re.sub(
        r"(?i)(?:^|\s+)at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs)", " ", before
    )
    m = _VENUE_RE.match(re.sub(r"(?i)^\s*(?:on\s+)?", "", before))
    if m and not re.search(r"\d{1,2}[.:]\d{2}|[ap]\.?m\b", m.group("v")):
        return _place_only(m.group("v").strip(" ,"))
    after = sentence[at + len(date_text) :] if at >= 0 else ""
    after = re.sub(
        r"(?i)\b(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|noon)|\bat\s+\d{1,2}[.:]\d{2}",
        " ",
        after,
    )
    m = re.search(r"(?i)\b(?:in|at)\s+(?!which\b)(?P<v>the\s+[A-Z][^,.;]*|[A-Z][^,.;]*)", after)
    return _place_only(" ".join(m.group("v").split()).strip(" ,")) if m else ""


def _place_only(venue: str) -> str:
    """A place's name ends where a run of three words in lower case begins ("the Parish Hall
    in line with standing orders ..." is "the Parish Hall")."""
    m = re.search(r"\s+(?:[a-z]+\s+){2}[a-z]+\b", venue)
    return venue[: m.start()].strip(" ,") if m else venue


def parse_agenda_notice(text: str) -> ParseResult:
    """Parse an agenda notice (see the module docstring)."""
    notice, after = _text_after_notice((text or "").replace("\r\n", "\n"))
    if notice is None:
        raise ParseError(
            "not an agenda notice: expected a sentence such as 'A meeting of the X will be "
            "held in the Council Chamber on Thursday 19 September 2024 at 10am' near the top"
        )
    found = _items(after)
    if len(found) < 2:
        found = _referenced_items(after) or found
    unnumbered = len(found) < 2 and _agenda_follows(notice, after)
    bullets = 0
    if unnumbered:
        bullets, found = _items_after_bullets(after)
        if len(found) < 2:
            bullets, found = 0, []
    if len(found) < 2 and not unnumbered:
        raise ParseError(
            "not an agenda notice: expected numbered items ('1. Apologies for Absence', "
            "'2. ...') after the notice of the meeting"
        )
    day = heading_date(notice.sentence, notice.before)
    if day is None:
        raise ParseError(
            f"could not read the date of the meeting in the notice {notice.sentence[:80]!r}: "
            "expected a date such as 'Thursday 19 September 2024'"
        )
    warnings: list[str] = []
    body = tidy_body_name(re.sub(r"(?i)^the\s+", "", notice.body))
    if council_kind(body):
        # "the Parish Council" under the letterhead "FENWICK PARISH COUNCIL"
        body = council_lines_above(notice.before, council_kind(body)) or body
    if _UNNAMED_BODY_RE.match(body or "meeting"):
        warnings.append(
            f"{day.isoformat()}: the notice names no body (only {body or 'a meeting'!r}): "
            + ASKS_FOR_BODY
        )
        body = ""
    kind_words = notice.kind.lower()
    kind = (
        "annual"
        if "annual" in kind_words
        else "special"
        if re.search(r"special|extra", kind_words)
        else "ordinary"
    )
    draft = MeetingDraft(body_name=body, kind=kind, date=day, origin="agenda-notice")  # type: ignore[arg-type]
    date_text = next(
        (m.group(0) for m in DATE_RE.finditer(notice.sentence)),
        "",
    )
    draft.start_time = parse_time(
        notice.sentence.replace(date_text, " ") if date_text else notice.sentence
    )
    if draft.start_time is None:
        warnings.append(f"{day.isoformat()}: the notice gives no time of the meeting")
    draft.venue = notice.venue or _venue(notice.sentence, date_text)
    # the notice, what is above it, and what comes between it and its business
    upto = found[0][0] if found else min(len(after), 15)
    draft.status = notice_status("\n".join([notice.before, notice.sentence, *after[:upto]]))
    if draft.status:
        draft.status_reason = "the notice says so"
    if bullets:
        warnings.append(
            f"{day.isoformat()}: the agenda's first {bullets} items are bullets without "
            "numbers; only its numbered items are read"
        )
    elif unnumbered:
        warnings.append(f"{day.isoformat()}: the agenda's business is not numbered; no item read")
    for k, (i, number, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(after)
        item = ItemDraft(number=number, title=title)
        item.agenda_text = join_paragraphs(paragraphs(after[i + 1 : end]))
        draft.items.append(item)
    draft.warnings.extend(warnings)
    return ParseResult([draft], "agenda-notice", warnings)
