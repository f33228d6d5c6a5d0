"""The meeting's PDFs on the web: the public pack, the members' pack (members and clerks), the
minutes and each public document, all through the access package's visibility gate."""

from __future__ import annotations

import io
import uuid

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from moot.access.services import role_grant
from moot.documents.models import Document
from moot.governance.models import Person
from moot.meetings.models import AgendaItem
from tests.accounts.support import enrol_totp
from tests.documents.helpers import files_under
from tests.factories import build_meeting, make_appendices
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db

BODY = "/bodies/health-and-wellbeing-board/"
MARCH = BODY + "meetings/2021-03-25/"
JULY = BODY + "meetings/2021-07-29/"
OCTOBER = BODY + "meetings/2021-10-28/"


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_the_public_pack_is_a_pdf_served_inline(client, example, example_builds):
    response = client.get(JULY + "pack.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'inline; filename="health-and-wellbeing-board-2021-07-29-agenda-pack.pdf"'
    )
    data = body_of(response)
    assert data.startswith(b"%PDF-")
    assert "Appendix A: Terms of Reference (Pages 1 - " in pdf_text(data)
    again = client.get(JULY + "pack.pdf", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_no_pack_before_the_agenda_is_published(client, example, example_builds):
    response = client.get(OCTOBER + "pack.pdf")
    assert response.status_code == 404
    assert b"not published yet" in response.content
    assert client.get(BODY + "meetings/2031-01-01/pack.pdf").status_code == 404
    assert client.get(BODY + "meetings/not-a-date/pack.pdf").status_code == 404


def test_exempt_appendix_absent_from_public_pack_present_in_members_pack(
    client, example, store, tmp_path
):
    marker = f"ZQXEXEMPT{uuid.uuid4().hex[:12]}"
    (tmp_path / "exempt").mkdir()
    pdfs = make_appendices(tmp_path, {"A": 1, "B": 2, "C": 1})
    pdfs.update(make_appendices(tmp_path / "exempt", {"D": 2}, marker=marker))
    agenda = [
        ("Apologies for Absence", None),
        ("Budget", ("A", "Budget report")),
        ("Property", ("B", "Property report")),
        ("Spotlight", ("C", "Spotlight")),
        ("Valuation", ("D", "Confidential valuation")),
    ]
    meeting = build_meeting(example, pdfs, agenda=agenda, exempt={"D": 3})
    url = f"{BODY}meetings/{meeting.date_slug}/"

    public = client.get(url + "pack.pdf")
    assert public.status_code == 200
    text = pdf_text(body_of(public))
    assert marker not in text
    assert "Confidential valuation" not in text
    assert "exempt under paragraph 3 of Schedule 12A" in text

    anonymous = client.get(url + "members-pack.pdf")
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/?next=")

    plain = User.objects.create_user("member", "m@example.org", "x-long-password-2")
    client.force_login(plain)
    assert client.get(url + "members-pack.pdf").status_code == 403
    # A standing invitee is not a member; a member of the Board on the date is.
    invitee = Person.objects.get(name="Cathy Ellis")
    invitee.user = plain
    invitee.save()
    assert client.get(url + "members-pack.pdf").status_code == 403
    invitee.user = None
    invitee.save()
    member = Person.objects.get(name="Harsha Kotecha")
    member.user = plain
    member.save()
    own = client.get(url + "members-pack.pdf")
    assert own.status_code == 200
    assert marker in pdf_text(body_of(own))

    # Being staff is not a role: only a clerk of the body (the access rule) may have it.
    staff = User.objects.create_user("staff", "s@example.org", "x", is_staff=True)
    enrol_totp(staff)  # staff must use MFA (moot.accounts.selectors.mfa_required)
    client.force_login(staff)
    assert client.get(url + "members-pack.pdf").status_code == 403
    clerk = User.objects.create_user("clerk", "c@example.org", "x")
    role_grant(user=clerk, role="clerk", body=example)
    enrol_totp(clerk)  # a clerk must use MFA
    client.force_login(clerk)
    members = client.get(url + "members-pack.pdf")
    assert members.status_code == 200
    assert members["Cache-Control"] == "private, no-store"
    assert "members-pack-not-for-publication.pdf" in members["Content-Disposition"]
    text = pdf_text(body_of(members))
    assert marker in text and "Confidential valuation" in text
    assert "NOT FOR PUBLICATION" in text


def test_a_public_document_downloads_and_an_exempt_one_is_not_found(
    client, example, store, tmp_path
):
    meeting = build_meeting(
        example,
        make_appendices(tmp_path, {"A": 2, "B": 1}),
        agenda=[("Budget", ("A", "Budget report")), ("Valuation", ("B", "Valuation"))],
        exempt={"B": 3},
    )
    url = f"{BODY}meetings/{meeting.date_slug}/documents/"
    budget = Document.objects.get(meeting=meeting, letter="A")
    response = client.get(f"{url}{budget.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "budget-report.pdf" in response["Content-Disposition"]
    assert body_of(response) == (store / "media" / budget.file.name).read_bytes()

    valuation = Document.objects.get(meeting=meeting, letter="B")
    assert client.get(f"{url}{valuation.pk}/").status_code == 404
    # A public document of an item made exempt later is withheld too (inherited).
    item = AgendaItem.objects.get(pk=budget.item_id)
    item.exempt, item.exempt_paragraph = True, 1
    item.save()
    assert client.get(f"{url}{budget.pk}/").status_code == 404
    assert client.get(f"{url}999999/").status_code == 404


def test_a_document_of_another_meeting_is_not_found_here(client, example):
    document = Document.objects.filter(meeting__date="2021-07-29").exclude(file="").first()
    assert client.get(f"{MARCH}documents/{document.pk}/").status_code == 404
    assert client.get(f"{JULY}documents/{document.pk}/").status_code == 200


def test_minutes_pdf_once_the_minutes_are_published(client, example, example_builds):
    response = client.get(MARCH + "minutes.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "2021-03-25-draft-minutes.pdf" in response["Content-Disposition"]
    text = pdf_text(body_of(response))
    assert "DRAFT" in text and "17. WELCOME" in text
    assert client.get(JULY + "minutes.pdf").status_code == 404


def test_a_bad_stored_document_makes_the_pack_unavailable(client, example, store, leicester_pdfs):
    meeting = build_meeting(example, leicester_pdfs)
    document = Document.objects.get(meeting=meeting, letter="E")
    (store / "media" / document.file.name).unlink()
    response = client.get(f"{BODY}meetings/{meeting.date_slug}/pack.pdf")
    assert response.status_code == 503
    assert b"Appendix E: Place Led Plans" in response.content


def test_pages_link_the_files(client, example):
    item_page = client.get(JULY + "items/4/").content.decode()
    document = Document.objects.get(meeting__date="2021-07-29", letter="A")
    assert f'href="{JULY}documents/{document.pk}/"' in item_page
    pages = f"{document.page_count} page{'s' if document.page_count != 1 else ''}"
    assert f"(PDF, {pages}, " in item_page
    meeting_page = client.get(JULY).content.decode()
    # Members are sent to their area (issue 13), not to a bare sign-in for the pack.
    assert 'href="/my/meetings/health-and-wellbeing-board/2021-07-29/"' in meeting_page
    assert f'href="{JULY}pack.pdf"' in meeting_page


def test_documents_without_a_file_have_no_download_link(client, example):
    html = client.get(MARCH + "items/20/").content.decode()
    assert "Minutes of the meeting of 19 November 2020" in html
    assert "/documents/" not in html and "Download<" not in html


def test_the_admin_uploads_through_the_checks(
    client, example, store, tmp_path, django_capture_on_commit_callbacks
):
    admin = User.objects.create_superuser("admin", "a@example.org", "x-long-password-3")
    enrol_totp(admin)  # a superuser must use MFA
    client.force_login(admin)
    meeting = build_meeting(example, {}, agenda=[("Budget", None)], publish=False)
    item = meeting.items.get()
    form = {
        "meeting": meeting.pk,
        "item": item.pk,
        "kind": "report",
        "title": "Budget report",
        "letter": "A",
        "order": 0,
        "text": "",
        "source": "",
    }
    bad = SimpleUploadedFile("notes.txt", b"not a pdf at all")
    response = client.post("/admin/documents/document/add/", {**form, "upload": bad})
    assert response.status_code == 200
    assert "notes.txt was refused: it is not a PDF file" in response.content.decode()
    assert not Document.objects.filter(meeting=meeting).exists()
    assert files_under(store / "media") == []

    good = make_appendices(tmp_path, {"A": 3})["A"]
    upload = SimpleUploadedFile("budget.pdf", good.read_bytes(), "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/documents/document/add/", {**form, "upload": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(meeting=meeting)
    assert (document.title, document.letter, document.page_count) == ("Budget report", "A", 3)
    assert document.checksum and document.file.name.endswith("-budget.pdf")
    assert document.text == ""  # read by the job the upload queued
    run_jobs()
    document.refresh_from_db()
    assert "Appendix A sheet 1" in document.text


def test_the_meeting_page_links_the_minutes_pdf_once_minutes_are_public(client, example):
    march = client.get(f"{BODY}meetings/2021-03-25/").content.decode()
    assert f'href="{BODY}meetings/2021-03-25/minutes.pdf"' in march
    assert "Download the draft minutes" in march
    july = client.get(JULY).content.decode()
    assert "minutes.pdf" not in july
