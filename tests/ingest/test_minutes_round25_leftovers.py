"""Issue 14, the twenty-fifth fidelity round: the dev set's leftovers, each tested on text
from a dev document: a present list that ends at a count of the public ("... D. Pitcher and
J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis.") and a heading that opens
"The minutes of ..." (Bintree 2013). Never invent: the public named after their count are
never read as members present."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.name_lists import cut_at_count_of_public, split_name_list
from tests.ingest.helpers import families

DOCUMENTS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"

BINTREE_PRESENT = (
    "Councillors C. Langford, C. Brown, G. Frost, R. Tooke, J. Hartley, D. Pitcher and "
    "J. Jones. 2 members of the Public Miss S. Reynolds and Mr Jarvis."
)


def test_a_present_list_stops_at_a_count_of_the_public():
    found = split_name_list(BINTREE_PRESENT)
    assert families(found) == [
        "langford",
        "brown",
        "frost",
        "tooke",
        "hartley",
        "pitcher",
        "jones",
    ]


def test_the_public_named_after_their_count_are_cut_off():
    members, public = cut_at_count_of_public(BINTREE_PRESENT)
    assert members.endswith("D. Pitcher and J. Jones")
    assert public == "Miss S. Reynolds and Mr Jarvis."
    # a count followed by no honorific names nobody
    assert cut_at_count_of_public("Cllr A Bee, Cllr C Dee, 3 members of the public.") == (
        "Cllr A Bee, Cllr C Dee",
        "",
    )
    assert cut_at_count_of_public("Cllr A Bee and Cllr C Dee") == ("Cllr A Bee and Cllr C Dee", "")


def test_a_heading_that_opens_the_minutes_of_is_read():
    text = (DOCUMENTS / "bintree-pc-2013-03-12.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert m.date == date(2013, 3, 12)
    assert "jarvis" not in families(m.attendance.present)
    assert "reynolds" not in families(m.attendance.present)
    assert "jones" in families(m.attendance.present)


_NAME = st.from_regex(r"[A-Z]\. [A-Z][a-z]{2,8}", fullmatch=True)


@given(
    members=st.lists(_NAME, min_size=1, max_size=5),
    public=st.lists(_NAME, min_size=1, max_size=3),
    count=st.sampled_from(["2", "two", "1", "Three"]),
    noun=st.sampled_from(["members of the Public", "member of the public"]),
)
def test_no_one_named_after_a_count_of_the_public_is_read_present(members, public, count, noun):
    text = (
        "Councillors "
        + ", ".join(members)
        + f". {count} {noun} "
        + " and ".join(f"Mr {p}" for p in public)
        + "."
    )
    present = families(split_name_list(text))
    for p in public:
        family = p.split()[-1].lower()
        if all(family != m.split()[-1].lower() for m in members):
            assert family not in present
    _, after = cut_at_count_of_public(text)
    assert after.startswith("Mr ")
