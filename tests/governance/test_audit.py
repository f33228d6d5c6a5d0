"""The audit trail: who did what to which object, with before and after values; readable
per object and per user in the back office; never changed or deleted (issue 11 item 3)."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from moot.governance import selectors, services
from moot.governance.models import AuditEntry, AuditTrailImmutable, Body, Organisation
from tests.accounts.support import enrol_totp


@pytest.fixture
def clerk(client, db):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # an administrator must use MFA
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_log_action_keeps_the_user_the_object_and_the_changes(clerk, example):
    entry = services.log_action(
        "moot.body.renamed",
        example,
        user=clerk,
        changes={"name": {"old": "Board", "new": example.name}},
    )
    assert entry.user == clerk and entry.user_label == "clerk"
    assert entry.content_object == example
    assert entry.changes == {"name": {"old": "Board", "new": example.name}}
    assert list(selectors.audit_history(example))[0] == entry


@pytest.mark.django_db
def test_log_action_without_a_user_or_with_a_name_only(example):
    system = services.log_action("moot.body.checked", example)
    named = services.log_action("moot.body.checked", example, user="import")
    assert (system.user, system.user_label) == (None, "")
    assert (named.user, named.user_label) == (None, "import")


@pytest.mark.django_db
def test_the_user_label_survives_the_account(clerk, example):
    entry = services.log_action("moot.body.checked", example, user=clerk)
    clerk.delete()
    entry = AuditEntry.objects.get(pk=entry.pk)
    assert (entry.user, entry.user_label) == (None, "clerk")


@pytest.mark.django_db
def test_the_model_refuses_to_change_or_delete_an_entry(example):
    entry = services.log_action("moot.body.checked", example)
    entry.action = "moot.body.forged"
    with pytest.raises(AuditTrailImmutable):
        entry.save()
    with pytest.raises(AuditTrailImmutable):
        entry.delete()
    with pytest.raises(AuditTrailImmutable):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(AuditTrailImmutable):
        AuditEntry.objects.filter(pk=entry.pk).update(action="moot.body.forged")
    assert AuditEntry.objects.get(pk=entry.pk).action == "moot.body.checked"


@pytest.mark.django_db
def test_the_audit_trail_cannot_be_added_changed_or_deleted_in_the_admin(client, clerk, example):
    entry = services.log_action("moot.body.checked", example, user=clerk)
    change = reverse("admin:governance_auditentry_change", args=[entry.pk])
    page = client.get(change)
    assert page.status_code == 200  # readable
    assert b'name="_save"' not in page.content
    assert client.post(change, {"action": "moot.body.forged"}).status_code == 403
    delete = reverse("admin:governance_auditentry_delete", args=[entry.pk])
    assert client.get(delete).status_code == 403
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:governance_auditentry_add")).status_code == 403
    changelist = reverse("admin:governance_auditentry_changelist")
    client.post(changelist, {"action": "delete_selected", "_selected_action": [entry.pk]})
    assert AuditEntry.objects.get(pk=entry.pk).action == "moot.body.checked"
    assert b"delete_selected" not in client.get(changelist).content


@pytest.mark.django_db
def test_the_audit_trail_is_readable_per_user_and_per_object(client, clerk, example):
    other = User.objects.create_user("someone", "someone@example.org", "x-long-password-2")
    services.log_action("moot.body.checked_by_clerk", example, user=clerk)
    services.log_action("moot.body.checked_by_someone", example, user=other)
    changelist = reverse("admin:governance_auditentry_changelist")
    page = client.get(changelist, {"user__id__exact": clerk.pk})
    listed = {entry.action for entry in page.context["cl"].result_list}
    assert "moot.body.checked_by_clerk" in listed
    assert "moot.body.checked_by_someone" not in listed
    history = client.get(reverse("admin:governance_body_history", args=[example.pk]))
    assert b"moot.body.checked_by_clerk" in history.content
    assert b"moot.body.checked_by_someone" in history.content


@pytest.mark.django_db
def test_an_admin_save_is_logged_once_with_what_changed(client, clerk, example):
    from tests.admin_forms import change_form_data

    organisation = Organisation.objects.first()
    url = reverse("admin:governance_organisation_change", args=[organisation.pk])
    data = change_form_data(client.get(url))
    data["short_name"] = "Renamed"
    before = AuditEntry.objects.count()
    assert client.post(url, data).status_code == 302
    assert AuditEntry.objects.count() == before + 1
    entry = AuditEntry.objects.latest("id")
    assert (entry.action, entry.user) == ("moot.organisation.changed", clerk)
    assert entry.changes == {"short_name": {"old": organisation.short_name, "new": "Renamed"}}
    assert Body.objects.filter(pk=example.pk).exists()


@pytest.mark.django_db
def test_record_update_logs_the_old_and_new_values_of_the_fields_it_saves(clerk, example):
    old = example.default_venue
    example.default_venue = "City Hall, Meeting Room G.02"
    services.record_update(
        obj=example, fields=["default_venue"], action="moot.body.venue_completed", user=clerk
    )
    entry = AuditEntry.objects.get(action="moot.body.venue_completed")
    assert entry.changes == {"default_venue": {"old": old, "new": "City Hall, Meeting Room G.02"}}
    assert Body.objects.get(pk=example.pk).default_venue == "City Hall, Meeting Room G.02"
