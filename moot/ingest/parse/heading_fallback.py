"""A last reading of a printed minutes' heading that no specific rule reads.

Minutes whose body (who attended, numbered minutes) is plain but whose heading is laid out
in a way the rules of ``printed_minutes`` do not know ("Minutes of the Parish Council held
at the Hall on Wednesday 18th September 2019" under the council's name on a line of its
own; "Annual Parish Meeting held on 27.04.17."; "Minutes – 17th January 2019" over the
heading) are read here, and only here, once those rules have failed. Nothing is guessed:

- the opening is the text before the first record of who attended or the first numbered
  minute; there must be one or the other after it (numbered minutes only where the opening
  calls itself minutes), and nothing after it is read for a date;
- the date is the meeting's only where the opening says so: the meeting "held", "met",
  "took place", "began" or "commenced" ... "on DATE", a "meeting of/on DATE", or a line
  holding only a date (a "Minutes –" before it at most) right over or under a line that
  calls the text minutes. All such dates must agree; an opening that is a letter, a notice
  of a meeting to come or an agenda, or a date said of another meeting (next, previous,
  last; minutes approved), gives none;
- the body is a council named on a line of its own in the opening, or after "of" in a line
  about minutes or a meeting ("Minutes of the Annual Meeting of Lea & Cleverton Parish
  Council"), one council only; else the kind of council or meeting the opening names
  ("the Parish Council", "Annual Parish Meeting"), as the specific rules take it; else none,
  and the importer refuses the minutes for naming no body.

The reading is given back as the text with its opening replaced by a heading of the form
the specific rules read ("Minutes of the Meeting of X held on 18 September 2019 at 7p.m"),
so every other part of the minutes is read as before.
"""

from __future__ import annotations

import re
from datetime import date

from moot.ingest.kinds import LOCAL_KINDS
from moot.ingest.parse.common import _month_number as month_number
from moot.ingest.parse.common import full_year

OPENING_WITHIN = 1500
# an opening that is no minutes': a letter, a notice of a meeting to come, an agenda
_NOT_MINUTES_RE = re.compile(
    r"(?i)\bdear\b|\bnotice\s+is\s+(?:hereby\s+)?given|\byou\s+are\s+(?:hereby\s+)?summoned|"
    r"\b(?:will|shall|is\s+to|are\s+to)\s+be\s+held\b|\bto\s+be\s+held\b|\bagenda\b"
)
# words on a date's line that make it another meeting's date, or minutes approved
_OTHER_MEETING_RE = re.compile(
    r"(?i)\b(?:next|previous|last|future|forthcoming|following|approv\w*|confirm\w*|"
    r"signed|accepted|true\s+record|matters\s+arising)\b"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+"
_DAY_FIRST = (
    rf"(?:{_WEEKDAY})?(?:the[ \t]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    r"(?P<m>[A-Za-z]{3,10})\.?,?[ \t]+(?P<y>(?:19|20)\d\d)\b"
)
_MONTH_FIRST = (
    rf"(?:{_WEEKDAY})?(?P<m2>[A-Za-z]{{3,10}})\.?[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+"
    r"(?P<y2>(?:19|20)\d\d)\b"
)
# "27.04.17", "27/04/2017": day, month and year in figures
_FIGURES = r"(?P<d3>\d{1,2})[./](?P<m3>\d{1,2})[./](?P<y3>\d{4}|\d{2})(?![\d/]|\.\d)"
_DATE_RE = re.compile(rf"(?i)(?:{_DAY_FIRST}|{_MONTH_FIRST}|{_FIGURES})")
# the meeting said to be held on a date: "held at the Hall on Wednesday 18th September 2019"
_SAID_HELD_RE = re.compile(
    # ("Decisions taken by email on 24 March 2020": the day the decisions themselves were
    # taken, as a meeting's; a proposal "circulated" or "forwarded" on a day gives none)
    # ("Minutes of the Parish Council conducted by email on Tuesday 24th March 2020",
    # "Decisions made by e-mail on 2 April 2020": the day the business itself was done)
    r"(?i)\b(?P<verb>held|met|took[ \t]+place|began|commenced|conducted|"
    r"(?<=decisions[ \t])(?:taken|made))\b"
    r"(?P<between>(?:[^\n.]|\.(?=\d)){0,80}?)[ \t]+on[ \t]+(?P<when>[^\n]{6,80})"
)
# "Meeting of Wed 23 October 2019 at", "meeting on Monday 5 May 2021"
_MEETING_ON_RE = re.compile(r"(?i)\bmeeting[ \t]+(?:of|on)[ \t]+(?P<when>[^\n]{6,80})")
# a line of only a date ("Minutes – 17th January 2019", "17th January 2019")
# ("26 April 2021 MINUTES", "April 26 2021 - Minutes", "Minutes 8th April 2021": the word
# before or after the date)
# ("Minutes Full Parish Council 8 April 2019": the kind of council, "Full" before it or
# not, between the word and the date)
_DATE_LINE_RE = re.compile(
    r"(?i)[ \t]*(?:minutes[ \t]*[–—:-]?[ \t]*"
    rf"(?:(?:full[ \t]+)?(?:{LOCAL_KINDS})[ \t]+council[ \t]*[–—:-]?[ \t]*)?)?(?P<when>[^\n]{{6,40}}?)"
    r"(?:[ \t]*[–—:-]?[ \t]*minutes)?[ \t.]*"
)
# the words after a date that open with its time ("7.15 AT THE FOX AND HOUNDS", "at 7pm")
_TIME_FIRST_RE = re.compile(
    r"(?i)[ \t,]*(?:at[ \t]+)?(?:\d{1,2}[.:]\d\d(?![\d.:/])(?:[ \t]*[ap]\.?m\b\.?)?|"
    r"\d{1,2}[ \t]*[ap]\.?m\b\.?)"
)
# an attendance heading on a line of its own ("- MEMBERS PRESENT", "Councillors present")
_PRESENT_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?:[-–•*][ \t]*)?(?:members|councillors)[ \t]+present[ \t]*:?[ \t]*$"
)
_KIND_WORD_RE = re.compile(r"(?i)\b(annual|extraordinary|extra-ordinary|special)\b")
_COUNCIL = (
    r"(?P<name>(?:[A-Z][\w'’&-]*,?[ \t]+(?:(?i:and|&|cum|on|upon|in|under|with)[ \t]+)?){1,5}"
    rf"(?i:{LOCAL_KINDS})[ \t]+(?i:council))"
)
_COUNCIL_LINE_RE = re.compile(rf"[ \t]*{_COUNCIL}[ \t.:,]*")
_COUNCIL_OF_RE = re.compile(rf"\b(?i:of)[ \t]+(?:(?i:the)[ \t]+)?{_COUNCIL}")
# words no council's name holds ("MINUTES OF THE PARISH COUNCIL" in capitals)
_NOT_A_NAME_RE = re.compile(r"(?i)\b(?:minutes?|agenda|notice|from|the|of|meeting|held)\b")
_KIND_RE = re.compile(rf"(?i)\b(?P<kind>(?:{LOCAL_KINDS})[ \t]+(?:council|meeting))\b")
# what calls the text a record of a meeting: minutes, or "Notes of the meeting of ...",
# "Informal meeting notes", "Record of decisions" (a record of what was decided, as minutes)
_ABOUT_MINUTES_RE = re.compile(
    r"(?i)\bminutes?\b|\bnotes[ \t]+of[ \t]+(?:the|an?)\b|\bmeeting[ \t]+notes\b|"
    r"\brecord[ \t]+of[ \t]+(?:the[ \t]+)?decisions\b"
)


def fallback_heading(text: str) -> str | None:
    """``text`` with its opening replaced by a heading the specific rules read, or None
    where the opening does not clearly give the meeting's date (see the module's text)."""
    text = text or ""
    end = opening_end(text)
    if end is None:
        return None
    opening = text[:end]
    if _NOT_MINUTES_RE.search(opening):
        return None
    after = text[end:]
    attended = _attendance_at(after[:OPENING_WITHIN]) is not None
    numbered = len(minute_starts(after)) >= 2
    if not (attended or (numbered and _ABOUT_MINUTES_RE.search(opening))):
        return None
    said = meeting_dates(opening)
    days = {day for day, _ in said}
    if len(days) != 1:
        return None
    day = said[0][0]
    # the time and place from whichever line prints them
    tail = next((words for _, words in said if words.strip()), "")
    body = named_body(opening)
    kind = _KIND_WORD_RE.search(opening)
    words = f"{kind.group(1).capitalize()} " if kind else ""
    of = f"of {body} " if body else ""
    heading = f"Minutes of the {words}Meeting {of}held on {day.day} {day:%B} {day.year}{tail}"
    return heading.rstrip() + "\n" + text[end:]


def opening_end(text: str) -> int | None:
    """Where the opening ends: the first record of who attended, or the start of the line
    of the first numbered minute, within ``OPENING_WITHIN`` characters; None if neither."""
    head = text[:OPENING_WITHIN]
    ends = []
    label = _attendance_at(head)
    if label is not None:
        ends.append(label)
    minutes = minute_starts(head)
    if minutes:
        ends.append(minutes[0])
    return min(ends) if ends and min(ends) > 0 else None


def minute_starts(text: str) -> list[int]:
    """Where each numbered minute's line starts in ``text`` ("1. Apologies"); a line holding
    only a date ("14 March 2018") is no minute 14."""
    from moot.ingest.parse.minutes_attendance import _FIRST_MINUTE_RE

    starts = []
    for minute in _FIRST_MINUTE_RE.finditer(text):
        line_end = text.find("\n", minute.start())
        day, rest = leading_date(text[minute.start() : line_end if line_end >= 0 else len(text)])
        if day is None or rest.strip(" .,"):
            starts.append(minute.start())
    return starts


def _attendance_at(text: str) -> int | None:
    """Where the first record of who attended is in ``text`` (a label such as "Present:",
    or apologies said to be received), or None."""
    from moot.ingest.parse.minutes_attendance import _LABEL_RE
    from moot.ingest.parse.minutes_headings import _RECORDED_ATTENDANCE_RE

    labels = (_LABEL_RE, _RECORDED_ATTENDANCE_RE, _PRESENT_LINE_RE)
    found = [m.start() for m in (label.search(text) for label in labels) if m]
    if not found:
        return None
    start = min(found)
    # the line's own start where the label opens it (the record is the whole line)
    line_start = text.rfind("\n", 0, start) + 1
    return line_start if not text[line_start:start].strip() else start


def meeting_dates(opening: str) -> list[tuple[date, str]]:
    """Each date the opening says is the meeting's, with the words after it on its line
    (the time and place: " at 7p.m"), in the order printed."""
    lines = opening.split("\n")
    found = []
    for i, line in enumerate(lines):
        if _OTHER_MEETING_RE.search(line):
            continue
        for said in (*_SAID_HELD_RE.finditer(line), *_MEETING_ON_RE.finditer(line)):
            day, rest = leading_date(said.group("when"))
            if day:
                between = said.groupdict().get("between") or ""
                # "held at 7.30pm on Monday ...": the time printed before the date
                found.append((day, (" " + between.strip() if between.strip() else "") + rest))
        only = _DATE_LINE_RE.fullmatch(line)
        if only and _beside_minutes(lines, i):
            day, rest = leading_date(only.group("when"))
            if day and not rest.strip():
                found.append((day, ""))
                continue
        # a line opening with a date and its time, over or under the minutes' title
        day, rest = leading_date(line)
        if day and _TIME_FIRST_RE.match(rest) and _beside_minutes(lines, i):
            found.append((day, " " + rest.strip()))
    return found


def _beside_minutes(lines: list[str], i: int) -> bool:
    """Is line ``i`` (a date alone) a title's: "Minutes" in it, or on the nearest line with
    words over or under it?"""
    if _ABOUT_MINUTES_RE.search(lines[i]):
        return True
    over = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
    under = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
    return bool(_ABOUT_MINUTES_RE.match(over.strip()) or _ABOUT_MINUTES_RE.match(under.strip()))


def leading_date(words: str) -> tuple[date | None, str]:
    """The date that opens ``words`` ("Wednesday 18th September 2019 at 7p.m", "May
    29th2012 in Lea Village Hall", "27.04.17."), and the words after it up to another date;
    (None, "") where the words do not open with a whole date (day, month and year)."""
    # "May 29th2012": a PDF's text runs the ordinal into the year
    words = re.sub(r"(?i)(\d(?:st|nd|rd|th))((?:19|20)\d\d)\b", r"\1 \2", words.strip())
    m = _DATE_RE.match(words)
    if m is None:
        return None, ""
    day = _to_date(m)
    if day is None:
        return None, ""
    rest = words[m.end() :]
    later = _DATE_RE.search(rest)
    if later:
        rest = rest[: later.start()]
    return day, rest.rstrip(" ,;–—-")


def _to_date(m: re.Match[str]) -> date | None:
    if m.group("d3"):
        # a year in two figures as dates in figures mean it ("27.04.17" is 2017)
        day, month, year = int(m.group("d3")), int(m.group("m3")), full_year(int(m.group("y3")))
    else:
        d, mo, y = (
            (m.group("d"), m.group("m"), m.group("y"))
            if m.group("d")
            else (m.group("d2"), m.group("m2"), m.group("y2"))
        )
        month = month_number(mo)
        if not month:
            return None
        day, year = int(d), int(y)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def named_body(opening: str) -> str:
    """The body the opening names: a council on a line of its own, or after "of" on a line
    about minutes or a meeting (one council only); else the kind of council or meeting it
    names ("Parish Council", "Parish Meeting"); else ""."""
    names = set()
    # ("Chairman:........ Parbold Parish Council ______ Clerk: ...": a letterhead's rules of
    # dots or underscores part its line as line breaks would, the council alone between them)
    for line in re.split(r"\n|[._]{5,}", opening):
        alone = _COUNCIL_LINE_RE.fullmatch(line)
        # ("MEETING OF DIGBY PARISH COUNCIL" in capitals: a line that is all capitalised
        # words is no council's name alone when it holds words no name does; the council
        # after its "of" is read as on any line about a meeting)
        if alone and not _NOT_A_NAME_RE.search(alone.group("name")):
            names.add(alone.group("name"))
        elif re.search(r"(?i)\b(?:minutes?|meeting)\b", line):
            names.update(m.group("name") for m in _COUNCIL_OF_RE.finditer(line))
    names = {" ".join(n.split()) for n in names if not _NOT_A_NAME_RE.search(n)}
    folded = {n.casefold() for n in names}
    if len(folded) == 1:
        return names.pop()
    if len(folded) > 1:
        return ""
    kinds = {" ".join(k.group("kind").split()).title() for k in _KIND_RE.finditer(opening)}
    return kinds.pop() if len(kinds) == 1 else ""
