"""Fewer steps for the clerk (issue 12's clerk effort): a new item takes its report in the
same step, all or nothing; live mode's forms answer by replacing their item's section; live
mode links to "after the meeting", and that page to the previous meeting's."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.access import visibility
from moot.documents.models import Document
from moot.documents.services import render_text_pdf
from moot.meetings import services as meeting_services
from tests.workspace.conftest import text, url

pytestmark = pytest.mark.django_db


def test_an_item_is_added_with_its_report_in_one_step(signed_in, meeting, store):
    pdf = render_text_pdf(title="Care home contract", text="Bids from three providers.")
    response = signed_in.post(
        url(meeting, "item_add"),
        {
            "title": "Care home contract",
            "exempt": "on",
            "exempt_paragraph": "3",
            "exempt_reason": "Bids are confidential until the award.",
            "report-file": SimpleUploadedFile("bids.pdf", pdf, "application/pdf"),
        },
    )
    assert response.status_code == 302
    item = meeting.items.get(title="Care home contract")
    document = Document.objects.get(item=item)
    assert (document.title, document.kind, document.page_count) == (
        "Care home contract",
        Document.Kind.REPORT,
        1,
    )
    assert visibility.document_exempt(document, item)  # the item's exemption covers it
    page = text(signed_in.get(url(meeting)))
    assert "1 document: Care home contract" in page


def test_the_report_is_optional(signed_in, meeting, store):
    response = signed_in.post(url(meeting, "item_add"), {"title": "Better Care Fund"})
    assert response.status_code == 302
    assert not Document.objects.filter(item__title="Better Care Fund").exists()


def test_a_refused_report_adds_no_item_and_keeps_what_was_typed(signed_in, meeting, store):
    before = list(meeting.items.values_list("pk", flat=True))
    response = signed_in.post(
        url(meeting, "item_add"),
        {
            "title": "Care home contract",
            "purpose": "Terms of the new contract",
            "report-file": SimpleUploadedFile("bids.docx", b"PK\x03\x04 not a pdf" * 20),
        },
    )
    assert response.status_code == 400
    page = text(response)
    assert "bids.docx was refused" in page
    assert 'id="id_report-file-error"' in page
    assert 'value="Care home contract"' in page and "Terms of the new contract" in page
    assert list(meeting.items.values_list("pk", flat=True)) == before
    assert not Document.objects.filter(meeting=meeting).exists()


def test_live_forms_replace_only_their_items_section(signed_in, october, set_clock):
    set_clock(date(2021, 10, 28))
    meeting_services.meeting_hold(meeting=october, today=date(2021, 10, 28))
    page = signed_in.get(url(october, "live")).content.decode()
    item = october.items.order_by("order").first()
    for name in ("live_declaration", "live_vote", "live_action"):
        action = url(october, name, item.pk)
        assert (
            f'action="{action}" hx-post="{action}" hx-target="#item-{item.pk}" '
            f'hx-select="#item-{item.pk}" hx-swap="outerHTML"'
        ) in page
    assert f'href="{url(october, "after")}"' in page


def test_the_after_page_links_to_the_previous_meetings(signed_in, october, january, set_clock):
    set_clock(date(2022, 1, 27))
    meeting_services.meeting_hold(meeting=october, today=date(2021, 10, 28))
    october.refresh_from_db()
    meeting_services.minutes_publish_draft(meeting=october)
    meeting_services.meeting_hold(meeting=january, today=date(2022, 1, 27))
    page = signed_in.get(url(january, "after")).content.decode()
    assert f'href="{url(october, "after")}"' not in page  # offered the approval instead
    signed_in.post(url(january, "approve"))
    page = signed_in.get(url(january, "after")).content.decode()
    assert f'<a class="govuk-link" href="{url(october, "after")}">Thursday 28 October 2021</a>' in (
        page
    )
