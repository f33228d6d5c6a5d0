"""Every model has an admin a clerk can use: list and change pages render."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from tests.accounts.support import enrol_totp

MOOT_APPS = {"governance", "meetings", "documents", "executive"}


@pytest.mark.django_db
def test_every_model_is_in_the_admin_and_its_pages_render(client, example):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # a superuser must use MFA
    client.force_login(user)
    for model in apps.get_models():
        if model._meta.app_label not in MOOT_APPS:
            continue
        assert admin.site.is_registered(model), model
        info = (model._meta.app_label, model._meta.model_name)
        assert client.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200, info
        first = model.objects.first()
        if first is not None:
            url = reverse("admin:{}_{}_change".format(*info), args=[first.pk])
            assert client.get(url).status_code == 200, info


@pytest.mark.django_db
def test_admin_search_and_filters(client, example):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # a superuser must use MFA
    client.force_login(user)
    response = client.get(reverse("admin:governance_person_changelist"), {"q": "Faroogi"})
    assert b"Azhar Farooqi" in response.content
    response = client.get(
        reverse("admin:meetings_meeting_changelist"), {"body__id__exact": example.pk}
    )
    assert b"25 March 2021" in response.content or b"March 25, 2021" in response.content


@pytest.mark.django_db
def test_approved_minutes_cannot_be_changed_in_the_admin(client, example):
    from datetime import date, datetime, time

    from moot.governance.models import Person
    from moot.meetings import services
    from moot.meetings.models import Attendance, Meeting, Resolution

    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # a superuser must use MFA
    client.force_login(user)
    london = services.LONDON
    meetings = []
    for day in (date(2026, 3, 12), date(2026, 6, 11)):
        meeting = services.meeting_create(
            body=example, day=day, at=time(9, 30), today=date(2026, 1, 5)
        )
        services.agenda_publish(
            meeting=meeting, now=datetime(day.year, day.month, 1, tzinfo=london)
        )
        for name in [
            "Vi Dempster",
            "Elly Cutkelvin",
            "Ivan Browne",
            "Andy Williams",
            "Harsha Kotecha",
            "Kevan Liles",
        ]:
            services.attendance_record(
                meeting=meeting,
                person=Person.objects.get(name=name),
                status=Attendance.Status.PRESENT,
            )
        services.meeting_hold(meeting=meeting)
        meetings.append(meeting)
    item = meetings[0].items.get(standing="urgent_business")
    resolution = services.resolution_add(item=item, text="Agreed.")
    services.minutes_approve(
        meeting=meetings[0], by_item=meetings[1].items.get(standing="previous_minutes")
    )
    assert Meeting.objects.get(pk=meetings[0].pk).minutes_locked

    change = reverse("admin:meetings_resolution_change", args=[resolution.pk])
    assert (
        client.post(
            change, {"text": "Changed.", "kind": "resolved", "order": 1, "item": item.pk}
        ).status_code
        == 403
    )
    assert Resolution.objects.get(pk=resolution.pk).text == "Agreed."
    delete = reverse("admin:meetings_resolution_delete", args=[resolution.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    item_change = reverse("admin:meetings_agendaitem_change", args=[item.pk])
    assert client.post(item_change, {"title": "Renamed"}).status_code == 403
