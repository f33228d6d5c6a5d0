"""Live meeting mode through Django's test client, on the example's meeting of 28 October
2021 (agenda published on time, the workspace's clock on the day): the roster and the
quorum, holding the meeting, minutes with autosave and its conflict check, declarations,
votes computed by the voting rule, actions. Refusals name the rule and keep what was
typed; nothing is half-saved."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from django.utils.html import escape

from moot.governance.models import Person
from moot.meetings import services as meeting_services
from moot.meetings.models import Action, Declaration, Meeting, Resolution, Vote
from tests.workspace.conftest import LONDON, text, url

pytestmark = pytest.mark.django_db

DAY = datetime(2021, 10, 28, 14, 5, tzinfo=LONDON)
HTMX = {"HTTP_HX_REQUEST": "true"}
# Members on 28 October 2021: one from each quorum group, then a sixth to reach six.
QUORUM_FIVE = [
    "Councillor Vi Dempster",  # elected member (the chair)
    "Councillor Piara Singh Clair",
    "Professor Azhar Farooqi",  # LLR Clinical Commissioning Groups
    "Martin Samuels",  # officer, non-voting seat
    "Councillor Sarah Russell",
]
SIXTH = "Harsha Kotecha"  # Healthwatch and other representatives
# Eight voting members (and the non-voting officer): enough for a 4-4 tie.
EIGHT_VOTING = QUORUM_FIVE + [SIXTH, "Councillor Elly Cutkelvin", "Dr Avi Prasad", "Andy Williams"]


def person(name: str) -> Person:
    return Person.objects.get(pk=pk(name))


def pk(name: str) -> int:
    return next(p.pk for p in Person.objects.all() if p.display_name == name)


@pytest.fixture
def october(example, monkeypatch):
    """The example's 28 October 2021 meeting, its agenda published on 12 October; the
    workspace's clock at 14:05 on the day."""
    meeting = Meeting.objects.get(body=example, date=date(2021, 10, 28))
    meeting_services.agenda_publish(
        meeting=meeting, now=datetime(2021, 10, 12, 10, 0, tzinfo=LONDON)
    )
    monkeypatch.setattr("moot.workspace.views.clock", lambda: DAY)
    return meeting


@pytest.fixture
def held(october, clerk, signed_in):
    response = signed_in.post(url(october, "live_hold"))
    assert response.status_code == 302
    october.refresh_from_db()
    assert october.status == Meeting.Status.HELD
    return october


def roster_post(names, status="present"):
    return {f"status-{pk(n)}": status for n in names}


def item(meeting, number: str):
    return meeting.items.get(agenda_number=number)


# --- access -------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_and_nothing_is_recorded(client, october):
    response = client.get(url(october, "live"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(url(october, "live_attendance"), roster_post(QUORUM_FIVE))
    assert response.status_code == 302
    assert not october.attendance.exists()


def test_a_user_who_is_not_the_bodys_clerk_is_refused(client, october, django_user_model):
    member = django_user_model.objects.create_user(username="someone", password="unused-here")
    client.force_login(member)
    assert client.get(url(october, "live")).status_code == 403
    assert client.post(url(october, "live_attendance"), roster_post(QUORUM_FIVE)).status_code == 403
    assert not october.attendance.exists()


# --- roster and quorum ----------------------------------------------------------------------


def test_the_roster_lists_members_by_section_and_the_standing_invitees(signed_in, october):
    response = signed_in.get(url(october, "live"))
    assert response.status_code == 200
    page = text(response)
    for heading in (
        "Elected Members of Leicester City Council",
        "Officers of Leicester City Council",
    ):
        assert heading in page
    assert "Standing invitees (no vote, not counted)" in page
    assert f'name="status-{pk("Cathy Ellis")}"' in page
    assert "No attendance is recorded yet." in page
    assert "Mark as held" in page


def test_the_live_page_takes_a_bounded_number_of_queries_whatever_it_holds(signed_in, held):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert signed_in.get(url(held, "live")).status_code == 200
        return len(captured)

    # The quorum's rules read each attendee's organisations (bounded by the body's seats);
    # what is recorded at the items adds no query.
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    few = queries()
    for number in ("3", "4", "5", "6"):
        it = item(held, number)
        meeting_services.action_add(item=it, description="Report back", owner=person(SIXTH))
        meeting_services.vote_take(
            item=it, text="Agreed", counts=meeting_services.VoteInput(votes_for=5)
        )
        meeting_services.declaration_record(
            item=it,
            person=person("Councillor Rita Patel"),
            kind="other_registrable",
            nature="Trustee",
            action="stayed",
        )
    # (44: the workspace menu asks the access rule which sections to link, four queries.)
    assert queries() == few <= 44


def test_ticking_attendance_turns_the_verdict_quorate_in_one_post(signed_in, october):
    response = signed_in.post(url(october, "live_attendance"), roster_post(QUORUM_FIVE))
    assert response.status_code == 302 and response["Location"].endswith("#quorum")
    assert october.attendance.filter(status="present").count() == 5
    page = text(signed_in.get(url(october, "live")))
    assert 'data-quorate="no"' in page and "Not quorate: 5 counted, 6 required." in page

    # one row, by htmx: the quorum panel comes back, now quorate, with its explanation
    response = signed_in.post(url(october, "live_attendance"), roster_post([SIXTH]), **HTMX)
    assert response.status_code == 200
    panel = text(response)
    assert panel.startswith('<div id="quorum"') and 'data-quorate="yes"' in panel
    explanation = escape(meeting_services.quorum_verdict(october).explanation)
    assert explanation in response.content.decode()


def test_a_refused_roster_saves_nothing_and_keeps_what_was_typed(signed_in, october):
    data = roster_post(QUORUM_FIVE)
    data[f"status-{pk(SIXTH)}"] = "asleep"
    response = signed_in.post(url(october, "live_attendance"), data)
    assert response.status_code == 400
    assert escape("'asleep' is not an attendance status.") in text(response)
    assert not october.attendance.exists()
    row = re.search(
        rf'name="status-{pk(QUORUM_FIVE[0])}".*?</select>', response.content.decode(), re.S
    ).group(0)
    assert '<option value="present" selected>' in row


def test_a_substitute_is_added_for_a_member_who_sent_apologies(signed_in, october):
    russell = pk("Councillor Sarah Russell")
    signed_in.post(url(october, "live_attendance"), {f"status-{russell}": "apologies"})
    stand_in = Person.objects.create(name="Councillor Adam Clarke", slug="adam-clarke")
    data = {"person": stand_in.pk, "status": "substitute", "substitute_for": russell}
    response = signed_in.post(url(october, "live_attendee_add"), data)
    assert response.status_code == 302
    record = october.attendance.get(person=stand_in)
    assert record.status == "substitute" and record.substitute_for_id == russell

    # for a member present in their own seat: refused, naming both, the choice kept
    dempster = pk("Councillor Vi Dempster")
    signed_in.post(url(october, "live_attendance"), {f"status-{dempster}": "present"})
    other = Person.objects.create(name="Councillor Ted Cassidy", slug="ted-cassidy")
    data = {"person": other.pk, "status": "substitute", "substitute_for": dempster}
    response = signed_in.post(url(october, "live_attendee_add"), data)
    assert response.status_code == 400
    assert "who is present in their own seat" in text(response)
    assert f'<option value="{other.pk}" selected>' in response.content.decode()
    assert not october.attendance.filter(person=other).exists()


# --- holding the meeting and the minutes ----------------------------------------------------


def test_minutes_are_offered_once_the_meeting_is_marked_held(signed_in, october):
    page = text(signed_in.get(url(october, "live")))
    assert "Minutes of item" not in page
    signed_in.post(url(october, "live_hold"))
    october.refresh_from_db()
    assert october.status == Meeting.Status.HELD
    assert item(october, "1").minute_number is not None
    page = text(signed_in.get(url(october, "live")))
    assert "Minutes of item 1" in page and "Mark as held" not in page


def test_start_this_item_records_the_time(signed_in, held):
    it = item(held, "5")
    assert signed_in.post(url(held, "live_item_start", it.pk)).status_code == 302
    it.refresh_from_db()
    assert it.started_at == DAY
    assert "Started at 14:05." in text(signed_in.get(url(held, "live")))


def test_autosave_keeps_the_text_and_a_reload_shows_it(signed_in, held):
    it = item(held, "5")
    data = {
        f"item{it.pk}-minutes": "The Board heard the updates.\n\nIt thanked <the> officers.",
        f"item{it.pk}-version": "0",
    }
    response = signed_in.post(url(held, "live_minutes", it.pk), data, **HTMX)
    assert response.status_code == 200 and "Saved." in text(response)
    assert f'name="item{it.pk}-version" value="1"' in response.content.decode()
    it.refresh_from_db()
    assert it.minutes == (
        "<p>The Board heard the updates.</p><p>It thanked &lt;the&gt; officers.</p>"
    )
    page = signed_in.get(url(held, "live")).content.decode()
    assert "It thanked &lt;the&gt; officers." in page  # in the textarea, escaped once


def test_a_stale_autosave_is_refused_and_shows_the_other_text(signed_in, held, clerk):
    it = item(held, "5")
    meeting_services.minutes_record(item=it, text="<p>Their version.</p>", version=0, user=clerk)
    data = {f"item{it.pk}-minutes": "My version.", f"item{it.pk}-version": "0"}
    response = signed_in.post(url(held, "live_minutes", it.pk), data, **HTMX)
    assert response.status_code == 409
    body = text(response)
    assert "changed by someone else while you were typing" in body
    assert "<p>Their version.</p>" in body and "Replace their text with mine" in body
    it.refresh_from_db()
    assert it.minutes == "<p>Their version.</p>"

    # without JavaScript: the whole page, what was typed kept in the textarea
    response = signed_in.post(url(held, "live_minutes", it.pk), data)
    assert response.status_code == 409
    assert "My version.</textarea>" in response.content.decode()
    it.refresh_from_db()
    assert it.minutes == "<p>Their version.</p>"

    # choosing to replace theirs, knowingly (the button carries their version)
    data[f"item{it.pk}-version"] = ["0", "1"]
    assert signed_in.post(url(held, "live_minutes", it.pk), data).status_code == 302
    it.refresh_from_db()
    assert it.minutes == "<p>My version.</p>"


def test_a_template_starts_the_minutes_and_keeps_what_was_typed(signed_in, held):
    it = item(held, "5")
    data = {
        f"item{it.pk}-minutes": "Members discussed the plan.",
        f"item{it.pk}-version": "0",
        f"item{it.pk}-template": "noted",
    }
    assert signed_in.post(url(held, "live_minutes", it.pk), data).status_code == 302
    it.refresh_from_db()
    assert it.minutes == (
        "<p>RESOLVED: that the report be noted.</p><p>Members discussed the plan.</p>"
    )


def test_minutes_before_the_meeting_is_held_are_refused(signed_in, october):
    it = item(october, "5")
    data = {f"item{it.pk}-minutes": "Too early.", f"item{it.pk}-version": "0"}
    response = signed_in.post(url(october, "live_minutes", it.pk), data)
    assert response.status_code == 400
    assert "minutes cannot be recorded before the meeting is held" in text(response)
    it.refresh_from_db()
    assert it.minutes == ""


# --- declarations ---------------------------------------------------------------------------


def test_a_member_declares_and_a_non_member_is_refused_naming_the_rule(signed_in, held):
    it = item(held, "5")
    prefix = f"declare{it.pk}"
    data = {
        f"{prefix}-person": pk("Councillor Rita Patel"),
        f"{prefix}-kind": "other_registrable",
        f"{prefix}-nature": "Trustee of a local charity",
        f"{prefix}-action": "stayed",
    }
    assert signed_in.post(url(held, "live_declaration", it.pk), data).status_code == 302
    assert Declaration.objects.get(item=it).nature == "Trustee of a local charity"

    data[f"{prefix}-person"] = pk("Cathy Ellis")  # a standing invitee
    data[f"{prefix}-nature"] = "Employed by a provider"
    response = signed_in.post(url(held, "live_declaration", it.pk), data)
    assert response.status_code == 400
    page = text(response)
    assert "Cathy Ellis is not a member of" in page
    assert "declarations are made by members" in page
    assert "Employed by a provider" in response.content.decode()
    assert Declaration.objects.filter(item=it).count() == 1


# --- votes ----------------------------------------------------------------------------------


def vote_data(it, **fields):
    prefix = f"vote{it.pk}"
    return {f"{prefix}-{k}": v for k, v in fields.items()}


def test_a_tie_offers_the_chairs_casting_vote_and_the_outcome_is_computed(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(EIGHT_VOTING))
    it = item(held, "5")
    data = vote_data(
        it, text="That the plan be approved", method="counts", votes_for=4, votes_against=4
    )
    response = signed_in.post(url(held, "live_vote", it.pk), data)
    assert response.status_code == 400
    page = text(response)
    assert "The votes are equal (4 each): the chair, Councillor Vi Dempster" in page
    assert "The chair&#x27;s casting vote" in page or "casting vote" in page
    assert "That the plan be approved</textarea>" in response.content.decode()
    assert not Resolution.objects.filter(item=it).exists()

    data[f"vote{it.pk}-casting_vote"] = "for"
    assert signed_in.post(url(held, "live_vote", it.pk), data).status_code == 302
    vote = Vote.objects.get(resolution__item=it)
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (4, 4, "carried")
    assert vote.casting_vote == "for" and "casting vote" in vote.explanation


def test_the_casting_vote_is_not_offered_without_a_tie(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(EIGHT_VOTING))
    it = item(held, "5")
    data = vote_data(
        it, text="That the plan be approved", method="counts", votes_for=5, votes_against=3
    )
    assert signed_in.post(url(held, "live_vote", it.pk), data).status_code == 302
    assert Vote.objects.get(resolution__item=it).outcome == "carried"
    assert "The chair&#x27;s casting vote" not in text(signed_in.get(url(held, "live")))


def test_a_roll_call_vote_by_a_non_voting_officer_is_refused_naming_him(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    it = item(held, "5")
    choices = {f"choice-{pk(n)}": "for" for n in QUORUM_FIVE + [SIXTH]}
    data = vote_data(it, text="That the plan be approved", method="roll_call", **choices)
    response = signed_in.post(url(held, "live_vote", it.pk), data)
    assert response.status_code == 400
    page = text(response)
    assert "refused" in page and "Martin Samuels" in page
    assert not Resolution.objects.filter(item=it).exists()
    assert "That the plan be approved</textarea>" in response.content.decode()

    del data[f"vote{it.pk}-choice-{pk('Martin Samuels')}"]
    assert signed_in.post(url(held, "live_vote", it.pk), data).status_code == 302
    vote = Vote.objects.get(resolution__item=it)
    assert vote.recorded and vote.votes_for == 5 and vote.outcome == "carried"


# --- actions --------------------------------------------------------------------------------


def test_an_action_has_an_owner_and_a_due_date(signed_in, held):
    it = item(held, "5")
    prefix = f"action{it.pk}"
    data = {
        f"{prefix}-description": "Circulate the plan",
        f"{prefix}-owner": "",
        f"{prefix}-due_date": "2021-11-30",
    }
    response = signed_in.post(url(held, "live_action", it.pk), data)
    assert response.status_code == 400
    assert "Circulate the plan</textarea>" in response.content.decode()
    assert not Action.objects.filter(item=it).exists()

    data[f"{prefix}-owner"] = pk("Ivan Browne")
    assert signed_in.post(url(held, "live_action", it.pk), data).status_code == 302
    action = Action.objects.get(item=it)
    assert action.owner.display_name == "Ivan Browne" and action.due_date == date(2021, 11, 30)
    page = text(signed_in.get(url(held, "live")))
    assert "Circulate the plan: Ivan Browne, by Tuesday 30 November 2021." in page


def test_a_counted_vote_with_no_votes_is_refused_and_nothing_saved(signed_in, held):
    it = item(held, "5")
    data = vote_data(it, text="That the plan be approved", method="counts")
    response = signed_in.post(url(held, "live_vote", it.pk), data)
    assert response.status_code == 400
    assert "A counted vote needs at least one vote for or against the motion." in text(response)
    assert "That the plan be approved</textarea>" in response.content.decode()
    assert not Resolution.objects.filter(item=it).exists()


def test_a_malformed_roster_row_is_ignored_not_a_server_error(signed_in, october):
    data = {"status-abc": "present", **roster_post(QUORUM_FIVE[:1])}
    response = signed_in.post(url(october, "live_attendance"), data)
    assert response.status_code == 302
    assert october.attendance.count() == 1
