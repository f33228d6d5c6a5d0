"""The same dev document saved another way reads as it does plain (bench/text_variants.py,
bench/site_chrome.py): line ends, typography, a PDF's ligatures and spaces, a web page's
entities, decomposed accents, an indent, a web page's HTML, a website round it. One dev document in eight, so
the check stays quick; the benches run the whole dev set."""

from __future__ import annotations

from bench import site_chrome, text_variants
from bench.fidelity import run_saved

SAME_AS_PLAIN = ("crlf", "curly", "pdf", "entities", "nfd", "padded", "page")
# Markdown reads all but a few facts of the dev set as plain (docs/benchmarks.md)
MARKDOWN_SHARE = 0.99


def _changed(totals, rows, names):
    return {
        stem: {name: (s.extracted, s.invented) for name, s in zip(totals, scores, strict=True)}
        for stem, scores in rows
        if any(
            (s.extracted, s.invented) != (scores[0].extracted, scores[0].invented)
            for name, s in zip(totals, scores, strict=True)
            if name in names
        )
    }


def test_text_saved_other_ways_reads_as_plain():
    changes = {name: text_variants.VARIANTS[name] for name in SAME_AS_PLAIN}
    totals, rows = run_saved(changes, every=8)
    assert len(rows) >= 25
    assert _changed(totals, rows, SAME_AS_PLAIN) == {}


def test_text_wrapped_at_a_width_invents_little():
    changes = {name: text_variants.VARIANTS[name] for name in ("wrapped", "ragged")}
    totals, _ = run_saved(changes, every=8)
    # wrapping loses some facts (a list's entry split over two lines); the floor is what the
    # unwrapping reads today; a text wrapped at 72 columns invents nothing, nor one wrapped
    # where a proportional font ends its lines (62 to 80)
    assert totals["wrapped"][0] >= 0.9 * totals["plain"][0]
    assert totals["wrapped"][2] == 0 and totals["ragged"][2] == 0


def test_a_website_round_the_text_changes_nothing():
    changes = {v: (lambda text, v=v: site_chrome.wrapped(text, v)) for v in site_chrome.VARIANTS}
    totals, rows = run_saved(changes, every=8)
    assert _changed(totals, rows, set(site_chrome.VARIANTS)) == {}


def test_text_written_in_markdown_reads_as_plain_but_for_a_few_facts():
    totals, _ = run_saved({"markdown": text_variants.VARIANTS["markdown"]}, every=8)
    assert totals["markdown"][2] == 0
    assert totals["markdown"][0] >= MARKDOWN_SHARE * totals["plain"][0]
