"""Report sign-off through Django's test client: the author's page and upload, the
signatory's page, the clerk's item page and acceptance; who may do what."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.documents.models import Document
from moot.meetings import services as meeting_services
from moot.reports import services
from moot.reports.models import Report
from tests.reports.conftest import pdf_upload
from tests.workspace.conftest import url

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def upload(client, item, title="Strategy", file=None):
    return client.post(
        f"/clerk/reports/items/{item.pk}/",
        {"report-title": title, "report-file": file or pdf_upload()},
    )


def test_anonymous_visitors_are_sent_to_sign_in_and_see_no_data(client, item, settings, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="Secret draft")
    for page in (
        "/clerk/reports/",
        f"/clerk/reports/items/{item.pk}/",
        "/clerk/reports/sign-off/",
        f"/clerk/reports/{report.pk}/file/",
    ):
        response = client.get(page)
        assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)
    for page in (f"/clerk/reports/{report.pk}/steps/1/", f"/clerk/reports/{report.pk}/accept/"):
        response = client.post(page, {"decision": "sign"})
        assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)
    assert not report.signoffs.exists()


def test_the_author_lists_the_items_and_uploads_a_draft(client, author, item, today, store):
    client.force_login(author)
    page = text(client.get("/clerk/reports/"))
    assert "Joint Health and Wellbeing Strategy" in page
    assert "Apologies for Absence" not in page  # procedure carries no report
    assert "No draft yet" in page and "58 days left" in page
    response = upload(client, item)
    assert response.status_code == 302 and response["Location"].endswith("#drafts")
    report = Report.objects.get(item=item)
    assert report.author == author and report.title == "Strategy"
    page = text(client.get(f"/clerk/reports/items/{item.pk}/"))
    assert "Waits on Lead officer" in page
    assert client.get(f"/clerk/reports/{report.pk}/file/").status_code == 200


def test_a_refused_upload_names_the_file_and_keeps_the_title(client, author, item, store):
    client.force_login(author)
    bad = SimpleUploadedFile("budget.docx", b"PK\x03\x04 not a pdf" * 20)
    response = upload(client, item, title="Budget report", file=bad)
    assert response.status_code == 400
    page = text(response)
    assert "budget.docx was refused" in page and 'value="Budget report"' in page
    assert not Report.objects.exists()


def test_an_author_of_one_body_cannot_upload_to_another_bodys_item(
    client, item, django_user_model, store
):
    from moot.access.services import role_grant
    from tests.access.helpers import another_body_with_member

    other, _ = another_body_with_member()
    outsider = django_user_model.objects.create_user(username="outsider", password="x")
    role_grant(user=outsider, role="report_author", body=other)
    client.force_login(outsider)
    assert client.get(f"/clerk/reports/items/{item.pk}/").status_code == 403
    assert upload(client, item).status_code == 403
    assert not Report.objects.filter(item=item).exists()
    assert item.title not in text(client.get("/clerk/reports/"))


def test_a_member_or_a_clerk_cannot_sign_off_only_the_named_signatory(
    client, item, author, steps, clerk, django_user_model, store
):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    lead, officer = steps["Lead officer"]
    member = django_user_model.objects.create_user(username="member", password="x")
    for user in (member, clerk, steps["Legal"][1]):
        client.force_login(user)
        response = client.post(f"/clerk/reports/{report.pk}/steps/{lead.pk}/", {"decision": "sign"})
        assert response.status_code == 403
        assert "/file/" not in text(client.get("/clerk/reports/sign-off/"))
    client.force_login(member)
    assert client.get(f"/clerk/reports/{report.pk}/file/").status_code == 403
    assert not report.signoffs.exists()


def test_signatories_sign_off_in_turn_and_the_clerk_accepts_on_the_item_page(
    client, clerk, item, author, steps, today, store
):
    report = services.report_submit(
        item=item, uploaded_file=pdf_upload(), title="Strategy", user=author
    )
    for name in ("Lead officer", "Legal", "Finance"):
        step, user = steps[name]
        client.force_login(user)
        page = text(client.get("/clerk/reports/sign-off/"))
        assert f"It waits on your step: <strong>{name}</strong>" in page
        assert client.get(f"/clerk/reports/{report.pk}/file/").status_code == 200
        response = client.post(f"/clerk/reports/{report.pk}/steps/{step.pk}/", {"decision": "sign"})
        assert response.status_code == 302
        assert "No report is waiting on your sign-off" in text(
            client.get("/clerk/reports/sign-off/")
        )

    item_page = url(item.meeting, "item", item.pk)
    client.force_login(clerk)
    signed_in = client
    page = text(signed_in.get(item_page))
    assert "Signed off by every step (Lead officer, Legal and Finance)" in page
    assert "Finance: signed off by sign-finance" in page
    response = signed_in.post(f"/clerk/reports/{report.pk}/accept/")
    assert response.status_code == 302 and response["Location"].endswith("#reports")
    document = Document.objects.get(item=item, kind="report")
    assert document.title == "Strategy"
    page = text(signed_in.get(item_page))
    assert "Accepted" in page and "Accept the report onto the agenda" not in page
    again = signed_in.post(f"/clerk/reports/{report.pk}/accept/")
    assert again.status_code == 400 and "already accepted" in text(again)


def test_the_author_cannot_accept_their_own_report(client, item, author, steps, store):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    for name in ("Lead officer", "Legal", "Finance"):
        step, user = steps[name]
        services.step_decide(report=report, step=step, signed=True, user=user)
    client.force_login(author)
    assert client.post(f"/clerk/reports/{report.pk}/accept/").status_code == 403
    assert not Document.objects.filter(item=item).exists()


def test_sending_back_without_a_reason_is_refused_keeping_the_page(
    client, item, author, steps, store
):
    report = services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    lead, officer = steps["Lead officer"]
    client.force_login(officer)
    target = f"/clerk/reports/{report.pk}/steps/{lead.pk}/"
    response = client.post(target, {"decision": "back", "reason": "  "})
    assert response.status_code == 400
    assert "Say why the report is sent back" in text(response)
    response = client.post(target, {"decision": "back", "reason": "Table 2 is wrong."})
    assert response.status_code == 302
    client.force_login(author)
    page = text(client.get(f"/clerk/reports/items/{item.pk}/"))
    assert "Sent back" in page and "Table 2 is wrong." in page


def test_the_dashboard_shows_reports_awaited_release_review_and_todays_meeting(
    signed_in, example, item, author, steps, today, store
):
    services.report_submit(item=item, uploaded_file=pdf_upload(), title="S", user=author)
    todays = meeting_services.meeting_create(body=example, day=today, at=time(14, 0), today=today)
    page = text(signed_in.get("/clerk/"))
    awaited = page[page.index("Reports awaited") : page.index("Minutes to draft")]
    assert "Joint Health and Wellbeing Strategy" in awaited
    assert "Ann" in awaited and "Lead officer" in awaited
    assert "58 <span" in awaited and "58 days left" in awaited
    assert url(todays, "live") in page and "open live mode" in page


def test_an_exempt_paper_past_its_review_date_is_on_the_dashboard(signed_in, example, today):
    past = meeting_services.meeting_create(
        body=example, day=date(2025, 3, 1), at=time(10), today=today, recording_past=True
    )
    secret = meeting_services.item_add(
        meeting=past,
        title="Care home contract",
        exempt_paragraph=3,
        exempt_reason="Commercial terms under negotiation.",
        allow_published=True,
    )
    page = text(signed_in.get("/clerk/"))
    release = page[page.index("Exempt papers due for release review") :]
    assert f"Item {secret.number}, Care home contract" in release
    assert "paragraph 3" in release and "review for release was due on 1 September 2025" in release
