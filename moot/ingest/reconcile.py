"""Decide whether a name printed in a document is a person we already know.

``reconcile(name, candidates)`` compares one printed name with known people (each a
``Candidate`` with a stable ``key`` and the names it has been printed under) and answers:

* ``matched``: one person, confidently; ``person_key`` says who.
* ``uncertain``: plausible but ambiguous; ``candidates`` lists the keys a human should choose
  between (best first). Nothing should be linked automatically.
* ``new``: nobody known looks like this name.

Stages, first decisive one wins (names are taken apart by :func:`normalise_name`, so
honorifics, "Surname, Given" order, case and spacing never matter):

1. **Exact**: the name's key equals the key of one of a candidate's names -> matched
   (score 100). If it is the name of several people -> uncertain.
2. **Same family name** (exactly equal after folding):
   * the name has no given name ("Councillor Green"): one person with that family name
     -> matched (90); several -> the honorific decides if exactly one of them has been
     printed with the same honorific (85), else uncertain ("Patel" with Jo and Raj
     Patel).
   * given names *compatible* (equal, same first given name, an initial, one a prefix of
     the other as "Vi"/"Violet", or a common diminutive as "Andy"/"Andrew"), or a
     candidate printed without a given name -> matched if one person (95), else uncertain.
   * given names differ by a likely typo (rapidfuzz ratio >= 80, both at least 4 letters:
     "Davis"/"David") -> matched if one person (88), else uncertain.
   * otherwise they are different people who share a family name ("Sam Patel" next to
     "Jo Patel"): those candidates are ruled out and stage 3 looks at the others.
3. **Fuzzy**: for each candidate, the best over its names of
   ``0.6 * ratio(family names) + 0.4 * g`` where ``g`` is 100 for compatible given names,
   80 when either side has no given name, else ratio(given names) (rapidfuzz
   ``fuzz.ratio``, 0-100).
   * matched when the best score >= ``MATCH_SCORE`` (88) **and** its family-name ratio
     >= ``MATCH_FAMILY`` (80) **and** it leads the runner-up by >= ``MATCH_LEAD`` (6)
     ("Farooqi" misprinted "Faroogi" scores about 91).
   * uncertain when the best score >= ``UNCERTAIN_SCORE`` (75) and its family ratio
     >= ``UNCERTAIN_FAMILY`` (70); candidates are those scoring >= 75.
   * otherwise new. Clearly different family names never match: "Jo Harding" against
     "Jo Matthews" scores about 48 and is **new** (the same office held by a differently
     named person is for the apply step, which knows about offices, to notice).

The result does not depend on the order of ``candidates``; ties are broken by key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from moot.ingest.names import NameParts, fold, normalise_name

MATCH_SCORE = 88.0
MATCH_FAMILY = 80.0
MATCH_LEAD = 6.0
UNCERTAIN_SCORE = 75.0
UNCERTAIN_FAMILY = 70.0
GIVEN_TYPO_RATIO = 80.0
MAX_UNCERTAIN = 5

Status = Literal["matched", "uncertain", "new"]

# Common English diminutives (both directions are checked). Deliberately short: a missing
# pair only means a fuzzier stage decides.
_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "andrew": ("andy", "drew"),
    "anthony": ("tony", "ant"),
    "alexander": ("alex", "sandy"),
    "alexandra": ("alex", "sandra"),
    "catherine": ("cathy", "kate", "katie", "cath"),
    "katherine": ("kathy", "kate", "katie", "kath", "kat"),
    "kathryn": ("kathy", "kate", "katie", "kath"),
    "christopher": ("chris",),
    "christine": ("chris", "chrissie"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davy"),
    "edward": ("ed", "eddie", "ted", "ned"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "eliza"),
    "james": ("jim", "jimmy", "jamie"),
    "jennifer": ("jen", "jenny"),
    "john": ("jack", "johnny"),
    "jonathan": ("jon", "jonny"),
    "joseph": ("joe",),
    "margaret": ("maggie", "meg", "peggy", "maggy"),
    "matthew": ("matt",),
    "michael": ("mike", "mick", "mickey"),
    "nicholas": ("nick", "nicky"),
    "patricia": ("pat", "tricia", "trish"),
    "peter": ("pete",),
    "richard": ("rick", "dick", "rich", "richie"),
    "robert": ("rob", "bob", "bobby", "robbie", "bert"),
    "samuel": ("sam",),
    "samantha": ("sam",),
    "stephen": ("steve",),
    "steven": ("steve",),
    "susan": ("sue", "susie"),
    "thomas": ("tom", "tommy"),
    "timothy": ("tim",),
    "victoria": ("vicky", "vicki", "tori"),
    "william": ("will", "bill", "billy", "liam"),
}
_DIM_PAIRS: frozenset[tuple[str, str]] = frozenset(
    pair
    for full, shorts in _DIMINUTIVES.items()
    for short in shorts
    for pair in ((full, short), (short, full))
)


@dataclass(frozen=True)
class Candidate:
    key: str
    names: tuple[str, ...]


@dataclass
class Match:
    status: Status
    person_key: str | None
    candidates: list[str] = field(default_factory=list)
    score: float = 0.0
    reason: str = ""


def given_compatible(a: str, b: str) -> bool:
    """Could given names ``a`` and ``b`` (folded) belong to the same person?"""
    if not a or not b:
        return False
    if a == b:
        return True
    at, bt = a.split(), b.split()
    a0, b0 = at[0], bt[0]
    if a0 == b0:
        return True
    # initials: "j" / "john", "j a" / "john andrew"
    if all(len(t) == 1 for t in at) and all(x.startswith(y) for x, y in zip(bt, at, strict=False)):
        return True
    if all(len(t) == 1 for t in bt) and all(x.startswith(y) for x, y in zip(at, bt, strict=False)):
        return True
    if len(a0) >= 2 and len(b0) >= 2 and (a0.startswith(b0) or b0.startswith(a0)):
        return True
    return (a0, b0) in _DIM_PAIRS


def _given_typo(a: str, b: str) -> bool:
    if not a or not b:
        return False
    a0, b0 = a.split()[0], b.split()[0]
    if len(a0) < 4 or len(b0) < 4:
        return False
    return fuzz.ratio(a0, b0) >= GIVEN_TYPO_RATIO


def _pair_score(p: NameParts, q: NameParts) -> tuple[float, float]:
    """(combined score, family-name ratio) for two names."""
    fam = fuzz.ratio(p.family_key, q.family_key)
    if not p.given_key or not q.given_key:
        giv = 80.0
    elif given_compatible(p.given_key, q.given_key):
        giv = 100.0
    else:
        giv = fuzz.ratio(p.given_key, q.given_key)
    return 0.6 * fam + 0.4 * giv, fam


def _prepared(candidates: Sequence[Candidate]) -> list[tuple[str, list[NameParts]]]:
    merged: dict[str, list[NameParts]] = {}
    for cand in candidates:
        parts = merged.setdefault(cand.key, [])
        for nm in cand.names:
            np = normalise_name(nm)
            if np.key and np not in parts:
                parts.append(np)
    return sorted(merged.items(), key=lambda kv: kv[0])


def reconcile(name: str, candidates: Sequence[Candidate]) -> Match:
    """Match one printed name against known people. Pure and deterministic."""
    parts = normalise_name(name)
    if not parts.key:
        return Match("new", None, [], 0.0, "no name to match")
    people = _prepared(candidates)

    # 1. exact
    exact = [key for key, aliases in people if any(a.key == parts.key for a in aliases)]
    if len(exact) == 1:
        return Match("matched", exact[0], exact, 100.0, "exact name")
    if exact:
        return Match("uncertain", None, exact, 100.0, "the same name is known for several people")

    # 2. same family name
    fam_key = parts.family_key
    same_family = [
        (key, [a for a in aliases if a.family_key == fam_key])
        for key, aliases in people
        if fam_key and any(a.family_key == fam_key for a in aliases)
    ]
    if same_family:
        keys = [k for k, _ in same_family]
        if not parts.given_key:
            if len(keys) == 1:
                return Match("matched", keys[0], keys, 90.0, "family name only; one person has it")
            hon = fold(parts.honorific)
            if hon:
                by_hon = [
                    k
                    for k, aliases in same_family
                    if any(fold(a.honorific) == hon for a in aliases)
                ]
                if len(by_hon) == 1:
                    return Match(
                        "matched", by_hon[0], by_hon, 85.0, "family name and honorific; one person"
                    )
            return Match(
                "uncertain",
                None,
                keys[:MAX_UNCERTAIN],
                70.0,
                "family name only; several people have it",
            )
        compat = [
            k
            for k, aliases in same_family
            if any(
                not a.given_key or given_compatible(parts.given_key, a.given_key) for a in aliases
            )
        ]
        if len(compat) == 1:
            return Match(
                "matched", compat[0], compat, 95.0, "same family name, compatible given name"
            )
        if compat:
            return Match(
                "uncertain",
                None,
                compat[:MAX_UNCERTAIN],
                80.0,
                "same family name and compatible given names for several people",
            )
        typo = [
            k
            for k, aliases in same_family
            if any(_given_typo(parts.given_key, a.given_key) for a in aliases)
        ]
        if len(typo) == 1:
            return Match(
                "matched", typo[0], typo, 88.0, "same family name, given name differs by a typo"
            )
        if typo:
            return Match(
                "uncertain",
                None,
                typo[:MAX_UNCERTAIN],
                78.0,
                "same family name, similar given names for several people",
            )

    # 3. fuzzy; people with this very family name but an incompatible given name were
    # ruled out above (a different given name is a different person)
    ruled_out = {k for k, _ in same_family}
    scored: list[tuple[float, float, str]] = []
    for key, aliases in people:
        if key in ruled_out:
            continue
        best = max((_pair_score(parts, a) for a in aliases), default=(0.0, 0.0))
        scored.append((best[0], best[1], key))
    scored.sort(key=lambda t: (-t[0], t[2]))
    if not scored:
        return Match("new", None, [], 0.0, "no known people")
    top_score, top_fam, top_key = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if top_score >= MATCH_SCORE and top_fam >= MATCH_FAMILY and top_score - runner >= MATCH_LEAD:
        return Match(
            "matched",
            top_key,
            [top_key],
            round(top_score, 1),
            "similar spelling, clearly the closest",
        )
    if top_score >= UNCERTAIN_SCORE and top_fam >= UNCERTAIN_FAMILY:
        close = [k for s, f, k in scored if s >= UNCERTAIN_SCORE and f >= UNCERTAIN_FAMILY]
        return Match(
            "uncertain",
            None,
            close[:MAX_UNCERTAIN],
            round(top_score, 1),
            "similar to known names but not clearly one person",
        )
    return Match("new", None, [], round(top_score, 1), "no known name is close enough")
