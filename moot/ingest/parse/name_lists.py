"""Lists of people printed on one line, as town and parish minutes print them.

"Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark."
"Cllrs Mike Cain, Julian Evans, Laura Williams and Mrs K Hughes (Clerk to Council)"
"Cllr. N Ramsay; Cllr. Mrs K Clarkson; Cllr John Stone"
"Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell and the Clerk – Adrian Illingworth"

Generic rules (no council's wording):

* the list ends at the end of its sentence (a full stop followed by a word that is not an
  initial): "Apologies received from Cllrs Tarry, Ogden and Johnson. Reasons for absence
  noted" lists three people;
* entries are separated by commas, semicolons, "&" and "and"; bracketed notes ("(Chair)",
  "(leave)") are roles, not names;
* a plural honorific ("Cllrs", "Councillors") carries over to the entries after it that
  have none;
* "NAME – ROLE" and "ROLE – NAME" (a dash) are split, the name being the side that reads as
  a name;
* an entry is kept only if it reads as a name: an optional honorific, then initials or
  capitalised words (two to four in all, or one after an honorific); "2 other residents",
  "one member of the public", "the Clerk" name nobody and are dropped.

Pure: text in, ``PersonEntry`` list out; never raises on any text.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import PersonEntry
from moot.ingest.names import without_accents
from moot.ingest.parse.name_parts import (
    INITIAL,
    LOOSE_FAMILY,
    MEMBER_TITLE,
    PERSONAL_TITLE,
)

HONORIFIC = (
    # "Cyng": the Welsh "Cynghorydd", Councillor
    r"(?:Cllrs?|Councillors?|Cyng|Cynghorydd|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Sir|Dame|PCSO|"
    r"Sergeant|Sgt|Inspector|Insp)"
)
# "County Cllr", "Unitary Cllr", "Ward Cllr": the tier is part of the role, not the name
_TIER_RE = re.compile(
    r"^(?:county|unitary|district|borough|ward|town|city|parish)\s+(?=" + HONORIFIC + r"\b)",
    re.IGNORECASE,
)
_HON_RE = re.compile(
    r"^(?P<hon>(?:" + HONORIFIC + r")\.?)(?:\s+" + PERSONAL_TITLE + r"\.?)?\s+", re.I
)
# ("Aldermen D Drysdale, A G Ewart and J Tinsley": a Northern Irish council's aldermen, a
# plural honorific like "Councillors")
_PLURAL_RE = re.compile(r"^(?:Cllrs|Councillors|Aldermen)\.?:?$", re.IGNORECASE)
_WORD = r"[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)*"
# "A Bee", "Ann Bee", "Ann Carys Bee", and "Ann C. Bee" (a middle initial; "John P Jones",
# its stop left out)
# a family name's lower-case particles: "A. de Costa", "Cllr van der Berg"
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|ter|ten|le|la|ap|ab)"
_NAME_RE = re.compile(
    rf"^(?:(?:{INITIAL}\s*)+\s*)?{_WORD}(?:\s+{_WORD}){{0,2}}$|"
    rf"^{_WORD}\s+(?:[A-Z]\.\s*|[A-Z]\s+)+{_WORD}$|"
    rf"^(?:(?:{INITIAL}\s*)+\s*|{_WORD}\s+)?(?:{_PARTICLE}\s+){{1,2}}{_WORD}$"
)
_SENTENCE_END_RE = re.compile(r"(?P<word>\S*)\.\s+(?=[A-Z][a-z])")
# an entry of a list: a personal title or "Cllr" (not "Councillor"), one to three
# initials and a family name
_LISTED_PERSON = rf"(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+(?:{INITIAL}\s*){{1,3}}\s*{LOOSE_FAMILY}"
# "Mrs. R Pawley, Mr. A Tait. Mr. S Tyack, Mr. N Jackson": a stray stop between two
# entries, the next entry an honorific, initials and a family name before a comma, "and"
# or a bracketed role (never a sentence: "Mr. Tait reported ...")
_STRAY_STOP_RE = re.compile(
    rf"(?<=[a-z]{{2}})\.\s+(?={_LISTED_PERSON}"
    r"(?=\s*(?:,|&|\band\b|\btogether\s+with\b|\()))"
)
_ENTRY_BEFORE_RE = re.compile(rf"(?:^|[,;]\s*){_LISTED_PERSON}$")


def _stray_stop(m: re.Match[str]) -> str:
    """ ", " for a stray stop between two entries of the same form (the entry before it an
    honorific, initials and a family name, after a comma or at the list's start, like the
    entry after it); the stop as it was otherwise."""
    return ", " if _ENTRY_BEFORE_RE.search(m.string, 0, m.start()) else m.group(0)


_INTRO_RE = re.compile(
    r"^.*?\b(?:received|accepted|given|sent|tendered|submitted|noted|intimated)\s+"
    r"(?:from|by|on\s+behalf\s+of)\s*:?\s*",
    re.IGNORECASE,
)
# ("Cyng. Berwyn Hughes, Hedd Pugh": "Cyng", the Welsh Councillor's short form)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "cllr", "cllrs", "rev", "revd", "prof", "cyng"}
# entries are separated by commas, semicolons, "&" and "and", and by a bracketed note's
# end before the next name: "G Jones (Mayor) L Asman (Deputy Mayor), R Blackburn"
_SPLIT_RE = re.compile(
    r"\s*(?:[,;]|&|\band\b|\btogether\s+with\b)\s*|(?<=\))\s+(?=(?:" + INITIAL + r"\s+)*[A-Z][a-z])"
)
# "NAME – ROLE", and "NAME -ROLE" (the space after the dash lost; a hyphen with no space
# before it joins a double-barrelled name: "Burke-Lloyd")
_DASH_RE = re.compile(r"\s+[–—-]\s+|\s+[–—-](?=[A-Z][a-z])")
_NOBODY_RE = re.compile(
    r"\b(?:members?\s+of\s+the\s+public|residents?|parishioners?|press|none|nobody|"
    r"no\s+one|other|others)\b|^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice",
    "clerk",
    "mayor",
    "deputy",
    "officer",
    "council",
    "the",
    "to",
    "of",
    "and",
    "parish",
    "town",
    "finance",
    "responsible",
    "assistant",
}
# Words that name an office or a body, never a person: an entry made only of these (and
# honorifics) is a post someone holds ("the Clerk", "Responsible Finance Officer",
# "Project Officer"), not a name. Never invent a person from a role.
OFFICE_WORDS = frozenset(
    {
        *_ROLE_WORDS,
        "acting",
        "administrator",
        "administration",
        "chief",
        "committee",
        "councillor",
        "councillors",
        "county",
        "district",
        "executive",
        "financial",
        "head",
        "lengthsman",
        "manager",
        "member",
        "members",
        "minute",
        "mayoress",
        "officers",
        "police",
        "project",
        "rfo",
        "secretary",
        "services",
        "technical",
        "translator",
        "treasurer",
        "ward",
    }
)
_HONORIFIC_WORD_RE = re.compile(rf"^{HONORIFIC}\.?$", re.IGNORECASE)
# Words of a label or of a seat's state, never of a person's name: "Other apologies:" run
# on after a list ("Cllr R Bealey Other"), "Casual Vacancy", "Vacant". A name holding one is
# a label read as a name, and where the name stops cannot be told.
LABEL_WORDS = frozenset({"other", "others", "vacancy", "vacancies", "vacant"})


def _office_word(word: str) -> bool:
    return word.lower().strip(".,;:()") in OFFICE_WORDS


def names_an_office(name: str) -> bool:
    """True when ``name`` is only office words and honorifics ("officer", "Town Clerk",
    "Cllr Chairman", "Responsible Finance Officer"): a post, not a person."""
    words = re.findall(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?", name or "")
    words = [w for w in words if not _HONORIFIC_WORD_RE.match(w)]
    return bool(words) and all(_office_word(w) for w in words)


# Office words that are also common family names: after initials ("Cllr J Head", "M.
# Ward") the word is the person's family name, never an office. After an honorific alone
# only "Ward" is ("Cllr Ward": "ward" names no post by itself), not "Head", which opens a
# post's title ("Cllr Head of ...")
_FAMILY_OFFICE_WORDS = {"head", "ward"}
_FAMILY_AFTER_TITLE_WORDS = {"ward"}
_INITIALS_THEN_WORD_RE = re.compile(
    rf"^(?:{HONORIFIC}\.?\s+)*(?:{INITIAL}\s*){{1,3}}\s(?P<word>\S+)$|"
    rf"^(?:{HONORIFIC})\.?\s+(?P<alone>[A-Z][a-z]+)$"
)


def family_name_of_office_word(name: str) -> bool:
    """True for a name of initials (after any honorific) and one word that is both an
    office word and a common family name ("Cllr J Head", "M. Ward"), or of an honorific
    and "Ward" alone ("Cllr Ward"): a person; "Head", "Cllr Head" or "Ward Councillor"
    stay offices."""
    m = _INITIALS_THEN_WORD_RE.match(" ".join((name or "").split()))
    if m is None:
        return False
    if m.group("alone"):
        return m.group("alone").lower() in _FAMILY_AFTER_TITLE_WORDS
    return m.group("word").lower() in _FAMILY_OFFICE_WORDS


def reads_as_person(name: str) -> bool:
    """False for an office ("officer", "Town Clerk", "Cllr Chairman"), for a name that
    ends in an office word ("J Smith Link Officer", "Sarah Finance"): there the reader could
    not tell where the name stopped and the post began, and a guess would invent a family
    name; and for a name holding a label word (``LABEL_WORDS``: "Casual Vacancy", "Cllr R
    Bealey Other"). Honorifics and initials alone ("Mr J") are no name either."""
    words = (name or "").split()
    if family_name_of_office_word(name):
        return True  # "Cllr J Head": a family name, not the office
    if not words or _office_word(words[-1]) or names_an_office(name):
        return False
    if any(w.lower().strip(".,;:()") in LABEL_WORDS for w in words):
        return False
    return not all(
        _HONORIFIC_WORD_RE.match(w) or re.fullmatch(rf"(?:{INITIAL})+,?", w) for w in words
    )


def people_only(entries: list[PersonEntry]) -> list[PersonEntry]:
    """The entries that read as a person (``reads_as_person``), whatever parser read them:
    no role word is ever imported as someone's name."""
    return [e for e in entries if reads_as_person(e.name)]


def _as_name(text: str) -> tuple[str, str] | None:
    """(honorific, bare name) if ``text`` reads as one person's name, else None."""
    text = _TIER_RE.sub("", text.strip(" .:"))
    hon = ""
    m = _HON_RE.match(text)
    if m:
        hon = " ".join(w.rstrip(".") for w in m.group(0).split())
        text = text[m.end() :]
    text = text.strip(" .")
    # ("Siân", "Gwenllïan": the pattern's plain letters stand for accented ones too)
    if not text or not _NAME_RE.match(without_accents(text)):
        return None
    words = text.replace(".", ". ").split()
    full_words = [w for w in words if len(w.strip(".")) > 1]
    if all(w.strip(".").isupper() and len(w.strip(".")) <= 4 for w in full_words):
        return None  # "Cllr HF": someone's initials used as a short name, not a name
    if (
        len(full_words) > 1
        and len(words) > len(full_words)
        and not re.fullmatch(r"[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z][\w'’-]+", " ".join(words))
        and (len(full_words) > 2 or any(_office_word(w) for w in full_words))
    ):
        # initials, then one family name: "Mr F Mardle Finance Officer" is a name and a
        # role; "R. Emlyn Williams" (an initial, a given name, a family name, no office) and
        # "Elen H. Edwards" are names
        return None
    if not full_words:
        return None
    if all(w.lower().strip(".") in _ROLE_WORDS for w in full_words):
        return None
    if not hon and len(words) < 2:
        return None
    return hon, " ".join(text.split())


def _name_then_role(text: str, roles: list[str]) -> tuple[str, str] | None:
    """ "Mr D L Nicholson Deputy Parish Clerk": an honorific, initials and one family name,
    then the role (added to ``roles``)."""
    text = _TIER_RE.sub("", text.strip(" .:"))
    m = _HON_RE.match(text)
    if not m:
        return None
    words = text[m.end() :].split()
    k = 0
    while k < len(words) and re.fullmatch(rf"(?:{INITIAL})+", words[k]) and len(words[k]) <= 4:
        k += 1
    if not k or k >= len(words) or not re.fullmatch(_WORD, words[k].strip(",")):
        return None
    rest = words[k + 1 :]
    if len(rest) == 1 and re.fullmatch(_WORD, rest[0].strip(".,")) and not _office_word(rest[0]):
        # "Mr J Alun Foulkes": an initial, a given name and the family name (one more word
        # that names no office is the name's own, not a role)
        words = [*words[: k + 1], rest[0].strip(".,")]
        return " ".join(w.rstrip(".") for w in m.group(0).split()), " ".join(words)
    roles.append(" ".join(rest))
    return " ".join(w.rstrip(".") for w in m.group(0).split()), " ".join(words[: k + 1])


# A new "Cllr"/"Councillor" starts a new person, with its tier ("County Councillor") kept
# in front of it rather than read as a name of its own.
_TIERS = ("County", "City", "District", "Borough", "Parish", "Town")
_HONORIFIC_SPLIT_RE = re.compile(
    "".join(f"(?<!{t})" for t in _TIERS)
    + r"\s+(?=(?:(?:"
    + "|".join(_TIERS)
    + r")\s+)?(?:(?:Cllr|Councillor|Cyng)s?|Aldermen)\.?\s)"
)


# "Mrs G. Hay": a personal honorific opening a name
_PERSONAL_OPENING = rf"{PERSONAL_TITLE}\.?\s+[A-Z]"
# "Cllr E. Fox Mrs G. Hay (Clerk)": a personal honorific after a family name (not after
# "Cllr" or "Councillor", whose title it is) opens the next entry, the comma lost
_PERSONAL_HONORIFIC_SPLIT_RE = re.compile(
    r"(?<=[a-z])(?<!\bCllr)(?<!\bCllrs)(?<!\bCouncillor)(?<!\bCouncillors)(?<!\band)"
    rf"\s+(?={_PERSONAL_OPENING})"
)
_ENTRY_END_RE = re.compile(
    rf"(?:^|\s){MEMBER_TITLE}\.?\s+(?:{INITIAL}\s*){{0,3}}{LOOSE_FAMILY}"
    r"(?:\s*\([^)]*\))?$"
)


def _split_personal_honorific(part: str) -> list[str]:
    """``part`` split before each personal honorific that follows a whole entry (an
    honorific, initials and a family name: "Cllr E. Fox Mrs G. Hay"); a title before it
    that is not such an entry ("the Mayor's Chaplain Revd ...") keeps the part whole."""
    out, start = [], 0
    for m in _PERSONAL_HONORIFIC_SPLIT_RE.finditer(part):
        if _ENTRY_END_RE.search(part[start : m.start()]):
            out.append(part[start : m.start()])
            start = m.end()
    return [*out, part[start:]]


# ("J Crawford Mrs E A Forde": a personal honorific after a family name is the next
# person's, never a second word of the name before it)
_INITIALS_FAMILY = rf"(?:{INITIAL}\s+)+{_WORD}(?:\s+(?!{PERSONAL_TITLE}\b){_WORD})?"
_NEXT_TITLE = rf"(?:{PERSONAL_TITLE}\.?\s+)?"
_INITIALS_PAIRS_RE = re.compile(
    rf"(?P<hon>(?:(?:Cllrs|Councillors)\.?:?\s+)?(?:(?:{HONORIFIC})\.?\s+)?)(?P<names>{_INITIALS_FAMILY}(?:\.?\s+{_NEXT_TITLE}{_INITIALS_FAMILY})+)\.?"
)


def _initials_pairs(piece: str) -> list[str]:
    """ "Mrs S Benbow-Jones M Hughes", "K Nicholas. J Harvey": initials and a family name,
    then more initials and another family name, is two people whose comma was lost or
    printed as a full stop (the honorific stays with the first); any other entry is left
    whole."""
    m = _INITIALS_PAIRS_RE.fullmatch(piece.strip())
    if m is None:
        return [piece]
    names = re.findall(_NEXT_TITLE + _INITIALS_FAMILY, m.group("names"))
    return [(m.group("hon") or "") + names[0], *names[1:]]


def _roles_and_names(piece: str) -> list[PersonEntry]:
    """ "Town Clerk M. MacDonald Project Officer Maria Rocke Town Secretary A Padgett",
    "Moira Saunders- Town Clerk Sarah Scourfield – Assistant Town Clerk": runs of office
    words (``OFFICE_WORDS``) and names, one after the other with no comma between, are
    pairs of a role and a name, in the order the first run shows (role first when the
    piece opens with an office). [] unless every run between the offices reads as a name."""
    words = [w for w in re.split(r"\s+|(?<=[a-z])[-–—](?=\s)", piece) if w.strip("-–—")]
    runs: list[tuple[bool, list[str]]] = []
    for word in words:
        office = _office_word(word)
        if runs and runs[-1][0] == office:
            runs[-1][1].append(word)
        else:
            runs.append((office, [word]))
    if len(runs) < 2:
        return []
    offices = [" ".join(r) for is_office, r in runs if is_office]
    names = [_as_name(" ".join(r)) for is_office, r in runs if not is_office]
    if not all(names) or len(offices) != len(names):
        return []
    return [
        PersonEntry(f"{hon} {name}".strip(), office)
        for (hon, name), office in zip(names, offices, strict=True)
    ]


_NAME_THEN_PROSE_RE = re.compile(
    rf"^(?P<name>(?:(?:{HONORIFIC})\.?\s+)?(?:{INITIAL}\s*)+{_WORD})\s+(?=\S+\s+.*\b[a-z]{{3,}})"
)


def _name_before_prose(piece: str) -> str:
    """ "D.M. Jones The Chair welcomed Rev. Huw James": an entry that runs on into the
    next sentence (its full stop lost with the line break) is the initials and the one
    family name it starts with; any other entry is left whole."""
    m = _NAME_THEN_PROSE_RE.match(piece.strip())
    return m.group("name") if m else piece


_HYPHENED_OFFICE_RE = re.compile(r"(?<=[a-z])-(?P<office>(?:[A-Z][a-z]+\s*)+)$")


def _office_after_hyphen(piece: str) -> str:
    """ "Karen King-Clerk": an office joined to the name by a hyphen, not a double-barrelled
    name, where every word after the hyphen is an office word; written "Karen King – Clerk"
    so the dash rule splits it. Any other piece is left whole ("Burke-Lloyd")."""
    m = _HYPHENED_OFFICE_RE.search(piece)
    if m and all(_office_word(w) for w in m.group("office").split()):
        return f"{piece[: m.start()]} – {m.group('office').strip()}"
    return piece


JOINED_INITIALS_RE = re.compile(r"\b((?:[A-Z]\.)+)(?=[A-Z](?:[a-z]|['’][A-Z]))")
# "In the Chair A.Vigrass, A.Stanley": the chair's place printed before the name
_IN_THE_CHAIR_RE = re.compile(
    r"(?:^|(?<=[,;]\s))In\s+the\s+[Cc]hair\s*:?\s+(?P<name>[^,;&()]+?)(?=\s*(?:[,;&]|$))"
)


# "Cllrs. H.Padfield [HP] , J.Stuchfield [JS] C.Bruntlett [CB]": a person's initials in
# square brackets after the name
_SQUARE_INITIALS_RE = re.compile(r"\[\s*(?P<ini>[A-Z]{1,4})\s*\]")
# ... and the comma after them lost before the next entry's initials and family name
_AFTER_INITIALS_RE = re.compile(
    rf"(\([A-Z]{{1,4}}\))[ \t]+(?=(?:{INITIAL}[ \t]*){{1,3}}[A-Z][a-z])"
)


# "B. Jones (chair) A. Davies, C. Moses": a role in brackets after a name, the comma after
# it lost before the next entry's initials (each with its full stop) and family name
_AFTER_ROLE_RE = re.compile(
    r"(\((?:[a-z][a-z -]{1,24}|[A-Z][a-z]{1,24})\))[ \t]+(?=(?:[A-Z]\.[ \t]*){1,3}[A-Z][a-z])"
)


def bracket_initials(text: str) -> str:
    """``text`` with initials printed in square brackets after a name put in round ones
    ("J. Stuchfield [JS]" gives "J. Stuchfield (JS)"), and a comma put back between such
    bracketed initials and the next entry's initials and family name ("(JS) C. Bruntlett"
    gives "(JS), C. Bruntlett"); any other text as it was."""
    text = _SQUARE_INITIALS_RE.sub(lambda m: f"({m.group('ini')})", text)
    return _AFTER_INITIALS_RE.sub(r"\1, ", text) if "(" in text else text


def comma_after_role(text: str) -> str:
    """``text`` with a comma put back between a one-word role in brackets ("(chair)") and
    the next entry's initials, each with its full stop, and family name ("B. Jones (chair)
    A. Davies" gives "B. Jones (chair), A. Davies"); any other text as it was."""
    return _AFTER_ROLE_RE.sub(r"\1, ", text) if "(" in text else text


# "(Cllr James Owers attended via Zoom, but had no voting rights)": a note in brackets
# inside a present list naming one more councillor who attended, in another way
_ATTENDED_NOTE_RE = re.compile(
    rf"\((?P<who>(?:Cllr|Councillor)\.?[ \t]+(?:{INITIAL}[ \t]*){{0,3}}"
    rf"(?:[A-Z][a-z'’-]+[ \t]+)?{LOOSE_FAMILY})[ \t]+"
    r"(?:attended|joined(?:[ \t]+the[ \t]+meeting)?|was[ \t]+(?:also[ \t]+)?present)\b[^()]*\)"
)


def attended_in_brackets(text: str) -> list[PersonEntry]:
    """The councillors named in notes in brackets that say they attended ("(Cllr James
    Owers attended via Zoom, but had no voting rights)"), for a present list whose entries
    leave the note out; [] for any other text (a bracket that names a role, or someone who
    sent apologies, is no such note)."""
    out = []
    for m in _ATTENDED_NOTE_RE.finditer(text or ""):
        out.extend(split_name_list(m.group("who")))
    return out


def _honorific_entry(piece: str) -> bool:
    """True for an entry that opens with an honorific and goes on with a name."""
    piece = re.sub(r"\([^)]*\)?", " ", piece).strip(" .:*")
    m = _HON_RE.match(_TIER_RE.sub("", piece))
    return bool(m) and bool(re.match(_WORD, piece[m.end() :].lstrip()))


def family_name_between(pieces: list[str], i: int) -> bool:
    """True where entry ``i`` of a list is one capitalised word alone that names no office
    ("Edmonds") and the entries on both sides of it open with an honorific and a name ("Mrs
    Dormer, Edmonds, Miss Gibson"): a family name whose honorific was left out. The first
    and last entries have no two sides, and are never read so."""
    if i <= 0 or i + 1 >= len(pieces):
        return False
    word = re.sub(r"\([^)]*\)?", " ", pieces[i]).strip(" .:*")
    return (
        re.fullmatch(_WORD, word) is not None
        and word.lower() not in _ROLE_WORDS
        and not _office_word(word)
        and not _NOBODY_RE.search(word)
        and _honorific_entry(pieces[i - 1])
        and _honorific_entry(pieces[i + 1])
    )


_WELSH_AND_RE = re.compile(
    rf"(?<=[a-z)])[ \t]+a[ \t]+(?=(?:{INITIAL}[ \t]+)+[A-Z][a-z'’-]+|"
    rf"[A-Z][a-z'’-]+[ \t]+(?:{INITIAL}[ \t]+)*[A-Z][a-z'’-]+)"
)
_WELSH_HONORIFIC_RE = re.compile(
    r"(?<![\w.])Cyng(?:horydd|horwyr)?\.?[ \t]*/[ \t]*(?=Cllr|Councillor)"
)


# "D. Pitcher and J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis.": a
# count of the public (a sentence of its own, or after a comma) ends the members' list
_COUNT_OF_PUBLIC_CUT_RE = re.compile(
    r"(?i)(?:[.,;]\s*|\s+)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"members?\s+of\s+the\s+public\b[\s:,–-]*"
)
_NAMED_PUBLIC_RE = re.compile(_PERSONAL_OPENING)


def cut_at_count_of_public(text: str) -> tuple[str, str]:
    """``text`` (a present list) cut where a count of members of the public starts: (the
    list before, the public it names after the count, or "" where what follows does not
    open with a personal honorific). The named public are nobody's members: a caller
    reads them as in attendance. Text naming no such count is returned whole."""
    m = _COUNT_OF_PUBLIC_CUT_RE.search(text or "")
    if m is None:
        return text or "", ""
    rest = text[m.end() :]
    return text[: m.start()], rest if _NAMED_PUBLIC_RE.match(rest) else ""


# "CllrsJ Crockett", "MrsE. Blacker": an honorific run into the initial after it
_GLUED_HONORIFIC_RE = re.compile(r"(?<![\w.])(Cllrs?|Mrs|Mr|Ms|Miss|Dr)(?=[A-Z](?:\.|\s|$))")
# "M. Brown, D, Watson": a lone initial parted from its family name by a comma
_LONE_INITIAL_RE = re.compile(r"(?<=[,;]\s)([A-Z])\.?,\s+(?=[A-Z][a-z'’-]+\s*(?:[,;.]|\band\b|$))")
# "PC Ian Gollan at 7.15pm", "Cllr Hollick arrived 7.40pm": a time after a name (when
# they came or left) is no part of it
_TIME_NOTE_RE = re.compile(
    r"\s+(?:(?:arrived|joined|left|attended)(?:\s+the\s+meeting)?\s+(?:at\s+|from\s+)?|"
    r"(?:at|from)\s+)\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hrs?\b|hours\b)?\.?$",
    re.IGNORECASE,
)
# "Ian Todd CSU Manager": a name, then a body's letters and an office (no comma between)
_NAME_ACRONYM_OFFICE_RE = re.compile(
    rf"^(?P<name>{_WORD}\s+{_WORD})\s+(?P<role>[A-Z]{{2,5}}(?:\s+[A-Za-z]+)+)$"
)
# "Smith J", "Cllr Jones A B": a family name and then its initials
_FAMILY_THEN_INITIALS_RE = re.compile(
    rf"^(?P<hon>(?:{HONORIFIC})\.?\s+)?(?P<family>{_WORD})(?P<ini>(?:\s+{INITIAL}){{1,3}})$"
)
# "SMITH, John; JONES, Mary": a family name in capitals, a comma, the given name
_CAPITAL_FAMILY_FIRST_RE = re.compile(
    r"^(?P<family>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*),\s*(?P<given>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)$"
)


# "WDC Cllr A Rhead Parish Clerk: Mrs Jennifer Bendall": an office's label with its
# colon inside a list, right after a name (no full stop between: "Wilson. Officer: Mrs
# K Woods" begins another list) and before an honorific, opens the next entry ("Parish
# Clerk: Absent." names no one)
_OFFICE_LABEL_RE = re.compile(
    r"(?<=[a-z)])\s+(?P<label>(?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+)\s*:\s+"
    rf"(?={MEMBER_TITLE}\.?\s+[A-Z])"
)


def _office_label(m: re.Match[str]) -> str:
    """ ", " in place of an office's label of office words ("Parish Clerk:"), the words
    before it that are no office's kept ("Rhead Parish Clerk:" gives " Rhead, "); the
    text as it was where the word before the colon names no office."""
    words = m.group("label").split()
    k = len(words)
    while k and _office_word(words[k - 1]):
        k -= 1
    if k == len(words):
        return m.group(0)
    return "".join(f" {w}" for w in words[:k]) + ", "


def _capital_family_first(text: str) -> str:
    """ "SMITH, John; JONES, Mary" (or one such entry alone) written "John SMITH, Mary
    JONES": every entry, parted by semicolons, a family name in capitals and its given
    name after a comma; any other text as it was (with commas parting the entries, which
    of two words is the family name could not be told)."""
    entries = [e.strip(" .") for e in text.split(";") if e.strip(" .")]
    found = [_CAPITAL_FAMILY_FIRST_RE.match(e) for e in entries]
    if not found or not all(found):
        return text
    return ", ".join(f"{m.group('given')} {m.group('family')}" for m in found if m)


def _bare_words(piece: str) -> list[str]:
    """The words of an entry without its brackets, tier and honorifics."""
    piece = re.sub(r"\([^)]*\)?", " ", piece).strip(" .:*")
    piece = _TIER_RE.sub("", piece)
    m = _HON_RE.match(piece)
    if m:
        piece = piece[m.end() :]
    return piece.split()


def _initials_after(pieces: list[str]) -> list[str]:
    """ "Smith J, Jones K A": where every entry of a list (two or more) is a family name
    with its initials after it, each written "J Smith"; any other list as it was (one
    entry alone could be a family name and a given name cut short)."""
    found = [_FAMILY_THEN_INITIALS_RE.match(p.strip(" .")) for p in pieces]
    if len(pieces) < 2 or not all(found):
        return pieces
    return [
        f"{m.group('hon') or ''}{m.group('ini').strip()} {m.group('family')}".strip()
        for m in found
        if m
    ]


def _two_word_name(words: list[str]) -> bool:
    return len(words) == 2 and all(
        re.fullmatch(_WORD, w) and not _office_word(w) and w.lower() not in LABEL_WORDS
        for w in words
    )


def _double_names(pieces: list[str]) -> list[str]:
    """ "Andrew Hassan, Paul Johnston Jim Gifford": in a list whose other entries are all a
    given name and a family name (two words, at least one such entry), an entry of four
    such words is two people whose comma was lost (an honorific stays with the first).
    Entries of three words ("Jill Powlett Brown") or five are left whole: where one name
    ends cannot be told."""
    shapes = [_bare_words(p) for p in pieces]
    fours = [i for i, w in enumerate(shapes) if len(w) == 4]
    # (an entry of office words only, "Council)" cut from "( & Council)", is no one's name)
    others = [w for w in shapes if len(w) != 4 and not all(_office_word(x) for x in w)]
    if not fours or not others or not all(_two_word_name(w) for w in others):
        return pieces
    out = []
    for i, piece in enumerate(pieces):
        words = shapes[i]
        if i in fours and _two_word_name(words[:2]) and _two_word_name(words[2:]):
            head = piece[: piece.rindex(words[2])].rstrip()
            out.extend([head, piece[len(head) :].strip()])
        else:
            out.append(piece)
    return out


def _name_then_acronym_role(text: str, roles: list[str]) -> tuple[str, str] | None:
    """ "Ian Todd CSU Manager": a given name and a family name, then a body's letters in
    capitals and office words (added to ``roles``); None for any other text."""
    m = _NAME_ACRONYM_OFFICE_RE.match(text.strip(" .:"))
    if m is None or not all(_office_word(w) for w in m.group("role").split()[1:]):
        return None
    found = _as_name(m.group("name"))
    if found:
        roles.append(m.group("role"))
    return found


def _plural_before_one_run(text: str) -> bool:
    """True for a list that is a plural honorific and one run of words with no comma or
    "and" ("Cllrs Smith Jones Brown"): several people, but where each name ends cannot be
    told, so none is read."""
    m = re.match(r"^(?:Cllrs|Councillors)\.?:?\s+(?P<rest>[^,;&()]+)$", text.strip(" ."))
    words = m.group("rest").split() if m else []
    return len(words) > 1 and all(re.fullmatch(_WORD, w) for w in words)


# "Lynda Price Jones Clerk": a given name and a family name (two or three words), then the
# clerk's office with no dash nor bracket, as one entry of a list
_BARE_CLERK_RE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}?)\s+"
    r"(?P<role>(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?Clerk)\.?"
)


def bracket_bare_clerk(piece: str) -> str:
    """An entry of a name then the clerk's office ("Lynda Price Jones Clerk") with its
    office in brackets ("Lynda Price Jones (Clerk)"), where no word of the name is an
    office's or "the"; any other entry as it was."""
    m = _BARE_CLERK_RE.fullmatch(piece.strip())
    if m is None:
        return piece
    # ("Joan Pryce-Town Clerk": an office's word after a hyphen is the office's, left to
    # ``_office_after_hyphen``)
    words = re.split(r"[\s-]+", m.group("name"))
    if any(_office_word(w) or w.lower() == "the" for w in words):
        return piece
    return f"{m.group('name')} ({m.group('role')})"


_CAPS_WORD = r"(?:[A-Z]{2,}|IN|OF)"
_COLUMN_LABEL_RE = re.compile(
    rf"(?:,[ \t]*|[ \t]+)(?:{_CAPS_WORD}[ \t]+)*(?:PRESENT|REMOTE|REMOTELY|LOCATION|CHAMBER|"
    rf"ATTENDANCE|ABSENT)(?:[ \t]+{_CAPS_WORD})*[ \t]*:?(?=[ \t]+[A-Z])"
)


def split_name_list(text: str) -> list[PersonEntry]:
    """The people of a list printed on one line (see the module docstring)."""
    text = " ".join((text or "").split()).lstrip("•·▪*- ")
    if not text:
        return []
    # "J.Gilasbey, A.M.Coles": a PDF's text loses the space after the initials
    text = JOINED_INITIALS_RE.sub(r"\1 ", _GLUED_HONORIFIC_RE.sub(r"\1 ", text))
    text = _capital_family_first(text)
    # "..., John Palmer PRESENT IN REMOTE Aldermen J Baird, D Drysdale, LOCATION: A G Ewart":
    # a label printed in a column beside the list, its words in capitals run into the names,
    # parts them as a comma does and is no part of them
    text = _COLUMN_LABEL_RE.sub(", ", text)
    # "A.Stanley,C.Priest": the space after a comma between entries lost too
    text = re.sub(r",(?=[A-Z])", ", ", text)
    text = _LONE_INITIAL_RE.sub(r"\1 ", text)
    text = _OFFICE_LABEL_RE.sub(_office_label, text)
    # "Major Mark Woosey.. M J Measures (Clerk to the Council).": a doubled full stop
    # between two entries (a slip of the keys) parts them as a comma does
    text = re.sub(r"(?<=[a-z])\.\.(?=\s+[A-Z])", ",", text)
    text = comma_after_role(bracket_initials(text))
    text = _IN_THE_CHAIR_RE.sub(r"\g<name> (Chair)", text)
    # "Burke–Lloyd": a double-barrelled name printed with a dash that is not a hyphen
    text = re.sub(r"(?<=[a-z])[–‑](?=[A-Z][a-z])", "-", text)
    text = _INTRO_RE.sub("", text, count=1)
    # "A. Philpott , S. Venton   Parishioners: 2": a count's own label ends the list
    text = re.split(r"\s(?:Parishioners|Public|Press|Residents|Members of the public)\s*:", text)[0]
    text = cut_at_count_of_public(text)[0]
    text = _STRAY_STOP_RE.sub(_stray_stop, text)
    # "P.Cllr’s R.McLuckie (RM), P.York (PY)": parish councillors, the plural printed with
    # an apostrophe
    text = re.sub(r"(?<![\w.])(?:P\.\s*)?Cllr['’]s(?=\s)", "Cllrs", text)
    # "Cyng/Cllrs.: B. Jones": a Welsh honorific and the English one after a slash, the
    # English one kept
    text = _WELSH_HONORIFIC_RE.sub("", text)
    # ("M. Wynne a/and L.Hughes": the Welsh "and" and the English one)
    text = re.sub(r"(?<![\w/])a[ \t]*/[ \t]*and(?![\w/])", "and", text)
    # ("John P Roberts (Cyngor ) a Huw T Jones (Clerc)": the Welsh "and" alone, between a
    # name or its bracketed note and the next name: initials and a family name, or two
    # capitalised words or more)
    text = _WELSH_AND_RE.sub(" and ", text)
    # "CClrs Hamilton, Pettinger and Smith": Scottish community councillors
    text = re.sub(r"(?<![\w.])CClr(s?)(?=\s)", r"Cllr\1", text)
    for m in _SENTENCE_END_RE.finditer(text):
        word = m.group("word").lstrip("(")
        letters = word.replace(".", "")
        initials = letters.isalpha() and letters.isupper() and len(letters) <= 4
        if len(word) > 1 and word.lower() not in _ABBREVIATIONS and not initials:
            text = text[: m.start() + len(m.group("word"))]
            break
    if _plural_before_one_run(text):
        return []
    out: list[PersonEntry] = []
    carry = ""
    pieces = [
        person
        for raw in _SPLIT_RE.split(text)
        for part in _HONORIFIC_SPLIT_RE.split(raw)
        for one in _split_personal_honorific(part)
        for person in _initials_pairs(one)
    ]
    pieces = _double_names(_initials_after([_name_before_prose(piece) for piece in pieces]))
    for i, raw in enumerate(pieces):
        raw = bracket_bare_clerk(raw)
        roles = re.findall(r"\(([^)]*)\)", raw)
        # ("E.Vinter (EV)(Co-option Candidate)*": a footnote's mark is no part of the name)
        piece = re.sub(r"\([^)]*\)?", " ", raw).strip(" .:*†")
        piece = _TIME_NOTE_RE.sub("", piece).strip(" .:*†")
        if not piece:
            continue
        first = piece.split()[0]
        if _PLURAL_RE.match(first):
            carry = "Alderman" if first.lower().startswith("alder") else "Cllr"
            # ("Councillors – Keith Austin(Chair), Joyce Austin": the plural's dash or colon
            # after it is no part of the first name)
            piece = piece[len(first) :].strip().lstrip("–—-:").strip()
            if not piece:
                continue
        if _NOBODY_RE.search(piece):
            continue
        piece = _office_after_hyphen(piece)
        sides = _DASH_RE.split(piece, maxsplit=1)
        # (a clerk printed with a given name, "Lynda Price Jones (Clerk)"; a family name
        # alone, "Lewis (Clerk)", still takes the plural's honorific to be read at all)
        clerk = len(piece.split()) >= 2 and any(re.search(r"(?i)\bclerk\b", r) for r in roles)
        if (
            carry == "Cllr"
            and len(sides) == 1
            and not clerk
            and not _HON_RE.match(_TIER_RE.sub("", piece))
        ):
            sides = [f"{carry} {piece}"]
        opens_with_office = _office_word(piece.split()[0]) and not _HON_RE.match(
            _TIER_RE.sub("", piece)
        )
        paired = _roles_and_names(piece) if len(sides) > 1 or opens_with_office else []
        if len(paired) > 1 or (paired and opens_with_office):
            out.extend(paired)
            continue
        found = None
        role = ""
        for k, side in enumerate(sides):
            found = (
                _as_name(side)
                or _name_then_role(side, roles)
                or _name_then_acronym_role(side, roles)
            )
            if found:
                other = sides[1 - k] if len(sides) == 2 else ""
                role = "; ".join(x.strip() for x in (*roles, other) if x.strip())
                break
        if not found and len(sides) == 1 and family_name_between(pieces, i):
            # "Mrs Dormer, Edmonds, Miss Gibson": a family name alone between two
            # entries with honorifics is one more person, the honorific left out
            found = ("", piece)
        if not found:
            continue
        hon, name = found
        if not hon and carry and len(sides) == 1 and not clerk:
            # (the clerk named in a list of councillors, "Lynda Price Jones (Clerk)", is
            # no councillor: the plural's honorific is not hers)
            hon = carry
        out.append(PersonEntry(f"{hon} {name}".strip(), role))
    return out


# "four residents", "1 resident", "two members of the public": a count names nobody
_COUNT_OF_OTHERS_RE = re.compile(
    r"(?i)^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|no)\s+"
    r"(?:other\s+)?(?:residents?|parishioners?|members?\s+of\s+(?:the\s+)?public|visitors?)\.?$"
)
_BRACKETED_ROLE_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$")
# a member's role: the chair, the mayor, or a councillor of no other council ("Cllr",
# "Councillor" with no tier before it)
_MEMBER_ROLE_RE = re.compile(
    r"(?i)\b(?:(?:vice|deputy)[- ]?)?(?:chair\w*|mayor\w*|leader)\b|"
    r"^(?:parish\s+|town\s+|community\s+)?(?:cllrs?|councillors?)\b"
)


# "Ward Councillor", "County Cllr", "District Councillor": another council's councillor
_TIER_ROLE_RE = re.compile(
    r"(?i)^(?:county|unitary|district|borough|ward|city)\s+(?:cllr|councillor)\b"
)


def _office_not_member(role: str) -> bool:
    return names_an_office(role) and not _MEMBER_ROLE_RE.search(role)


def _role_then_person(part: str) -> PersonEntry | None:
    """ "Ward Councillor Fagan", "Parish Clerk Mark Hearne": office words, then a name."""
    words = part.split()
    for cut in range(len(words) - 1, 0, -1):
        if re.fullmatch(r"(?i)cllrs?\.?|councillors?", words[cut]) or re.fullmatch(
            r"(?i)(?:mr|mrs|ms|miss|dr)\.?", words[cut - 1]
        ):
            # "Parish Councillor Smith": a councillor's honorific belongs with the role;
            # "Clerk Mrs S McIntyre": a personal one with the name
            continue
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        # "Clerk Mrs S McIntyre": a personal honorific opens the name
        bare = re.sub(rf"^{PERSONAL_TITLE}\.?\s+", "", name)
        bare = re.sub(rf"^(?:{INITIAL}\s*)+(?=[A-Z][a-z])", "", bare)
        if _office_not_member(role) and _NAME_RE.match(bare) and not names_an_office(bare):
            return PersonEntry(name, role)
    return None


def officers_line(line: str) -> list[PersonEntry]:
    """The people of a line that lists only officers and guests, each named with an office
    ("Ward Councillor Fagan, Parish Clerk Mark Hearne and four residents.": Fagan and
    Hearne; "Ward Councillor David Hitchiner, Mark Hearne (Parish Clerk) and 1 resident."),
    or [] where any entry names no office (a councillor with no tier, a name alone, a
    sentence), and [] where none is another council's councillor ("Ward Councillor",
    "County Cllr"): such a line, printed without a label after a present list, holds those
    in attendance, never members; a line that is unsure is not read at all."""
    text = " ".join((line or "").split()).rstrip(" .;")
    if not text or "\n" in (line or "").strip():
        return []
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if p.strip()]
    out = []
    for part in parts:
        if _COUNT_OF_OTHERS_RE.match(part):
            continue
        bracketed = _BRACKETED_ROLE_RE.match(part)
        if bracketed:
            name, role = bracketed.group("name").strip(), bracketed.group("role").strip()
            if not (_office_not_member(role) and _NAME_RE.match(name)):
                return []
            out.append(PersonEntry(name, role))
            continue
        found = _role_then_person(part)
        if found is None:
            return []
        out.append(found)
    if not any(_TIER_ROLE_RE.match(p.role_text) for p in out):
        # a clerk's line alone ("Mr B Bee (Clerk)") is printed under the present list as
        # often as apart from it; only a line that names another council's councillor is
        # surely a line of those who attended and are not members
        return []
    return out


# "... and Richard Sparey Ward Councillor Fagan, Parish Clerk Mark Hearne and four
# residents. 1. Apologies ...": another council's councillor named right after a member's
# name with no comma or "and" between, where a line break was lost ("... Mr David Filsell
# and County Councillor Rosemarie Harris.": one list, the councillor in it as printed)
_OTHER_COUNCILLOR_RE = re.compile(
    r"(?<=[a-z])(?<!\sand)(?<!\swith)[ \t]+(?=(?:County|District|Borough|Unitary|Ward|City)[ \t]+"
    r"(?:Cllr|Councillor)\b)"
)


# "... J. Cobb and County Cllr J. Hempsall PC Bailey and PCSO Ciacci The minutes had been
# circulated ...": another council's councillor, named by initials and a family name, run
# on into the next capitalised word with no comma, "and" or stop between (a line break lost)
_OTHER_COUNCILLOR_RUN_ON_RE = re.compile(
    r"\b(?:County|District|Borough|Unitary|Ward|City)[ \t]+(?:Cllr|Councillor)\.?[ \t]+"
    rf"(?:{PERSONAL_TITLE}\.?[ \t]+)?(?:[A-Z]\.[ \t]*){{1,3}}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r"(?=[ \t]+[A-Z])"
)


def cut_at_other_councillor(part: str) -> tuple[str, str]:
    """``part`` (a present list flattened onto one line) cut where another council's
    councillor ("Ward Councillor Fagan", "County Cllr A Bee") follows a name with only a
    space between, a line break lost: (the members' list before, the rest). Where the line breaks are lost, who follows
    such a councillor (the clerk, guests, the public) cannot be told from members, so the
    rest is left unread; a part naming no such councillor is returned whole."""
    m = _OTHER_COUNCILLOR_RE.search(part or "")
    if m is not None:
        return part[: m.start()], part[m.end() :]
    # the councillor last in the list ("... and County Cllr J. Hempsall") with the next line's
    # words run on after the name: the list ends at the name (the councillor in it, as
    # printed), and what followed is left unread likewise
    run_on = _OTHER_COUNCILLOR_RUN_ON_RE.search(part or "")
    if run_on is not None:
        return part[: run_on.end()], part[run_on.end() :].strip()
    return part, ""
