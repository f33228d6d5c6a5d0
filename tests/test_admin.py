"""Every model has an admin a clerk can use: list and change pages render."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

MOOT_APPS = {"governance", "meetings", "documents"}


@pytest.mark.django_db
def test_every_model_is_in_the_admin_and_its_pages_render(client, example):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
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
    client.force_login(user)
    response = client.get(reverse("admin:governance_person_changelist"), {"q": "Faroogi"})
    assert b"Azhar Farooqi" in response.content
    response = client.get(
        reverse("admin:meetings_meeting_changelist"), {"body__id__exact": example.pk}
    )
    assert b"25 March 2021" in response.content or b"March 25, 2021" in response.content
