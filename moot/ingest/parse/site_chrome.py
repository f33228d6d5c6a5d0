"""A document saved with its website around it: the site's lines taken off before reading.

A page copied or saved from a council's website often keeps the site around the minutes or
agenda: a "Skip to main content" link, a cookie notice, a menu of short lines ("Home",
"Meetings", "Contact us"), a breadcrumb ("Home > Parish Council > Minutes"), a search box,
share buttons, and after the document a footer ("Site map", "Accessibility statement",
"(c) 2024", "Last updated ..."). The readers look for a document's heading near its top, so
forty lines of menu hide it, and a menu's "Minutes" looks like a page title.

The rules, for plain text only (a web page's HTML and a web service's XML are read by their
own readers):

- At the top: the lines before the document are taken off where they are all short (five
  words or fewer, no sentence) or plainly the site's (a skip link, a line about cookies, a
  breadcrumb of "Home > ..." or "Home » ...", "Posted on ...", "Share this"), up to the last
  line that is plainly the site's; one such line at least must be there ("Home", "Menu",
  a skip link, a cookie notice, a breadcrumb), so a document's own short title lines over
  its heading ("PARISH COUNCIL", "MINUTES") are never taken off alone.
- At the bottom: from the first line plainly the site's footer ("Site map", "Accessibility
  statement", "Privacy policy", "(c) 2024", "All rights reserved", "Back to top") in a run
  of short lines that ends the text, the rest is taken off.
- Anywhere: a line (of a hundred characters or fewer) giving the date a page was posted or updated ("Posted on 3 March 2024 by
  Clerk", "Last updated: ...", "Published 4 May 2019") is taken off; that date is the web
  page's, never the meeting's.
"""

from __future__ import annotations

import re

_DATE_WORDS = (
    r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)"
)
_POSTED_RE = re.compile(
    r"(?i)^(?:posted|published|last\s+(?:updated|modified|reviewed|edited)|updated|"
    r"page\s+(?:updated|last\s+updated)|date\s+(?:posted|published))\b[\s:]*(?:on\b\s*)?"
    r"(?:[:\-–]\s*)?" + _DATE_WORDS
)
_SITE_TOP_RE = re.compile(
    r"(?i)^(?:skip\s+to\b.*|.*\bcookies?\b.*|home|menu|main\s+menu|navigation|"
    r"toggle\s+navigation|search(?:\s+(?:this|the)\s+site)?|(?:you\s+are\s+here\s*:?\s*)?"
    r"home\s*(?:>|»|›|/|\|).*|share(?:\s+this(?:\s+page)?)?\s*:?|print(?:\s+this\s+page)?|"
    r"facebook|twitter|instagram|linkedin|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?)$"
)
_SITE_FOOT_RE = re.compile(
    r"(?i)^(?:site\s*map|accessibility(?:\s+statement)?|privacy(?:\s+(?:policy|notice))?|"
    r"cookie\s+(?:policy|settings|notice)|terms(?:\s+(?:and|&)\s+conditions|\s+of\s+use)?|"
    r"(?:©|\(c\)|copyright)\s*.*|.*\ball\s+rights\s+reserved\b.*|back\s+to\s+(?:the\s+)?top|"
    r"website\s+(?:by|designed\s+by|design\s+by)\b.*|share\s+this(?:\s+page)?\s*:?)$"
)


# no line of a site's chrome is longer (a cookie notice is the longest): a longer line is the
# document's, or a document flattened onto one line
_LONGEST = 250


def _site_top(line: str) -> bool:
    return len(line) <= _LONGEST and bool(_SITE_TOP_RE.match(line) or _posted(line))


def _site_foot(line: str) -> bool:
    return len(line) <= _LONGEST and bool(_SITE_FOOT_RE.match(line) or _posted(line))


def _posted(line: str) -> bool:
    return len(line) <= 100 and bool(_POSTED_RE.match(line))


def _short(line: str) -> bool:
    """A menu's line: five words or fewer, no sentence (no full stop at its end, no colon
    but a label's)."""
    words = line.split()
    return 0 < len(words) <= 5 and len(line) <= 40 and not line.rstrip().endswith(".")


def strip_site_chrome(text: str) -> str:
    """The text without the website round it (see the module's rules); unchanged where no
    line is plainly the site's."""
    lines = text.split("\n")
    bare = [ln.strip() for ln in lines]
    # at the top: a run of the site's lines and short lines, up to the last of the site's
    cut = 0
    for i, ln in enumerate(bare[:80]):
        if not ln:
            continue
        if _site_top(ln):
            cut = i + 1
        elif not _short(ln):
            break
    # at the bottom: from the first footer line in the run of short lines that ends the text
    end = len(lines)
    for i in range(len(lines) - 1, max(cut, len(lines) - 60) - 1, -1):
        ln = bare[i]
        if not ln:
            continue
        if _site_foot(ln):
            end = i
        elif not (_short(ln) or len(ln) <= 60):
            break
    if cut == 0 and end == len(lines) and not any(_posted(ln) for ln in bare):
        return text
    kept = [ln for ln, b in zip(lines[cut:end], bare[cut:end], strict=True) if not _posted(b)]
    return "\n".join(kept)
