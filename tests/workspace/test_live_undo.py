# ruff: noqa: F811 (the live tests' fixtures are imported and used as arguments)
"""Live mode's remaining gaps, through Django's test client on the example's meeting of 28
October 2021: an attendance row cleared (and the quorum verdict following), "Start this
item" undone, and counted votes checked against who may vote, shown before submitting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.governance.models import AuditEntry, Person
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import Attendance, Resolution
from tests.workspace.conftest import url
from tests.workspace.test_live import (
    DAY,
    HTMX,
    QUORUM_FIVE,
    SIXTH,
    held,  # noqa: F401 (fixture)
    item,
    october,  # noqa: F401 (fixture)
    person,
    pk,
    roster_post,
    text,
    vote_data,
)

pytestmark = pytest.mark.django_db


def audit(obj, action, user):
    """This test's entries (the trail is append-only: browser tests commit theirs)."""
    return AuditEntry.objects.filter(action=action, object_id=str(obj.pk), user=user)


# --- attendance cleared ---------------------------------------------------------------------


def test_a_row_set_back_to_not_recorded_is_cleared_and_the_verdict_follows(signed_in, held, clerk):
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    held.refresh_from_db()
    assert held.quorate is True
    record = held.attendance.get(person__pk=pk(SIXTH))

    # without JavaScript: the whole roster posted, one row back to "Not recorded"
    posted = roster_post(QUORUM_FIVE) | {f"status-{pk(SIXTH)}": ""}
    response = signed_in.post(url(held, "live_attendance"), posted)
    assert response.status_code == 302
    assert not held.attendance.filter(person__pk=pk(SIXTH)).exists()
    held.refresh_from_db()
    assert held.quorate is False and held.quorum_present == 5
    entry = audit(record, "moot.attendance.cleared", clerk).get()
    assert entry.changes == {"status": {"old": "present", "new": ""}}
    page = text(signed_in.get(url(held, "live")))
    assert "Not quorate: 5 counted, 6 required." in page


def test_a_row_cleared_by_htmx_swaps_the_quorum_panel(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    response = signed_in.post(
        url(held, "live_attendance"),
        {f"status-{pk(SIXTH)}": "", f"mode-{pk(SIXTH)}": "in_room"},
        **HTMX,
    )
    assert response.status_code == 200
    panel = text(response)
    assert panel.startswith('<div id="quorum"') and 'data-quorate="no"' in panel
    assert "5 counted, 6 required" in panel


def test_clearing_the_last_row_leaves_no_verdict(signed_in, october):
    signed_in.post(url(october, "live_attendance"), roster_post([SIXTH]))
    signed_in.post(url(october, "live_attendance"), {f"status-{pk(SIXTH)}": ""})
    assert not october.attendance.exists()
    assert "No attendance is recorded yet." in text(signed_in.get(url(october, "live")))


def test_a_substitute_or_officer_is_cleared_and_a_replaced_member_is_not(signed_in, october):
    member = person("Councillor Rita Patel")
    substitute = Person.objects.create(name="Sam Deputy", slug="sam-deputy")
    meeting_services.attendance_record(meeting=october, person=member, status="apologies")
    meeting_services.attendance_record(
        meeting=october, person=substitute, status="substitute", substitute_for=member
    )
    # the member whose seat the substitute fills cannot be cleared first
    response = signed_in.post(url(october, "live_attendance"), {f"status-{member.pk}": ""})
    assert response.status_code == 400
    assert "remove the substitute first" in text(response)
    assert october.attendance.filter(person=member).exists()

    page = text(signed_in.get(url(october, "live")))
    assert "the attendance of Sam Deputy</span>" in page
    response = signed_in.post(url(october, "live_attendee_clear"), {"person": substitute.pk})
    assert response.status_code == 302 and response["Location"].endswith("#roster")
    assert not october.attendance.filter(person=substitute).exists()
    assert (
        signed_in.post(url(october, "live_attendance"), {f"status-{member.pk}": ""}).status_code
        == 302
    )
    assert not october.attendance.exists()


def test_clearing_is_refused_once_the_minutes_are_approved(held):
    meeting_services.attendance_record(meeting=held, person=person(SIXTH), status="present")
    Attendance.objects.filter(meeting=held).update()  # recorded
    held.status = held.Status.MINUTES_APPROVED
    held.save(update_fields=["status"])
    with pytest.raises(meeting_services.MinutesLocked):
        meeting_services.attendance_clear(meeting=held, person=person(SIXTH))
    assert held.attendance.filter(person__pk=pk(SIXTH)).exists()


# --- "Start this item" undone ---------------------------------------------------------------


def test_starting_an_item_can_be_undone(signed_in, october, clerk):
    it = item(october, "5")
    signed_in.post(url(october, "live_item_start", it.pk))
    it.refresh_from_db()
    assert it.started_at == DAY
    page = text(signed_in.get(url(october, "live")))
    assert 'Undo the start<span class="govuk-visually-hidden"> of item 5' in page

    response = signed_in.post(url(october, "live_item_start_undo", it.pk))
    assert response.status_code == 302 and response["Location"].endswith(f"#item-{it.pk}")
    it.refresh_from_db()
    assert it.started_at is None
    entry = audit(it, "moot.item.start_undone", clerk).get()
    assert entry.user == clerk and entry.changes["started_at"]["new"] is None
    assert entry.changes["started_at"]["old"].startswith("2021-10-28T")

    again = signed_in.post(url(october, "live_item_start_undo", it.pk))
    assert again.status_code == 400
    assert "has not been started, so there is nothing to undo" in text(again)


# --- counted votes against who may vote -----------------------------------------------------


def test_who_may_vote_is_shown_before_the_vote_is_submitted(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    page = text(signed_in.get(url(held, "live")))
    assert "Who may vote:</strong> Five people may vote on this item." in page
    assert "Martin Samuels holds a non-voting seat" in page


def test_counts_above_who_may_vote_are_refused_naming_the_rule_and_the_excluded(signed_in, held):
    signed_in.post(url(held, "live_attendance"), roster_post(QUORUM_FIVE + [SIXTH]))
    it = item(held, "5")
    meeting_services.declaration_record(
        item=it,
        person=person("Councillor Sarah Russell"),
        kind="dpi",
        nature="Her company bids for the contract",
        action="left_room",
    )
    page = text(signed_in.get(url(held, "live")))
    assert "Four people may vote on this item." in page

    data = vote_data(
        it, text="That the contract be awarded", method="counts", votes_for=3, votes_against=2
    )
    response = signed_in.post(url(held, "live_vote", it.pk), data)
    assert response.status_code == 400
    page = text(response)
    assert "The counts add up to five votes but only four people may vote on this item" in page
    assert "Localism Act 2011 s31(4)" in page
    assert "Councillor Sarah Russell" in page and "Martin Samuels" in page
    assert "That the contract be awarded</textarea>" in response.content.decode()
    assert not Resolution.objects.filter(item=it).exists()

    data[f"vote{it.pk}-votes_against"] = "1"
    assert signed_in.post(url(held, "live_vote", it.pk), data).status_code == 302
    assert Resolution.objects.get(item=it).vote.outcome == "carried"


def test_new_live_controls_are_refused_to_others(client, october, django_user_model, settings):
    october.refresh_from_db()
    it = item(october, "5")
    meeting_services.attendance_record(meeting=october, person=person(SIXTH), status="present")
    meeting_services.item_start(item=it, at=DAY)
    for address, data in (
        (url(october, "live_attendee_clear"), {"person": pk(SIXTH)}),
        (url(october, "live_item_start_undo", it.pk), {}),
    ):
        response = client.post(address, data)
        assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)
    member = django_user_model.objects.create_user(username="someone", password="x")
    client.force_login(member)
    assert (
        client.post(url(october, "live_attendee_clear"), {"person": pk(SIXTH)}).status_code == 403
    )
    assert client.post(url(october, "live_item_start_undo", it.pk)).status_code == 403
    it.refresh_from_db()
    assert it.started_at is not None and october.attendance.exists()


names = st.lists(st.sampled_from(["A", "B", "C", "D", "E", "F", "G"]), unique=True, max_size=7)
counts = st.integers(min_value=0, max_value=10)


@given(voters=names, votes_for=counts, votes_against=counts, abstentions=counts)
def test_counts_fit_who_may_vote_exactly_when_they_do_not_outnumber_them(
    voters, votes_for, votes_against, abstentions
):
    excluded = [("Z", "Z holds a non-voting seat (ToR 6.1) and has no vote")]
    check = rules.counts_within_voters(
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        voters=voters,
        excluded=excluded,
    )
    assert check.ok == (votes_for + votes_against + abstentions <= len(voters))
    assert check.may_vote == len(voters)
    assert "Z holds a non-voting seat" in check.explanation
    if not check.ok:
        assert "Schedule 12 paragraph 39" in check.explanation
