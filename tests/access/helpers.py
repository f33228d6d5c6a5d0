"""Builders for the access tests that are not fixtures."""

from __future__ import annotations

from datetime import date

from moot.governance import services as governance
from moot.governance.models import Body, MembershipSection, Person


def another_body_with_member() -> tuple[Body, Person]:
    """A second body, the Scrutiny Commission, with one member seated since May 2020."""
    other = Body.objects.create(name="Scrutiny Commission", slug="scrutiny-commission")
    terms = governance.terms_of_reference_create(
        body=other, version="1", in_force_from=date(2020, 1, 1)
    )
    section = MembershipSection.objects.create(terms_of_reference=terms, name="Members", cap=3)
    seat = governance.seat_create(section=section, label="Councillor")
    outsider = Person.objects.create(name="Councillor Other", slug="councillor-other")
    governance.membership_create(person=outsider, seat=seat, start_date=date(2020, 5, 1))
    return other, outsider
