"""The members' area at /my/: a member's meetings and papers (their own bodies' exempt
papers only, watermarked and logged), apologies that reach the attendance record and the
clerk's dashboard, the register of interests reviewed before it is public, actions, and
private notes no one else can read."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from moot.access.models import ExemptDownload
from moot.documents.models import Document
from moot.governance.models import Person
from moot.meetings.models import Action, Attendance, InterestRegisterEntry
from moot.members.models import Apology, InterestChange, PaperNote
from tests.members.conftest import BODY, JULY

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def spotlight_appendix(item) -> Document:
    return item.documents.get()


def test_an_anonymous_visitor_is_sent_to_sign_in_and_back(client, example):
    for address in ("/my/", JULY, JULY + "members-pack.pdf", "/my/interests/"):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/accounts/login/?next=/my/"), address


def test_the_public_meeting_page_sends_members_to_their_area(client, example):
    page = client.get(f"/bodies/{BODY}/meetings/2021-07-29/").content.decode()
    assert f'href="{JULY}"' in page


def test_a_member_sees_their_meetings_and_their_bodys_exempt_papers(
    client, member, exempt_spotlight
):
    client.force_login(member)
    home = client.get("/my/").content.decode()
    assert "My meetings" in home
    assert f'href="{JULY}"' in home
    assert "2021-03-25" in home  # a past meeting with her seat (the earlier terms)
    # a past meeting the record holds nothing of is not called "scheduled"
    assert 'Thursday 28 October 2021</a> <span class="govuk-body-s">(no record published)' in home
    assert "(scheduled)" not in home.split("Past meetings", 1)[1]
    page = client.get(JULY)
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    html = page.content.decode()
    appendix = spotlight_appendix(exempt_spotlight)
    assert f"{JULY}documents/{appendix.pk}/" in html
    assert "Not for publication" in html
    assert f"{JULY}members-pack.pdf" in html


def test_an_exempt_paper_is_watermarked_with_the_members_name_and_logged(
    client, member, exempt_spotlight
):
    client.force_login(member)
    appendix = spotlight_appendix(exempt_spotlight)
    response = client.get(f"{JULY}documents/{appendix.pk}/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    text = pdf_text(response.content)
    assert "NOT FOR PUBLICATION - supplied to Harsha Kotecha on" in text
    logged = ExemptDownload.objects.get(user=member, document=appendix)
    assert logged.kind == ExemptDownload.Kind.DOCUMENT and "member" in logged.reason
    # every page carries the line
    reader = PdfReader(io.BytesIO(response.content))
    assert all("Harsha Kotecha" in (p.extract_text() or "") for p in reader.pages)


def test_the_members_pack_is_watermarked_keeps_its_bookmarks_and_is_logged(
    client, member, exempt_spotlight, builds
):
    client.force_login(member)
    response = client.get(JULY + "members-pack.pdf")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Confidential valuation" in text or "exempt" in text.lower()
    assert "supplied to Harsha Kotecha" in text
    assert PdfReader(io.BytesIO(response.content)).outline  # bookmarks survive the stamp
    assert ExemptDownload.objects.filter(
        user=member, kind=ExemptDownload.Kind.MEMBERS_PACK
    ).exists()


def test_a_member_of_another_body_cannot_reach_the_papers_by_any_address(
    client, outsider, exempt_spotlight
):
    client.force_login(outsider)
    appendix = spotlight_appendix(exempt_spotlight)
    assert client.get(JULY).status_code == 403
    assert client.get(JULY + "members-pack.pdf").status_code == 403
    assert client.get(f"{JULY}documents/{appendix.pk}/").status_code == 404
    assert client.get(f"/my/papers/{appendix.pk}/notes/").status_code == 404
    home = client.get("/my/").content.decode()
    assert JULY not in home
    assert not ExemptDownload.objects.filter(user=outsider).exists()


def test_a_public_paper_from_the_members_area_goes_to_its_public_address(client, member):
    client.force_login(member)
    public = Document.objects.filter(meeting__date=date(2021, 7, 29), item__agenda_number="4").get()
    response = client.get(f"{JULY}documents/{public.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/bodies/{BODY}/meetings/2021-07-29/documents/{public.pk}/"


def test_apologies_reach_the_attendance_record_and_the_clerks_dashboard(
    client, member, future_meeting, django_user_model
):
    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    client.force_login(member)
    url = f"/my/meetings/{BODY}/{future_meeting.date_slug}/"
    page = client.get(url).content.decode()
    assert "Send my apologies" in page
    response = client.post(url + "apologies/", {"message": "At a hospital board that morning."})
    assert response.status_code == 302
    person = Person.objects.get(user=member)
    record = Attendance.objects.get(meeting=future_meeting, person=person)
    assert record.status == Attendance.Status.APOLOGIES
    assert Apology.objects.get(meeting=future_meeting, person=person).message.startswith("At a")
    assert "Apologies sent" in client.get(url).content.decode()

    clerk = django_user_model.objects.create_user("clerk", "clerk@example.org", "unused-pw-2")
    role_grant(user=clerk, role="clerk", body=future_meeting.body)
    enrol_totp(clerk)
    client.force_login(clerk)
    dashboard = client.get("/clerk/").content.decode()
    assert "Apologies from members" in dashboard
    assert "Harsha Kotecha" in dashboard and "At a hospital board that morning." in dashboard


def test_apologies_for_a_past_meeting_or_by_a_non_member_are_refused(
    client, member, outsider, future_meeting
):
    client.force_login(member)
    response = client.post(JULY + "apologies/", {"message": "sorry"})
    assert response.status_code == 400
    assert "apologies are sent before a meeting" in response.content.decode()
    too_long = client.post(
        f"/my/meetings/{BODY}/{future_meeting.date_slug}/apologies/", {"message": "x" * 1001}
    )
    assert too_long.status_code == 400
    assert "x" * 1001 in too_long.content.decode()  # what was typed is kept
    client.force_login(outsider)
    refused = client.post(f"/my/meetings/{BODY}/{future_meeting.date_slug}/apologies/", {})
    assert refused.status_code == 403
    assert not Attendance.objects.filter(meeting=future_meeting).exists()


def test_a_register_change_waits_for_the_clerk_then_shows_publicly_sensitive_withheld(
    client, member, example, django_user_model, django_capture_on_commit_callbacks
):
    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    client.force_login(member)
    public_page = f"/people/{Person.objects.get(user=member).slug}/"
    sent = client.post(
        "/my/interests/",
        {
            "category": "employment",
            "description": "Chief executive, Healthwatch Leicester",
            "effective_on": "2021-04-29",
        },
    )
    assert sent.status_code == 302
    client.post(
        "/my/interests/",
        {
            "category": "land",
            "description": "Home address on Zqx Road",
            "effective_on": "2021-05-01",
            "sensitive": "on",
        },
    )
    mine = client.get("/my/interests/").content.decode()
    assert "Waiting for the clerk" in mine
    assert InterestChange.objects.filter(status="pending").count() == 2
    # Not public until reviewed.
    assert "Chief executive, Healthwatch" not in client.get(public_page).content.decode()

    clerk = django_user_model.objects.create_user("clerk", "clerk@example.org", "unused-pw-2")
    role_grant(user=clerk, role="clerk", body=example)
    enrol_totp(clerk)
    client.force_login(clerk)
    dashboard = client.get("/clerk/").content.decode()
    assert "2 changes waiting" in dashboard
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is renewed
        for change in InterestChange.objects.all():
            answer = client.post(f"/clerk/interests/{change.pk}/", {"decision": "publish"})
            assert answer.status_code == 302
    assert InterestRegisterEntry.objects.filter(person__user=member).count() == 2

    client.logout()
    public = client.get(public_page).content.decode()
    assert "Chief executive, Healthwatch Leicester" in public
    assert "Zqx Road" not in public
    assert "its details are withheld under section 32 of the Localism Act 2011" in public


def test_bad_register_input_is_refused_naming_the_field_and_keeping_the_text(client, member):
    client.force_login(member)
    response = client.post(
        "/my/interests/",
        {"category": "employment", "description": "Director of Acme", "effective_on": "2999-01-01"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "is in the future" in html and "Director of Acme" in html
    assert not InterestChange.objects.exists()


def test_only_a_clerk_of_the_members_body_may_publish_a_change(client, member, outsider):
    client.force_login(member)
    client.post(
        "/my/interests/",
        {"category": "employment", "description": "Consultant", "effective_on": "2021-05-01"},
    )
    change = InterestChange.objects.get()
    client.force_login(outsider)
    assert client.post(f"/clerk/interests/{change.pk}/", {"decision": "publish"}).status_code == 403
    change.refresh_from_db()
    assert change.status == "pending"


def test_a_member_updates_their_own_action_only(client, member, outsider, example):
    from moot.meetings.models import AgendaItem

    item = AgendaItem.objects.filter(meeting__body=example, meeting__date=date(2021, 3, 25)).first()
    person = Person.objects.get(user=member)
    mine = Action.objects.create(item=item, description="Report on waiting lists", owner=person)
    theirs = Action.objects.create(item=item, description="Someone else's", owner=None)
    client.force_login(member)
    assert "Report on waiting lists" in client.get("/my/actions/").content.decode()
    response = client.post(
        f"/my/actions/{mine.pk}/", {f"a{mine.pk}-status": "done", f"a{mine.pk}-note": "Sent."}
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.update) == ("done", "Sent.")
    assert client.post(f"/my/actions/{theirs.pk}/", {}).status_code == 404


def test_private_notes_are_kept_for_their_author_and_no_one_else(
    client, member, exempt_spotlight, django_user_model
):
    appendix = spotlight_appendix(exempt_spotlight)
    notes = f"/my/papers/{appendix.pk}/notes/"
    client.force_login(member)
    response = client.post(notes, {"page": "2", "highlight": "site value", "comment": "Ask the MO"})
    assert response.status_code == 302
    note = PaperNote.objects.get()
    # A second browser (a new session) after signing in sees it.
    from django.test import Client

    second = Client()
    second.force_login(member)
    assert "Ask the MO" in second.get(notes).content.decode()

    # Another member of the same Board can read the paper but never the note.
    colleague = django_user_model.objects.create_user("colleague", "c@example.org", "pw-3-long")
    person = Person.objects.get(name="Vi Dempster")
    person.user = colleague
    person.save()
    third = Client()
    third.force_login(colleague)
    page = third.get(notes)
    assert page.status_code == 200 and "Ask the MO" not in page.content.decode()
    assert third.post(f"{notes}{note.pk}/delete/").status_code == 404
    assert PaperNote.objects.filter(pk=note.pk).exists()
    for address in ("/my/", JULY, "/my/actions/", "/my/interests/", "/my/papers/0/notes/"):
        assert "Ask the MO" not in third.get(address).content.decode(), address
    # Bad input: a page the paper does not have.
    bad = client.post(notes, {"page": "999", "comment": "x"})
    assert bad.status_code == 400 and "there is no page 999" in bad.content.decode()


def test_an_exempt_paper_from_its_portal_address_is_watermarked_too(
    client, member, exempt_spotlight
):
    client.force_login(member)
    appendix = spotlight_appendix(exempt_spotlight)
    response = client.get(f"/bodies/{BODY}/meetings/2021-07-29/documents/{appendix.pk}/")
    assert response.status_code == 200
    assert "supplied to Harsha Kotecha" in pdf_text(response.content)
    assert ExemptDownload.objects.filter(user=member, document=appendix).count() == 1
