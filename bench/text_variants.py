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
a text already flattened onto long lines is left as it is by these two), or as a web page's
HTML ("page": a paragraph a line, an empty paragraph for a blank line; "page_br": a paragraph
a run of lines, "<br>" between them), or written in Markdown ("#" headings, bold labels). None of these changes what the document says, so none may change what
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

8 December 2026 (round 71, a proportional font's wrap): before the round ragged read
3694/4178 with 5 invented and wrapped 3799/4178 with 0; after it (a line ending with a word
no phrase ends with, "of", "and" or "&", runs on from 0.7 of the width rather than 0.8; a
full line ending inside a list of names, two or more commas and a last entry of capitalised
words, runs on into a line opening with a capitalised word; a year below a full line ending
with a month is the rest of its date, not an item's number; a full line in capitals runs on
into a line in capitals below it, one heading too long for a line) ragged reads 3773/4178
with 0 invented and wrapped 3828/4178 with 0 (Holmes Chapel's ragged row reads one fact
fewer, 17/30, its table's line of dates rightly joined at "18 March" / "2004"); plain and
the other variants unchanged (plain 3916/4178, 0 invented; page_br 3894/4178 with 10).

8 December 2026 (round 70, minutes saved as a web page): "bullets" added (each line opening
with "Cllr" or "Councillor" prefixed with "* "); it reads 3865/4178 with 8 invented, and
reading "* " as a bullet ("- ", as "•") changed none of that, so the parser was left as it
was. page_br is left at 3894/4178 with 10 invented: a page whose paragraphs are each one
line, with no "<br>", is the same HTML as the page of a text with no blank lines ("page"),
so page_text cannot tell them apart; keeping its blocks apart by blank lines brought page_br
to 3916/0 but "page" down to 3886/0 (texts with no blank lines read worse with one between
every line), so the fix belongs in the readers (one-line paragraphs read alike with and
without blank lines between them), not done here. Plain and the other variants unchanged.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
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


def _page(text: str) -> str:
    # a web page of the text: each line a paragraph, a blank line an empty paragraph
    body = "".join(
        f"<p>{html.escape(line)}</p>\n" if line.strip() else "<p>&nbsp;</p>\n"
        for line in text.split("\n")
    )
    return f"<!DOCTYPE html><html><head><title>Minutes</title></head><body>\n{body}</body></html>"


def _page_br(text: str) -> str:
    # a web page of the text: each run of lines a paragraph, its lines apart by "<br>"
    paragraphs = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in para.split("\n")) + "</p>\n"
        for para in text.split("\n\n")
    )
    return f'<html><body><div class="entry-content">{paragraphs}</div></body></html>'


def _markdown(text: str) -> str:
    # the text written in Markdown: its title a "#" heading, each short numbered line a "##"
    # heading, each label ("Present:") bold
    out, first = [], True
    for line in text.split("\n"):
        words = line.strip()
        if not words:
            out.append(line)
        elif first:
            out.append(f"# {words}")
            first = False
        elif re.match(r"^\d{1,3}[.)]?\s+[A-Z]", words) and len(words) < 90:
            out.append(f"## {words}")
        elif label := re.match(r"^([A-Z][A-Za-z ]{2,30}:)(.*)$", words):
            out.append(f"**{label.group(1)}**{label.group(2)}")
        else:
            out.append(line)
    return "\n".join(out)


def _bullets(text: str) -> str:
    # a list of people printed as bullets: each line that opens with "Cllr" or "Councillor"
    # prefixed with "* "
    return "\n".join(
        re.sub(r"^(\s*)(?=(?:Cllr|Councillor)\b)", r"\1* ", line) for line in text.split("\n")
    )


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "curly": _curly,
    "pdf": _ligatures,
    "entities": _entities,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "padded": _padded,
    "wrapped": _wrapped,
    "ragged": _ragged,
    "page": _page,
    "page_br": _page_br,
    "markdown": _markdown,
    "bullets": _bullets,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="print every document's row")
    args = parser.parse_args()
    totals, rows = fidelity.run_saved(VARIANTS)
    names = list(totals)
    print("| document | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for stem, scores in rows:
        row = [(s.extracted, s.facts, s.invented) for s in scores]
        if args.all or len(set(row)) > 1:
            cells = [f"{g}/{f}" + (f" ({i} invented)" if i else "") for g, f, i in row]
            print(f"| {stem} | " + " | ".join(cells) + " |")
    print()
    for name, (got, facts, invented) in totals.items():
        print(f"**{name}**: {got}/{facts} facts extracted, {invented} invented")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
