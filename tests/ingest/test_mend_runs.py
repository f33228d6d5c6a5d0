"""The readers of runs of names share one set of name parts (``name_parts``): where two
readers read the same shape they read the same people, and where their parts differ (a
professor, a councillor's title before an unsure family name) each
keeps its own reading."""

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.minutes_attendance import _item_apologies, _name_run, names_alone
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.principal_minutes import flat_one_a_line_lists, one_a_line_lists


def names(people):
    return [p.name for p in people]


_TITLE = st.sampled_from(["Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr"])
_INITIALS = st.lists(st.sampled_from("ABCDEGHJKLMPRSTW"), min_size=0, max_size=3)
_FAMILY = st.sampled_from(["Bee", "Rowley", "Burke-Lloyd", "Dell'Anna", "Prosser", "Vaughan"])
_PERSON = st.builds(
    lambda title, initials, family: " ".join([title, *initials, family]),
    _TITLE,
    _INITIALS,
    _FAMILY,
)
_JOIN = st.sampled_from([", ", " and ", " & "])


@given(st.lists(st.tuples(_PERSON, _JOIN), min_size=1, max_size=5))
def test_a_run_after_received_from_and_a_minute_of_names_alone_read_the_same_people(people):
    listed = "".join(
        person + (join if i < len(people) - 1 else "") for i, (person, join) in enumerate(people)
    )
    expected = [person for person, _ in people]
    run = names(_name_run(f"Apologies were received from {listed}. The minutes were read."))
    alone = names(names_alone(f"{listed}."))
    assert run == expected
    assert alone == names(split_name_list(listed))
    assert len(alone) == len(expected)


def test_a_run_reads_a_professor_and_a_minute_of_names_alone_does_not():
    assert names(_name_run("Apologies were received from Prof. A Bee and Cllr C Dee.")) == [
        "Prof. A Bee",
        "Cllr C Dee",
    ]
    assert names_alone("Prof A Bee, Cllr C Dee.") == []


def test_a_run_opens_no_name_with_a_personal_title_and_its_stop():
    assert _name_run("Apologies were received from Mr. A Bee and Cllr C Dee.") == []
    assert names(names_alone("Mr. A Bee, Cllr. Mrs C Dee.")) == ["Mr A Bee", "Cllr Mrs C Dee"]


def test_a_family_name_in_a_run_is_read_whole_or_not_at_all():
    assert names(names_alone("Cllr A Dell’Anna, Cllr. Mrs C Burke-Lloyd.")) == [
        "Cllr A Dell’Anna",
        "Cllr Mrs C Burke-Lloyd",
    ]
    for printed in ("Dell'Anna", "Dell’Anna", "McIntyre", "DeVito", "O’Brien", "Burke-Lloyd"):
        run = names(_name_run(f"Apologies were received from Cllr A {printed} and Cllr C Dee."))
        assert run == [f"Cllr A {printed}", "Cllr C Dee"]
    # a name going on in a way no family name does is no entry, never cut short into one
    assert _name_run("Apologies were received from Cllr Smith's wife.") == []


def test_a_title_that_is_the_apologies_keeps_its_honorifics_case():
    title = "Apologies for absence were received Cllr A. Bee and Mrs C Dee"
    assert names(_item_apologies(title, "", False)) == ["Cllr A. Bee", "Mrs C Dee"]
    # (the honorific after "received" in its own case: "councillors" in lower case opens
    # no list)
    lower = "Apologies were received councillors A Bee and C Dee"
    assert _item_apologies(lower, "", False) == []
    dashed = "Apologies for Absence – Cllrs A Bee and C Dee"
    assert names(_item_apologies(dashed, "", False)) == ["Cllr A Bee", "Cllr C Dee"]


_ENTRIES = [
    "Mrs S A Arnold (Chairman)",
    "B Cabbell Manners",
    "Councillor B Cabbell Manners",
    "M J M Baker",
    "Mrs G Hay",
]
_KEPT = "Mrs S A Arnold (Chairman), Councillor B Cabbell Manners, M J M Baker, Mrs G Hay"


def test_a_list_one_a_line_and_the_same_list_flattened_keep_the_same_entries():
    lines = one_a_line_lists("Present:\nCouncillors\n" + "\n".join(_ENTRIES) + "\n")
    assert lines == f"Present: {_KEPT}\n"
    flat = flat_one_a_line_lists("Present: Councillors " + " ".join(_ENTRIES))
    assert flat == f"Present: {_KEPT}"


def test_an_unsure_family_name_after_a_personal_title_is_left_out_both_ways():
    entries = ["Mrs S A Arnold", "Mrs B Cabbell Manners", "M J M Baker", "Mr D Eff"]
    kept = "Mrs S A Arnold, M J M Baker, Mr D Eff"
    assert one_a_line_lists("Present:\n" + "\n".join(entries) + "\n") == f"Present: {kept}\n"
    assert flat_one_a_line_lists("Present: " + " ".join(entries)) == f"Present: {kept}"
