"""Records of decisions taken without a meeting in the room, over a period of days.

During 2020 and since, many parish and town councils took decisions by e-mail, each
councillor answering in turn, and printed the record as minutes ("Minutes of the Virtual
Meeting of X Parish Council", "Held over the period Wednesday 25 March 2020 to 1st April
2020"). Such a record names no one day on which the council met or decided: the first day
of the period is the day the proposals went out, not the day of any decision. So a record
whose opening says it was held, taken or made over a period from one date to another is
refused whole, never dated by the period's first day (the importer never guesses a day).

A record that names the one day of its decisions ("Minutes of the Parish Council conducted
by email on Tuesday 24th March 2020", "Notes of decisions taken by email on 2 April 2020")
is read as minutes of that day by the other readers; a record dated only by its month ("in
May 2020") is refused by them as naming no day.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import ParseError

# how far into the text the record's opening is looked for
OPENING_WITHIN = 1500

_DAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?"
    r"[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:,?[ \t]+(?:19|20)\d\d)?"
)
_FIGURES = r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})"
_WHEN = rf"(?:{_DAY}|{_FIGURES})"
# "Held over the period Wednesday 25 March 2020 to 1st April 2020", "decisions taken by
# email between 3rd and 10th April 2020" ("between 3rd" and a month after the second day)
_OVER_A_PERIOD_RE = re.compile(
    r"(?im)^[^\n]{0,120}?\b(?:held|taken|made|conducted|met|agreed|decided)\b[^\n.]{0,40}?"
    r"\b(?:over[ \t]+the[ \t]+period(?:[ \t]+(?:of|from))?|during[ \t]+the[ \t]+period(?:[ \t]+"
    r"(?:of|from))?|between|from)[ \t]+"
    rf"(?:{_WHEN}|\d{{1,2}}(?:st|nd|rd|th)?)[ \t]*(?:to|until|till|and|[–—-])[ \t]*{_WHEN}"
)


def over_a_period(text: str) -> str | None:
    """The words of the opening that date the record by a period of days ("Held over the
    period Wednesday 25 March 2020 to 1st April 2020"), or None where it says no such thing."""
    m = _OVER_A_PERIOD_RE.search((text or "")[:OPENING_WITHIN])
    return " ".join(m.group(0).split()) if m else None


def refuse_a_period(text: str) -> None:
    """Raise ``ParseError`` where the record is dated by a period of days (see above)."""
    period = over_a_period(text)
    if period:
        raise ParseError(
            f"the minutes record decisions taken over a period ({period!r}), not at a meeting "
            "on one day: the day of the meeting cannot be read"
        )
