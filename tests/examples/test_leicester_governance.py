"""The bundled example's governance record, checked against the seed text itself."""

import re
from datetime import date

import pytest

from moot.examples.loader import load_example
from moot.governance import selectors
from moot.governance.models import (
    AuditEntry,
    Membership,
    Person,
    PersonAlias,
    StandingInvitee,
    TermsOfReference,
)

JULY = date(2021, 7, 29)


def _front_sheet_members(pack_text: str) -> dict[str, list[str]]:
    """Read 'MEMBERS OF THE BOARD' off the seed's front sheet: section -> lines."""
    block = pack_text.split("MEMBERS OF THE BOARD", 1)[1].split("Information for members", 1)[0]
    sections: dict[str, list[str]] = {}
    current = None
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(":") or line.startswith("STANDING INVITEES"):
            current = line
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


@pytest.mark.django_db
def test_membership_matches_the_seed_front_sheet(example, pack_text=None):
    from tests.helpers import PACK_SEED

    text = PACK_SEED.read_text(encoding="utf-8")
    seed = _front_sheet_members(text)
    terms, rows = selectors.members_by_section(example, JULY)
    assert terms.version == "9.7 April 2021"
    counts = {
        row.section.name: (row.state.filled, row.state.vacancies, row.section.cap) for row in rows
    }
    assert counts == {
        "Elected Members of Leicester City Council": (5, 0, 5),
        "Representatives of the NHS": (7, 0, 7),
        "Officers of Leicester City Council": (3, 1, 4),
        "Healthwatch and Other Representatives": (7, 1, 8),
    }
    # Every holder appears, by name or alias, in the seed's section of the same kind, and
    # the seed's section has as many names as we have holders.
    seed_by_kind = {
        "Elected Members of Leicester City Council": seed["Councillors:"],
        "Representatives of the NHS": seed["NHS Representatives:"],
        "Officers of Leicester City Council": seed["City Council Officers:"],
        "Healthwatch and Other Representatives": seed["Healthwatch / Other Representatives:"],
    }
    for row in rows:
        lines = [line for line in seed_by_kind[row.section.name] if "Vacancy" not in line]
        holders = [s.membership.person for s in row.seats if s.membership]
        assert len(lines) == len(holders), row.section.name
        for person in holders:
            spellings = [person.name, *person.aliases.values_list("name", flat=True)]
            assert any(any(s in line for s in spellings) for line in lines), person.name
    vacancy_lines = [
        line for lines in seed_by_kind.values() for line in lines if re.match(r"\d+ Vacancy", line)
    ]
    assert len(vacancy_lines) == 1  # the officers' vacancy; item 3 adds the unfilled one
    assert "1 Unfilled Vacancy" in text

    invitees = selectors.standing_invitees_on(example, JULY)
    seed_invitees = [
        line for line in next(v for k, v in seed.items() if k.startswith("STANDING INVITEES"))
    ]
    assert len(invitees) == len(seed_invitees) == 5
    for invitee in invitees:
        assert any(invitee.person.name in line for line in seed_invitees)

    chair = Membership.objects.get(
        role=Membership.Role.CHAIR, start_date__lte=JULY, end_date__isnull=True
    )
    assert chair.person.display_name == "Councillor Vi Dempster"
    assert "Councillor Vi Dempster, Assistant City Mayor, Health (Chair)" in text


@pytest.mark.django_db
def test_terms_of_reference_rules_as_appendix_a_states_them(example, pack_seed_text):
    terms = selectors.terms_in_force(example, JULY)
    assert "at least six members of the Board present" in pack_seed_text
    rules = selectors.rules_for_terms(terms)
    assert rules.quorum.minimum == 6
    assert [g.name for g in rules.quorum.groups] == [
        "Leicester City Council (Elected Member)",
        "LLR Clinical Commissioning Group or NHS England & NHS Improvement - Midlands",
        "A senior officer Board Member from Leicester City Council",
        "Local Healthwatch/Other Representatives",
    ]
    assert rules.voting.chair_casting_vote and rules.voting.consensus_first
    assert rules.chair_fallback_sections == {"Elected Members of Leicester City Council"}
    officers = terms.sections.get(name="Officers of Leicester City Council")
    assert not officers.voting
    assert terms.text.startswith("Leicester City Health and Wellbeing Board")
    assert terms.text.endswith("Version 9.7 April 2021")
    assert "5.1 For a meeting to take place" in terms.text
    assert terms.approved_on == date(2021, 4, 29)


@pytest.mark.django_db
def test_seed_name_variants_are_one_person_with_aliases(example):
    farooqi = Person.objects.get(name="Azhar Farooqi")
    assert PersonAlias.objects.filter(person=farooqi, name="Azhar Faroogi").exists()
    assert Person.objects.filter(name__icontains="Sissling").count() == 1
    assert (
        Person.objects.filter(name__icontains="Farooq").count()
        + Person.objects.filter(name__icontains="Faroog").count()
        == 1
    )


@pytest.mark.django_db
def test_loading_twice_changes_nothing(example):
    counts = {
        model: model.objects.count()
        for model in [Person, Membership, StandingInvitee, TermsOfReference, AuditEntry]
    }
    report = load_example("leicester-hwb")
    assert not report.changed
    assert counts == {model: model.objects.count() for model in counts}


@pytest.mark.django_db
def test_authority_front_sheet_texts_come_from_the_seed(example, pack_seed_text):
    authority = selectors.authority()
    assert authority.name == "Leicester City Council"
    assert "115 Charles Street" in authority.address
    for text in [
        authority.public_information,
        authority.accessibility_text,
        authority.filming_text,
        authority.evacuation_text,
    ]:
        assert text and text.splitlines()[0] in pack_seed_text
    assert "record and/or report" in authority.filming_text
