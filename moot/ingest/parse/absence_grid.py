"""Members printed as a grid with a mark before those absent, and the mark explained.

Town councils' committee minutes often print the committee's members, with no label, as a
grid of "Cllr X" entries, a letter (or star) before each member who was absent, and a line
under the grid that says what the mark means::

    a Cllr J Doe   Cllr K Roe a Cllr L Poe
    a Cllr M Moe   Cllr N Low   Cllr P Sow
      Also: Mrs Q Tow, Clerk
      ('a' denotes absence)

``marked_absence_grid`` rewrites such a block, near the text's start, as the labelled lines
the attendance reader reads: "Present:" the members without the mark; "Apologies:" the
marked members where the mark means apologies (where it means absence they are in no list,
since an absence is not an apology: the apologies minute says who sent them); "In
attendance:" for an "Also:" line inside the block. Without the explaining line nothing is
rewritten (a letter before a name means nothing sure), nor where any line of the block is
not made only of entries.
"""

from __future__ import annotations

import re

# the grid is looked for near the text's start (the heading and the attendance)
_WITHIN = 1500

# "('a' denotes absence)", "* denotes apologies", "(a = absent)": the mark explained, on a
# line of its own
_LEGEND_RE = re.compile(
    r"(?im)^[ \t]*\(?[ \t]*['‘’\"]?(?P<mark>[a-z]|\*)['‘’\"]?[ \t]*"
    r"(?:denotes|indicates|means|=)[ \t]+(?P<what>absen(?:ce|t)|apologies)[ \t]*\)?[ \t]*$"
)
_ENTRY = (
    r"(?:Cllr|Councillor)\.?[ \t]+[A-Z][\w'’.-]*"
    r"(?:[ \t]+(?!(?:Cllr|Councillor)\b)[A-Z][\w'’.-]*){0,3}"
)
_ALSO_RE = re.compile(r"^[ \t]*Also[ \t]*:[ \t]*(?P<rest>\S.*)$")


def _entries(line: str, mark: str) -> list[tuple[bool, str]] | None:
    """The (marked, entry) pairs of a grid line, or None where the line holds anything else."""
    entry_re = re.compile(
        rf"(?:(?<![^ \t])(?P<mark>{re.escape(mark)})[ \t]*)?(?P<who>{_ENTRY})(?=[ \t]|$)"
    )
    out = []
    at = 0
    line = line.rstrip()
    for m in entry_re.finditer(line):
        if line[at : m.start()].strip():
            return None
        out.append((m.group("mark") is not None, " ".join(m.group("who").split())))
        at = m.end()
    if not out or line[at:].strip():
        return None
    return out


def marked_absence_grid(text: str) -> str:
    """``text`` with a grid of members marked absent, explained by a line under it, near the
    text's start, rewritten as labelled attendance lines (see the module docstring)."""
    text = text or ""
    legend = _LEGEND_RE.search(text[:_WITHIN])
    if legend is None:
        return text
    lines = text[: legend.start()].split("\n")
    if lines and not lines[-1].strip():
        lines.pop()  # the legend's own line start
    grid: list[tuple[bool, str]] = []
    also = ""
    first = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if not line.strip():
            break
        found = _ALSO_RE.match(line)
        if found and not grid and not also:
            also = found.group("rest").strip()
            first = k
            continue
        entries = _entries(line, legend.group("mark"))
        if entries is None:
            break
        grid = entries + grid
        first = k
    present = [who for marked, who in grid if not marked]
    absent = [who for marked, who in grid if marked]
    if len(grid) < 3 or not present or not absent:
        return text
    block = [f"Present: {', '.join(present)}"]
    if legend.group("what").lower() == "apologies":
        block.append(f"Apologies: {', '.join(absent)}")
    if also:
        block.append(f"In attendance: {also}")
    head = "\n".join(lines[:first] + block)
    return head + "\n" + text[legend.end() :]
