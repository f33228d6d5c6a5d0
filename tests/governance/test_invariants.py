"""Invariants the services check are held by the database too: on PostgreSQL by
exclusion constraints, on SQLite (which has none) by the models' ``clean()``. Each test
runs on both databases (CI runs the suite on each)."""

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from moot.governance.models import Membership, Person, TermsOfReference
from tests.accounts.support import enrol_totp
from tests.admin_forms import change_form_data


def _refused_by_the_database(make) -> None:
    """On PostgreSQL, writing around the services is refused by the database itself."""
    if connection.vendor != "postgresql":
        return
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.mark.django_db
def test_overlapping_terms_of_reference_are_refused_around_the_service(example):
    overlapping = TermsOfReference(
        body=example, version="9.8", in_force_from=date(2022, 1, 1), in_force_to=None
    )
    with pytest.raises(ValidationError, match="overlaps version 9.7 April 2021"):
        overlapping.full_clean()
    _refused_by_the_database(lambda: TermsOfReference.objects.bulk_create([overlapping]))
    assert not TermsOfReference.objects.filter(body=example, version="9.8").exists()


@pytest.mark.django_db
def test_a_version_after_the_last_one_ends_is_accepted(example):
    current = TermsOfReference.objects.get(body=example, version="9.7 April 2021")
    current.in_force_to = date(2022, 3, 31)
    current.full_clean()
    current.save()
    later = TermsOfReference(body=example, version="10", in_force_from=date(2022, 4, 1))
    later.full_clean()
    later.save()


@pytest.mark.django_db
def test_a_seat_is_held_by_one_person_on_a_date_around_the_service(example):
    held = Membership.objects.get(person__name="Ivan Browne", end_date__isnull=True)
    newcomer = Person.objects.create(name="New Person", slug="new-person")
    second = Membership(person=newcomer, seat=held.seat, start_date=date(2021, 9, 1))
    with pytest.raises(ValidationError, match="already held by Ivan Browne"):
        second.full_clean()
    _refused_by_the_database(lambda: second.save())
    assert not Membership.objects.filter(person=newcomer).exists()


@pytest.mark.django_db
def test_an_overlapping_version_in_the_admin_is_a_form_error(client, example):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # an administrator must use MFA
    client.force_login(user)
    add = reverse("admin:governance_termsofreference_add")
    data = change_form_data(client.get(add))
    data.update({"body": str(example.pk), "version": "9.8", "in_force_from": "2022-01-01"})
    response = client.post(add, data)
    assert response.status_code == 200
    assert "overlaps version 9.7 April 2021" in response.content.decode()
    assert not TermsOfReference.objects.filter(version="9.8").exists()
