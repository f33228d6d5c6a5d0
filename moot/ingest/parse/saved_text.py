"""The text of a document as it reads, whichever way it was saved.

The same minutes reach an importer as different bytes: a Windows editor ends lines with CR LF
(an old Mac with CR alone); a PDF's text layer prints "ﬁ" and "ﬂ" as one ligature character
and puts non-breaking or thin spaces between words; text copied from a web page's source keeps
its entities ("&amp;", "&nbsp;", "&#8217;"); a text may be saved with every line indented.
None of that changes what the document says, so
before any reader looks at a plain text it is put back into the one form the readers expect:
lines ended by LF, ligatures spelt out, every kind of space between words a space,
entities read and a shared indent taken off. A web page's HTML and an XML response are left to their own readers (their
parsers read entities themselves), apart from line ends.
"""

from __future__ import annotations

import html
import re
import textwrap

# ligatures a PDF's text layer prints as one character, spelt out
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
# spaces between words other than the space itself: non-breaking, en and em and thin spaces,
# the narrow non-breaking space, the medium mathematical and the ideographic space
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_TRANSLATION = str.maketrans({**_LIGATURES, **dict.fromkeys(_SPACES, " ")})
# an entity of a web page's source: named ("&amp;") or numbered ("&#8217;", "&#x2019;")
_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def line_ends(text: str) -> str:
    """``text`` with every line ended by LF (CR LF and a lone CR are line ends too)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plain_words(text: str) -> str:
    """A plain text's words as the readers expect them: LF line ends, ligatures spelt out,
    every kind of space a space, a web page's entities read ("&amp;" is "&"), and an indent
    every line shares (a text saved indented by a tab) taken off. A text with no entity is left
    with its ampersands as they are; an indent some lines have and others not is kept."""
    text = line_ends(text).translate(_TRANSLATION)
    if _ENTITY_RE.search(text):
        text = html.unescape(text).translate(_TRANSLATION)
    return textwrap.dedent(text)


# a line that opens something of its own, never the rest of the line above: a numbered or
# lettered item ("3.", "12)", "(b)", "77/21", "C 10/034"), anything in brackets, a bullet, a label ("Present:",
# "RESOLVED"), a row of a list of people and their posts, a line in capitals (not one ending
# a sentence: "NHDC." ends the paragraph above)
_OPENS_RE = re.compile(
    r"^(?:\(|\d{1,4}[a-z]?[.)]|\d{1,4}\s|\(?[a-z]{1,3}\)|[A-Z]{1,3}\s?\d{1,4}[./]\d|"
    r"\d{1,4}/\d{1,4}|[•·*▪●◦]\s|resolved\b|RESOLVED)"
)
# a line opening in a way that may be its own or the rest of the line above: a label
# ("Present:"), a dash's bullet, a row of a list of people and their posts ("Andy Cavanagh -
# Head of Finance")
_LABEL_RE = re.compile(r"^[A-Z][\w’' ,&/-]{0,40}:")
_DASH_RE = re.compile(r"^[-–—]\s")
_ROW_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s)?[A-Z][\w.'’]+(?:\s[A-Z][\w.'’-]+){0,3}"
    r"\s[-–—]\s"
)
# a date's day and month ("17 June", "3rd March"): a date the wrap broke, not an item's number
_DATE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
# a year opening a line, and a month ending one: a date the wrap broke before its year
_YEAR_RE = re.compile(r"^(?:19|20)\d\d\b")
_MONTH_END_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$"
)
# the start of a person's name the line below must finish: a title and a given name or
# initials ("Mrs Jennifer", "Cllr Peter", "Mr P."), a title alone or an initial alone
_NAME_START_RE = re.compile(
    r"(?:^|\s)(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?(?:\s[A-Z][a-z]+|(?:\s[A-Z]\.?){1,3})?"
    # or an initial alone, the rest of the name below it: "P" / "Hamill"
    r"|(?<=[\s,])[A-Z]\.?)$"
)
# how long the longest line of a text wrapped at a fixed width may be, how many of its lines
# must reach near that width, and how near
WRAP_WIDTH_LEAST = 50
WRAP_WIDTH_MOST = 130
WRAP_PERCENTILE = 0.95
WRAP_NEAR = 0.8
# how near a line ending with a word no phrase ends with ("of", "and", "&") must reach: a
# proportional font breaks lines short of the widest by a word or two
WRAP_NEAR_RUNS_ON = 0.7
WRAP_SHARE = 0.25
WRAP_LINES_LEAST = 8


def wrap_width(text: str) -> int | None:
    """The width a text was wrapped at (a PDF's or an e-mail's text, each line broken where
    the page or column ended), or None for a text whose lines end where its paragraphs do.
    The width is the length ``WRAP_PERCENTILE`` of the lines are no longer than; in a wrapped
    text it is between ``WRAP_WIDTH_LEAST`` and ``WRAP_WIDTH_MOST`` characters (a list of
    short lines is no wrapped text) and at least a quarter of the lines
    (eight or more) reach ``WRAP_NEAR`` of it; a web page's text, one
    paragraph a line, has lines of every length."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if not lengths:
        return None
    # (a line or two longer than the rest, a web address that could not be broken, does not
    # set the width)
    width = lengths[int(WRAP_PERCENTILE * (len(lengths) - 1))]
    near = sum(1 for n in lengths if n >= WRAP_NEAR * width)
    if not WRAP_WIDTH_LEAST <= width <= WRAP_WIDTH_MOST:
        return None
    if near < WRAP_LINES_LEAST or near < WRAP_SHARE * len(lengths):
        return None
    return width


# words a sentence, a heading or a list's entry does not end with
_RUNS_ON_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "for",
        "with",
        "by",
        "at",
        "on",
        "from",
        "that",
        "as",
        "or",
        "but",
        "be",
        "is",
        "are",
        "was",
        "were",
        "has",
        "had",
        "have",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "which",
        "who",
        "whom",
        "whose",
        "into",
        "onto",
        "upon",
        "than",
        "not",
        "no",
        "nor",
        "so",
        "under",
        "over",
        "per",
        "via",
    ]
)


def _runs_on(above: str, below: str) -> bool:
    """The line below carries on the sentence of the line above: it starts with a small
    letter, or the line above ends with a comma, a semicolon, an ampersand, a hyphen or a
    dash, or with a word no sentence ends with ("and", "of", "the"). A line below opening
    with a capital after a whole word may be a heading's body or a list's next entry ("7.0
    Urgency Resolution" over "The Chairman ..."), so it is left where it is."""
    if below[:1].islower() or _DASH_RE.match(below):
        return True
    if above.endswith((",", ";", "&", "-", "–", "—")):
        return True
    last = re.findall(r"[A-Za-z]+$", above)
    return bool(last) and last[0].lower() in _RUNS_ON_WORDS


# the end of a line inside a list of names: two or more entries before a comma, the last
# entry capitalised words (or "&") with no stop after them ("Lewis, Ifor", "Bourtie & Daviot");
# the line below must open with a word in small letters after its capital (a surname, not "WDC")
_LIST_TAIL_RE = re.compile(r"^[^,]*,.*,\s(?:[A-Z][\w'’-]*|&)(?:\s(?:[A-Z][\w'’-]*|&)){0,2}$")


def _ends_unfinished(above: str) -> bool:
    """The line ends with a word no phrase ends with ("of", "and") or an ampersand."""
    if above.endswith("&"):
        return True
    last = re.findall(r"(?<![\w.])[A-Za-z]+$", above)
    return bool(last) and last[0].lower() in _RUNS_ON_WORDS


def _broken(above: str, below: str, width: int, joined: str = "") -> bool:
    """The break between two lines of a wrapped text is where the page ended, not where the
    paragraph did: the line below opens nothing of its own (``_OPENS_RE``, a heading in
    capitals) and the line above is not a label's ("Present:") nor a sentence's end before a
    capital, and either the first word
    below would not have fitted on the line above (a writer breaks a paragraph's last line
    short) or the line above reached near the width and the sentence runs on (``_runs_on``)."""
    # (a day and month below a full line that ends no sentence are the rest of its date:
    # "held on" / "17 June 2019")
    if (
        _DATE_RE.match(below)
        and len(above) >= WRAP_NEAR * width
        and not re.search(r"[.!?:]$", above)
    ):
        return True
    # (a year below a full line ending with a month is the rest of its date: "held on the
    # 17th May" / "2021 at 7.30pm")
    if _YEAR_RE.match(below) and _MONTH_END_RE.search(above) and len(above) >= WRAP_NEAR * width:
        return True
    if _OPENS_RE.match(below) or above.endswith(":"):
        return False
    # (a person's name is not broken between two paragraphs: "Mrs Jennifer" / "Bendall")
    if _NAME_START_RE.search(above) and below[:1].isupper() and len(above) >= WRAP_NEAR * width:
        return True
    if _LABEL_RE.match(below):
        return False
    full = len(above) >= WRAP_NEAR * width or (
        len(above) >= WRAP_NEAR_RUNS_ON * width and _ends_unfinished(above)
    )
    # (a row of a list of people, or a dash's bullet, opens a line of its own only below a
    # row or a bullet of the same list: "Director of Community" / "Planning – N Harkness" is
    # one row)
    if (_ROW_RE.match(below) or _DASH_RE.match(below)) and (
        _ROW_RE.match(joined) or _DASH_RE.match(joined) or not full
    ):
        return False
    # (a break after a sentence's end is left: two sentences on two lines read as on one,
    # while two paragraphs joined would run a list on into the next)
    if re.search(r"[.!?][\"'’”)\]]?$", above) and not below[:1].islower():
        return False
    if below.isupper() and len(below) > 3 and not below.endswith((".", ",", ";")):
        # (a heading in capitals too long for one line: "MEETING OF OLD SOMERBY PARISH" /
        # "COUNCIL")
        return above.isupper() and len(above) >= WRAP_NEAR * width
    if len(above) + 1 + len(below.split()[0]) > width:
        return True
    # (a list of names broken inside an entry: "Mark Lewis, Ifor" / "Roberts, Catrin Jones")
    if full and _LIST_TAIL_RE.search(above) and re.match(r"[A-Z][a-z]", below):
        return True
    return full and _runs_on(above, below)


def unwrapped(text: str) -> str:
    """A text wrapped at a fixed width (``wrap_width``) with each paragraph on one line again:
    a line is joined to the one above it where the one above reached near the width (the
    line was broken because the page ended, not the paragraph) and it does not open
    something of its own (an item's number, a bullet, a label, a heading in capitals). Blank
    lines, form feeds and short lines stay where they are. A text not wrapped is returned as
    it is."""
    width = wrap_width(text)
    if width is None:
        return text
    out: list[str] = []
    last = ""  # the line above as printed (not as joined)
    for line in text.split("\n"):
        body = line.strip()
        if (
            body
            and out
            and "\f" not in line
            and _broken(last.rstrip(), body, width, out[-1].strip())
        ):
            out[-1] = f"{out[-1].rstrip()} {body}"
        else:
            out.append(line)
        last = line
    return "\n".join(out)


# Markdown: a heading's hashes, emphasis, a link, a table's rule of dashes
_MD_HEADING_RE = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_SIGNS_RE = re.compile(
    r"(?m)^[ ]{0,3}#{1,6}[ \t]+\S|\*\*[^*\s][^*\n]*\*\*|__[^_\s][^_\n]*__|\]\([^)\s]+\)|"
    r"^\|?[ \t]*:?-{3,}:?[ \t]*\|"
)
# a line of its own that only marks the layout: a rule ("---", "***"), a code fence
_MD_RULE_RE = re.compile(r"^[ ]{0,3}(?:(?:[-*_][ \t]*){3,}|`{3,}.*|~{3,}.*)$")
_MD_TABLE_RULE_RE = re.compile(r"^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?$")
_MD_QUOTE_RE = re.compile(r"^[ ]{0,3}>[ ]?")
_MD_BULLET_RE = re.compile(r"^([ \t]*)[*+][ \t]+")
# signs of Markdown a text needs before it is read as Markdown
MARKDOWN_SIGNS_LEAST = 2


def looks_like_markdown(text: str) -> bool:
    """Minutes written in Markdown (a parish site built from Markdown files, a council's
    repository of minutes): two signs or more of it (a "#" heading, "**bold**" or
    "__bold__", a "[link](address)", a table's "|---|" rule), one of them a heading or bold
    text, or a title that is a "#" heading. A plain text rarely shows one."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    if _MD_HEADING_RE.match(first):
        return True  # ("# Minutes of the meeting ...": a title a Markdown heading)
    signs = _MD_SIGNS_RE.findall(text)
    strong = any(s.lstrip().startswith(("#", "**", "__")) for s in signs)
    return len(signs) >= MARKDOWN_SIGNS_LEAST and strong


def markdown_text(text: str) -> str:
    """The text Markdown shows, line for line (the readers read lines, so no line is joined
    to another): a heading's hashes, a quote's ">", rules and code fences taken off, "*" and
    "+" bullets as "-", a table's row as its cells apart by tabs (its rule of dashes taken
    off), and each line's emphasis, links, code and escapes read by a Markdown parser
    (markdown-it), which keeps an ordered list's number as it is printed."""
    from markdown_it import MarkdownIt

    from moot.ingest.parse.common import html_to_text

    inline = MarkdownIt("commonmark")

    def shown(words: str) -> str:
        # (a link's address is kept as html_to_text keeps it, for the readers to drop)
        return " ".join(html_to_text(f"<p>{inline.renderInline(words)}</p>").split())

    out: list[str] = []
    for line in text.split("\n"):
        if _MD_RULE_RE.match(line) or _MD_TABLE_RULE_RE.match(line.strip()):
            out.append("")
            continue
        heading = _MD_HEADING_RE.match(line)
        if heading:
            line = heading.group(2)
        line = _MD_QUOTE_RE.sub("", line)
        line = _MD_BULLET_RE.sub(r"\1- ", line)

        if line.strip().startswith("|") and line.strip().endswith("|"):
            out.append("\t".join(shown(c.strip()) for c in line.strip().strip("|").split("|")))
            continue
        lead = line[: len(line) - len(line.lstrip())]
        out.append(lead + shown(line.strip()) if line.strip() else line)
    return "\n".join(out)
