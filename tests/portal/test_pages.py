"""Every page renders with the example's content, as the seeds record it."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from moot.meetings import services
from moot.meetings.models import (
    AgendaItem,
    Declaration,
    InterestRegisterEntry,
    Meeting,
    Resolution,
)
from tests.portal.helpers import (
    BODY,
    JULY,
    MARCH,
    OCTOBER,
    future_meeting,
    person,
    section_text,
    visible_text,
)

pytestmark = pytest.mark.django_db


def get_html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def test_home_shows_recent_meetings_decisions_and_a_search_box(client, example):
    html = get_html(client, "/")
    assert html.count("<h1") == 1
    assert '<form action="/search/" method="get"' in html
    assert 'name="q"' in html
    assert "Upcoming meetings" in html
    assert "Recent decisions" in html
    assert "be confirmed as a correct record" in html
    assert MARCH in html and JULY in html


def test_home_gives_upcoming_and_recent_meetings_each_their_own_headed_section(client, example):
    """Today is after every example meeting: no upcoming meeting, five recent ones (some
    still scheduled in the record, so the empty list must not say none are scheduled)."""
    html = get_html(client, "/")
    headings = re.findall(r"<h2[^>]*>\s*([^<]+?)\s*</h2>", html)
    assert headings[:2] == ["Upcoming meetings", "Recent meetings"]
    upcoming = section_text(html, "Upcoming meetings", level=2)
    assert "<table" not in upcoming
    assert "No meetings are coming up." in visible_text(upcoming)
    recent = section_text(html, "Recent meetings", level=2)
    assert "<table" in recent and MARCH in recent
    assert "No meetings are scheduled yet" not in html
    assert 'govuk-table__caption--m">Recent meetings' not in html


def test_home_lists_a_future_meeting_under_upcoming_only(client, example):
    meeting = future_meeting(example, days_ahead=10)
    html = get_html(client, "/")
    upcoming = section_text(html, "Upcoming meetings", level=2)
    assert meeting.get_absolute_url() in upcoming and "<table" in upcoming
    assert "No meetings are coming up." not in visible_text(upcoming)
    assert meeting.get_absolute_url() not in section_text(html, "Recent meetings", level=2)


def test_a_scheduled_meeting_whose_day_has_passed_reads_no_record_published(client, example):
    """The example's meetings of October 2021 to April 2022 are still "scheduled" in the
    record (no papers were loaded): after their day they are not shown as to come."""
    coming = future_meeting(example, days_ahead=10)
    html = get_html(client, "/")
    recent = visible_text(section_text(html, "Recent meetings", level=2))
    assert "No record published" in recent and "Scheduled" not in recent
    upcoming = section_text(html, "Upcoming meetings", level=2)
    assert coming.get_absolute_url() in upcoming
    assert "Scheduled" in visible_text(upcoming)
    assert "No record published" not in upcoming
    october = visible_text(get_html(client, f"{BODY}meetings/2021-10-28/"))
    assert "No record published: the meeting’s day has passed" in october
    assert "Scheduled" not in october
    assert "Scheduled" in visible_text(get_html(client, coming.get_absolute_url()))


def test_bodies_lists_the_board(client, example):
    html = get_html(client, "/bodies/")
    assert "Health and Wellbeing Board" in html
    assert f'href="{BODY}"' in html


def test_body_page_shows_sections_vacancies_invitees_and_years(client, example):
    html = get_html(client, BODY)
    text = visible_text(html)
    assert "To achieve better health, wellbeing and social care outcomes" in text
    assert "Version 9.7 April 2021" in text
    for section in (
        "Elected Members of Leicester City Council",
        "Representatives of the NHS",
        "Officers of Leicester City Council",
        "Healthwatch and Other Representatives",
    ):
        assert section in html
    # Officers: 3 of 4 seats filled; Healthwatch and others: 7 of 8.
    assert "3 of 4 places filled, 1 vacancy" in text
    assert "7 of 8 places filled, 1 vacancy" in text
    assert "These members do not vote." in text
    assert "Non-voting" in text and "Voting" in text
    assert "Councillor Vi Dempster" in text and "Chair" in text
    assert "Standing invitees" in text and "Cathy Ellis" in text
    assert "Municipal year 2021/22" in text and "Municipal year 2020/21" in text
    # ToR 8.3: the record holds only one meeting in 2020/21.
    assert "Only 1 meeting is scheduled in 2020/21" in text
    # the quorum as the terms state it: six members, with each of four groups among them
    assert "A quorum is 6 members; among them at least 1 from Leicester City Council" in text
    assert "/people/vi-dempster/" in html


def test_march_meeting_page_is_the_agenda_and_minutes(client, example):
    html = get_html(client, MARCH)
    text = visible_text(html)
    assert html.count("<h1") == 1
    assert "Agenda and minutes: Thursday 25 March 2021, 10:00am" in text
    assert "Special meeting" in text and "Virtual" in text
    assert "Meeting taking place on Zoom" in text
    assert "The meeting closed at 12:05pm" in text
    assert "Graham Carey" in text and "graham.carey@leicester.gov.uk" in text
    meeting = Meeting.objects.get(date=date(2021, 3, 25))
    for item in meeting.items.all():
        assert f"{item.minute_number}. {item.title}" in text
    assert [i.minute_number for i in meeting.items.all()] == list(range(17, 27))
    # Item 20: the minutes of 19 November 2020 confirmed.
    item_20 = html.split('id="item-20"')[1].split('class="moot-item"')[0]
    assert "RESOLVED:" in item_20
    assert "be confirmed as a correct record" in item_20
    assert "PDF 246 KB" in item_20
    assert "Minutes of the meeting of 19 November 2020" in item_20
    # The stored quorum verdict.
    assert meeting.quorum_explanation in text
    assert "Quorate" in text and "14 members present against 6 required" in text
    # Attendance by category.
    present = visible_text(section_text(html, "Present"))
    assert "Councillor Vi Dempster" in present and "Ivan Browne" in present
    assert "Hayley Jackson" not in present
    substitutes = visible_text(section_text(html, "Substitutes"))
    assert "Hayley Jackson" in substitutes and "substituting for Oliver Newbould" in substitutes
    assert "Mark Wightman" in substitutes and "substituting for Rebecca Browne" in substitutes
    invitees = visible_text(section_text(html, "Standing invitees"))
    assert "Cathy Ellis" in invitees and "David Sissling" in invitees
    assert "Graham Carey" in visible_text(section_text(html, "In attendance"))
    apologies = visible_text(section_text(html, "Apologies"))
    assert "Rebecca Browne" in apologies and "Andy Williams" in apologies
    # The filming statement, the pack, schema.org.
    assert "Filming and recording this meeting" in text
    assert "record and/or report all or part of that meeting" in text
    assert f'href="{MARCH}pack.pdf"' in html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    event = json.loads(ld.group(1))
    assert event["@type"] == "Event"
    assert event["startDate"] == "2021-03-25T10:00:00+00:00"
    assert event["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


def test_july_meeting_page_shows_the_agenda_appendices_and_matters_arising(client, example):
    html = get_html(client, JULY)
    text = visible_text(html)
    assert "Thursday 29 July 2021, 9:30am" in text
    assert "Agenda items" in text
    meeting = Meeting.objects.get(date=date(2021, 7, 29))
    assert [i.agenda_number for i in meeting.items.all()] == [str(n) for n in range(1, 12)]
    for item in meeting.items.all():
        assert f"{item.agenda_number}. {item.title}" in text
    assert "6. Spotlight on Good Practice and Innovation" in text
    assert "Appendix C: Spotlight on Good Practice and Innovation" in text
    assert "Pages 19 - 44" in text and "Pages 63 - 78" in text
    assert "Presentation" in text
    assert 'href="http://www.leicester.public-i.tv"' in html
    assert "Publication deadline" in text
    # Matters arising: the actions of 25 March 2021 still open.
    matters = section_text(html, "Matters arising", 2)
    assert "Circulate information on the Participation Strategy" in matters
    assert "Martin Samuels" in matters
    # Minutes are not yet published: no attendance, no quorum.
    assert ">Attendance<" not in html
    assert "Filming and recording this meeting" in text


def test_meeting_before_its_agenda_is_published_shows_only_when_and_where(client, example):
    html = get_html(client, OCTOBER)
    text = visible_text(html)
    assert "The agenda has not been published yet" in text
    assert "Apologies for Absence" not in text
    assert "pack.pdf" not in html


def test_cancelled_meeting_shows_its_reason(client, example):
    meeting = Meeting.objects.get(date=date(2021, 10, 28))
    services.meeting_cancel(meeting=meeting, reason="Not enough business to transact.")
    text = visible_text(get_html(client, OCTOBER))
    assert "This meeting has been cancelled. Reason: Not enough business to transact." in text


def test_late_publication_reason_is_shown(client, example):
    meeting = future_meeting(example, days_ahead=2)
    services.agenda_publish(meeting=meeting, late_reason="The report was delayed by an audit.")
    text = visible_text(get_html(client, meeting.get_absolute_url()))
    assert "Published after the deadline. Reason: The report was delayed by an audit." in text


def test_decisions_of_an_inquorate_meeting_await_ratification(client, example):
    Resolution.objects.filter(item__minute_number=21).update(needs_ratification=True)
    text = visible_text(get_html(client, MARCH))
    assert "For ratification at the next quorate meeting" in text


def test_declarations_and_sensitive_declarations(client, example):
    item = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    Declaration.objects.create(
        item=item,
        person=person("azhar-farooqi"),
        kind=Declaration.Kind.NON_REGISTRABLE,
        nature="He is a GP in the city.",
        action=Declaration.Action.STAYED,
    )
    Declaration.objects.create(
        item=item,
        person=person("vi-dempster"),
        kind=Declaration.Kind.OTHER_REGISTRABLE,
        nature="The address of her refuge",
        action=Declaration.Action.STAYED,
        sensitive=True,
    )
    meeting_text = visible_text(get_html(client, MARCH))
    assert "Professor Azhar Farooqi: Non-registrable interest. He is a GP in the city." in (
        meeting_text
    )
    assert "The address of her refuge" not in meeting_text
    assert "section 32 of the Localism Act 2011" in meeting_text
    person_text = visible_text(get_html(client, "/people/azhar-farooqi/"))
    assert "He is a GP in the city." in person_text


def test_item_page_shows_minutes_decisions_and_documents(client, example):
    html = get_html(client, MARCH + "items/21/")
    text = visible_text(html)
    assert html.count("<h1") == 1
    assert "21. Leicester, Leicestershire and Rutland Health Inequalities Framework" in text
    assert "Officers were thanked for the work in producing the Framework" in text
    assert "LLR System Health Inequalities Framework" in text and "PDF 127 KB" in text
    assert "Sarah Prema" in text


def test_item_page_gives_document_text_as_html_and_the_forward_plan(client, example):
    text = visible_text(get_html(client, JULY + "items/6/"))
    assert "Documents as web pages" in text
    assert "Read Appendix C: Spotlight on Good Practice and Innovation" in text
    assert "LPT" in text
    plan = visible_text(get_html(client, JULY + "items/8/"))
    assert "Agreement of final revised JH+WBS and final Delivery Plan by HWBB" in plan
    assert "Thursday 27 January 2022" in plan


def test_item_page_shows_the_issue_history(client, example):
    march = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    july = AgendaItem.objects.get(meeting__date=date(2021, 7, 29), agenda_number="7")
    services.issue_link(title="Integrated care", slug="integrated-care", items=[march, july])
    text = visible_text(get_html(client, JULY + "items/7/"))
    assert "Issue history: Integrated care" in text
    assert "Thursday 25 March 2021: item 21" in text


def test_person_page_shows_memberships_attendance_and_interests(client, example):
    InterestRegisterEntry.objects.create(
        person=person("vi-dempster"),
        category=InterestRegisterEntry.Category.LAND,
        description="House in Clarendon Park",
        registered_on=date(2021, 5, 1),
    )
    InterestRegisterEntry.objects.create(
        person=person("vi-dempster"),
        category=InterestRegisterEntry.Category.EMPLOYMENT,
        description="Secret employer",
        registered_on=date(2021, 5, 1),
        sensitive=True,
    )
    text = visible_text(get_html(client, "/people/vi-dempster/"))
    assert "The Executive Lead Member for Health (Chair)" in text
    assert "Attended 1 of the 1 meeting they were expected at as a member (100%)" in text
    assert "Land" in text and "House in Clarendon Park" in text
    assert "Secret employer" not in text
    assert "Sensitive interest" in text and "section 32 of the Localism Act 2011" in text


def test_attendance_record_counts_only_meetings_where_a_seat_was_held(client, example):
    text = visible_text(get_html(client, "/people/rebecca-browne/"))
    assert "Attended 0 of the 1 meeting they were expected at as a member (0%)" in text
    # Mark Wightman substituted in March, before he held a seat: listed, not counted.
    text = visible_text(get_html(client, "/people/mark-wightman/"))
    assert "No meetings with published minutes were held while" in text
    assert "Substitute" in text


def test_decisions_register_filters(client, example):
    text = visible_text(get_html(client, "/decisions/"))
    assert "4 decisions" in text
    text = visible_text(get_html(client, "/decisions/?q=development+session"))
    assert "1 decision found" in text and "There should be a development session" in text
    text = visible_text(get_html(client, "/decisions/?from=2021-04-01"))
    assert "0 decisions found" in text
    text = visible_text(
        get_html(
            client, "/decisions/?body=health-and-wellbeing-board&from=2021-03-25&to=2021-03-25"
        )
    )
    assert "4 decisions found" in text


def test_calendar_month_and_list(client, example):
    html = get_html(client, "/calendar/?month=2021-07")
    text = visible_text(html)
    assert "Meetings in July 2021" in text
    assert JULY in html
    assert "?month=2021-03" in html and "?month=2021-10" in html
    html = get_html(client, "/calendar/?view=list")
    for url in (MARCH, JULY, OCTOBER):
        assert url in html
    assert get_html(client, "/calendar/").count("<h1") == 1


def test_question_link_appears_only_while_questions_are_open(client, example):
    assert "Ask a question" not in get_html(client, JULY)
    meeting = future_meeting(example, days_ahead=40)
    assert "Ask a question at this meeting" in get_html(client, meeting.get_absolute_url())


def test_dates_are_written_as_clerks_write_them(client, example):
    meeting = future_meeting(example, days_ahead=60)
    text = visible_text(get_html(client, meeting.get_absolute_url()))
    day = meeting.date
    assert f"{day:%A} {day.day} {day:%B %Y}, 9:30am" in text


def test_a_new_bodys_page_states_its_quorum_and_its_empty_sections(client, example):
    """A body just set up from its terms: the quorum in words, and each section without
    members said in a sentence (no table of no rows)."""
    from moot.governance import services
    from moot.governance.terms import BodyDraft, SectionDraft, TermsDraft

    body = services.body_create(draft=BodyDraft(name="Joint Scrutiny Panel"))
    services.terms_of_reference_adopt(
        body=body,
        draft=TermsDraft(
            version="1",
            in_force_from=date(2021, 1, 1),
            quorum_minimum=3,
            quorum_fraction=(1, 3),
            sections=(SectionDraft("City councillors", 4), SectionDraft("Co-opted", 2, False)),
        ),
    )
    text = visible_text(get_html(client, f"/bodies/{body.slug}/"))
    assert "A quorum is the larger of 3 members and 1/3 of the membership, rounded up." in text
    assert "0 of 4 places filled, 4 vacancies. Voting members. No member has been" in text
    assert "0 of 2 places filled, 2 vacancies. These members do not vote. No member" in text
    assert "Seat Member Vote" not in text
