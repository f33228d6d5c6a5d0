"""Issue 14, the twenty-sixth fidelity round: Welsh and Scottish community councils'
minutes, each rule tested on text from a dev document: a minute "1. Present" whose list runs
on from its title with the names parted by full stops ("1. Present Helen Blyde. Adrian
Snowball. Ian McIntyre, Cllr. Elizabeth Riches and 7 members of the public", Carnbee and
Arncroach 2015), and the apologies in prose run on from the present list ("... John Linley
(JL) Sgt Martyn Turner (Police ) Apologies for non attendance were tendered by Andrew
Matheson and Jamie Dunsmore.", Maryburgh 2017), which had been read as those present.
Never invent: a run of fewer than three names, or one that is a sentence, is not read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import _labelled, present_run_on
from moot.ingest.parse.people import PersonEntry
from tests.ingest.helpers import families

DOCUMENTS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"


def _text(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


def test_a_present_minute_run_on_from_its_title_with_full_stops_is_read():
    (m,) = parse_document(_text("carnbee-arncroach-cc-2015-12-07.txt")).meetings
    assert m.date == date(2015, 12, 7)
    assert families(m.attendance.present) == ["blyde", "snowball", "mcintyre", "riches"]
    # the count of the public is no one's name
    assert all("public" not in p.name for p in m.attendance.present)


def test_present_run_on_reads_the_names_up_to_the_count_of_the_public():
    found = present_run_on(
        "Present Helen Blyde",
        "Adrian Snowball. Ian McIntyre, Cllr. Elizabeth Riches and 7 members of the public",
    )
    assert [p.name for p in found] == [
        "Helen Blyde",
        "Adrian Snowball",
        "Ian McIntyre",
        "Cllr Elizabeth Riches",
    ]


def test_present_run_on_reads_nothing_from_a_sentence_or_a_short_run():
    # a sentence after the first name: not a list
    assert present_run_on("Present Helen Blyde", "was welcomed by the chair.") == []
    # two names only: too few to be sure it is a list
    assert present_run_on("Present Helen Blyde", "Adrian Snowball and 7 members") == []
    # a title that is not "Present NAME"
    assert present_run_on("Presentation by Helen Blyde", "Adrian Snowball. Ian McIntyre.") == []
    assert present_run_on("Present", "Adrian Snowball. Ian McIntyre. Ann Bee.") == []


_READABLE_HEADING = (
    "Minutes of the meeting of Maryburgh Community Council held on Wednesday 26th April 2017"
    " at 7.30pm"
)


def test_apologies_in_prose_after_the_present_list_are_apologies():
    # the heading as printed ("Maryburgh Community Council Minutes of the meeting held on
    # ...") is not read yet (the document is refused for it); under a heading the importer
    # reads, the rest of the text as printed
    text = _text("maryburgh-cc-2017-04-26.txt").split("\n", 1)[1]
    (m,) = parse_document(f"{_READABLE_HEADING}\n{text}").meetings
    assert families(m.attendance.present) == [
        "colven",
        "maclennan",
        "thomas",
        "sinclair",
        "steel",
        "linley",
        "turner",
    ]
    assert families(m.attendance.apologies) == ["matheson", "dunsmore"]
    # the labels' own reading: the present list stops at the apologies in prose
    labels = _labelled(text)
    assert "Apologies" not in labels["present"][0]
    assert labels["apologies"][0].startswith("Andrew Matheson and Jamie Dunsmore.")


_GIVEN = st.sampled_from(["Ann", "Carl", "Helen", "Ian", "Morris", "Jenny", "Tom"])
_FAMILY = st.sampled_from(["Bee", "Dee", "Blyde", "Snowball", "Colven", "Linley", "Steel"])
_NAMES = st.lists(st.tuples(_GIVEN, _FAMILY).map(" ".join), min_size=1, max_size=6, unique=True)
_OTHER_FAMILY = st.sampled_from(["Matheson", "Dunsmore", "Riches", "Penn", "Lodge"])
_ABSENT = st.lists(
    st.tuples(_GIVEN, _OTHER_FAMILY).map(" ".join), min_size=1, max_size=4, unique=True
)


@given(_NAMES, _ABSENT)
def test_prose_apologies_never_join_the_present_list(present, absent):
    text = (
        f"{_READABLE_HEADING}\n\nPresent: - "
        + " ".join(f"{n} ({n[0]}{n.split()[1][0]})" for n in present)
        + " Apologies for non attendance were tendered by "
        + " and ".join(absent)
        + ".\n\n1. Welcome\nThe chair opened the meeting.\n\n2. Minutes of the previous"
        " meeting. The minutes were adopted.\n"
    )
    (m,) = parse_document(text).meetings
    assert [p.name for p in m.attendance.present] == present
    assert [p.name for p in m.attendance.apologies] == absent


@given(st.text(max_size=40), st.text(max_size=120))
def test_present_run_on_only_returns_names_from_its_text(title, text):
    found = present_run_on(title, text)
    assert found == [] or len(found) >= 3
    for person in found:
        assert isinstance(person, PersonEntry)
        words = person.name.split()
        assert all(w in f"{title} {text}".replace(".", " ").split() for w in words)


@given(_NAMES.filter(lambda names: len(names) >= 3), st.integers(1, 30))
def test_present_run_on_reads_every_name_of_a_full_stop_list(names, public):
    found = present_run_on(
        f"Present {names[0]}", ". ".join(names[1:]) + f" and {public} members of the public"
    )
    assert [p.name for p in found] == names
