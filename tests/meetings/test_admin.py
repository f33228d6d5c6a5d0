"""The meetings back office writes only through the services: each case here was, before,
saved around the rules or answered with a server error (issue 11 item 3)."""

from datetime import date, datetime, time

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from moot.governance.models import AuditEntry, Membership, Person
from moot.meetings import services
from moot.meetings.models import AgendaItem, Attendance, Meeting, PublicQuestion, Vote
from tests.accounts.support import enrol_totp
from tests.admin_forms import add_inline_row, change_form_data

LONDON = services.LONDON
TODAY = date(2026, 1, 5)
VOTERS = [
    "Vi Dempster",
    "Elly Cutkelvin",
    "Ivan Browne",
    "Andy Williams",
    "Harsha Kotecha",
    "Kevan Liles",
]


@pytest.fixture
def clerk(client, db):
    user = User.objects.create_superuser("clerk", "clerk@example.org", "x-long-password-1")
    enrol_totp(user)  # an administrator must use MFA
    client.force_login(user)
    return user


def new_meeting(body, day=date(2026, 3, 12)):
    return services.meeting_create(body=body, day=day, at=time(9, 30), today=TODAY)


def held_meeting(body, day=date(2026, 3, 12), names=VOTERS):
    meeting = new_meeting(body, day)
    services.agenda_publish(meeting=meeting, now=datetime(day.year, day.month, 1, tzinfo=LONDON))
    for name in names:
        services.attendance_record(
            meeting=meeting, person=Person.objects.get(name=name), status=Attendance.Status.PRESENT
        )
    return services.meeting_hold(meeting=meeting)


def meeting_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def errors_of(response) -> str:
    """Every error the page shows: the form's, the inline rows' and the inline sets'."""
    context = response.context
    texts = [m for e in context["adminform"].form.errors.values() for m in e]
    for inline in context["inline_admin_formsets"]:
        texts += list(inline.formset.non_form_errors())
        for form in inline.formset.forms:
            texts += [m for e in form.errors.values() for m in e]
    return " ".join(texts)


@pytest.mark.django_db
def test_editing_a_venue_logs_one_entry_with_the_user_and_the_old_and_new_values(
    client, clerk, example
):
    meeting = new_meeting(example)
    old = meeting.venue
    data = change_form_data(client.get(meeting_url(meeting)))
    data["venue"] = "Meeting Room G.01, City Hall"
    before = AuditEntry.objects.count()
    response = client.post(meeting_url(meeting), data)
    assert response.status_code == 302, errors_of(response)
    assert Meeting.objects.get(pk=meeting.pk).venue == "Meeting Room G.01, City Hall"
    assert AuditEntry.objects.count() == before + 1
    entry = AuditEntry.objects.latest("id")
    assert entry.user == clerk
    assert entry.action == "moot.meeting.venue_changed"
    assert entry.content_object == meeting
    assert entry.changes == {"venue": {"old": old, "new": "Meeting Room G.01, City Hall"}}
    history = client.get(reverse("admin:meetings_meeting_history", args=[meeting.pk]))
    assert b"moot.meeting.venue_changed" in history.content
    assert b"Meeting Room G.01, City Hall" in history.content


@pytest.mark.django_db
def test_an_agenda_item_added_inline_is_added_by_the_service(client, clerk, example):
    meeting = new_meeting(example)
    data = change_form_data(client.get(meeting_url(meeting)))
    add_inline_row(data, "items", {"order": "55", "title": "Better Care Fund", "standing": ""})
    response = client.post(meeting_url(meeting), data)
    assert response.status_code == 302, errors_of(response)
    item = AgendaItem.objects.get(meeting=meeting, title="Better Care Fund")
    assert item.body == example
    assert item.agenda_number
    entry = AuditEntry.objects.get(action="moot.agenda.item_added", object_id=str(item.pk))
    assert entry.user == clerk


@pytest.mark.django_db
def test_an_agenda_item_added_on_its_own_page_is_added_by_the_service(client, clerk, example):
    meeting = new_meeting(example)
    add = reverse("admin:meetings_agendaitem_add")
    data = change_form_data(client.get(add))
    data.update({"meeting": str(meeting.pk), "order": "55", "title": "Better Care Fund"})
    response = client.post(add, data)
    assert response.status_code == 302, errors_of(response)
    assert AgendaItem.objects.get(meeting=meeting, title="Better Care Fund").body == example


@pytest.mark.django_db
def test_a_refused_inline_row_is_an_error_on_the_page_and_nothing_is_saved(client, clerk, example):
    meeting = new_meeting(example)
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 1, tzinfo=LONDON))
    data = change_form_data(client.get(meeting_url(meeting)))
    data["venue"] = "Somewhere else"
    add_inline_row(data, "items", {"order": "55", "title": "Late business", "standing": ""})
    response = client.post(meeting_url(meeting), data, follow=True)
    assert response.status_code == 200
    assert "published and frozen" in errors_of(response)
    assert b"changed successfully" not in response.content
    assert b'value="Late business"' in response.content
    assert not AgendaItem.objects.filter(title="Late business").exists()
    assert Meeting.objects.get(pk=meeting.pk).venue != "Somewhere else"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("exempt", "paragraph", "message"),
    [(True, "", "names its paragraph"), (False, "3", "not marked exempt")],
)
def test_exempt_and_paragraph_must_agree(client, clerk, example, exempt, paragraph, message):
    meeting = new_meeting(example)
    item = services.item_add(meeting=meeting, title="Pharmacy contracts")
    url = reverse("admin:meetings_agendaitem_change", args=[item.pk])
    data = change_form_data(client.get(url))
    if exempt:
        data["exempt"] = "on"
    data["exempt_paragraph"] = paragraph
    response = client.post(url, data)
    assert response.status_code == 200
    assert message in errors_of(response)
    stored = AgendaItem.objects.get(pk=item.pk)
    assert (stored.exempt, stored.exempt_paragraph) == (False, None)


def _officer():
    membership = next(
        m
        for m in Membership.objects.filter(end_date__isnull=True).select_related("seat__section")
        if not m.seat.has_vote
    )
    return membership.person


@pytest.mark.django_db
def test_a_named_vote_by_a_non_voting_officer_is_refused(client, clerk, example):
    officer = _officer()
    meeting = held_meeting(example, names=[*VOTERS, officer.name])
    item = meeting.items.get(standing="urgent_business")
    resolution = services.resolution_add(item=item, text="Agreed.")
    add = reverse("admin:meetings_vote_add")
    data = change_form_data(client.get(add))
    data.update({"resolution": str(resolution.pk), "outcome": "carried"})
    for person in [Person.objects.get(name="Vi Dempster"), officer]:
        add_inline_row(data, "person_votes", {"person": str(person.pk), "choice": "for"})
    response = client.post(add, data)
    assert response.status_code == 200
    assert officer.display_name in errors_of(response)
    assert not Vote.objects.filter(resolution=resolution).exists()


@pytest.mark.django_db
def test_an_outcome_that_contradicts_the_casting_vote_is_refused(client, clerk, example):
    meeting = held_meeting(example)
    resolution = services.resolution_add(
        item=meeting.items.get(standing="urgent_business"), text="Agreed."
    )
    add = reverse("admin:meetings_vote_add")
    data = change_form_data(client.get(add))
    data.update(
        {
            "resolution": str(resolution.pk),
            "votes_for": "2",
            "votes_against": "2",
            "abstentions": "0",
            "casting_vote": "for",
            "outcome": "lost",
        }
    )
    response = client.post(add, data)
    assert response.status_code == 200
    assert "contradicts" in errors_of(response)
    assert not Vote.objects.filter(resolution=resolution).exists()
    data["outcome"] = "carried"
    response = client.post(add, data)
    assert response.status_code == 302, errors_of(response)
    vote = Vote.objects.get(resolution=resolution)
    assert (vote.outcome, vote.casting_vote) == ("carried", "for")
    assert AuditEntry.objects.filter(action="moot.vote.recorded", user=clerk).count() == 1


def _question(meeting, **fields):
    return PublicQuestion.objects.create(
        meeting=meeting,
        name="A. Resident",
        email="resident@example.org",
        question="When will the strategy be published?",
        submitted_at=datetime(2026, 3, 2, tzinfo=LONDON),
        fingerprint="q1",
        **fields,
    )


@pytest.mark.django_db
def test_a_question_is_not_rejected_without_a_reason(client, clerk, example):
    question = _question(new_meeting(example))
    url = reverse("admin:meetings_publicquestion_change", args=[question.pk])
    data = change_form_data(client.get(url))
    data.update({"status": "rejected", "reason": ""})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "needs a reason" in errors_of(response)
    assert PublicQuestion.objects.get(pk=question.pk).status == "submitted"
    data["reason"] = "It is not about the Board's business."
    assert client.post(url, data).status_code == 302
    entry = AuditEntry.objects.get(action="moot.question.changed", object_id=str(question.pk))
    assert entry.changes["status"] == {"old": "submitted", "new": "rejected"}


@pytest.mark.django_db
def test_a_question_is_not_attached_to_another_meetings_item(client, clerk, example):
    question = _question(new_meeting(example))
    other = new_meeting(example, day=date(2026, 6, 11))
    url = reverse("admin:meetings_publicquestion_change", args=[question.pk])
    data = change_form_data(client.get(url))
    data["item"] = str(other.items.first().pk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "not on the agenda" in errors_of(response)
    assert PublicQuestion.objects.get(pk=question.pk).item is None


@pytest.mark.django_db
def test_a_meeting_whose_minutes_are_approved_keeps_its_venue_and_closing_time(
    client, clerk, example
):
    first = held_meeting(example)
    second = held_meeting(example, day=date(2026, 6, 11))
    services.minutes_approve(meeting=first, by_item=second.items.get(standing="previous_minutes"))
    stored = Meeting.objects.get(pk=first.pk)
    data = change_form_data(client.get(meeting_url(first)))
    data.update({"venue": "Another room", "closed_at": "11:45"})
    response = client.post(meeting_url(first), data)
    assert response.status_code == 200
    assert "approved and are locked" in errors_of(response)
    after = Meeting.objects.get(pk=first.pk)
    assert (after.venue, after.closed_at) == (stored.venue, stored.closed_at)
    assert b'value="Another room"' in response.content


@pytest.mark.django_db
def test_minutes_published_date_is_not_set_on_a_meeting_only_held(client, clerk, example):
    meeting = held_meeting(example)
    data = change_form_data(client.get(meeting_url(meeting)))
    data.update({"minutes_published_at_0": "2026-03-13", "minutes_published_at_1": "10:00"})
    response = client.post(meeting_url(meeting), data)
    assert response.status_code == 200
    assert "cannot be set on a meeting whose status is 'held'" in errors_of(response)
    assert Meeting.objects.get(pk=meeting.pk).minutes_published_at is None


@pytest.mark.django_db
def test_deleting_an_item_goes_through_the_service_and_a_refusal_is_a_message(
    client, clerk, example
):
    meeting = new_meeting(example)
    item = services.item_add(meeting=meeting, title="Pharmacy contracts")
    delete = reverse("admin:meetings_agendaitem_delete", args=[item.pk])
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 1, tzinfo=LONDON))
    response = client.post(delete, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert "published and frozen" in response.content.decode()
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    draft = new_meeting(example, day=date(2026, 6, 11))
    item = services.item_add(meeting=draft, title="Pharmacy contracts")
    delete = reverse("admin:meetings_agendaitem_delete", args=[item.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not AgendaItem.objects.filter(pk=item.pk).exists()
    entry = AuditEntry.objects.get(action="moot.agenda.item_removed", object_id=str(item.pk))
    assert entry.user == clerk
    numbers = [i.agenda_number for i in draft.items.order_by("order")]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]


@pytest.mark.django_db
def test_an_actions_progress_changed_in_the_admin_goes_through_action_update(
    client, clerk, example
):
    meeting = held_meeting(example)
    action = services.action_add(item=meeting.items.first(), description="Write to partners")
    url = reverse("admin:meetings_action_change", args=[action.pk])
    data = change_form_data(client.get(url))
    data.update({"status": "done", "update": "Written on 1 April."})
    assert client.post(url, data).status_code == 302
    entry = AuditEntry.objects.get(action="moot.action.updated", object_id=str(action.pk))
    assert entry.changes["status"] == {"old": "open", "new": "done"}
