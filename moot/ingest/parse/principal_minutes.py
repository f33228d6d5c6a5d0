"""Principal councils' printed minutes (a county, district, borough or unitary council's
Cabinet, Executive, Council and committees): the shapes of their headings that the
printed-minutes reader does not read, rewritten as the heading it reads ("Minutes of the
meeting of the X held on DATE at TIME"), and the debris a document site leaves in the text.

Each rule is a small function, text in and text out, changing nothing where its shape is
not found:

* ``strip_tag_debris``: what is left of a document site's highlighting tags ("ong>",
  "</str") is taken out, words that a PDF's line ends ran together after a year or before
  "Councillor" set apart;
* ``date_over_heading``: "4 JULY 2013" on a line of its own over "Minutes of a meeting of
  the DEVELOPMENT COMMITTEE held in the Council Chamber, ... at 9.30 am when there were
  present:" (the heading naming no date): the date is the heading's;
* ``present_after_heading``: "... when there were present:" at a heading line's end is the
  list's label, "Present:", on a line of its own;
* ``labelled_heading``: "Council Minutes" over "Date:", "Tuesday 15th November 2016",
  "Time:", "7:00pm" (each label over its value or beside it);
* ``body_over_date``: "PLANNING COMMITTEE" over "Wednesday, 25 March 2015" over "Present:";
* ``titled_minutes``: "Cabinet Minutes Monday 4 March 2013" (the body, "Minutes" and the
  date on one line, a council's name before them).

Only the heading's words are rewritten; the date, time and body are the document's own.
"""

from __future__ import annotations

import re

from moot.ingest.parse.common import parse_date
from moot.ingest.parse.name_parts import INITIAL, LOOSE_FAMILY, MEMBER_TITLE, PERSONAL_TITLE

# "4 JULY 2013", "Wednesday, 25 March 2015", "Tuesday 15th November 2016"
_DATE = (
    r"(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{3,9},?[ \t]+"
    r"(?:19|20)\d\d"
)
_TIME = r"\d{1,2}(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\.?|hrs)"
# the name of a principal council's body, ending in the kind of body it is
_BODY = (
    r"(?:[A-Z][\w&'’,-]*[ \t]+(?:(?:[A-Z][\w&'’,-]*|and|of|for|&)[ \t]+){0,6}?)?"
    r"(?i:council|cabinet|executive|committee|sub-committee|board|panel)\b"
)

# ---------------------------------------------------------------------------------------
# Document sites' debris

# "London Borough ong>ofong> Hammersmith & Fulhamong>Cabinetong>": the ends of "<strong>"
# and "</strong>" tags a site's highlighting left, with their brackets half lost
_TAG_DEBRIS_RE = re.compile(r"</?(?:strong|em|b|i|mark)>|</?str(?:ong>)?|ong>")
# "Monday 4 March 2013PRESENTCouncillor": a year run into the next word
_YEAR_RUN_ON_RE = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][A-Za-z])")
# "PRESENTCouncillor Nicholas Botterill", "...IT)Councillor Greg Smith": a label or a
# bracket run into "Councillor"
_RUN_INTO_COUNCILLOR_RE = re.compile(r"(?:(?<=PRESENT)|(?<=[a-z)]))(?=Councillors?\b)")
# "...and TechnicalServices161. MINUTES OF ...", "2012/13RESOLVED:That", "ABSENCEThere were
# no apologies": a minute's number, "RESOLVED" or a sentence run into the words before
_RUN_ON_MINUTE_RE = re.compile(
    r"(?<=[a-z.])(?=\d{1,3}\.[ \t]+[A-Z]{2})|(?<=\S)(?=RESOLVED\b)|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})"
)


def strip_tag_debris(text: str) -> str:
    """``text`` without a document site's tag debris ("ong>", "</str"), words it left run
    together set apart; text without such debris is returned as it is."""
    if not _TAG_DEBRIS_RE.search(text or ""):
        return text or ""
    text = _TAG_DEBRIS_RE.sub(" ", text)
    text = _YEAR_RUN_ON_RE.sub("\n", text)
    text = _RUN_ON_MINUTE_RE.sub("\n", text)
    return _RUN_INTO_COUNCILLOR_RE.sub("\n", text)


# ---------------------------------------------------------------------------------------
# Page furniture

# "Page 3 of 12" on a line of its own
_PAGE_OF_RE = re.compile(r"(?im)^[ \t]*page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}[ \t]*\n")
# "Development Committee" / "1" / "4 July 2013": a running footer, the body's name, the
# page's number and the meeting's date each on a line of its own
_FOOTER_RE = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Za-z&'’ -]{{2,60}}[ \t]*\n[ \t]*\d{{1,3}}[ \t]*\n[ \t]*{_DATE}[ \t]*\n"
)
# "Minutes - Cabinet - 4 March 2013" on a line of its own: a running header
_RUNNING_HEADER_RE = re.compile(
    rf"(?m)^[ \t]*(?i:minutes)[ \t]+[–—-][ \t]+[A-Z][A-Za-z&'’ -]{{2,60}}?[ \t]+[–—-][ \t]+{_DATE}"
    r"[ \t]*\n"
)


def page_furniture(text: str) -> str:
    """``text`` without the lines a printed page repeats ("Page 3 of 12", a footer of the
    body's name, the page's number and the date, "Minutes - Cabinet - 4 March 2013") after
    its first lines (the heading itself is left)."""
    text = text or ""
    keep = text.find("\n", 200)
    if keep < 0:
        return text
    rest = text[keep + 1 :]
    for pattern in (_PAGE_OF_RE, _FOOTER_RE, _RUNNING_HEADER_RE):
        rest = pattern.sub("", rest)
    return text[: keep + 1] + rest


# ---------------------------------------------------------------------------------------
# Minute numbers

# "(26)" alone on its line over "APOLOGIES FOR ABSENCE ...", or "(199) CHAIRMAN’S
# ANNOUNCEMENT": a minute's number in round brackets before its title in capitals
_BRACKETED_MINUTE_RE = re.compile(
    r"(?m)^[ \t]*\((?P<num>\d{1,4})\)[ \t]*(?:\n[ \t]*)?(?=[A-Z][A-Z’'&,()/ -]{3,}$)"
)


def bracketed_minute_numbers(text: str) -> str:
    """ "(26)" then "APOLOGIES FOR ABSENCE": "26. APOLOGIES FOR ABSENCE" (only where two or
    more such numbers run on, one after the other: "(1)" before a resolution's paragraph
    is not a minute)."""
    found = list(_BRACKETED_MINUTE_RE.finditer(text or ""))
    numbers = [int(m.group("num")) for m in found]
    if len(found) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return text or ""
    return _BRACKETED_MINUTE_RE.sub(lambda m: f"{m.group('num')}. ", text)


# "APOLOGIES" (its title in capitals, over up to three lines) over "PLA146/14" alone on its
# line: the title printed before its number
_TITLE_OVER_NUMBER_RE = re.compile(
    r"(?m)^(?P<title>(?:[ \t]*[A-Z][A-Z0-9’'&,()/. -]{2,}\n){1,3})"
    r"[ \t]*(?P<num>[A-Z]{1,4}[ \t]?\d{1,4}/\d{2})[ \t]*(?:\n|(?=[ \t]+[A-Z]))"
)
# the same in text flattened, then put back on lines: the title in capitals at the end of
# the line before the number that opens a line
_FLAT_TITLE_OVER_NUMBER_RE = re.compile(
    r"(?m)(?:(?<=[.:;)a-z][ \t])|^)(?P<title>[A-Z][A-Z0-9’'&,()/.-]+"
    r"(?:[ \t]+[A-Z0-9(][A-Z0-9’'&,()/.-]*){0,30}[A-Z)])[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<num>[A-Z]{1,4}[ \t]?\d{1,4}/\d{2})[ \t]+"
)


def titles_before_numbers(text: str) -> str:
    """ "APOLOGIES" over "PLA146/14" over the minute's text: "PLA146/14 APOLOGIES" over the
    text (where two or more minutes are printed so)."""
    text = text or ""
    for pattern in (_TITLE_OVER_NUMBER_RE, _FLAT_TITLE_OVER_NUMBER_RE):
        if len(pattern.findall(text)) >= 2:
            return pattern.sub(
                lambda m: f"\n{m.group('num')} {' '.join(m.group('title').split())}\n", text
            )
    return text


# "Present: Councillor Mrs Soyke (Chairman)" over "Councillors Noakes (Vice-Chairman), ...,"
# over "Patterson, ...": an attendance list wrapped over lines
_LIST_LABEL_RE = re.compile(
    r"(?i)^[ \t]*(?:present|(?:(?:officers|other\s+members|also)\s+)?in\s+attendance|"
    r"also\s+present|apologies)\b[^\n:]{0,20}:"
)
_LINE_GOES_ON_RE = re.compile(r"(?:,|\band|&)[ \t]*$")


def join_wrapped_lists(text: str) -> str:
    """Each attendance list near the text's start on one line: a line of a list that ends
    with a comma or "and", or inside a bracket, goes on on the next line (unless that line
    opens another label)."""
    lines = (text or "").split("\n")
    out: list[str] = []
    in_list = False
    for line in lines:
        if _LIST_LABEL_RE.match(line):
            out.append(line)
            in_list = True
            continue
        prev = out[-1] if out else ""
        goes_on = _LINE_GOES_ON_RE.search(prev) or prev.count("(") > prev.count(")")
        if in_list and goes_on and line.strip():
            out[-1] = f"{prev.rstrip()} {line.strip()}"
            continue
        if in_list and line.strip() and prev.count("(") <= prev.count(")"):
            # ("Councillors Noakes ..." under "Present: Councillor Mrs Soyke (Chairman)")
            if re.match(r"^[ \t]*Councillors[ \t]+[A-Z]", line) and prev and not goes_on:
                out[-1] = f"{prev.rstrip()}, {line.strip()}"
                continue
            in_list = False
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Attendance printed one a line

# "Councillors" alone on its line under "Present:": the list's own heading
_COUNCILLORS_LINE_RE = re.compile(r"(?im)^[ \t]*(?:councillors|members)[ \t]*\n")
# how an entry of a list printed one a line opens: an optional honorific (a councillor's or
# a personal one), then one to four initials ("Mrs S A ", "Councillor M J M ")
_ENTRY_OPENING = rf"(?:{MEMBER_TITLE}\.?[ \t]+)?(?:{INITIAL}[ \t]+){{1,4}}"
# a person's entry one a line: "Mrs S A Arnold (Chairman)", "M J M Baker", "E Seward –
# substitute for J A Wyatt", "Mr A Mitchell – Development Manager"
_ENTRY_LINE_RE = re.compile(
    rf"^[ \t]*{_ENTRY_OPENING}"
    rf"{LOOSE_FAMILY}(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]*\([^)\n]{{1,40}}\))?"
    r"(?:[ \t]+[–—-][ \t]+[^\n]{1,80})?[ \t]*$"
)
# "B Cabbell Manners – Cromer Town Ward": initials then two words, where the family name
# may be both or the last; not sure, the entry is left out (never guessed). (Unlike
# ``_ENTRY_OPENING``, only a personal title before the initials: "Councillor B Cabbell
# Manners" is kept as printed.)
_UNSURE_FAMILY_RE = re.compile(
    rf"^[ \t]*(?:{PERSONAL_TITLE}\.?[ \t]+)?(?:{INITIAL}[ \t]+){{1,4}}[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b"
)
# "Officers" alone on its line after the members: the label of those in attendance
_OFFICERS_LINE_RE = re.compile(
    r"(?i)^[ \t]*officers(?:[ \t]+(?:present|in[ \t]+attendance))?[ \t]*$"
)


def _sure_entries(entries: list[str]) -> list[str]:
    """The entries of a list printed one a line, each as printed (its spaces trimmed),
    without those whose family name is not sure (``_UNSURE_FAMILY_RE``)."""
    return [e.strip() for e in entries if not _UNSURE_FAMILY_RE.match(e)]


def one_a_line_lists(text: str) -> str:
    """ "Present:" over "Councillors" over one member a line, then "Officers" over one officer
    a line: "Present: A, B, C" and "In attendance: D, E" (the entries as printed)."""
    text = text or ""
    at = re.search(r"(?im)^[ \t]*present[ \t]*:[ \t]*\n", text[:HEAD_WITHIN])
    if not at:
        return text
    lines = _COUNCILLORS_LINE_RE.sub("", text[at.end() :], count=1).split("\n")
    out: list[str] = []
    label, entries, k = "Present:", [], 0
    while k < len(lines):
        line = lines[k]
        if _OFFICERS_LINE_RE.match(line) and entries:
            out.append(f"{label} {', '.join(entries)}")
            label, entries = "In attendance:", []
        elif _ENTRY_LINE_RE.match(line):
            entries.extend(_sure_entries([line]))
        else:
            break
        k += 1
    if len(out) + bool(entries) == 0 or (not out and len(entries) < 2):
        return text
    if entries:
        out.append(f"{label} {', '.join(entries)}")
    return text[: at.start()] + "\n".join(out) + "\n" + "\n".join(lines[k:])


# ---------------------------------------------------------------------------------------
# Headings

_DATE_OVER_HEADING_RE = re.compile(
    # (the date alone on its line, or ending it: text flattened, then put back on lines)
    rf"(?m)(?:^|(?<=[ \t]))(?P<date>{_DATE})[ \t]*\n(?:[ \t]*\n)?"
    r"(?P<head>[ \t]*(?i:minutes)[ \t]+(?i:of)[ \t]+(?i:an?|the)[ \t]+(?i:meeting)[ \t]+(?i:of)"
    r"[ \t]+(?:(?i:the)[ \t]+)?(?P<body>[A-Z][^\n]{2,120}?)[ \t]+(?i:held))"
    r"(?P<where>[ \t]+(?i:in|at)\b[^\n]*)(?P<next>\n[^\n]*)?"
)


def date_over_heading(text: str) -> str:
    """ "4 JULY 2013" over "Minutes of a meeting of the X held in VENUE at 9.30 am" (no date
    in the heading nor on the line it wraps onto): "... held on 4 JULY 2013 in VENUE ...";
    only where the body's name is printed before the date, a title naming both ("DEVELOPMENT
    COMMITTEE ... 4 JULY 2013"): a covering letter's date ("Dear Councillor, please find the
    minutes enclosed. 12 February 2008") is no meeting's."""
    text = text or ""

    def join(m: re.Match[str]) -> str:
        title = text[max(0, m.start() - 200) : m.start("date")]
        if m.group("body").casefold() not in title.casefold():
            return m.group(0)
        where = re.split(r"(?i)\bpresent\b", m.group("where") + (m.group("next") or ""))[0]
        if parse_date(where[:200]) is not None:
            return m.group(0)  # the heading has its own date: the line over it is another's
        return f"{m.group('head')} on {m.group('date')}{m.group('where')}{m.group('next') or ''}"

    return _DATE_OVER_HEADING_RE.sub(join, text, count=1)


_WHEN_PRESENT_RE = re.compile(
    r"(?i)(?<=\S)[ \t,]+when[ \t]+there[ \t]+(?:were|was)[ \t]+present[ \t]*:?[ \t]*(?P<end>\n)?"
)


def present_after_heading(text: str) -> str:
    """ "... at 9.30 am when there were present:" (ending a line, or the list after it on the
    same line): "Present:" opening a line of its own (the label of the list after it)."""
    return _WHEN_PRESENT_RE.sub(
        lambda m: "\nPresent:\n" if m.group("end") else "\nPresent: ", text or "", count=1
    )


# (between the parts, line breaks or, in text flattened, spaces)
_GAP = r"(?:[ \t]*\n(?:[ \t]*\n)*[ \t]*|[ \t]+)"
_LABELLED_HEADING_RE = re.compile(
    rf"(?m)^[ \t]*(?P<body>{_BODY})[ \t]+(?i:minutes){_GAP}"
    rf"(?i:date)[ \t]*:{_GAP}?(?P<date>{_DATE})(?P<gap>{_GAP})"
    rf"(?:(?i:time)[ \t]*:{_GAP}?(?P<time>{_TIME})(?P<tgap>{_GAP}))?"
    # "Place:" over "Committee room 3, Council Offices, ...": the place, one line of its
    # own (not read in text flattened, where no line ends it)
    r"(?:(?i:place|venue|location)[ \t]*:[ \t]*\n?[ \t]*(?P<place>[A-Z][^\n]{2,100}?)[ \t]*"
    r"(?P<pgap>\n(?:[ \t]*\n)*))?"
)
# "Borough of Poole Council", "London Borough of Barnet Cabinet": the council's name
# before its body's ("Council", "Cabinet")
_COUNCIL_NAME_RE = re.compile(
    r"^(?:London[ \t]+)?(?:Borough|County|City|District|Royal[ \t]+Borough)[ \t]+of[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:&|and|upon|on)[ \t]+[A-Z][\w'’-]*)?[ \t]+(?=[A-Z])"
)


def without_council_name(body: str) -> str:
    """ "Borough of Poole Council": "Council" (the council's name printed before its body's
    is no part of the body's name)."""
    return _COUNCIL_NAME_RE.sub("", body)


def labelled_heading(text: str) -> str:
    """ "Council Minutes" over "Date:" and the date (and "Time:" and the time, and "Place:"
    and the place on a line of its own), each label over its value or beside it: "Minutes
    of the meeting of the Council held on DATE at TIME at PLACE"."""

    def head(m: re.Match[str]) -> str:
        at = f" at {m.group('time')}" if m.group("time") else ""
        if m.group("place"):
            # (closed by a full stop: the lines under it are no part of the place)
            at += f" at {m.group('place').rstrip('.')}."
        gap = m.group("pgap") or m.group("tgap") or m.group("gap")
        body = without_council_name(m.group("body"))
        return (
            f"Minutes of the meeting of the {body} held on {m.group('date')}{at}\n{gap.strip(' ')}"
        )

    return _LABELLED_HEADING_RE.sub(head, text or "", count=1)


_BODY_OVER_DATE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<body>{_BODY})[ \t]*\n[ \t]*(?P<date>{_DATE})[ \t]*\n"
    r"(?=[ \t]*(?i:present)[ \t]*:)"
)


# "... Agenda Item 5 1 PLANNING COMMITTEE Wednesday, 25 March 2015" over "Present: ...":
# the same in text flattened (the body's name in capitals at the line's end, before its date)
_CAPS_BODY_DATE_RE = re.compile(
    r"(?m)(?<![\w’'])(?P<body>(?:[A-Z][A-Z&'’-]*[ \t]+){0,4}?"
    r"(?:COUNCIL|CABINET|EXECUTIVE|COMMITTEE|SUB-COMMITTEE|BOARD|PANEL))"
    rf"[ \t]+(?P<date>{_DATE})[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*(?i:present)[ \t]*:)"
)


def body_over_date(text: str) -> str:
    """ "PLANNING COMMITTEE" over "Wednesday, 25 March 2015" over "Present: ...": "Minutes of
    the meeting of the PLANNING COMMITTEE held on Wednesday, 25 March 2015"."""
    text = text or ""
    m = _BODY_OVER_DATE_RE.search(text) or _CAPS_BODY_DATE_RE.search(text)
    if not m:
        return text
    head = f"Minutes of the meeting of the {m.group('body')} held on {m.group('date')}\n"
    before = text[: m.start()]
    return before + ("\n" if before and not before.endswith("\n") else "") + head + text[m.end() :]


# "... Fulham Cabinet Minutes Monday 4 March 2013": the executive named alone (its council's
# name before it is no part of it), or a committee's name of a few words ("Draft Resources
# and Policy Committee Minutes – 24 April 2017": words joined by "and" or "&", the word for
# a draft before them no part of the name)
_TITLED_MINUTES_RE = re.compile(
    r"(?m)(?:^|(?<=[ \t]))(?P<body>(?-i:Cabinet|CABINET|Executive|EXECUTIVE)|"
    r"(?!(?i:draft|approved|unconfirmed|confirmed|signed)[ \t])"
    r"(?:[A-Z][\w&'’-]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){1,3}"
    r"(?i:committee|sub-committee|board|panel))"
    rf"[ \t]+(?i:minutes)[ \t]*(?:[–—-][ \t]*)?(?P<date>{_DATE})[ \t]*$"
)


def titled_minutes(text: str) -> str:
    """A line ending "Cabinet Minutes Monday 4 March 2013" (its council's name before it):
    that line, then "Minutes of the meeting of the Cabinet held on Monday 4 March 2013"."""
    return _TITLED_MINUTES_RE.sub(
        lambda m: f"\nMinutes of the meeting of the {m.group('body')} held on {m.group('date')}",
        text or "",
        count=1,
    )


# a heading is looked for near the text's start only (an item's title further on, "Planning
# Committee Minutes 4 March 2013", is another meeting's)
HEAD_WITHIN = 1500


def principal_headings(text: str) -> str:
    """``text`` (already put back on lines) with a principal council's heading of the shapes
    above, near its start, rewritten as the heading the printed-minutes reader reads."""
    text = text or ""
    cut = text.find("\n", HEAD_WITHIN)
    head, rest = (text, "") if cut < 0 else (text[:cut], text[cut:])
    for rule in (date_over_heading, labelled_heading, body_over_date, titled_minutes):
        rewritten = rule(head)
        if rewritten != head:
            head = rewritten
            break
    head = join_wrapped_lists(one_a_line_lists(present_after_heading(head)))
    text = flat_one_a_line_lists(officers_label(head)) + rest
    return titles_before_numbers(bracketed_minute_numbers(page_furniture(text)))


# "Present: Councillors Mrs S A Arnold (Chairman) Councillor R Reynolds (Vice-Chairman) M J M
# Baker Mrs L M Brettle ...": a list printed one a line, flattened; each entry opens with an
# honorific or initials after a word's end ("for J A Wyatt" is inside an entry's words)
_FLAT_ENTRY_START_RE = re.compile(
    r"(?<=[a-z)])(?<!\bfor)(?<!\bby)(?<!\bof)(?<!\band)"
    r"(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bMiss)(?<!\bDr)(?<!\bCouncillor)(?<!\bCllr)[ \t]+"
    rf"(?={_ENTRY_OPENING}[A-Z][a-z])"
)
_PRESENT_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?P<label>present|in[ \t]+attendance)[ \t]*:[ \t]+(?P<list>[^\n,]+)$"
)


def flat_one_a_line_lists(text: str) -> str:
    """ "Present: Councillors A B Cee (Chairman) D Eff Mrs G Hay" (no comma in the line, four
    entries or more): "Present: A B Cee (Chairman), D Eff, Mrs G Hay"; entries whose family
    name is not sure ("B Cabbell Manners") are left out."""

    def part(m: re.Match[str]) -> str:
        listed = re.sub(r"^(?:Councillors|Members)[ \t]+", "", m.group("list"))
        entries = _FLAT_ENTRY_START_RE.split(listed)
        if len(entries) < 4:
            return m.group(0)
        return f"{m.group('label')}: {', '.join(_sure_entries(entries))}"

    return _PRESENT_LINE_RE.sub(part, text or "")


# "... Mrs A Claussen-Reynolds - observer Officers Mr A Mitchell – Development Manager":
# in a list of those present put back on one line, the word "Officers" before an officer's
# title opens the list of those in attendance
_OFFICERS_WORD_RE = re.compile(r"(?<=[a-z)])[ \t]+Officers[ \t]+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t])")
# "... Ward and Webb Officers in Attendance: Tim Archer ...": a label of those in
# attendance run on after the list of those present
_ATTENDANCE_LABEL_RE = re.compile(
    r"(?<=\S)[ \t]+(?=(?:Officers|Other[ \t]+Members|Also)[ \t]+in[ \t]+[Aa]ttendance[ \t]*:)"
)


def officers_label(text: str) -> str:
    """In the "Present:" line, the word "Officers" before "Mr", "Mrs" ...: a new line "In
    attendance:" there; "Officers in Attendance:" and "Other Members in Attendance:" open
    lines of their own."""
    at = re.search(r"(?im)^[ \t]*present[ \t]*:[^\n]*", text or "")
    if not at:
        return text or ""
    line = _OFFICERS_WORD_RE.sub("\nIn attendance: ", at.group(0), count=1)
    line = _ATTENDANCE_LABEL_RE.sub("\n", line)
    return text[: at.start()] + line + text[at.end() :]
