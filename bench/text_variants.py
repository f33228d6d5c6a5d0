"""Robustness of the readers to the same text saved in another way.

    PYTHONPATH=$PWD .venv/bin/python bench/text_variants.py          # totals and changed rows
    PYTHONPATH=$PWD .venv/bin/python bench/text_variants.py --all    # every document's row

The same minutes reach an importer as different bytes depending on how they were saved: a
Windows editor's line ends (CR LF), a word processor's typography (curly quotes and
apostrophes, en dashes), a PDF's text layer (ligatures "ﬁ" and "ﬂ", non-breaking spaces
between words), a web page's source copied with its entities ("&amp;", "&nbsp;"), text with
its accents decomposed (NFD, as macOS file names are), lines indented with tabs and padded
with trailing spaces, or its paragraphs wrapped at a width (a PDF's text layer, a plain-text
e-mail: "wrapped" at 72 characters, "ragged" at 62 to 80 as a proportional font breaks them;
a text already flattened onto long lines is left as it is by these two). None of these changes what the document says, so none may change what
is read from it.

Every dev document (keys with "set": "dev" only; the measure set is never opened here) is
scored against its own key (``bench/fidelity.py``'s scorer) plain and in each variant. A row
is printed for each document whose reading changes; the totals show facts read and facts
invented, plain and per variant. This is a check to run by hand, not a timed test.

8 December 2026 (round 66, wrapped text): before the round wrapped read 3724/4100 with 4
invented and ragged 3550/4100 with 16; after it (a name's start at a full line's end runs on
into the next line; a label, a dash's bullet or a row of people opens a line of its own only
below a row or bullet of its own list or a short line; a day and month below a full line
that ends no sentence are the rest of its date, not an item's number; an initial alone at a
full line's end runs on into its name, and a dash below a full line carries on its sentence)
wrapped reads 3767/4100 with 0 invented and ragged 3662/4100 with 5; plain and the other
variants unchanged at 3884/4100, 0 invented.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity  # noqa: E402


def _curly(text: str) -> str:
    # a word processor's typography: apostrophes and quotes curled, spaced hyphens as en dashes
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = re.sub(r'(?<=[\w.,!?])"', "\u201d", text)
    return text.replace(" - ", " \u2013 ")


def _ligatures(text: str) -> str:
    # a PDF's text layer: "fi" and "fl" as ligatures, every other space non-breaking
    text = text.replace("fi", "\ufb01").replace("fl", "\ufb02")
    out, n = [], 0
    for ch in text:
        if ch == " ":
            n += 1
            ch = "\u00a0" if n % 2 else " "
        out.append(ch)
    return "".join(out)


def _entities(text: str) -> str:
    # a web page's source text: ampersands and non-breaking spaces as entities
    return text.replace("&", "&amp;").replace("\u00a0", "&nbsp;")


def _padded(text: str) -> str:
    # lines indented with a tab and padded with trailing spaces
    return "\n".join(("\t" + ln + "   ") if ln.strip() else ln for ln in text.split("\n"))


# a paragraph longer than this on one line is a text flattened already: wrapping it is no
# saving of a real document (a PDF's text keeps its paragraphs' ends), so the two wrapped
# variants leave it as it is
FLATTENED_LINE = 600


def _wrapped_at(text: str, widths) -> str:
    if max((len(line) for line in text.split("\n")), default=0) > FLATTENED_LINE:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) <= 60:
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            width = next(widths)
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


def _wrapped(text: str) -> str:
    # a text wrapped at a fixed width, as a monospaced e-mail or a plain-text export is
    return _wrapped_at(text, iter(lambda: 72, None))


def _ragged(text: str) -> str:
    # a text wrapped where a proportional font's line ended: widths between 62 and 80
    counter = iter(range(10**9))
    return _wrapped_at(text, (62 + (n * 13) % 19 for n in counter))


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "curly": _curly,
    "pdf": _ligatures,
    "entities": _entities,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "padded": _padded,
    "wrapped": _wrapped,
    "ragged": _ragged,
}


def run() -> tuple[dict[str, list], list[tuple[str, list]]]:
    totals: dict[str, list] = {name: [0, 0, 0] for name in ("plain", *VARIANTS)}
    changed: list[tuple[str, list]] = []
    for key_path in sorted((fidelity.FIDELITY / "keys").glob("*.json")):
        key = json.loads(key_path.read_text())
        if key.get("set") != "dev":
            continue
        (doc,) = (fidelity.FIDELITY / "documents").glob(key_path.stem + ".*")
        text = doc.read_text(encoding="utf-8")
        scores = [fidelity.score(doc, key)]
        with tempfile.TemporaryDirectory() as tmp:
            for change in VARIANTS.values():
                path = Path(tmp) / doc.name
                path.write_bytes(change(text).encode("utf-8"))
                scores.append(fidelity.score(path, key))
        row = [(s.extracted, s.facts, s.invented) for s in scores]
        for name, (got, facts, invented) in zip(totals, row, strict=True):
            totals[name][0] += got
            totals[name][1] += facts
            totals[name][2] += invented
        changed.append((key_path.stem, row))
    return totals, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="print every document's row")
    args = parser.parse_args()
    totals, rows = run()
    names = list(totals)
    print("| document | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for stem, row in rows:
        if args.all or len(set(row)) > 1:
            cells = [f"{g}/{f}" + (f" ({i} invented)" if i else "") for g, f, i in row]
            print(f"| {stem} | " + " | ".join(cells) + " |")
    print()
    for name, (got, facts, invented) in totals.items():
        print(f"**{name}**: {got}/{facts} facts extracted, {invented} invented")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
