"""Fixtures of the executive tests: a cabinet, a scrutiny committee with a meeting to hear
call-ins, and a signed-in clerk of the cabinet."""

from datetime import date, time

import pytest

from moot.access.services import role_grant
from moot.executive.models import ExecutiveSettings
from moot.governance.models import Authority, Body
from moot.meetings import services as meeting_services
from tests.accounts.support import enrol_totp


@pytest.fixture
def cabinet(example):
    return Body.objects.create(
        name="Test Cabinet",
        slug="test-cabinet",
        classification="cabinet",
        access_regime="executive",
    )


@pytest.fixture
def scrutiny(example):
    body = Body.objects.create(name="Test Scrutiny", slug="test-scrutiny")
    settings, _ = ExecutiveSettings.objects.get_or_create(authority=Authority.objects.get())
    settings.scrutiny_body = body
    settings.save()
    meeting_services.meeting_create(
        body=body, day=date(2027, 1, 20), at=time(18), recording_past=True
    )
    return body


def clerk_of(django_user_model, body, name="cabclerk"):
    user = django_user_model.objects.create_user(username=name, password="unused")
    role_grant(user=user, role="clerk", body=body)
    enrol_totp(user)
    return user


@pytest.fixture
def clerk(client, django_user_model, cabinet):
    user = clerk_of(django_user_model, cabinet)
    client.force_login(user)
    return user
