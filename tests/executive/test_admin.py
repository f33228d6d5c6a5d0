"""The back office records a decision through the service: refusals show on the form."""

import pytest
from django.urls import reverse

from moot.executive.models import ExecutiveDecision

pytestmark = pytest.mark.django_db


def form(**overrides):
    data = {
        "maker": "Cllr Officer Example, Cabinet Member",
        "title": "Adopt the parking strategy zqxadmin",
        "decision": "Adopt the strategy.",
        "decided_on": "2026-05-01",
        "reasons": "It meets the local plan.",
        "alternatives": "Do nothing (rejected).",
        "published_at_0": "2026-05-01",
        "published_at_1": "10:00:00",
        "conflicts": "",
        "dispensations": "",
        "urgency_reason": "",
        "exempt_details": "",
    }
    data.update(overrides)
    return data


def test_admin_refuses_a_decision_without_alternatives_and_keeps_what_was_typed(
    admin_client, example
):
    url = reverse("admin:executive_executivedecision_add")
    response = admin_client.post(url, form(alternatives=""))
    assert response.status_code == 200
    text = response.content.decode()
    assert "alternative options considered and rejected" in text
    assert "Adopt the parking strategy zqxadmin" in text
    assert not ExecutiveDecision.objects.filter(title__contains="zqxadmin").exists()
    response = admin_client.post(url, form())
    assert response.status_code == 302
    record = ExecutiveDecision.objects.get(title__contains="zqxadmin")
    assert (
        record.call_in_closes_at is not None
        and record.effective_from.isoformat() == "2026-05-12"  # 4 May: bank holiday
    )
    change = reverse("admin:executive_executivedecision_change", args=[record.pk])
    assert admin_client.get(change).status_code == 200
    admin_client.post(change, form(title="Changed"))
    record.refresh_from_db()
    assert record.title == "Adopt the parking strategy zqxadmin"
