"""A document saved with its website around it: the site's lines taken off before reading.

A page copied or saved from a council's website often keeps the site around the minutes or
agenda: a "Skip to main content" link, a cookie notice, a menu of short lines ("Home",
"Meetings", "Contact us"), a breadcrumb ("Home > Parish Council > Minutes"), a search box,
share buttons, and after the document a footer ("Site map", "Accessibility statement",
"(c) 2024", "Last updated ..."). The readers look for a document's heading near its top, so
forty lines of menu hide it, and a menu's "Minutes" looks like a page title.

The rules, for plain text only (a web page's HTML and a web service's XML are read by their
own readers):

- At the top: the lines before the document are taken off where they are all short (eight
  words or fewer, no sentence) or plainly the site's (a skip link, a line about cookies, a
  breadcrumb of "Home > ..." or "Home » ...", "Posted on ...", "Share this"), up to the last
  line that is plainly the site's; one such line at least must be there ("Home", "Menu",
  a skip link, a cookie notice, a breadcrumb), so a document's own short title lines over
  its heading ("PARISH COUNCIL", "MINUTES") are never taken off alone. The search stops at
  the document's first numbered line or attendance label ("1. Apologies", "Present:"): an
  item "Website cookie policy" or "Home" below them is the document's. A menu may stand
  with none of these lines, or after them: four lines in a row or more made only of a site
  menu's words in mixed case ("About us", "Meetings", "Agendas and Minutes", "Contact the
  Clerk") after a line plainly the site's, or eight alone, are the site's too (a line in
  capitals, "AGENDA", is a document's own title, never a menu's); the menu's last lines naming
  the page ("Agenda and minutes", "Meeting documents") are kept as the page's title.
- At the bottom: from the first line plainly the site's footer ("Site map", "Accessibility
  statement", "Privacy policy", "(c) 2024", "All rights reserved", "Back to top", and a
  blog's "Posted in ...", "Recent posts", "Archives", "Categories", "Powered by ...") in a
  run of short lines that ends the text, the rest is taken off.
- Anywhere: a line (of a hundred characters or fewer) giving the date a page was posted or
  updated ("Posted on 3 March 2024 by Clerk", "Last updated: ...", "Published 4 May 2019")
  is taken off; that date is the web page's, never the meeting's.
- A document-sharing site's list of other documents: from a line "Similar documents",
  "Related documents", "More documents", "You may also like" (or the like) on its own, where
  at least three of the next ten lines are other documents' dated titles ("MINUTES OF THE
  MEETING HELD ON 9 TH NOVEMBER 2017 ...", "Agenda for the meeting of X on DATE"), the rest
  is taken off: those titles are other meetings', never this document's.
- No line longer than a cookie notice (250 characters) is ever the site's: a document
  flattened onto one line that mentions cookies or "all rights reserved" is kept whole.
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
    r"(?i)^(?:skip\s+to\b.*|.*\b(?:uses?|using|accept|agree|allow|consent)\b.*\bcookies\b.*|"
    r"(?:accept|reject|allow)(?:\s+all)?\s+cookies|cookie\s+(?:settings|preferences)|home|menu|main\s+menu|navigation|"
    r"toggle\s+navigation|search(?:\s+(?:this|the)\s+site)?|(?:you\s+are\s+here\s*:?\s*)?"
    r"home\s*(?:>|»|›|/|\|).*|share(?:\s+this(?:\s+page)?)?\s*:?|print(?:\s+this\s+page)?|"
    r"facebook|twitter|instagram|linkedin|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?)$"
)
_SITE_FOOT_RE = re.compile(
    r"(?i)^(?:site\s*map|accessibility(?:\s+statement)?|privacy(?:\s+(?:policy|notice))?|"
    r"cookie\s+(?:policy|settings|notice)|terms(?:\s+(?:and|&)\s+conditions|\s+of\s+use)?|"
    r"(?:©|\(c\)|copyright)\s*.*|.*\ball\s+rights\s+reserved\b.*|back\s+to\s+(?:the\s+)?top|"
    r"website\s+(?:by|designed\s+by|design\s+by)\b.*|share\s+this(?:\s+page)?\s*:?|"
    r"(?:proudly\s+)?powered\s+by\b.*|recent\s+(?:posts|news|comments)|archives|categories|"
    r"posted\s+in\b.*|leave\s+a\s+(?:comment|reply)|related\s+(?:posts|pages))$"
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


# the words of a council website's menu ("About us", "Your Councillors", "Agendas and
# Minutes", "Contact the Clerk"); never the words of an item's title alone ("Apologies")
_MENU_WORDS = frozenset(
    [
        "home",
        "about",
        "us",
        "our",
        "your",
        "the",
        "a",
        "and",
        "&",
        "of",
        "council",
        "councils",
        "councillors",
        "councillor",
        "parish",
        "town",
        "community",
        "village",
        "meetings",
        "meeting",
        "minutes",
        "agendas",
        "agenda",
        "planning",
        "applications",
        "policies",
        "policy",
        "procedures",
        "news",
        "events",
        "contact",
        "clerk",
        "search",
        "documents",
        "document",
        "finance",
        "financial",
        "information",
        "links",
        "useful",
        "notices",
        "noticeboard",
        "history",
        "services",
        "what's",
        "whats",
        "on",
        "gallery",
        "newsletter",
        "newsletters",
        "reports",
        "archive",
        "archives",
        "calendar",
        "vacancies",
        "grants",
        "allotments",
        "transparency",
        "elections",
        "faq",
        "faqs",
        "downloads",
        "map",
        "local",
        "area",
        "groups",
        "clubs",
        "businesses",
        "directory",
        "visit",
        "visiting",
        "welcome",
        "login",
        "log",
        "in",
        "sign",
        "accounts",
        "audit",
        "members",
        "committees",
        "committee",
        "standing",
        "orders",
        "code",
        "conduct",
        "register",
        "interests",
    ]
)
# the document has begun: a numbered line or an attendance label (a site's menu is neither)
_DOCUMENT_START_RE = re.compile(
    r"(?i)^(?:\(?\d{1,3}(?:[.)]|\s)|item\s+\d|present\b|apologies\b|in\s+attendance\b)"
)
# the title a meeting's web page is printed under
_PAGE_TITLE_RE = re.compile(
    r"(?i)^(?:meeting documents|minutes|decisions|agenda(?:,? (?:decisions|minutes))*"
    r"(?: and (?:draft )?(?:minutes|decisions))?)$"
)
# how many menu lines in a row are a menu: after a line plainly the site's, or alone
_MENU_AFTER_SITE = 4
_MENU_ALONE = 8


def _menu(line: str) -> bool:
    """A menu's entry: its words all a site menu's, printed in mixed case (a line in
    capitals, "AGENDA", "PARISH COUNCIL", is a document's own title)."""
    if line.isupper():
        return False
    words = re.findall(r"[\w'&]+", line.lower())
    return 0 < len(words) <= 5 and all(w in _MENU_WORDS for w in words)


def _short(line: str) -> bool:
    """A site's short line (a menu's entry, its title or tagline): eight words or fewer,
    sixty characters or fewer, no sentence (no full stop at its end)."""
    words = line.split()
    return 0 < len(words) <= 8 and len(line) <= 60 and not line.rstrip().endswith(".")


# a document-sharing site's heading over its list of other documents
_OTHERS_LABEL_RE = re.compile(
    r"(?i)^(?:similar|related|more|other|recommended)\s+(?:documents|files|minutes|posts|"
    r"pages)\s*:?$|^you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)\s*:?$"
)
# a dated title of minutes, an agenda or notes, on a line of its own (stripped), as a list
# of documents prints them: "MINUTES OF THE MEETING HELD ON 9 TH NOVEMBER 2017 ...", "Agenda
# for the meeting of X on 9 January 2020" (used by the readers' checks for such lists too)
DATED_TITLE_RE = re.compile(
    r"(?i)^(?:(?:draft|approved|signed)\s+)?(?:minutes?|agenda|notes)\b.{0,200}?\b(?:19|20)\d\d\b"
)
# how many of the lines after such a heading (of the first ten) must be dated titles
_OTHERS_LEAST = 3


def _others_list(bare: list[str]) -> int | None:
    """Where a list of other documents begins (its heading's line), if the text has one."""
    for i, ln in enumerate(bare):
        if not _OTHERS_LABEL_RE.match(ln):
            continue
        after = [b for b in bare[i + 1 :] if b][:10]
        if sum(1 for b in after if DATED_TITLE_RE.match(b)) >= _OTHERS_LEAST:
            return i
    return None


def strip_site_chrome(text: str) -> str:
    """The text without the website round it (see the module's rules); unchanged where no
    line is plainly the site's."""
    lines = text.split("\n")
    bare = [ln.strip() for ln in lines]
    others = _others_list(bare)
    if others is not None:
        lines, bare = lines[:others], bare[:others]
        text = "\n".join(lines)
    # at the top: a run of the site's lines and short lines, up to the last of the site's
    cut, run, seen, by_menu = 0, 0, False, False
    for i, ln in enumerate(bare[:80]):
        if not ln:
            continue
        run = run + 1 if _menu(ln) else 0
        if _DOCUMENT_START_RE.match(ln):
            break
        if _site_top(ln):
            cut, seen, by_menu = i + 1, True, False
        elif run >= (_MENU_AFTER_SITE if seen else _MENU_ALONE):
            cut, seen, by_menu = i + 1, True, True
        elif not _short(ln):
            break
    # a menu's last lines naming the page ("Agenda and minutes", "Meeting documents") are
    # the page's own title, kept
    while by_menu and cut and (not bare[cut - 1] or _PAGE_TITLE_RE.match(bare[cut - 1])):
        cut -= 1
    while cut and cut < len(bare) and not bare[cut]:
        cut += 1
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
