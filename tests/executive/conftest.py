"""Fixtures of the executive tests: a cabinet, a scrutiny committee with a meeting to hear
call-ins, a signed-in clerk of the cabinet, the bundled executive example, the workspace's
clock at a known moment, and a notice of a key decision (the forward plan's entry) as the
clerk's form sends it and as the services take it."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from moot.access.services import role_grant
from moot.executive import services
from moot.executive.models import ExecutiveDecision, ExecutiveSettings
from moot.governance.models import Authority, Body
from moot.meetings import services as meeting_services
from tests.accounts.support import enrol_totp

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2027, 1, 4, 10, 0, tzinfo=LONDON)  # a Monday


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


@pytest.fixture
def executive(example):
    """The bundled (fictional) Wrenfield executive example loaded beside Leicester, the page
    cache emptied: its four decision records by the matter of their notices."""
    from django.core.cache import cache

    from moot.examples.loader import load_example

    load_example("executive")
    cache.clear()
    decisions = ExecutiveDecision.objects.select_related("notice", "body")
    return {d.notice.matter: d for d in decisions}


@pytest.fixture
def frozen_clock(monkeypatch):
    """The workspace's clock at ``NOW``."""
    from moot.workspace import views as workspace_views

    monkeypatch.setattr(workspace_views, "clock", lambda: NOW)


NOTICE = {
    "notice-body": "",
    "notice-matter": "Sell the old depot",
    "notice-decision_maker": "Cllr P Example, Cabinet Member for Assets",
    "notice-decision_date": "2027-03-01",
    "notice-documents": "Report of the Director",
    "notice-documents_address": "Town Hall",
    "notice-other_documents": "Other documents may be submitted.",
    "notice-request_procedure": "Ask Democratic Services.",
    "notice-key": "on",
    "notice-key_reason": "Capital receipt of £1.5m.",
}


def notice_values(**overrides):
    """``NOTICE`` as the services take it."""
    values = {k.removeprefix("notice-"): v for k, v in NOTICE.items() if k != "notice-body"}
    return values | {"decision_date": date(2027, 3, 1), "key": True} | overrides


def make_notice(cabinet, published=date(2027, 1, 4)):
    notice = services.notice_create(body=cabinet, **notice_values())
    if published:
        notice = services.notice_publish(notice=notice, on=published)
    return notice


def depot_decision(cabinet):
    """A decision of the cabinet without a notice, made on Monday 4 January 2027 and its
    record published at ``NOW``: open to call-in."""
    return services.decision_record(
        title="Close the depot",
        decision="Closed.",
        decided_on=date(2027, 1, 4),
        reasons="Cost.",
        alternatives="None.",
        maker="Cabinet",
        body=cabinet,
        published_at=NOW,
    )
