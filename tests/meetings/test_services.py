"""The meeting's life through the services, on the bundled example's Board."""

from datetime import date, datetime, time

import pytest

from moot.documents.services import document_record
from moot.governance.models import Person
from moot.meetings import services
from moot.meetings.models import AgendaItem, Attendance, Declaration, Meeting, Resolution

LONDON = services.LONDON
TODAY = date(2026, 1, 5)


def person(name):
    return Person.objects.get(name=name)


def new_meeting(body, day=date(2026, 3, 12), **kwargs):
    return services.meeting_create(body=body, day=day, at=time(9, 30), today=TODAY, **kwargs)


@pytest.mark.django_db
def test_new_agenda_starts_with_the_standing_items_in_the_seeds_order(example):
    meeting = new_meeting(example)
    titles = [i.title for i in meeting.items.order_by("order")]
    assert titles == [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
        "Matters Arising",
        "Updates from the Working Subgroups",
        "Questions from Members of the Public",
        "Dates of Future Meetings",
        "Any Other Urgent Business",
    ]
    services.item_add(meeting=meeting, title="Joint Health and Wellbeing Strategy")
    services.item_add(meeting=meeting, title="Better Care Fund")
    items = list(meeting.items.order_by("order"))
    assert [i.title for i in items][5:7] == [
        "Joint Health and Wellbeing Strategy",
        "Better Care Fund",
    ]
    assert [i.agenda_number for i in items] == [str(n) for n in range(1, 11)]


@pytest.mark.django_db
def test_a_past_date_is_only_for_recording_past_meetings(example):
    with pytest.raises(services.MeetingError, match="is in the past"):
        new_meeting(example, day=date(2025, 12, 1))
    assert new_meeting(example, day=date(2025, 12, 1), recording_past=True).pk


@pytest.mark.django_db
def test_two_meetings_on_one_day_get_distinct_slugs(example):
    first = new_meeting(example)
    second = new_meeting(example)
    assert first.identifier == "health-and-wellbeing-board/2026-03-12"
    assert second.identifier == "health-and-wellbeing-board/2026-03-12-2"
    assert services.find_meeting(second.identifier) == second


@pytest.mark.django_db
def test_late_publication_needs_a_reason_which_is_recorded(example):
    meeting = new_meeting(example)  # Thursday 12 March 2026: publish by Wednesday 4 March
    assert services.publication_deadline(meeting).publish_by == date(2026, 3, 4)
    late = datetime(2026, 3, 5, 9, 0, tzinfo=LONDON)
    with pytest.raises(services.PublicationTooLate, match="had to be published by 4 March 2026"):
        services.agenda_publish(meeting=meeting, now=late)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED
    services.agenda_publish(meeting=meeting, now=late, late_reason="Report delayed by audit.")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.AGENDA_PUBLISHED
    assert meeting.late_publication_reason == "Report delayed by audit."


@pytest.mark.django_db
def test_published_agenda_is_frozen_and_late_items_need_urgency_reasons(example):
    meeting = new_meeting(example)
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, tzinfo=LONDON))
    with pytest.raises(services.MeetingError, match="published and frozen"):
        services.item_add(meeting=meeting, title="Something new")
    with pytest.raises(services.PublicationTooLate, match="urgent business"):
        services.supplementary_item_add(
            meeting=meeting, title="Winter pressures", now=datetime(2026, 3, 10, tzinfo=LONDON)
        )
    item = services.supplementary_item_add(
        meeting=meeting,
        title="Winter pressures",
        urgency_reason="Decision needed this week.",
        now=datetime(2026, 3, 10, tzinfo=LONDON),
    )
    assert item.supplement is not None and item.urgency_reason == "Decision needed this week."


@pytest.mark.django_db
def test_no_minutes_before_the_meeting_is_held(example):
    meeting = new_meeting(example)
    item = meeting.items.first()
    with pytest.raises(services.MeetingError, match="before the meeting is held"):
        services.minutes_record(item=item, text="<p>Too soon</p>")


def _hold_with(meeting, present=(), substitutes=(), mode=Attendance.Mode.IN_ROOM):
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, tzinfo=LONDON))
    for name in present:
        services.attendance_record(
            meeting=meeting, person=person(name), status=Attendance.Status.PRESENT, mode=mode
        )
    for name, for_ in substitutes:
        services.attendance_record(
            meeting=meeting,
            person=person(name),
            status=Attendance.Status.SUBSTITUTE,
            substitute_for=person(for_),
        )
    return services.meeting_hold(meeting=meeting)


QUORATE = [
    "Vi Dempster",
    "Elly Cutkelvin",
    "Ivan Browne",
    "Andy Williams",
    "Harsha Kotecha",
    "Kevan Liles",
]


@pytest.mark.django_db
def test_approved_minutes_refuse_edits(example):
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE)
    item = meeting.items.get(standing="declarations")
    services.minutes_record(item=item, text="<p>No declarations.<script>x()</script></p>")
    item.refresh_from_db()
    assert item.minutes == "<p>No declarations.</p>"
    next_meeting = new_meeting(example, day=date(2026, 6, 11))
    _hold_with(next_meeting, QUORATE)
    approving = next_meeting.items.get(standing="previous_minutes")
    resolution = services.minutes_approve(meeting=meeting, by_item=approving)
    assert "held on 12 March 2026 be confirmed as a correct record" in resolution.text
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.MINUTES_APPROVED
    with pytest.raises(services.MinutesLocked, match="approved and are locked"):
        services.minutes_record(item=item, text="<p>Changed</p>")
    with pytest.raises(services.MinutesLocked):
        services.resolution_add(item=item, text="Another decision")
    item.refresh_from_db()
    assert item.minutes == "<p>No declarations.</p>"
    from moot.governance.models import AuditEntry

    assert (
        AuditEntry.objects.filter(action="moot.minutes.approved", object_id=str(meeting.pk)).count()
        == 1
    )
    assert AuditEntry.objects.filter(
        action="moot.minutes.recorded", object_id=str(item.pk)
    ).exists()


@pytest.mark.django_db
def test_inquorate_meeting_decisions_await_ratification(example):
    meeting = new_meeting(example)
    _hold_with(
        meeting,
        [
            "Vi Dempster",
            "Elly Cutkelvin",
            "Rita Patel",
            "Sarah Russell",
            "Piara Singh Clair",
            "Ivan Browne",
            "Martin Samuels",
            "Katherine Packham",
        ],
    )
    meeting.refresh_from_db()
    assert meeting.quorate is False
    assert "no one present from LLR Clinical Commissioning Group" in meeting.quorum_explanation
    item = meeting.items.get(standing="urgent_business")
    resolution = services.resolution_add(item=item, text="To write to NHS partners.")
    assert resolution.needs_ratification
    next_meeting = new_meeting(example, day=date(2026, 6, 11))
    _hold_with(next_meeting, QUORATE[:2])
    with pytest.raises(services.InquorateError, match="was inquorate"):
        services.minutes_approve(
            meeting=meeting, by_item=next_meeting.items.get(standing="previous_minutes")
        )


@pytest.mark.django_db
def test_remote_members_are_not_present_after_may_2021(example):
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE, mode=Attendance.Mode.REMOTE)
    meeting.refresh_from_db()
    assert meeting.quorate is False and meeting.quorum_present == 0


@pytest.mark.django_db
def test_a_substitute_must_name_a_member(example):
    meeting = new_meeting(example)
    with pytest.raises(services.MeetingError, match="substitute but for no member"):
        services.attendance_record(
            meeting=meeting, person=person("Hayley Jackson"), status=Attendance.Status.SUBSTITUTE
        )
    with pytest.raises(
        services.MeetingError, match="Gordon King is not a member of Health and Wellbeing Board"
    ):
        services.attendance_record(
            meeting=meeting,
            person=person("Hayley Jackson"),
            status=Attendance.Status.SUBSTITUTE,
            substitute_for=person("Gordon King"),
        )
    record = services.attendance_record(
        meeting=meeting,
        person=person("Hayley Jackson"),
        status=Attendance.Status.SUBSTITUTE,
        substitute_for=person("Oliver Newbould"),
    )
    assert record.substitute_for.name == "Oliver Newbould"


@pytest.mark.django_db
def test_votes_are_checked_person_by_person(example):
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE, substitutes=[("Hayley Jackson", "Oliver Newbould")])
    item = meeting.items.get(standing="urgent_business")
    resolution = services.resolution_add(item=item, text="To approve the plan.")
    with pytest.raises(
        services.MeetingError, match="Ivan Browne holds a non-voting seat in Officers"
    ):
        services.vote_record(resolution=resolution, named={person("Ivan Browne"): "for"})
    services.attendance_record(
        meeting=meeting, person=person("Cathy Ellis"), status=Attendance.Status.STANDING_INVITEE
    )
    with pytest.raises(services.MeetingError, match="Cathy Ellis is a standing invitee"):
        services.vote_record(resolution=resolution, named={person("Cathy Ellis"): "for"})
    vote = services.vote_record(
        casting_vote="for",
        resolution=resolution,
        named={
            person("Vi Dempster"): "for",
            person("Elly Cutkelvin"): "against",
            person("Hayley Jackson"): "for",
            person("Andy Williams"): "against",
        },
    )
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (2, 2, "carried")
    assert vote.casting_vote == "for" and vote.person_votes.count() == 4


@pytest.mark.django_db
def test_a_member_with_a_pecuniary_interest_cannot_vote(example):
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE)
    item = meeting.items.get(standing="urgent_business")
    services.declaration_record(
        item=item,
        person=person("Harsha Kotecha"),
        kind=Declaration.Kind.DISCLOSABLE_PECUNIARY,
        nature="Employed by a bidder",
        action="left_room",
    )
    resolution = services.resolution_add(item=item, text="To award the contract.")
    with pytest.raises(services.MeetingError, match="disclosable pecuniary interest"):
        services.vote_record(resolution=resolution, named={person("Harsha Kotecha"): "for"})
    with pytest.raises(services.MeetingError, match="Graham Carey is not a member"):
        services.declaration_record(
            item=item,
            person=person("Graham Carey"),
            kind="other_registrable",
            nature="x",
            action="stayed",
        )


@pytest.mark.django_db
def test_an_exempt_items_documents_are_exempt(example):
    meeting = new_meeting(example)
    item = services.item_add(meeting=meeting, title="Contract award", exempt_paragraph=3)
    document = document_record(meeting=meeting, item=item, title="Bids compared")
    assert item.exempt and document.exempt and document.exempt_paragraph == 3
    with pytest.raises(services.MeetingError, match="paragraphs 1 to 7"):
        services.item_add(meeting=meeting, title="Other", exempt_paragraph=9)


@pytest.mark.django_db
def test_minute_numbers_run_on_through_the_municipal_year(example):
    march = Meeting.objects.get(date=date(2021, 3, 25))
    assert sorted(march.items.values_list("minute_number", flat=True)) == list(range(17, 27))
    assert march.municipal_year == "2020/21"
    october = Meeting.objects.get(date=date(2021, 10, 28))
    services.agenda_publish(meeting=october, now=datetime(2021, 10, 1, tzinfo=LONDON))
    services.meeting_hold(meeting=october)
    numbers = sorted(october.items.values_list("minute_number", flat=True))
    assert numbers[0] == 1  # 2021/22 started at the annual meeting of 29 April 2021
    assert october.items.first().municipal_year == "2021/22"


@pytest.mark.django_db
def test_public_questions_deadline_and_duplicates(example):
    meeting = new_meeting(example)
    deadline = services.question_deadline(meeting).publish_by
    assert deadline == date(2026, 3, 8)  # Mon 9, Tue 10, Wed 11 are clear
    ok = services.question_submit(
        meeting=meeting,
        name="A Resident",
        email="a@example.org",
        question="When will the strategy be refreshed?",
        now=datetime(2026, 3, 8, 12, tzinfo=LONDON),
    )
    with pytest.raises(services.QuestionRefused, match="already submitted"):
        services.question_submit(
            meeting=meeting,
            name="A Resident",
            email="A@example.org",
            question="When will the  strategy be refreshed?",
            now=datetime(2026, 3, 8, 13, tzinfo=LONDON),
        )
    with pytest.raises(services.QuestionRefused, match="had to be submitted by 8 March 2026"):
        services.question_submit(
            meeting=meeting,
            name="B",
            email="b@example.org",
            question="Late?",
            now=datetime(2026, 3, 9, tzinfo=LONDON),
        )
    with pytest.raises(services.QuestionRefused) as too_long:
        services.question_submit(
            meeting=meeting,
            name="B",
            email="b@example.org",
            question="x" * 2001,
            now=datetime(2026, 3, 2, tzinfo=LONDON),
        )
    assert too_long.value.field == "question"
    with pytest.raises(services.MeetingError, match="needs a reason"):
        services.question_decide(question=ok, accept=False)
    services.question_decide(question=ok, accept=True)
    services.question_answer(question=ok, answer="In January.")
    ok.refresh_from_db()
    assert ok.status == "answered"


@pytest.mark.django_db
def test_matters_arising_lists_open_actions_of_earlier_meetings(example):
    july = Meeting.objects.get(date=date(2021, 7, 29))
    actions = services.matters_arising(july)
    assert [a.owner.name if a.owner else a.owner_text for a in actions] == [
        "Martin Samuels",
        "Ivan Browne",
        "The Chair",
    ]


@pytest.mark.django_db
def test_cancellation_needs_a_public_reason(example):
    meeting = new_meeting(example)
    with pytest.raises(services.MeetingError, match="needs a reason"):
        services.meeting_cancel(meeting=meeting, reason=" ")
    services.meeting_cancel(meeting=meeting, reason="Not enough business.")
    with pytest.raises(Exception, match="is cancelled"):
        services.agenda_publish(meeting=meeting)


@pytest.mark.django_db
def test_issue_history_links_items_across_bodies(example):
    from moot.governance.models import Body

    other_body = Body.objects.create(
        name="Leicestershire Health and Wellbeing Board", slug="leicestershire-hwb"
    )
    other = services.meeting_create(
        body=other_body,
        day=date(2021, 5, 20),
        at=time(14),
        recording_past=True,
        standing_items=False,
    )
    theirs = services.item_add(meeting=other, title="LLR Health Inequalities Framework")
    ours = AgendaItem.objects.get(meeting__date=date(2021, 3, 25), minute_number=21)
    issue = services.issue_link(
        title="LLR Health Inequalities Framework",
        slug="llr-health-inequalities",
        items=[ours, theirs],
    )
    assert set(issue.items.values_list("body__slug", flat=True)) == {
        "health-and-wellbeing-board",
        "leicestershire-hwb",
    }
    assert Resolution.objects.filter(item=ours).count() == 2


@pytest.mark.django_db
def test_nothing_an_approved_meeting_records_can_change(example):
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE)
    item = meeting.items.get(standing="urgent_business")
    next_meeting = new_meeting(example, day=date(2026, 6, 11))
    _hold_with(next_meeting, QUORATE)
    with pytest.raises(services.MeetingError, match="under 'Minutes of the Previous Meeting'"):
        services.minutes_approve(
            meeting=meeting, by_item=next_meeting.items.get(standing="urgent_business")
        )
    services.minutes_approve(
        meeting=meeting, by_item=next_meeting.items.get(standing="previous_minutes")
    )
    with pytest.raises(services.MinutesLocked):
        services.attendance_record(
            meeting=meeting, person=person("Rita Patel"), status=Attendance.Status.PRESENT
        )
    with pytest.raises(services.MinutesLocked):
        services.declaration_record(
            item=item,
            person=person("Vi Dempster"),
            kind="other_registrable",
            nature="x",
            action="stayed",
        )
    with pytest.raises(services.MinutesLocked):
        services.action_add(item=item, description="Late action")
    with pytest.raises(services.MinutesLocked):
        services.quorum_judge(meeting=meeting)


@pytest.mark.django_db
def test_minutes_are_approved_at_the_next_meeting_not_a_later_one(example):
    first = new_meeting(example)
    _hold_with(first, QUORATE)
    second = new_meeting(example, day=date(2026, 6, 11))
    _hold_with(second, QUORATE)
    third = new_meeting(example, day=date(2026, 9, 10))
    _hold_with(third, QUORATE)
    with pytest.raises(services.MeetingError, match="next meeting .* which was"):
        services.minutes_approve(
            meeting=first, by_item=third.items.get(standing="previous_minutes")
        )


@pytest.mark.django_db
def test_a_dispensation_for_another_body_does_not_count(example):
    from moot.governance.models import Body
    from moot.meetings.models import Dispensation

    other = Body.objects.create(name="Licensing Committee", slug="licensing")
    Dispensation.objects.create(
        person=person("Harsha Kotecha"),
        body=other,
        grounds="x",
        granted_on=date(2025, 1, 1),
        expires_on=date(2028, 1, 1),
    )
    meeting = new_meeting(example)
    _hold_with(meeting, QUORATE)
    item = meeting.items.get(standing="urgent_business")
    with pytest.raises(services.MeetingError, match="holds no dispensation"):
        services.declaration_record(
            item=item,
            person=person("Harsha Kotecha"),
            kind=Declaration.Kind.DISCLOSABLE_PECUNIARY,
            nature="Employed by a bidder",
            action="stayed",
        )
    Dispensation.objects.create(
        person=person("Harsha Kotecha"),
        body=example,
        grounds="x",
        granted_on=date(2025, 1, 1),
        expires_on=date(2028, 1, 1),
    )
    assert services.declaration_record(
        item=item,
        person=person("Harsha Kotecha"),
        kind=Declaration.Kind.DISCLOSABLE_PECUNIARY,
        nature="Employed by a bidder",
        action="stayed",
    ).pk


@pytest.mark.django_db
def test_a_meeting_is_held_on_its_date_not_before(example):
    meeting = new_meeting(example)  # 12 March 2026
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, tzinfo=LONDON))
    with pytest.raises(services.MeetingError, match="still to come.*before 12 March 2026"):
        services.meeting_hold(meeting=meeting, today=date(2026, 3, 11))
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.AGENDA_PUBLISHED
    assert not meeting.items.filter(minute_number__isnull=False).exists()
    services.meeting_hold(meeting=meeting, today=date(2026, 3, 12))
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.HELD


@pytest.mark.django_db
def test_minutes_are_approved_only_by_a_meeting_that_has_been_held(example):
    first = new_meeting(example)
    _hold_with(first, QUORATE)
    second = new_meeting(example, day=date(2026, 6, 11))
    approving = second.items.get(standing="previous_minutes")
    with pytest.raises(services.MeetingError, match="a meeting that has been held.*scheduled"):
        services.minutes_approve(meeting=first, by_item=approving)
    assert Meeting.objects.get(pk=first.pk).status == Meeting.Status.HELD
