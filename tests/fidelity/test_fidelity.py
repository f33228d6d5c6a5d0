"""The fidelity corpus (real public documents, hand-read keys; bench/fidelity.py): no
invented fact, no traceback, every document that must be refused refused in one line."""

from __future__ import annotations

import json

from bench.fidelity import FIDELITY, run, run_flattened, table


def test_the_corpus_is_read_without_inventing_anything(capsys):
    scores = run()
    with capsys.disabled():
        print("\n" + "\n".join(table(scores)))
    assert len(scores) >= 40
    councils = {
        json.loads(p.read_text(encoding="utf-8"))["council"]
        for p in (FIDELITY / "keys").glob("*.json")
    }
    assert len(councils) >= 15
    assert [s.name for s in scores if s.traceback] == []
    # Nothing invented in either set: the word 'officer' the flattened Haverfordwest
    # minutes (measure set) once put among the apologies is no longer read as a person
    # (an office word is never a name; docs/benchmarks.md).
    # Two of the measure documents chosen blind in issue 14's seventh round invented facts
    # at their first run, before any parser change of that round (Marshchapel 1, Swaffham
    # Bulbeck 10); their causes were not looked for, since the measure set's notes are not
    # read (docs/benchmarks.md). They are named here so that the goal stays visible and any
    # other invention, or more of these, fails: the "0 invented" goal is not met on them.
    known_blind_misses = {"marshchapel-pc-2019-05-14": 1, "swaffham-bulbeck-pc-2011-05-11": 10}
    invented = {s.name: s.invented for s in scores if s.invented}
    assert {n: k for n, k in invented.items() if n not in known_blind_misses} == {}
    assert all(invented.get(n, 0) <= k for n, k in known_blind_misses.items())
    for s in scores:
        if s.refused:
            assert s.refused.startswith(s.name) and "\n" not in s.refused
    # A floor, not the goal (docs/benchmarks.md has the figures): what the parsers read
    # today must not be lost.
    dev = [s for s in scores if s.set == "dev"]
    assert sum(s.extracted for s in dev) >= 735
    measure = [s for s in scores if s.set == "measure"]
    assert sum(s.extracted for s in measure) >= 259


def test_the_dev_documents_flattened_onto_one_line_keep_most_of_their_facts():
    # The dev set only: the flattened measure documents are not looked at.
    scores = run_flattened("dev")
    assert {s.name: s.invented for s in scores if s.invented} == {}
    assert [s.name for s in scores if s.traceback] == []
    # ModernGov pages flattened are refused (their headings need their lines); the
    # minutes documents keep most facts (74 of 211 before the unflattening rules; who else
    # attended is not read from flattened text, so as not to invent)
    assert sum(s.extracted for s in scores) >= 507
