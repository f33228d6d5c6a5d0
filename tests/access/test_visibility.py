"""The visibility gate on its own: protection inherited body -> meeting -> item -> document."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from moot.access import visibility
from moot.documents.models import Document
from moot.governance.models import Body
from moot.meetings.models import AgendaItem, InterestRegisterEntry, Meeting


def meeting(status: str, published: bool = False) -> Meeting:
    body = Body(name="Board", slug="board")
    return Meeting(
        body=body,
        date=date(2021, 7, 29),
        start=datetime(2021, 7, 29, 8, 30, tzinfo=UTC),
        status=status,
        agenda_published_at=datetime(2021, 7, 21, tzinfo=UTC) if published else None,
    )


@pytest.mark.parametrize(
    ("status", "published", "agenda", "minutes"),
    [
        (Meeting.Status.SCHEDULED, False, False, False),
        (Meeting.Status.AGENDA_PUBLISHED, True, True, False),
        (Meeting.Status.HELD, False, True, False),
        (Meeting.Status.MINUTES_DRAFT, False, True, True),
        (Meeting.Status.MINUTES_APPROVED, False, True, True),
        (Meeting.Status.CANCELLED, False, False, False),
        (Meeting.Status.CANCELLED, True, True, False),
    ],
)
def test_what_a_meeting_makes_public_follows_its_life(status, published, agenda, minutes):
    m = meeting(status, published)
    assert visibility.agenda_public(m) is agenda
    assert visibility.minutes_public(m) is minutes


def test_a_document_inherits_its_items_exemption():
    public_item = AgendaItem(exempt=False)
    exempt_item = AgendaItem(exempt=True, exempt_paragraph=3)
    assert not visibility.document_exempt(Document(exempt=False), public_item)
    assert visibility.document_exempt(Document(exempt=False), exempt_item)
    assert visibility.document_exempt(Document(exempt=True, exempt_paragraph=1), public_item)


def test_an_exempt_document_shows_only_its_letter_and_paragraph():
    doc = Document(pk=7, exempt=True, exempt_paragraph=1, letter="C", title="Salaries", text="x")
    public = visibility.public_document(doc, AgendaItem(exempt=False))
    assert public.exempt and public.title == "" and public.text == ""
    assert public.exempt_notice == (
        "Appendix C is exempt under paragraph 1 of Schedule 12A to the Local Government Act "
        "1972 and is not published."
    )


@pytest.mark.django_db
def test_an_exempt_item_is_its_number_title_and_paragraph_only():
    item = AgendaItem(
        pk=1,
        order=10,
        agenda_number="6",
        title="Contract award",
        purpose="<p>Secret</p>",
        minutes="<p>Secret</p>",
        exempt=True,
        exempt_paragraph=3,
        exempt_reason="Secret",
    )
    public = visibility.public_item(item, meeting(Meeting.Status.MINUTES_APPROVED))
    assert public.exempt_notice == (
        "This item is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972."
    )
    shown = {
        f.name: getattr(public, f.name)
        for f in dataclasses.fields(public)
        if getattr(public, f.name) not in ("", (), None, False)
    }
    assert set(shown) == {
        "id",
        "number",
        "title",
        "url",
        "order",
        "agenda_number",
        "exempt",
        "exempt_paragraph",
        "exempt_notice",
    }
    assert "Secret" not in repr(public)


def test_a_sensitive_interest_shows_only_that_it_exists():
    entry = InterestRegisterEntry(
        category=InterestRegisterEntry.Category.LAND,
        description="Her home address",
        registered_on=date(2021, 5, 1),
        sensitive=True,
    )
    public = visibility.public_interest(entry)
    assert public.description == visibility.SENSITIVE_INTEREST
    assert public.category_label == "" and public.registered_on is None
