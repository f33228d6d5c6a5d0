"""Helpers shared by the parsers: text tidying, HTML to text, dates, times, contacts,
document references and RESOLVED blocks. Nothing here knows about any one council."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from html.parser import HTMLParser

from rapidfuzz import fuzz, process

from moot.ingest.drafts import ContactDraft, DocumentRefDraft
from moot.ingest.kinds import ALL_KINDS, LOCAL_KINDS, PARISH_KINDS, WELSH_KINDS_IN_ENGLISH
from moot.ingest.parse.decisions import (
    is_decision,
    is_election_result,
    is_motion,
    is_welsh_decision,
    one_language,
)

# ---------------------------------------------------------------------------------------
# Text tidying

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_BULLET_RE = re.compile(r"^\s*(?:[·•▪●◦‣∙\uf0b7\uf0a7]|o(?=[\u00a0\t ]{2}))[\u00a0\t ]*")
LINK_RE = re.compile(r"\s*\u27e6([^\u27e7]*)\u27e7")


def tidy_line(line: str) -> str:
    """One line with layout removed: bullets become "- ", spaces collapse, links drop."""
    line = line.translate(_ZERO_WIDTH)
    line = _BULLET_RE.sub("- ", line)
    line = LINK_RE.sub("", line)
    line = line.replace("\u00a0", " ").replace("\t", " ")
    line = re.sub(r" {2,}", " ", line)
    return line.strip()


def column_line(line: str) -> str:
    """One line with wide gaps (3+ spaces, tabs, runs of non-breaking spaces) kept as a tab:
    the trace of a table column in text taken from a web page or PDF."""
    line = line.translate(_ZERO_WIDTH)
    line = LINK_RE.sub("", line)
    line = re.sub(r"[\u00a0\t ]{3,}|\t", "\t", line)
    line = line.replace("\u00a0", " ")
    line = re.sub(r" {2,}", " ", line)
    return line.strip(" \t|")


def split_lines(text: str) -> list[str]:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def paragraphs(lines: list[str]) -> list[str]:
    """Tidy lines; drop empty ones. Each surviving line is treated as a paragraph."""
    out = []
    for raw in lines:
        t = tidy_line(raw)
        if t and not re.fullmatch(r"[|\-–—_.·\s]*", t):
            out.append(t)
    return out


def join_paragraphs(paras: list[str]) -> str:
    return "\n\n".join(p for p in paras if p)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary string."""
    return text.split()


_SMALL_WORDS = frozenset(
    _words(
        """
    a an and as at by for from in of on or the to with
"""
    )
)
_KEEP_UPPER = frozenset(
    _words(
        """
    NHS CCG CCGs ICS ICB UK LLR PCC GP GPs HWB HWBB SEND CAMHS PCN VCS VCSE LEP LGA
"""
    )
)


# "Parish Council on 17 May 2017 Meeting": a date (and the words after it) is the meeting's,
# never the body's name
_DATE_IN_BODY_RE = re.compile(
    r"(?i)\s*(?:\b(?:on|of|held\s+on|dated)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    r"(?:,?\s+\d{4})?\b.*$"
)
# "Agenda for Town Council": the document's word before the body's name
_DOCUMENT_BEFORE_BODY_RE = re.compile(
    r"(?i)^(?:(?:draft|approved|signed)\s+)?(?:agenda|minutes?|notice)\s+(?:for|of)\s+(?:the\s+|a\s+)?"
    r"(?=\S+\s+\S)|"
    # "the Meeting of the Parish Council": the meeting's words before the body's name
    r"^(?:the\s+|a\s+)?meeting\s+of\s+(?:the\s+)?(?=\S+\s+\S)|"
    # "Extra Parish Council", "Annual Town Council": the meeting's kind before a council
    # named only by its kind
    r"^(?:extra|extraordinary|extra-ordinary|annual|ordinary|special)\s+(?:ordinary\s+)?"
    rf"(?=(?:{LOCAL_KINDS})\s+council$)|"
    # "the minutes of the meeting of the above parish council": the council named above
    # (in lower case: "Above Derwent Parish Council" is a place's), named here by its kind
    rf"^(?-i:above|aforementioned|said)\s+(?=(?i:{LOCAL_KINDS})\s+(?i:council)$)|"
    # "the Full Brandon Town Council": the whole council's meeting (not a committee's) named
    # before a council's own name; "Full Council" alone is a name and is kept
    rf"^full\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’&-]+){{0,4}}\s+(?:{PARISH_KINDS}|city)\s+council$)"
)
# "Trelow Parish Council Meeting": the meeting's word after the body's own kind
_MEETING_AFTER_BODY_RE = re.compile(
    r"(?i)\b(council|committee|board|panel|cabinet|executive)(?:\s+meeting)+$"
)


# "ABERYSTWYTH Town Council": the place printed in capitals before a council's kind in
# title case (a letterhead's habit), read as the place's name
_PLACE_IN_CAPITALS_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.&-]*(?:\s+[A-Z][A-Z'’.&-]*)*[A-Z])"
    rf"(?P<kind>\s+(?:{ALL_KINDS.title()})\s+Council)$"
)


_KIND_IN_LOWER_CASE_RE = re.compile(
    r"^(?P<place>.*\b[A-Z][\w'’-]*)\s+"
    rf"(?P<kind>(?i:{ALL_KINDS})\s+(?i:council))$"
)


def tidy_body_name(name: str) -> str:
    """A body's name as printed, tidied: title-cased if printed in capitals
    (``title_case_capitals``), without words that are not the body's. It never ends in the
    word for its meeting ("the meeting of Trelow Parish Council Meeting held in ..." names
    "Trelow Parish Council"; a parish's own "Parish Meeting" is a body's name and is kept),
    never holds a date ("Parish Council on 17 May 2017 Meeting"), and never opens with the
    document's or the meeting's words ("Agenda for Town Council", "the Meeting of the
    Parish Council", "Extra Parish Council"). A place printed in capitals before a council's
    kind is title-cased too ("ABERYSTWYTH Town Council": "Aberystwyth Town Council")."""
    name = re.sub(r"\s+", " ", (name or "")).strip(" :-–,")
    # ("Minutes of the Annual Council meeting of Tetney Parish Council." then the date on
    # the next line: the heading line's full stop is no part of the name)
    name = re.sub(r"(?<=\b(?i:council|meeting))\.$", "", name)
    name = _DOCUMENT_BEFORE_BODY_RE.sub("", _DATE_IN_BODY_RE.sub("", name)).strip(" :-–,")
    name = _MEETING_AFTER_BODY_RE.sub(r"\1", name) if len(name.split()) > 2 else name
    capitals = _PLACE_IN_CAPITALS_RE.match(name)
    if capitals:
        return title_case_capitals(capitals.group("place")) + capitals.group("kind")
    name = title_case_capitals(name)
    lower = _KIND_IN_LOWER_CASE_RE.match(name)
    if lower:
        # "Sherington Parish council": the kind's words in lower case after a place's name
        return f"{lower.group('place')} {lower.group('kind').title()}"
    return name


def title_case_capitals(name: str) -> str:
    """Title-case a name or title printed in capitals; leave mixed-case text alone."""
    name = re.sub(r"\s+", " ", (name or "")).strip(" :-–,")
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    words = []
    for i, w in enumerate(name.split(" ")):
        if w in _KEEP_UPPER or w.upper() in {k.upper() for k in _KEEP_UPPER}:
            words.append(next((k for k in _KEEP_UPPER if k.upper() == w.upper()), w))
        elif i > 0 and w.lower() in _SMALL_WORDS:
            words.append(w.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


# "Cyngor Cymuned Llanbadrig Community Council": a Welsh council's name printed in Welsh
# and English together, the Welsh kind ("Cyngor Cymuned", "Cyngor Tref") before the place
# and the English kind after it
_WELSH_AND_ENGLISH_NAME_RE = re.compile(
    # ("CYNGOR CYMUNED COMMUNITY COUNCIL": the two kinds alone, the place's name lost)
    # ("Cyngor Tref Aberteifi :: Cardigan Town Council": the place's Welsh name, a mark
    # between the two names, the English name)
    r"(?i)cyngor\s+(?:cymuned|tref|dinas)\s+(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:::?|[|/–—-])\s+)?"
    r"(?P<name>(?:(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){0,4}?\s+)?"
    rf"(?:{WELSH_KINDS_IN_ENGLISH})\s+council)"
)


def english_council_name(name: str) -> str:
    """The English name of a council printed in Welsh and English together ("Cyngor Cymuned
    Llanbadrig Community Council" -> "Llanbadrig Community Council"; "Cyngor Tref Aberteifi
    :: Cardigan Town Council" -> "Cardigan Town Council"; "CYNGOR CYMUNED
    COMMUNITY COUNCIL", the place's name lost, -> "COMMUNITY COUNCIL"); any other name is
    returned as it is."""
    words = " ".join((name or "").split())
    m = _WELSH_AND_ENGLISH_NAME_RE.fullmatch(words)
    return m.group("name") if m else (name or "")


# A heading's words before the body's own name that are not part of it ("Minutes Annual Parish
# Council", "the Extraordinary Town Council"), and the kinds of council a heading may name.
_KIND_LEAD_RE = re.compile(
    r"(?i)^(?:(?:the|draft|minutes?|of|annual|ordinary|special|extraordinary|extra-ordinary|"
    r"statutory|monthly|general)\s+)*"
)
_COUNCIL_KIND_RE = re.compile(
    rf"(?i)^(?P<kind>(?:full\s+|whole\s+)?(?:(?:{LOCAL_KINDS}|city|district|"
    r"borough|county)\s+)?council)$"
)


def council_kind(name: str) -> str:
    """The kind of council a printed body name is, when it names only that kind and no place:
    "Parish Council", "the Town Council", "FULL COUNCIL", "Minutes Annual Parish Council",
    "Council"; "" for a council's own name ("Brandeston Parish Council"), a committee, or no
    name. Whose council it is the importer decides (the one body of that kind, or --body):
    the text does not say."""
    words = " ".join((name or "").split())
    m = _COUNCIL_KIND_RE.match(_KIND_LEAD_RE.sub("", words))
    if not m:
        return ""
    return " ".join(w[:1].upper() + w[1:].lower() for w in m.group("kind").split())


def item_order(number: str) -> tuple[int, str]:
    """Sort key of an item number: "6" -> (6, ""), "6a" -> (6, "a"); junk -> (-1, "")."""
    m = re.match(r"(\d+)\s*([a-z]?)", (number or "").strip().lower())
    return (int(m.group(1)), m.group(2)) if m else (-1, "")


def upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


# ---------------------------------------------------------------------------------------
# HTML to text


class _TextExtractor(HTMLParser):
    BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "tr",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "section",
            "article",
            "header",
            "footer",
            "nav",
            "aside",
            "main",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "hr",
            "form",
            "fieldset",
            "figure",
            "figcaption",
            "caption",
            "address",
            "td",
            "th",
            "option",
        ]
    )
    SKIP = frozenset(
        ["script", "style", "noscript", "head", "title", "template", "svg", "iframe", "object"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.hrefs: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in self.SKIP:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "img" and a.get("alt"):
            self.parts.append(f" {a['alt']} ")
        if tag == "a":
            href = a.get("href", "").strip()
            ok = href and not href.startswith("#") and not href.lower().startswith("javascript")
            self.hrefs.append(href if ok else None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag == "a" and self.hrefs:
            href = self.hrefs.pop()
            if href:
                self.parts.append(f" \u27e6{href.replace(chr(0x27E7), '')}\u27e7 ")
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def looks_like_html(text: str) -> bool:
    head = (text or "")[:5000].lower()
    return bool(
        re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<table[\s>]|<div[\s>]|<p[\s>]", head)
    )


def html_to_text(html: str) -> str:
    """Strip HTML to text with the standard library, one block element per paragraph.

    Links are kept as "text \u27e6href\u27e7" so that parsers can read URLs; ``tidy_line``
    removes them from ordinary text.
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001,S110 - html.parser may choke on broken markup; keep what we have
        pass
    text = "".join(parser.parts)
    lines = [ln.strip(" ") for ln in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ---------------------------------------------------------------------------------------
# Dates and times

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]

WEEKDAY_RE = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)[a-z]*\.?"
DATE_RE = re.compile(
    r"(?<![\w/])(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?:the\s+)?"
    # ("Tuesday 21stFebruary 2018": a PDF's text may lose the space after the ordinal, its
    # month then opening with a capital)
    r"(?P<d>\d{1,2})(?:\s*(?:st|nd|rd|th)?\s+|(?:st|nd|rd|th)(?=(?-i:[A-Z][a-z])))"
    r"(?:of\s+)?(?P<m>[A-Za-z]{3,10})\.?,?\s+(?P<y>\d{4})\b"
    r"|(?<![\w/.])(?P<nd>\d{1,2})[/.](?P<nm>\d{1,2})[/.](?P<ny>\d{4}|\d{2})(?![\w/.])",
    re.IGNORECASE,
)
TIME_RE = re.compile(
    # "7.00.p.m.": a stray stop between the minutes and "p.m."
    r"(?<![\w.:£$])(?P<h>\d{1,2})(?:\s*[:.]\s*(?P<m>\d{2})\.?)?\s*"
    r"(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|noon\b|midday\b)"
    r"|(?<![\w.:£$])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    # "at 19.00 hrs.": a 24-hour time with a stop, said to be one by "hrs" or "hours"
    r"|(?<![\w.:£$])(?P<hh>[01]?\d|2[0-3])[.:](?P<hm>[0-5]\d)\s*(?=(?:hrs?|hours)\b)"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)


# Welsh month names, with the soft mutation they take after "o" ("o Fedi", "o Ragfyr"):
# read only inside a date that also prints its day and its year ("Mai" and "Mawrth" are
# words of their own too: "Mawrth" is Tuesday, "mai" is "that")
WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "fawrth": 3, "ebrill": 4, "mai": 5, "fai": 5,
    "mehefin": 6, "fehefin": 6, "gorffennaf": 7, "orffennaf": 7, "awst": 8, "medi": 9,
    "fedi": 9, "hydref": 10, "tachwedd": 11, "dachwedd": 11, "rhagfyr": 12, "ragfyr": 12,
}  # fmt: skip
_WELSH_MONTH = r"(?P<m>" + "|".join(sorted(WELSH_MONTHS, key=len, reverse=True)) + r")"
# "9fed", "1af", "2il", "3ydd", "27ain", "13eg", "10 fed": a Welsh ordinal day
_WELSH_DAY = r"(?P<d>[0-3]?\d)(?:[ \t]?(?:af|il|ydd|ed|fed|eg|ain))?"
_WELSH_DATE_RES = (
    # "30 Medi 2020", "27ain o Ionawr 2021", "10fed o HYDREF 2019", "9fed Mai 2024"
    re.compile(
        r"(?i)(?<![\w/])" + _WELSH_DAY + r"\s+(?:o\s+)?" + _WELSH_MONTH
        + r",?\s+(?P<y>(?:19|20)\d\d)(?![\w/])"
    ),
    # "Mawrth y 9fed 2020", "Tachwedd 17, 2020": the month before its day (not the weekday
    # "dydd Mawrth" or "nos Fawrth" before a day's number)
    re.compile(
        r"(?i)(?<![\w/])(?<!dydd\s)(?<!nos\s)" + _WELSH_MONTH + r"\s+(?:y\s+)?"
        + _WELSH_DAY + r",?\s+(?P<y>(?:19|20)\d\d)(?![\w/])"
    ),
)  # fmt: skip
_ENGLISH_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def english_welsh_dates(text: str) -> str:
    """The text with each date printed in Welsh ("nos Lun, Mawrth y 9fed 2020", "27ain o
    Ionawr 2021") written in English ("9 March 2020"): only a Welsh month's name with a day
    and a year around it is read as a date, never the name alone."""

    def english(m: re.Match[str]) -> str:
        month = WELSH_MONTHS[m.group("m").lower()]
        return f"{int(m.group('d'))} {_ENGLISH_MONTH_NAMES[month - 1]} {m.group('y')}"

    for pattern in _WELSH_DATE_RES:
        text = pattern.sub(english, text or "")
    return text


def _month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    return None


def full_year(printed: int) -> int:
    """The year a date in figures means ("27.04.17", "7/4/98"). A year printed in four figures
    is itself. One printed in two figures follows the convention of dates written in figures
    (the POSIX pivot that Python's ``%y`` uses too): 00 to 68 are 2000 to 2068, 69 to 99 are
    1969 to 1999, so a council's "3/3/98" is 1998, never 2098. Dates with a month's name and a
    two-figure year ("13th of November 25") are not read this way: there the figures may be
    something else, and the year is completed only from the document (``completed_date``)."""
    if printed >= 100:
        return printed
    return printed + (2000 if printed <= 68 else 1900)


def _date_from_match(m: re.Match[str]) -> tuple[date | None, bool]:
    """(date or None, looks-like-a-date). A "looks like" that fails is an unreadable date."""
    try:
        if m.group("nd"):
            d, mo = int(m.group("nd")), int(m.group("nm"))
            return date(full_year(int(m.group("ny"))), mo, d), True
        word = m.group("m")
        mo = _month_number(word)
        if mo is None:
            # A misspelt month ("Febuary") still looks like a date; other words do not.
            best = process.extractOne(word.lower(), _FULL_MONTHS, scorer=fuzz.ratio)
            looks = bool(best and best[1] >= 70 and len(word) >= 4)
            return None, looks
        return date(int(m.group("y")), mo, int(m.group("d"))), True
    except ValueError:
        return None, True


def find_dates(text: str) -> list[tuple[date | None, str]]:
    """All dates written in ``text``, as (date, printed text); date is None when the text
    looks like a date but cannot be one (a misspelt month, 31 February)."""
    out: list[tuple[date | None, str]] = []
    for m in DATE_RE.finditer(text or ""):
        d, looks = _date_from_match(m)
        if d is not None or looks:
            out.append((d, m.group(0).strip()))
    return out


def parse_date(text: str) -> date | None:
    """The first readable date in ``text``."""
    for d, _ in find_dates(text):
        if d is not None:
            return d
    return None


def _time_from_match(m: re.Match[str]) -> time | None:
    try:
        if m.group("noon"):
            return time(12, 0)
        if m.group("h24") is not None:
            return time(int(m.group("h24")), int(m.group("m24")))
        if m.group("hh") is not None:
            return time(int(m.group("hh")), int(m.group("hm")))
        h = int(m.group("h"))
        mi = int(m.group("m") or 0)
        ap = m.group("ap").lower().replace(".", "").replace(" ", "")
        if ap in {"noon", "midday"}:
            return time(12, mi) if h == 12 else None
        if not 1 <= h <= 12:
            return None
        if ap.startswith("p") and h != 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        return time(h, mi)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """The first readable clock time in ``text`` ("10:00 am", "12.05pm", "14:30", "noon")."""
    for m in TIME_RE.finditer(text or ""):
        t = _time_from_match(m)
        if t is not None:
            return t
    return None


_PRINTED_DATE_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}")


def time_beside_date(text: str) -> time | None:
    """The start time in a line that also prints the date ("Thursday, 1 April 2021 at
    10.00 am"): the date is taken out first, so that its day and year are not read as a
    time."""
    return parse_time(_PRINTED_DATE_RE.sub(" ", text))


CLOSE_RE = re.compile(
    r"\b(?:meeting|proceedings|business|chairs?|chairman|chairperson|committee|board|panel|"
    r"cabinet|council|commission|forum|it)\b[^.;]{0,80}?\b(?:closed|ended|concluded|finished|"
    r"terminated|rose|closes|ends)\s+at\s+(?P<t>[^\n;]{1,25})",
    re.IGNORECASE,
)


def find_close_time(text: str) -> time | None:
    """The time in "The meeting closed at 12.05pm" / "The Chair declared the meeting closed
    at 12.05pm" / "The meeting ended at 8.15 pm". A closing verb needs a meeting-like
    subject in the same sentence and a readable time ("the consultation closed at the end
    of May" is not a close)."""
    found = None
    for m in CLOSE_RE.finditer(text or ""):
        t = parse_time(m.group("t"))
        if t is not None:
            found = t
    return found


# "The meeting opened at 7.32pm", "The Chairman opened the meeting at 7.30 pm", "Meeting
# commenced at 7.30pm", "The meeting started at 7pm"
_OPENING_RE = re.compile(
    r"\b(?:meeting|chair(?:man|woman|person)?|mayor|proceedings)\b[^.;\n]{0,60}?\b"
    r"(?:was\s+)?(?:opened|commenced|started|began|declared\s+open)"
    r"(?:\s+the\s+(?:meeting|proceedings))?\s+at\s+(?P<t>[^\n;,]{1,14})",
    re.IGNORECASE,
)
# a sentence about another meeting, a plan, or a break: "The next meeting will start at
# 7.30pm", "the meeting was adjourned at 8pm and started again at 8.15pm"
_NOT_THIS_OPENING_RE = re.compile(
    r"(?i)\b(?:next|will|would|shall|future|adjourn\w*|suspend\w*|resum\w*|reconven\w*|"
    r"again|closed|ended|previous|last|annual\s+parish\s+meeting\s+(?:will|is))\b"
)


def opening_time(text: str) -> time | None:
    """The time the minutes say this meeting opened at, in prose ("The meeting opened at
    7.32pm", "The Chairman opened the meeting at 7.30 pm", "The meeting commenced at 7.30
    pm"): the first such sentence; None where the sentence speaks of another meeting, a
    plan or a break ("The next meeting will start at 7.30pm", "... adjourned at 8pm and
    started again at 8.15pm"), or names no clock time."""
    flat = " ".join((text or "").split())
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", flat):
        m = _OPENING_RE.search(sentence)
        if not m:
            continue
        if _NOT_THIS_OPENING_RE.search(sentence):
            return None
        return parse_time(m.group("t"))
    return None


# "held in the Village Hall", "at Ickford Village Hall Annexe", "in the John Lampon Hall,
# Orpen Memorial Hall, CO6 3BW": a place the heading says the meeting was held in or at
_VENUE_START_RE = re.compile(r"(?i)\b(?:in|at)\s+(?=(?:the\s+)?\S)")
# where a venue's words stop: a date or time taken out (NUL), "on", "commencing", a
# sentence's end ("at" may be in the place: "the Parish Council Office at 2 School Road")
_VENUE_END_RE = re.compile(
    r"\x00|\s(?i:on|from|commencing|starting|beginning|to\s+consider|following|"
    r"followed|after|immediately|preceded)\b|"
    r"(?<!\b[A-Za-z])(?<!\bSt)\.(?:\s|$)|;|\(|$",
)
_VENUE_TAIL_RE = re.compile(
    r"(?i)(?:[\s,]+(?:and|at|on|commencing|starting|" + WEEKDAY_RE + r"))+[\s,.]*$"
)
_PLACE_WORD_RE = re.compile(
    r"(?i)\b(?:hall|room|rooms|chamber|church|chapel|school|pavilion|cent(?:re|er)|office|"
    r"offices|house|library|institute|club|annexe|inn|hotel|barn|vestry|museum)\b"
)
_NOT_A_PLACE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:which|accordance|public|private|person|attendance|least|present|"
    r"respect|relation|order|addition|lieu|absence|the\s+request|the\s+invitation|the\s+end)\b"
)


def heading_venue(sentence: str) -> str:
    """The place a minutes' heading says the meeting was held in or at ("... held on Wed
    25th October 2023 at 7.30pm in the John Lampon Hall, Orpen Memorial Hall, CO6 3BW");
    "" where it names none. Dates and times are taken out first ("at 7.30pm" is no place),
    and a place is read only where its words start with a capital or name a building
    ("in the village hall"); "held via Zoom", "in public" are none."""
    text = " ".join((sentence or "").split())
    text = DATE_RE.sub("\x00", text)
    text = TIME_RE.sub("\x00", text)
    for m in _VENUE_START_RE.finditer(text):
        rest = text[m.end() :]
        end = _VENUE_END_RE.search(rest)
        place = rest[: end.start() if end else len(rest)].strip(" ,–-")
        # ("IN THE VILLAGE HALL 1": the first minute's number after the heading; "Committee
        # Room 1" keeps its number)
        place = re.sub(
            r"(?i)(?<!\broom)(?<!\bsuite)(?<!\bno\.)(?<!\bno)\s\d{1,3}$", "", " " + place
        )
        place = _VENUE_TAIL_RE.sub("", place).strip(" ,.")
        if not place or "\x00" in place or len(place) > 120 or _NOT_A_PLACE_RE.match(place):
            continue
        first = re.sub(r"(?i)^the\s+", "", place)
        if first[:1].isupper() or first[:1].isdigit() or _PLACE_WORD_RE.search(place):
            return place
    return ""


# ---------------------------------------------------------------------------------------
# Contacts

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(
    r"(?:\+44\s?\(?0?\)?\s?|\(0\d{2,4}\)\s?|\b0)\d[\d ]{6,12}\d\b|\(0\d{2,4}\)\s?\d[\d ]{4,10}\d"
)
_NAME_WORD = r"[A-Z][\w'’-]*\.?"
_CONTACT_NAME_RE = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})")


def _clean_phone(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def parse_contact(text: str, *, name_hint: str = "") -> ContactDraft:
    """Read a contact officer from free text.

    Understands "Contact: Jo Bloggs, Tel 0116 454 6356 or email jo@x.gov.uk" and
    "please contact Jo Bloggs, Democratic Support on (0116) 454 6356 or email ...".
    """
    text = re.sub(r"\s+", " ", tidy_line(text or ""))
    c = ContactDraft()
    m = EMAIL_RE.search(text)
    if m:
        c.email = m.group(0).rstrip(".")
    p = PHONE_RE.search(text)
    if p:
        c.phone = _clean_phone(p.group(0))
    if name_hint:
        c.name = name_hint
    # "contact X, Team on ..." or "Contact: X, Tel ..." / "Contact: X (Team) ..."
    m = re.search(r"\bcontact(?:\s+officer)?\s*:?\s*(?P<rest>.*)", text, re.IGNORECASE)
    rest = m.group("rest") if m else text
    rest = re.sub(r"^(?:the\s+)?(?:officer\s*:?\s*)", "", rest, flags=re.IGNORECASE)
    nm = _CONTACT_NAME_RE.match(rest)
    if nm and not c.name:
        cand = nm.group(1).strip()
        words = cand.split()
        stop = {"Tel", "Telephone", "Phone", "Email", "E-mail", "Internal", "Democratic", "On"}
        kept = []
        for w in words:
            if w.rstrip(".,") in stop:
                break
            kept.append(w)
        if len(kept) >= 2:
            c.name = " ".join(kept).rstrip(".,")
    if c.name:
        after = rest[len(c.name) :] if rest.startswith(c.name) else ""
        t = re.match(
            r"\s*,\s*(?P<team>[A-Z][^,]*?)[\s,]+(?:on|tel|telephone|phone|email|e-mail)\b",
            after,
            re.I,
        )
        if t and not re.search(r"\d", t.group("team")):
            c.team = t.group("team").strip()
    return c


# ---------------------------------------------------------------------------------------
# Document references: "MINUTES OF THE PREVIOUS MEETING pdf icon PDF 246 KB"

FILE_TYPES = "pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|html?|zip|jpe?g|png"
DOC_SIZE_RE = re.compile(
    r"(?:\b(?P<icon>[A-Za-z0-9]+)\s+icon\s+)?\b(?P<type>" + FILE_TYPES + r")\s+"
    r"(?P<size>\d+(?:[.,]\d+)?)\s*(?P<unit>kb|mb|gb|bytes|b)\b\.?",
    re.IGNORECASE,
)
_UNITS = {"b": 1, "byte": 1, "bytes": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}


def split_document_ref(line: str) -> tuple[str, DocumentRefDraft | None]:
    """Split "Title pdf icon PDF 246 KB" into ("Title", ref). The ref's title is the text
    before the size (or "" if none); links written as \u27e6url\u27e7 give the ref's URL."""
    urls = LINK_RE.findall(line)
    plain = LINK_RE.sub("", line)
    matches = list(DOC_SIZE_RE.finditer(plain))
    if not matches:
        return tidy_line(plain), None
    m = matches[-1]
    try:
        number = float(m.group("size").replace(",", "."))
    except ValueError:
        number = 0.0
    unit = m.group("unit").lower()
    size = int(round(number * _UNITS.get(unit, 1)))
    before = tidy_line(plain[: m.start()])
    before = re.sub(r"\s*,?\s*item\s+\w+\.?\s*$", "", before, flags=re.IGNORECASE).strip(" .,-–")
    url = next(
        (u for u in urls if re.search(r"\.(?:" + FILE_TYPES + r")\b|document", u, re.I)),
        urls[0] if urls else "",
    )
    ref = DocumentRefDraft(
        title=before, size_bytes=size, file_type=m.group("type").lower(), url=url
    )
    return before, ref


# ---------------------------------------------------------------------------------------
# RESOLVED blocks

RESOLVED_RE = re.compile(
    r"^(?:it\s+was\s+)?(?:RESOLVED|Resolved(?=\s*[:\-–—]|\s+that\b)|AGREED|DECIDED|RESOLUTION(?=\s*:)"
    # "Agreed: the Clerk to write to the Highways Authority", "Decision: to approve the
    # grant": a label opening the paragraph that records what the meeting decided
    r"|Agreed(?=\s*:)|DECISION(?=\s*:)|Decision(?=\s*:))\b"
    r"(?:\s+(?:unanimously|accordingly))?\s*[:\-–—.]*\s*(?P<rest>.*)$"
)
_POINT_RE = re.compile(
    r"^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])\.)\s+(?P<text>.+)$"
)
_BULLET_POINT_RE = re.compile(r"^[-•·*]\s+(?P<text>.+)$")


def _continues(p: str) -> bool:
    """Does a paragraph carry on the one before (a line wrapped by the PDF)?"""
    return bool(re.match(r"^(?:[a-z(]|and\b|or\b)", p))


def _points(paras: list[str]) -> list[str]:
    """Turn the paragraphs of one RESOLVED block into resolutions.

    Numbered points ("1)", "(a)", "2.", "- 1)") are one resolution each; so are bullets.
    A lead-in paragraph before the points ("That the Board:") is prefixed to each point.
    A paragraph after the points that starts in lower case continues the last point; one
    that starts a new sentence ends the block (it is narrative: "The meeting ended at...").
    Without points: paragraphs each starting "That" are one resolution each; otherwise the
    first paragraph, with any lower-case continuations, is the resolution.
    """
    paras = [p for p in paras if p]
    if not paras:
        return []
    numbered = [_POINT_RE.match(p) for p in paras]
    bullets = [_BULLET_POINT_RE.match(p) for p in paras]
    marks = numbered if any(numbered) else (bullets if any(bullets) else None)
    if marks:
        lead: list[str] = []
        points: list[str] = []
        for p, m in zip(paras, marks, strict=True):
            if m:
                points.append(m.group("text").strip())
            elif points:
                if not _continues(p):
                    break
                points[-1] = f"{points[-1]} {p}".strip()
            else:
                lead.append(p)
        prefix = " ".join(lead).strip()
        if prefix and points and not re.search(r"[:–—-]\s*$", prefix):
            # "That the Quotation from MCS be accepted" over "i) 6 cuts ...": a whole
            # decision, its points the terms of it (a lead-in ending with a colon introduces
            # points that are each a decision)
            return [" ".join([prefix, *points])]
        return [f"{prefix} {pt}".strip() if prefix else pt for pt in points]
    if len(paras) > 1 and sum(bool(re.match(r"^that\b", p, re.I)) for p in paras) > 1:
        out: list[str] = []
        for p in paras:
            if re.match(r"^that\b", p, re.I):
                out.append(p)
            elif out and _continues(p):
                out[-1] = f"{out[-1]} {p}"
            else:
                break
        return out
    first = [paras[0]]
    for p in paras[1:]:
        if not _continues(p):
            break
        first.append(p)
    return [" ".join(first)]


def extract_resolutions(paras: list[str]) -> list[str]:
    """Resolutions from the paragraphs of one item's minutes. A block runs from a
    "RESOLVED:" paragraph to the next such paragraph or the end of the item."""
    out: list[str] = []
    block: list[str] | None = None
    for p in paras:
        m = RESOLVED_RE.match(p)
        if m:
            if block is not None:
                out.extend(_points(block))
            block = []
            rest = m.group("rest").strip()
            if rest:
                block.append(rest)
        elif block is not None:
            block.append(p)
    if block is not None:
        out.extend(_points(block))
    return [r for r in out if r]


# the meeting's word in capitals after the words of its vote: "Unanimously AGREED",
# "Members AGREED", "No Comments and AGREED", "No objections and RESOLVED"
_CAPITAL_VOTE = (
    r"(?i:(?:members|councillors|council|unanimously)[ \t]+|"
    r"no[ \t]+(?:comments?|objections?)[ \t]+and[ \t]+)(?-i:AGREED|RESOLVED)\b"
)


_AGREED_RE = re.compile(
    # ("the County Council resolved to close the road" in a parish's minutes is another
    # body's decision, reported: only the parish, town or community council is the meeting)
    rf"\b(?:it\s+was|the\s+(?:(?:{PARISH_KINDS})\s+)?"
    r"(?:meeting|council|committee|members|board|panel|sub-committee)|"
    # "with no objections, all resolved for Councillor Nunn to continue as Chair"
    r"all(?:\s+(?:members|councillors))?(?:\s+present)?)\s+"
    # ("It was therefore agreed unanimously that DP would formally invite ...")
    r"(?:(?:also|then|therefore|unanimously)\s+)*(?:agreed|resolved|approved|decided)\b"
    # ("TO APPROVE THE MINUTES ... held on 10th July 2019; these were approved and signed")
    # ("A precept of £ 6000.00 was agreed": a decimal point is no sentence's end)
    r"|\b(?:minutes|accounts|budget|precept|recommendations?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?"
    r"(?:;\s*these\s+)?\b(?:were|was)\s+(?:[a-z]+,\s+|[a-z]+\s+and\s+)?(?:unanimously\s+)?"
    r"(?:approved|agreed|adopted|confirmed)\b"
    # "Cllr F. Clark proposed ... This was seconded by Cllr R. Whate and unanimously
    # agreed": a proposal seconded and agreed by the meeting
    r"|\bseconded\b(?:[^.;]|\.(?=\S|\s+[A-Z][a-z]*\.?\s)){0,80}?\band\s+(?:was\s+)?"
    # ("WH proposed adoption of the draft minutes, seconded by CB, and unanimously
    # resolved": the meeting's resolution likewise)
    r"(?:unanimously\s+)?(?:agreed|carried|resolved)\b"
    # "The new prices were unanimously agreed": a vote of the meeting, whatever the subject
    r"|\b(?:were|was)\s+unanimously\s+(?:agreed|approved|adopted|carried)\b"
    # "All in favour; carried": a vote of the meeting
    r"|\ball\s+in\s+favour[;,:.]?\s*(?:[–—-]\s*)?carried\b"
    # "Agreed – that a sign would be ordered", "Resolved that these Councillors could ...":
    # the word opening its sentence, in capitals or not, then "that" or "to" (the meeting's
    # record of its own decision; "Agreed by Cllr A" or "Resolved." alone is none)
    r"|^(?-i:Agreed|Resolved|AGREED)[ \t]*(?:[:–—-][ \t]*)?(?:that|to)\b"
    # "Payments for authorisation: Resolved to pay: salary costs ...": the same after a
    # short label of the minute's own and its colon
    r"|^(?-i:[A-Z])[\w '’&/-]{2,40}:[ \t]+(?-i:Agreed|Resolved|AGREED)[ \t]*(?:[:–—-][ \t]*)?(?:that|to)\b"
    # "Agreed – Feb 28th, June 13th, Sept 5th ... at 7.15pm": the word opening its sentence
    # and a dash, then what was agreed (the meeting's record, as above; not "Agreed by")
    r"|^(?-i:Agreed|AGREED)[ \t]*[–—][ \t]*(?-i:[A-Z0-9£])"
    # "Members agreed that ...", "Council resolved to ...": the meeting as the subject
    # opening the sentence, without "the" ("Two members agreed" is not the meeting); "agreed
    # that" must go on to what is to be done ("should", "be", "would" ...): "Councillors
    # agreed that the development of the site was welcome" is an opinion, not a decision
    r"|^(?:members|councillors|council)\s+(?:(?:also|then|unanimously)\s+)*"
    r"(?:agreed|resolved|decided|approved)\b"
    r"(?!\s+that\b(?![^.;]*\b(?:should|would|will|shall|must|be|can|could|may)\b))"
    # "Agreed as a true record - proposed Cllr Edmonds seconded Cllr Mrs Dormer."
    r"|^(?-i:Agreed|AGREED)\s+as\s+a\s+(?:true|correct|accurate)\s+record\b"
    # "The Councillors, prospective Councillors and Clerk unanimously agreed.": a vote
    # of all present, whoever the sentence names ("not unanimously agreed" is none)
    r"|(?<!\bnot\s)\bunanimously\s+(?:agreed|resolved|approved|carried)\b"
    # "Election of Chairman: Russ McLuckie (Proposed PY, Seconded LP).": a motion recorded
    # with its mover and seconder
    r"|\(\s*proposed\b[^()]{1,40}\bseconded\b[^()]{1,40}\)"
    # "The proposal was passed by resolution of the Council.", "... which proposal was
    # passed by resolution of the Council": the meeting's own vote named as such
    r"|\bwas\s+(?:unanimously\s+)?passed\s+by\s+(?:a\s+)?resolution\s+of\s+the\s+"
    rf"(?:(?:{PARISH_KINDS})\s+)?(?:council|meeting|committee)\b"
    # "This was confirmed.", "This was unanimously agreed.": the whole sentence records the
    # meeting's assent to what the minute put to it ("This was confirmed by the Clerk" is a
    # person's word, not the meeting's)
    r"|^(?:this|which)\s+was\s+(?:(?:duly|unanimously|then|also)\s+)?"
    r"(?:agreed|approved|confirmed|carried)(?:\s+unanimously)?\s*[.!]?$"
    # "Confirmation of the order of the Agenda – add item 7 – agreed": the minute's words
    # closed by a dash and the meeting's "agreed"
    r"|\s[–—-]\s*(?:unanimously\s+)?agreed\s*[.!]?$"
    # "It was passed that we move the closing date": a motion passed by the meeting
    r"|\bit\s+was\s+(?:unanimously\s+)?passed\s+that\b"
    # "The thank you letter was approved.": the whole sentence says a thing put to the
    # meeting was approved ("The application was approved" may be the planning
    # authority's decision, not the meeting's: left out)
    r"|^the\s+(?![^.;]*\b(?:applications?|permission|planning|plans?|appeal)\b)[^.;]{1,60}?\s+"
    r"(?:was|were)\s+(?:unanimously\s+)?(?:approved|agreed|adopted)\s*[.!]?$"
    # "No objections (3 for and 2 against)": a vote counted at the meeting
    r"|\(\s*\d{1,2}\s+for\b[^()]{0,20}?\b\d{1,2}\s+against\s*\)"
    r"|\bvoted\s+\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:that|to|in\s+favour)\b"
    # "Motion (AH) & seconded (GL) that the minutes be approved. Unanimously agree and
    # signed by the Chair": the meeting's vote opening its sentence
    r"|^unanimously\s+(?:agreed?|approved|resolved|carried)\b"
    # "Members AGREED that no items required this", "No Comments and AGREED to go with
    # decision of Planning Officer": the meeting's word in capitals (the minutes' formal
    # record) after the words of its vote, opening the sentence
    r"|^" + _CAPITAL_VOTE,
    re.IGNORECASE,
)


# a dotted sub-number right before "Agreed" or "Resolved" in capitals or with its capital
# letter (" 8.2 Resolved – that the PC is in favour ..."), opening a line or, in text
# whose lines were run together, after a space: a paragraph of its own
_SUB_NUMBERED_DECISION_RE = re.compile(
    r"(?:^|(?<=\s))[ \t]*\d{1,3}(?:\.\d{1,3}){1,2}[ \t]+(?=(?-i:Agreed|Resolved|AGREED|RESOLVED)\b)"
)


# "- Apologies:" then "Apologies ... were submitted on behalf of Cllr A, ..." then
# "- Declarations of Interest:": minutes printed as a bulleted list (their numbering lost),
# each minute's heading a bullet ending in its colon; the next such heading ends the list
# before it (an attendance label printed so is a label, not a heading)
BULLETED_HEADING_RE = re.compile(
    r"(?im)^[ \t]*[-–•][ \t]+(?!(?:present|apolog|absent|councillors|members|in[ \t]+attendance|"
    r"also|officers|attend|clerk)\b)[A-Z][^\n:]{2,60}:[ \t]*$"
)


def agreed_decisions(text: str) -> list[str]:
    """Decisions recorded in a sentence without RESOLVED at its start: "It was agreed that
    the new hand rail ...", "The meeting agreed to ...", "The minutes of the meeting held on
    11th March were approved as a correct record". One decision per sentence that says the
    meeting (not one person) agreed, approved or resolved; "was not agreed" is none."""
    # " 11.1 Agreed – to take no further action": a paragraph's own sub-number ("8.2",
    # "11.1") before the meeting's word opening the line is no part of its sentence
    text = _SUB_NUMBERED_DECISION_RE.sub("\n", text or "")
    # "Agreed – that ..." on one line and "Agreed – that ..." on the next, with no stop
    # between: each line that opens with the word starts a decision of its own
    # ("Unanimously AGREED to recommend APPROVAL" on one line, "No Comments and AGREED to go
    # with decision of Planning Officer" on a later one: the meeting's word in capitals
    # after the words of its vote opening the line, likewise)
    # ("... financed from Allotment Agreed – that the Cup sign would be relocated": in text
    # whose lines were run together, the word with its capital letter, a dash and "that"
    # or "to" inside a sentence starts the next decision)
    chunks = re.split(
        r"\n[ \t]*(?=(?-i:Agreed|Resolved|AGREED)\b|" + _CAPITAL_VOTE + ")"
        r"|(?<=[^\s–—-])[ \t]+(?=(?-i:Agreed|Resolved)[ \t]*[–—][ \t]*(?:that|to)\b)",
        text or "",
    )
    if len(chunks) > 1:
        return one_language([d for chunk in chunks for d in agreed_decisions(chunk)])
    flat = " ".join((text or "").split())
    # a sentence ends at a stop, not at an honorific's or an initial's ("seconded by Cllr.
    # Mrs. R. Whate and unanimously agreed" is one sentence)
    sentences = re.split(
        r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)(?<!\bCyng\.)"
        r"\s+(?=[A-Z])",
        flat,
    )
    return one_language(carried_after_proposal(sentences))


# "CARRIED: 8 for 2 abstentions.", "Motion carried.", "Carried unanimously.": a sentence
# that is the vote's result alone
_CARRIED_ALONE_RE = re.compile(
    # ("There voted 2 in favour, 1 abstained and the Motion was carried.": the vote's count
    # before its result, in the same sentence)
    r"^(?:there\s+voted\s+\d+\s+(?:in\s+favour|for)\b[^.;]{0,60}?(?:,|\s+and)\s+)?"
    r"(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:(?-i:CARRIED)|carried)\b(?!\s+(?:out|over|forward)\b)",
    re.IGNORECASE,
)
_PROPOSAL_RE = re.compile(r"(?i)\b(?:proposed|seconded)\b")


# "The Chair explained how from the first lockdown in April 2020 the Council resolved to
# set up a sub committee": a decision taken before, told of in a report, not the meeting's
_TOLD_HOW_RE = re.compile(r"(?i)\b(?:explained|described|recalled|outlined)\s+how\b")


# "... remained in office until May 2021, unless the Council decided to elect replacements
# earlier": the meeting's word after "unless", "if", "until" or "whether" is a condition
# told of (a rule's, a report's), not a decision taken
_CONDITION_BEFORE_RE = re.compile(r"(?i)\b(?:unless|if|until|whether)\s+$")


def carried_after_proposal(sentences: list[str]) -> list[str]:
    """The decisions among a minute's sentences: each that says the meeting agreed
    (``_AGREED_RE``), and a sentence that is a vote's result alone ("CARRIED: 8 for 2
    abstentions.", "Motion carried.") right after a proposal that was seconded ("Proposed by
    Cllr. K Butcher and seconded by Cllr. A Simmons."), where that proposal's sentence is no
    decision already ("... seconded ... and agreed unanimously. Motion carried." is one
    decision, not two). "Carried out" / "carried forward" are no votes. Also the decisions
    in the words of ``decisions.is_decision`` (Welsh minutes' "Penderfynwyd", ...). The
    meeting's word in a condition ("unless the Council decided to ...") is none."""
    out: list[str] = []
    previous_counted = False
    # the language ("cy" or "en") of the decision in the sentence just before, if it was
    # counted as one of its own
    previous_language = ""

    def decided(sentence: str) -> bool:
        if _TOLD_HOW_RE.search(sentence):
            return False
        agreed = any(
            not _CONDITION_BEFORE_RE.search(sentence[: m.start()])
            for m in _AGREED_RE.finditer(sentence)
        )
        return agreed or is_decision(sentence)

    for k, sentence in enumerate(sentences):
        following = sentences[k + 1] if k + 1 < len(sentences) else ""
        # a motion moved and seconded is the decision unless the next sentence records its
        # vote ("All agreed.", "Carried.": that sentence is then the decision)
        motion = is_motion(sentence) and not (
            decided(following) or _CARRIED_ALONE_RE.match(following)
        )
        if decided(sentence) or motion:
            language = "cy" if is_welsh_decision(sentence) else "en"
            # a bilingual minute's decision printed in one language, then right after in
            # the other ("Cynigiwyd gan A ac eiliwyd gan B fod ..." then "It was proposed by
            # A and seconded by B that ...", or the English first) is one decision
            if previous_language and previous_language != language:
                previous_language = ""
            else:
                out.append(sentence)
                previous_language = language
            previous_counted = True
            continue
        previous_language = ""
        carried = (
            k > 0
            and not previous_counted
            and (_CARRIED_ALONE_RE.match(sentence) or is_election_result(sentence))
            and _PROPOSAL_RE.search(sentences[k - 1])
        )
        if carried:
            out.append(f"{sentences[k - 1]} {sentence}")
        previous_counted = bool(carried)
    return out


def normalise_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


# ---------------------------------------------------------------------------------------
# Meeting kind from a heading

KIND_RE = re.compile(
    r"^(?P<kind>special|extra-?ordinary|emergency|urgent|annual|informal|reconvened|adjourned"
    r"|budget)\b(?P<mid>[^,]*?)\s*(?P<sep>,|$)",
    re.IGNORECASE,
)
MEETING_WORD_RE = re.compile(r"\bme+t+i+n+g\b(?:\s+of(?:\s+the)?\s+(?P<body>.+))?", re.IGNORECASE)
KIND_MAP = {
    "special": "special",
    "extraordinary": "special",
    "extra-ordinary": "special",
    "emergency": "special",
    "urgent": "special",
    "annual": "annual",
    "informal": "informal",
}


# "Moved from 9th October 2018, " / "(Rescheduled to 12 March 2020)": a note in a ModernGov
# heading of the date a meeting was moved from or to, in words or figures
_MOVED_NOTE_RE = re.compile(
    r"(?i)(?:^|[,(–—-]\s*)(?:moved|postponed|rescheduled|re-?arranged|deferred|brought\s+forward|"
    r"changed)\s+(?:from|to)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,10},?(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})"
    r"\s*\)?\s*(?:[,;:–—-]\s*|$)"
)


def kind_and_body(pre: str) -> tuple[str, str, list[str]]:
    """(kind, tidy body name, warnings) from "Special Meeting, Health Board" and the like."""
    warnings: list[str] = []
    pre = tidy_line(pre)
    moved = _MOVED_NOTE_RE.search(pre)
    if moved:
        # "Moved from 9th October 2018, Cabinet": the note names the date the meeting was
        # moved from (or to), not the body; the body is what is left
        warnings.append(f"the page heading says: {moved.group(0).strip(' ,;:()')!r}")
        pre = (pre[: moved.start()] + " " + pre[moved.end() :]).strip(" ,;:–—-")
    if re.search(r"\b(cancelled|postponed|moved)\b", pre, re.I):
        warnings.append(f"the page heading says: {pre!r}")
        pre = re.sub(
            r"(?i)\s*[-–(]*\s*\b(cancelled|postponed|moved)\b\s*[)]*\s*[-–,]?\s*", " ", pre
        )
    kind = "ordinary"
    m = KIND_RE.match(pre)
    if m:
        meeting_word = MEETING_WORD_RE.search(m.group("mid"))
        # "Urgent Care Board" is a body; "Special Meeting, X" and "Special, X" are kinds
        if meeting_word or m.group("sep") == ",":
            kind = KIND_MAP.get(m.group("kind").lower(), "ordinary")
            rest = pre[m.end() :].strip(" ,-")
            if meeting_word and meeting_word.group("body"):
                rest = meeting_word.group("body").strip() + (f", {rest}" if rest else "")
            if rest:
                pre = rest
    return kind, tidy_body_name(pre), warnings


# "Minutes – Parish Council Meeting and Annual Meeting", "Parish Council Meeting Minutes": a
# page's title naming only the kind of council (and the meetings), no place
_KIND_ONLY_TITLE_RE = re.compile(
    r"(?i)(?:minutes[ \t]*[–—:-]?[ \t]*)?(?:(?:of|from)[ \t]+)?(?:(?:the|a|an)[ \t]+)?"
    rf"(?P<kind>(?:{LOCAL_KINDS})[ \t]+council)"
    r"(?:[ \t]+(?:(?:annual|ordinary|extraordinary|extra-ordinary|special|monthly|general)[ \t]+)*"
    r"meeting(?:[ \t]+(?:and|&)[ \t]+(?:(?:the|an?)[ \t]+)?"
    r"(?:(?:annual|ordinary|extraordinary|special|general|parish)[ \t]+)*meeting)?)?"
    r"(?:[ \t]*[–—:-]?[ \t]*minutes)?"
)
# "SWAINSTHORPE PARISH COUNCIL" on a line of its own: a council's full name (one to five
# capitalised words before the kind; no word of a heading's or a sentence's among them)
_FULL_COUNCIL_LINE_RE = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w'’&-]*,?[ \t]+(?:(?i:and|&|cum|on|upon|in|under|with)[ \t]+)?){1,5}"
    rf"(?i:{LOCAL_KINDS})[ \t]+(?i:council))[ \t.:,]*"
)
_NOT_IN_A_NAME_RE = re.compile(
    r"(?i)\b(?:minutes?|meetings?|of|the|held|agenda|notice|draft|annual|present)\b"
)
KIND_TITLE_LOOK = 3


def council_under_kind_title(title: str, lines_after: list[str]) -> str:
    """The council's full name where a page's title names only the kind of council
    ("Minutes – Parish Council Meeting – 16th May 2011", its body "Minutes – Parish Council
    Meeting") and one of the next few lines (``KIND_TITLE_LOOK`` non-empty ones) is that
    council's name on a line of its own, ending in the same kind ("SWAINSTHORPE PARISH
    COUNCIL"); "" otherwise. A name inside a sentence ("the minutes of X Parish Council were
    approved") is not on a line of its own and is never read."""
    from moot.ingest.council import bodies_of_kind

    kind = _KIND_ONLY_TITLE_RE.fullmatch(" ".join((title or "").split()))
    if kind is None:
        return ""
    for line in [ln for ln in lines_after if ln.strip()][:KIND_TITLE_LOOK]:
        m = _FULL_COUNCIL_LINE_RE.fullmatch(line)
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        place = name[: -len(kind.group("kind"))] if len(name) > len(kind.group("kind")) else ""
        if not place.strip() or _NOT_IN_A_NAME_RE.search(place):
            continue
        if bodies_of_kind(kind.group("kind"), [name]):
            return tidy_body_name(name)
    return ""
