from datetime import date

import pytest

from moot.governance import services
from moot.governance.models import Body, Membership, MembershipSection, Person


@pytest.mark.django_db
def test_membership_beyond_the_cap_is_refused_naming_section_and_cap(example):
    officers = MembershipSection.objects.get(
        terms_of_reference__version="9.7 April 2021", name="Officers of Leicester City Council"
    )
    with pytest.raises(
        services.GovernanceError, match="Officers of Leicester City Council is capped at 4"
    ):
        services.seat_create(section=officers, label="A fifth officer")


@pytest.mark.django_db
def test_a_held_seat_cannot_be_given_twice(example):
    seat = Membership.objects.get(person__name="Ivan Browne", end_date__isnull=True).seat
    newcomer = Person.objects.create(name="New Person", slug="new-person")
    with pytest.raises(services.GovernanceError, match="already held by Ivan Browne"):
        services.membership_create(person=newcomer, seat=seat, start_date=date(2021, 9, 1))


@pytest.mark.django_db
def test_filling_the_vacancy_works_and_is_logged(example):
    officers = MembershipSection.objects.get(
        terms_of_reference__version="9.7 April 2021", name="Officers of Leicester City Council"
    )
    vacant = officers.seats.get(order=4)
    newcomer = Person.objects.create(name="New Officer", slug="new-officer")
    membership = services.membership_create(
        person=newcomer, seat=vacant, start_date=date(2021, 9, 1)
    )
    assert membership.pk
    from moot.governance.models import AuditEntry

    assert AuditEntry.objects.filter(
        action="moot.membership.created", object_id=str(membership.pk)
    ).exists()


@pytest.mark.django_db
def test_overlapping_terms_of_reference_are_refused(example):
    body = Body.objects.get(slug="health-and-wellbeing-board")
    with pytest.raises(services.TermsOverlap, match="overlaps version 9.7 April 2021"):
        services.terms_of_reference_create(body=body, version="9.8", in_force_from=date(2022, 1, 1))
    ended = services.terms_of_reference_create(
        body=body, version="0.1", in_force_from=date(2000, 1, 1), in_force_to=date(2001, 1, 1)
    )
    assert ended.pk


@pytest.mark.django_db
def test_a_seat_audits_itself_once_and_a_refused_one_not_at_all(example, django_user_model):
    from moot.governance.models import AuditEntry, Seat

    officers = MembershipSection.objects.get(
        terms_of_reference__version="9.7 April 2021", name="Officers of Leicester City Council"
    )
    officers.cap = 5
    officers.save()
    user = django_user_model.objects.create_user(username="seats", email="seats@example.org")
    seat = services.seat_create(section=officers, label="A fifth officer", user=user)
    entries = AuditEntry.objects.filter(action="moot.seat.created", object_id=str(seat.pk))
    assert [(e.user, e.data) for e in entries] == [
        (user, {"section": "Officers of Leicester City Council"})
    ]
    before = AuditEntry.objects.count()
    with pytest.raises(services.GovernanceError, match="capped at 5"):
        services.seat_create(section=officers, label="A sixth officer", user=user)
    assert AuditEntry.objects.count() == before
    assert not Seat.objects.filter(label="A sixth officer").exists()
