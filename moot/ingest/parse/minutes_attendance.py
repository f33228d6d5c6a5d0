"""Who attended, in printed minutes (part of the reader in ``printed_minutes``): the
attendance labels ("Present:", "Apologies:", "In attendance:", their Welsh forms) and the
text each labels (``_labelled``); the lists under them and the people in them, one a line,
comma-separated or initialled (lists printed as tables, in rows and columns, are read by
``minutes_tables``); lists printed with no label, "were present" lines, officers after the
present list, apologies in a minute or a sentence, a coded register, and a minute that
lists who was present.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import ItemDraft, PersonEntry
from moot.ingest.names import is_honorific
from moot.ingest.parse.common import BULLETED_HEADING_RE, tidy_line
from moot.ingest.parse.minutes_numbers import (
    _COLON_NUMBER,
    _SERIAL_NUMBER,
    _SLASH_NUMBER,
    minute_numbers,
)
from moot.ingest.parse.minutes_tables import (
    _INITIALS_NAME,
    _column_names,
    flat_name_org_rows,
    flat_slash_rows,
    name_comma_rows,
)
from moot.ingest.parse.name_lists import (
    _office_word,
    names_an_office,
    officers_line,
    reads_as_person,
    split_name_list,
)
from moot.ingest.parse.name_parts import (
    FAMILY,
    INITIAL,
    MEMBER_TITLE,
    MEMBERS_TITLE,
    PERSONAL_TITLE,
    RUN_FAMILY,
    RUN_HONORIFIC,
    RUN_JOIN,
    TIER,
)
from moot.ingest.parse.people import PROSE_OPENING_RE, parse_apologies, parse_people

_LABEL_RE = re.compile(
    # ("Ymddiheiriadau/Apologise:": the label misspelt, with its colon)
    r"(?<![Nn]ot\s)(?<![Nn]ot)(?P<label>"
    # "Presennol: Cyng. A, B ...", "Yn bresennol: ...", "Ymddiheuriadau: ...",
    # "Aelodau'r Cyhoedd: ...", "Hefyd yn bresennol: ...": the Welsh labels alone (present,
    # apologies, members of the public, also present) before a colon, as printed
    # ("Pressenol:" with its letter doubled; "Ymddiheiriadau:", "Ymddojeiroadau:" misspelt)
    r"(?<![\w'’])hefyd[ \t]+yn[ \t]+[bp]resennol(?=[ \t]*:)|"
    r"(?<![\w'’])(?<!hefyd\s)yn[ \t]+bresennol(?=[ \t]*:)|"
    # "Yn mynychu:" (attending: the clerk, a translator, the press), those in attendance
    r"(?<![\w'’])yn[ \t]+mynychu(?=[ \t]*:)|"
    r"(?<![\w'’])(?<!yn\s)[bp]res{1,2}en{1,2}ol(?=[ \t]*:)|"
    r"(?<![\w'’])ymdd[a-z]{2}e[iu]r[io]adau(?=[ \t]*:)|"
    r"(?<![\w'’])aelodau['’]r[ \t]+cyhoedd(?=[ \t]*:)|"
    r"present(?:\s+members)?|(?:other\s+)?apologi(?:es|se(?=\s*:))(?:\s+for\s+absence)?"
    # "Apologies and reasons for absence were received from: Cllr T Slater, ..."
    r"(?:\s+and\s+reasons\s+for\s+absence)?(?:\s+(?:were|was)\s+received\s+from)?|"
    # "Absent without apologies: Cllr P Lake": those absent, never the apologies
    r"absent(?:\s+(?:without|with\s+no)\s+(?:apolog(?:ies|y)|notice|reasons?))?|"
    # "The following Councillors were in attendance: Cllr A, ...": the members present
    r"(?:the\s+following\s+)?(?:councillors|members)\s+were\s+in\s+attendance|"
    r"(?:also\s+)?in\s+attendance|also\s+present|officers\s+present|those\s+(?=attending)|(?-i:With)(?=\s*:)|"
    # "... in the Village Hall Attending: Councillors Mr. R Bee (Chair) ...": those present;
    # "Also attending: 4 Parishioners": others
    r"(?:also\s+)?attending(?=\s*:)|"
    # "Participating:" over the members' names, at a line's start (a meeting held by
    # telephone or video): those present
    r"(?<![^\n])[ \t]*participating(?=[ \t]*:)|"
    # "MINUTES Participants: Cllr Arnold (Chairman), Cllr Bithell ...": those who took part
    # in a meeting held by video, councillors named after the label
    r"participants(?=[ \t]*:[ \t]*(?:cllrs?|councillors?)\b)|"
    # "Attendees: Cllr G. Crozer (Chairman) Cllr C. Watson ...": those present
    r"(?<!also\s)attendees(?=\s*:)|"
    # "1. Sederunt: Chair Moira McCrossan (MM), ...": a Scottish minute's record of those
    # present
    r"sederunt(?=\s*:)|"
    # "In the Chair : Mayor (Councillor J Montgomery)": the chair, at a line's start, the
    # first of those present
    # ("PRESENT IN THE CHAIR: Councillor M. Bee, Mayor.": the same, an Irish council's)
    r"(?<![^\n])[ \t]*(?:present[ \t]+)?in[ \t]+the[ \t]+chair(?=[ \t]*:)|"
    # "OFFICIALS IN ATTENDANCE:" at a line's start: the council's officers
    r"(?<![^\n])[ \t]*officials[ \t]+in[ \t]+attendance(?=[ \t]*:)|"
    # "Visitors: Anne Williams (Chair, Auchencairn Initiative); Lee Paton ...": others who
    # attended, at a line's start
    r"(?<![^\n])[ \t]*visitors(?=\s*:)|"
    # "Officer:  Mrs K Woods" opening a line under the members present: the council's
    # officer, who attended
    r"(?<![^\n])[ \t]*officers?(?=[ \t]*:)|"
    # "• Members: Cllrs A, B and C • Others: D Clerk to the Council": a bulleted record of
    # those present (or the same labels opening a line)
    r"(?:(?<![^\n])[ \t]*|(?<=[•·▪]\s))(?:members|others)(?=\s*:)|"
    # "City & County Cllrs: City Cllr Dennis Willetts" opening a line: councillors of
    # other councils, who attend (the ward's members), not members present
    r"(?<![^\n])[ \t]*(?:(?:city|county|district|borough|unitary|ward)[ \t]*(?:&|and)?[ \t]*){1,3}"
    r"(?:cllrs?|councillors?)(?=\s*:)|"
    # "Argyll & Bute Council: Mr Iain Jackson" on a line of its own under the members
    # present: an officer of another council, who attended
    r"(?P<org>(?<![^\n])[ \t]*(?-i:[A-Z][\w'’-]*(?:[ \t]+(?:&|[A-Z][\w'’-]*)){0,4}[ \t]+Council)"
    r"(?=[ \t]*:[ \t]*(?-i:Mr|Mrs|Ms|Miss|Dr)\b))|"
    # "Members of public: Mrs Fletcher, Fiona McMillan, ...": named members of the public,
    # who attended
    # ("Public present: None present": the public's own label, not the members')
    r"(?P<public>(?:(?<![^\n])[ \t]*members\s+of\s+(?:the\s+)?public|\bpublic[ \t]+present)(?=\s*:))|"
    r"(?:councillors|members)\s+(?=present)|(?<!from\s)(?<!apologies:\s)(?<!apologies:)(?<!apologies:\s\s)(?<!county\s)(?<!district\s)(?<!borough\s)councillors(?=\s*:))(?:attending|present)?\s*:"
    # ("Present were: Mr. M. Spencer, ...": the colon after it is the label's)
    r"|(?P<were>present\s+were(?:[ \t]*:[ \t]*(?=\w))?|(?m:^)[ \t]*also\s+present(?!\s*:)|"
    # "Councillors who responded Mrs Harvey, Mr Langley and clerk Mrs K Elliott.",
    # "Responses were received from: Cllr A, Cllr B": decisions taken by e-mail, whose
    # members who answered are those present (never "Responses were not received from")
    # "Presiding P McLean", "Other Members Present P J Bateson J Campbell ...", "Officers
    # Present J A McLaughlin, (Chief Executive) ...": a district council's labels without a
    # colon, at a line's start, before a name in initials (the chair, the members, the
    # officers)
    # "Councillors – J Archibald, A Bennington, ..." on a line of its own under "Members
    # Present : Aldermen – F Agnew, ...": a group of the members present, after a dash
    r"(?m:^)[ \t]*(?:aldermen|councillors)(?=[ \t]*[–—-][ \t]+(?-i:[A-Z]\.?[ \t]))|"
    r"(?m:^)[ \t]*(?:presiding|(?:other[ \t]+)?members[ \t]+present|officers[ \t]+present)"
    r"(?=[ \t]+(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+){1,3}[A-Z][a-z]))|"
    r"(?:councillors|members)[ \t]+who[ \t]+(?:responded|replied)"
    r"(?=[ \t]*:?[ \t]+(?:mrs?|ms|miss|dr|cllrs?|councillors?)\b)|"
    r"(?<![\w'’])(?:responses|replies)[ \t]+(?:were[ \t]+)?received[ \t]+from"
    r"(?=[ \t]*:?[ \t]+(?:mrs?|ms|miss|dr|cllrs?|councillors?)\b)|"
    # "Hefyd yn presennol / In attendance Mrs M.Rees (clerc / clerk) ...": the label in
    # Welsh and English without its colon, at a line's start, before an honorific
    r"(?m:^)[ \t]*hefyd[ \t]+yn[ \t]+[bp]resennol[ \t]*/[ \t]*in[ \t]+attendance"
    r"(?=[ \t]+(?:mrs?|ms|miss|dr|cllrs?|councillors?)\b)|"
    # "PRESENNOL/PRESENT Cllrs. J. Davies R. Edwards ...": the Welsh label (its English
    # half after a slash, as printed, misspelt or not) at a line's start, before an
    # honorific; "PRESENNOL HEFYD/ ALSO PRESENT S. Mumford ...": those also present
    # ("Presennol /Present —Y Cynghorwyr /Councillors John Adams-Lewis ...": a dash, and
    # the honorific in Welsh too, before the names)
    r"(?m:^)[ \t]*presennol(?:[ \t]*/[ \t]*[a-z]+)?(?:[ \t]*[—–-][ \t]*y[ \t]+cynghorwyr[ \t]*/)?"
    r"(?=[ \t]*(?:mrs?|ms|miss|dr|cllrs?|councillors?|cyng)\b)|"
    r"(?m:^)[ \t]*presennol[ \t]+hefyd[ \t]*/[ \t]*also[ \t]+present|"
    # "... John Linley (JL) Apologies for non attendance were tendered by Andrew Matheson
    # and Jamie Dunsmore.": the apologies in prose, run on from the present list
    r"apologies\s+for\s+non[\s-]?attendance\s+(?:were|was)\s+(?:tendered|received)\s+(?:by|from)|"
    # "Present; R. Gore (Chair), C. Hunt, ...": a semicolon for the colon, at a line's start
    # ("Presennol ; Cyng. Berwyn Hughes, ...": the Welsh label, a space before it;
    # "Councillors Present;" over the list on the lines below)
    r"(?m:^)[ \t]*(?:(?:councillors|members)[ \t]+present|present|apologies|in\s+attendance|"
    r"presennol)(?=[ \t]*;[ \t]*(?:\n[ \t]*)?[A-Z])|"
    # "Present. A.B. Bee (Chairman), C. Dee, ...": a full stop for the colon, at a line's
    # start, before initials or an honorific
    r"(?m:^)[ \t]*present(?=\.[ \t]+(?:[A-Z]\.|(?-i:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b))|"
    # "Present– Cllr David Llewellyn - Chairman, Cllr I Mack, ...": a dash for the colon
    r"(?m:^)[ \t]*present[ \t]*[–—-][ \t]*(?=(?:cllrs?|councillors?|mr|mrs|ms|dr)\b)|"
    # "IN ATTENDANCE – Councillor Hugh H Evans, ...", "APOLOGIES – Councillors Tim Faire and
    # ...": the same dash after the other labels, before an honorific
    r"(?m:^)[ \t]*(?:in[ \t]+attendance|apologies)[ \t]*[–—-][ \t]*(?=(?:cllrs?|councillors?|mr|mrs|ms|dr)\b)|"
    r"(?m:^)[ \t]*present(?=[ \t]{2,}"
    r"|[ \t]+(?:the\s+)?(?:mayor|chair(?:man|woman|person)?|cllrs?|councillors?)\b)"
    # a label in capitals without a colon, before the list: "PRESENT Councillors A. Bee"
    r"|(?m:^)[ \t]*(?-i:PRESENT|APOLOGIES(?:\s+FOR\s+ABSENCE)?|IN\s+ATTENDANCE|ALSO\s+PRESENT)"
    r"(?=[ \t]+[A-Z][a-z]))\b"
    # "Councillors Present" on a line of its own, the list on the lines under it; "In
    # attendance" likewise, without its colon
    # ("Present/ Presennol" likewise: the label in English and Welsh; "County Member/Aelod
    # o'r Cyngor Sir" under it: the county's councillor, who attends, and those after)
    # ("PRESENT" alone on its line over one councillor a line: the same)
    # ("Email Parties" likewise: those who took part in decisions made by e-mail)
    r"|(?P<own>(?m:^)[ \t]*(?:(?:councillors|members)[ \t]+present|in[ \t]+attendance|(?-i:PRESENT)|"
    # "Representatives from Other Bodies in Attendance" alone on its line, over those of
    # other bodies who attended
    r"representatives[ \t]+(?:from|of)[ \t]+other[ \t]+bodies[ \t]+in[ \t]+attendance|"
    r"e-?mail[ \t]+parties|"
    r"present[ \t]*/[ \t]*presennol|county[ \t]+member[ \t]*/[ \t]*aelod[^\n/:]{0,30})(?=[ \t]*\n))",
    re.IGNORECASE,
)
_BRACKETS_RE = re.compile(r"\([^)]*\)")
# "..., D Wright & Mrs G Wright Also PCSO Abi Land": who else attended, after the list
_ALSO_IN_LIST_RE = re.compile(r"\s+Also(?:\s+(?:present|in\s+attendance))?\s*:?\s+(?=[A-Z])")
_PUBLIC_RE = re.compile(r"\bmembers?\s+of\s+the\s+public\b|\bpress\b", re.IGNORECASE)


# "Cllr G. Crozer (Chairman) Cllr C. Watson ...": entries each opening with an honorific,
# printed with no commas between them
_HONORIFIC_ENTRY_RE = re.compile(r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z]")


# "Apologies were received from Margo Howe, Les Morgan and Tracey Rae." then a blank line:
# a list printed as one sentence on a line of its own, its paragraph ended
_LIST_PARAGRAPH_RE = re.compile(r"^\s*(?P<line>[^\n]*(?:,|\band\b|&)[^\n]*\.)[ \t]*\n[ \t]*\n")


def _list_paragraph(segment: str) -> str:
    """A label's text whose list is one sentence on a line of its own, closed by its full
    stop and a blank line, as that sentence alone (the paragraphs after it are the
    minute's prose, whose people are in no list); any other text as it was."""
    m = _LIST_PARAGRAPH_RE.match(segment)
    return m.group("line") if m else segment


# "Formartine Area Councillors Present: None": the group's words before the label
_GROUP_WORDS_RE = re.compile(r"[ \t]*(?:[A-Z][a-z]+[ \t]+){1,2}")


_WELSH_LABEL_RE = re.compile(
    r"(?i)\s*(?:yn\s+bresennol|yn\s+mynychu|[bp]res{1,2}en{1,2}ol|ymdd[a-z]{2}e[iu]r[io]adau|"
    r"hefyd\s+yn\s+[bp]resennol|aelodau['’]r\s+cyhoedd)\s*[:;]?\s*$"
)


def is_welsh_label(label: str) -> bool:
    """Is an attendance label Welsh alone ("Yn bresennol:", "Ymddiheuriadau:"), with no
    English half ("Presennol / Present:" is both)?"""
    return _WELSH_LABEL_RE.fullmatch(label) is not None


_BROKEN_ENTRY_RE = re.compile(r"(?:^|,)[ \t]*(?:[-–—][ \t]*)?[A-Z][a-z'’-]+[ \t]*$")
_ENTRY_GOES_ON_RE = re.compile(r"[ \t]*[A-Z][a-z'’-]+[ \t]*[(,]")


def list_runs_on(line: str, following: str) -> bool:
    """Does a list printed on ``line`` go on over the ``following`` line? Where the line
    ends in a comma, "&" or "and"; inside a bracket ("Stuart Tooley (University" then "of
    Edinburgh), ..."); or in a forename whose family name opens the next line ("...,
    Karen" then "Neilson (Police), ...")."""
    if re.search(r"(?:,|&|\band)[ \t]*$", line):
        return True
    if line.count("(") > line.count(")"):
        return True
    return bool(_BROKEN_ENTRY_RE.search(line) and _ENTRY_GOES_ON_RE.match(following))


def group_line_start(text: str, label: re.Match[str], end: int) -> int:
    """Where the list before ``label`` ends: at the start of the label's line when the
    label names a group ("Councillors present:", "Members present:") and only the group's
    own words ("Formartine Area") stand before it on that line, which are no names of the
    list before ("Apologies: H Foxen," then "Formartine Area Councillors Present: None");
    else ``end``."""
    line_start = text.rfind("\n", 0, label.start()) + 1
    if (
        0 < line_start < end
        and re.match(r"(?i)(?:councillors|members)\s", label.group(0))
        and _GROUP_WORDS_RE.fullmatch(text[line_start : label.start()])
    ):
        return line_start
    return end


# "Clerk: Mrs Scriven Members of public: 3" or "Victoria Morris (Clerk to the Council)" on
# the line right under a present list: the clerk, printed with those present (a count of
# the public after the clerk's name is no one)
_CLERK_UNDER_LIST_RE = re.compile(
    r"[ \t]*\n[ \t]*(?:"
    r"(?P<role>(?:(?:Parish|Town|Deputy|Assistant|Locum)[ \t]+)?Clerk(?:[ \t]+to[ \t]+the[ \t]+Council)?)"
    r"[ \t]*:[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]*){0,3}"
    r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)"
    r"(?:[ \t]+members?[ \t]+of[ \t]+(?:the[ \t]+)?public[ \t]*:?[ \t]*\d+)?"
    r"|(?P<name2>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})[ \t]+"
    r"\((?P<role2>(?:(?:Parish|Town|Deputy|Assistant|Locum)[ \t]+)?Clerk(?:[ \t]+to[ \t]+the[ \t]+Council)?)\)"
    r")[ \t]*\.?[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)


def clerk_under_list(text: str, eol: int) -> str:
    """The clerk printed on the line right after a present list that ends at ``eol`` (no
    blank line between), as an entry of that list ("Mrs Scriven (Clerk)"); "" where the
    next line is anything else. The clerk's own label ("Clerk: Mrs Scriven") goes on only
    a list whose line is already parted by such labels ("Present: Chairman: Cllr Mrs Prior
    Councillors: ..."); under a plain list ("Present:   S Salmon (Chair), ..." then
    "Clerk:   R Nield") it is a label of its own, as "Apologies:" under it is."""
    m = _CLERK_UNDER_LIST_RE.match(text, eol)
    line = text[text.rfind("\n", 0, eol) + 1 : eol]
    if m and m.group("name") and len(_SUB_LABEL_RE.findall(line)) < 2:
        return ""
    name = m and (m.group("name") or m.group("name2"))
    if not name or not reads_as_person(name):
        return ""
    return f"{name} ({m.group('role') or m.group('role2')})"


_CLERK_LABEL_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:Parish|Town|Deputy|Assistant|Locum)[ \t]+)?Clerk"
    r"(?:[ \t]+to[ \t]+the[ \t]+Council)?[ \t]*:"
)
_NO_RESPONSE_RE = re.compile(
    r"(?i)\b(?:responses?|replies|(?:a[ \t]+)?reply)[ \t]+(?:were|was)[ \t]+not[ \t]+received\b|"
    r"\bno[ \t]+(?:responses?|replies|reply)[ \t]+(?:(?:were|was)[ \t]+)?received\b"
)
_MEMBERS_OWN_LINE_RE = re.compile(r"(?i)\s*(?:councillors|members)[ \t]+present")


# "Lisburn & Castlereagh City Council": a council's name alone
_COUNCIL_NAME_RE = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:&|and|of|[A-Z][\w'’-]*)){0,6}[ \t]+Council"
)


def _labelled(text: str) -> dict[str, list[str]]:
    """The text after each attendance label, up to the next label or minute number (a
    list: "Councillors:" after "Present" adds a second part to the present list)."""
    out: dict[str, list[str]] = {}
    last_key, last_end = "", 0  # the list before this label, and where it ended
    seen: set[tuple[str, str]] = set()  # (key, "other" for an "Other ..." label)
    group_before = False  # the label before was a group's ("Area Councillors Present:")
    welsh_keys: set[str] = set()  # lists opened by a Welsh label alone ("Yn bresennol:")
    marks = list(_LABEL_RE.finditer(text))
    stops = (
        [m.start() for m in minute_numbers(text)]
        + [m.start() for m in BULLETED_HEADING_RE.finditer(text)]
        + [
            m.start()
            for m in re.finditer(
                rf"(?m)^\s*(?:item\s+no|\d{{1,3}}(?:\.\d{{1,3}})*(?:\.?\s+|\.(?=[A-Z][a-z])|\)[ \t]+)[A-Z]|"
                rf"{_SERIAL_NUMBER}\s|\d{{2}}/\d{{1,2}}-\d{{1,3}}\s|(?!19\d\d|20\d\d)\d{{4}}\.\d{{2}}\s|"
                rf"{_COLON_NUMBER}:)",
                text,
            )
        ]
        # "Apologies: Councillor D Temple" then "Clerk: Karen Steels-Tallett" and the
        # minutes' prose: the clerk's own label at a line's start ends the list above it
        + [m.start() for m in _CLERK_LABEL_LINE_RE.finditer(text)]
        # "... and clerk Mrs K Elliott. Responses were not received from Mr Leggate": those
        # who did not answer an e-mail are in no list, and end the list before them
        + [m.start() for m in _NO_RESPONSE_RE.finditer(text)]
    )
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        if i + 1 < len(marks):
            end = group_line_start(text, marks[i + 1], end)
        eol = text.find("\n", m.end())
        eol = eol if eol >= 0 else len(text)
        # "Present; ...", "Apologies: – Ian Murray, ...": a semicolon, or a dash after the colon
        start = m.end() + len(
            re.match(r"[ \t]*(?:;|[–—](?=[ \t]+[A-Z]))?", text[m.end() :]).group()
        )
        same_line = text[start:eol]
        clerk = ""
        council_over = bool(_COUNCIL_NAME_RE.fullmatch(same_line.strip()))
        if council_over:
            # "IN ATTENDANCE: Lisburn & Castlereagh City Council" over its officers on the
            # lines below: the council's name heads the list, as a label alone on its line
            same_line = ""
        if (
            # (a label without a colon alone on its line, "Councillors Present;", stands
            # over its list, read below as a label's on its own line is)
            (m.group("were") and same_line.strip(" \t:;-–"))
            or re.search(r",|;|&|\band\b", same_line)
            or len(_HONORIFIC_ENTRY_RE.findall(same_line)) >= 2
            # "In Attendance: Major Mark Woosey.. M J Measures (Clerk to the Council)." then
            # a blank line and "Discloseable Interests: None.": the list is its own line,
            # closed by its full stop
            or (same_line.rstrip().endswith(".") and re.match(r"[ \t]*\n[ \t]*\n", text[eol:]))
        ):
            # "Present were ..." (a label without a colon), or a list printed on the
            # label's own line ("Present: Cllr A, Cllr B and Cllr C"): that line only,
            # and the next when the line ends in a comma ("Present: Cllr D Llewellyn -
            # Chairman," then "Cllr M Peake, Cllr A Box, ..."), and the next after that
            # while each ends so ("PRESENT: Cllrs: Dorothy Bere, Dr Richard Edwards," then
            # "Dr Dewi Evans, Philip Grice," then "Alan Speake and Barry Williams")
            line = same_line
            while True:
                following = re.match(r"(?:[ \t]*\n)+([^\n]*)", text[eol:])
                if following is None or not list_runs_on(line, following.group(1)):
                    break
                eol, line = eol + following.end(), following.group(1)
            # (a clerk's line under the list, when no label of the list's own comes first)
            clerk = clerk_under_list(text, eol) if eol <= end else ""
            end = min(end, eol)
        if not same_line.strip(" \t:-–"):
            # "In attendance:" on its own line: its list is the paragraphs under it up to
            # the first one in prose ("Mr Paul Watkins, Waste Improvement Management, of
            # County Council gave Council an update ...")
            end = min(end, _prose_paragraph(text, eol, end))
        later = [s for s in stops if s > m.end()]
        if later:
            end = min(end, min(later))
        # "1.2 Present: Ann Bee (AB), Carl Dee (CD) 1.3 Apologies: ...": the next
        # paragraph's number ends the list
        end = start + len(re.sub(r"\s+\d{1,3}(?:\.\d{1,3})+\s*$", "", text[start:end]))
        # "... Nia Owen. 150.1 Welcome ...": a paragraph's number after a sentence's end
        # starts the next paragraph, in text that lost its lines
        # ("... K.O’Donoghue (clerk). 4) Apologies ...": a bracketed number likewise)
        cut = re.search(r"(?<=[.;])\s+(?:\d{1,3}\.\d{1,2}\.?|\d{1,3}\))\s+[A-Z]", text[start:end])
        end = start + cut.start() if cut else end
        # "... and Gwen Harri •": the next bullet's mark is no part of the list
        end = start + len(text[start:end].rstrip().rstrip("•·▪").rstrip())
        # "... Cyng Daniel Evans Ymddiheiriadau/" then "Apologise: ...": the Welsh half of
        # the next bilingual label, left at the list's end, is no part of it
        end = start + len(re.sub(r"\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}[ \t]*/$", "", text[start:end]))
        name = m.group("label") or m.group("were") or m.group("own")
        key = re.match(r"\s*([a-z]+)", name.lower()).group(1)
        others_present = bool(m.group("were") and re.match(r"(?i)\s*other\s+members", name))
        group = re.match(r"(?i)\s*(aldermen|councillors)\b", name) if m.group("were") else None
        others_present = others_present or bool(group and "present" in out)
        if others_present or (m.group("were") and re.match(r"(?i)\s*presiding", name)):
            key = "present"  # (the chair presiding, and the other members present)
        chair = bool(re.match(r"(?i)\s*in\s+the\s+chair", name))
        if chair:
            key = "present"
        key = {
            "also": "in",
            "officers": "in",
            "officer": "in",
            "with": "in",
            "those": "present",
            "attending": "present",
            "attendees": "present",
            "participating": "present",
            "participants": "present",
            "responses": "present",
            "replies": "present",
            "email": "present",
            "e": "present",
            "sederunt": "present",
            "the": "present",
            "councillors": "present",
            "members": "present",
            "other": "apologies",
            "others": "in",
            **dict.fromkeys(("city", "county", "district", "borough", "unitary", "ward"), "in"),
            "visitors": "in",
            "representatives": "in",
            "hefyd": "in",
            "apologise": "apologies",
            "presennol": "in" if "hefyd" in name.lower() else "present",
            # (the Welsh labels alone: present, members of the public)
            "yn": "present",
            "aelodau": "in",
        }.get(key, key)
        if "mynychu" in name.lower():
            key = "in"  # ("Yn mynychu:", attending)
        elif re.fullmatch(r"[bp]res+en+ol", key):
            key = "present"  # ("Pressenol:", "Bresennol:" as printed)
        elif key.startswith("ymdd"):
            key = "apologies"  # ("Ymddiheuriadau:", misspelt or not)
        if m.group("org") or m.group("public"):
            key = "in"
        elif (
            key == "present"
            and last_key == "in"
            and (m.group("label") or "").lower().startswith("councillors")
        ):
            # "Members of public: ..." then "Councillors: Cllr Andrew Woods": councillors
            # listed after the others who attended are visitors too
            key = "in"
        label = (m.group("label") or "").lower()
        part_text = text[start:end]
        if group and others_present:
            part_text = f"{group.group(1)} {part_text}"
        if chair:
            # ("Mayor (Councillor J Montgomery)": the office, the name in brackets)
            part_text = _OFFICE_THEN_NAME_RE.sub(r"\g<name> (\g<role>)", part_text.strip())
        if key in welsh_keys and not is_welsh_label(name):
            # "Yn bresennol:" then, the Welsh lists done, "Present:": the same list printed
            # again in English (bilingual minutes), its people read once
            last_key, last_end = key, end
            group_before = False
            continue
        if is_welsh_label(name) and key not in out:
            welsh_keys.add(key)
        gap = text[last_end : m.start()] if last_key == "present" else "-"
        chairs = (
            _chair_lines(_KIND_BEFORE_LABEL_RE.sub("", text[: m.start()]))
            if label.startswith("councillors")
            else []
        )
        if chairs and "present" not in out:
            # "Chairman: M. Cullen" then "Councillors: B.Felstead, E. Daniel": the chair's
            # own line opens the list the councillors' label goes on with
            # ("Chairman Siddall": a family name alone is the councillor's, as "Cllr Siddall")
            out["present"] = [
                "".join(
                    f"{'Cllr ' if ' ' not in name else ''}{name} ({role}), "
                    for role, name in chairs
                )
            ]
        if key == "present" and key in out and label.startswith("councillors"):
            # "Present   The Mayor, Cllr D Hobson" then "Councillors: Mrs E Ballard, ...":
            # the plural label carries on the list it follows, and is the honorific of the
            # names on its line that print none ("Councillors: Mrs Bolton, Dipple, Harte")
            part = text[start:end]
            out[key].append(f"Councillors {part}" if same_line.strip() else part)
        elif (
            key == "in" or label.startswith("other") or others_present or (key, "other") in seen
        ) and key in out:
            # ("Other apologies: District Cllr L Moy" then "1.19 Apologies for absence: Cllr
            # N Orr": the members' apologies after the others' go on the same list)
            # "With: District Cllr J Millar. Officer in attendance: Mr P Brown (Clerk).":
            # both are others who attended; "Apologies: Cllr A" then "Other apologies: Cllr
            # B": one list of apologies
            out[key].append(part_text)
        elif key == "present" and key in out and ("present", "chair") in seen:
            # "In the Chair : ..." then "Members Present : ...": one list
            out[key].append(part_text)
        elif key == "apologies" and key in out and group_before:
            # "Apologies: H Foxen" then "Area Councillors Present: None" then "Apologies;
            # Andrew Hassan, ...": the group's apologies go on the one list
            out[key].append(text[start:end])
        elif (
            key == "present"
            and (label == "present" or _MEMBERS_OWN_LINE_RE.match(m.group("own") or ""))
            and key in out
            and not gap.strip()
        ):
            # ("Present:" over the office bearers' lines, then "Members present" on a line of
            # its own over the other members: the one list goes on)
            # "PRESENT: Councillor J Macklin (Chairman), ..." then, in the next paragraph,
            # "PRESENT: Mrs L Hay (Parish Clerk)": the same list goes on
            out[key].append(text[start:end])
        out.setdefault(key, [part_text])
        if clerk and key == "present":
            out[key].insert(-1, clerk)
        seen.add((key, "other" if label.startswith("other") else "chair" if chair else ""))
        last_key, last_end = key, end
        group_before = i > 0 and group_line_start(text, m, m.start()) < m.start()
    return out


_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
# "Clerk – Sandrine Vaillant (SV)." in a paragraph of its own under the present list: the
# clerk's own label begins another list, of those in attendance (a clerk inside the present
# paragraph, "Cllrs: ... Clerk: Ms Julia Hancox", stays in it)
_CLERK_PARAGRAPH_RE = re.compile(
    r"\n[ \t]*\n[ \t]*(?P<role>(?:(?:Parish|Town|Deputy|Assistant)[ \t]+)?Clerk)[ \t]*[:–—-][ \t]*"
    r"(?P<name>[^\n]+)(?:\n.*)?",
    re.DOTALL,
)
# "Chairman: M. Cullen" on a line of its own, right before the "Councillors:" label (blank
# lines between): one name after the chair's label, nothing else on the line
# "Chairman Siddall" then "Vice Chairman Lawrence" on lines of their own (no colon), the
# same: the chair's and the vice-chair's lines (two at most) open the list
_CHAIR_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<role>(?:Vice[- ])?Chair(?:man|woman|person)?|Mayor)(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]*){0,3}"
    # "Chair: Cllr Brian Butcher": a given name in full before the family name
    r"(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-zA-Z'’-]+)[ \t.]*\n(?:[ \t]*\n)*[ \t]*\Z"
)
# "Parish Councillors:" under the chair's line: the council's kind before the label's word
_KIND_BEFORE_LABEL_RE = re.compile(r"(?i)(?:parish|town|community)[ \t]+\Z")


def _chair_lines(text: str) -> list[tuple[str, str]]:
    """(role, name) of the chair's lines (``_CHAIR_LINE_RE``) right at the end of ``text``,
    in their printed order; the vice-chair's only under the chair's."""
    found = []
    while len(found) < 2:
        m = _CHAIR_LINE_RE.search(text)
        if m is None:
            break
        found.insert(0, (m.group("role"), m.group("name").strip()))
        text = text[: m.start()]
    if len(found) == 2 and found[1][0].lower().startswith("chair"):
        found = found[1:]  # two chairs: only the line nearest the list is sure
    return found


def _prose_paragraph(text: str, start: int, end: int) -> int:
    """Where the first paragraph in prose (eight words in lower case or more, "and"
    aside: an entry's role, "Clerk and responsible finance officer", has fewer) begins
    between ``start`` and ``end``; ``end`` when there is none."""
    for gap in _PARAGRAPH_BREAK_RE.finditer(text, start, end):
        following = text[gap.end() : end].split("\n\n", 1)[0]
        if len(re.findall(r"\b(?!and\b)[a-z]{3,}\b", following)) >= 8:
            return gap.start()
    return end


_FIRST_MINUTE_RE = re.compile(
    rf"(?m)^[ \t]*(?:item\s+no|(?:{_SLASH_NUMBER}|\d{{1,3}}(?:\.\d{{1,3}})*)(?:\.?[ \t]+|\.(?=[A-Z][a-z]))[A-Z])"
)
_ALSO_PRESENT_RE = re.compile(
    r"(?m)^(?P<names>[^\n]*?)\s+(?:were|was)\s+(?:also\s+(?:present|in\s+attendance)|in\s+attendance)\b"
)
_PLURAL_LIST_RE = re.compile(r"^(?:Cllrs|Councillors)\.?\s+(?:[A-Z]\.?\s*)+[A-Z][a-z]")
# "Councillor Moira Thomas (Mayor) Councillors Graham Davies, Ken Edwards, ...": a list
# opening with one councillor, read only when it names three people or more
_SINGULAR_LIST_RE = re.compile(r"^(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s*)*[A-Z][a-z]")
# "Councillors David Morgan, Brendan Treanor, John Burgess, ... and Samantha Metcalfe.":
# the plural honorific before given names in full, read only as a list (three people or
# more, no word in lower case but "and")
_PLURAL_FULL_NAMES_RE = re.compile(r"^(?:Cllrs|Councillors)\.?\s+[A-Z][a-z]+\s+[A-Z][a-z]")
_PERSON = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][a-zA-Z'’-]+"
_NAME_ROLE_RE = re.compile(
    rf"\s*(?P<name>{_PERSON})\s*,\s*(?P<role>[A-Z][^,]{{2,60}}?)(?=\s+{_PERSON}\s*,|\s*$)"
)
# the entry after a list's last "and" ends it: "..., J Tipping and T Wyse C Pinnells, ..."
_LAST_ENTRY_RE = re.compile(rf"\band\s+{_PERSON}(?:\s*\([^)]*\))?")


def _before_minutes(text: str) -> str:
    """The text before the first numbered minute (all of it when there is none)."""
    m = _FIRST_MINUTE_RE.search(text)
    return text[: m.start()] if m else text


def _also_present(text: str) -> list[PersonEntry]:
    """The people of a sentence that ends "were also present" ("The Town Clerk, Mrs L M
    Phillips, ... and a member of the public were also present"); offices and members of
    the public in it name nobody."""
    m = _ALSO_PRESENT_RE.search(text)
    if m is None:
        return []
    # the sentence's own words: "Absent: A. Bee. The Clerk, Mrs C Dee ... were also present"
    sentences = re.split(
        r"(?<=[A-Za-z)]{2}\.)(?<!Mrs\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!Cllr\.)\s+(?=[A-Z])",
        m.group("names"),
    )
    return split_name_list(sentences[-1])


_ALSO_SENTENCE_RE = re.compile(
    r"\bAlso\s+(?:present|in\s+attendance)\b[^.:;]{0,60}?\b(?:was|were)\s+(?P<names>[^.]+)"
    # "The meeting was also attended in part by Phil Ham (PH) and Val Horler (VH), ..."
    r"|\b[Tt]he\s+meeting\s+was\s+also\s+attended\s+(?:in\s+part\s+|for\s+part\s+of\s+the\s+"
    r"meeting\s+)?by\s+(?P<by>[^.]+)"
)
# "Phil Ham (PH)": a name followed by its own initials, a person even without an honorific
_INITIALLED_PERSON_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’-]+)+)[ \t]*\((?P<ini>[A-Z]{2,3})\)$"
)
_HON_PERSON_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd|Prof|PCSO)\.?(?:\s+[A-Z][\w'’-]*\.?)+"
)


def _also_in_sentence(text: str) -> list[PersonEntry]:
    """The people of a sentence that starts "Also in attendance ... was/were" ("Also in
    attendance for part of the meeting was Mrs Jen Stephenson, Head Teacher and Mr David
    Pearce of the Beekeepers' Society"): in prose, only an entry that opens with an
    honorific names someone ("Head Teacher" is a role), and the name ends at its first word
    in lower case."""
    m = _ALSO_SENTENCE_RE.search(text)
    if m is None:
        return []
    out = []
    for piece in re.split(r"\s*(?:,|;|&|\band\b)\s*", m.group("names") or m.group("by")):
        person = _HON_PERSON_RE.match(piece.strip())
        if person:
            out.extend(split_name_list(person.group(0)))
            continue
        own = _INITIALLED_PERSON_RE.fullmatch(piece.strip())
        if own and "".join(w[0] for w in own.group("name").split()) == own.group("ini"):
            out.append(PersonEntry(own.group("name"), ""))
    return out


# "Two electors present, in addition Howard Davies Clerk": the clerk named after "in
# addition", a given name and a family name (or an honorific and a name), then the office
_IN_ADDITION_RE = re.compile(
    r"\bin\s+addition\s*,?\s+(?:the\s+clerk\s*,?\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][a-z]+|[A-Z]\.?)\s+[A-Z][a-zA-Z'’-]+)"
    r"\s*[,(]?\s*(?:the\s+)?(?P<role>(?:(?:Parish|Town|Community|Council)\s+)?Clerk)\b"
)


# "Locum Clerk: Deborah White": the clerk named on a line of its own, after the office and a
# colon
_CLERK_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<role>(?:(?:locum|acting|deputy|interim|parish|town|assistant)[ \t]+)?"
    r"clerk(?:[ \t]+to[ \t]+the[ \t]+council)?)[ \t]*:[ \t]*"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})"
    r"[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)


def clerk_line(text: str) -> list[PersonEntry]:
    """The clerk named on a line of its own ("Locum Clerk: Deborah White") before the
    minutes: one person, the office as the role; [] where no such line is found or its
    words do not read as a person's name."""
    m = _CLERK_LINE_RE.search(text or "")
    if m is None or not reads_as_person(m.group("name")):
        return []
    return [PersonEntry(m.group("name"), m.group("role"))]


def clerk_in_addition(text: str) -> list[PersonEntry]:
    """The clerk named in a sentence "..., in addition Howard Davies Clerk" (after a count
    of the public present): one person, with the clerk's office as the role; [] for any
    other text (a name after "in addition" without the office names no one who attended)."""
    m = _IN_ADDITION_RE.search(text or "")
    if m is None or not reads_as_person(m.group("name")):
        return []
    return [PersonEntry(m.group("name"), m.group("role"))]


# a list's line that goes on on the next line: it ends with a comma, "and" or "&"
_LIST_GOES_ON_RE = re.compile(r"(?:,|&|\band)[ \t]*$")


def list_lines(para: str) -> tuple[str, str]:
    """(the list, the rest) of a paragraph whose first line opens a list of names with a
    full stop at its end ("Councillors S. Grimes, ..., S. Filer." then "Apologies were
    received from ..."): the list is its lines up to the first that ends in a full stop and
    does not go on with a comma, "and" or "&"; a paragraph whose list's line has no full
    stop at its end is left whole ("", after). Blank lines before the list (the line
    break ending the heading's line) are passed over and kept with it (no text lost)."""
    lines = para.split("\n")
    for k, line in enumerate(lines):
        if not line.strip() and not "".join(lines[:k]).strip():
            continue  # a blank line before the list
        if _LIST_GOES_ON_RE.search(line):
            continue
        rest = "\n".join(lines[k + 1 :])
        if line.rstrip().endswith(".") and rest.strip():
            return "\n".join(lines[: k + 1]), rest
        break
    return para, ""


def _unlabelled(text: str) -> tuple[list[PersonEntry], list[PersonEntry]]:
    """(present, in attendance) printed without labels before the first minute: the first
    paragraph that starts with a plural honorific ("Cllrs B Austin, D Bretherton, ...") is
    the present list, and the lines after it each of one name and a role ("C Pinnells,
    Acting Town Clerk") are those in attendance."""
    paras = re.split(r"\n\s*\n", text)
    for k, para in enumerate(paras):
        para, after = list_lines(para)
        if after:
            # "Councillors S. Grimes, ..., S. Filer." then "Apologies were received from
            # ..." on the next line: the list's lines are its paragraph, the rest another
            paras = [*paras[: k + 1], after, *paras[k + 1 :]]
        flat = " ".join(para.split())
        plural = _PLURAL_LIST_RE.match(flat)
        full_names = not plural and _PLURAL_FULL_NAMES_RE.match(flat)
        if not plural and not full_names and not _SINGULAR_LIST_RE.match(flat):
            continue
        last = _LAST_ENTRY_RE.search(flat)
        end = last.end() if last else len(flat)
        clerk = _CLERK_LAST_RE.search(flat[:end])
        present = split_name_list(flat[: clerk.start() if clerk else end])
        if not plural and (len(present) < 3 or re.search(r"\b[a-z]{3,}\b(?<!\band)", flat)):
            # "Councillor J Bee opened the meeting", "Councillors Ann Bee and Carl Dee
            # reported ...": a sentence, not a list
            continue
        rest = " ".join([flat[end:], *paras[k + 1 :]])
        attending = [PersonEntry(clerk.group("name"), clerk.group("role"))] if clerk else []
        return present, attending + _name_role_pairs(" ".join(rest.split()))
    return [], []


# "Cllr Phillipa Coleman Clerk, Kim Duller" at the end of a list printed without a label:
# the clerk, named after the office, is an officer in attendance, not a member present
_CLERK_LAST_RE = re.compile(
    r"\s+(?P<role>(?:(?:Parish|Town|Deputy|Assistant)\s+)?Clerk)\s*[,:–—-]\s*"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})[\s.]*$"
)


_INITIALLED_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,3})\s*\((?P<initials>[A-Z]{2,4})\)"
    r"(?:\s+(?P<role>[A-Z][a-z]+(?:\s+[A-Za-z]+){0,3}))?"
)
_PUBLIC_COUNT_RE = re.compile(
    r"(?i)^(?:\d+|an?|one|two|three)\s+members?\s+of\s+(?:the\s+)?public$"
)


def _initialled(text: str) -> tuple[list[PersonEntry], list[PersonEntry]]:
    """(present, in attendance) printed without labels before the first minute as names
    each followed by their initials in brackets: "Adrian Harvey (AH), Pam Apperley (PA),
    Tim Over (TO)" is the present list, and "1 member of the public, Liz Parry-Jones (LPJ)
    Clerk" names one in attendance (an entry with an office after its initials). A line is
    read only when every entry is such a name whose initials are its words' first letters
    (or a count of the public): the initials say it is a list of people, nothing else."""
    present: list[PersonEntry] = []
    attending: list[PersonEntry] = []
    for line in text.splitlines():
        pieces = [p.strip(" .") for p in re.split(r",|&|\band\b", line) if p.strip(" .")]
        found = []
        for piece in pieces:
            if _PUBLIC_COUNT_RE.match(piece):
                continue
            m = _INITIALLED_RE.fullmatch(piece)
            words = re.split(r"[ -]", m.group("name")) if m else []
            if not m or "".join(w[0] for w in words) != m.group("initials"):
                found = []
                break
            found.append(m)
        if not found:
            continue
        for m in found:
            role = m.group("role") or ""
            if role and not names_an_office(role):
                return [], []  # words after the initials that are no office: not such a list
            target = attending if role else present
            target.append(PersonEntry(m.group("name"), role))
    if len(present) < 2:
        return [], []
    return present, attending


# "Vice Chairman, Mr P Chilvers in the Chair" then "Mr R Cox." on lines of their own: one
# person a line, an honorific, initials and a family name (the chair's line may name the
# office before the name and "in the Chair" after it)
_PERSON_LINE_RE = re.compile(
    r"(?:(?:Vice[- ])?Chair(?:man|woman|person)?,?[ \t]+)?"
    r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]*){1,3}[A-Z][a-zA-Z'’-]+"
    r"(?:[ \t]+in[ \t]+the[ \t]+[Cc]hair|[ \t]*\((?:Vice[- ])?Chair(?:man|woman|person)?\))?\.?"
)
# a line that names a list of its own ("Apologies:", "Absent", "In attendance"): the lines
# under it are that list's, not the members present
_LIST_LABEL_LINE_RE = re.compile(r"(?i)apolog|absent|attend|present|:\s*$")


def one_name_a_line(text: str) -> list[PersonEntry]:
    """The members present printed without a label, one a line ("Vice Chairman, Mr P
    Chilvers in the Chair", "Mr R Cox.", "Miss P Fytche."): the first run of three lines
    or more that are each one person (``_PERSON_LINE_RE``), read only when the line above
    the run names no list of its own; [] otherwise. A councillor of another council ("District
    Councillor S Avison") is no such line, and ends the run."""
    lines = [ln.strip() for ln in text.split("\n")]
    k = 0
    while k < len(lines):
        if not _PERSON_LINE_RE.fullmatch(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and _PERSON_LINE_RE.fullmatch(lines[end]):
            end += 1
        above = lines[k - 1] if k else ""
        if end - k >= 3 and not _LIST_LABEL_LINE_RE.search(above):
            return [p for line in lines[k:end] for p in split_name_list(line)]
        k = end
    return []


def _name_role_pairs(text: str) -> list[PersonEntry]:
    """ "C Pinnells, Acting Town Clerk G Markland, Neighbourhood Plan Continuity Officer"
    (one pair a line, or the lines run together): [] unless the whole text is such pairs."""
    pairs = list(_NAME_ROLE_RE.finditer(text))
    if not pairs or "".join(m.group(0) for m in pairs).replace(" ", "") != text.replace(" ", ""):
        return []
    return [PersonEntry(m.group("name"), m.group("role").strip()) for m in pairs]


_LIST_SEPARATOR_RE = re.compile(r",\s*|\s+(?:and|&)\s+")
_PROSE_RUN_RE = re.compile(r"\b[a-z][a-z'’-]+\s+[a-z][a-z'’-]+\s+[a-z][a-z'’-]+\b")


def list_before_prose(segment: str) -> str:
    """A list of names in text that lost its lines, up to the first entry after the first
    that runs into prose ("Roberta McNeill, Billy McFarlane and Ina Glover Action Following
    the re-constitution of ..., Mr Iain Jackson, on behalf of ..."): what follows is the
    minutes' text, not the list. Words in brackets are no prose ("(for part of the
    meeting)"), nor is the first entry's lead-in ("Apologies were received from Cllr A")."""
    masked = _BRACKETS_RE.sub(lambda m: " " * len(m.group()), segment)
    seps = list(_LIST_SEPARATOR_RE.finditer(masked))
    for i, sep in enumerate(seps):
        end = seps[i + 1].start() if i + 1 < len(seps) else len(masked)
        entry = masked[sep.end() : end]
        if _PROSE_RUN_RE.search(entry):
            # "... Cllrs Ron Jenkins MBE and Ffion Scourfield. Disclose personal ...": the
            # entry ends with its sentence, where no prose comes before the full stop
            stop = next(
                (m for m in _ENTRY_END_RE.finditer(entry) if not is_honorific(m.group("word"))),
                None,
            )
            if stop and not _PROSE_RUN_RE.search(entry[: stop.start()]):
                return segment[: sep.end() + stop.start("dot")]
            return segment[: sep.start()]
    return segment


# a sentence's end after a name: the name's last word (not an honorific: "Mrs.") and its
# full stop, a capital after it
_ENTRY_END_RE = re.compile(r"(?P<word>[A-Z][a-z'’-]{2,})(?P<dot>\.)(?=\s+[A-Z])")


_INITIALS_AFTER_RE = re.compile(r"^\s*(?:[A-Z][a-z'’-]+\s+){1,3}(?-i:[A-Z]{2,3})\s+[A-Z][a-z]")


# "John Pugh [Chair]", "Moira Edwards [Part 1 of the meeting]": a note in square
# brackets after a name, printed as a bracketed role is
_SQUARE_NOTE_RE = re.compile(r"(?<=[a-z])\s*\[(?P<note>[A-Za-z][A-Za-z0-9 ,.'’-]{0,40})\]")


def square_notes(segment: str) -> str:
    """The segment with each note in square brackets after a name put in round brackets
    ("John Pugh [Chair]" -> "John Pugh (Chair)")."""
    return _SQUARE_NOTE_RE.sub(lambda m: f" ({m.group('note')})", segment)


_NOTE_ENDS_ENTRY_RE = re.compile(r"[A-Za-z][\w'’-]*[ \t]+\([A-Za-z][\w .'’-]{0,30}\)[ \t]*$")
_ENTRY_OPENS_LIST_RE = re.compile(
    r"[ \t]*[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}[ \t]*,"
)


def run_on_lines(segment: str) -> str:
    """A list printed over several lines, each running on into the next (``list_runs_on``:
    a comma, an open bracket or a name broken at the line's end), as one line; any other
    segment as it was."""
    lines = [ln for ln in segment.strip().split("\n") if ln.strip()]
    # "Councillors Roger Davies (Chair)" then "Tony Berrow, John Paul Blundell, ...": a
    # line ending in its entry's bracketed note ends that entry, before the next line's
    lines = [
        f"{a.rstrip()}," if _NOTE_ENDS_ENTRY_RE.search(a) and _ENTRY_OPENS_LIST_RE.match(b) else a
        for a, b in zip(lines, [*lines[1:], ""], strict=False)
    ]
    if (
        len(lines) < 2
        or not all(list_runs_on(a, b) for a, b in zip(lines, lines[1:], strict=False))
        # (each line a part of the list: "HEALTH AND SAFETY" under it is the next minute)
        or not all(re.search(r"[,()]", ln) for ln in lines[1:])
        # (a table's bars, or a label inside the list: "Elected members: ...", are read
        # line by line, as before)
        or re.search(r"[|:]", segment)
    ):
        return segment
    return " ".join(ln.strip() for ln in lines)


# "Fiona Dunbar (FD) Westshire Councillor, ...": a councillor's office after the person's
# initials, parted from them by the list's commas: "Westshire Councillor" is no one
_PLACE_COUNCILLOR_RE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,3}Councillor")


def is_place_councillor(name: str) -> bool:
    """Is an entry only a place and "Councillor" ("Highland Councillor"): an office, not
    a person (an honorific is printed before a name, never after it)?"""
    return _PLACE_COUNCILLOR_RE.fullmatch(" ".join((name or "").split())) is not None


_INITIALLED_ENTRY = r"(?:[A-Z]\.?[ \t]*){1,3}[ \t][A-Z][a-z][\w'’-]*(?:[ \t]*\([^)\n]{1,30}\))?"
_INITIALLED_RUN_LINE_RE = re.compile(
    rf"(?:(?:Councillors|Cllrs)\.?[ \t]+)?{_INITIALLED_ENTRY}(?:[ \t]+{_INITIALLED_ENTRY}){{0,3}}"
)


def _people(segment: str) -> list[PersonEntry]:
    return [p for p in _people_found(segment) if not is_place_councillor(p.name)]


# "Aldermen D Drysdale, A G Ewart and J Tinsley", "Councillors N Anderson, J Baird, ...": a
# paragraph of a present list opening with a group's plural honorific and initials
_GROUP_PARAGRAPH_RE = re.compile(r"(?:Aldermen|Councillors|Cllrs)\.?[ \t]+(?:[A-Z]\.?[ \t]+)+[A-Z]")


def _group_paragraphs(segment: str) -> list[PersonEntry]:
    """ "The Right Worshipful the Mayor Councillor R T Beckett", a blank line, "Aldermen D
    Drysdale, ...", a blank line, "Councillors N Anderson, ...": a list printed as one-line
    paragraphs, one for the mayor and one for each group, is read a paragraph at a time
    (no name runs on from one paragraph into the next); [] unless a paragraph opens with a
    group and every paragraph reads as a list."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", segment) if p.strip()]
    if len(paragraphs) < 2 or any("\n" in p for p in paragraphs):
        return []
    if not any(_GROUP_PARAGRAPH_RE.match(p) for p in paragraphs):
        return []
    found = [split_name_list(p) for p in paragraphs]
    return [p for each in found for p in each] if all(found) else []


def _people_found(segment: str) -> list[PersonEntry]:
    grouped = _group_paragraphs(segment)
    if grouped:
        return grouped
    segment = run_on_lines(square_notes(segment))
    rows = flat_name_org_rows(segment) or flat_slash_rows(segment) or name_comma_rows(segment)
    if rows:
        return rows
    columns = _column_names(segment.split("\n"))
    if columns:
        return columns
    if "\n" not in segment.strip():
        # one line: "Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark."
        found = split_name_list(segment)
        if found or not _INITIALS_AFTER_RE.search(segment):
            return found
        # "Glen Roberts GR Islay McEachern IM Geunda Young GY": names, each followed by its
        # initials, read as the lines of a list are
    lines = [ln for ln in segment.split("\n") if ln.strip() and not _PUBLIC_RE.search(ln)]
    each = [split_name_list(ln) for ln in lines]
    if len(lines) >= 2 and all(len(found) == 1 for found in each):
        # one person a line ("Cllr Cora Jessop" then "Norma Kettle – Parish Clerk"): the
        # line breaks end the entries, never a name run on into the next line's
        return [found[0] for found in each]
    if len(lines) >= 2 and all(_INITIALLED_RUN_LINE_RE.fullmatch(ln.strip()) for ln in lines):
        # "Councillors: S. McMillan (Chair) T. Hill (Vice Chair)" then "A. Winslow H. Blagg":
        # initialled names two or three to a line, no commas between them; each line is a
        # list of its own, and no name runs on into the next line's
        return [p for found in each for p in found]
    cleaned = _BRACKETS_RE.sub(" ", segment)
    if "\n" not in cleaned.strip():
        cleaned = re.sub(r",\s*|\s+and\s+", "\n", cleaned.strip().rstrip("."))
    lines = [ln for ln in cleaned.split("\n") if ln.strip() and not _PUBLIC_RE.search(ln)]
    entries, _ = parse_people(lines)
    return entries


_ROLE_THEN_NAME_RE = re.compile(
    rf"(?P<role>[A-Z][A-Za-z ]{{2,60}}?)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_INITIALS_NAME})"
)


_COUNT_OF_PUBLIC_RE = re.compile(
    r"\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+members?\s+of\s+"
    # ("2 Members of the public and Sarah Gresty-Parish Clerk.": the count ends at "and" and
    # a name)
    r"the\s+public(?:\s+and(?=\s+[A-Z])|[^,;\n]*$|[^,;\n]*[,;])",
    re.IGNORECASE,
)


# one of the public named: an honorific, initials, a family name (nothing else, so that
# the run of names is closed even in text flattened onto one line)
_PUBLIC_NAME = r"(?-i:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s*){0,3}[A-Z][a-z][\w'’-]*)"
# "... and J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis.": members of
# the public named after their count at a present list's end, each with an honorific
_NAMED_PUBLIC_RE = re.compile(
    r"(?<=[.,;])\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+members?\s+of\s+"
    rf"the\s+public\s*[:,–-]?\s*(?P<names>{_PUBLIC_NAME}(?:\s*(?:,|&|\band\b)\s*{_PUBLIC_NAME})*)"
    r"\s*\.?$",
    re.IGNORECASE,
)


def named_public(part: str) -> tuple[str, list[PersonEntry]]:
    """(the list before, the people named) for a present list ending in a count of the
    public followed by their names ("2 members of the Public Miss S. Reynolds and Mr
    Jarvis."): those named attended, never as members; (part, []) where anything but
    honorifics, initials and family names follows the count (the run of names must end
    the list, so it is read the same in text flattened onto one line)."""
    m = _NAMED_PUBLIC_RE.search(part.rstrip())
    if m is None:
        return part, []
    found = split_name_list(m.group("names"))
    if not found or not all(is_honorific(p.name.split()[0].rstrip(".")) for p in found):
        return part, []
    return part[: m.start()], found


# "Chair: Ms Nadine Evans Cllrs: Mr I Farrington, ... Clerk: Ms Julia Hancox": the parts of
# "Mayor (Councillor J Montgomery)": an office, then its holder's name in brackets
_OFFICE_THEN_NAME_RE = re.compile(
    r"^(?P<role>(?:(?:Deputy|Vice)[- ])?(?:Lord\s+)?(?:Mayor|Chair(?:man|woman|person)?))\s*"
    r"\((?P<name>(?:Councillor|Cllr|Alderman)\.?\s+[^()]+)\)"
)


# one attendance list, each under a label of its own
_SUB_LABEL_RE = re.compile(
    r"(?<![\w-])(?P<label>(?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|woman|person)?|Mayor)|Cllrs|"
    r"Councillors|Members|(?:(?:Parish|Town|Deputy|Assistant)\s+)?Clerk|Officers?|RFO)\s*:\s*"
    # "Chairman Cllr Mrs Ridger" over "Vice-Chairman Cllr Guthrie" over "Cllrs: Brader, ...":
    # the chair's office opening a line of the list, before a councillor's honorific, is the
    # label of that line without its colon
    r"|(?m:^)[ \t]*(?P<label_line>(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|woman|person)?|Mayor))"
    r"[ \t]+(?=(?:Cllr|Councillor)\.?[ \t])"
)


def _sub_labelled(segment: str) -> str:
    """A present list whose parts have labels of their own ("Chair: Ms Nadine Evans Cllrs:
    Mr I Farrington, Mrs E Ballantyne Clerk: Ms Julia Hancox") as one list, each label
    kept as the role of the names under it ("Ms Nadine Evans (Chair), Mr I Farrington, ...,
    Ms Julia Hancox (Clerk)"); a list with fewer than two such labels is left as it is."""
    marks = list(_SUB_LABEL_RE.finditer(segment))
    if len(marks) < 2:
        return segment
    parts = [segment[: marks[0].start()]]
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(segment)
        part = " ".join(segment[m.end() : end].split()).strip(" ,;")
        label = m.group("label") or m.group("label_line")
        plural = re.fullmatch(r"(?i)cllrs|councillors|members|officers", label)
        if plural and part and re.fullmatch(r"(?i)cllrs|councillors", label):
            # "Cllrs: Brader, Donner, Holland, Mrs Stuart": the plural honorific carries
            # over to the names under it that print none
            part = f"Cllrs {part}"
        parts.append(part if plural or not part else f"{part} ({label})")
    return ", ".join(p.strip(" ,") for p in parts if p.strip(" ,"))


# "Gweneira Raw-Rees (Clerc)", "Delyth Davies (translator)": a name and, in brackets, the
# office its holder attends in (English or Welsh)
_OFFICER_LINE_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2})[ \t]*"
    r"\((?P<role>(?i:[a-z ]{0,20}\b(?:clerk|clerc|translator|cyfieithydd|officer|secretary|"
    r"minute[ -]?taker|ysgrifennydd)))\)[ \t.]*"
)


def officer_line(line: str) -> PersonEntry | None:
    """The person of a line that is only a name and an officer's title in brackets
    ("Gweneira Raw-Rees (Clerc)"), under an in-attendance label; None for any other line."""
    m = _OFFICER_LINE_RE.fullmatch(line.strip())
    return PersonEntry(m.group("name"), m.group("role")) if m else None


# "Julie Ritchie, Police Scotland": a body's name in the list, the person's before it
_BODY_ENTRY_RE = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){0,4}(?:Police|Scotland|Council|Service|Association|Trust|Forum|"
    r"Partnership)|Police\s+[A-Z][a-z]+"
)


def is_body_entry(name: str) -> bool:
    """Is an entry of a list a body's name ("Police Scotland", "Highland Council"), not a
    person (no honorific before it)?"""
    return _BODY_ENTRY_RE.fullmatch(" ".join(name.split())) is not None and not is_honorific(
        name.split()[0]
    )


# "Norma Atlay - Strategic Director of Finance": a person's forename and family name, a
# dash, then the post, one person a line (a table of officers copied out)
_NAME_DASH_POST_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+[A-Z]\.?)?"
    r"(?:\s+(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2})"
    r"\s+[-–—]\s+(?P<role>[A-Z][^\n]{2,})"
)


def _name_dash_post_rows(segment: str) -> list[PersonEntry]:
    """The people of an in-attendance list printed one person a line as "Forename Surname
    - Post" with no honorific, read only where two lines or more are of that form and every
    line of the list is (or starts with an honorific, read as before); [] otherwise."""
    lines = [tidy_line(ln) for ln in segment.split("\n") if ln.strip()]
    rows = [_NAME_DASH_POST_RE.fullmatch(ln) for ln in lines]
    if sum(1 for r in rows if r) < 2:
        return []
    if any(
        not r and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b", ln)
        for r, ln in zip(rows, lines, strict=True)
    ):
        return []
    return [
        PersonEntry(r.group("name"), r.group("role").rstrip(" ,."))
        for r in rows
        if r and not is_body_entry(r.group("name"))
    ]


# "Director of Operations – G Girvan": an office (capitalised words, "of", "and", "for",
# "the" between them), a dash, then a name in initials
_OFFICE_DASH_NAME_RE = re.compile(
    r"[ \t]*(?P<role>[A-Z][A-Za-z&/]*(?:[ \t]+(?:[A-Z][A-Za-z&/]*|and|of|for|the|&))*?)"
    r"[ \t]+[–—-][ \t]+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+){1,3}"
    r"[A-Z][a-zA-Z'’-]+)(?=[ \t]|$)"
)


def office_dash_names(line: str) -> list[PersonEntry]:
    """ "Chief Executive - J Dixon Director of Operations – G Girvan Member Services Manager
    – V Lisk": pairs of an office, a dash and a name in initials, one after the other with
    no comma between, the whole line so; [] unless two pairs or more cover the line and
    each office holds an office word ("Director", "Officer", "Manager")."""
    line = line.strip().rstrip(".")
    out, pos = [], 0
    while pos < len(line):
        m = _OFFICE_DASH_NAME_RE.match(line, pos)
        if m is None:
            return []
        role = m.group("role")
        if not any(_office_word(w) for w in role.split()):
            return []
        out.append(PersonEntry(m.group("name"), role))
        pos = m.end()
    return out if len(out) >= 2 else []


_HONORIFIC_ROW_RE = re.compile(
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]+),"
    r"[ \t]*(?P<role>[^,]+(?:,[ \t]*[^,]+?)?)[ \t]*"
)
_BEFORE_HONORIFIC_RE = re.compile(r"[ \t]+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][a-z])")


def honorific_rows(line: str) -> list[PersonEntry]:
    """ "Mr Colm McQuillan, Director of Housing Services, NIHE Mr Frank O’Connor, Regional
    Manager, NIHE": people of another body on one line, each an honorific and a name, a
    comma, then the post and the body (at most one comma between them), the next person's
    honorific ending the entry; [] unless two entries or more cover the line."""
    chunks = _BEFORE_HONORIFIC_RE.split(line.strip().rstrip("."))
    out = []
    for chunk in chunks:
        m = _HONORIFIC_ROW_RE.fullmatch(chunk)
        if m is None:
            return []
        out.append(PersonEntry(m.group("name"), m.group("role").strip()))
    return out if len(out) >= 2 else []


_BRACKETED_HOLDER_RE = re.compile(
    r"\((?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){0,3}[A-Z][a-zA-Z'’-]+)\)"
)
_POST_OPENING_RE = re.compile(r"\b(?:Head|Director|Chief|Deputy|Assistant|Senior)\b")


def bracketed_holders(line: str) -> list[PersonEntry]:
    """ "Chief Executive Director of Corporate Services Head of Marketing and Communication
    (Mrs C Bethel) Head of Economic Development": a line of posts, one holder named in
    brackets after his post (an honorific, initials, a family name): that person, the post
    from its first word ("Head", "Director", "Chief" ...); the posts named by no one are
    nobody."""
    out = []
    last = 0
    for m in _BRACKETED_HOLDER_RE.finditer(line):
        before = line[last : m.start()]
        opens = list(_POST_OPENING_RE.finditer(before))
        role = before[opens[-1].start() :].strip() if opens else ""
        out.append(PersonEntry(m.group("name"), role))
        last = m.end()
    return out


_ORG_COLON_PERSON_RE = re.compile(
    r"(?P<org>[A-Z][\w&'’-]*(?:[ \t]+(?:&|and|of|for|the|[A-Z][\w&'’-]*)){0,6})[ \t]*:[ \t]*"
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]+)"
    r"(?:,[ \t]*(?P<role>[^,:]+))?"
)


def org_colon_person(line: str) -> list[PersonEntry]:
    """ "DoE Planning Service: Ms Sandra Adams, Planning Officer": a body, a colon, then one
    person of it (an honorific and a name) and the post after a comma."""
    m = _ORG_COLON_PERSON_RE.fullmatch(line.strip().rstrip("."))
    if m is None:
        return []
    role = ", ".join(x.strip() for x in (m.group("role") or "", m.group("org")) if x.strip())
    return [PersonEntry(m.group("name"), role)]


def _in_attendance(segment: str) -> list[PersonEntry]:
    """Only lines that start with an honorific and an initial or name are read; a list on
    one line is split as any one-line list of names; a table of people and their bodies or
    posts as ``name_comma_rows`` reads it, and one of names and posts parted by a dash as
    ``_name_dash_post_rows`` does."""
    rows = name_comma_rows(segment)
    if rows:
        return rows
    dashed = _name_dash_post_rows(segment)
    if "\n" not in segment.strip():
        # "... D Baldwin 2 Members of the Public": the count names nobody
        segment = _COUNT_OF_PUBLIC_RE.sub("", segment)
        one = tidy_line(segment)
        paired = office_dash_names(one) or honorific_rows(one) or org_colon_person(one)
        if paired:
            return paired
        found = [p for p in split_name_list(segment) if not is_body_entry(p.name)]
        last = _ROLE_THEN_NAME_RE.fullmatch(tidy_line(segment).rstrip("."))
        if not found and last:
            # "Clerk to the Council D Baldwin": the office, then the name
            found = [PersonEntry(last.group("name"), last.group("role"))]
        return found
    out = []
    for line in segment.split("\n"):
        line = tidy_line(line)
        if not line or _PUBLIC_RE.search(line):
            continue
        if len(re.findall(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b\.?\s", line)) > 1:
            # several people on one line of the list: "Mrs A B, Clerk, Mr C D Deputy Clerk"
            out.extend(split_name_list(line))
            continue
        m = re.match(
            # "T&W Councillor Jacqui Seymour", "County Cllr A Bee": the council before the
            # honorific is the person's role
            r"^(?P<tier>(?:County|District|Borough|Unitary|Ward|Town|City|[A-Z]{1,4}(?:&[A-Z]{1,4})?)\s+)?"
            r"(?P<hon>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor))\.?\s+(?P<rest>.+)$",
            line,
        )
        if not m:
            holders = bracketed_holders(line)
            if holders:
                out.extend(holders)
                continue
            officer = officer_line(line)
            if officer:
                out.append(officer)
            continue
        words = m.group("rest").split()
        initials = 0
        while initials < len(words) and re.fullmatch(r"[A-Z]\.?", words[initials]):
            initials += 1
        if (
            not initials
            and len(words) >= 2
            and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?[.,]?", w) for w in words[:2])
        ):
            initials = 1  # a forename: "Councillor Jacqui Seymour."
        if not initials or initials >= len(words) or not words[initials][:1].isupper():
            continue
        name = " ".join(words[: initials + 1]).rstrip(",.")
        role = " ".join([(m.group("tier") or "").strip(), *words[initials + 1 :]]).strip(" ,.")
        # ("Mr Nick Caley - Grant Thornton": the dash before the post is no part of it)
        out.append(PersonEntry(f"{m.group('hon')} {name}", role.lstrip("-–— ")))
    return dashed + [p for p in out if p.name not in {d.name for d in dashed}]


# "Borough Councillor C Sampson": the council's tier before the honorific
_RUN_HONORIFIC = rf"(?:{TIER}\s+)?{RUN_HONORIFIC}"
_ONE_NAME = (
    rf"{_RUN_HONORIFIC}\s+(?:{INITIAL}\s+)*"
    # "County Cllr Lewis Barber.": one given name in full, only where the family name after
    # it ends the entry (a comma, "&", "and", a full stop or the line's end), so that "Cllr
    # Purves With the absence ..." still gives Cllr Purves
    rf"(?:[A-Z][a-z]+\s+(?={RUN_FAMILY}(?:\s*[,&.;)]|\s+and\b|\s*$)))?"
    rf"{RUN_FAMILY}"
)
_RUN_RE = re.compile(
    # "... received from Cllr A", and "Apologies from Borough Councillor C Sampson noted."; "An
    # apology for absence was received Cllr A. Bee": "from" left out before an honorific
    r"(?:(?:received|given|submitted|noted|tendered)\s+(?:from|by)|(?-i:\bApologies\s+from)|"
    rf"\b[Aa]polog\w*\b[^.\n]*?\b(?:was|were)\s+received(?=\s+{_RUN_HONORIFIC}\s))\s*:?\s*"
    # ("Councillors Bagwell, Howell, Le Poidevin and Wilkins": a family name's particle)
    rf"(?P<run>{_ONE_NAME}(?:{RUN_JOIN}(?:{_ONE_NAME}|(?:{INITIAL}\s+)*"
    rf"(?:(?:Le|La|De|Du|Van|Von|Di|Da)\s+(?=[A-Z][a-z]))?{RUN_FAMILY}))*)"
)


def _name_run(text: str) -> list[PersonEntry]:
    """The names right after "apologies ... received from", in flattened text: honorific,
    initials and surname, joined by commas, "&" or "and"; the run stops at the first word that
    cannot continue it ("Cllr Purves With the absence ..." gives Cllr Purves)."""
    m = _RUN_RE.search(text or "")
    if m is None:
        return []
    out = []
    honorific = ""
    for name in re.split(r"\s*[,&]\s*|\s+and\s+", m.group("run")):
        name = name.strip()
        hon = re.match(RUN_HONORIFIC, name)
        if hon:
            honorific = hon.group(0)
        elif honorific:
            name = f"{honorific} {name}"
        if name:
            out.append(PersonEntry(name))
    return out


_TITLE_NAMES_RE = re.compile(
    r"(?i)\b(?:received|accepted|given|sent|tendered)\s+from\s+(?P<rest>\S.*)$"
    # "An apology for absence was received Cllr A. Bee, who ...": "from" left out before an
    # honorific
    rf"|\bapolog\w*\b[^.]*?\b(?:was|were)\s+received\s+(?P<direct>(?-i:{MEMBERS_TITLE})\.?\s.*)$"
    # ("2. Apologies for Absence and Reasons Given:- Cllrs R. Francis & S. Shaw.": a colon,
    # a dash after it or not, for the dash)
    rf"|(?:\s[-–—]|:-?)\s+(?P<after>{MEMBERS_TITLE}\b.*)$"
)


# "Cllr. Mrs M Young": one person, an honorific (and a personal title after a
# councillor's), up to three initials and a family name
_HON_PERSON = (
    rf"{MEMBER_TITLE}\.?(?:[ \t]+{PERSONAL_TITLE}\.?)?[ \t]+(?:{INITIAL}[ \t]+){{0,3}}{FAMILY}"
)
# "1. APOLOGIES FOR ABSENCE Cllr. R Silvester, Cllr. E Ashley, Cllr. Mrs M Young. 2. ...":
# the minute's text is the list alone, closed by its stop
_WHOLE_RUN_RE = re.compile(rf"^\s*(?P<run>{_HON_PERSON}(?:{RUN_JOIN}{_HON_PERSON})*)\s*(?:\.\s*)?$")


def names_alone(body_text: str) -> list[PersonEntry]:
    """The people of an apologies minute whose whole text is a list of honorifics and names
    closed by its stop ("Cllr. R Silvester, Cllr. E Ashley, Cllr. Mrs M Young."), read even
    where the text was flattened (the stop and the next minute's number end it); [] for a
    minute that says anything else."""
    m = _WHOLE_RUN_RE.match(" ".join((body_text or "").split()))
    return split_name_list(m.group("run")) if m else []


def _item_apologies(title: str, body_text: str, flattened: bool) -> list[PersonEntry]:
    """The people an apologies minute names: in flattened text only the run of names right
    after "received from"; otherwise the minute's lines, or, when the minute is its title
    alone ("1. Apologies were received from Dr A Bell", "3. Apologies for Absence – Cllr
    C Dodd"), the names in the title."""
    if flattened:
        return _name_run(body_text) or names_alone(body_text)
    sent = [
        PersonEntry(" ".join(m.group("name").split()), "")
        for m in _SENT_APOLOGIES_RE.finditer(body_text)
    ]
    if sent:
        return sent  # "132.1 Councillor Cole sent his apologies which were accepted."
    # a paragraph of prose saying nothing of apologies ("It was also acknowledged that
    # Ward Councillor R. Sands was attending a meeting elsewhere ...") names no one who
    # sent them
    body_text = "\n".join(
        ln
        for ln in body_text.split("\n")
        if not (PROSE_OPENING_RE.match(ln.strip()) and not re.search(r"(?i)apolog", ln))
    )
    body = body_text.strip()
    if body and "\n" not in body:
        # one line: the run after "received from", else the line's list up to its full stop
        return _name_run(body) or split_name_list(body)
    if body:
        found, _ = parse_apologies(
            body_text.split("\n") if "\n" in body else re.split(r"(?<=\.)\s+", body_text),
            frozenset(),
        )
        return found
    m = _TITLE_NAMES_RE.search(title)
    if m and m.group("after") and re.search(r"\b(?!and\b)[a-z]{3,}", m.group("after")):
        return []  # "– Councillor E Wilson will be attending": a sentence, not a list
    if m:
        return split_name_list(m.group("rest") or m.group("direct") or m.group("after"))
    return []


# "132.1 Councillor Cole sent his apologies which were accepted.": one councillor (an
# honorific, initials and a family name) opening a sentence of an apologies minute
# ("25/101 To receive apologies and reasons for absence: Cllr Todd sent apologies which
# were accepted.": after the agenda's words and a colon too)
_SENT_APOLOGIES_RE = re.compile(
    r"(?m)(?:^|(?<=[.;:])\s+)[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[ \t]+)?"
    r"(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]*){0,3}[A-Z][a-z'’-]+)"
    r"[ \t]+(?:had[ \t]+)?sent[ \t]+(?:(?:his|her|their)[ \t]+)?apologies\b"
)


# ("(Apologies for absence were received from Councillors L Ali, ... and A P T Stone)": the
# sentence in brackets under the list of those present, the same)
_APOLOGIES_SENTENCE_RE = re.compile(
    r"(?m)^[ \t]*(?P<open>\()?Apologies(?:\s+for\s+absence)?\s+(?:were|was)\s+(?:received|given|"
    r"tendered|submitted|sent)\s+(?:from|by)\s(?(open)[^\n)]*(?=\)[ \t.]*$)|[^\n]*)"
)


# "Other Apologies were received from Cllr. Charlotte Vernon.": a sentence opening a
# paragraph of the apologies minute, or after a sentence's end, after the apologies its
# title or first sentence names
_OTHER_APOLOGIES_RE = re.compile(
    r"(?im)(?:^|(?<=[.;]))[ \t]*other[ \t]+apologies[ \t]+(?:were|was)[ \t]+received[ \t]+from[ \t]+[^\n]*"
)


def other_apologies(text: str) -> list[PersonEntry]:
    """The people of each sentence of ``text`` (an apologies minute's text) opening "Other
    apologies were received from ..." (at a line's start or after a stop); [] where there
    is none."""
    return [
        p for m in _OTHER_APOLOGIES_RE.finditer(text or "") for p in split_name_list(m.group(0))
    ]


def _apologies_sentence(items: list[ItemDraft]) -> list[PersonEntry]:
    """ "134. Personal Matters" then "Apologies were received from Cllrs Malcolm Davies,
    Mrs Shirley Matthews, ...": a minute not titled apologies whose text opens a paragraph
    with that sentence; read only where no apologies list was found."""
    for item in items:
        m = _APOLOGIES_SENTENCE_RE.search(item.minutes_text)
        if m:
            return split_name_list(m.group(0).strip().lstrip("("))
    for item in items:
        found = welsh_apologies(item.minutes_text)
        if found:
            return found
    return []


# "Roedd ymddiheuriadau gan y Cyng Robin Hughes, a mynegwyd ...", "Derbyniwyd
# ymddiheuriadau am absenoldeb gan Cyng. A Bee a C Dee.": apologies ("ymddiheuriadau")
# were had, received, from ("gan") the people named, in a Welsh sentence; the list ends at
# the sentence's end, at a Welsh "and" opening another clause (", a mynegwyd ...") or at
# an English half after a slash
_WELSH_APOLOGIES_RE = re.compile(
    r"(?i)\b(?:roedd|cafwyd|derbyniwyd)[ \t]+ymddiheuriadau(?:[ \t]+am[ \t]+absenoldeb)?"
    r"[ \t]+gan[ \t]+(?:y[ \t]+)?(?P<list>(?-i:[A-Z])[^\n/]*?)"
    # (not the stop of "Cyng." or of an initial)
    r"(?=,?[ \t]+a[ \t]+(?-i:[a-z])|(?<!Cyng)(?<!Cllr)(?<!Mr)(?<!Mrs)(?<!Dr)(?<![\s.][A-Z])[.;](?:\s|$)|"
    r"[ \t]*/|[ \t]*$)"
)


def welsh_apologies(text: str) -> list[PersonEntry]:
    """The people of a Welsh sentence of apologies (``_WELSH_APOLOGIES_RE``), or []."""
    m = _WELSH_APOLOGIES_RE.search(text or "")
    return split_name_list(m.group("list")) if m else []


# "Mr M Storey – County Councillor": one person (an honorific, initials, a family name),
# a dash, then the person's role
_DASH_ROLE_LINE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?[ \t]+(?:[A-Z]\.?[ \t]*){1,3}[A-Z][a-zA-Z'’-]+"
    r"[ \t]+[–—-][ \t]+[A-Z]"
)


# "Clerk – Miss Sarah Kulwicki", "County Councillor – Micheal Brookes": a role that names
# an office, a dash, then one person (an honorific, a given name or initials, a family name)
_ROLE_DASH_NAME_RE = re.compile(
    r"^(?P<role>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3})[ \t]+[–—-][ \t]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z][a-z]+|(?:[A-Z]\.?[ \t]*){1,3})"
    r"[ \t]+[A-Z][a-zA-Z'’-]+)[ \t.]*$"
)


def role_dash_name(line: str) -> PersonEntry | None:
    """The person of a line "ROLE – NAME" whose role names an office ("Clerk – Miss Sarah
    Kulwicki", "County Councillor – Micheal Brookes"), or None (a line in prose, or a role
    that names no office: "Financial report – The clerk informed ...")."""
    m = _ROLE_DASH_NAME_RE.match(tidy_line(line))
    if m is None or not names_an_office(m.group("role")):
        return None
    return PersonEntry(" ".join(m.group("name").split()), m.group("role"))


def officers_after_present(text: str) -> list[PersonEntry]:
    """The people on the lines right after a present list, each one person, a dash and a
    role that names an office ("Mr M Storey – County Councillor 9 members of the public":
    a count of the public after it names nobody): those in attendance; the lines end at the
    first that is no such line. A paragraph of its own right under the list whose entries
    each name an office (``officers_line``) is read likewise."""
    out = []
    blank_before = False  # a blank line between the present list and this line
    lines = text.split("\n")
    if len(lines) > 1 and not lines[0].strip(" \t.,;"):
        lines = lines[1:]  # the rest of the list's own line
    for line in lines:
        line = tidy_line(line)
        if not line:
            blank_before = True
            continue
        listed = officers_line(line) if blank_before and not out else []
        if listed:
            # "Ward Councillor Fagan, Parish Clerk Mark Hearne and four residents." in a
            # paragraph of its own under the present list: officers and guests, each named
            # with an office, and no label (a line right under the list, no blank line
            # between, goes on the list as printed: "Mrs M. Jones (Clerk) and 5 members of
            # the public.", Edingale, where the keys count the clerk present)
            out.extend(listed)
            continue
        role_first = role_dash_name(line)
        if role_first:
            # "Clerk – Miss Sarah Kulwicki": the role first, likewise
            out.append(role_first)
            continue
        if not _DASH_ROLE_LINE_RE.match(line):
            break
        found = split_name_list(_COUNT_OF_PUBLIC_RE.sub("", line))
        if len(found) != 1 or not names_an_office(found[0].role_text):
            break
        out.append(found[0])
    return out


# "District Cllrs Burley and Cawrey were present", "Clerk to Council, Mrs S Knowles and
# Assistant Clerk to Council, Mrs R Fraser were present": a sentence on a line of its own
# whose people are the subject of "were present" / "was in attendance"
# (a full stop only after an honorific's or an initial's letters: "Mr. John Robinson")
_WERE_PRESENT_LINE_RE = re.compile(
    r"^(?P<people>[A-Z](?:[^.;:\n]|(?<=\bMrs)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\."
    r"|(?<=\bCllr)\.|(?<=\bCllrs)\.|(?<=\b[A-Z])\.){2,200}?)[ \t]+(?:was|were)[ \t]+"
    r"(?:also[ \t]+)?(?:present|in[ \t]+attendance)[ \t]*\.?$"
)
# "Mr. John Robinson Parish Clerk was also in attendance": the person's office printed after
# the name with no comma or bracket, read as the person's role
_OFFICE_AFTER_NAME_RE = re.compile(
    r"[ \t]+(?P<office>(?:(?:Parish|Town|Assistant|Deputy|Locum)[ \t]+)?Clerk"
    r"(?:[ \t]+to[ \t]+the[ \t]+(?:Parish[ \t]+|Town[ \t]+)?Council)?|RFO|"
    r"Responsible[ \t]+Financial[ \t]+Officer)$"
)
# the council a councillor sits on, printed before the honorific: "District Cllrs ..."
_TIER_BEFORE_RE = re.compile(
    r"^(?P<tier>(?:County|District|Borough|Unitary|Ward|City|Town)(?:[ \t]+and[ \t]+"
    r"(?:County|District|Borough|Unitary|Ward|City|Town))?)[ \t]+(?=(?:Cllrs?|Councillors?)\b)"
)
# a sentence naming no one ("No members of public were present", "The Town Clerk was
# present"): no person's honorific or initial in it
_NAMED_PERSON_RE = re.compile(
    r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]*){0,3}[A-Z][a-z]"
)


# "No members of public were present": the public, with "the" or without
_ANY_PUBLIC_RE = re.compile(r"(?i)\bmembers?\s+of\s+(?:the\s+)?public\b|\bpress\b")


def were_present_people(line: str) -> tuple[str, list[PersonEntry]]:
    """The people of one line "PEOPLE were present" ("District Cllrs Burley and Cawrey were
    present"), with the council a councillor sits on ("District") as the tier of each: a
    pair (tier, people); ("", []) for a line of another shape, or one naming no person
    ("No members of public were present", "The Town Clerk was present")."""
    m = _WERE_PRESENT_LINE_RE.match(tidy_line(line))
    if m is None or _ANY_PUBLIC_RE.search(m.group("people")):
        return "", []
    people = m.group("people")
    if not _NAMED_PERSON_RE.search(people):
        return "", []
    tier = _TIER_BEFORE_RE.match(people)
    if tier:
        people = people[tier.end() :]
    office = _OFFICE_AFTER_NAME_RE.search(people)
    if office and office.start() > 0:
        people = f"{people[: office.start()]} ({office.group('office')})"
    found = split_name_list(people)
    if not found or any(len(p.name.split()) > 5 for p in found):
        return "", []
    label = tier.group("tier") if tier else ""
    role = f"{label} Councillor" if label else ""
    return label, [PersonEntry(p.name, p.role_text or role) for p in found]


def were_present_lines(text: str) -> list[PersonEntry]:
    """Those in attendance printed under a present list as sentences, one a line, with no
    label ("District Cllrs Burley and Cawrey were present" then "Clerk to Council, Mrs S
    Knowles ... were present"): the lines right after the list, up to the first that is no
    such sentence; a line counting the public ("No members of public were present") is
    passed over. They are never read as members present: the present list names those."""
    out: list[PersonEntry] = []
    lines = text.split("\n")
    if len(lines) > 1 and not lines[0].strip(" \t.,;"):
        lines = lines[1:]  # the rest of the list's own line
    for line in lines:
        line = tidy_line(line)
        if not line:
            if out:
                break
            continue
        if _ANY_PUBLIC_RE.search(line) and not _NAMED_PERSON_RE.search(line):
            continue
        _, found = were_present_people(line)
        if not found:
            break
        out.extend(found)
    return out


def were_present_after(text: str) -> tuple[str, list[PersonEntry]]:
    """A list's text cut before its first line that is a sentence of those in attendance
    ("56/18 Apologies: – Cllr Jean Loverance (work)" then "Mr. John Robinson Parish Clerk was
    also in attendance."): the list's own text, and the people of those sentences (read by
    ``were_present_lines``). The sentence is never part of the list above it."""
    lines = (text or "").split("\n")
    for k, line in enumerate(lines[1:], 1):
        if were_present_people(line)[1]:
            return "\n".join(lines[:k]), were_present_lines("\n".join(lines[k:]))
    return text, []


# words of a minute's heading that are no part of anyone's name ("Public Participation",
# "Apologies", "Declarations of Interest", "Matters Arising")
_HEADING_WORD_RE = re.compile(
    r"(?i)\b(?:public|participation|forum|questions?|session|apologies|declarations?|"
    r"interests?|minutes|matters|arising|welcome|introductions?|reports?|agenda|business|"
    r"correspondence|finance|planning)\b"
)


# a heading's line: up to six words, each with its capital letter or a small joining word,
# no comma or colon ("Public Participation", "Declarations of Interest")
_HEADING_LINE_RE = re.compile(
    r"[A-Z][\w'’]*(?:[ \t]+(?:[A-Z][\w'’]*|of|and|for|the|to|&)){0,5}[ \t]*\.?"
)


def cut_at_heading_line(part: str) -> str:
    """A present list printed one name a line ("Bill Abram" ... "Parish Clerk David
    Maughan") up to the first line that is a minute's heading and no person ("Public
    Participation", "Apologies"): the heading and what follows it are the minutes', not the
    list's. A line with an honorific ("Cllr Public"), a comma, a colon or words in lower
    case ("Alexandria: Apologies from ...") is a person's or a list's, and is kept; so is
    the list's first line."""
    lines = part.split("\n")
    for k, line in enumerate(lines[1:], start=1):
        words = tidy_line(line)
        if (
            _HEADING_LINE_RE.fullmatch(words)
            and _HEADING_WORD_RE.search(words)
            and not _NAMED_PERSON_RE.search(words)
        ):
            return "\n".join(lines[:k]).rstrip()
    return part


# "Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5 members of the
# public. The meeting commenced ...": a list closed by its count of the public and a stop
_CLOSED_BY_COUNT_RE = re.compile(
    r"^(?P<list>(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bCllr)\.|(?<=\bMrs)\.|(?<=\bMr)\.|(?<=\bMs)\.|"
    r"(?<=\bDr)\.)*?),?\s+(?:and|&)\s+(?:\d{1,3}|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|\w+teen|twenty)\s+members?\s+of\s+the\s+"
    r"public\s*\.(?:\s|$)",
    re.IGNORECASE,
)


def closed_by_public_count(part: str) -> str:
    """The list of an "Also present:" label whose text was flattened onto one line, where
    the list is closed by "and N members of the public." (its stop ends the list, whatever
    prose follows): the list before the count; "" where no such count closes it (then who
    attended cannot be told from the prose after it). Initials' stops ("Cllr. B Bishop")
    are a name's, not the list's end."""
    m = _CLOSED_BY_COUNT_RE.match(" ".join(part.split()))
    return m.group("list").strip(" ,") if m else ""


# one entry of a list standing alone: the council's tier, an honorific (two: "Cllr Mrs J
# Seymour"), initials ("S.Dale", "J H"), and one to three capitalised words of a name
_ALONE_WORD = r"[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z][a-z]+)?"
_ALONE_ENTRY_RE = re.compile(
    r"(?:(?:County|District|Borough|Town|City|Ward|Unitary)\s+)?"
    rf"(?P<hon>{MEMBERS_TITLE}\.?\s+(?:{PERSONAL_TITLE}\.?\s+)?)?"
    r"(?P<initials>(?:[A-Z]\.\s*|[A-Z]\s+)*)"
    rf"(?P<words>{_ALONE_WORD}(?:\s+{_ALONE_WORD}){{0,2}})"
)
# "6", "2 members of the public", "3 other residents": a count, which names nobody
_ALONE_COUNT_RE = re.compile(
    r"(?i)(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:other\s+)?(?:members?\s+of\s+the\s+(?:public|press)|residents?|parishioners?))?|none"
)


# the stop that ends a list's sentence: after a closing bracket or a word of two letters or
# more (never an initial's), a capital after it
_ALONE_STOP_RE = re.compile(r"(?:\)|\b(?P<word>[A-Z]?[a-z][\w'’-]+))\.\s+(?=[A-Z])")


def list_alone(part: str) -> str:
    """The list of an "In attendance:" label (or "Visitors:", "Members of public:") whose
    text was flattened onto one line, where the list stands alone: its entries parted by
    commas, semicolons, "and" or "&", each a name (an honorific, initials and at most three
    capitalised words; the last, which nothing parts from what follows, at most two) with
    at most a note in brackets after it, or a count of the public, and nothing else before
    the next label or minute that closed it, or before the stop that ends its sentence
    ("Jackie Bee (Clerk). The Council held a period of silent reflection."), or people
    each with an honorific and an office after a dash (``_dash_rows``). Then no word
    of the minutes can have run into it, and its people are read as on lines: the list.
    "" where any entry is not such a name (a word in lower case, a role after a dash, a
    heading's word such as "Welcome" or "Public", a bracket with more after it), for then
    where the list ends cannot be told."""
    text = " ".join(part.split())
    if _entries_alone(text):
        return part.strip()
    rows = _dash_rows(text)
    if rows:
        return rows
    stop = _ALONE_STOP_RE.search(text)
    if stop is None or is_honorific(stop.group("word") or ""):
        return ""
    sentence = text[: stop.end()].rstrip()
    return sentence if _entries_alone(sentence) else ""


# "Mr A Mitchell – Development Manager": an honorific, initials or a forename, the family
# name, a dash and the office (capitalised words, "and", "of", commas, "&" or "/")
_DASH_ROW = (
    r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)*(?:[A-Z][a-z][\w'’-]*\s+)?[A-Z][a-z][\w'’-]*"
    r"\s*[–—-]\s+"
)
_DASH_ROW_RE = re.compile(_DASH_ROW + r"[A-Z][\w'’/-]*(?:,?\s+(?:[A-Z][\w'’/-]*|and|of|&))*")
_DASH_ROW_START_RE = re.compile(r"\s+(?=" + _DASH_ROW + ")")


def _dash_rows(text: str) -> str:
    """ "Mr A Mitchell – Development Manager Mr R Howe – Planning Legal Manager ...": two or
    more people each with an honorific and an office after a dash, one after another and
    nothing else (an office in words of lower case is a sentence's, and leaves them out),
    each on a line of its own as printed; "" otherwise."""
    rows = _DASH_ROW_START_RE.split(text.rstrip(" ."))
    if len(rows) < 2 or not all(_DASH_ROW_RE.fullmatch(row) for row in rows):
        return ""
    return "\n".join(rows)


def _entries_alone(text: str) -> bool:
    """Whether ``text`` is a list of names alone (see ``list_alone``)."""
    text = text.rstrip(" .")
    # ("Jo Smith (Lawyer) and Ann Bee (Clerk)": a note in brackets ends its entry)
    bare = re.sub(r"\s*\([^()]{1,60}\)(?=\s*(?:[,;&]|\band\b|$))", "", text)
    if not bare or "(" in bare or ")" in bare:
        return False
    entries = [e for e in re.split(r"\s*(?:[,;&]|\band\b)\s*", bare) if e]
    for k, entry in enumerate(entries):
        if _ALONE_COUNT_RE.fullmatch(entry):
            continue
        m = _ALONE_ENTRY_RE.fullmatch(entry)
        if not m or _HEADING_WORD_RE.search(entry):
            return False
        if k == len(entries) - 1 and len(m.group("words").split()) > 2:
            return False
    return True


def _opening_apologies(opening: str) -> list[PersonEntry]:
    """ "Councillors S. Grimes, ..." then "Apologies were received from councillors J.
    Stephenson, J. Gully and were formally accepted" on a line of its own before the first
    minute: the sentence's people, read only where no minute gave the apologies."""
    m = _APOLOGIES_SENTENCE_RE.search(opening or "")
    return split_name_list(m.group(0).strip().lstrip("(")) if m else welsh_apologies(opening)


# "(Former O.A.P Hall, Memorial Hall, Burry Port, 7.00pm – 9.00pm)": the venue and the
# meeting's span in brackets under the heading
# An attendance register: every name followed by a code, with the codes' legend after the
# list ("Mr AC Rickards (Chairman) A Mr DR Peake (Vice-Chairman) P (in the chair) ... P =
# present, A = apology, N = non-attendance")
_LEGEND_RE = re.compile(
    r"\b(?P<code>[A-Z])\s*=\s*(?P<meaning>[A-Za-z][A-Za-z -]{2,30}?)(?=\s*(?:,|;|\||$|\b[A-Z]\s*=))"
)
_REGISTER_ENTRY_RE = re.compile(
    r"\s*(?P<name>(?:(?:County|Borough|District|Town|Parish|Ward)\s+)?"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd)\.?\s+(?:[A-Z]{1,3}\.?\s+|[A-Z][a-z]+\s+)?"
    r"[A-Z][a-zA-Z'’-]+)(?P<role>\s*\([^)]*\))?\s+(?P<code>[A-Z])\b(?P<note>\s*\([^)]*\))?"
)


def _coded_register(text: str) -> tuple[list[PersonEntry], list[PersonEntry]] | None:
    """(present, apologies) from a register whose every entry is a name and a code, read
    by the legend printed after it (P = present, A = apology); None unless the whole line
    before the legend is such entries and the legend says which code is which. A code
    meaning neither (N = non-attendance) puts the person in no list."""
    for line in text.split("\n"):
        legend = list(_LEGEND_RE.finditer(line))
        meanings = {m.group("code"): m.group("meaning").lower() for m in legend}
        present = [c for c, w in meanings.items() if w.startswith("present")]
        apology = [c for c, w in meanings.items() if w.startswith("apolog")]
        if not legend or not present or not apology:
            continue
        register = line[: legend[0].start()].strip(" |")
        entries = list(_REGISTER_ENTRY_RE.finditer(register))
        covered = "".join(m.group(0) for m in entries)
        if not entries or covered.replace(" ", "") != register.replace(" ", ""):
            return None  # not every word is a name or a code: never guessed
        if any(m.group("code") not in meanings for m in entries):
            return None
        lists: tuple[list[PersonEntry], list[PersonEntry]] = ([], [])
        for m in entries:
            role = (m.group("role") or "").strip(" ()")
            entry = PersonEntry(" ".join(m.group("name").split()), role)
            if m.group("code") in present:
                lists[0].append(entry)
            elif m.group("code") in apology:
                lists[1].append(entry)
        return lists
    return None


_PRESENT_TITLE_RE = re.compile(r"(?i)(?:(?:members|those|councillors)\s+)?present\s*[:.]?")


# "22/23-141 Record of members Cllrs. John Bavister-Chair, Ian Dair, ... and Sue Robinson"
# then "In attendance: ...": a minute that records the members present, its list run on
# from its title after a plural honorific (up to the next label)
_RECORD_OF_MEMBERS_RE = re.compile(
    r"(?i)^[ \t]*(?:record\s+of\s+(?:members|attendance)|attendance\s+of\s+members)"
    r"[ \t:.–-]+(?P<list>(?-i:Cllrs|Councillors)\.?[ \t]+[^\n]*?)"
    r"(?=[ \t]+(?i:(?:also\s+)?in\s+attendance|apologies|absent)\b|[ \t]*\n|[ \t]*$)"
)


def record_of_members(minutes_text: str) -> list[PersonEntry]:
    """The members present recorded in a minute titled "Record of members" (or "Record of
    attendance", "Attendance of members") whose list runs on from the title after "Cllrs" or
    "Councillors" ("Record of members Cllrs. John Bavister-Chair, Ian Dair and Sue Robinson
    In attendance: ..."), up to the next label or the line's end; [] for any other text."""
    m = _RECORD_OF_MEMBERS_RE.match(minutes_text or "")
    if m is None:
        return []
    return [p for p in split_name_list(m.group("list")) if not _PUBLIC_RE.search(p.name)]


def is_officer(person: PersonEntry) -> bool:
    """True for a person whose role names an officer of the council ("Clerk", "Parish
    Clerk", "RFO", "Clerk and RFO", "Technical Services Officer") and not a member's office
    (a chair, a councillor): an officer attends, and is never a member present."""
    role = person.role_text
    return bool(_OFFICER_ROLE_RE.search(role)) and not re.search(
        r"(?i)\b(?:chair\w*|mayor|councillor|cllr|member)\b", role
    )


_WELCOME_TITLE_RE = re.compile(r"(?i)welcome(?:\s+and\s+introductions?)?\s*[:.]?")
_OFFICER_ROLE_RE = re.compile(r"(?i)\b(?:clerk|officer|rfo|secretary|minute[- ]?taker)\b")


def welcome_list(minutes_text: str) -> tuple[list[PersonEntry], list[PersonEntry]]:
    """(members, officers) of a list of names that opens a minute titled "Welcome"
    ("202 Welcome:B.Tyler(chair),P.Hawks,R.Quinton,...,M.Payton(Clerk) Also in attendance
    ..."): the list up to "Also ..." or the first sentence's end, each entry a person (three
    at least, no prose among them); an entry whose role in brackets names an officer (the
    clerk) is an officer, not a member. ([], []) for a minute that opens in prose ("The
    chairman welcomed everyone ...")."""
    text = " ".join((minutes_text or "").split())
    head = _ALSO_IN_LIST_RE.split(text, maxsplit=1)[0]
    head = re.split(r"(?<=[a-z)])\.\s", head, maxsplit=1)[0]
    if not head or _PROSE_RUN_RE.search(_BRACKETS_RE.sub(" ", head)):
        return [], []
    found = split_name_list(head)
    entries = [e for e in re.split(r",", _BRACKETS_RE.sub(" ", head)) if e.strip()]
    if len(found) < 3 or len(found) != len(entries) or _PUBLIC_RE.search(head):
        return [], []
    officers = [p for p in found if is_officer(p)]
    return [p for p in found if p not in officers], officers


# "In Attendance: with Councillor Nigel Early in the Chair, there were present Councillors:
# Richard Leggott, Peter Robinson": the chair named in the attendance label's sentence, the
# members present listed after it
_CHAIR_THEN_PRESENT_RE = re.compile(
    r"^\s*with\s+(?P<chair>(?:Councillor|Cllr)\.?\s+(?:[A-Z]\.?\s*){0,3}(?:[A-Z][a-z]+\s+)?"
    r"[A-Z][a-zA-Z'’-]+)\s+in\s+the\s+chair\s*[,;]?\s*(?:there\s+)?were\s+present\s*[:.,]?\s*$",
    re.IGNORECASE,
)


def chair_then_present(labels: dict[str, list[str]]) -> dict[str, list[str]]:
    """``labels`` (from ``_labelled``) with a sentence "with Councillor X in the Chair, there
    were present" under an "In Attendance:" label, and the "Councillors:" list after it, read
    as the members present (the chair first, "(Chair)"); the label's other parts stay those
    in attendance. Any other labels as they were."""
    parts = labels.get("in") or []
    m = _CHAIR_THEN_PRESENT_RE.match(parts[0]) if len(parts) >= 2 else None
    if m is None or "present" in labels:
        return labels
    out = dict(labels)
    # (the list's own text kept as the last part: what follows it is read after it)
    out["present"] = [f"{m.group('chair')} (Chair)", parts[1]]
    if parts[2:]:
        out["in"] = parts[2:]
    else:
        del out["in"]
    return out


# "1. Present Helen Blyde. Adrian Snowball. Ian McIntyre, Cllr. Elizabeth Riches and 7 members
# of the public": a name of two or three capitalised words (an honorific before it)
_RUN_ON_NAME = r"(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,2}"
_PRESENT_RUN_ON_TITLE_RE = re.compile(rf"(?i:present)\s+(?P<first>{_RUN_ON_NAME})")
_HONORIFIC_STOP_RE = re.compile(r"\b(Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.\s+")


def present_run_on(title: str, minutes_text: str) -> list[PersonEntry]:
    """The members of a minute "Present" whose list runs on from the title and whose names
    are parted by full stops as well as commas (the title then holds the first name: "Present
    Helen Blyde", the text "Adrian Snowball. Ian McIntyre, Cllr. Elizabeth Riches and 7
    members of the public"). Read from the text's first paragraph up to the first part that
    is not a name alone (the count of the public, a sentence); three names or more, else []."""
    m = _PRESENT_RUN_ON_TITLE_RE.fullmatch((title or "").strip())
    if m is None:
        return []
    first = re.split(r"\n[ \t]*\n", (minutes_text or "").strip())[0]
    run = _HONORIFIC_STOP_RE.sub(r"\1 ", f"{m.group('first')}. {first}")
    out = []
    for part in re.split(r"\.\s+|\s*,\s*|\s+and\s+", run):
        part = part.strip().rstrip(".")
        if not re.fullmatch(_RUN_ON_NAME, part):
            break
        out.append(PersonEntry(part))
    return out if len(out) >= 3 else []


def _present_minute(items: list[ItemDraft]) -> list[PersonEntry]:
    """The people of a numbered minute titled "Present" among the first three ("1. PRESENT"
    then "Cllr A Brown, Mrs Dormer, ..."; "131. Present:"), from its first paragraph only
    (the next says "3 members of the public, Parish Clerk"); read only where no present
    list stands before the minutes. A minute titled "Record of members" among the first
    four, its list run on from its title, likewise (``record_of_members``)."""
    for item in items[:4]:
        # (text flattened from its lines opens with the title; otherwise the title's line
        # holds the list's start and the minute's text its end)
        found = record_of_members(item.minutes_text) or record_of_members(
            f"{item.title} {item.minutes_text}"
        )
        if found:
            return found
    for item in items[:3]:
        if _WELCOME_TITLE_RE.fullmatch(item.title.strip()):
            # "202 Welcome:B.Tyler(chair),P.Hawks,...,M.Payton(Clerk)": the members present
            # listed at the welcome
            members, _ = welcome_list(item.minutes_text)
            if members:
                return members
        run_on = present_run_on(item.title, item.minutes_text)
        if run_on:
            return run_on
        if _PRESENT_TITLE_RE.fullmatch(item.title.strip()) and item.minutes_text.strip():
            first = re.split(r"\n[ \t]*\n|\n(?=[ \t]*\d+\s+members?\b)", item.minutes_text.strip())[
                0
            ]
            return [p for p in _people(first) if not _PUBLIC_RE.search(p.name)]
    return []
