"""Release review: exempt items and papers whose meeting is past the review period are
listed for the clerk; releasing one publishes it, logged moot.exempt.released."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from moot.documents.models import Document
from moot.governance.models import AuditEntry
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem
from tests.workspace.conftest import LONDON, example_meeting

PURPOSE = "To agree the terms of the care home contract with the named provider."


@pytest.fixture
def exempt_item(example):
    """An exempt item (paragraph 3) on the example's 28 October 2021 agenda, the meeting
    held and its draft minutes published."""
    meeting = example_meeting(example, date(2021, 10, 28))
    item = meeting_services.item_add(
        meeting=meeting,
        title="Care home contract",
        purpose=PURPOSE,
        exempt_paragraph=3,
        exempt_reason="The provider's financial affairs.",
    )
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2021, 10, 1, 9, tzinfo=LONDON))
    meeting = meeting_services.meeting_hold(meeting=meeting, today=date(2021, 10, 28))
    meeting_services.minutes_publish_draft(meeting=meeting)
    return AgendaItem.objects.get(pk=item.pk)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(min_value=-800, max_value=800),
    st.integers(min_value=1, max_value=36),
)
def test_review_is_due_from_the_months_after_the_meeting(meeting_date, offset, months):
    today = meeting_date + timedelta(days=offset)
    due, explanation = rules.release_review_due(meeting_date, today, months=months)
    assert due == (today >= meeting_date + rules.relativedelta(months=months))
    assert f"{meeting_date:%-d %B %Y}" in explanation
    assert not rules.release_review_due(meeting_date, meeting_date, months=months)[0]


@pytest.mark.django_db
def test_an_exempt_item_is_listed_only_once_its_review_is_due(signed_in, exempt_item, set_clock):
    set_clock(date(2022, 4, 27))
    assert "Care home contract" not in signed_in.get(reverse("workspace:release")).content.decode()
    set_clock(date(2022, 4, 28))
    page = signed_in.get(reverse("workspace:release"))
    assert page.status_code == 200
    assert "Care home contract" in page.content.decode()


@pytest.mark.django_db
def test_releasing_an_item_publishes_it(
    signed_in, client, exempt_item, set_clock, clerk, django_capture_on_commit_callbacks
):
    set_clock(date(2022, 6, 1))
    public_url = exempt_item.meeting.get_absolute_url()
    assert PURPOSE not in client.get(public_url).content.decode()  # cached while exempt

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(reverse("workspace:release_item", args=[exempt_item.pk]))

    assert response.status_code == 302
    exempt_item.refresh_from_db()
    assert (exempt_item.exempt, exempt_item.exempt_paragraph) == (False, None)
    entry = AuditEntry.objects.get(action="moot.exempt.released", object_id=str(exempt_item.pk))
    assert entry.user == clerk and entry.data == {"paragraph": 3}
    client.logout()
    assert PURPOSE in client.get(public_url).content.decode()
    assert "Care home contract" not in signed_in.get(reverse("workspace:release")).content.decode()


@pytest.mark.django_db
def test_release_is_allowed_after_the_minutes_are_approved(exempt_item, example):
    january = example_meeting(example, date(2022, 1, 27))
    meeting_services.agenda_publish(meeting=january, now=datetime(2022, 1, 4, 9, tzinfo=LONDON))
    january = meeting_services.meeting_hold(meeting=january, today=date(2022, 1, 27))
    previous = january.items.get(standing=AgendaItem.Standing.PREVIOUS_MINUTES)
    meeting_services.minutes_approve(meeting=exempt_item.meeting, by_item=previous)
    meeting_services.item_release(item=exempt_item)
    exempt_item.refresh_from_db()
    assert not exempt_item.exempt


@pytest.mark.django_db
def test_releasing_what_is_not_exempt_is_refused(signed_in, exempt_item, set_clock):
    set_clock(date(2022, 6, 1))
    meeting_services.item_release(item=exempt_item)
    response = signed_in.post(reverse("workspace:release_item", args=[exempt_item.pk]))
    assert response.status_code == 400
    assert "is not exempt, so it has nothing to release" in response.content.decode()


@pytest.mark.django_db
def test_an_exempt_paper_is_released(signed_in, exempt_item, set_clock):
    meeting_services.item_release(item=exempt_item)
    paper = Document.objects.create(
        meeting=exempt_item.meeting,
        item=exempt_item,
        title="Appendix B: the provider's accounts",
        exempt=True,
        exempt_paragraph=3,
    )
    set_clock(date(2022, 6, 1))
    assert "Appendix B" in signed_in.get(reverse("workspace:release")).content.decode()
    response = signed_in.post(reverse("workspace:release_document", args=[paper.pk]))
    assert response.status_code == 302
    paper.refresh_from_db()
    assert (paper.exempt, paper.exempt_paragraph) == (False, None)
    assert AuditEntry.objects.filter(
        action="moot.exempt.released", object_id=str(paper.pk)
    ).exists()


@pytest.mark.django_db
def test_someone_who_is_not_the_clerk_cannot_release(client, exempt_item, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="v", password="x-unused"))
    response = client.post(reverse("workspace:release_item", args=[exempt_item.pk]))
    assert response.status_code == 403
    exempt_item.refresh_from_db()
    assert exempt_item.exempt
