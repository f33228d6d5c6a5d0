"""Whose documents a folder holds: the council each document names, and which files of a
folder holding more than one council's documents a folder import refuses.

Pure functions over text. A document's council is its meeting's body when that body is a
council ("Groby Parish Council", "Highland Council"), else the first council its heading
names ("A meeting of the Highland Council will be held..."); a document that names none in
its heading is of an unknown council. Names are compared with case, "the" and spacing
ignored.
"""

from __future__ import annotations

import re
from collections import Counter

from moot.ingest.kinds import PARISH_KINDS, PRINCIPAL_KINDS

# How much of a document is its heading or front sheet.
HEADING_CHARS = 1500
# the kind before "Council": a principal council's or a parish's (``PRINCIPAL_KINDS`` and
# ``PARISH_KINDS``, in the order this pattern always had; no "Village")
_TYPE = r"(?i:(?:city|county|borough|district|town|parish|community)[ \t]+)?"
_WORD = r"[A-Z][A-Za-z'’\-]+"
_COUNCIL_RE = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+(?:(?i:and|upon|on|under|in|le|by|&)[ \t]+)?{_WORD}){{0,5}})"
    rf"[ \t]+(?P<type>{_TYPE})(?:Council|COUNCIL)"
    r"(?=[ \t]*(?:$|[-–—,.:;(]|(?i:held|will|meeting|minutes|on|at)\b))"
)
# A council's name in a heading stands on a line of its own, or after "meeting of (the)".
_HEADING_BEFORE_RE = re.compile(r"(?:^|\b(?:meeting|minutes)\s+of(?:\s+(?:the|a))?)$", re.I)
_KINDS = frozenset(f"{PRINCIPAL_KINDS}|{PARISH_KINDS}".split("|"))
# Words that stand before "Council" without naming a place ("Full Council", "the Town Council").
_NOT_PLACES = frozenset(
    [
        "a",
        "annual",
        "extraordinary",
        "full",
        "meeting",
        "minutes",
        "of",
        "ordinary",
        "special",
        "statutory",
        "the",
        "this",
        "your",
        "our",
        "whole",
        "joint",
        "draft",
        "agenda",
        "notice",
        "for",
        "at",
        "held",
        "to",
    ]
)


def council_key(name: str) -> str:
    """A council's name folded for comparison: case, a leading "the" and spacing ignored."""
    words = (name or "").lower().replace("&", "and").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def bodies_of_kind(kind: str, names: list[str]) -> list[str]:
    """The bodies' names a heading naming only the kind of council (``kind``: "Parish
    Council", "Town Council", "Full Council", "Council") can mean: a body named exactly so,
    if there is one; else each body whose name is that kind or ends with it, case and "the"
    aside ("Parish Council" fits "Brandeston Parish Council"; "Full Council" and "Council"
    fit any council's body, never a committee's). Several names mean the heading could be
    any of them: the importer refuses it rather than guess."""
    wanted = council_key(kind)
    exact = [n for n in names if council_key(n) == wanted]
    if exact or not wanted:
        return exact
    words = wanted.split()
    while words[:1] in (["full"], ["whole"]):
        words = words[1:]
    tail = " ".join(words)
    return [n for n in names if council_key(n) == tail or council_key(n).endswith(" " + tail)]


def _place(words: list[str]) -> int:
    """How many of a run of capitalised words before "Council" name no place ("Minutes Of
    The Meeting Of" in "Minutes Of The Meeting Of Thame Town Council"): those up to the
    last such word."""
    cut = 0
    for index, word in enumerate(words):
        if word.lower() in _NOT_PLACES:
            cut = index + 1
    return cut


def _headed(line: str) -> str:
    """The council a heading line names ("" when none)."""
    for match in _COUNCIL_RE.finditer(line):
        words = match.group("name").split()
        cut = _place(words)
        place = words[cut:]
        if not any(w.lower() not in _KINDS for w in place):
            continue
        # The text before the place words: nothing, or "... meeting of the".
        before = line[: match.start()] + " ".join(words[:cut])
        if not _HEADING_BEFORE_RE.search(before.strip()):
            continue
        kind = match.group("type").split()
        return " ".join(w.title() if w.isupper() else w for w in [*place, *kind, "Council"])
    return ""


def council_named(body_name: str, text: str) -> str:
    """The council a document is of ("" when it does not say); see the module docstring."""
    for line in [body_name, *(text or "")[:HEADING_CHARS].splitlines()]:
        found = _headed(line.strip())
        if found:
            return found
    return ""


def folder_council(councils: dict[str, str]) -> str:
    """The council a folder's documents are of (``councils``: each file's council, ""
    unknown): the one council they name, or the one with most files; "" when they name none
    or no council has most (see ``refusals``)."""
    counts = Counter(council_key(c) for c in councils.values() if c)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return next(c for c in councils.values() if c and council_key(c) == ranked[0][0])


def refusals(councils: dict[str, str]) -> dict[str, str]:
    """Which files of a folder are refused, and why, given each file's council ("" unknown).

    A folder of one council's documents (and documents naming none) refuses nothing. In a
    folder holding more than one council's documents, the council with most files is the
    folder's: the others' files are refused, and so are files naming no council (whose they
    are cannot be told). When no council has most files, every file is refused: which
    documents stray cannot be told either.
    """
    counts = Counter(council_key(c) for c in councils.values() if c)
    if len(counts) <= 1:
        return {}
    shown = {council_key(c): c for c in councils.values() if c}
    (top, most), (_, second) = counts.most_common(2)
    listed = ", ".join(f"{shown[k]} ({n})" for k, n in counts.most_common())
    if most == second:
        return {
            name: f"{name}: the folder holds documents of several councils with no one "
            f"council's the most ({listed}); import each council's documents from a folder "
            "of its own, or all of them with --several-councils"
            for name in councils
        }
    result = {}
    for name, council in councils.items():
        if not council:
            result[name] = (
                f"{name}: names no council, and the folder holds documents of several "
                f"({listed}), so whose it is cannot be told; not imported"
            )
        elif council_key(council) != top:
            result[name] = (
                f"{name}: a document of {council}, but this folder is {shown[top]}'s "
                f"({most} of {len(councils)} files); not imported"
            )
    return result


def kind_only_refusals(councils: dict[str, str], kinds: dict[str, str]) -> dict[str, str]:
    """Which files an import of several councils' documents together (``--several-councils``)
    refuses, and why (``councils``: each file's council, "" unknown; ``kinds``: the files
    whose heading names only the kind of council, with that kind, "Parish Council").

    In a folder whose documents name more than one council, a file whose heading names only
    its kind of council ("Minutes of the Parish Council meeting held on ...") and no council
    anywhere cannot be told to be any one council's: it is refused, never put into another
    council's body of that kind, nor merged with a third council's "Parish Council". A folder
    naming at most one council refuses nothing here (the kind is then that council's: see
    ``refusals`` and the importer's ``council``)."""
    named = {council_key(c): c for c in councils.values() if c}
    if len(named) <= 1:
        return {}
    listed = ", ".join(sorted(named.values()))
    return {
        name: (
            f"{name}: names only the kind of council ({kind!r}), not which, and the folder "
            f"holds documents of several ({listed}), so whose it is cannot be told; not "
            "imported (import it on its own, or with --body naming its body)"
        )
        for name, kind in kinds.items()
        if not councils.get(name)
    }
