"""The sign-off steps as the authority's data: `moot report-step` and the admin, both
through the logged service."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from moot import cli
from moot.governance.models import AuditEntry
from moot.reports.models import SignOffStep
from tests.accounts.support import enrol_totp

pytestmark = pytest.mark.django_db


def moot(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_step_set_and_list(capsys, steps):
    User.objects.create_user("mo", email="mo@example.org")
    code, out, _ = moot(
        capsys,
        "report-step",
        "set",
        "Monitoring officer",
        "--signatory",
        "mo@example.org",
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {
        "name": "Monitoring officer",
        "order": 4,
        "active": True,
        "signatories": ["mo@example.org"],
    }
    code, out, _ = moot(capsys, "report-step", "set", "Finance", "--inactive")
    assert code == 0 and out.strip() == "3. Finance (inactive): finance@example.org"
    code, out, _ = moot(capsys, "report-step", "list", "--json")
    rows = json.loads(out)["steps"]
    assert [(r["name"], r["active"]) for r in rows] == [
        ("Lead officer", True),
        ("Legal", True),
        ("Finance", False),
        ("Monitoring officer", True),
    ]
    step = SignOffStep.objects.get(name="Monitoring officer")
    assert AuditEntry.objects.filter(
        object_type="reports.signoffstep", object_id=str(step.pk), action="moot.report.step_added"
    ).exists()


def test_report_step_names_the_unknown_signatory(capsys, steps):
    code, out, err = moot(capsys, "report-step", "set", "Legal", "--signatory", "who@example.org")
    assert code == 1 and out == ""
    assert err.strip() == (
        "moot report-step: --signatory who@example.org: no user has this e-mail address."
    )
    assert list(
        SignOffStep.objects.get(name="Legal").signatories.values_list("email", flat=True)
    ) == ["legal@example.org"]


def test_an_administrator_names_signatories_in_the_admin(client, steps):
    admin_user = User.objects.create_superuser("root", "root@example.org", "x-long-password-1")
    enrol_totp(admin_user)
    client.force_login(admin_user)
    step, lawyer = steps["Legal"]
    change = reverse("admin:reports_signoffstep_change", args=[step.pk])
    assert client.get(change).status_code == 200
    assert client.get(reverse("admin:reports_report_changelist")).status_code == 200
    response = client.post(
        change,
        {"name": "Legal services", "order": "2", "active": "on", "signatories": [admin_user.pk]},
    )
    assert response.status_code == 302, response.content
    step.refresh_from_db()
    assert step.name == "Legal services"
    assert list(step.signatories.all()) == [admin_user]
    entry = AuditEntry.objects.filter(
        object_type="reports.signoffstep", object_id=str(step.pk)
    ).latest("pk")
    assert entry.action == "moot.report.step_changed" and entry.user == admin_user
    assert entry.changes["signatories"] == {
        "old": ["legal@example.org"],
        "new": ["root@example.org"],
    }
