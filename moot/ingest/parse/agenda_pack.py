"""Parse the text of an agenda pack PDF (ModernGov style), including minutes printed in it.

A pack is read in this order:

1. **Front sheet**: the body's name (the last heading line before "Date:"), "Date:",
   "Time:", "Location:"/"Venue:", a webcast link (the first URL after a line mentioning a
   webcast), the contact officer ("please contact X, Team on <phone> or email <address>"
   or "Contact: ..."), and the membership: after "MEMBERS OF THE ..." (or a first
   "Councillors:" line), sections headed "Name:" with one person a line; a section whose
   heading mentions invitees gives the standing invitees.
2. **Agenda**: from a line "AGENDA" (or the first numbered item), items "N. TITLE" whose
   numbers follow on from each other; each item's text runs to the next item. "Appendix A
   (Pages 1 - 6)" (or an unlettered "(Pages 1 - 6)") cites an appendix; "X (role) to give a
   presentation" names presenters. The agenda ends at the first appendix heading
   ("Appendix A" alone on a line), "Agenda Item N" stamp, or minutes heading.
3. **Minutes** of an earlier meeting, wherever printed: "Minutes of the Meeting of the X",
   "Held: <date> at <time>", attendance blocks (Present / Standing Invitees / In
   Attendance / Also Present / Apologies), then numbered minutes (titles in capitals or
   short title-case lines, numbers following on). The minutes end after the line saying
   the meeting closed ("The Chair declared the meeting closed at 12.05pm"). Without such
   a line they run to the next appendix heading or the end of the text, and a warning says
   the end was guessed.
4. **Appendix text**: an appendix starts at its heading, at the page after a "Page N"
   footer, or at an "Agenda Item N" stamp. An appendix printed without any of these (a
   PDF whose headings were images) is placed after the minutes if it follows them, or else
   at the heading-like line most resembling the citing item's title near where its page
   numbers say it should be; a warning says so. If nothing fits, its text is left empty.

The pack's own meeting comes first in ``ParseResult.meetings``; minutes of earlier
meetings follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moot.ingest.drafts import (
    AppendixDraft,
    AttendanceDraft,
    ContactDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
    SectionDraft,
)
from moot.ingest.parse.common import (
    BULLETED_HEADING_RE,
    EMAIL_RE,
    PHONE_RE,
    agreed_decisions,
    extract_resolutions,
    find_close_time,
    find_dates,
    item_order,
    join_paragraphs,
    kind_and_body,
    paragraphs,
    parse_contact,
    parse_date,
    parse_time,
    split_lines,
    tidy_body_name,
    tidy_line,
    time_beside_date,
    upper_ratio,
)
from moot.ingest.parse.minutes_headings import heading_date, year_note
from moot.ingest.parse.people import (
    count_vacancies,
    find_presenters,
    learn_places,
    parse_apologies,
    parse_people,
    starts_with_name,
)
from moot.ingest.parse.site_chrome import DATED_TITLE_RE

EXPECTED_DATE = "a front sheet line like 'Date: Thursday, 1 April 2021'"
DATE_LABEL_RE = re.compile(r"^(?:date(?:\s+and\s+time)?|meeting date)\s*:\s*(?P<v>.*)$", re.I)
TIME_LABEL_RE = re.compile(r"^(?:time|start time)\s*:\s*(?P<v>.*)$", re.I)
VENUE_LABEL_RE = re.compile(r"^(?:location|venue|place|where)\s*:\s*(?P<v>.*)$", re.I)
CONTACT_LABEL_RE = re.compile(
    r"^(?:contact|contact officer|officer contact|enquiries to|democratic services? officer)"
    r"\s*:\s*(?P<v>.*)$",
    re.I,
)
BOILERPLATE_HEAD_RE = re.compile(
    r"^(?:public document pack|agenda(?: supplement)?|supplementary agenda|notice of (?:a )?"
    r"meeting|summons|page \d+|\d+|to:.*|dear .*|open to the public|part [ab1-2]|"
    # a web page's controls over the meeting's labels: "Subscribe Download Meeting Pack"
    r"(?:(?:subscribe|download|print|share|email|rss)\b[\w ]*?)+)$",
    re.I,
)
MEMBERS_HEAD_RE = re.compile(
    r"^(?:members(?:hip)?\s+of\s+(?:the\s+)?.+|membership|members|(?:committee|board|panel)\s+"
    r"members(?:hip)?)\s*:?$",
    re.I,
)
SECTION_HEAD_RE = re.compile(r"^(?P<name>[A-Za-z][^:]{1,80}?)\s*:\s*(?P<note>\(.*\))?\s*$")
BARE_SECTION_RE = re.compile(
    r"^[A-Za-z /&'-]{0,60}(?:councillors|members|officers|representatives|invitees|"
    r"substitutes|co-opted members?|voting members?)(?:\s*\(.*\))?$",
    re.I,
)
AGENDA_LINE_RE = re.compile(r"^(?:agenda|business|order of business)$", re.I)
# "4", "4.", "4a" and "4.0" (an item numbered as the first of its paragraphs)
ITEM_RE = re.compile(r"^(?P<n>\d{1,3}(?:\.0)?[a-z]?)\.?\s+(?P<title>\S.{0,300})$")
# "You are hereby summoned (summonsed, invited, requested) to attend the (next) (Annual)
# meeting of X": a summons over the front sheet's labels, naming its body
_SUMMONS_LINE_RE = re.compile(
    r"(?i)^.*?\b(?:summon(?:s|e)?d|invited|requested)\s+to\s+attend\s+(?:an?|the)\s+"
    r"(?:next\s+)?(?:(?P<kind>special|extraordinary|annual)\s+)?(?:[a-z]+\s+){0,2}?meeting\s+of\s+"
    r"(?:the\s+)?(?P<body>[A-Z][^.;:,]{1,120}?)[\s.,:]*$"
)
# "Item 4 Title", "Item 4: Title": a town or parish agenda's word before its numbers
_ITEM_WORD_RE = re.compile(r"^[Ii]tem\s+(?P<n>\d{1,3}[a-z]?)[.:]?\s+(?=\S)")
APPENDIX_HEAD_RE = re.compile(
    r"^(?:appendix|annex|annexe|enclosure)\s+(?P<l>[A-Z]{1,2}\d{0,2})\s*:?$", re.I
)
AGENDA_STAMP_RE = re.compile(r"^agenda\s+item\s+(?P<n>\d{1,3}[a-z]?)$", re.I)
PAGE_FOOTER_RE = re.compile(r"^page\s+(?P<n>\d{1,4})$", re.I)
APPX_REF_RE = re.compile(
    r"\b(?:appendix|appendices|annex|annexe|enclosure)\s+(?P<l>[A-Z]{1,2}\d{0,2})\s*"
    r"\(\s*pages?\s+(?P<a>\d+)(?:\s*[-–—]\s*(?P<b>\d+))?\s*\)",
    re.I,
)
PAGES_REF_RE = re.compile(r"\(\s*pages?\s+(?P<a>\d+)(?:\s*[-–—]\s*(?P<b>\d+))?\s*\)", re.I)
MINUTES_HEAD_RE = re.compile(
    r"^minutes\s+of\s+(?:the|a|an)\s+(?P<kind>.*?)\bme+t+i+n+g\s+of\s+(?:the\s+)?(?P<body>.+?)"
    r"(?:\s+held\s+(?:on|at)\s*(?P<held>.*))?$",
    re.I,
)
HELD_RE = re.compile(
    r"^(?:held|date(?:\s+of\s+meeting)?|meeting\s+held)\s*(?:on|:)?\s*:?\s*(?P<v>.+)$", re.I
)
ATTENDANCE_HEAD_RE = re.compile(
    r"^(?P<h>present|members\s+present|standing\s+invitees?|in\s+attendance|also\s+present|"
    r"also\s+in\s+attendance|also\s+attending|officers\s+present|officers\s+in\s+attendance|apologies"
    r"(?:\s+for\s+absence)?|substitutes?|attendance)\s*:?-?\s*(?P<rest>.*)$",
    re.I,
)
WEBCAST_RE = re.compile(r"webcast|live\s*stream|broadcast|watch (?:the|this) meeting", re.I)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.I)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary string."""
    return text.split()


_STOP = frozenset(
    _words(
        """
    a an and the of for to in on at with by or & - – update updates report
"""
    )
)


@dataclass
class _Appx:
    draft: AppendixDraft
    start: int | None = None  # first line index of its text
    head: int | None = None  # line index of its heading, stamp or page footer
    end: int | None = None  # one past its last line, when known independently
    guessed: bool = False


def _is_furniture(line: str) -> bool:
    """Page footers and "Agenda Item N" stamps: printed on pages, not part of any text."""
    return bool(PAGE_FOOTER_RE.match(line) or AGENDA_STAMP_RE.match(line))


def _value(lines: list[str], i: int, m: re.Match[str]) -> str:
    v = m.group("v").strip()
    if v:
        return v
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j]:
            return lines[j]
    return ""


def _is_item_title(title: str) -> bool:
    title = APPX_REF_RE.sub("", PAGES_REF_RE.sub("", title)).strip()
    if not title or not re.search(r"[A-Za-z]{2}", title):
        return False
    if upper_ratio(title) >= 0.6:
        return True
    words = title.split()
    return len(words) <= 14 and not title.endswith((".", ",", ";", ":")) and title[:1].isupper()


def _find_items(
    lines: list[str], start: int, stop: int, *, consecutive: bool
) -> list[tuple[int, str, str]]:
    """(line index, number, title) of numbered items in ``lines[start:stop]``."""
    found: list[tuple[int, str, str]] = []
    last: tuple[int, str] | None = None
    for i in range(start, stop):
        m = ITEM_RE.match(_ITEM_WORD_RE.sub(r"\g<n> ", lines[i]))
        if not m or not _is_item_title(m.group("title")):
            continue
        n = item_order(m.group("n"))
        if last is not None:
            if n == (1, "") and len(found) == 1 and last > n:
                # "2 Members of the Public" before minute 1: a count in the text, not a minute
                found.clear()
                last = None
            elif n <= last:
                continue
            if last is not None and consecutive and n[0] > last[0] + 3:
                continue
        found.append((i, m.group("n").lower(), m.group("title").strip()))
        last = n
    return found


# ---------------------------------------------------------------------------------------
# Front sheet


# "Your Ref:", "Our Ref:": a covering letter's reference labels
_LETTER_REF_RE = re.compile(r"(?i)^(?:your|our|my)\s+ref(?:erence)?\b")


def letter_date(lines: list[str], date_i: int) -> bool:
    """Whether the "Date:" label on line ``date_i`` is a covering letter's ("Your Ref:",
    "Our Ref:" just above it, "Date: 7 April 2015" the day the letter was sent, as in a
    pack of minutes to follow): the date of no meeting."""
    return any(_LETTER_REF_RE.match(ln) for ln in lines[max(0, date_i - 4) : date_i])


def _front_sheet(
    lines: list[str], limit: int, places: frozenset[str]
) -> tuple[MeetingDraft | None, int | None]:
    """The pack's meeting from its front sheet, and the line of its "Date:" label."""
    date_i = None
    for i in range(limit):
        if DATE_LABEL_RE.match(lines[i]):
            date_i = i
            break
    if date_i is None or letter_date(lines, date_i):
        return None, None
    dm = DATE_LABEL_RE.match(lines[date_i])
    value = _value(lines, date_i, dm) if dm else ""
    meeting_date = parse_date(value)
    if meeting_date is None:
        raise ParseError(f"could not read the meeting date {value!r}: expected {EXPECTED_DATE}")
    heads = [
        ln for ln in lines[:date_i] if ln and not BOILERPLATE_HEAD_RE.match(ln) and len(ln) < 150
    ]
    body_line = heads[-1] if heads else ""
    kind, body, warnings = kind_and_body(body_line)
    # "SPECIAL MEETING OF THE X" on its own line above the body name
    for ln in heads[-3:-1]:
        k2, _, _ = kind_and_body(ln + ",")
        if k2 != "ordinary":
            kind = k2
    m = re.match(
        r"(?i)^(special|extraordinary|annual|informal)\s+meeting\s+of\s+(?:the\s+)?(.+)$", body_line
    )
    if m:
        kind = {"extraordinary": "special"}.get(m.group(1).lower(), m.group(1).lower())
        body = tidy_body_name(m.group(2))
    summons = _SUMMONS_LINE_RE.match(body_line)
    if summons:
        # "You are hereby summoned to attend the meeting of X" over "Date:": the body is X
        body = tidy_body_name(summons.group("body"))
        if summons.group("kind"):
            kind = {"extraordinary": "special"}.get(
                summons.group("kind").lower(), summons.group("kind").lower()
            )
    meeting = MeetingDraft(body_name=body, kind=kind, date=meeting_date, origin="front-sheet")  # type: ignore[arg-type]
    meeting.warnings.extend(warnings)
    if not body:
        meeting.warnings.append("no body name above the 'Date:' line")
    meeting.start_time = time_beside_date(value)
    for i in range(date_i, min(limit, date_i + 30)):
        tm = TIME_LABEL_RE.match(lines[i])
        if tm and meeting.start_time is None:
            meeting.start_time = parse_time(_value(lines, i, tm))
        vm = VENUE_LABEL_RE.match(lines[i])
        if vm and not meeting.venue:
            meeting.venue = _value(lines, i, vm)
    if meeting.start_time is None:
        meeting.warnings.append("no start time on the front sheet")
    # webcast
    for i in range(limit):
        if WEBCAST_RE.search(lines[i]):
            for j in range(i, min(limit, i + 5)):
                u = URL_RE.search(lines[j])
                if u:
                    meeting.webcast_url = u.group(0).rstrip(".,;:")
                    break
            if meeting.webcast_url:
                break
    meeting.contact = _contact(lines, limit)
    _members(lines, date_i, limit, meeting, places)
    return meeting, date_i


def _contact(lines: list[str], limit: int) -> ContactDraft:
    best = ContactDraft()
    for i in range(limit):
        ln = lines[i]
        cm = CONTACT_LABEL_RE.match(ln)
        if cm:
            c = parse_contact("Contact: " + _value(lines, i, cm))
            if c.name or c.email:
                return c
        if re.search(r"\bcontact\b", ln, re.I) and (EMAIL_RE.search(ln) or PHONE_RE.search(ln)):
            c = parse_contact(ln)
            if c.name:
                return c
            if not best.email and not best.phone:
                best = c
    return best


def _members(
    lines: list[str], date_i: int, limit: int, meeting: MeetingDraft, places: frozenset[str]
) -> None:
    start = None
    for i in range(date_i, limit):
        ln = lines[i]
        if MEMBERS_HEAD_RE.match(ln) and len(ln) < 80 and not ln.endswith("."):
            nxt = next((x for x in lines[i + 1 : i + 6] if x), "")
            if (
                SECTION_HEAD_RE.match(nxt)
                or BARE_SECTION_RE.match(nxt)
                or starts_with_name(nxt, places)
            ):
                start = i + 1
                break
    if start is None:
        for i in range(date_i, limit):
            if re.match(r"(?i)^(councillors|members)\s*:", lines[i]):
                start = i
                break
    if start is None:
        return
    section: SectionDraft | None = None
    pending: list[str] = []

    def flush() -> None:
        nonlocal pending
        if section is None or not pending:
            pending = []
            return
        people, _ = parse_people(pending, places)
        section.members.extend(people)
        section.vacancies += count_vacancies(pending)
        pending = []

    for i in range(start, limit):
        ln = lines[i]
        if not ln:
            continue
        inline = re.match(r"^(?P<name>[^:]{1,60}):\s*(?P<rest>\S.*)$", ln)
        if inline and BARE_SECTION_RE.match(inline.group("name")) and not SECTION_HEAD_RE.match(ln):
            # "Councillors: Smith (Chair), Jones and Brown"
            flush()
            name = inline.group("name").strip()
            section = SectionDraft(name=name)
            if re.search(r"invitee", name, re.I):
                meeting.standing_invitees = section.members
            else:
                meeting.members_by_section.append(section)
            rest = inline.group("rest")
            if re.search(r"councillors$", name, re.I) and not re.match(
                r"(?i)(councillors?|cllrs?)\b", rest
            ):
                rest = f"Councillors {rest}"
            pending.append(rest)
            continue
        sh = SECTION_HEAD_RE.match(ln)
        if (sh and len(ln) < 120) or BARE_SECTION_RE.match(ln):
            flush()
            name = (sh.group("name") if sh else ln).strip()
            section = SectionDraft(name=name)
            if re.search(r"invitee", name, re.I):
                meeting.standing_invitees = section.members
            else:
                meeting.members_by_section.append(section)
            continue
        if section is None:
            section = SectionDraft(name="Members")
            meeting.members_by_section.append(section)
        if count_vacancies([ln]):
            pending.append(ln)
            continue
        if not starts_with_name(ln, places):
            break
        pending.append(ln)
    flush()


# ---------------------------------------------------------------------------------------
# Agenda


def _agenda_items(
    lines: list[str], found: list[tuple[int, str, str]], stop: int, places: frozenset[str]
) -> tuple[list[ItemDraft], list[AppendixDraft]]:
    items: list[ItemDraft] = []
    appendices: list[AppendixDraft] = []
    for k, (i, number, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else stop
        body = list(lines[i + 1 : end])
        # a title in capitals may wrap onto the next line
        if upper_ratio(title) > 0.8:
            nxt = next((j for j, ln in enumerate(body) if ln), None)
            if (
                nxt is not None
                and upper_ratio(body[nxt]) > 0.8
                and len(body[nxt].split()) <= 8
                and not APPX_REF_RE.search(body[nxt])
                and not PAGES_REF_RE.search(body[nxt])
                and not re.search(r"\d", body[nxt])
            ):
                title = f"{title} {body[nxt]}"
                body[nxt] = ""
        refs_text = " ".join([title, *body])
        item = ItemDraft(number=number, title="")
        for m in APPX_REF_RE.finditer(refs_text):
            letter = m.group("l").upper()
            a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
            if letter not in item.appendix_letters:
                item.appendix_letters.append(letter)
                appendices.append(AppendixDraft(letter, "", a, b, number))
        if not item.appendix_letters:
            for m in PAGES_REF_RE.finditer(refs_text):
                a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
                appendices.append(AppendixDraft("", "", a, b, number))
        clean_title = APPX_REF_RE.sub("", title)
        clean_title = PAGES_REF_RE.sub("", clean_title).strip(" -–,")
        item.title = re.sub(r"\s+", " ", clean_title)
        text_lines = []
        for ln in (x for x in body if not _is_furniture(x)):
            t = APPX_REF_RE.sub("", ln)
            t = PAGES_REF_RE.sub("", t).strip()
            text_lines.append(t)
        item.agenda_text = join_paragraphs(paragraphs(text_lines))
        item.presenters = find_presenters(item.agenda_text, places)
        for d, printed in find_dates(item.agenda_text):
            if d is None:
                item.warnings.append(f"unreadable date {printed!r} in the agenda text")
            elif d not in item.dates_mentioned:
                item.dates_mentioned.append(d)
        items.append(item)
    for appx in appendices:
        it = next((x for x in items if x.number == appx.item_number), None)
        appx.title = it.title if it else ""
    return items, appendices


# ---------------------------------------------------------------------------------------
# Minutes


# a sentence's end: a word in small letters (three at least, so no "Mrs." or "Cllrs.")
# and its full stop, a capital after it
_SENTENCE_END_RE = re.compile(r"(?<![\w.])[a-z]{3,}\.\s+(?=[A-Z])")


def is_prose_paragraph(line: str) -> bool:
    """A paragraph of the minutes' prose ("Cllr Chapman welcomed everyone to the meeting,
    and stated that ... He reminded them that ... Finally he stated that ..."): a long line
    of two sentences or more, each ending in a word in small letters. No list of names is
    printed so: a list's entries end in names, not in such words."""
    return len(line) >= 200 and len(_SENTENCE_END_RE.findall(line)) >= 2


def _attendance(lines: list[str], places: frozenset[str]) -> tuple[AttendanceDraft, list[str]]:
    att = AttendanceDraft()
    warnings: list[str] = []
    target: list[PersonEntry] | None = None
    block: list[str] = []

    def flush() -> None:
        nonlocal block
        if target is not None and block:
            people, w = parse_people(block, places)
            target.extend(people)
            warnings.extend(w)
        block = []

    for ln in lines:
        if not ln:
            continue
        if BULLETED_HEADING_RE.match(ln):
            # "- Declarations of Interest:": a bulleted minute's heading ends the list
            flush()
            target = None
            continue
        m = ATTENDANCE_HEAD_RE.match(ln)
        if m and len(m.group("h")) + 3 >= len(ln) - len(m.group("rest")):
            h = m.group("h").lower()
            flush()
            if "invitee" in h:
                target = att.standing_invitees
            elif "attendance" in h and h != "attendance" or "also" in h or "officers" in h:
                target = att.in_attendance
            elif h.startswith("apolog"):
                target = att.apologies
            elif h.startswith("substitute"):
                target = att.present
            else:
                target = att.present
            if m.group("rest").strip():
                block.append(m.group("rest").strip())
            continue
        if target is not None and is_prose_paragraph(ln):
            # "Present: Cllrs A, B and C." then "Cllr A welcomed everyone to the meeting,
            # and stated ...": the list ended where the minutes' prose begins
            flush()
            target = None
            continue
        block.append(ln)
    flush()
    return att, warnings


def _is_minutes_head(lines: list[str], i: int) -> bool:
    """A "Minutes of the meeting of X" line followed by a date or a Present list (so that
    "Minutes of the previous meeting of the Board held on ..." in an agenda is not one)."""
    m = MINUTES_HEAD_RE.match(lines[i])
    if not m or len(lines[i]) > 250 or re.search(r"previous|last|earlier", m.group("kind"), re.I):
        return False
    if m.group("held") and find_dates(m.group("held")):
        return True
    seen = 0
    for j in range(i + 1, min(len(lines), i + 30)):
        if not lines[j]:
            continue
        seen += 1
        if seen > 6:
            break
        hm = HELD_RE.match(lines[j])
        if (hm and find_dates(hm.group("v"))) or re.match(r"(?i)^(members\s+)?present\b", lines[j]):
            return True
    return False


# how many lines of text under a minutes heading, at most, still leave it a bare title
BARE_HEADING_LINES = 2


def _bare_heading(mt: MeetingDraft, lines: list[str], head: int, stop: int) -> bool:
    """A minutes heading with nothing of minutes under it: no item, nobody present or sending
    apologies, and at most ``BARE_HEADING_LINES`` lines of text before the next heading or
    the end, not counting other documents' titles ("Agenda for the meeting of X on DATE").
    In a document with no front sheet that is a title in a list of documents (a site's
    "Similar documents", an index of minutes: "Minutes of the Meeting of X Parish Council
    held on 22nd October 2018" over the next title), not the minutes of a meeting: nothing
    is read from it."""
    att = mt.attendance
    if mt.items or (att is not None and (att.present or att.apologies)):
        return False
    text = [
        ln for ln in lines[head + 1 : stop] if ln.strip() and not DATED_TITLE_RE.match(ln.strip())
    ]
    return len(text) <= BARE_HEADING_LINES


def _minutes(
    lines: list[str], head: int, stop: int, places: frozenset[str]
) -> tuple[MeetingDraft, int]:
    """Minutes starting at ``lines[head]`` (their heading) and ending by ``stop``.
    Returns the meeting and the line index one past the minutes' end."""
    hm = MINUTES_HEAD_RE.match(lines[head])
    assert hm is not None
    kind_word = (hm.group("kind") or "").strip().lower()
    body = tidy_body_name(hm.group("body"))
    kind = "ordinary"
    if re.search(r"special|extra-?ordinary|emergency|urgent", kind_word):
        kind = "special"
    elif "annual" in kind_word:
        kind = "annual"
    elif "informal" in kind_word:
        kind = "informal"
    meeting = MeetingDraft(body_name=body, kind=kind, origin="minutes-in-pack")  # type: ignore[arg-type]
    held_text = hm.group("held") or ""
    held_i = head
    for j in range(head + 1, min(stop, head + 8)):
        if not lines[j]:
            continue
        m = HELD_RE.match(lines[j])
        if m and (find_dates(m.group("v")) or not held_text):
            held_text = m.group("v")
            held_i = j
            break
        vm = VENUE_LABEL_RE.match(lines[j])
        if vm:
            meeting.venue = _value(lines, j, vm)
    # "held on the 13th of November 25": a year missing or in two figures is completed only
    # from what the same document prints (``completed_date``), and the warning says how
    before, after = "\n".join(lines[:head]), "\n".join(lines[head + 1 :])
    meeting.date = heading_date(held_text, before, after)
    completed = year_note(held_text, before, after)
    if meeting.date is not None and completed:
        meeting.warnings.append(
            f"{meeting.date.isoformat()}: the heading prints no full year; {completed}"
        )
    if meeting.date is None:
        meeting.warnings.append(
            f"could not read the date of the minutes' meeting from {held_text!r}: expected "
            "'Held: THURSDAY, 1 APRIL 2021 at 10:00 am'"
        )
    meeting.start_time = time_beside_date(held_text)
    if meeting.start_time is None:
        meeting.warnings.append("no start time in the minutes' heading")
    m_at = re.search(
        r"\bat\s+(?P<v>[^,]+(?:,.*)?)$",
        re.sub(r"\bat\s+\d{1,2}[.:]?\d{0,2}\s*[ap]\.?m\.?", "", held_text, flags=re.I),
    )
    if m_at and not meeting.venue and not parse_time(m_at.group("v")):
        meeting.venue = m_at.group("v").strip()

    found = _find_items(lines, held_i + 1, stop, consecutive=True)
    # numbered minutes end after the line saying the meeting closed
    end = stop
    closed_seen = False
    kept: list[tuple[int, str, str]] = []
    for k, entry in enumerate(found):
        kept.append(entry)
        nxt = found[k + 1][0] if k + 1 < len(found) else stop
        close = next((j for j in range(entry[0], nxt) if find_close_time(lines[j])), None)
        if close is not None:
            end = close + 1
            closed_seen = True
            break
    found = kept
    if not found:
        meeting.warnings.append("no numbered minutes found")
    att_lines = lines[held_i + 1 : found[0][0] if found else end]
    attendance, w = _attendance(att_lines, places)
    meeting.warnings.extend(w)
    for k, (i, number, title) in enumerate(found):
        item_end = found[k + 1][0] if k + 1 < len(found) else end
        raw = [ln for ln in lines[i + 1 : item_end] if not _is_furniture(ln)]
        paras = paragraphs(raw)
        item = ItemDraft(number=number, title=title)
        item.minutes_text = join_paragraphs(paras)
        item.resolutions = extract_resolutions(paras) or agreed_decisions(item.minutes_text)
        for d, printed in find_dates(item.minutes_text):
            if d is None:
                item.warnings.append(f"unreadable date {printed!r} in the minutes")
        if re.search(r"\bapolog", title, re.I):
            people, w = parse_apologies(raw, places)
            item.warnings.extend(w)
            for p in people:
                if p.name not in {a.name for a in attendance.apologies}:
                    attendance.apologies.append(p)
        meeting.items.append(item)
    if found and not closed_seen:
        meeting.warnings.append(
            "no 'meeting closed at' line: the minutes are taken to run to "
            + ("the next appendix heading" if stop < len(lines) else "the end of the text")
            + f", so minute {found[-1][1]} may include text that is not minutes"
        )
    if meeting.items:
        meeting.closed_at = find_close_time("\n".join(lines[found[-1][0] : end]))
    meeting.attendance = attendance
    return meeting, end


# ---------------------------------------------------------------------------------------
# Appendix text


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP}


def _guess_start(
    lines: list[str], lo: int, hi: int, title: str, expected: int | None
) -> int | None:
    """The heading-like line in ``lines[lo:hi]`` most like ``title``."""
    want = _content_words(title)
    if not want:
        return None
    need = min(2, len(want))
    best: tuple[int, int] | None = None
    for i in range(lo, hi):
        ln = lines[i]
        if not ln or ln.startswith("- ") or len(ln.split()) > 12:
            continue
        shared = want & _content_words(ln)
        if len(shared) < need or len(shared) / len(want) < 0.5:
            continue
        distance = abs(i - expected) if expected is not None else i - lo
        key = (distance, i)
        if best is None or key < best:
            best = key
    return best[1] if best else None


def _place_appendices(
    lines: list[str],
    appendices: list[AppendixDraft],
    agenda_end: int,
    minutes_spans: list[tuple[int, int]],
    warnings: list[str],
) -> None:
    if not appendices:
        return
    total = len(lines)
    headings: dict[str, int] = {}
    stamps: dict[str, int] = {}
    footers: dict[int, int] = {}
    for i in range(agenda_end, total):
        ln = lines[i]
        hm = APPENDIX_HEAD_RE.match(ln)
        if hm and hm.group("l").upper() not in headings:
            headings[hm.group("l").upper()] = i
        sm = AGENDA_STAMP_RE.match(ln)
        if sm and sm.group("n").lower() not in stamps:
            stamps[sm.group("n").lower()] = i
        fm = PAGE_FOOTER_RE.match(ln)
        if fm:
            footers.setdefault(int(fm.group("n")), i)
    order = sorted(
        (_Appx(a) for a in appendices),
        key=lambda x: (x.draft.first_page is None, x.draft.first_page or 0),
    )
    for x in order:
        a = x.draft
        if a.letter and a.letter in headings:
            x.head = headings[a.letter]
        elif a.first_page is not None and (a.first_page - 1) in footers:
            x.head = footers[a.first_page - 1]
        elif a.item_number in stamps and not any(
            y.draft.item_number == a.item_number and y is not x and y.start is not None
            for y in order
        ):
            x.head = stamps[a.item_number]
        if x.head is not None:
            x.start = x.head + 1
        elif a.first_page == 1 and footers:
            x.start = agenda_end
    # an appendix holding minutes ends where the minutes end; an unheaded appendix after it
    # starts there
    for k, x in enumerate(order):
        if x.start is None:
            continue
        nxt_start = order[k + 1].start if k + 1 < len(order) else None
        for ms, me in minutes_spans:
            if x.start <= ms and (nxt_start is None or ms < nxt_start):
                x.end = me
    for k, x in enumerate(order):
        if x.start is not None:
            continue
        prev = order[k - 1] if k else None
        if prev is not None and prev.end is not None:
            x.start = prev.end
            x.guessed = True
            continue
        lo = (prev.start if prev and prev.start is not None else agenda_end) + 1
        nxt_known = next((y.start for y in order[k + 1 :] if y.start is not None), total)
        expected = None
        first = x.draft.first_page
        last_pages = [y.draft.last_page for y in order if y.draft.last_page is not None]
        if (
            prev is not None
            and prev.start is not None
            and first is not None
            and prev.draft.first_page is not None
            and last_pages
        ):
            span_pages = max(last_pages) + 1 - prev.draft.first_page
            if span_pages > 0:
                frac = (first - prev.draft.first_page) / span_pages
                expected = prev.start + int(frac * (total - prev.start))
        guess = _guess_start(lines, lo, nxt_known, x.draft.title, expected)
        if guess is not None:
            x.start = guess
            x.guessed = True
    for k, x in enumerate(order):
        a = x.draft
        label = f"appendix {a.letter}" if a.letter else f"pages {a.first_page}-{a.last_page}"
        if x.start is None:
            warnings.append(f"{label}: could not find where its text starts; text left empty")
            continue
        nxt = next(
            (
                y.head if y.head is not None else y.start
                for y in order[k + 1 :]
                if y.start is not None and y.start > x.start
            ),
            total,
        )
        end = min(nxt, x.end) if x.end is not None and x.end > x.start else nxt
        body = [ln for ln in lines[x.start : end] if not _is_furniture(ln)]
        a.text = join_paragraphs(paragraphs(body))
        if x.guessed:
            warnings.append(
                f"{label}: no heading in the text; its start was guessed "
                + (
                    "as the end of the minutes before it"
                    if k and order[k - 1].end == x.start
                    else "from the item title"
                )
            )


# ---------------------------------------------------------------------------------------


_UNNAMED_MINUTES_HEAD_RE = re.compile(
    # only words saying what kind of meeting ("Annual", "Extra-ordinary"), never one naming
    # a body's kind ("Parish Meeting" is a body, as the keys' conventions say)
    r"^minutes\s+of\s+(?:the|a|an)\s+(?:(?:annual|ordinary|extra-?\s?ordinary|special|monthly|"
    r"general|emergency|virtual|remote|full)\s+){0,2}me+t+i+n+g\b(?!\s+of\b)"
    r"(?:\s+held\b.*)?$",
    re.I,
)


def _minutes_heading_naming_no_body(lines: list[str]) -> str | None:
    """The "Minutes of the Meeting" line among the first lines when it names no body (no
    "of X" after "Meeting") and a date follows it within a few lines: such a document says
    whose meeting it is nowhere a reader can take it from, and is refused for that."""
    shown = [ln for ln in lines if ln][:15]
    for k, ln in enumerate(shown):
        if len(ln) > 200 or not _UNNAMED_MINUTES_HEAD_RE.match(ln):
            continue
        if any(find_dates(x) for x in shown[k : k + 4]):
            return ln
    return None


def parse_agenda_pack(text: str) -> ParseResult:
    """Parse an agenda pack's text into the pack's meeting and any minutes inside it."""
    source = (text or "").replace("\f", "\n")
    lines = [tidy_line(ln) for ln in split_lines(source)]
    n = len(lines)
    places = learn_places(source)
    warnings: list[str] = []

    minutes_heads = [i for i in range(n) if _is_minutes_head(lines, i)]
    first_minutes = minutes_heads[0] if minutes_heads else n
    # the front sheet and agenda come before any minutes and appendix
    first_boundary = next(
        (
            i
            for i, ln in enumerate(lines)
            if APPENDIX_HEAD_RE.match(ln) or AGENDA_STAMP_RE.match(ln)
        ),
        n,
    )
    limit = min(first_minutes, first_boundary)
    meeting, date_i = _front_sheet(lines, limit, places)

    meetings: list[MeetingDraft] = []
    agenda_end = limit
    if meeting is not None:
        assert date_i is not None
        agenda_at = next((i for i in range(date_i, limit) if AGENDA_LINE_RE.match(lines[i])), None)
        start = agenda_at + 1 if agenda_at is not None else date_i + 1
        found = _find_items(lines, start, limit, consecutive=True)
        if agenda_at is None and found:
            # without an "AGENDA" line, skip numbered lines in the members' section
            firsts = [k for k, f in enumerate(found) if f[1] in {"1", "1a"}]
            if firsts:
                found = found[firsts[-1] :]
        items, appendices = _agenda_items(lines, found, limit, places)
        meeting.items = items
        meeting.appendices = appendices
        if not items:
            meeting.warnings.append("no numbered agenda items found")
        meetings.append(meeting)
    elif not minutes_heads:
        unnamed = _minutes_heading_naming_no_body(lines)
        if unnamed is not None:
            raise ParseError(
                f"names no council or committee whose meeting it is (its heading {unnamed!r} "
                "names none): expected 'Minutes of the Meeting of Brook Parish Council held "
                "on ...'"
            )
        raise ParseError(f"could not read the meeting date: expected {EXPECTED_DATE}")
    else:
        warnings.append("no front sheet found; only the minutes in the document were read")

    minutes_spans: list[tuple[int, int]] = []
    for k, head in enumerate(minutes_heads):
        nxt_head = minutes_heads[k + 1] if k + 1 < len(minutes_heads) else n
        stop = next(
            (
                i
                for i in range(head + 1, nxt_head)
                if APPENDIX_HEAD_RE.match(lines[i]) or AGENDA_STAMP_RE.match(lines[i])
            ),
            nxt_head,
        )
        mt, end = _minutes(lines, head, stop, places)
        if not mt.items and mt.date is None:
            continue
        if meeting is None and _bare_heading(mt, lines, head, stop):
            continue
        minutes_spans.append((head, end))
        meetings.append(mt)

    if meeting is not None:
        _place_appendices(lines, meeting.appendices, agenda_end, minutes_spans, meeting.warnings)
    if not meetings:
        raise ParseError(f"could not read the meeting date: expected {EXPECTED_DATE}")
    return ParseResult(meetings=meetings, source_kind="agenda-pack", warnings=warnings)
