"""Printed minutes of any council's template, as text (a PDF's text, a web page's text,
flattened or not): "Minutes of the [Annual] Meeting of BODY held [at TIME] on DATE [at
VENUE]", a "Present:" list, apologies, "In attendance", and numbered minutes.

Generic rules, not one council's wording:

* The heading is the first "Minutes of (the|a) ... meeting of BODY held ..." in the first
  part of the document; the date and clock time are read from the words after "held" (up to
  the end of that sentence or 250 characters); no date there refuses the document.
* Minutes whose heading names only the kind of council ("MINUTES FROM THE PARISH COUNCIL
  MEETING HELD ON JULY 18th 2023") give that kind as the body's name ("Parish Council"),
  which the importer matches to the council's own body (``mark_kind_only``); minutes naming
  no body ("Minutes of the meeting held on ..."), followed by an attendance list before any
  numbered minute, are read with no body and a warning: whose they are is never guessed,
  and the import asks for ``--body``.
* Minute numbers are any of ``17``, ``17.``, ``17a``, ``21.44``, ``77/21``,
  ``Cou/285/07-08`` (a word, a slash, digits) starting a line, or, in flattened text, the
  slash styles anywhere. A minute's title is its heading line, or in flattened text the
  run of capitalised words after the number (cut at a repeat of its first word, at an
  honorific, at a colon).
* "Present:" (or "Present Members:") lists people until the next label; "arrived at 7.01pm"
  and other bracketed notes are taken off the names. Apologies are read from an
  "Apologies:" list or "apologies ... received from ..."; "Absent:" lists are not apologies
  and are not read. "In attendance:" lines are read only when each is a name with an
  honorific ("Mr W Grosvenor Clerk ...") and the role is split off; "one member of the
  public" is nobody.
* Resolutions are the "RESOLVED" blocks of each minute.
* A file of several meetings' minutes one after another (a year's in one PDF) gives each
  meeting, in the order printed: the text is cut at each later heading of the first's form
  at a line's start (not an item's "To approve the" then another meeting's heading) naming
  another date (and the first's body, or any over a list of who attended: "Minutes of the
  meeting of the Finance Committee held on DATE - noted" is an item's words), or naming no
  date its line shows but over a list of who attended, and each
  part is read as minutes of its own. A part whose date cannot be read, is read as another
  date than its heading's line shows, repeats a date read before, or names no body or
  another body than the first's, is left out and said (the import takes one body a file);
  one naming only the kind of council the first's body is, is the first's body's, and said.

Pure: text in, drafts out; ``ParseError`` for a document that is not such minutes.
"""

from __future__ import annotations

import re

from moot.ingest.council import bodies_of_kind, council_key
from moot.ingest.drafts import (
    ASKS_FOR_BODY,
    AttendanceDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
)
from moot.ingest.kinds import LOCAL_KINDS
from moot.ingest.parse.absence_grid import marked_absence_grid
from moot.ingest.parse.common import (
    agreed_decisions,
    council_kind,
    extract_resolutions,
    heading_venue,
    opening_time,
    paragraphs,
    parse_time,
    tidy_body_name,
    tidy_line,
)
from moot.ingest.parse.decision_records import refuse_a_period
from moot.ingest.parse.minutes_attendance import (
    _ALSO_IN_LIST_RE,
    _BRACKETS_RE,
    _CLERK_PARAGRAPH_RE,
    _also_in_sentence,
    _also_present,
    _apologies_sentence,
    _before_minutes,
    _coded_register,
    _in_attendance,
    _initialled,
    _item_apologies,
    _labelled,
    _list_paragraph,
    _opening_apologies,
    _people,
    _present_minute,
    _sub_labelled,
    _unlabelled,
    chair_then_present,
    clerk_in_addition,
    clerk_line,
    closed_by_public_count,
    cut_at_heading_line,
    list_alone,
    list_before_prose,
    named_public,
    officers_after_present,
    one_name_a_line,
    other_apologies,
    were_present_after,
    were_present_lines,
)
from moot.ingest.parse.minutes_headings import (
    _HEADS_ON_THEIR_LINES,
    _KIND_NAMED_RE,
    _KIND_ONLY_HEADS,
    COUNCIL_MEETING_HELD_HEAD_RE,
    HEAD_RE,
    HEAD_WITHIN,
    SHORT_HEAD_RE,
    _council_over_heading,
    _council_title,
    _heading_sentence,
    _kind_line_over,
    _kind_title,
    council_line_over,
    council_lines_above,
    english_welsh_heading,
    find_heading,
    heading_date,
    is_council_name,
    join_wrapped_heading,
    names_only_a_place_kind,
    parish_meeting_of,
    year_note,
)
from moot.ingest.parse.minutes_items import (
    _dated_line_time,
    _items,
    _opened_at,
    _time_span_start,
    commenced_line,
    held_at_time,
    join_numbers_to_titles,
    minutes_approved,
    part_run_in_minutes,
    unbracket_minute_numbers,
    untable_minute_rows,
)
from moot.ingest.parse.minutes_tables import (
    flat_body_rows,
    initialled_table,
    part_glued_columns,
    untable_body_column,
    untable_body_rows,
    untable_label_rows,
)
from moot.ingest.parse.minutes_years import meeting_starts, next_meeting_start
from moot.ingest.parse.name_lists import attended_in_brackets, cut_at_other_councillor
from moot.ingest.parse.principal_minutes import principal_headings, strip_tag_debris
from moot.ingest.parse.unflatten import is_flattened, unflatten

_KINDS = (
    (re.compile(r"\bannual\b", re.I), "annual"),
    (re.compile(r"\b(?:special|extraordinary|extra[\s-]?ordinary)\b", re.I), "special"),
)


def _same_body(first: str, other: str) -> bool:
    """Do two meetings' printed body names name the same body (case, spaces and "the"
    aside)?"""
    return council_key(first) == council_key(other)


def _later_meetings(
    text: str, was_flat: bool, heading: re.Match[str], first: MeetingDraft
) -> tuple[list[MeetingDraft], list[str]]:
    """The meetings whose minutes follow the first's in a file of several (a year's minutes
    in one PDF), each read as minutes of its own (its own heading's date, time, venue,
    items, attendance and decisions), in the order printed, with the warnings. Never
    guessed: a part whose own heading cannot be read, or gives another date than the one
    it was cut at, or the date of a meeting already read, is left out and said; so is a
    part naming no body or another body than the first's (the import takes one body a
    file), except where its heading names only the kind of council the first's body is
    ("Minutes of the Town Council meeting" after "Saltash Town Council"'s): the first's
    body, and said."""
    assert first.date is not None
    starts = meeting_starts(text, heading, first.date)
    drafts: list[MeetingDraft] = []
    warnings: list[str] = []
    days = {first.date}
    warnings.append(
        f"{first.date.isoformat()}: the file holds the minutes of more than one meeting "
        f"({len(starts) + 1}, printed one after another); each is read as minutes of its own, "
        "up to the next one's heading (one that cannot be read safely is left out, and said)"
    )
    for position, (start, day) in enumerate(starts, start=2):
        end = starts[position - 1][0] if position - 1 < len(starts) else len(text)
        part = join_wrapped_heading(text[start:end])
        line = " ".join(part.strip().split("\n", 1)[0].split())[:100]
        name = f"the file's meeting no. {position} ({line!r})"
        try:
            draft, said, _, following = _read_minutes(part, was_flat)
        except ParseError as error:
            warnings.append(f"{name}: not imported: {error}")
            continue
        if day is not None and draft.date != day:
            warnings.append(
                f"{name}: not imported: its heading was read as of "
                f"{draft.date.isoformat() if draft.date else 'no date'}, not {day.isoformat()}"
            )
            continue
        assert draft.date is not None
        day = draft.date
        if day in days:
            warnings.append(
                f"{name}: not imported: a meeting of {day.isoformat()} was read before it in "
                "the file (which is which cannot be told)"
            )
            continue
        if not _same_body(first.body_name, draft.body_name):
            kind = council_kind(draft.body_name)
            if kind and first.body_name and bodies_of_kind(kind, [first.body_name]):
                warnings.append(
                    f"{day.isoformat()}: the heading names only the {kind}: read as "
                    f"{first.body_name}'s, the body of the file's first minutes"
                )
                draft.body_name = first.body_name
            else:
                whose = repr(draft.body_name) if draft.body_name else "no body"
                warnings.append(
                    f"{name}: not imported: its heading names {whose}, the file's first "
                    f"minutes {first.body_name or 'no body'!r} (import one body's minutes a file)"
                )
                continue
        if following is not None:
            warnings.append(
                f"{day.isoformat()}: its minutes were read up to another heading in them "
                f"({' '.join(part[following:].split(chr(10), 1)[0].split())[:100]!r})"
            )
        days.add(day)
        drafts.append(draft)
        warnings += said
    return drafts, warnings


def looks_like_printed_minutes(text: str) -> bool:
    from moot.ingest.parse.heading_fallback import fallback_heading

    joined = join_wrapped_heading(
        principal_headings(marked_absence_grid(unflatten(strip_tag_debris(text))))
    )
    return (
        find_heading(joined) is not None
        or find_heading(english_welsh_heading(joined)) is not None
        or fallback_heading(joined) is not None
    )


_RESOLVED_IN_TITLE_RE = re.compile(r"\bRESOLVED\b.*$")
_CHAIR_ROLE_RE = re.compile(r"(?i)\(\s*(?:the\s+)?chair(?:man|woman|person)?\b(?!\s+of\b)")
_NONE_IN_TITLE_RE = re.compile(r"(?i)\bapologies\b[^:]{0,30}:\s*(?:none|nil|no\s+apologies)\b")


_SHORT_BODY_OF_RE = re.compile(r"(?i)^(?:of\s+(?:the\s+)?)+(?=[A-Z])")
_MEETING_OF_IN_BODY_RE = re.compile(
    r"(?is)(?P<which>.{1,40}?(?<!parish\s)\bmeeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)"
)
_KIND_INSIDE_RE = re.compile(
    r"(?i)(?<=\S\s)(?:annual|ordinary|extraordinary|extra-ordinary|special)\s+"
    rf"(?=(?:{LOCAL_KINDS})\s+council$)"
)


_CAPITALS_COUNCIL_END_RE = re.compile(
    rf"(?:^|(?<=\s))(?P<body>(?:[A-Z][A-Z'’&-]*[ \t]+){{1,4}}(?:{LOCAL_KINDS.upper()})[ \t]+COUNCIL)"
    r"[ \t]*$"
)


def _capitals_title_before(before: str, kind: str) -> str:
    """ "GOOD EASTER PARISH COUNCIL MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON:
    ...": a council's name in capitals printed right before a heading naming only its kind
    (``kind``), on the same line (a PDF's title run into its heading), is the heading's
    council; "" where anything else comes right before the heading."""
    m = _CAPITALS_COUNCIL_END_RE.search(before)
    if m is None or not is_council_name(m.group("body")):
        return ""
    if not bodies_of_kind(kind, [m.group("body")]):
        return ""
    return tidy_body_name(m.group("body"))


def _read_again(present: list[PersonEntry], attending: list[PersonEntry]) -> bool:
    """Is every name of ``present`` one of ``attending``'s (the same list read twice)?"""
    names = {" ".join(p.name.split()[-1:]).casefold() for p in attending}
    return all(" ".join(p.name.split()[-1:]).casefold() in names for p in present)


def parse_printed_minutes(text: str) -> ParseResult:
    """Parse printed minutes (see the module docstring). A file of several meetings' minutes
    one after another (a year's in one PDF) gives each meeting, in the order printed (see
    ``_later_meetings``)."""
    text = (text or "").replace("\r\n", "\n").replace("\u00a0", " ")
    text = strip_tag_debris(text)
    refuse_a_period(text)  # decisions taken over several days: no one day (decision_records)
    was_flat = is_flattened(text)
    text = principal_headings(marked_absence_grid(unflatten(text)))
    text = join_numbers_to_titles(join_wrapped_heading(unbracket_minute_numbers(text)))
    text = part_run_in_minutes(untable_minute_rows(part_glued_columns(text)))
    if find_heading(text) is None:
        # a Welsh council's heading in Welsh only, read as the English one (before the
        # file is parted into meetings, so that each part's place is in the text read)
        text = english_welsh_heading(text)
    try:
        draft, warnings, heading, following = _read_minutes(text, was_flat)
    except ParseError:
        # no specific rule reads the heading: the general reading, or the refusal as it was
        from moot.ingest.parse.heading_fallback import fallback_heading

        rewritten = fallback_heading(text)
        if rewritten is None:
            raise
        text = rewritten
        draft, warnings, heading, following = _read_minutes(text, was_flat)
        if not draft.body_name and not any(w.endswith(ASKS_FOR_BODY) for w in warnings):
            # a heading no rule knows, naming no body: never guessed, asked for (as the
            # specific readers do), so the import refuses it unless --body names one
            warnings.append(
                f"{draft.date.isoformat()}: the minutes name no council or meeting: "
                + ASKS_FOR_BODY
            )
    drafts = [draft]
    if following is not None:
        later, more = _later_meetings(text, was_flat, heading, draft)
        drafts += later
        warnings += more
    return ParseResult(drafts, "printed-minutes", warnings)


# "Present were: Mr. M. Spencer, ..." opening a line: the present list's label, which
# no heading's sentence runs on into (its "Mr." is no sentence's end)
# ("Participating:" over the members' names, at a meeting held by telephone or video: the
# same list under another label)
_PRESENT_LINE_RE = re.compile(r"(?im)^[ \t]*(?:present(?:[ \t]+were)?|participating)[ \t]*:")


_ANNUAL_IN_PARISH_MEETING_RE = re.compile(r"(?i)^(?P<place>\S.*?)\s+annual\s+parish\s+meeting$")


def present_line_within(text: str, start: int, end: int) -> int:
    """Where a heading's sentence found in ``text[start:end]`` ends: at the start of a line
    opening with the present list's label inside it, else at ``end``."""
    m = _PRESENT_LINE_RE.search(text, max(start, 0), end) if start >= 0 else None
    return m.start() if m else end


def _read_minutes(
    text: str, was_flat: bool
) -> tuple[MeetingDraft, list[str], re.Match[str], int | None]:
    """One meeting's minutes, the first printed in ``text`` (already put back on lines):
    its draft, the warnings, its heading and where the next meeting's minutes begin (None
    where no other meeting's follow)."""
    heading = find_heading(text)
    if heading is None:
        raise ParseError(
            "not printed minutes: expected a heading such as 'Minutes of the Meeting of X "
            "Council held on 4 May 2021'"
        )
    sentence = _heading_sentence(heading.group("rest"))
    if heading.re in _HEADS_ON_THEIR_LINES:
        before = text[: heading.start()]
    else:
        before = " ".join(text[: HEAD_WITHIN * 2].split())[: heading.start()]
    after = text[heading.end() :]
    day = heading_date(sentence, before, after)
    if day is None:
        raise ParseError(
            "could not read the date of the meeting in the minutes' heading: expected "
            "'held on 4 May 2021'"
        )
    body = tidy_body_name(heading.group("body").strip(" ,"))
    pre = heading.group("pre") + (heading.groupdict().get("after") or "")
    if heading.re is SHORT_HEAD_RE:
        # "Minutes of the of Dunston Annual Parish Council Meeting held on ...": a doubled
        # "of" is no part of the name, and the meeting's kind printed between the place and
        # "Parish Council" is the meeting's, not the body's
        body = _SHORT_BODY_OF_RE.sub("", body)
        meeting_of = _MEETING_OF_IN_BODY_RE.fullmatch(body)
        if meeting_of:
            # "Minutes of First Meeting of Community Council on ...": the words before
            # "Meeting of" say which meeting, the body is named after it
            pre += " " + meeting_of.group("which")
            body = meeting_of.group("body")
        inner = _KIND_INSIDE_RE.search(body)
        if inner:
            pre += " " + inner.group(0)
            body = body[: inner.start()] + body[inner.end() :]
    if heading.re is SHORT_HEAD_RE and re.search(r"(?i)parish$", body):
        body += " Meeting"  # "Annual Parish Meeting": the parish meeting is its own body
    if heading.re is COUNCIL_MEETING_HELD_HEAD_RE and heading.group("parish"):
        body = parish_meeting_of(body)
    if heading.re is HEAD_RE and re.search(r"(?i)\bparish\s*$", heading.group("pre")):
        # "Minutes of the Annual Parish Meeting of Bobbington Parish Council held on ...":
        # the parish's own meeting, which the council convenes, not the council's
        body = parish_meeting_of(body)
    annual = _ANNUAL_IN_PARISH_MEETING_RE.match(body)
    if annual:
        # "MINUTES OF THE WOODHALL SPA ANNUAL PARISH MEETING HELD ON ...": "Annual" says
        # which meeting of the parish meeting this is; the body is the parish meeting
        pre += " Annual"
        body = f"{annual.group('place')} Parish Meeting"
    kind = next((k for pattern, k in _KINDS if pattern.search(pre)), "ordinary")
    warnings = []
    completed = year_note(sentence, before, after)
    if completed:
        # "held on Tuesday 7th April" under "April 2020 Minutes": say where the year came from
        warnings.append(f"{day.isoformat()}: the heading prints no full year; {completed}")
    if names_only_a_place_kind(body):
        # "Draft Minutes of the Annual Meeting of the Parish held in the Village Hall on
        # ...": "the Parish" is no body's name (which parish, and whether its council or
        # its meeting, the text does not say), so the minutes name no body
        warnings.append(
            f"{day.isoformat()}: the minutes name no council (their heading names only "
            f"{body!r}): " + ASKS_FOR_BODY
        )
        body = ""
    if heading.re in _KIND_ONLY_HEADS:
        named = " ".join(heading.group("named").split())
        # (the kind of council, not the kind of meeting read above from "pre", which had
        # been overwritten here with the match)
        council = (
            _KIND_NAMED_RE.search(named) or _kind_title(before, day) or _kind_line_over(before)
        )
        titled = _council_title(before)
        if titled and not _KIND_NAMED_RE.search(named):
            # "Glencairn Community Council – Draft Minutes of Latest Meeting" over "Amended
            # Draft Minutes of Meeting 7.30pm Monday 12th November 2018": the page's title
            # names the council whose minutes these are
            body = tidy_body_name(titled.group("body"))
        elif council:
            # "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON ...": the kind of council is
            # the body's printed name (whose council, the importer decides)
            body = tidy_body_name(council.group(0).upper())
        elif council_line_over(before):
            # "Maryburgh Community Council" over "Minutes of the meeting held on ...": the
            # council's name printed on the line over the heading
            body = council_line_over(before)
        else:
            warnings.append(
                f"{day.isoformat()}: the minutes name no council (their heading: {named!r}): "
                + ASKS_FOR_BODY
            )
    if council_kind(body):
        # "SALTASH TOWN COUNCIL" on a line of its own over "Minutes of a Meeting of Town
        # Council held ...": the council's name printed over minutes naming only its kind
        body = (
            _council_over_heading(text, body)
            or council_lines_above(before, body)
            or _capitals_title_before(before, body)
            or body
        )
    following = next_meeting_start(text, heading, day)
    if following is not None:
        # a file of several meetings' minutes (a year's in one PDF): this meeting's are
        # read up to the next meeting's heading (the others by ``_later_meetings``)
        text = text[:following]
    draft = MeetingDraft(body_name=body, kind=kind, date=day, origin="printed-minutes")
    draft.start_time = parse_time(sentence)
    draft.venue = heading_venue(sentence)
    # Where the heading ends in the original text: find its last words there.
    flat_head_end = " ".join(sentence.split()[-3:])
    anchor = text.find(flat_head_end) if flat_head_end else -1
    heading_end = anchor + len(flat_head_end) if anchor >= 0 else 0
    # (the sentence run on over the present list's own line, "... social distancing." then
    # "Participating:" and the names: the label's line is looked for from the sentence's
    # first words, found last before its end)
    flat_head_start = " ".join(sentence.split()[:3])
    head_start = text.rfind(flat_head_start, 0, anchor) if flat_head_start and anchor > 0 else -1
    heading_end = present_line_within(text, head_start if head_start >= 0 else anchor, heading_end)
    items = _items(text, heading_end, run_in=not was_flat)
    # Labels stand before the first minute or inside the first ones ("Cou/285 Present
    # Members: ..."); each label's text stops at the next label or minute number.
    labels = chair_then_present(
        _labelled(untable_body_column(untable_label_rows(text[heading_end:])))
    )
    attendance = AttendanceDraft()
    also = ""
    public_named: list[PersonEntry] = []
    if "present" in labels:
        clerks = [_CLERK_PARAGRAPH_RE.split(part, maxsplit=1) for part in labels["present"]]
        labels["present"] = [cut_at_heading_line(c[0]) for c in clerks]
        officers = [f"{c[2]} ({c[1]})" for c in clerks if len(c) > 1]
        if officers:
            labels.setdefault("in", []).extend(officers)
        if was_flat:
            cuts = [cut_at_other_councillor(part) for part in labels["present"]]
            labels["present"] = [kept for kept, _ in cuts]
            if any(rest for _, rest in cuts):
                warnings.append(
                    f"{day.isoformat()}: the minutes' text was flattened onto one line, so the "
                    "present list was read only up to another council's councillor named in "
                    "it (who follows cannot be told from members)"
                )
        untabled = [
            (flat_body_rows if was_flat else untable_body_rows)(part) for part in labels["present"]
        ]
        labels["present"] = [kept for kept, _ in untabled]
        labels.setdefault("apologies", []).extend(sent for _, sent in untabled if sent)
        publics = [named_public(part) for part in labels["present"]]
        labels["present"] = [kept for kept, _ in publics]
        public_named = [p for _, found in publics for p in found]
        parts = [_ALSO_IN_LIST_RE.split(part, maxsplit=1) for part in labels["present"]]
        also = " ".join(p[1] for p in parts if len(p) > 1)
        attendance.present = [p for part in parts for p in _people(_sub_labelled(part[0]))]
        # "... & Manya Barrow (Cllr James Owers attended via Zoom, but had no voting
        # rights)": the councillor of the note attended too
        listed = {p.name for p in attendance.present}
        attendance.present += [
            p
            for part in parts
            for p in attended_in_brackets(part[0])
            if p.name not in listed and p.name.replace("Cllr ", "", 1) not in listed
        ]
    attending_after = []
    for apologies in labels.get("apologies", []):
        apologies, attending = were_present_after(apologies)
        attending_after += attending
        apologies = list_before_prose(apologies) if was_flat else _list_paragraph(apologies)
        # "Apologies: Cllr A" then "Other apologies: Cllr B (district councillor)": one list
        if apologies and not re.search(r"\bno\b|\bnone\b", apologies, re.I):
            attendance.apologies += _people(apologies)
    if "in" in labels:
        attendance.in_attendance = [p for part in labels["in"] for p in _in_attendance(part)]
    elif also:
        attendance.in_attendance = _in_attendance(also)
    attendance.in_attendance += attending_after
    attendance.in_attendance += [p for p in public_named if p not in attendance.in_attendance]
    opening = _before_minutes(text[heading_end:])
    if labels.get("present") and not attendance.in_attendance:
        # "Present– Cllr A, ..., Cllr E." then "Mr M Storey – County Councillor 9 members
        # of the public" on a line of its own: an officer or a guest, by the role
        after = opening.find(labels["present"][-1])
        if after >= 0:
            rest = opening[after + len(labels["present"][-1]) :]
            attendance.in_attendance = officers_after_present(rest) or were_present_lines(rest)
    if draft.start_time is None:
        draft.start_time = (
            _time_span_start(opening)
            or _opened_at(opening)
            or commenced_line(opening)
            or held_at_time(opening, day)
            or _dated_line_time(opening, day)
        )
    draft.start_time = draft.start_time or opening_time(
        "\n".join(f"{t}\n{b}" for _, t, b in items[:2])
    )
    register = (
        _coded_register(text[heading_end : heading_end + HEAD_WITHIN * 2])
        if not (attendance.present or attendance.apologies)
        else None
    )
    if register:
        attendance.present, attendance.apologies = register
    if not attendance.present:
        attendance.present, attending = _unlabelled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present, attending = _initialled(opening)
        attendance.in_attendance = attendance.in_attendance or attending
    if not attendance.present:
        attendance.present = one_name_a_line(opening)
    if not attendance.present:
        attendance.present = initialled_table(_before_minutes(text[heading.start() :]))
    if not attendance.in_attendance:
        attendance.in_attendance = (
            _also_present(opening) + _also_in_sentence(opening)
            or clerk_in_addition(opening)
            or clerk_line(opening)
        )
    else:
        # "Clerk – Sandrine Vaillant (SV)." then "The meeting was also attended in part by
        # Phil Ham (PH) ...": the sentence's people too, each once
        listed = {p.name for p in attendance.in_attendance + attendance.present}
        attendance.in_attendance += [p for p in _also_in_sentence(opening) if p.name not in listed]
    flattened = is_flattened(text)  # still one long line: no breaks could be put back
    for number, title, body_text in items:
        item = ItemDraft(number=number, title=title, minutes_text=body_text.strip())
        paras = paragraphs([tidy_line(ln) for ln in body_text.split("\n")])
        in_title = _RESOLVED_IN_TITLE_RE.search(title) if body_text.strip() else None
        if in_title:
            # "6. Finance … It was RESOLVED to make the following payments:" then the
            # payments on lines of their own: the resolution opens on the heading's line
            paras = [in_title.group(0), *paras]
        if len(paras) <= 1:
            paras = [
                p.strip()
                # Flattened text: a resolution starts at "RESOLVED" (capitals) wherever it is.
                for p in re.split(
                    r"\s(?=(?:[Ii]t\s+was\s+|[Tt]he\s+\w+\s+)?(?:RESOLVED\b|Resolved\s*:))",
                    body_text,
                )
                if p.strip()
            ]
        item.resolutions = extract_resolutions(
            # ("Following discussion, the Council RESOLVED unanimously ...": a short clause
            # before the sentence's subject is no part of the decision either)
            [
                re.sub(
                    r"^(?:[^.,\n]{3,40},\s*)?(?:it\s+was|the\s+\w+)\s+(?=RESOLVED)",
                    "",
                    p,
                    flags=re.I,
                )
                for p in paras
            ]
        ) or agreed_decisions(body_text if body_text.strip() else title)
        if not item.resolutions:
            item.resolutions = minutes_approved(title, body_text)
        if (
            re.search(r"(?i)\bapolog", title)
            and not _NONE_IN_TITLE_RE.search(title)
            and not attendance.apologies
        ):
            # ("156/19 Apologies: None.": none, and the text after it is other minutes')
            found = _item_apologies(title, body_text, flattened)
            attendance.apologies = [
                PersonEntry(_BRACKETS_RE.sub("", p.name).strip(), p.role_text) for p in found
            ]
            if attendance.apologies:
                listed = {p.name for p in attendance.apologies}
                attendance.apologies += [
                    p for p in other_apologies(body_text) if p.name not in listed
                ]
        draft.items.append(item)
    if not attendance.apologies:
        attendance.apologies = _apologies_sentence(draft.items) or _opening_apologies(opening)
    if not attendance.present:
        attendance.present = _present_minute(draft.items)
    moved = False
    if (
        (not attendance.present or _read_again(attendance.present, attendance.in_attendance))
        and attendance.in_attendance
        and any(_CHAIR_ROLE_RE.search(part) for part in labels.get("in", []))
    ):
        # "In attendance: Mrs Pat Clare (Chair, presiding), Mrs Mary Button, ... (Councillors)
        # and Mr Mike Balmer (Clerk)" where no one is listed present: the list that names the
        # meeting's chair is its members' list
        # ("... HELD ON: Thursday 23rd July 2020 Held via Zoom In attendance: Cllr G Seeley
        # (Chairman) Cllr C Wood ...": a present list read from those same names, by a
        # reading of unlabelled names, is that list read twice, not a second list)
        attendance.present, attendance.in_attendance = attendance.in_attendance, []
        moved = True
    # ("Visitors: Jo Hart (Village Society); Sam Lee; Kit Moss and Ann." then "2. Approval
    # of the Minute": a list of names alone, nothing but the next label or minute after
    # it, is as sure as one on lines)
    closed = [closed_by_public_count(part) or list_alone(part) for part in labels.get("in", [])]
    # (a list just taken as the members' is not read again as those in attendance)
    if was_flat and closed and all(closed) and not moved:
        # "Also present: Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5
        # members of the public. The meeting commenced ...": the count and its stop end
        # the list, so its people can be told from the prose even on one line
        attendance.in_attendance = [p for part in closed for p in _in_attendance(part)]
    elif was_flat and attendance.in_attendance and attendance.in_attendance != public_named:
        # (only the public named after their count at the present list's end, "... J.
        # Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis.": honorifics and
        # family names alone up to the list's end, closed by it even on one line, are kept)
        # Where the text came flattened onto one line, the line breaks that end one
        # officer's or guest's line ("NAME, ROLE") are gone, so who else attended cannot be
        # told from the words around them. Never invent: say so.
        attendance.in_attendance = []
        warnings.append(
            f"{day.isoformat()}: the minutes' text was flattened onto one line, so who else "
            "attended (officers, guests) cannot be read reliably and was not imported"
        )
    if attendance.present or attendance.apologies or attendance.in_attendance:
        draft.attendance = attendance
    return draft, warnings, heading, following
