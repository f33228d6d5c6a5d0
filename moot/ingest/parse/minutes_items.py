"""The numbered minutes of printed minutes (part of the reader in ``printed_minutes``):
minute numbers put back in order before reading (bracketed, split from their titles, run
in, a table of minutes copied out), the running order of numbers, each minute's number,
title and text (``_items``, run-in minutes parted), the minutes approved in a minute, and
the time the meeting opened, read from the words after the heading (``held_at_time``,
``commenced_line``, ``_dated_line_time`` ...).
"""

from __future__ import annotations

import re
from datetime import date, time

from moot.ingest.parse.common import parse_time, tidy_line, title_case_capitals
from moot.ingest.parse.minutes_attendance import _LABEL_RE
from moot.ingest.parse.minutes_headings import heading_date
from moot.ingest.parse.minutes_numbers import (
    _LINE_ITEM_RE,
    LETTERED_DATED_NUMBER,
    SERIAL_LETTERED_NUMBER,
    YEAR_SERIAL_NUMBER,
    minute_numbers,
)
from moot.ingest.parse.unflatten import flat_title, is_year_span

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

    return join_lettered_dated_numbers(_SLASH_ALONE_RE.sub(join, text))


# "APM/1/5/21" alone on its line over "WELCOME & INTRODUCTION": a meeting's letters, the
# minute's serial, the month and the year's last two digits, then the title on the next line
_LETTERED_DATED_ALONE_RE = re.compile(
    rf"(?m)^(?P<num>[ \t]*{LETTERED_DATED_NUMBER})[ \t]*\n(?:[ \t]*\n)*"
    r"(?=[ \t]*[A-Z][^\n]{2,200}$)"
)


def join_lettered_dated_numbers(text: str) -> str:
    """Each minute number of the form "APM/1/5/21" alone on its line joined to the title on
    the next line, where two lines or more open with such a number (one alone may be a
    reference to anything, and is left as it was)."""
    if len(_LETTERED_DATED_ALONE_RE.findall(text)) < 2:
        return text
    return _LETTERED_DATED_ALONE_RE.sub(lambda m: m.group("num") + " ", text)


# "16/224Apologies for Absence: None.": a minute's slash number run into its title at a
# line's start (the space lost when a PDF's text was copied)
_SLASH_RUN_IN_RE = re.compile(r"(?m)^(?P<num>[ \t]*\d{1,4}/\d{1,4})(?=[A-Z][a-z])")


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


# "2020/176 – 1 Action Plan - To consider ...": a minute reference of a four-digit year and
# a running number, a spaced dash, then the agenda's item number before its title; only
# where two lines or more are so numbered (one alone may be a sum or a reference)
_REFERENCE_THEN_NUMBER_RE = re.compile(
    r"(?m)^[ \t]*(?:19|20)\d\d/\d{1,4}[ \t]+[–—-][ \t]+(?P<n>\d{1,3})[ \t]+(?=[A-Z][a-z])"
)


def reference_then_number(text: str) -> str:
    """Lines opening "2020/176 – 1 Title" read as "1. Title": the item is numbered as the
    agenda printed it, the council's minute reference before it left aside
    (``_REFERENCE_THEN_NUMBER_RE``)."""
    if len(_REFERENCE_THEN_NUMBER_RE.findall(text)) < 2:
        return text
    return _REFERENCE_THEN_NUMBER_RE.sub(r"\g<n>. ", text)


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
    text = reference_then_number(text)
    text = close_year_run_numbers(_SLASH_RUN_IN_RE.sub(r"\g<num> ", text))
    text = join_slash_numbers(_NUMBER_ALONE_RE.sub(lambda m: m.group("num") + " ", text))
    return undash_lettered_numbers(text)


# "272/PC/19 – Public Session Time": such a number, then a spaced dash before its title
_LETTERED_DASH_RE = re.compile(
    rf"(?m)^(?P<num>[ \t]*{SERIAL_LETTERED_NUMBER})[ \t]+[–—-][ \t]+(?=[A-Z])"
)


def undash_lettered_numbers(text: str) -> str:
    """The spaced dash between a minute number of the form "272/PC/19" and its title taken
    out ("272/PC/19 – Apologies" is "272/PC/19 Apologies"), where two lines or more open
    so (one alone may be a reference to anything, and is left as it was)."""
    if len(_LETTERED_DASH_RE.findall(text)) < 2:
        return text
    return _LETTERED_DASH_RE.sub(lambda m: m.group("num") + " ", text)


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
_YEAR_SERIAL_RE = re.compile(YEAR_SERIAL_NUMBER)


# "Apologies for absence: Apologies were received from Mr J Scott", "Minutes of the ICC
# Meeting of 3rd September 2013 - The minutes of this meeting were agreed ...": a short
# title, a colon or a spaced dash, then the minute's first sentence; "To agree a minute
# taker. RESOLVED to ask Cllr Trahearn": a title's sentence, then the decision's
_TITLE_THEN_SENTENCE_RE = re.compile(
    r"(?P<title>[A-Z][^:.–—\n]{2,80}?)(?::|[ \t][–—-])[ \t]+(?P<text>[A-Z][^\n]{15,})$"
)
_TITLE_THEN_DECISION_RE = re.compile(
    r"(?P<title>[A-Z][^\n]{10,150}?[a-z)])\.[ \t]+"
    r"(?P<text>(?:RESOLVED|AGREED|DECIDED|It[ \t]+was[ \t]+(?:resolved|agreed))\b[^\n]*)$"
)


def _sentence_after_title(title: str) -> tuple[str, str] | None:
    """(title, text) of a numbered line whose title runs on into the minute's first
    sentence (``_TITLE_THEN_SENTENCE_RE``: the words after the colon or dash a sentence,
    five words or more with three in lower case, never a name or a place: "Planning: The
    Old Barn, Church Lane" is one title), or into its decision
    (``_TITLE_THEN_DECISION_RE``); None where the line is all title."""
    if re.search(r"(?i)\bapolog", title):
        return None  # an apologies minute's line is left whole: its names are read from it
    m = _TITLE_THEN_DECISION_RE.match(title)
    if m:
        return m.group("title"), m.group("text")
    m = _TITLE_THEN_SENTENCE_RE.match(title)
    if m is None:
        return None
    words = m.group("text").split()
    if len(words) < 5 or sum(w[0].islower() for w in words) < 3:
        return None
    return m.group("title").strip(), m.group("text")


def _may_be_pending(number: str) -> bool:
    """May a long paragraph under ``number`` be a minute, once the next number follows it?
    Plain running numbers ("7"), "21/22-67" and "2022-107" only."""
    return bool(
        number.isdigit() or _YEAR_RUN_RE.fullmatch(number) or _YEAR_SERIAL_RE.fullmatch(number)
    )


def running_number(number: str) -> int | None:
    """The running number of a minute's number, by which one minute follows another: the
    number after the hyphen of "21/22-68" (the council's year before it), the number of
    three or four figures after a year's two ("16/224"), else the first number printed ("41a/19": 41, "7": 7); None where it holds no figure."""
    m = _YEAR_RUN_RE.fullmatch(number or "") or _YEAR_FIRST_RE.fullmatch(number or "")
    if m:
        return int(m.group("run"))
    serial = _YEAR_SERIAL_RE.fullmatch(number or "")
    if serial:
        return int(serial.group("serial"))  # "2022-108" follows "2022-107"
    first = re.search(r"\d+", number or "")
    return int(first.group()) if first else None


# "220.1/19", "220.2.1/19": a paragraph's number under minute "220/19"
_SUB_SLASH_RE = re.compile(r"(?P<minute>\d{1,4})(?:\.\d{1,3})+/(?P<year>\d{2,4})")


def sub_minute_of(number: str, earlier: list[str]) -> bool:
    """Whether ``number`` numbers a paragraph of an earlier minute: "220.1/19" or
    "220.2.1/19" after minute "220/19" (the minute's number, a stop and the paragraph's,
    then the year). A number of that shape with no such minute before it is left alone."""
    m = _SUB_SLASH_RE.fullmatch(number or "")
    return bool(m) and f"{m.group('minute')}/{m.group('year')}" in earlier


_PLAIN_NUMBER_LINE_RE = re.compile(r"[ \t]*(?P<n>\d{1,3})\.[ \t]+[A-Z]")


def _skipped_number_cut(line: str, number: int) -> int | None:
    """Where minute ``number`` starts inside ``line`` ("... Begw Non. 2. Cadarnhawyd
    ..."): after a sentence's stop, "2." and a capital, once only; None otherwise."""
    cuts = list(re.finditer(rf"(?<=[.!?])[ \t]+(?={number}\.[ \t]+[A-Z])", line))
    return cuts[0].start() if len(cuts) == 1 else None


def part_skipped_numbers(body: str) -> str:
    """``body`` with a minute run into the paragraph of the one before it put on a line
    of its own: "1. Estynwyd groeso ... Begw Non. 2. Cadarnhawyd gofnodion ..." with the
    next line "3. Materion yn codi": only where the lines' numbers skip the one run in, and
    it follows a sentence's stop once in that paragraph; anything else as it was."""
    lines = body.split("\n")
    numbered = [
        (i, int(m.group("n")))
        for i, line in enumerate(lines)
        if (m := _PLAIN_NUMBER_LINE_RE.match(line))
    ]
    for (i, a), (_, b) in zip(numbered, numbered[1:], strict=False):
        cut = _skipped_number_cut(lines[i], a + 1) if b == a + 2 else None
        if cut is not None:
            lines[i] = lines[i][:cut] + "\n\n" + lines[i][cut:].lstrip()
    return "\n".join(lines)


# "– 1 Action Plan" as a title after a minute reference "2020/176": the agenda's number
_DASH_NUMBER_TITLE_RE = re.compile(r"[–—-][ \t]+(?P<n>\d{1,3})\.?[ \t]+(?=[A-Z][a-z])")
_YEAR_REFERENCE_RE = re.compile(r"(?:19|20)\d\d/\d{1,4}")


def agenda_numbers_after_references(
    items: list[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """Minutes numbered "2020/176 – 1 Action Plan" (a reference of a four-digit year and
    a running number, then a dash and the agenda's number), as ``reference_then_number``
    reads them where the lines were lost: numbered as the agenda printed them, where two or
    more are so printed and every minute is."""
    marked = [
        (_YEAR_REFERENCE_RE.fullmatch(num), _DASH_NUMBER_TITLE_RE.match(title))
        for num, title, _ in items
    ]
    if len(items) < 2 or not all(ref and dash for ref, dash in marked):
        return items
    out = []
    for (_, title, text), (_, dash) in zip(items, marked, strict=True):
        text = (
            _DASH_NUMBER_TITLE_RE.sub("", text, count=1) if text.startswith(dash.group(0)) else text
        )
        out.append((dash.group("n"), title[dash.end() :], text))
    return out


# "1.1 It was PROPOSED ...", "2.1 The Chief Executive advised that ...", "2.4.2 Councillor
# Miss K A Lagan requested ...": a numbered paragraph whose words open a sentence (an "it
# was" or "there were", or a person or an office and then a verb of reporting in the past
# tense; "Submitted a letter ...": a verb of the clerk's, a lower-case word after it) is a
# paragraph of the minutes, never an item's title
_CLAUSE_OPENING_RE = re.compile(
    r"\s*(?:(?:It|There)\s+(?:was|were)\b|(?:Submitted|Considered|Read)\s+(?-i:[a-z])|"
    r"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:advised|reported|requested?|requeste|stated|"
    r"informed|explained|asked|said|confirmed|noted|welcomed)\b)"
)


def _items(text: str, heading_end: int, run_in: bool = True) -> list[tuple[str, str, str]]:
    """The minutes ``_numbered_items`` finds, numbered by the agenda where a reference is
    printed before the agenda's number (``agenda_numbers_after_references``)."""
    return agenda_numbers_after_references(_numbered_items(text, heading_end, run_in))


def _numbered_items(text: str, heading_end: int, run_in: bool = True) -> list[tuple[str, str, str]]:
    """(number, title, body text) of each minute after the heading; unnumbered headings in
    capitals are read only when ``run_in`` (text that kept its own lines: in text flattened
    from a PDF, words in capitals may be anything from a name to a table's heading)."""
    body = part_skipped_numbers(text[heading_end:])
    lines = body.split("\n")
    found: list[tuple[int, str, str]] = []
    run_on: dict[int, str] = {}  # offset -> the text after a title in capitals on its line
    pending: tuple[int, str, str] | None = None  # a long paragraph, a minute if the next follows
    offset = 0
    serials = running_serials(lines)
    paragraphs = False  # a numbered paragraph in prose was passed over
    for line in lines:
        m = _LINE_ITEM_RE.match(line)
        if m is None and serials:
            serial = _SERIAL_LINE_RE.match(line)
            m = serial if serial and serial.group("num") in serials else None
        whole = m.group("num").split(".")[0] if m else ""
        if m and "." in m.group("num") and any(f[1] in (whole, whole + ".0") for f in found):
            # "3.1", "3.1.1" after item 3 (or "3.0"): paragraphs of item 3, not items
            m = None
        if m and sub_minute_of(m.group("num"), [f[1] for f in found]):
            m = None
        if m and "." in m.group("num").strip(".") and _CLAUSE_OPENING_RE.match(m.group("title")):
            m = None  # "1.1 It was", "2.1 The Chief Executive advised that ...": a paragraph
            paragraphs = True
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
            whole_line = offset not in run_on  # no title parted from its text above
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
                whole_line = False
            taken = (
                len(title) <= 150
                and (not title.endswith(".") or len(title) < 60)
                or follows
                or lost_list
            )
            may_part = whole_line and (taken or _may_be_pending(m.group("num")))
            parted = _sentence_after_title(title) if may_part else None
            if parted:
                # (only a line read as a minute anyway: a long line is never made one so)
                title, run_on[offset] = parted
            if taken:
                # (a pending paragraph this number follows was taken above)
                found.append((offset, m.group("num"), _short_title(title)))
                pending = None
            elif _may_be_pending(m.group("num")):
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
    if not found and run_in and not paragraphs:
        # (minutes whose numbered paragraphs are in prose have no headings in capitals
        # between them: "PROPOSED by Councillor ..." is a motion's first word)
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


# "Item No: / Action", "Minute | Item | Resolution |": the head of a table of minutes, its
# cells parted by a slash or a bar
_MINUTES_TABLE_HEAD_RE = re.compile(
    r"(?im)^[ \t]*\|?[ \t]*(?:item|minute|agenda[ \t]+item)(?:[ \t]+(?:no|number|ref))?\.?[ \t]*:?"
    r"[ \t]*[/|][^\n]*\n"
)
# "1 / Grampian Regional Equality Council – Presentation": a row of that table, the
# minute's number in its cell
_MINUTE_ROW_RE = re.compile(
    r"(?m)^[ \t]*\|?[ \t]*(?P<number>\d{1,3}(?:\.\d{1,2})?)[ \t]*[/|][ \t]*(?=[A-Z])"
)


def untable_minute_rows(text: str) -> str:
    """A table of minutes copied out with its cells parted by a slash or a bar, under its
    head ("Item No: / Action" over "1 / Grampian Regional Equality Council – Presentation"):
    the head left out and each row after it as a numbered minute ("1. Grampian ...");
    without such a head the text is left as it was (a number before a slash is no minute's
    surely: "1 / 2")."""
    head = _MINUTES_TABLE_HEAD_RE.search(text)
    if head is None:
        return text
    rest = _MINUTE_ROW_RE.sub(lambda m: f"{m.group('number')}. ", text[head.end() :])
    return text[: head.start()] + rest


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
