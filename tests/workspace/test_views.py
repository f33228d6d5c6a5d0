"""The clerk's workspace through Django's test client: every change is a plain POST and
a redirect; refusals name the rule and keep what was typed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.documents.models import Document
from moot.documents.services import render_text_pdf
from moot.governance.models import Person
from moot.meetings.models import AgendaItem, Meeting
from tests.workspace.conftest import LONDON, text, url

pytestmark = pytest.mark.django_db


def titles(meeting):
    return list(meeting.items.order_by("order").values_list("agenda_number", "title"))


# --- access -------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_and_see_no_data(client, meeting, settings):
    pages = ["/clerk/", url(meeting), url(meeting, "item", meeting.items.first().pk)]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"].startswith(settings.LOGIN_URL)
    response = client.post(url(meeting, "item_add"), {"title": "Sneaked in"})
    assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)
    assert not meeting.items.filter(title="Sneaked in").exists()


def test_a_signed_in_user_who_is_not_a_clerk_is_refused(client, meeting, django_user_model):
    member = django_user_model.objects.create_user(username="member", password="unused-here")
    client.force_login(member)
    assert client.get(url(meeting)).status_code == 403
    response = client.post(url(meeting, "item_add"), {"title": "Not mine"})
    assert response.status_code == 403
    assert not meeting.items.filter(title="Not mine").exists()
    assert client.get("/clerk/").status_code == 403


def test_a_clerk_of_another_body_cannot_change_this_bodys_meeting(
    client, meeting, django_user_model
):
    from moot.access.services import role_grant
    from tests.access.helpers import another_body_with_member
    from tests.accounts.support import enrol_totp

    other, _ = another_body_with_member()
    outsider = django_user_model.objects.create_user(username="other-clerk", password="x")
    role_grant(user=outsider, role="clerk", body=other)
    enrol_totp(outsider)
    client.force_login(outsider)
    refused = client.get(url(meeting))
    assert refused.status_code == 403
    assert meeting.body.name.encode() not in client.get("/clerk/").content
    response = client.post(url(meeting, "item_add"), {"title": "Not my board"})
    assert response.status_code == 403
    assert not meeting.items.filter(title="Not my board").exists()
    assert other.name.encode() in client.get("/clerk/").content


# --- meeting set-up -----------------------------------------------------------------------


def test_a_meeting_is_scheduled_with_the_standing_items(signed_in, example, today):
    response = signed_in.post(
        f"/clerk/bodies/{example.slug}/meetings/new/",
        {"day": "2026-02-19", "at": "14:00", "venue": "", "kind": "ordinary", "mode": "hybrid"},
    )
    meeting = Meeting.objects.get(body=example, date=date(2026, 2, 19))
    assert response.status_code == 302 and response["Location"] == url(meeting)
    assert meeting.mode == "hybrid" and meeting.venue == example.default_venue
    assert [t for _, t in titles(meeting)][:3] == [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
    ]
    page = text(signed_in.get(url(meeting)))
    assert "Publish by Wednesday 11 February 2026" in page


def test_a_meeting_in_the_past_is_refused_and_the_form_keeps_the_input(signed_in, example, today):
    response = signed_in.post(
        f"/clerk/bodies/{example.slug}/meetings/new/",
        {
            "day": "2025-12-01",
            "at": "10:15",
            "venue": "Room 3",
            "kind": "special",
            "mode": "virtual",
        },
    )
    assert response.status_code == 400
    page = text(response)
    assert "The meeting date 1 December 2025 is in the past" in page
    assert 'value="Room 3"' in page and 'value="10:15"' in page
    assert not Meeting.objects.filter(body=example, date=date(2025, 12, 1)).exists()


# --- the agenda builder -------------------------------------------------------------------


def test_an_item_is_added_before_the_closing_standing_items(signed_in, meeting):
    response = signed_in.post(
        url(meeting, "item_add"),
        {"title": "Better Care Fund", "purpose": "<p>For approval.</p>", "exempt_paragraph": ""},
    )
    assert response.status_code == 302
    numbers = titles(meeting)
    assert ("6", "Better Care Fund") in numbers
    assert numbers[-1] == ("9", "Any Other Urgent Business")
    assert meeting.items.get(title="Better Care Fund").body_id == meeting.body_id


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        (
            {"exempt": "on", "exempt_paragraph": "", "exempt_reason": "Commercial terms"},
            "exempt_paragraph",
            "An exempt item names its paragraph (1 to 7) of Schedule 12A",
        ),
        (
            {"exempt_paragraph": "3", "exempt_reason": ""},
            "exempt_paragraph",
            "Paragraph 3 is chosen but the item is not marked exempt",
        ),
        (
            {"exempt": "on", "exempt_paragraph": "3", "exempt_reason": " "},
            "exempt_reason",
            "An exempt item records why the public interest in withholding it outweighs",
        ),
    ],
)
def test_an_incomplete_exempt_marking_is_refused_keeping_what_was_typed(
    signed_in, meeting, form, field, message
):
    before = titles(meeting)
    data = {"title": "Care home contract", "purpose": "Terms of the new contract", **form}
    response = signed_in.post(url(meeting, "item_add"), data)
    assert response.status_code == 400
    page = text(response)
    assert message in page
    assert f'id="id_{field}-error"' in page
    assert 'value="Care home contract"' in page and "Terms of the new contract" in page
    assert titles(meeting) == before


def test_editing_an_item_marks_it_exempt_and_previews_the_public_view(signed_in, meeting, example):
    item = meeting.items.get(standing="subgroups")
    person = Person.objects.order_by("pk").first()
    response = signed_in.post(
        url(meeting, "item", item.pk),
        {
            "title": "Care home contract",
            "purpose": "<p>Prices bid by each provider.</p>",
            "exempt": "on",
            "exempt_paragraph": "3",
            "exempt_reason": "Bids are commercially confidential until the award.",
            "presenter": str(person.pk),
            "presenter_role": "Director of Adult Social Care",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.exempt, item.exempt_paragraph, item.title) == (True, 3, "Care home contract")
    assert item.presenters.get().person == person
    page = text(signed_in.get(url(meeting, "item", item.pk)))
    preview = page[page.index('class="moot-preview"') : page.index("Change the item")]
    assert (
        "This item is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972"
        in preview
    )
    assert "Prices bid" not in preview and "Director of Adult Social Care" not in preview


def test_the_preview_of_a_public_item_shows_its_text_and_presenter(signed_in, meeting, example):
    item = meeting.items.get(standing="subgroups")
    person = Person.objects.order_by("pk").first()
    signed_in.post(
        url(meeting, "item", item.pk),
        {
            "title": item.title,
            "purpose": "<p>Progress of the subgroups.</p><script>alert(1)</script>",
            "presenter": str(person.pk),
            "presenter_role": "Chair of the subgroup",
        },
    )
    page = text(signed_in.get(url(meeting, "item", item.pk)))
    preview = page[page.index('class="moot-preview"') : page.index("Change the item")]
    assert "Progress of the subgroups." in preview and "Chair of the subgroup" in preview
    assert "<script>" not in preview


def test_saving_an_item_keeps_presenters_the_clerk_did_not_change(signed_in, meeting):
    item = meeting.items.get(standing="subgroups")
    first, second = Person.objects.order_by("pk")[:2]
    item.presenters.create(person=first, role="Chair")
    item.presenters.create(person=second, role="Lead officer")
    response = signed_in.post(
        url(meeting, "item", item.pk),
        {"title": "Subgroups", "presenter": str(first.pk), "presenter_role": "Chair"},
    )
    assert response.status_code == 302
    assert [p.person for p in item.presenters.all()] == [first, second]


def test_moving_by_buttons_renumbers_without_javascript(signed_in, meeting):
    signed_in.post(url(meeting, "item_add"), {"title": "Better Care Fund"})
    item = meeting.items.get(title="Better Care Fund")
    response = signed_in.post(url(meeting, "item_move", item.pk), {"direction": "up"})
    assert response.status_code == 302 and response["Location"].endswith(f"#item-{item.pk}")
    assert titles(meeting)[4] == ("5", "Better Care Fund")
    signed_in.post(url(meeting, "item_move", item.pk), {"direction": "down"})
    signed_in.post(url(meeting, "item_move", item.pk), {"direction": "down"})
    assert titles(meeting)[6] == ("7", "Better Care Fund")
    assert [n for n, _ in titles(meeting)] == [str(n) for n in range(1, 10)]


def test_htmx_moves_return_the_agenda_list_only(signed_in, meeting):
    item = meeting.items.get(standing="questions")
    response = signed_in.post(
        url(meeting, "item_move", item.pk), {"to_index": "0"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    page = text(response)
    assert page.startswith('<div id="agenda">') and "<html" not in page
    assert "is now number 1" in page
    assert titles(meeting)[0] == ("1", "Questions from Members of the Public")


def test_removing_an_item_renumbers_the_rest(signed_in, meeting):
    item = meeting.items.get(standing="matters_arising")
    assert signed_in.post(url(meeting, "item_remove", item.pk)).status_code == 302
    assert [n for n, _ in titles(meeting)] == [str(n) for n in range(1, 8)]
    assert "Matters Arising" not in [t for _, t in titles(meeting)]


def test_a_report_is_uploaded_to_an_item(signed_in, meeting, store):
    item = meeting.items.get(standing="subgroups")
    pdf = render_text_pdf(title="Subgroups", text="The subgroups met twice.")
    response = signed_in.post(
        url(meeting, "document_add", item.pk),
        {
            "document-title": "Subgroups report",
            "document-kind": "report",
            "document-letter": "",
            "document-file": SimpleUploadedFile("subgroups.pdf", pdf, "application/pdf"),
        },
    )
    assert response.status_code == 302
    document = Document.objects.get(item=item)
    assert (document.title, document.page_count) == ("Subgroups report", 1)


def test_a_refused_upload_names_the_file_and_keeps_the_rest(signed_in, meeting, store):
    item = meeting.items.get(standing="subgroups")
    response = signed_in.post(
        url(meeting, "document_add", item.pk),
        {
            "document-title": "Budget appendix",
            "document-kind": "appendix",
            "document-letter": "C",
            "document-file": SimpleUploadedFile("budget.docx", b"PK\x03\x04 not a pdf" * 20),
        },
    )
    assert response.status_code == 400
    page = text(response)
    assert "budget.docx was refused" in page
    assert 'value="Budget appendix"' in page and 'value="C"' in page
    assert f'value="{item.title}"' in page  # the item's own form is still filled in
    assert not Document.objects.filter(item=item).exists()


# --- publication --------------------------------------------------------------------------


def test_publishing_on_time_freezes_the_agenda(signed_in, meeting):
    page = text(signed_in.get(url(meeting)))
    assert "On time: publish by Wednesday 4 March 2026" in page
    response = signed_in.post(url(meeting, "publish"), {"late_reason": ""})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.AGENDA_PUBLISHED
    page = text(signed_in.get(url(meeting)))
    assert "is frozen" in page and "Add an item" not in page and "Move up" not in page
    item = meeting.items.first()
    response = signed_in.post(url(meeting, "item_move", item.pk), {"direction": "down"})
    assert response.status_code == 400 and "published and frozen" in text(response)
    response = signed_in.post(
        url(meeting, "item_move", item.pk), {"direction": "down"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400 and text(response).startswith('<div id="agenda">')
    assert "published and frozen" in text(response)
    assert signed_in.post(url(meeting, "item_add"), {"title": "Too late"}).status_code == 400
    assert not meeting.items.filter(title="Too late").exists()


def test_a_late_publication_needs_its_reason_and_shows_it(signed_in, meeting, monkeypatch):
    late = datetime.combine(date(2026, 3, 9), time(9, 0), tzinfo=LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: late)
    page = text(signed_in.get(url(meeting)))
    assert "Late: the agenda had to be published by Wednesday 4 March 2026" in page
    response = signed_in.post(url(meeting, "publish"), {"late_reason": "  "})
    assert response.status_code == 400
    assert "needs a recorded reason for the late publication (LGA 1972 s100B)" in text(response)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED
    reason = "The report was delayed by the audit."
    assert signed_in.post(url(meeting, "publish"), {"late_reason": reason}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.late_publication_reason == reason
    assert reason in text(signed_in.get(url(meeting)))
    public = text(signed_in.get(meeting.get_absolute_url()))
    assert f"Published after the deadline. Reason: {reason}" in public


def test_a_supplementary_item_after_the_deadline_needs_the_urgency_reason_and_the_chair(
    signed_in, meeting, monkeypatch
):
    signed_in.post(url(meeting, "publish"), {"late_reason": ""})
    late = datetime.combine(date(2026, 3, 10), time(9, 0), tzinfo=LONDON)
    monkeypatch.setattr("moot.workspace.views.clock", lambda: late)
    response = signed_in.post(url(meeting, "supplementary_add"), {"title": "Winter pressures"})
    assert response.status_code == 400
    page = text(response)
    assert "LGA 1972 s100B(4)(b)" in page and 'value="Winter pressures"' in page
    response = signed_in.post(
        url(meeting, "supplementary_add"),
        {
            "title": "Winter pressures",
            "urgency_reason": "Beds must be agreed this week.",
            "chair": "Cllr Ada Lovelace",
            "chair_agreed": "on",
        },
    )
    assert response.status_code == 302
    item = AgendaItem.objects.get(meeting=meeting, title="Winter pressures")
    assert item.supplement_id and item.urgency_reason == "Beds must be agreed this week."
