"""People reconciliation: the seed's variant spellings and general properties."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from moot.ingest.names import normalise_name
from moot.ingest.reconcile import Candidate, reconcile

KNOWN = [
    Candidate("farooqi", ("Professor Azhar Farooqi",)),
    Candidate("sissling", ("David Sissling",)),
    Candidate("dempster", ("Councillor Vi Dempster", "Dempster, Vi (Councillor)")),
    Candidate("matthews", ("Rupert Matthews",)),
    Candidate("ibrowne", ("Ivan Browne",)),
    Candidate("rbrowne", ("Rebecca Browne",)),
    Candidate("packham", ("Dr Katherine Packham",)),
]


def test_exact_alias():
    m = reconcile("Dempster, Vi (Councillor)", KNOWN)
    assert (m.status, m.person_key, m.score) == ("matched", "dempster", 100.0)


def test_typo_in_family_name():
    m = reconcile("Professor Azhar Faroogi", KNOWN)
    assert (m.status, m.person_key) == ("matched", "farooqi")


def test_typo_in_given_name():
    m = reconcile("Davis Sissling", KNOWN)
    assert (m.status, m.person_key) == ("matched", "sissling")


def test_family_name_only_unique():
    m = reconcile("Councillor Dempster", KNOWN)
    assert (m.status, m.person_key) == ("matched", "dempster")


def test_initial_and_diminutive():
    assert reconcile("Dr K Packham", KNOWN).person_key == "packham"
    assert reconcile("Kate Packham", KNOWN).person_key == "packham"


def test_same_office_different_surname_is_new():
    m = reconcile("Rupert Harding", KNOWN)
    assert m.status == "new"
    assert m.person_key is None


def test_shared_surname_alone_is_uncertain():
    m = reconcile("Browne", KNOWN)
    assert m.status == "uncertain"
    assert m.person_key is None
    assert m.candidates == ["ibrowne", "rbrowne"]


def test_shared_surname_with_given_name_decides():
    assert reconcile("Rebecca Browne", KNOWN).person_key == "rbrowne"
    assert reconcile("Mr Ivan Browne", KNOWN).person_key == "ibrowne"
    assert reconcile("Simon Browne", KNOWN).status == "new"


def test_honorific_separates_shared_surname():
    known = [
        Candidate("cllr", ("Councillor Jo Patel",)),
        Candidate("dr", ("Dr Raj Patel",)),
    ]
    assert reconcile("Councillor Patel", known).person_key == "cllr"
    assert reconcile("Patel", known).status == "uncertain"


def test_ambiguous_fuzzy_is_uncertain():
    known = [Candidate("a", ("John Smith",)), Candidate("b", ("John Smyth",))]
    m = reconcile("John Smeth", known)
    assert m.status == "uncertain"
    assert set(m.candidates) == {"a", "b"}


def test_nothing_to_match():
    assert reconcile("", KNOWN).status == "new"
    assert reconcile("Jane Doe", []).status == "new"


# ---------------------------------------------------------------------------------------
# properties

GIVEN = ["Ann", "Bob", "Vi", "Azhar", "Rebecca", "Ivan", "Sam", "Priya", "Kwame", "Li"]
FAMILY = ["Smith", "Patel", "Browne", "Dempster", "Okafor", "Nguyen", "Farooqi", "Kowalski"]
HONORIFIC = ["", "Councillor ", "Dr ", "Professor ", "Mr ", "Ms "]

name_st = st.builds(
    lambda h, g, f: f"{h}{g} {f}",
    st.sampled_from(HONORIFIC),
    st.sampled_from(GIVEN) | st.text("abcdefghijklmnop", min_size=2, max_size=7).map(str.title),
    st.sampled_from(FAMILY) | st.text("abcdefghijklmnop", min_size=3, max_size=9).map(str.title),
)
candidates_st = st.lists(
    st.builds(
        lambda i, names: Candidate(f"p{i}", tuple(names)),
        st.integers(0, 50),
        st.lists(name_st, min_size=1, max_size=3),
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(name=name_st, candidates=candidates_st)
def test_deterministic_and_order_independent(name, candidates):
    a = reconcile(name, candidates)
    assert reconcile(name, candidates) == a
    b = reconcile(name, list(reversed(candidates)))
    assert (a.status, a.person_key, sorted(a.candidates)) == (
        b.status,
        b.person_key,
        sorted(b.candidates),
    )


@settings(max_examples=60, deadline=None)
@given(candidates=candidates_st.filter(bool), data=st.data())
def test_exact_alias_always_matches(candidates, data):
    target = data.draw(st.sampled_from(candidates))
    alias = data.draw(st.sampled_from(target.names))
    key = normalise_name(alias).key
    others = [
        c
        for c in candidates
        if c.key != target.key and any(normalise_name(n).key == key for n in c.names)
    ]
    m = reconcile(alias, candidates)
    if others:
        assert m.status == "uncertain"
        assert target.key in m.candidates
    else:
        assert (m.status, m.person_key) == ("matched", target.key)


@settings(max_examples=60, deadline=None)
@given(name=name_st, candidates=candidates_st, extra=st.lists(name_st, min_size=1, max_size=2))
def test_unrelated_candidate_never_changes_who_is_matched(name, candidates, extra):
    before = reconcile(name, candidates)
    parts = normalise_name(name)

    def unrelated(n: str) -> bool:
        q = normalise_name(n)
        return fuzz.ratio(q.family_key, parts.family_key) < 60 and fuzz.ratio(q.key, parts.key) < 60

    names = tuple(n for n in extra if unrelated(n))
    if not names:
        return
    after = reconcile(name, [*candidates, Candidate("zz-unrelated", names)])
    if after.status == "matched":
        assert before.status == "matched"
        assert after.person_key == before.person_key
    if before.status == "matched":
        assert after.status == "matched"
        assert after.person_key == before.person_key
