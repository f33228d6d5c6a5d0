"""The fidelity corpus (real public documents, hand-read keys; bench/fidelity.py): no
invented fact, no traceback, every document that must be refused refused in one line."""

from __future__ import annotations

import json

from bench.fidelity import FIDELITY, run, run_flattened, table


def test_the_corpus_is_read_without_inventing_anything(capsys):
    scores = run()
    # The totals only: the measure set's rows are not shown to whoever runs the tests while
    # developing a parser (bench/fidelity.py prints them, and --set dev leaves them out).
    with capsys.disabled():
        print("\n" + "\n".join(line for line in table(scores) if " set**" in line))
    assert len(scores) >= 40
    councils = {
        json.loads(p.read_text(encoding="utf-8"))["council"]
        for p in (FIDELITY / "keys").glob("*.json")
    }
    assert len(councils) >= 15
    assert [s.name for s in scores if s.traceback] == []
    # Nothing invented in either set. The two measure documents chosen blind in issue 14's
    # seventh round that invented facts at their first run (Marshchapel 1, Swaffham Bulbeck
    # 10) were opened in the round after to find the causes (a label read as a name, minute
    # numbers "2743:" not read); they are seen documents now (SOURCES.md).
    # The thirteenth round's blind batch invented one fact at its first run (Swainsthorpe:
    # its body read from the page's title line); the fourteenth round's rule (a title naming
    # only the kind of council over the council's name on a line of its own) was written
    # because of it, so that document is no longer blind (SOURCES.md).
    assert {s.name: s.invented for s in scores if s.invented} == {}
    for s in scores:
        if s.refused:
            assert s.refused.startswith(s.name) and "\n" not in s.refused
    # A floor, not the goal (docs/benchmarks.md has the figures): what the parsers read
    # today must not be lost.
    dev = [s for s in scores if s.set == "dev"]
    assert sum(s.extracted for s in dev) >= 3916
    measure = [s for s in scores if s.set == "measure"]
    assert sum(s.extracted for s in measure) >= 746


def test_the_dev_documents_flattened_onto_one_line_keep_most_of_their_facts():
    # The dev set only: the flattened measure documents are not looked at.
    scores = run_flattened("dev")
    assert {s.name: s.invented for s in scores if s.invented} == {}
    assert [s.name for s in scores if s.traceback] == []
    # ModernGov pages flattened are refused (their headings need their lines); the
    # minutes documents keep most facts (74 of 211 before the unflattening rules; who else
    # attended is not read from flattened text, so as not to invent)
    assert sum(s.extracted for s in scores) >= 3427


def test_one_set_can_be_scored_without_the_other():
    # Parsers are developed on `--set dev`: the measure set's rows are then never printed.
    dev = run("dev")
    assert dev and {s.set for s in dev} == {"dev"}
    assert "measure set" not in "\n".join(table(dev))
