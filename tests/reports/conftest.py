"""Fixtures for report sign-off: the workspace's clock and meeting (tests/workspace), a
business item on it, a report author, signatories of the default steps, a PDF."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.documents.services import render_text_pdf
from moot.meetings import services as meeting_services
from moot.reports.models import SignOffStep
from tests.workspace.conftest import (  # noqa: F401 (fixtures)
    clerk,
    meeting,
    signed_in,
    store,
    today,
)

DEFAULT_STEPS = [(1, "Lead officer"), (2, "Legal"), (3, "Finance")]


@pytest.fixture
def item(meeting):  # noqa: F811 (the fixture)
    return meeting_services.item_add(meeting=meeting, title="Joint Health and Wellbeing Strategy")


@pytest.fixture
def author(example, django_user_model):
    from moot.access.services import role_grant

    user = django_user_model.objects.create_user(
        username="author", email="author@example.org", password="unused", first_name="Ann"
    )
    role_grant(user=user, role="report_author", body=example)
    return user


@pytest.fixture
def steps(django_user_model):
    """The default steps (lead officer, legal, finance), each with one named signatory
    (made again if a transactional test flushed the migration's rows)."""
    signatories = {}
    for order, name in DEFAULT_STEPS:
        step, _ = SignOffStep.objects.get_or_create(name=name, defaults={"order": order})
        word = name.split()[0].lower()
        user = django_user_model.objects.create_user(
            username=f"sign-{word}", email=f"{word}@example.org"
        )
        step.signatories.add(user)
        signatories[step.name] = (step, user)
    return signatories


def pdf_upload(name: str = "strategy.pdf") -> SimpleUploadedFile:
    data = render_text_pdf(title="Strategy", text="The strategy for 2026 to 2030.")
    return SimpleUploadedFile(name, data, "application/pdf")
