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

HONORIFIC = r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Sir|Dame|PCSO)"
# "County Cllr", "Unitary Cllr", "Ward Cllr": the tier is part of the role, not the name
_TIER_RE = re.compile(
    r"^(?:county|unitary|district|borough|ward|town|city|parish)\s+(?=" + HONORIFIC + r"\b)",
    re.IGNORECASE,
)
_HON_RE = re.compile(
    r"^(?P<hon>(?:" + HONORIFIC + r")\.?)(?:\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?)?\s+", re.I
)
_PLURAL_RE = re.compile(r"^(?:Cllrs|Councillors)\.?:?$", re.IGNORECASE)
_INITIAL = r"[A-Z]\.?"
_WORD = r"[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)*"
_NAME_RE = re.compile(rf"^(?:(?:{_INITIAL}\s*)+\s*)?{_WORD}(?:\s+{_WORD}){{0,2}}$")
_SENTENCE_END_RE = re.compile(r"(?P<word>\S*)\.\s+(?=[A-Z][a-z])")
_INTRO_RE = re.compile(
    r"^.*?\b(?:received|accepted|given|sent|tendered|submitted|noted|intimated)\s+"
    r"(?:from|by|on\s+behalf\s+of)\s*:?\s*",
    re.IGNORECASE,
)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "cllr", "cllrs", "rev", "revd", "prof"}
_SPLIT_RE = re.compile(r"\s*(?:[,;]|&|\band\b)\s*")
_DASH_RE = re.compile(r"\s+[–—-]\s+")
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


def _as_name(text: str) -> tuple[str, str] | None:
    """(honorific, bare name) if ``text`` reads as one person's name, else None."""
    text = _TIER_RE.sub("", text.strip(" .:"))
    hon = ""
    m = _HON_RE.match(text)
    if m:
        hon = " ".join(w.rstrip(".") for w in m.group(0).split())
        text = text[m.end() :]
    text = text.strip(" .")
    if not text or not _NAME_RE.match(text):
        return None
    words = text.replace(".", ". ").split()
    full_words = [w for w in words if len(w.strip(".")) > 1]
    if all(w.strip(".").isupper() and len(w.strip(".")) <= 4 for w in full_words):
        return None  # "Cllr HF": someone's initials used as a short name, not a name
    if len(full_words) > 1 and len(words) > len(full_words):
        # initials, then one family name: "Mr F Mardle Finance Officer" is a name and a role
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
    while k < len(words) and re.fullmatch(r"(?:[A-Z]\.?)+", words[k]) and len(words[k]) <= 4:
        k += 1
    if not k or k >= len(words) or not re.fullmatch(_WORD, words[k].strip(",")):
        return None
    roles.append(" ".join(words[k + 1 :]))
    return " ".join(w.rstrip(".") for w in m.group(0).split()), " ".join(words[: k + 1])


# A new "Cllr"/"Councillor" starts a new person, with its tier ("County Councillor") kept
# in front of it rather than read as a name of its own.
_TIERS = ("County", "City", "District", "Borough", "Parish", "Town")
_HONORIFIC_SPLIT_RE = re.compile(
    "".join(f"(?<!{t})" for t in _TIERS)
    + r"\s+(?=(?:(?:"
    + "|".join(_TIERS)
    + r")\s+)?(?:Cllr|Councillor)s?\.?\s)"
)


_INITIALS_FAMILY = rf"(?:[A-Z]\.?\s+)+{_WORD}"
_INITIALS_PAIRS_RE = re.compile(
    rf"(?P<hon>(?:(?:Cllrs|Councillors)\.?:?\s+)?(?:(?:{HONORIFIC})\.?\s+)?)(?P<names>{_INITIALS_FAMILY}(?:\s+{_INITIALS_FAMILY})+)"
)


def _initials_pairs(piece: str) -> list[str]:
    """ "Mrs S Benbow-Jones M Hughes": initials and a family name, then more initials and
    another family name, is two people whose comma was lost (the honorific stays with the
    first); any other entry is left whole."""
    m = _INITIALS_PAIRS_RE.fullmatch(piece.strip())
    if m is None:
        return [piece]
    names = re.findall(_INITIALS_FAMILY, m.group("names"))
    return [(m.group("hon") or "") + names[0], *names[1:]]


def split_name_list(text: str) -> list[PersonEntry]:
    """The people of a list printed on one line (see the module docstring)."""
    text = " ".join((text or "").split()).lstrip("•·▪*- ")
    if not text:
        return []
    text = _INTRO_RE.sub("", text, count=1)
    for m in _SENTENCE_END_RE.finditer(text):
        word = m.group("word").lstrip("(")
        letters = word.replace(".", "")
        initials = letters.isalpha() and letters.isupper() and len(letters) <= 4
        if len(word) > 1 and word.lower() not in _ABBREVIATIONS and not initials:
            text = text[: m.start() + len(m.group("word"))]
            break
    out: list[PersonEntry] = []
    carry = ""
    pieces = [
        person
        for raw in _SPLIT_RE.split(text)
        for part in _HONORIFIC_SPLIT_RE.split(raw)
        for person in _initials_pairs(part)
    ]
    for raw in pieces:
        roles = re.findall(r"\(([^)]*)\)", raw)
        piece = re.sub(r"\([^)]*\)?", " ", raw).strip(" .:")
        if not piece:
            continue
        first = piece.split()[0]
        if _PLURAL_RE.match(first):
            carry = "Cllr"
            piece = piece[len(first) :].strip()
            if not piece:
                continue
        if _NOBODY_RE.search(piece):
            continue
        sides = _DASH_RE.split(piece, maxsplit=1)
        if carry and len(sides) == 1 and not _HON_RE.match(_TIER_RE.sub("", piece)):
            sides = [f"{carry} {piece}"]
        found = None
        role = ""
        for k, side in enumerate(sides):
            found = _as_name(side) or _name_then_role(side, roles)
            if found:
                other = sides[1 - k] if len(sides) == 2 else ""
                role = "; ".join(x.strip() for x in (*roles, other) if x.strip())
                break
        if not found:
            continue
        hon, name = found
        if not hon and carry and len(sides) == 1:
            hon = carry
        out.append(PersonEntry(f"{hon} {name}".strip(), role))
    return out
