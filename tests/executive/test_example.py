"""`moot load-example executive` loads beside Leicester, idempotently."""

import pytest

from moot.examples.loader import load_example
from moot.executive.models import CallIn, ExecutiveDecision, KeyDecisionNotice
from moot.governance.models import Authority, Body
from moot.meetings.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db


def snapshot(body):
    authority = Authority.objects.values().get()
    meetings = list(Meeting.objects.filter(body=body).values())
    items = list(AgendaItem.objects.filter(body=body).values())
    return authority, meetings, items


def test_executive_example_loads_beside_leicester_and_twice_is_a_no_op(example):
    before = snapshot(example)
    report = load_example("executive")
    assert report.created["decisions"] == 4 and report.created["call-ins"] == 1
    assert snapshot(example) == before
    cabinet = Body.objects.get(slug="wrenfield-cabinet")
    routes = sorted(ExecutiveDecision.objects.filter(body=cabinet).values_list("route", flat=True))
    assert routes == ["general_exception", "normal", "normal", "special_urgency"]
    called = CallIn.objects.get(decision__body=cabinet)
    assert called.item.meeting.body.slug == "wrenfield-scrutiny"
    assert KeyDecisionNotice.objects.filter(body=cabinet).count() == 4
    again = load_example("executive")
    assert not again.changed
    assert ExecutiveDecision.objects.filter(body=cabinet).count() == 4
