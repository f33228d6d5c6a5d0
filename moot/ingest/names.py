"""People's names as printed in council documents, taken apart.

``normalise_name("Councillor Ann Green")`` ->
``NameParts(honorific="Councillor", given="Ann", family="Green", full="Ann Green",
key="ann green")``.

Handled: honorifics and ranks in front of the name, several of them ("Professor Dame ...",
"Chief Superintendent, Adam Streets"), a plural "Councillors" (treated as "Councillor"),
surname-first forms ("Green, Ann (Councillor)", "GREEN, Ann"), post-nominal letters
("OBE", "MP"), role notes in brackets ("(Chair)"), stray punctuation and spacing, and
surname particles ("van der", "de", "bin"), which stay with the family name.

``key`` is what matching compares: given and family names, casefolded, accents and
punctuation removed ("O'Neil" -> "oneil", "Singh-Clair" -> "singh clair").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Honorifics, titles and ranks that can stand before a name. Multi-word ones first; matching
# is case-insensitive and ignores a trailing full stop or comma.
HONORIFICS: tuple[str, ...] = (
    "The Right Honourable",
    "The Rt Hon",
    "Right Honourable",
    "Rt Hon",
    "The Rev",
    "The Revd",
    "The Reverend",
    "The Lord",
    "The Baroness",
    "Detective Chief Superintendent",
    "Detective Superintendent",
    "Detective Chief Inspector",
    "Detective Inspector",
    "Assistant Chief Constable",
    "Deputy Chief Constable",
    "Chief Constable",
    "Chief Superintendent",
    "Chief Inspector",
    "Chief Fire Officer",
    "Police Sergeant",
    "County Councillor",
    "City Councillor",
    "District Councillor",
    "Borough Councillor",
    "Parish Councillor",
    "Town Councillor",
    "Lord Mayor",
    "Deputy Mayor",
    "Councillors",
    "Councillor",
    "Cllrs",
    "Cllr",
    # Scottish community councillors: "CClr Hamilton", "CClrs Bennet and Thomson"
    "CClrs",
    "CClr",
    # Welsh: "Y Cynghorydd" (the Councillor), "Cynghorwyr" (Councillors), "Cyng" (short)
    "Y Cynghorydd",
    "Cynghorwyr",
    "Cynghorydd",
    "Cyng",
    "Alderman",
    "Alderwoman",
    "Professor",
    "Prof",
    "Doctor",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Master",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Reverend",
    "Revd",
    "Rev",
    "Canon",
    "Bishop",
    "Father",
    "Rabbi",
    "Imam",
    "Superintendent",
    "Inspector",
    "Sergeant",
    "Sgt",
    "Constable",
    "PC",
    "Judge",
    "Hon",
)

_HONORIFIC_WORDS = sorted((tuple(h.casefold().split()) for h in HONORIFICS), key=len, reverse=True)
# Single-word honorifics that are also common English words or given names are accepted
# only when capitalised as a title ("Master", "Father", "Judge" are rare in lists anyway).
_CANONICAL_HONORIFIC = {
    "councillors": "Councillor",
    "cllrs": "Cllr",
    "cynghorwyr": "Cynghorydd",
    "prof": "Professor",
    "doctor": "Dr",
}


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary string."""
    return text.split()


# Post-nominal letters dropped from the end of a name; matched case-sensitively, so that a
# family name such as "Ma" is not taken for "MA".
POST_NOMINALS = frozenset(
    _words(
        """
    OBE MBE CBE KBE DBE BEM CB CMG KCB GCB QPM QFSM KPM DL JP MP MEP MSP MS AM MLA QC KC
    PhD DPhil MD MB BS MBBS MBChB FRCP FRCS FRCGP FFPH MRCGP MFPH RGN RMN RN MA MSc BSc
    BA LLB LLM FCA ACA CPFA MCIPD FRSA FMedSci FRS DSc
"""
    )
)

# Lower-case particles that belong to the family name.
PARTICLES = frozenset(
    _words(
        """
    de da das dos di du del della der den van von ter ten le la st bin binti bint ibn al
    el ap
"""
    )
)


@dataclass(frozen=True)
class NameParts:
    honorific: str
    given: str
    family: str
    full: str
    key: str

    @property
    def given_key(self) -> str:
        return fold(self.given)

    @property
    def family_key(self) -> str:
        return fold(self.family)


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("Siân" as "Sian"), case and
    punctuation kept: for patterns written with the plain letters."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces: the matching form."""
    text = without_accents(text).casefold()
    text = re.sub(r"['’‘`.]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw or "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:|-–—*•·")


def _strip_honorifics(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading honorific tokens off ``tokens``; returns (honorifics, rest)."""
    found: list[str] = []
    rest = list(tokens)
    while rest:
        folded = [t.rstrip(".,").casefold() for t in rest]
        for words in _HONORIFIC_WORDS:
            n = len(words)
            # keep at least one token for the name itself
            if len(rest) > n and tuple(folded[:n]) == words:
                found.append(" ".join(t.rstrip(".,") for t in rest[:n]))
                rest = rest[n:]
                break
        else:
            break
    return found, rest


def honorific_prefix_length(tokens: list[str]) -> int:
    """How many of ``tokens`` (from the start) are honorifics (0 if none).

    Unlike :func:`normalise_name` this may consume every token (a bare "Councillor").
    """
    i = 0
    folded = [t.rstrip(".,").casefold() for t in tokens]
    while i < len(tokens):
        for words in _HONORIFIC_WORDS:
            n = len(words)
            if tuple(folded[i : i + n]) == words:
                i += n
                break
        else:
            break
    return i


def is_honorific(text: str) -> bool:
    tokens = _clean(text).split()
    return bool(tokens) and honorific_prefix_length(tokens) == len(tokens)


def _canonical_honorific(text: str) -> str:
    words = text.split()
    if len(words) == 1:
        low = words[0].casefold()
        if low in _CANONICAL_HONORIFIC:
            return _CANONICAL_HONORIFIC[low]
    return text


def _tidy_case(token: str) -> str:
    """'GREEN' -> 'Green', 'MCDONALD' -> 'Mcdonald'; mixed case is left alone."""
    letters = [c for c in token if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "-".join(p[:1].upper() + p[1:].lower() for p in token.split("-"))
    return token


def normalise_name(raw: str) -> NameParts:
    """Take a printed name apart. Never raises; an empty or nonsense input gives empty parts."""
    text = _clean(raw)
    honorifics: list[str] = []

    # Bracketed notes: honorifics are kept ("Green, Ann (Councillor)"), roles dropped.
    def _bracket(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if inner and is_honorific(inner):
            honorifics.append(inner)
        return " "

    text = re.sub(r"\(([^()]*)\)", _bracket, text)
    text = re.sub(r"[()\[\]]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")

    # Leading honorifics, possibly followed by a comma ("Chief Superintendent, Adam Streets").
    tokens = text.split()
    if tokens and honorific_prefix_length(tokens) == len(tokens):
        # nothing but an honorific ("Councillor")
        hon = " ".join(_canonical_honorific(t.rstrip(".,")) for t in tokens)
        return NameParts(honorific=hon, given="", family="", full="", key="")
    lead, tokens = _strip_honorifics(tokens)
    honorifics[:0] = lead
    text = " ".join(tokens).strip(" ,")

    # Post-nominals, possibly after a comma ("Jane Smith, OBE").
    parts = [p.strip() for p in text.split(",")]
    while len(parts) > 1 and all(w.strip(".") in POST_NOMINALS for w in parts[-1].split()):
        parts.pop()
    # "Surname, Given" (one comma, a single-word surname, a short given part).
    if len(parts) == 2 and parts[0] and parts[1]:
        left, right = parts[0].split(), parts[1].split()
        lead2, right = _strip_honorifics(right) if len(right) > 1 else ([], right)
        right_hon = honorific_prefix_length(right)
        if right_hon == len(right):
            # "Green, Councillor" (an honorific after the comma)
            honorifics.append(" ".join(right))
            right = []
        honorifics.extend(lead2)
        single_surname = len(left) == 1 or (
            len(left) <= 3 and all(t.casefold() in PARTICLES for t in left[:-1])
        )
        tokens = right + left if right and single_surname and len(right) <= 3 else left + right
    else:
        tokens = " ".join(parts).split()

    tokens = [t.strip(",;:") for t in tokens]
    tokens = [t for t in tokens if t and t not in {"-", "–", "—", "&"}]
    while tokens and tokens[-1].strip(".") in POST_NOMINALS and len(tokens) > 1:
        tokens.pop()
    # ("Le" printed so, not initials in capitals like "DE": a particle's own case)
    titled = {t for t in tokens if re.fullmatch(r"[A-Z][a-z]+", t)}
    # A lone initial "J." -> "J"; "J.A." -> "J A"
    expanded: list[str] = []
    for t in tokens:
        if re.fullmatch(r"\w\.", t):
            expanded.append(t[0])
        elif re.fullmatch(r"(?:\w\.){2,}\w?", t):
            expanded.extend(c for c in t if c != ".")
        else:
            expanded.append(_tidy_case(t))
    tokens = expanded

    family_tokens: list[str] = []
    given_tokens: list[str] = []
    if tokens:
        family_tokens = [tokens[-1]]
        i = len(tokens) - 2
        # ("Cllr Le Poidevin": after an honorific alone, the particle is the family
        # name's, no given name being printed; "van der Berg": a particle in lower case
        # opening the name is never a given name)
        while (
            i >= 0
            and tokens[i].casefold() in PARTICLES
            and (i >= 1 or tokens[0].islower() or (bool(honorifics) and tokens[0] in titled))
        ):
            family_tokens.insert(0, tokens[i])
            i -= 1
        given_tokens = tokens[: i + 1]

    given = " ".join(given_tokens)
    family = " ".join(family_tokens)
    full = " ".join(t for t in (given, family) if t)
    honorific = " ".join(_canonical_honorific(h) for h in honorifics)
    return NameParts(honorific=honorific, given=given, family=family, full=full, key=fold(full))
