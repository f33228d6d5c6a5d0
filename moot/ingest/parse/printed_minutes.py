"""Printed minutes of any council's template, as text (a PDF's text, a web page's text,
flattened or not): "Minutes of the [Annual] Meeting of BODY held [at TIME] on DATE [at
VENUE]", a "Present:" list, apologies, "In attendance", and numbered minutes.

Generic rules, not one council's wording:

* The heading is the first "Minutes of (the|a) ... meeting of BODY held ..." in the first
  part of the document; the date and clock time are read from the words after "held" (up to
  the end of that sentence or 250 characters); no date there refuses the document.
* Minutes whose heading names only the kind of council ("MINUTES FROM THE PARISH COUNCIL
  MEETING HELD ON JULY 18th 2023") give that kind as the body's name ("Parish Council"),
  which the importer matches to the council's own body (``mark_kind_only``); minutes naming
  no body ("Minutes of the meeting held on ..."), followed by an attendance list before any
  numbered minute, are read with no body and a warning: whose they are is never guessed,
  and the import asks for ``--body``.
* Minute numbers are any of ``17``, ``17.``, ``17a``, ``21.44``, ``77/21``,
  ``Cou/285/07-08`` (a word, a slash, digits) starting a line, or, in flattened text, the
  slash styles anywhere. A minute's title is its heading line, or in flattened text the
  run of capitalised words after the number (cut at a repeat of its first word, at an
  honorific, at a colon).
* "Present:" (or "Present Members:") lists people until the next label; "arrived at 7.01pm"
  and other bracketed notes are taken off the names. Apologies are read from an
  "Apologies:" list or "apologies ... received from ..."; "Absent:" lists are not apologies
  and are not read. "In attendance:" lines are read only when each is a name with an
  honorific ("Mr W Grosvenor Clerk ...") and the role is split off; "one member of the
  public" is nobody.
* Resolutions are the "RESOLVED" blocks of each minute.
* A file of several meetings' minutes one after another (a year's in one PDF) gives each
  meeting, in the order printed: the text is cut at each later heading of the first's form
  at a line's start (not an item's "To approve the" then another meeting's heading) naming
  another date (and the first's body, or any over a list of who attended: "Minutes of the
  meeting of the Finance Committee held on DATE - noted" is an item's words), or naming no
  date its line shows but over a list of who attended, and each
  part is read as minutes of its own. A part whose date cannot be read, is read as another
  date than its heading's line shows, repeats a date read before, or names no body or
  another body than the first's, is left out and said (the import takes one body a file);
  one naming only the kind of council the first's body is, is the first's body's, and said.

Pure: text in, drafts out; ``ParseError`` for a document that is not such minutes.
"""

from __future__ import annotations

import re
from datetime import date, time

from moot.ingest.council import bodies_of_kind, council_key
from moot.ingest.drafts import (
    ASKS_FOR_BODY,
    AttendanceDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
)
from moot.ingest.parse.common import (
    agreed_decisions,
    council_kind,
    extract_resolutions,
    heading_venue,
    opening_time,
    paragraphs,
    parse_time,
    tidy_body_name,
    tidy_line,
    title_case_capitals,
)
from moot.ingest.parse.minutes_attendance import (
    _ALSO_IN_LIST_RE,
    _BRACKETS_RE,
    _CLERK_PARAGRAPH_RE,
    _FIRST_MINUTE_RE,
    _LABEL_RE,
    _also_in_sentence,
    _also_present,
    _apologies_sentence,
    _before_minutes,
    _coded_register,
    _in_attendance,
    _initialled,
    _item_apologies,
    _labelled,
    _list_paragraph,
    _opening_apologies,
    _people,
    _present_minute,
    _sub_labelled,
    _unlabelled,
    chair_then_present,
    clerk_in_addition,
    clerk_line,
    closed_by_public_count,
    cut_at_heading_line,
    flat_body_rows,
    initialled_table,
    list_before_prose,
    officers_after_present,
    one_name_a_line,
    other_apologies,
    untable_body_column,
    untable_body_rows,
    untable_label_rows,
    untable_minute_rows,
    were_present_lines,
)
from moot.ingest.parse.minutes_headings import (
    _HEADS_ON_THEIR_LINES,
    _KIND_NAMED_RE,
    _KIND_ONLY_HEADS,
    _REFERRED_TO_RE,
    _WRAPPED_HEADING_RE,
    COUNCIL_MEETING_HELD_HEAD_RE,
    HEAD_RE,
    HEAD_WITHIN,
    SHORT_HEAD_RE,
    _council_over_heading,
    _council_title,
    _heading_sentence,
    _kind_line_over,
    _kind_title,
    _minutes_referred_to,
    council_line_over,
    council_lines_above,
    english_welsh_heading,
    find_heading,
    heading_date,
    join_wrapped_heading,
    names_only_a_place_kind,
    parish_meeting_of,
)
from moot.ingest.parse.minutes_numbers import _LINE_ITEM_RE, minute_numbers
from moot.ingest.parse.name_lists import attended_in_brackets, cut_at_other_councillor
from moot.ingest.parse.principal_minutes import principal_headings, strip_tag_debris
from moot.ingest.parse.unflatten import flat_title, is_flattened, is_year_span, unflatten

_KINDS = (
    (re.compile(r"\bannual\b", re.I), "annual"),
    (re.compile(r"\b(?:special|extraordinary|extra[\s-]?ordinary)\b", re.I), "special"),
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


def _same_body(first: str, other: str) -> bool:
    """Do two meetings' printed body names name the same body (case, spaces and "the"
    aside)?"""
    return council_key(first) == council_key(other)


def _later_meetings(
    text: str, was_flat: bool, heading: re.Match[str], first: MeetingDraft
) -> tuple[list[MeetingDraft], list[str]]:
    """The meetings whose minutes follow the first's in a file of several (a year's minutes
    in one PDF), each read as minutes of its own (its own heading's date, time, venue,
    items, attendance and decisions), in the order printed, with the warnings. Never
    guessed: a part whose own heading cannot be read, or gives another date than the one
    it was cut at, or the date of a meeting already read, is left out and said; so is a
    part naming no body or another body than the first's (the import takes one body a
    file), except where its heading names only the kind of council the first's body is
    ("Minutes of the Town Council meeting" after "Saltash Town Council"'s): the first's
    body, and said."""
    assert first.date is not None
    starts = meeting_starts(text, heading, first.date)
    drafts: list[MeetingDraft] = []
    warnings: list[str] = []
    days = {first.date}
    warnings.append(
        f"{first.date.isoformat()}: the file holds the minutes of more than one meeting "
        f"({len(starts) + 1}, printed one after another); each is read as minutes of its own, "
        "up to the next one's heading (one that cannot be read safely is left out, and said)"
    )
    for position, (start, day) in enumerate(starts, start=2):
        end = starts[position - 1][0] if position - 1 < len(starts) else len(text)
        part = join_wrapped_heading(text[start:end])
        line = " ".join(part.strip().split("\n", 1)[0].split())[:100]
        name = f"the file's meeting no. {position} ({line!r})"
        try:
            draft, said, _, following = _read_minutes(part, was_flat)
        except ParseError as error:
            warnings.append(f"{name}: not imported: {error}")
            continue
        if day is not None and draft.date != day:
            warnings.append(
                f"{name}: not imported: its heading was read as of "
                f"{draft.date.isoformat() if draft.date else 'no date'}, not {day.isoformat()}"
            )
            continue
        assert draft.date is not None
        day = draft.date
        if day in days:
            warnings.append(
                f"{name}: not imported: a meeting of {day.isoformat()} was read before it in "
                "the file (which is which cannot be told)"
            )
            continue
        if not _same_body(first.body_name, draft.body_name):
            kind = council_kind(draft.body_name)
            if kind and first.body_name and bodies_of_kind(kind, [first.body_name]):
                warnings.append(
                    f"{day.isoformat()}: the heading names only the {kind}: read as "
                    f"{first.body_name}'s, the body of the file's first minutes"
                )
                draft.body_name = first.body_name
            else:
                whose = repr(draft.body_name) if draft.body_name else "no body"
                warnings.append(
                    f"{name}: not imported: its heading names {whose}, the file's first "
                    f"minutes {first.body_name or 'no body'!r} (import one body's minutes a file)"
                )
                continue
        if following is not None:
            warnings.append(
                f"{day.isoformat()}: its minutes were read up to another heading in them "
                f"({' '.join(part[following:].split(chr(10), 1)[0].split())[:100]!r})"
            )
        days.add(day)
        drafts.append(draft)
        warnings += said
    return drafts, warnings


# "1)Ymddiheuriadau a datgan diddordeb : ... 2)Cyhoeddiadau'r Cadeirydd : ... 3)Llofnodi
# ...": minutes numbered by a word processor's list ("1)", "2)", ...), run together into one
# paragraph, the space after the bracket lost
_RUN_IN_BRACKET_NUMBER_RE = re.compile(r"(?<=\s)(?P<n>\d{1,2})\)[ \t]?(?=[A-Z])")


def part_run_in_minutes(text: str) -> str:
    """The text with a paragraph that opens "1)" and runs minutes "2)", "3)" ... on into
    it parted into one line a minute ("1) Title ...", "2) Title ..."): only where the
    numbers follow each other from 1, three at least, each before a capital; anything else
    is left as it was (a list inside a minute, a number in a sentence)."""

    def part(line: str) -> str:
        first = re.match(r"[ \t]*1\)[ \t]?(?=[A-Z])", line)
        if first is None:
            return line
        cuts, want = [], 2
        for m in _RUN_IN_BRACKET_NUMBER_RE.finditer(line, first.end()):
            if int(m.group("n")) == want:
                cuts.append(m)
                want += 1
        if len(cuts) < 2:
            return line
        pieces, start = [], first.end()
        for m in cuts:
            pieces.append(line[start : m.start()].strip())
            start = m.end()
        pieces.append(line[start:].strip())
        out = [f"{n}) {piece}" for n, piece in enumerate(pieces, 1)]
        return "\n\n".join(out)

    return "\n".join(part(line) for line in (text or "").split("\n"))


def looks_like_printed_minutes(text: str) -> bool:
    from moot.ingest.parse.heading_fallback import fallback_heading

    joined = join_wrapped_heading(principal_headings(unflatten(strip_tag_debris(text))))
    return (
        find_heading(joined) is not None
        or find_heading(english_welsh_heading(joined)) is not None
        or fallback_heading(joined) is not None
    )


def _short_title(title: str) -> str:
    """A numbered paragraph without a heading ("4. There was a discussion about a footpath
    to the cricket field, possibly from ...") is titled by its first clause when the
    paragraph is long: up to its first full stop or comma after a few words."""
    if len(title) <= 150:
        return title
    cut = re.search(r"(?<=.{20})[.,;:](?=\s)", title)
    return title[: cut.start()] if cut and cut.start() <= 150 else title[:150].rsplit(" ", 1)[0]


def _next_letter(previous: str, number: str) -> bool:
    """Is ``number`` the next lettered part of ``previous``'s minute ("41a/19" then
    "41b/19", "7a" then "7b")?"""
    a = re.fullmatch(r"(\d+)([a-z])(/\d+)?", previous)
    b = re.fullmatch(r"(\d+)([a-z])(/\d+)?", number)
    return bool(
        a
        and b
        and a.group(1) == b.group(1)
        and a.group(3) == b.group(3)
        and ord(b.group(2)) == ord(a.group(2)) + 1
    )


_YEAR_NUMBER_RE = re.compile(r"\d{1,4}[a-z]?/(?P<year>\d{2})")


def earlier_year_number(previous: str, number: str) -> bool:
    """Is ``number`` ("116/21") a minute of an earlier year than ``previous`` ("04/22"),
    both numbered serial/year? Minutes are numbered forward, so such a number printed after
    this meeting's minute is an earlier minute spoken of (under "Matters arising"), not one
    of this meeting's."""
    a = _YEAR_NUMBER_RE.fullmatch(previous)
    b = _YEAR_NUMBER_RE.fullmatch(number)
    return bool(a and b and 0 < int(a.group("year")) - int(b.group("year")) <= 10)


def _numbered_under_a_minute(number: str, minutes: list[str]) -> bool:
    """Is a number at a line's start, after minutes numbered 1, 2, 3 ... (plain numbers
    going up), a paragraph's or a list's number inside the last minute rather than a minute?
    "10.1 Comment had been raised ..." after minutes 1 to 9 (a dotted number among plain
    ones), or "1. Register of electors", "2. Standards Committee agenda" under "7.
    Correspondence:" (a number not above the last minute's; a list that runs past it is
    not told from minutes)."""
    if len(minutes) < 2 or not all(n.isdigit() for n in minutes):
        return False
    if set(minutes) == {"1"} and re.fullmatch(r"\d{1,3}\.\d{1,3}", number):
        # minutes all numbered "1." by a lost list numbering (Garway), then "6.1 Ward
        # Councillor Toni Fagan raised ...": the paragraphs keep the numbers the list lost,
        # so a dotted number is a paragraph's inside the last minute, never a minute
        return True
    if any(int(a) >= int(b) for a, b in zip(minutes, minutes[1:], strict=False)):
        return False  # minutes all numbered "1." (Walford) or not in order: no rule
    if re.fullmatch(r"\d{1,3}\.\d{1,3}", number):
        return True
    if re.fullmatch(r"\d{1,4}/\d{1,4}", number):
        # "Item 6:To receive the minutes ..." then "19/10Resolved to approve ...": under
        # minutes numbered 1, 2, 3 ..., a slash number is the minute's own serial or a
        # reference, not another minute
        return True
    return number.isdigit() and int(number) <= int(minutes[-1])


# "1.0" or "51." on a line of its own, then "Meeting opening" (blank lines between): a
# table's cells copied out one a line, the minute's number and its title (a bare "12" alone
# on a line is more often a page's number, and is left as it is)
_NUMBER_ALONE_RE = re.compile(
    r"(?m)^(?P<num>[ \t]*\d{1,3}(?:(?:\.\d{1,2})+\.?|\.))[ \t]*\n(?:[ \t]*\n)*"
    # ... or over a long paragraph that opens with its title and a colon ("1." then
    # "Minutes of Previous Meeting: It was proposed by ...", text that lost its lines)
    r"(?=[ \t]*[A-Z][^\n]{2,150}$|[ \t]*[A-Z][^\n:.]{2,60}:[ \t]+[A-Z])(?![ \t]*\d)"
)


# "[1]   Chairman’s welcome and apologies for absence.": a minute's number in square
# brackets at a line's start, before its title ("[a]" sub-items, and "[2]. 11/833. ..."
# where another number follows, are left as they are)
_BRACKETED_NUMBER_RE = re.compile(r"(?m)^(?P<indent>[ \t]*)\[(?P<num>\d{1,3})\]\.?(?=[ \t]+[A-Z])")


def unbracket_minute_numbers(text: str) -> str:
    """``text`` with each minute number printed in square brackets at a line's start
    ("[1]   Chairman's welcome") as a plain number ("1.   Chairman's welcome"), where two
    lines or more are so numbered (one bracketed number alone may be anything, a footnote's
    mark); any other text as it was."""
    if len(_BRACKETED_NUMBER_RE.findall(text)) < 2:
        return text
    return _BRACKETED_NUMBER_RE.sub(lambda m: f"{m.group('indent')}{m.group('num')}.", text)


# "125/20" alone on its line over "APOLOGIES FOR ABSENCE": a minute's number and the
# council's year, the title on the next line with words
_SLASH_ALONE_RE = re.compile(
    r"(?m)^(?P<num>[ \t]*\d{1,4}/(?P<year>\d{2}))[ \t]*\n(?:[ \t]*\n)*"
    r"(?=[ \t]*[A-Z][^\n]{2,150}$)(?![ \t]*\d)"
)
_SLASH_LINE_RE = re.compile(r"(?m)^[ \t]*\d{1,4}/(?P<year>\d{2})(?=[ \t]*$|[ \t]+[A-Z])")


def join_slash_numbers(text: str) -> str:
    """Each minute number of the form "125/20" printed alone on its line joined to the
    title on the next line ("125/20" then "APOLOGIES FOR ABSENCE" is "125/20 APOLOGIES FOR
    ABSENCE"), where two lines or more open with such a number of the same year (alone or
    before a title: "126/20 DECLARATIONS OF INTEREST"); one alone may be anything (a
    reference, a date's month and year), and is left as it was; a financial year
    ("2020/21") is never such a number."""
    years = [
        m.group("year")
        for m in _SLASH_LINE_RE.finditer(text)
        if not is_year_span(m.group(0).strip())
    ]

    def join(m: re.Match[str]) -> str:
        if is_year_span(m.group("num").strip()) or years.count(m.group("year")) < 2:
            return m.group(0)
        return m.group("num") + " "

    return _SLASH_ALONE_RE.sub(join, text)


# "16/224Apologies for Absence: None.": a minute's slash number run into its title at a
# line's start (the space lost when a PDF's text was copied)
_SLASH_RUN_IN_RE = re.compile(r"(?m)^(?P<num>[ \t]*\d{1,4}/\d{1,4})(?=[A-Z][a-z])")
# "Cllr Shaun McMillan - ChairCllr Raymond Bailey", "Cllr Phillipa ColemanClerk, Kim
# Duller": two columns of names run together on a line opening with an honorific (the gap
# between the columns lost): an honorific or "Clerk" glued to the word before it opens the
# next column's entry
_COLUMN_LINE_RE = re.compile(r"(?m)^[ \t]*(?:Cllr|Councillor)\b[^\n]*")
_GLUED_ENTRY_RE = re.compile(r"(?<=[a-z])(?=(?:Cllr|Councillor|Clerk)\b)")


def part_glued_columns(text: str) -> str:
    """Lines of councillors in two columns whose gap was lost, parted again with the
    spaces of a column's gap (see ``_GLUED_ENTRY_RE``)."""
    return _COLUMN_LINE_RE.sub(lambda m: _GLUED_ENTRY_RE.sub("    ", m.group()), text)


# "21/22 – 61       Apologies": the council's year and a running number parted by a spaced
# dash, at a line's start before a title (read as "21/22-61"); only where two lines or more
# are so numbered (one alone may be a reference or a sum)
_SPACED_YEAR_RUN_RE = re.compile(
    r"(?m)^(?P<year>[ \t]*\d{2}/\d{2})[ \t]+[–—-][ \t]+(?P<run>\d{1,4})(?=[ \t]+[A-Z])"
)


# "... Cllr Nichols 21/22 –" over "62 Declarations of Interest": flattened text put back on
# lines parted such a number at its dash; the year goes to the next line's start again
_PARTED_YEAR_RUN_RE = re.compile(
    r"(?m)[ \t]+(?P<year>\d{2}/\d{2})[ \t]*[–—-][ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<run>\d{1,4})(?=[ \t]+[A-Z])"
)


def close_year_run_numbers(text: str) -> str:
    """ "21/22 – 61" minute numbers (``_SPACED_YEAR_RUN_RE``, ``_PARTED_YEAR_RUN_RE``) as
    "21/22-61" at a line's start."""
    if len(_PARTED_YEAR_RUN_RE.findall(text)) >= 2:
        text = _PARTED_YEAR_RUN_RE.sub(r"\n\g<year>-\g<run>", text)
    if len(_SPACED_YEAR_RUN_RE.findall(text)) < 2:
        return text
    return _SPACED_YEAR_RUN_RE.sub(r"\g<year>-\g<run>", text)


def join_numbers_to_titles(text: str) -> str:
    """Each minute number printed alone on its line joined to the title on the next line
    with words ("1.0" then "Meeting opening" is "1.0 Meeting opening"; "125/20" then
    "APOLOGIES FOR ABSENCE", see ``join_slash_numbers``); a slash number run into its title
    parted from it; "21/22 – 61" closed up (``close_year_run_numbers``)."""
    text = close_year_run_numbers(_SLASH_RUN_IN_RE.sub(r"\g<num> ", text))
    return join_slash_numbers(_NUMBER_ALONE_RE.sub(lambda m: m.group("num") + " ", text))


# "2891. Apologies for Absence.", "2893 Minutes of the Ordinary ...": a council's running
# minute number of four or five digits at a line's start (never a year: "2019 ..." is not
# read), then the title
_SERIAL_LINE_RE = re.compile(
    r"^[ \t]*(?P<num>(?!(?:19|20)\d\d(?!\d))\d{4,5})(?:\.?[ \t]+|\.(?=[A-Z][a-z]))"
    r"(?P<title>[A-Z][^\n]{2,3000})$"
)


def running_serials(lines: list[str]) -> set[str]:
    """The four- or five-digit numbers opening lines (``_SERIAL_LINE_RE``) that are a
    council's running minute numbers: each one whose next or previous number opens another
    line too ("2891." and "2892."); a lone number of four digits (an amount, a postcode's
    part) is not one."""
    numbers = {m.group("num") for ln in lines if (m := _SERIAL_LINE_RE.match(ln))}
    return {n for n in numbers if str(int(n) + 1) in numbers or str(int(n) - 1) in numbers}


# "Apologies for absence – Councillors ...": a short title (no stop in it), a spaced dash,
# then the minute's text
_COLON_RUN_ON_RE = re.compile(r"(?P<title>[A-Z][^:.\n]{2,60}?):\s+(?P<text>\S.*)$")
_DASH_RUN_ON_RE = re.compile(r"(?P<title>[A-Z][^.–—\n]{2,60}?)\s+[–—]\s+(?P<text>[A-Z].*)$")


# "21/22-67": the council's year (2021/22) and the minute's running number after a hyphen
_YEAR_RUN_RE = re.compile(r"\d{2}/\d{1,2}-(?P<run>\d{1,4})")
# "16/224", "17/064": the council's year (two figures), then a running number of three or
# four figures (never a year's two, as in "77/21")
_YEAR_FIRST_RE = re.compile(r"\d{2}/(?P<run>\d{3,4})")


def running_number(number: str) -> int | None:
    """The running number of a minute's number, by which one minute follows another: the
    number after the hyphen of "21/22-68" (the council's year before it), the number of
    three or four figures after a year's two ("16/224"), else the first number printed ("41a/19": 41, "7": 7); None where it holds no figure."""
    m = _YEAR_RUN_RE.fullmatch(number or "") or _YEAR_FIRST_RE.fullmatch(number or "")
    if m:
        return int(m.group("run"))
    first = re.search(r"\d+", number or "")
    return int(first.group()) if first else None


def _items(text: str, heading_end: int, run_in: bool = True) -> list[tuple[str, str, str]]:
    """(number, title, body text) of each minute after the heading; unnumbered headings in
    capitals are read only when ``run_in`` (text that kept its own lines: in text flattened
    from a PDF, words in capitals may be anything from a name to a table's heading)."""
    body = text[heading_end:]
    lines = body.split("\n")
    found: list[tuple[int, str, str]] = []
    run_on: dict[int, str] = {}  # offset -> the text after a title in capitals on its line
    pending: tuple[int, str, str] | None = None  # a long paragraph, a minute if the next follows
    offset = 0
    serials = running_serials(lines)
    for line in lines:
        m = _LINE_ITEM_RE.match(line)
        if m is None and serials:
            serial = _SERIAL_LINE_RE.match(line)
            m = serial if serial and serial.group("num") in serials else None
        whole = m.group("num").split(".")[0] if m else ""
        if m and "." in m.group("num") and any(f[1] in (whole, whole + ".0") for f in found):
            # "3.1", "3.1.1" after item 3 (or "3.0"): paragraphs of item 3, not items
            m = None
        if m and _numbered_under_a_minute(m.group("num"), [f[1] for f in found]):
            m = None
        if (
            m
            and m.group("num") == "1"
            and len(found) == 1
            and found[0][1].isdigit()
            and found[0][1] != "1"
        ):
            found.clear()  # "2 Members of the Public" before minute 1: a count, not a minute
        if m and m.group("num") == "0":
            m = None  # "0 Public: 0 members of the public": a count, never a minute
        if m and re.match(r"(?i)members?\s+of\s+the\s+public\b", m.group("title")):
            m = None  # "10 Members of the Public" under the councillors: a count, never a minute
        if m and found and earlier_year_number(found[-1][1], m.group("num")):
            m = None  # "116/21 Lighting at school camp" under "04/22 Matters arising"
        if m and not re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            title = tidy_line(m.group("title"))
            if " … " in title:
                # "Election of Chairman … Frank Myers was unanimously re-elected ...": the
                # title, an ellipsis, then the minute's text on the same line
                title, run_on[offset] = (part.strip() for part in title.split(" … ", 1))
            caps = _CAPS_TITLE_RE.match(title) if len(title) > 60 else None
            if caps and _is_caps_title(caps.group("title")):
                # "38. APOLOGIES Apologies for absence were received from ...": the title
                # in capitals, and the minute's text runs on from it on the same line
                run_on[offset] = title[caps.end() :].strip()
                title = caps.group("title")
            current = running_number(m.group("num"))
            if (
                pending
                and current is not None
                and current == running_number(pending[1]) + 1
                and (not found or pending[0] > found[-1][0])
            ):
                # "1. To elect a Chair ... Proper Officer." then "2. To elect a Vice Chair
                # ...": two long paragraphs whose numbers follow are both minutes
                found.append(pending)
                pending = None
            previous = running_number(found[-1][1]) if found else None
            follows = previous is not None and current is not None and current == previous + 1
            # a long sentence is a minute only where its number follows the last minute's,
            # or where the next minute's number follows its own ("1. Mr Pearce gave a
            # detailed presentation ..." then "2. The minutes of ... were agreed")
            # "1. Councillor changes: Cllr Bradley - resignation, ... Council resolved to co-opt
            # Mr Barber." under minutes all numbered "1." (a list's numbering lost, so no
            # number ever follows): a long paragraph is a minute all the same, titled by the
            # words before its colon, or else by its first clause
            lost_list = (
                m.group("num") == "1"
                and bool(found)
                and all(f[1] == "1" for f in found)
                and (len(title) > 150 or (title.endswith(".") and len(title) >= 60))
            )
            colon = _COLON_RUN_ON_RE.match(title) if lost_list and offset not in run_on else None
            if colon:
                title, run_on[offset] = colon.group("title"), colon.group("text")
            short = _short_title(title)
            if short != title and offset not in run_on:
                # "161/19 Future Meeting Dates: The chairman suggested ... unanimously
                # agreed.": a long line titled by its first clause; the rest is the
                # minute's text, never lost
                run_on[offset] = title[len(short) :].lstrip(" .,;:")
            # ("41b/19 Declarations of Interest: None declared. ..." after "41a/19": the next
            # letter of the same minute's number follows it too)
            follows = follows or bool(found and _next_letter(found[-1][1], m.group("num")))
            dashed = _DASH_RUN_ON_RE.match(title) if offset not in run_on else None
            if dashed and title.endswith(".") and len(title) >= 60 and not follows:
                # "1. Apologies for absence – Councillors Johnny Scrimgeour and Anna Coda.":
                # a short title, a dash, then the minute's text on the same line (as the
                # ellipsis above), under minutes all numbered "1." whose numbers never follow
                title, run_on[offset] = dashed.group("title"), dashed.group("text")
            if (
                len(title) <= 150
                and (not title.endswith(".") or len(title) < 60)
                or follows
                or lost_list
            ):
                # (a pending paragraph this number follows was taken above)
                found.append((offset, m.group("num"), _short_title(title)))
                pending = None
            elif m.group("num").isdigit() or _YEAR_RUN_RE.fullmatch(m.group("num")):
                pending = (offset, m.group("num"), _short_title(title))
        offset += len(line) + 1
    if len(found) < 1 or max(len(ln) for ln in lines) > 600:
        flat = " ".join(body.split())
        flat_found = [(m.start(), m.group("num"), "") for m in minute_numbers(flat)]
        if flat_found:
            out = []
            for i, (start, num, _) in enumerate(flat_found):
                end = flat_found[i + 1][0] if i + 1 < len(flat_found) else len(flat)
                # "[2]. 11/833. Minutes of the last meeting. ...": the stop after the number
                # and the next minute's bracketed index are no part of the title
                segment = flat[start + len(num) : end].strip().lstrip(".:").strip()
                segment = re.sub(r"\s*\[\d{1,3}\]\.?$", "", segment)
                # a title that is not a run of capitalised words ("To receive declarations
                # of interest under the Localism Act 2011 - being any ..."): its first clause
                out.append((num, flat_title(segment) or _short_title(segment), segment))
            return out
    if not found and run_in:
        return _run_in_items(body)
    out = []
    for i, (start, num, title) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(body)
        first_line_end = body.find("\n", start)
        text = body[first_line_end + 1 if first_line_end >= 0 else end : end]
        if start in run_on:
            text = run_on[start] + "\n" + text
        out.append((num, title, text))
    return out


# a title in capitals at the start of a numbered line, before the minute's first word in
# lower case ("TO RECEIVE DECLARATION OF INTEREST Councillor P Vaughan declared ...")
_CAPS_TITLE_RE = re.compile(
    r"(?P<title>[A-Z][A-Z0-9'’&/()-]*(?:\s+(?:[A-Z0-9][A-Z0-9'’&/(),.-]*|&|-|–|/))*?)"
    r"\s+(?=[A-Z]?[a-z])"
)


def _is_caps_title(title: str) -> bool:
    """Two or more words in capitals, or one of five letters or more ("PRESENT"); an
    initial ("P") or an acronym of four letters is not a title."""
    words = title.split()
    return (len(words) >= 2 or len(title) >= 5) and sum(len(w) > 1 for w in words) >= 1


_RUN_IN_RE = re.compile(
    r"^[ \t]*(?P<title>[A-Z][A-Z'’&-]+(?:[ \t]+[A-Z][A-Z'’&-]*)*)"
    r"(?=[ \t]*$|[ \t]*[.:,;–-]|[ \t]+(?:\(|[a-z]))",
    re.MULTILINE,
)
_NOT_HEADINGS = {"RESOLVED", "AGREED", "DECIDED", "RESOLUTION", "NOTE", "NB", "PS"}


def _run_in_items(body: str) -> list[tuple[str, str, str]]:
    """Unnumbered minutes whose heading runs into the text, in capitals: "APOLOGIES FOR
    ABSENCE were received from ...", "FINANCE. A cheque was signed ...". A heading is a
    paragraph's opening run of capitalised words (two or more, or one of five letters or
    more: "NALC has written" is an acronym, not a heading), followed by the end of the line,
    a stop or a lower-case word. Nothing is numbered; the text runs to the next heading."""
    found = []
    for m in _RUN_IN_RE.finditer(body):
        title = m.group("title").strip()
        words = title.split()
        if words[0] in _NOT_HEADINGS or (len(words) == 1 and len(title) < 5):
            continue
        label = _LABEL_RE.match(body, m.start())
        if label and label.group(0).rstrip().endswith(":"):
            continue  # "PRESENT: Councillors: ...", "ALSO PRESENT: ...": a list, not a minute
        if not body[: m.start()].endswith("\n\n") and m.start() > 0:
            continue  # a heading opens a paragraph
        found.append((m.start(), m.end(), title))
    out = []
    for i, (start, end, title) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(body)
        # the minute's text is its whole paragraph: "THE MINUTES of the previous meeting
        # were read, approved and signed"
        text = body[start:stop].strip() if body[end:stop].strip(" .:;,–-\n") else ""
        out.append(("", title_case_capitals(title).capitalize(), text))
    return out


_TIME_SPAN_RE = re.compile(
    r"\([^()\n]*?\b(?P<start>\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)\s*[–—-]\s*"
    r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s*\)",
    re.IGNORECASE,
)


# "The Meeting followed the Annual Parish Meeting and opened at 1850", "The Chairman
# opened the meeting at 7.35pm", "The Meeting was declared open at 7.30pm": the opening
# time, said before the first minute
_OPENED_AT_RE = re.compile(
    r"\b(?:meeting|chair(?:man|woman|person)?|mayor)\b[^.;\n]{0,60}?\b(?:was\s+)?"
    r"(?:opened|commenced|started|began|declared\s+open)(?:\s+the\s+(?:meeting|proceedings))?\s+at\s+"
    r"(?:(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:hrs|hours))?\b|(?P<clock>[^\n;,]{1,12}))",
    re.IGNORECASE,
)


# "The Mayor, Cllr X, presided over the monthly meeting of Y Town Council held in the
# Council Chamber, ..., on Wednesday, 27th April 2016, at 7.30 pm.": the sentence under a
# heading without a time saying where, when and at what time the meeting was held
_HELD_AT_TIME_RE = re.compile(
    r"(?i)\bheld\b(?P<when>[^\n.]{0,200}?(?:19|20)\d\d),?[ \t]+at[ \t]+"
    r"(?P<clock>\d{1,2}(?:[.:]\d\d)?[ \t]*[ap]\.?m\b)"
)


def held_at_time(opening: str, day: date):
    """The time the first sentence of the opening words that says the meeting was held on
    ``day`` gives ("... held in the Council Chamber on Wednesday, 27th April 2016, at 7.30
    pm"); None where no such sentence names that very date (another meeting's, spoken of,
    gives nothing)."""
    m = _HELD_AT_TIME_RE.search(opening)
    if m is None or heading_date(m.group("when")) != day:
        return None
    return parse_time(m.group("clock"))


def _opened_at(opening: str):
    """The time the opening words say the meeting opened at; a four-digit clock time
    ("1850") is read only there, after "opened at" (anywhere else it may be a year)."""
    m = _OPENED_AT_RE.search(opening)
    if not m:
        return None
    if m.group("hhmm"):
        return time(int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:]))
    return parse_time(m.group("clock"))


# "Commenced 19.15" (over "Concluded 20.15"), "Meeting started: 7.30pm": the time the
# meeting began, on a line of its own
_COMMENCED_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:the[ \t]+)?meeting[ \t]+)?(?:commenced|started|began|opened)[ \t]*"
    r"(?:at[ \t]+)?:?[ \t]*(?P<clock>\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?)[ \t]*\.?[ \t]*$"
)
_TWENTY_FOUR_RE = re.compile(r"(?P<h>1[2-9]|2[0-3])[.:](?P<m>[0-5]\d)")


def commenced_line(opening: str):
    """The time on a line of its own saying the meeting began ("Commenced 19.15", "Meeting
    started: 7.30pm"), or None. A 24-hour time is read from 12.00 on; an earlier one needs
    its "am" or "pm" ("Commenced 7.15" could be morning or evening)."""
    m = _COMMENCED_LINE_RE.search(opening)
    if not m:
        return None
    clock = m.group("clock").strip()
    full = _TWENTY_FOUR_RE.fullmatch(clock)
    if full:
        return time(int(full.group("h")), int(full.group("m")))
    if not re.search(r"(?i)[ap]\.?\s?m", clock):
        return None
    return parse_time(clock)


def _dated_line_time(opening: str, day: date):
    """The clock time on a line before the first minute that names the meeting's own date
    ("Minutes from council meeting on April 12th 2021 7pm Zoom meeting ...", under a title
    "Minutes for Parish Council meeting 12th April 2021" read as the heading), where the
    heading names no time; a line about another meeting (previous, last, next) is none."""
    for line in opening.split("\n")[:20]:
        if len(line) > 200 or re.search(r"(?i)\b(?:previous|last|next|adjourned)\b", line):
            continue
        if heading_date(line) == day:
            found = parse_time(line)
            if found:
                return found
    return None


def _time_span_start(opening: str):
    """The start of a time span printed in brackets before the first minute, where the
    heading names no time; None otherwise."""
    m = _TIME_SPAN_RE.search(opening)
    return parse_time(m.group("start")) if m else None


_RESOLVED_IN_TITLE_RE = re.compile(r"\bRESOLVED\b.*$")
_CHAIR_ROLE_RE = re.compile(r"(?i)\(\s*(?:the\s+)?chair(?:man|woman|person)?\b(?!\s+of\b)")
_NONE_IN_TITLE_RE = re.compile(r"(?i)\bapologies\b[^:]{0,30}:\s*(?:none|nil|no\s+apologies)\b")


_SHORT_BODY_OF_RE = re.compile(r"(?i)^(?:of\s+(?:the\s+)?)+(?=[A-Z])")
_MEETING_OF_IN_BODY_RE = re.compile(
    r"(?is)(?P<which>.{1,40}?(?<!parish\s)\bmeeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)"
)
_KIND_INSIDE_RE = re.compile(
    r"(?i)(?<=\S\s)(?:annual|ordinary|extraordinary|extra-ordinary|special)\s+"
    r"(?=(?:parish|town|community|village)\s+council$)"
)


# "Minutes of last meeting:" then "Approved and signed"; "16/226 Draft Minutes of the
# Parish Council Meeting held on the 6th July 2016:Agreed."; "Minutes of the Parish Council
# Meeting 4 May 2021" then "These were agreed and signed as a true record": the minute
# approving the last meeting's minutes, its decision in a word or two
_MINUTES_TITLE_RE = re.compile(r"(?i)\bminutes\b")
_APPROVED_WORD_RE = re.compile(
    r"(?i)^(?:(?:these|they)\s+were\s+)?(?:unanimously\s+)?(?:agreed|approved)"
    r"(?:\s+and\s+signed)?\b(?!\s+(?:that|to|by)\b)[^\n]{0,60}$"
)


def minutes_approved(title: str, body_text: str) -> list[str]:
    """The decision of a minute on the last meeting's minutes printed in a word or two
    ("Approved and signed", "Agreed." after the title's colon, "These were agreed and
    signed as a true record"): one decision; none where the title names no minutes or the
    text says more (see ``_APPROVED_WORD_RE``)."""
    head, colon, after = title.rpartition(":")
    if not _MINUTES_TITLE_RE.search(head if colon else title):
        return []
    first = next((ln.strip() for ln in body_text.split("\n") if ln.strip()), "")
    said = after.strip() if colon and after.strip() else first
    return [said] if _APPROVED_WORD_RE.match(said) else []


def parse_printed_minutes(text: str) -> ParseResult:
    """Parse printed minutes (see the module docstring). A file of several meetings' minutes
    one after another (a year's in one PDF) gives each meeting, in the order printed (see
    ``_later_meetings``)."""
    text = (text or "").replace("\r\n", "\n").replace("\u00a0", " ")
    text = strip_tag_debris(text)
    was_flat = is_flattened(text)
    text = principal_headings(unflatten(text))
    text = join_numbers_to_titles(join_wrapped_heading(unbracket_minute_numbers(text)))
    text = part_run_in_minutes(untable_minute_rows(part_glued_columns(text)))
    if find_heading(text) is None:
        # a Welsh council's heading in Welsh only, read as the English one (before the
        # file is parted into meetings, so that each part's place is in the text read)
        text = english_welsh_heading(text)
    try:
        draft, warnings, heading, following = _read_minutes(text, was_flat)
    except ParseError:
        # no specific rule reads the heading: the general reading, or the refusal as it was
        from moot.ingest.parse.heading_fallback import fallback_heading

        rewritten = fallback_heading(text)
        if rewritten is None:
            raise
        text = rewritten
        draft, warnings, heading, following = _read_minutes(text, was_flat)
        if not draft.body_name and not any(w.endswith(ASKS_FOR_BODY) for w in warnings):
            # a heading no rule knows, naming no body: never guessed, asked for (as the
            # specific readers do), so the import refuses it unless --body names one
            warnings.append(
                f"{draft.date.isoformat()}: the minutes name no council or meeting: "
                + ASKS_FOR_BODY
            )
    drafts = [draft]
    if following is not None:
        later, more = _later_meetings(text, was_flat, heading, draft)
        drafts += later
        warnings += more
    return ParseResult(drafts, "printed-minutes", warnings)


def _read_minutes(
    text: str, was_flat: bool
) -> tuple[MeetingDraft, list[str], re.Match[str], int | None]:
    """One meeting's minutes, the first printed in ``text`` (already put back on lines):
    its draft, the warnings, its heading and where the next meeting's minutes begin (None
    where no other meeting's follow)."""
    heading = find_heading(text)
    if heading is None:
        raise ParseError(
            "not printed minutes: expected a heading such as 'Minutes of the Meeting of X "
            "Council held on 4 May 2021'"
        )
    sentence = _heading_sentence(heading.group("rest"))
    if heading.re in _HEADS_ON_THEIR_LINES:
        before = text[: heading.start()]
    else:
        before = " ".join(text[: HEAD_WITHIN * 2].split())[: heading.start()]
    day = heading_date(sentence, before)
    if day is None:
        raise ParseError(
            "could not read the date of the meeting in the minutes' heading: expected "
            "'held on 4 May 2021'"
        )
    body = tidy_body_name(heading.group("body").strip(" ,"))
    pre = heading.group("pre") + (heading.groupdict().get("after") or "")
    if heading.re is SHORT_HEAD_RE:
        # "Minutes of the of Dunston Annual Parish Council Meeting held on ...": a doubled
        # "of" is no part of the name, and the meeting's kind printed between the place and
        # "Parish Council" is the meeting's, not the body's
        body = _SHORT_BODY_OF_RE.sub("", body)
        meeting_of = _MEETING_OF_IN_BODY_RE.fullmatch(body)
        if meeting_of:
            # "Minutes of First Meeting of Community Council on ...": the words before
            # "Meeting of" say which meeting, the body is named after it
            pre += " " + meeting_of.group("which")
            body = meeting_of.group("body")
        inner = _KIND_INSIDE_RE.search(body)
        if inner:
            pre += " " + inner.group(0)
            body = body[: inner.start()] + body[inner.end() :]
    if heading.re is SHORT_HEAD_RE and re.search(r"(?i)parish$", body):
        body += " Meeting"  # "Annual Parish Meeting": the parish meeting is its own body
    if heading.re is COUNCIL_MEETING_HELD_HEAD_RE and heading.group("parish"):
        body = parish_meeting_of(body)
    if heading.re is HEAD_RE and re.search(r"(?i)\bparish\s*$", heading.group("pre")):
        # "Minutes of the Annual Parish Meeting of Bobbington Parish Council held on ...":
        # the parish's own meeting, which the council convenes, not the council's
        body = parish_meeting_of(body)
    kind = next((k for pattern, k in _KINDS if pattern.search(pre)), "ordinary")
    warnings = []
    if names_only_a_place_kind(body):
        # "Draft Minutes of the Annual Meeting of the Parish held in the Village Hall on
        # ...": "the Parish" is no body's name (which parish, and whether its council or
        # its meeting, the text does not say), so the minutes name no body
        warnings.append(
            f"{day.isoformat()}: the minutes name no council (their heading names only "
            f"{body!r}): " + ASKS_FOR_BODY
        )
        body = ""
    if heading.re in _KIND_ONLY_HEADS:
        named = " ".join(heading.group("named").split())
        # (the kind of council, not the kind of meeting read above from "pre", which had
        # been overwritten here with the match)
        council = (
            _KIND_NAMED_RE.search(named) or _kind_title(before, day) or _kind_line_over(before)
        )
        titled = _council_title(before)
        if titled and not _KIND_NAMED_RE.search(named):
            # "Glencairn Community Council – Draft Minutes of Latest Meeting" over "Amended
            # Draft Minutes of Meeting 7.30pm Monday 12th November 2018": the page's title
            # names the council whose minutes these are
            body = tidy_body_name(titled.group("body"))
        elif council:
            # "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON ...": the kind of council is
            # the body's printed name (whose council, the importer decides)
            body = tidy_body_name(council.group(0).upper())
        elif council_line_over(before):
            # "Maryburgh Community Council" over "Minutes of the meeting held on ...": the
            # council's name printed on the line over the heading
            body = council_line_over(before)
        else:
            warnings.append(
                f"{day.isoformat()}: the minutes name no council (their heading: {named!r}): "
                + ASKS_FOR_BODY
            )
    if council_kind(body):
        # "SALTASH TOWN COUNCIL" on a line of its own over "Minutes of a Meeting of Town
        # Council held ...": the council's name printed over minutes naming only its kind
        body = _council_over_heading(text, body) or council_lines_above(before, body) or body
    following = next_meeting_start(text, heading, day)
    if following is not None:
        # a file of several meetings' minutes (a year's in one PDF): this meeting's are
        # read up to the next meeting's heading (the others by ``_later_meetings``)
        text = text[:following]
    draft = MeetingDraft(body_name=body, kind=kind, date=day, origin="printed-minutes")
    draft.start_time = parse_time(sentence)
    draft.venue = heading_venue(sentence)
    # Where the heading ends in the original text: find its last words there.
    flat_head_end = " ".join(sentence.split()[-3:])
    anchor = text.find(flat_head_end) if flat_head_end else -1
    heading_end = anchor + len(flat_head_end) if anchor >= 0 else 0
    items = _items(text, heading_end, run_in=not was_flat)
    # Labels stand before the first minute or inside the first ones ("Cou/285 Present
    # Members: ..."); each label's text stops at the next label or minute number.
    labels = chair_then_present(
        _labelled(untable_body_column(untable_label_rows(text[heading_end:])))
    )
    attendance = AttendanceDraft()
    also = ""
    if "present" in labels:
        clerks = [_CLERK_PARAGRAPH_RE.split(part, maxsplit=1) for part in labels["present"]]
        labels["present"] = [cut_at_heading_line(c[0]) for c in clerks]
        officers = [f"{c[2]} ({c[1]})" for c in clerks if len(c) > 1]
        if officers:
            labels.setdefault("in", []).extend(officers)
        if was_flat:
            cuts = [cut_at_other_councillor(part) for part in labels["present"]]
            labels["present"] = [kept for kept, _ in cuts]
            if any(rest for _, rest in cuts):
                warnings.append(
                    f"{day.isoformat()}: the minutes' text was flattened onto one line, so the "
                    "present list was read only up to another council's councillor named in "
                    "it (who follows cannot be told from members)"
                )
        untabled = [
            (flat_body_rows if was_flat else untable_body_rows)(part) for part in labels["present"]
        ]
        labels["present"] = [kept for kept, _ in untabled]
        labels.setdefault("apologies", []).extend(sent for _, sent in untabled if sent)
        parts = [_ALSO_IN_LIST_RE.split(part, maxsplit=1) for part in labels["present"]]
        also = " ".join(p[1] for p in parts if len(p) > 1)
        attendance.present = [p for part in parts for p in _people(_sub_labelled(part[0]))]
        # "... & Manya Barrow (Cllr James Owers attended via Zoom, but had no voting
        # rights)": the councillor of the note attended too
        listed = {p.name for p in attendance.present}
        attendance.present += [
            p
            for part in parts
            for p in attended_in_brackets(part[0])
            if p.name not in listed and p.name.replace("Cllr ", "", 1) not in listed
        ]
    for apologies in labels.get("apologies", []):
        apologies = list_before_prose(apologies) if was_flat else _list_paragraph(apologies)
        # "Apologies: Cllr A" then "Other apologies: Cllr B (district councillor)": one list
        if apologies and not re.search(r"\bno\b|\bnone\b", apologies, re.I):
            attendance.apologies += _people(apologies)
    if "in" in labels:
        attendance.in_attendance = [p for part in labels["in"] for p in _in_attendance(part)]
    elif also:
        attendance.in_attendance = _in_attendance(also)
    opening = _before_minutes(text[heading_end:])
    if labels.get("present") and not attendance.in_attendance:
        # "Present– Cllr A, ..., Cllr E." then "Mr M Storey – County Councillor 9 members
        # of the public" on a line of its own: an officer or a guest, by the role
        after = opening.find(labels["present"][-1])
        if after >= 0:
            rest = opening[after + len(labels["present"][-1]) :]
            attendance.in_attendance = officers_after_present(rest) or were_present_lines(rest)
    if draft.start_time is None:
        draft.start_time = (
            _time_span_start(opening)
            or _opened_at(opening)
            or commenced_line(opening)
            or held_at_time(opening, day)
            or _dated_line_time(opening, day)
        )
    draft.start_time = draft.start_time or opening_time(
        "\n".join(f"{t}\n{b}" for _, t, b in items[:2])
    )
    register = (
        _coded_register(text[heading_end : heading_end + HEAD_WITHIN * 2])
        if not (attendance.present or attendance.apologies)
        else None
    )
    if register:
        attendance.present, attendance.apologies = register
    if not attendance.present:
        attendance.present, attending = _unlabelled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present, attending = _initialled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present = one_name_a_line(opening)
    if not attendance.present:
        attendance.present = initialled_table(_before_minutes(text[heading.start() :]))
    if not attendance.in_attendance:
        attendance.in_attendance = (
            _also_present(opening) + _also_in_sentence(opening)
            or clerk_in_addition(opening)
            or clerk_line(opening)
        )
    else:
        # "Clerk – Sandrine Vaillant (SV)." then "The meeting was also attended in part by
        # Phil Ham (PH) ...": the sentence's people too, each once
        listed = {p.name for p in attendance.in_attendance + attendance.present}
        attendance.in_attendance += [p for p in _also_in_sentence(opening) if p.name not in listed]
    flattened = is_flattened(text)  # still one long line: no breaks could be put back
    for number, title, body_text in items:
        item = ItemDraft(number=number, title=title, minutes_text=body_text.strip())
        paras = paragraphs([tidy_line(ln) for ln in body_text.split("\n")])
        in_title = _RESOLVED_IN_TITLE_RE.search(title) if body_text.strip() else None
        if in_title:
            # "6. Finance … It was RESOLVED to make the following payments:" then the
            # payments on lines of their own: the resolution opens on the heading's line
            paras = [in_title.group(0), *paras]
        if len(paras) <= 1:
            paras = [
                p.strip()
                # Flattened text: a resolution starts at "RESOLVED" (capitals) wherever it is.
                for p in re.split(
                    r"\s(?=(?:[Ii]t\s+was\s+|[Tt]he\s+\w+\s+)?(?:RESOLVED\b|Resolved\s*:))",
                    body_text,
                )
                if p.strip()
            ]
        item.resolutions = extract_resolutions(
            # ("Following discussion, the Council RESOLVED unanimously ...": a short clause
            # before the sentence's subject is no part of the decision either)
            [
                re.sub(
                    r"^(?:[^.,\n]{3,40},\s*)?(?:it\s+was|the\s+\w+)\s+(?=RESOLVED)",
                    "",
                    p,
                    flags=re.I,
                )
                for p in paras
            ]
        ) or agreed_decisions(body_text if body_text.strip() else title)
        if not item.resolutions:
            item.resolutions = minutes_approved(title, body_text)
        if (
            re.search(r"(?i)\bapolog", title)
            and not _NONE_IN_TITLE_RE.search(title)
            and not attendance.apologies
        ):
            # ("156/19 Apologies: None.": none, and the text after it is other minutes')
            found = _item_apologies(title, body_text, flattened)
            attendance.apologies = [
                PersonEntry(_BRACKETS_RE.sub("", p.name).strip(), p.role_text) for p in found
            ]
            if attendance.apologies:
                listed = {p.name for p in attendance.apologies}
                attendance.apologies += [
                    p for p in other_apologies(body_text) if p.name not in listed
                ]
        draft.items.append(item)
    if not attendance.apologies:
        attendance.apologies = _apologies_sentence(draft.items) or _opening_apologies(opening)
    if not attendance.present:
        attendance.present = _present_minute(draft.items)
    if (
        not attendance.present
        and attendance.in_attendance
        and any(_CHAIR_ROLE_RE.search(part) for part in labels.get("in", []))
    ):
        # "In attendance: Mrs Pat Clare (Chair, presiding), Mrs Mary Button, ... (Councillors)
        # and Mr Mike Balmer (Clerk)" where no one is listed present: the list that names the
        # meeting's chair is its members' list
        attendance.present, attendance.in_attendance = attendance.in_attendance, []
    closed = [closed_by_public_count(part) for part in labels.get("in", [])]
    if was_flat and closed and all(closed):
        # "Also present: Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5
        # members of the public. The meeting commenced ...": the count and its stop end
        # the list, so its people can be told from the prose even on one line
        attendance.in_attendance = [p for part in closed for p in _in_attendance(part)]
    elif was_flat and attendance.in_attendance:
        # Where the text came flattened onto one line, the line breaks that end one
        # officer's or guest's line ("NAME, ROLE") are gone, so who else attended cannot be
        # told from the words around them. Never invent: say so.
        attendance.in_attendance = []
        warnings.append(
            f"{day.isoformat()}: the minutes' text was flattened onto one line, so who else "
            "attended (officers, guests) cannot be read reliably and was not imported"
        )
    if attendance.present or attendance.apologies or attendance.in_attendance:
        draft.attendance = attendance
    return draft, warnings, heading, following
