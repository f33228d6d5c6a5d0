"""What the readers that put lost lines back share: the minutes' (``unflatten``), a
ModernGov page's and a record page's (``page_unflatten``) and a notice's
(``agenda_notice.unflatten_notice``). Each keeps its own patterns and its own order; these
are the steps they take alike:

* is the text on one line? (``on_one_line``: no line break inside it, its ends aside);
* the text's spaces made single, so a pattern sees one space between words
  (``single_spaced``);
* the numbers that run on (``running_on``): the first number that may open the run, then
  each number that follows the last one kept (each reader says what follows: one more,
  up to three more, the same year); a number out of the run is text;
* the text cut where the lines begin (``pieces``): each cut is a stretch of the text,
  given by where it starts and ends, that is left out (a space, or an item's number the
  reader puts back itself); a cut that starts and ends at the same place leaves nothing
  out. Whether the pieces are trimmed, and how they are joined, each reader decides.

Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def on_one_line(text: str | None) -> bool:
    """No line break inside the text (a break at its start or end does not count). Empty
    text is on one line; a reader that wants text as well says so itself."""
    return "\n" not in (text or "").strip()


def single_spaced(text: str) -> str:
    """The text's words with one space between each, the ends trimmed."""
    return " ".join(text.split())


def running_on(
    matches: Iterable[re.Match[str]],
    follows: Callable[[re.Match[str], re.Match[str]], bool],
    opens: Callable[[re.Match[str]], bool] = lambda m: True,
) -> list[re.Match[str]]:
    """The numbers of the run, in order: the first that ``opens`` the run, then each that
    ``follows`` the last one kept (``follows(last, this)``); every other number is left
    out, as text."""
    run: list[re.Match[str]] = []
    for m in matches:
        if follows(run[-1], m) if run else opens(m):
            run.append(m)
    return run


def pieces(text: str, cuts: Iterable[tuple[int, int]]) -> list[str]:
    """The text between the cuts, in order: before the first cut, between each cut and the
    next, and after the last (one piece more than there are cuts). Each cut is (start, end)
    in the text, in order and not overlapping; what lies between its start and end is left
    out. No piece is trimmed."""
    out: list[str] = []
    pos = 0
    for start, end in cuts:
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return out
