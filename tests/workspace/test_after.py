"""After the meeting in the workspace: mark held, publish the draft minutes, approve them at
the next meeting (which locks them), each item's history, and actions followed up after
approval."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from moot.governance.models import AuditEntry
from moot.meetings import services as meeting_services
from moot.meetings.models import Action, AgendaItem, Meeting
from tests.workspace.conftest import url

pytestmark = pytest.mark.django_db

OCT_28 = date(2021, 10, 28)
JAN_27 = date(2022, 1, 27)


def _held(meeting, day):
    meeting_services.meeting_hold(meeting=meeting, today=day)
    meeting.refresh_from_db()
    return meeting


def test_the_after_page_offers_marking_held_once_the_agenda_is_published(
    signed_in, october, set_clock
):
    set_clock(OCT_28)
    page = signed_in.get(url(october, "after"))
    assert page.status_code == 200
    assert "Mark held" in page.content.decode()


def test_marking_held_gives_minute_numbers(signed_in, october, set_clock):
    set_clock(OCT_28)
    response = signed_in.post(url(october, "hold"))
    assert response.status_code == 302
    october.refresh_from_db()
    assert october.status == Meeting.Status.HELD
    assert not october.items.filter(minute_number__isnull=True).exists()


def test_a_meeting_still_to_come_is_not_marked_held(signed_in, october, set_clock):
    set_clock(date(2021, 10, 27))
    response = signed_in.post(url(october, "hold"))
    assert response.status_code == 400
    assert "still to come" in response.content.decode()
    october.refresh_from_db()
    assert october.status == Meeting.Status.AGENDA_PUBLISHED


def test_publishing_the_draft_minutes(signed_in, october, set_clock):
    _held(october, OCT_28)
    set_clock(date(2021, 11, 4))
    response = signed_in.post(url(october, "publish_draft"))
    assert response.status_code == 302
    october.refresh_from_db()
    assert october.status == Meeting.Status.MINUTES_DRAFT
    assert october.minutes_published_at.date() == date(2021, 11, 4)


def test_draft_minutes_of_a_meeting_not_held_are_refused(signed_in, october, set_clock):
    set_clock(OCT_28)
    response = signed_in.post(url(october, "publish_draft"))
    assert response.status_code == 400
    october.refresh_from_db()
    assert october.status == Meeting.Status.AGENDA_PUBLISHED


def test_approving_at_the_next_meeting_locks_the_earlier_minutes(
    signed_in, october, january, set_clock, clerk
):
    _held(october, OCT_28)
    meeting_services.minutes_publish_draft(meeting=october)
    _held(january, JAN_27)
    set_clock(JAN_27)
    page = signed_in.get(url(january, "after"))
    assert "Approve the minutes of Thursday 28 October 2021" in page.content.decode()

    response = signed_in.post(url(january, "approve"))

    assert response.status_code == 302
    october.refresh_from_db()
    assert october.status == Meeting.Status.MINUTES_APPROVED
    assert october.minutes_approved_by.meeting == january
    assert october.minutes_approved_by.standing == AgendaItem.Standing.PREVIOUS_MINUTES
    item = october.items.first()
    with pytest.raises(meeting_services.MinutesLocked, match="approved"):
        meeting_services.minutes_record(item=item, text="<p>Changed afterwards</p>")
    assert "approved and locked" in signed_in.get(url(october, "after")).content.decode()
    assert AuditEntry.objects.filter(action="moot.minutes.approved", user=clerk).exists()


def test_approval_at_a_meeting_not_yet_held_is_refused(signed_in, october, january, set_clock):
    _held(october, OCT_28)
    set_clock(JAN_27)
    response = signed_in.post(url(january, "approve"))
    assert response.status_code == 400
    assert "held" in response.content.decode()
    october.refresh_from_db()
    assert october.status == Meeting.Status.HELD


def test_an_items_history_shows_its_minutes(signed_in, october, set_clock, clerk):
    _held(october, OCT_28)
    item = october.items.order_by("order").first()
    meeting_services.minutes_record(
        item=item, text="<p>The Board noted the report.</p>", user=clerk
    )
    item_page = signed_in.get(url(october, "item", item.pk)).content.decode()
    assert url(october, "history", item.pk) in item_page
    page = signed_in.get(url(october, "history", item.pk))
    assert page.status_code == 200
    text = page.content.decode()
    assert "moot.minutes.recorded" in text
    assert "The Board noted the report." in text


def test_someone_who_is_not_the_clerk_cannot_mark_held(
    client, october, set_clock, django_user_model
):
    user = django_user_model.objects.create_user(username="visitor", password="unused-here")
    client.force_login(user)
    set_clock(OCT_28)
    assert client.post(url(october, "hold")).status_code == 403
    october.refresh_from_db()
    assert october.status == Meeting.Status.AGENDA_PUBLISHED


# --- actions ------------------------------------------------------------------------------


def _approved_with_action(october, january):
    _held(october, OCT_28)
    item = october.items.order_by("order").last()
    action = meeting_services.action_add(
        item=item, description="Circulate the strategy", due_date=date(2021, 12, 1)
    )
    _held(january, JAN_27)
    previous = january.items.get(standing=AgendaItem.Standing.PREVIOUS_MINUTES)
    meeting_services.minutes_approve(meeting=october, by_item=previous)
    return action


def test_an_action_is_closed_after_its_minutes_are_approved(october, january):
    action = _approved_with_action(october, january)
    meeting_services.action_update(action=action, status="done", note="Circulated on 2 Feb.")
    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert action.update == "Circulated on 2 Feb."
    entry = AuditEntry.objects.get(action="moot.action.updated", object_id=str(action.pk))
    assert entry.changes["status"] == {"old": "open", "new": "done"}
    assert action not in meeting_services.matters_arising(
        Meeting.objects.get(body=october.body, date=date(2022, 4, 28))
    )


def test_an_unknown_action_status_is_refused(october, january):
    action = _approved_with_action(october, january)
    with pytest.raises(meeting_services.MeetingError, match="'finished' is not an action's status"):
        meeting_services.action_update(action=action, status="finished")


def test_the_actions_page_lists_overdue_actions_and_closes_one(
    signed_in, october, january, set_clock
):
    action = _approved_with_action(october, january)
    set_clock(date(2022, 2, 1))
    actions_url = reverse("workspace:actions", args=[october.body.slug])
    page = signed_in.get(actions_url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Circulate the strategy" in text and "Overdue" in text

    response = signed_in.post(
        reverse("workspace:action_update", args=[october.body.slug, action.pk]),
        {f"action-{action.pk}-status": "done", f"action-{action.pk}-note": "Sent to partners"},
    )

    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.update) == ("done", "Sent to partners")
    assert "Circulate the strategy" not in signed_in.get(actions_url).content.decode()


def test_a_bad_action_status_keeps_the_note_typed(signed_in, october, january, set_clock):
    action = _approved_with_action(october, january)
    set_clock(date(2022, 2, 1))
    response = signed_in.post(
        reverse("workspace:action_update", args=[october.body.slug, action.pk]),
        {f"action-{action.pk}-status": "finished", f"action-{action.pk}-note": "Typed note"},
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Select a valid choice" in text and "Typed note" in text
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN
