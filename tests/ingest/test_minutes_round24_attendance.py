"""Issue 14, the twenty-fourth fidelity round: attendance printed without the usual labels,
each tested on text from a dev document: a line of officers and guests right after the
present list with no label ("Ward Councillor Fagan, Parish Clerk Mark Hearne and four
residents.", Garway 2020), the same people under an "In attendance" with no colon (Madley
2020), and the paragraph numbers ("6.1 ...") under minutes all numbered "1." by a lost list
numbering (Garway 2020), and the same present list flattened onto one line, read only up
to the ward councillor named after the members (Garway 2020); an unlabelled "Councillors
David Morgan, Brendan Treanor, ..." line of given names in full, and "1. Apologies for
absence – Councillors Johnny Scrimgeour and Anna Coda." with its text after a dash under
minutes all numbered "1." (Peterchurch 2021). Never invent: a line with any entry that names no office (a
councillor of this council, a name alone, a sentence) is not read at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import officers_after_present
from moot.ingest.parse.name_lists import cut_at_other_councillor, officers_line
from tests.ingest.helpers import families

DOCUMENTS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"


def _garway() -> str:
    return (DOCUMENTS / "garway-pc-2020-05-21.txt").read_text(encoding="utf-8")


def test_an_unlabelled_line_of_officers_after_the_present_list_is_in_attendance():
    (m,) = parse_document(_garway()).meetings
    assert m.date == date(2020, 5, 21)
    assert families(m.attendance.present) == ["phillips", "strange", "campbell", "sparey"] + [
        "sparey"
    ]
    # the ward councillor and the clerk attended; neither is a member present
    assert families(m.attendance.in_attendance) == ["fagan", "hearne"]
    assert m.attendance.apologies == []


def test_paragraph_numbers_under_minutes_all_numbered_one_are_no_minutes():
    (m,) = parse_document(_garway()).meetings
    assert {i.number for i in m.items} == {"1"}
    assert not [i for i in m.items if i.title.startswith(("Ward Councillor", "Local Residents"))]


# Garway Parish Council, 21 May 2020 (dev), and Madley Parish Council, 12 October 2020 (dev)
GARWAY_LINE = "Ward Councillor Fagan, Parish Clerk Mark Hearne and four residents."
MADLEY_LINE = "Ward Councillor David Hitchiner, Mark Hearne (Parish Clerk) and 1 resident."


def test_officers_line_reads_each_officer_and_drops_the_count_of_residents():
    found = officers_line(GARWAY_LINE)
    assert [(p.name, p.role_text) for p in found] == [
        ("Fagan", "Ward Councillor"),
        ("Mark Hearne", "Parish Clerk"),
    ]
    found = officers_line(MADLEY_LINE)
    assert [(p.name, p.role_text) for p in found] == [
        ("David Hitchiner", "Ward Councillor"),
        ("Mark Hearne", "Parish Clerk"),
    ]


def test_officers_line_reads_nothing_where_any_entry_is_unsure():
    # a councillor with no other council's tier may be a member: the line is not read
    assert officers_line("Cllr Smith, Parish Clerk Mark Hearne") == []
    assert officers_line("Parish Councillor Smith") == []
    # the chair is a member, never an officer
    assert officers_line("Chairman Smith, Clerk Mark Hearne") == []
    assert officers_line("Mr Smith (Chairman), Parish Clerk Jones") == []
    # a name alone, or a sentence
    assert officers_line("Chris Strange, Parish Clerk Mark Hearne") == []
    assert officers_line("County Councillor Smith gave his report") == []
    # office words alone, or only a count, name nobody
    assert officers_line("Parish Clerk") == []
    assert officers_line("four residents") == []


def test_officers_after_present_takes_the_unlabelled_line_and_stops_at_the_minutes():
    text = "\n\n" + GARWAY_LINE + "\n\n\n  1. Apologies for Absence…None.\n"
    assert families(officers_after_present(text)) == ["fagan", "hearne"]


_OFFICE = st.sampled_from(
    ["Parish Clerk", "Ward Councillor", "County Cllr", "District Councillor", "Clerk", "RFO"]
)
_GIVEN = st.sampled_from(["Mark", "Toni", "David", "Anne"])
_FAMILY = st.sampled_from(["Hearne", "Fagan", "Hitchiner", "Lloyd", "Morgan"])


@given(
    st.sampled_from(["Ward Councillor", "County Cllr", "District Councillor"]),
    st.lists(st.tuples(_OFFICE, _GIVEN, _FAMILY, st.booleans()), min_size=0, max_size=3),
    _GIVEN,
    _FAMILY,
)
def test_officers_line_keeps_every_officer_in_order(tier, others, given, family):
    people = [(tier, given, family, False), *others]
    parts = [
        f"{given} {family} ({office})" if bracketed else f"{office} {given} {family}"
        for office, given, family, bracketed in people
    ]
    text = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    text += " and two residents."
    found = officers_line(text)
    assert [p.name for p in found] == [f"{g} {f}" for _, g, f, _ in people]
    assert [p.role_text for p in found] == [o for o, _, _, _ in people]


@given(st.lists(st.tuples(_GIVEN, _FAMILY), min_size=1, max_size=3))
def test_officers_line_without_another_councils_councillor_is_not_read(clerks):
    # a clerk's line alone may be printed under the present list as part of it
    text = ", ".join(f"{g} {f} (Clerk)" for g, f in clerks) + " and 5 members of the public."
    assert officers_line(text) == []


@given(
    st.lists(st.tuples(_OFFICE, _GIVEN, _FAMILY), min_size=0, max_size=3),
    st.sampled_from(["Cllr", "Councillor", "Chairman", ""]),
    _FAMILY,
    st.integers(min_value=0, max_value=3),
)
def test_officers_line_never_reads_a_line_holding_a_member(people, honorific, family, at):
    parts = [f"{o} {g} {f}" for o, g, f in people]
    member = f"{honorific} {family}".strip() if honorific else f"Chris {family}"
    parts.insert(min(at, len(parts)), member)
    assert officers_line(", ".join(parts)) == []


# Edingale Parish Council, annual parish meeting of 13 May 2019 (dev): the clerk's line right
# under the present list, no blank line between, goes on the list as printed (the keys'
# convention), so it is not read as an unlabelled line of officers
EDINGALE_AFTER_PRESENT = "\nMrs M. Jones (Clerk) and 5 members of the public.\nThe Chair welcomed"


def test_a_line_right_under_the_present_list_is_not_an_unlabelled_officers_line():
    with_guest = EDINGALE_AFTER_PRESENT.replace("(Clerk)", "(Clerk), County Cllr A Bee")
    assert officers_after_present(with_guest) == []
    assert families(officers_after_present("\n\n" + with_guest)) == ["jones", "bee"]
    # the clerk's line alone, even apart from the list, is left to the list
    assert officers_after_present("\n\n" + EDINGALE_AFTER_PRESENT) == []


def test_a_flattened_present_list_is_read_up_to_another_councils_councillor():
    flat = " ".join(_garway().split())
    result = parse_document(flat)
    (m,) = result.meetings
    assert families(m.attendance.present) == ["phillips", "strange", "campbell", "sparey"] + [
        "sparey"
    ]
    # the ward councillor and the clerk after him are no members; with the lines lost they
    # cannot be told apart from guests either, so they are left out and the warning says so
    assert m.attendance.in_attendance == []
    assert any("another council's councillor" in w for w in result.warnings)


def test_cut_at_other_councillor_on_text_from_garway():
    kept, rest = cut_at_other_councillor(
        "Tony Phillips (Chairman), Chris Strange, Rose Sparey and Richard Sparey Ward "
        "Councillor Fagan, Parish Clerk Mark Hearne and four residents."
    )
    assert kept == "Tony Phillips (Chairman), Chris Strange, Rose Sparey and Richard Sparey"
    assert rest.startswith("Ward Councillor Fagan")
    # a list opening with such a councillor, or naming none, is left whole
    assert cut_at_other_councillor("County Cllr C Dee, Cllr A Bee") == (
        "County Cllr C Dee, Cllr A Bee",
        "",
    )


@given(
    st.lists(st.tuples(_GIVEN, _FAMILY), min_size=1, max_size=5),
    st.sampled_from(["Ward Councillor", "County Cllr", "District Councillor"]),
    _FAMILY,
    st.sampled_from([", ", " and ", " & "]),
)
def test_cut_at_other_councillor_keeps_every_member_before_it(members, tier, family, sep):
    listed = ", ".join(f"Cllr {g} {f}" for g, f in members)
    kept, rest = cut_at_other_councillor(f"{listed} {tier} {family}, Clerk Mr X Wye")
    assert kept == listed
    assert rest == f"{tier} {family}, Clerk Mr X Wye"
    # joined to the list by a comma or "and", the councillor is in the list as printed
    # (Llangynidr 2020: "... Mr David Filsell and County Councillor Rosemarie Harris.")
    whole = f"{listed}{sep}{tier} {family}"
    assert cut_at_other_councillor(whole) == (whole, "")


def _peterchurch() -> str:
    return (DOCUMENTS / "peterchurch-pc-2021-10-13.txt").read_text(encoding="utf-8")


def test_an_unlabelled_councillors_line_of_full_names_is_the_present_list():
    (m,) = parse_document(_peterchurch()).meetings
    assert families(m.attendance.present) == [
        "morgan",
        "treanor",
        "burgess",
        "metcalfe",
        "thacker vuts",
        "metcalfe",
    ]
    assert m.attendance.in_attendance == []


def test_a_dashed_title_under_minutes_all_numbered_one_gives_the_apologies():
    (m,) = parse_document(_peterchurch()).meetings
    assert m.items[0].title == "Apologies for absence"
    assert families(m.attendance.apologies) == ["scrimgeour", "coda"]


def test_a_sentence_opening_with_councillors_and_full_names_is_no_present_list():
    text = (
        "Minutes of the Parish Council meeting held on Monday 4 March 2024 at 7.30 pm\n\n"
        "Councillors Ann Bee and Carl Dee reported on the village hall works.\n\n"
        "1. Apologies for absence\nNone.\n\n2. Minutes\nThe minutes were approved.\n"
    )
    (m,) = parse_document(text).meetings
    assert m.attendance is None or m.attendance.present == []


_GIVEN_NAME = st.sampled_from(["David", "Brendan", "John", "Robert", "Emma", "Samantha"])


@given(st.lists(st.tuples(_GIVEN_NAME, _FAMILY), min_size=3, max_size=7))
def test_an_unlabelled_councillors_line_reads_every_name(people):
    names = [f"{g} {f}" for g, f in people]
    line = "Councillors " + ", ".join(names[:-1]) + " and " + names[-1] + "."
    text = (
        "Minutes of the Parish Council meeting held on Monday 4 March 2024 at 7.30 pm\n\n"
        f"{line}\n\n1. Apologies for absence\nNone.\n\n2. Minutes\nApproved.\n"
    )
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == [f.lower() for _, f in people]
