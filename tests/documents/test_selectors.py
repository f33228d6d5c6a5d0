"""The record as the engine's plain data: the example's front sheet, agenda and minutes,
what the public versions leave out, and queries that do not grow with the meeting."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.documents import selectors
from moot.documents.models import Document
from moot.governance.models import Authority, Body, Membership
from moot.meetings.models import AgendaItem, Attendance, Meeting
from tests.factories import big_meeting

pytestmark = pytest.mark.django_db


def meeting_on(body, day) -> Meeting:
    return Meeting.objects.select_related("body").get(body=body, date=day)


@pytest.fixture
def july(example):
    return meeting_on(example, date(2021, 7, 29))


@pytest.fixture
def march(example):
    return meeting_on(example, date(2021, 3, 25))


def test_html_to_text_keeps_paragraphs_and_list_lines():
    html = "<p>First &amp; foremost.</p><ul><li>one</li><li>two <b>bold</b></li></ul><p>Last<br>line</p>"
    assert selectors.html_to_text(html) == "First & foremost.\n\n- one\n- two bold\n\nLast\nline"
    assert selectors.html_to_text("<u>Wheelchair access</u> – Public rooms.\n\nNext") == (
        "Wheelchair access – Public rooms.\n\nNext"
    )


def test_the_summons_names_the_kind_of_body():
    board = Body(name="Health and Wellbeing Board", classification=Body.Classification.BOARD)
    assert selectors.summons_line(board) == (
        "Members of the Board are summoned to attend the above meeting to consider the items "
        "of business listed overleaf."
    )
    committee = Body(name="Licensing", classification=Body.Classification.SUB_COMMITTEE)
    assert selectors.summons_line(committee).startswith("Members of the Sub-Committee are ")


def test_front_sheet_of_the_july_meeting(july):
    front = selectors.front_sheet(july)
    assert (front.authority_name, front.body_name) == (
        "Leicester City Council",
        "Health and Wellbeing Board",
    )
    assert front.authority_address == "City Hall, 115 Charles Street, Leicester, LE1 1FZ"
    assert (front.date, front.start_time.isoformat()) == (date(2021, 7, 29), "09:30:00")
    assert front.venue.startswith("Meeting Room G.01, Ground Floor, City Hall")
    assert front.summons_line.startswith("Members of the Board are summoned")
    assert front.webcast_url == "http://www.leicester.public-i.tv"
    assert front.meeting_title == ""
    sections = {s.name: s for s in front.sections}
    councillors = sections["Elected Members of Leicester City Council"]
    assert councillors.members[0] == (
        "Councillor Vi Dempster",
        "Assistant City Mayor, Health (Chair)",
    )
    assert len(councillors.members) == 5 and councillors.vacancies == 0
    assert sections["Officers of Leicester City Council"].vacancies == 1
    assert ("Cathy Ellis", "Chair of Leicestershire Partnership NHS Trust") in (
        front.standing_invitees
    )
    assert front.contact_name == "Graham Carey, Democratic Support"
    assert front.contact_email == "graham.carey@leicester.gov.uk"
    for text in (front.public_information, front.accessibility, front.filming):
        assert text and "<u>" not in text
    assert "evacuate the building" in front.evacuation


def test_a_special_meeting_says_so(march):
    assert selectors.front_sheet(march).meeting_title == "Special meeting"


def test_pack_plan_of_the_july_meeting(july):
    plan = selectors.pack_plan(july)
    assert [i.number for i in plan.items] == [str(n) for n in range(1, 12)]
    assert plan.items[3].title == "Terms of Reference"
    assert plan.items[3].text.startswith("To note the Board's Terms of Reference")
    lettered = [(i.number, a.letter, a.title) for i in plan.items for a in i.appendices]
    assert lettered == [
        ("4", "A", "Terms of Reference"),
        ("5", "B", "Minutes of the Previous Meeting"),
        ("6", "C", "Spotlight on Good Practice and Innovation"),
        ("7", "D", "Integrated Care System - Principles, Priorities and Purpose"),
        ("8", "E", "Place Led Plans"),
    ]
    assert sorted(plan.stored) == list("ABCDE")
    assert all(s.checksum and s.file_name.endswith(".pdf") for s in plan.stored.values())
    assert plan.items[7].presenters[0].startswith("Sarah Prema (Executive Director")
    assert plan.not_merged == ()
    assert plan.title == "Health and Wellbeing Board, 29 July 2021: agenda pack"


def test_the_public_plan_carries_no_exempt_text(july):
    item = AgendaItem.objects.get(meeting=july, agenda_number="6")
    item.exempt, item.exempt_paragraph, item.purpose = True, 3, "<p>SECRET purpose</p>"
    item.save()
    public = selectors.pack_plan(july)
    spotlight = public.items[5]
    assert (spotlight.exempt, spotlight.exempt_paragraph, spotlight.text) == (True, 3, "")
    assert spotlight.presenters == ()
    assert [(a.letter, a.title, a.exempt) for a in spotlight.appendices] == [("C", "", True)]
    assert "C" not in public.stored
    assert "SECRET" not in repr(public)
    members = selectors.pack_plan(july, include_exempt=True)
    assert members.items[5].text == "SECRET purpose"
    assert members.items[5].appendices[0].title == "Spotlight on Good Practice and Innovation"
    assert "C" in members.stored
    # Exempt text changes the members' pack, never the public one.
    before = public.fingerprint(), members.fingerprint()
    item.purpose = "<p>SECRET purpose, revised</p>"
    item.save()
    after = (
        selectors.pack_plan(july).fingerprint(),
        selectors.pack_plan(july, include_exempt=True).fingerprint(),
    )
    assert after[0] == before[0] and after[1] != before[1]


def test_the_fingerprint_covers_authority_texts_memberships_and_documents(july):
    base = selectors.pack_plan(july).fingerprint()
    authority = Authority.objects.get()
    authority.filming_text += " Updated."
    authority.save()
    changed_text = selectors.pack_plan(july).fingerprint()
    assert changed_text != base
    membership = Membership.objects.filter(title__contains="Assistant City Mayor, Health").first()
    membership.title = "Executive Lead Member for Health"
    membership.save()
    changed_member = selectors.pack_plan(july).fingerprint()
    assert changed_member != changed_text
    document = Document.objects.get(meeting=july, letter="A")
    document.checksum = "0" * 64
    document.save()
    assert selectors.pack_plan(july).fingerprint() != changed_member


def test_minutes_plan_of_the_march_meeting(march):
    plan = selectors.minutes_plan(march)
    doc = plan.document
    assert doc.held_line == "THURSDAY, 25 MARCH 2021 at 10:00 am"
    assert doc.draft is True
    assert doc.present[0] == (
        "Councillor Vi Dempster",
        "Assistant City Mayor, Health, Leicester City Council (Chair)",
    )
    assert len(doc.present) == 16
    jackson = dict(doc.present)["Hayley Jackson"]
    assert jackson.endswith("(substitute for Oliver Newbould)")
    assert [name for name, _ in doc.standing_invitees] == ["Cathy Ellis", "David Sissling"]
    assert [name for name, _ in doc.in_attendance] == ["Graham Carey"]
    assert len(doc.apologies) == 4
    assert [m.number for m in doc.minutes] == [str(n) for n in range(17, 27)]
    confirmed = doc.minutes[3]
    assert confirmed.title == "Minutes of the Previous Meeting"
    assert confirmed.resolutions[0].startswith("The Minutes of the previous meeting of the Board")


def test_a_substitute_without_a_role_keeps_the_names_capitals(march):
    """No role text: the line starts "Substitute for" and the name is written as recorded."""
    record = Attendance.objects.get(meeting=march, person__name="Hayley Jackson")
    record.role_text = ""
    record.save(update_fields=["role_text"])
    present = dict(selectors.minutes_plan(march).document.present)
    assert present["Hayley Jackson"] == "Substitute for Oliver Newbould"


def test_approved_minutes_are_not_a_draft(march):
    march.status = Meeting.Status.MINUTES_APPROVED
    march.save()
    assert selectors.minutes_plan(march).document.draft is False


def test_minutes_of_a_meeting_not_held_are_refused(july):
    with pytest.raises(selectors.PlanError, match="not held"):
        selectors.minutes_plan(july)


def count(function, *args, **kwargs) -> int:
    with CaptureQueriesContext(connection) as queries:
        function(*args, **kwargs)
    return len(queries)


def test_queries_do_not_grow_with_the_meeting(example):
    small = big_meeting(example, date(2023, 6, 1), items=3, documents_per_item=2)
    large = big_meeting(example, date(2023, 6, 8), items=30, documents_per_item=4)
    small, large = (Meeting.objects.select_related("body").get(pk=m.pk) for m in (small, large))
    assert count(selectors.pack_plan, small) == count(selectors.pack_plan, large) <= 12
    assert count(selectors.minutes_plan, small) == count(selectors.minutes_plan, large) <= 8


def test_an_exempt_document_without_a_file_is_named_only_by_its_paragraph(july):
    item = AgendaItem.objects.get(meeting=july, agenda_number="8")
    Document.objects.create(
        meeting=july,
        item=item,
        title="SECRET site list",
        letter="Z",
        exempt=True,
        exempt_paragraph=1,
    )
    public = selectors.pack_plan(july).items[7]
    assert public.text.endswith(
        "Appendix Z is exempt under paragraph 1 of Schedule 12A to the Local Government Act "
        "1972 and is not published."
    )
    assert "SECRET" not in public.text
    members = selectors.pack_plan(july, include_exempt=True)
    assert "Appendix Z: SECRET site list (report)" in members.items[7].text
    assert members.not_merged == ("item 8: Appendix Z: SECRET site list (report)",)
