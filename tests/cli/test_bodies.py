"""`moot body load|appoint|list`: a body set up from a terms-of-reference file, with the
workspace's checks; bad input is one line naming the input at fault, exit 1, nothing
written."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot import cli
from moot.governance import terms as checks
from moot.governance.models import AuditEntry, Body, Membership, Person, TermsOfReference

pytestmark = pytest.mark.django_db

TOML = """
[body]
name = "Joint Health Scrutiny Committee"
classification = "joint_committee"
purpose = "Scrutinises health services across the two councils."
default_venue = "Committee Room A"

[terms]
version = "1"
approved_on = 2025-04-01
approved_by = "Both councils"
in_force_from = 2025-05-01
quorum_minimum = 4
decision_method = "majority"
chair_casting_vote = false
minimum_meetings_per_year = 3
standing_items = ["Apologies", "Declarations of interest"]

[[terms.sections]]
name = "City councillors"
cap = 3

[[terms.sections]]
name = "County councillors"
cap = 3

[[terms.sections]]
name = "Healthwatch"
cap = 1
voting = false

[[members]]
name = "Cllr Pat Chair"
section = "City councillors"
role = "chair"

[[members]]
name = "Cllr Sam County"
section = "county councillors"
from = 2025-06-01
"""


def moot(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def toml_file(tmp_path):
    def write(text: str = TOML, name: str = "terms.toml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def counts() -> tuple[int, ...]:
    return (
        Body.objects.count(),
        TermsOfReference.objects.count(),
        Membership.objects.count(),
        Person.objects.count(),
        AuditEntry.objects.count(),
    )


def test_load_sets_up_the_body_its_terms_and_members(capsys, toml_file):
    code, out, err = moot(capsys, "body", "load", str(toml_file()), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["body"] == "joint-health-scrutiny-committee" and result["created"]
    assert result["terms"] == {
        "version": "1",
        "in_force_from": "2025-05-01",
        "in_force_to": None,
        "superseded": None,
    }
    assert result["sections"][2] == {"name": "Healthwatch", "cap": 1, "voting": False}
    assert [(m["name"], m["section"], m["role"], m["from"]) for m in result["members"]] == [
        ("Cllr Pat Chair", "City councillors", "chair", "2025-05-01"),
        ("Cllr Sam County", "County councillors", "member", "2025-06-01"),
    ]
    terms = TermsOfReference.objects.get(body__slug=result["body"])
    assert terms.decision_method == "majority" and not terms.chair_casting_vote
    assert terms.quorum_minimum == 4 and terms.standing_items == [
        "Apologies",
        "Declarations of interest",
    ]
    assert AuditEntry.objects.filter(action="moot.body.created", object_label=result["name"])


def test_a_second_version_from_json_ends_the_first_the_day_before(capsys, toml_file, tmp_path):
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0
    second = {
        "body": {"name": "Joint Health Scrutiny Committee"},
        "terms": {
            "version": "2",
            "in_force_from": "2026-01-01",
            "quorum_fraction": "1/2",
            "quorum_floor": 3,
            "sections": [{"name": "Councillors", "cap": 6}],
        },
    }
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(second), encoding="utf-8")
    code, out, err = moot(capsys, "body", "load", str(path), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert not result["created"] and result["terms"]["superseded"] == "1"
    first = TermsOfReference.objects.get(body__slug=result["body"], version="1")
    assert first.in_force_to == date(2025, 12, 31)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("cap = 3\n", 'cap = "three"\n'),
            "terms.sections[1].cap: expected a whole number, found 'three'.",
        ),
        (
            ("cap = 1\n", "cap = 0\n"),
            "terms.sections[3].cap: Section 3 (Healthwatch): the seat cap is 0",
        ),
        (
            ("quorum_minimum = 4\n", 'quorum_fraction = "5/4"\n'),
            "terms.quorum_fraction: The quorum's fraction 5/4 is not a share",
        ),
        (("quorum_minimum = 4\n", ""), "terms.quorum_minimum: Give the quorum"),
        (('version = "1"\n', ""), "terms.version: Enter the version"),
        (("in_force_from = 2025-05-01\n", "in_force_from = 2025-13-01\n"), "Not TOML"),
        (
            ("in_force_from = 2025-05-01\n", 'in_force_from = "soon"\n'),
            "terms.in_force_from: 'soon' is not a date",
        ),
        (('role = "chair"\n', 'role = "king"\n'), "members[1]: the role 'king' is not one of"),
        (
            ('section = "county councillors"\n', 'section = "Nobody"\n'),
            "members[2]: the section 'Nobody' is not one",
        ),
        (
            ('classification = "joint_committee"\n', 'classification = "club"\n'),
            "body.classification: The classification 'club'",
        ),
        (("default_venue", "venue"), "body.venue: not a field Moot reads here"),
        (
            ('name = "Cllr Sam County"\n', 'name = "Cllr Sam County"\nperson = "x"\n'),
            "members[2]: give either person",
        ),
    ],
)
def test_bad_input_is_one_line_naming_the_input_and_writes_nothing(
    capsys, toml_file, change, message
):
    before = counts()
    path = toml_file(TOML.replace(*change, 1))
    code, out, err = moot(capsys, "body", "load", str(path), "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"moot body: {path}: ") and err.count("\n") == 1
    assert message in err
    assert counts() == before


def test_a_refusal_after_writing_began_rolls_everything_back(capsys, toml_file):
    """A cap of 1 with two members appointed: the second is refused by the seat-cap rule
    after the body and terms were written; nothing stays."""
    before = counts()
    text = TOML.replace('section = "county councillors"', 'section = "Healthwatch"').replace(
        'name = "Cllr Pat Chair"\nsection = "City councillors"',
        'name = "Cllr Pat Chair"\nsection = "Healthwatch"',
    )
    code, out, err = moot(capsys, "body", "load", str(toml_file(text)))
    assert code == 1
    assert "members[2]: Cannot appoint Cllr Sam County: Healthwatch is capped at 1 member" in err
    assert counts() == before


def test_an_unknown_person_is_refused(capsys, toml_file):
    text = TOML.replace('name = "Cllr Pat Chair"', 'person = "no-such-person"')
    code, _, err = moot(capsys, "body", "load", str(toml_file(text)))
    assert code == 1 and "members[1]: there is no person 'no-such-person'" in err


def test_loading_the_same_file_again_changes_nothing(capsys, toml_file):
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0
    before = counts()
    code, out, err = moot(capsys, "body", "load", str(toml_file()), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["unchanged"] is True and result["created"] is False
    assert result["terms"]["version"] == "1" and result["members"] == []
    assert counts() == before  # no row and no audit entry
    code, out, _ = moot(capsys, "body", "load", str(toml_file()))
    assert code == 0 and out.strip().endswith("unchanged.")


def test_a_member_ended_since_does_not_make_the_file_differ(capsys, toml_file):
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0
    sam = Membership.objects.get(person__name="Cllr Sam County")
    sam.end_date = date(2025, 9, 30)
    sam.save()
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0


@pytest.mark.parametrize(
    "old, new, place",
    [
        (
            "quorum_minimum = 4",
            "quorum_minimum = 5",
            "terms.quorum_minimum: the file says 5, the record 4",
        ),
        (
            'name = "Healthwatch"\ncap = 1',
            'name = "Healthwatch"\ncap = 2',
            "terms.sections: the file says",
        ),
        (
            'standing_items = ["Apologies", ',
            'standing_items = ["Apologies for absence", ',
            "terms.standing_items",
        ),
        (
            'role = "chair"',
            'role = "vice_chair"',
            "members[1]: Cllr Pat Chair is not recorded in City councillors as vice_chair",
        ),
        (
            'default_venue = "Committee Room A"',
            'default_venue = "Committee Room B"',
            "body.default_venue: the file says Committee Room B, the record Committee Room A",
        ),
    ],
)
def test_a_changed_file_for_a_recorded_version_is_refused_naming_the_version(
    capsys, toml_file, old, new, place
):
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0
    before = counts()
    assert old in TOML
    code, out, err = moot(capsys, "body", "load", str(toml_file(TOML.replace(old, new))))
    assert (code, out) == (1, "")
    assert (
        "terms.version: version 1 of Joint Health Scrutiny Committee's terms of reference is already recorded and the file differs"
        in err
    )
    assert place in err
    assert "give the changed terms a new version" in err
    assert len(err.strip().splitlines()) == 1
    assert counts() == before


GROUPS = """
chair_fallback_sections = ["City councillors", "County councillors"]
text = "1. Purpose. To scrutinise health services."
source_note = "Joint agreement, April 2025."

[[terms.quorum_groups]]
name = "Each council"
minimum = 1
sections = ["City councillors"]

[[terms.quorum_groups]]
name = "Healthwatch"
organisations = ["HW"]

[[standing_invitees]]
name = "Ms Dee Director"
title = "Director of Public Health"
organisation = "healthwatch-city"

[[standing_invitees]]
person = "known-invitee"
from = 2025-06-01
to = 2026-05-31
"""


def with_groups() -> str:
    """The committee's file with quorum groups, the chair's fallback, its text and two
    standing invitees (inserted in its [terms] table and at its end)."""
    head, sections = TOML.split("[[terms.sections]]", 1)
    terms_extra, rest = GROUPS.split("[[terms.quorum_groups]]", 1)
    groups, invitees = ("[[terms.quorum_groups]]" + rest).split("[[standing_invitees]]", 1)
    return (
        head
        + terms_extra
        + "[[terms.sections]]"
        + sections
        + groups
        + "[[standing_invitees]]"
        + invitees
    )


@pytest.fixture
def healthwatch():
    from moot.governance.models import Organisation

    Person.objects.create(name="Mr Known Invitee", slug="known-invitee")
    return Organisation.objects.create(
        name="Healthwatch City", short_name="HW", slug="healthwatch-city"
    )


def test_quorum_groups_fallback_text_and_invitees_load_from_a_file(capsys, toml_file, healthwatch):
    from moot.governance.models import StandingInvitee

    code, out, err = moot(capsys, "body", "load", str(toml_file(with_groups())), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    terms = TermsOfReference.objects.get(body__slug=result["body"])
    groups = {g.name: g for g in terms.quorum_groups.all()}
    assert [s.name for s in groups["Each council"].sections.all()] == ["City councillors"]
    assert list(groups["Healthwatch"].organisations.all()) == [healthwatch]
    assert sorted(s.name for s in terms.chair_fallback_sections.all()) == [
        "City councillors",
        "County councillors",
    ]
    assert terms.text.startswith("1. Purpose.") and terms.source_note.startswith("Joint")
    assert [
        (i["name"], i["organisation"], i["from"], i["to"]) for i in result["standing_invitees"]
    ] == [
        ("Ms Dee Director", "Healthwatch City", "2025-05-01", None),
        ("Mr Known Invitee", None, "2025-06-01", "2026-05-31"),
    ]
    assert StandingInvitee.objects.filter(body__slug=result["body"]).count() == 2

    before = counts()
    code, out, _ = moot(capsys, "body", "load", str(toml_file(with_groups())), "--json")
    assert code == 0 and json.loads(out)["unchanged"] is True
    assert counts() == before
    changed = with_groups().replace('organisations = ["HW"]', 'sections = ["Healthwatch"]')
    code, _, err = moot(capsys, "body", "load", str(toml_file(changed)))
    assert code == 1 and "terms.quorum_groups: the file's groups" in err


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            'organisations = ["HW"]',
            'organisations = ["Nowhere"]',
            "terms.quorum_groups[2].organisations: there is no organisation 'Nowhere'",
        ),
        (
            'sections = ["City councillors"]',
            'sections = ["Nurses"]',
            "terms.quorum_groups[1].sections: Quorum group 1 (Each council): 'Nurses' is not one of the terms' sections",
        ),
        ("minimum = 1", "minimum = 0", "terms.quorum_groups[1].minimum:"),
        (
            '"County councillors"]',
            '"Nurses"]',
            "terms.chair_fallback_sections: The chair's fallback section 'Nurses'",
        ),
        (
            'organisation = "healthwatch-city"',
            'organisation = "nowhere"',
            "standing_invitees[1].organisation: there is no organisation 'nowhere'",
        ),
        (
            "to = 2026-05-31",
            "to = 2025-01-31",
            "standing_invitees[2]: the invitation ends on 31 January 2025, before it starts",
        ),
        (
            'person = "known-invitee"',
            'person = "nobody-known"',
            "standing_invitees[2]: there is no person 'nobody-known'",
        ),
    ],
)
def test_bad_groups_and_invitees_in_a_file_are_named_and_nothing_written(
    capsys, toml_file, healthwatch, old, new, message
):
    before = counts()
    assert old in with_groups()
    code, out, err = moot(capsys, "body", "load", str(toml_file(with_groups().replace(old, new))))
    assert (code, out) == (1, "")
    assert message in err, err
    assert counts() == before


def test_a_file_of_another_kind_is_refused(capsys, tmp_path):
    path = tmp_path / "terms.yaml"
    path.write_text("body: {}", encoding="utf-8")
    code, _, err = moot(capsys, "body", "load", str(path))
    assert code == 1 and "is .json or .toml, not .yaml" in err


def test_appoint_and_list(capsys, toml_file):
    moot(capsys, "body", "load", str(toml_file()))
    code, out, err = moot(
        capsys,
        "body", "appoint", "joint-health-scrutiny-committee",
        "--section", "Healthwatch", "--name", "Hana Watch", "--from", "2025-07-01", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out)["section"] == "Healthwatch"
    code, _, err = moot(
        capsys,
        "body", "appoint", "joint-health-scrutiny-committee",
        "--section", "Healthwatch", "--name", "Second Watch", "--from", "2025-07-01",
    )  # fmt: skip
    assert code == 1
    assert "--section: Cannot appoint Second Watch: Healthwatch is capped at 1 member" in err
    code, _, err = moot(
        capsys,
        "body", "appoint", "joint-health-scrutiny-committee",
        "--section", "Nope", "--name", "X", "--from", "2025-07-01",
    )  # fmt: skip
    assert code == 1 and "--section 'Nope': not a section of version 1" in err
    code, out, _ = moot(capsys, "body", "list", "--json")
    rows = {r["body"]: r for r in json.loads(out)["bodies"]}
    assert rows["joint-health-scrutiny-committee"]["members"] == 3
    assert rows["joint-health-scrutiny-committee"]["terms"]["version"] == "1"


# --- the checks on their own (pure) --------------------------------------------------------


@given(
    numerator=st.integers(-3, 40),
    denominator=st.integers(-3, 40),
    floor=st.integers(0, 20),
    minimum=st.integers(0, 20),
)
def test_a_quorum_fraction_is_accepted_exactly_when_it_is_a_share(
    numerator, denominator, floor, minimum
):
    problems = checks.quorum_problems(minimum, (numerator, denominator), floor)
    assert ("quorum_fraction" in problems) is not (0 < numerator <= denominator)


@given(minimum=st.integers(0, 20), floor=st.integers(0, 20))
def test_without_a_fraction_a_quorum_needs_a_number_and_no_floor(minimum, floor):
    problems = checks.quorum_problems(minimum, None, floor)
    assert not problems or set(problems) <= {"quorum_minimum", "quorum_floor"}
    assert (not problems) is (minimum > 0 and floor == 0)


names = st.text(alphabet="abcAB ", min_size=0, max_size=6)


@given(sections=st.lists(st.tuples(names, st.integers(-2, 5)), max_size=5))
def test_sections_need_a_name_of_their_own_and_a_cap_of_at_least_one(sections):
    drafts = [
        checks.SectionDraft(name=n, cap=c, row=i) for i, (n, c) in enumerate(sections, start=1)
    ]
    problems = checks.section_problems(drafts)
    folded = [n.strip().casefold() for n, _ in sections]
    valid = (
        bool(sections)
        and all(n for n in folded)
        and len(set(folded)) == len(folded)
        and all(c >= 1 for _, c in sections)
    )
    assert (not problems) is valid
    for row, (_, cap) in enumerate(sections, start=1):
        assert (f"section_{row}_cap" in problems) is (cap < 1)


def test_a_new_version_from_a_file_carries_members_unless_told_not_to(capsys, toml_file, tmp_path):
    assert moot(capsys, "body", "load", str(toml_file()))[0] == 0
    second = {
        "body": {"name": "Joint Health Scrutiny Committee"},
        "terms": {
            "version": "2",
            "in_force_from": "2026-01-01",
            "quorum_minimum": 3,
            "sections": [{"name": "City councillors", "cap": 3}],
        },
    }
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(second), encoding="utf-8")
    assert moot(capsys, "body", "load", str(path))[0] == 0
    pat = Membership.objects.filter(person__name="Cllr Pat Chair").order_by("start_date")
    assert [(m.seat.section.terms_of_reference.version, m.end_date) for m in pat] == [
        ("1", date(2025, 12, 31)),
        ("2", None),
    ]
    sam = Membership.objects.get(person__name="Cllr Sam County")  # no such section in 2
    assert sam.end_date is None and sam.seat.section.terms_of_reference.version == "1"
    third = {**second, "terms": {**second["terms"], "version": "3", "in_force_from": "2027-01-01"}}
    third["terms"]["carry_members"] = False
    path.write_text(json.dumps(third), encoding="utf-8")
    assert moot(capsys, "body", "load", str(path))[0] == 0
    assert not Membership.objects.filter(seat__section__terms_of_reference__version="3").exists()


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)  # strings and whole numbers are written alike in TOML


def as_toml_text(data: dict) -> str:
    """The file's tables in TOML (the shape ``read_setup`` reads: tables, arrays of tables)."""
    lines = []
    for table, fields in data.items():
        lines.append(f"[{table}]")
        rows = {
            k: v for k, v in fields.items() if isinstance(v, list) and v and isinstance(v[0], dict)
        }
        for key, value in fields.items():
            if key not in rows:
                lines.append(f"{key} = {_toml_value(value)}")
        for key, value in rows.items():
            for row in value:
                lines.append(f"[[{table}.{key}]]")
                lines.extend(f"{k} = {_toml_value(v)}" for k, v in row.items())
    return "\n".join(lines) + "\n"


section_names = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).filter(str.strip)


@given(
    version=st.text(alphabet="0123456789.", min_size=1, max_size=6),
    start=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    minimum=st.integers(0, 12),
    fraction=st.one_of(
        st.none(),
        st.integers(1, 9).flatmap(lambda d: st.tuples(st.integers(1, d), st.just(d))),
    ),
    caps=st.lists(st.tuples(section_names, st.integers(1, 20), st.booleans()), max_size=4),
    items=st.lists(st.text(alphabet="abc ", min_size=1, max_size=8).filter(str.strip), max_size=3),
    as_toml=st.booleans(),
)
def test_a_valid_file_reads_back_as_the_draft_it_describes(
    version, start, minimum, fraction, caps, items, as_toml
):
    """Whatever valid terms a file holds, JSON or TOML, the reader gives exactly them;
    and it refuses exactly when the checks do."""
    sections = [
        {"name": n.strip(), "cap": c, "voting": v}
        for i, (n, c, v) in enumerate(caps)
        if n.strip().casefold() not in {m.strip().casefold() for m, _, _ in caps[:i]}
    ]
    terms = {
        "version": version,
        "in_force_from": start.isoformat(),
        "quorum_minimum": minimum,
        "standing_items": [i.strip() for i in items],
        "sections": sections,
    }
    if fraction:
        terms["quorum_fraction"] = f"{fraction[0]}/{fraction[1]}"
    data = {"body": {"name": "Some Board"}, "terms": terms}
    if as_toml:
        text, suffix = as_toml_text(data), ".toml"
    else:
        text, suffix = json.dumps(data), ".json"
    valid = bool(sections) and (minimum > 0 or fraction is not None) and version.strip() != ""
    try:
        draft = checks.read_setup(text, suffix=suffix)
    except checks.SetupInvalid:
        assert not valid
        return
    assert valid
    assert draft.terms.version == version.strip()
    assert draft.terms.in_force_from == start
    assert draft.terms.quorum_fraction == fraction
    assert draft.terms.standing_items == tuple(terms["standing_items"])
    assert [(s.name, s.cap, s.voting) for s in draft.terms.sections] == [
        (s["name"], s["cap"], s["voting"]) for s in sections
    ]


@given(
    minimum=st.integers(1, 12),
    caps=st.lists(st.tuples(section_names, st.integers(1, 20), st.booleans()), min_size=1),
    groups=st.lists(st.tuples(st.integers(1, 3), st.booleans()), max_size=3),
    members=st.lists(st.tuples(st.sampled_from(["member", "chair"]), st.integers(0, 40))),
    change=st.sampled_from(
        ["none", "quorum_minimum", "chair_casting_vote", "text", "sections", "quorum_groups"]
    ),
)
def test_a_file_differs_from_the_record_exactly_where_it_was_changed(
    minimum, caps, groups, members, change
):
    """A draft compared with itself has no difference whatever it holds (so a file loaded
    again is unchanged); one field changed is named, and only it."""
    from dataclasses import replace

    names = list(dict.fromkeys(n.strip() for n, _, _ in caps))
    sections = tuple(
        checks.SectionDraft(name=n, cap=c, voting=v, row=i)
        for i, (n, (_, c, v)) in enumerate(zip(names, caps, strict=False), start=1)
    )
    terms = checks.TermsDraft(
        version="1",
        in_force_from=date(2025, 5, 1),
        quorum_minimum=minimum,
        sections=sections,
        quorum_groups=tuple(
            checks.QuorumGroupDraft(
                name=f"Group {row}",
                minimum=m,
                sections=(names[0],) if by_section else (),
                organisations=() if by_section else ("Some Trust",),
                row=row,
            )
            for row, (m, by_section) in enumerate(groups, start=1)
        ),
    )
    file = checks.SetupDraft(
        body=checks.BodyDraft(name="Some Board", slug="some-board"),
        terms=terms,
        members=tuple(
            checks.MemberDraft(
                name=f"Person {n}",
                section=names[0],
                role=role,
                start_date=date(2025, 5, 1),
                row=row,
            )
            for row, (role, n) in enumerate(members, start=1)
        ),
    )
    assert checks.setup_differences(file, file) == {}
    changed = {
        "none": terms,
        "quorum_minimum": replace(terms, quorum_minimum=minimum + 1),
        "chair_casting_vote": replace(terms, chair_casting_vote=not terms.chair_casting_vote),
        "text": replace(terms, text="Another text."),
        "sections": replace(terms, sections=sections[:-1] + (replace(sections[-1], cap=99),)),
        "quorum_groups": replace(
            terms, quorum_groups=(*terms.quorum_groups, checks.QuorumGroupDraft(name="Extra"))
        ),
    }[change]
    differences = checks.setup_differences(replace(file, terms=changed), file)
    assert set(differences) == (set() if change == "none" else {f"terms.{change}"})


@given(
    groups=st.lists(
        st.tuples(
            names,
            st.integers(-1, 3),
            st.lists(st.sampled_from(["Councillors", "councillors ", "Nurses"]), max_size=2),
            st.lists(st.just("Some Trust"), max_size=1),
        ),
        max_size=4,
    )
)
def test_a_quorum_group_is_accepted_exactly_when_it_is_whole(groups):
    drafts = [
        checks.QuorumGroupDraft(name=n, minimum=m, sections=tuple(s), organisations=tuple(o), row=i)
        for i, (n, m, s, o) in enumerate(groups, start=1)
    ]
    problems = checks.quorum_group_problems(drafts, ["Councillors", "NHS members"])
    seen: set[str] = set()
    for row, (name, minimum, sections, organisations) in enumerate(groups, start=1):
        folded = name.strip().casefold()
        assert (f"group_{row}_name" in problems) is (not folded or folded in seen)
        seen.add(folded)
        assert (f"group_{row}_minimum" in problems) is (minimum < 1)
        bad_sections = "Nurses" in sections or not (sections or organisations)
        assert (f"group_{row}_sections" in problems) is bad_sections
