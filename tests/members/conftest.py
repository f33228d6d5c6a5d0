"""Fixtures for the members' area: a member of the Health and Wellbeing Board with an
account, a member of another body, and the July meeting's Spotlight item made exempt."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from moot.governance.models import Person
from moot.meetings.models import AgendaItem, Meeting

BODY = "health-and-wellbeing-board"
JULY = f"/my/meetings/{BODY}/2021-07-29/"


@pytest.fixture
def builds(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def account(django_user_model, username: str, person: Person):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "unused-pw-1")
    # An update sends no signal, so no page-cache renewal is left pending in the test's
    # transaction (a later one inside django_capture_on_commit_callbacks would join it).
    Person.objects.filter(pk=person.pk).update(user=user)
    return user


@pytest.fixture
def member(example, django_user_model):
    """Harsha Kotecha, who holds a Board seat from 29 April 2021 (and before)."""
    return account(django_user_model, "kotecha", Person.objects.get(name="Harsha Kotecha"))


@pytest.fixture
def outsider(example, django_user_model):
    from tests.access.helpers import another_body_with_member

    _, person = another_body_with_member()
    return account(django_user_model, "outsider", person)


@pytest.fixture
def exempt_spotlight(example):
    """July's item 6 exempt under paragraph 3; its appendix C inherits."""
    item = AgendaItem.objects.get(
        meeting__body=example, meeting__date=date(2021, 7, 29), agenda_number="6"
    )
    item.exempt, item.exempt_paragraph = True, 3
    item.exempt_reason = "Confidential valuation of the spotlight site"
    item.save()
    return item


@pytest.fixture
def future_meeting(example):
    from moot.meetings import services

    return services.meeting_create(
        body=example,
        day=date.today() + timedelta(days=30),
        at=time(10, 0),
        venue="City Hall",
        kind=Meeting.Kind.ORDINARY,
        mode=Meeting.Mode.IN_PERSON,
        today=date.today(),
    )
