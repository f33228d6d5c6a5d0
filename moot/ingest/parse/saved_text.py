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
