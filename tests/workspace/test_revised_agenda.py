"""A published agenda revised by the clerk (docs/adr/0018-revised-agenda.md): an item
withdrawn keeps its number and is shown publicly as withdrawn with the date and reason; a
late item after the deadline needs the special circumstances and the chair's agreement
(LGA 1972 s100B(4)(b)), shown publicly; each revision stamps the public page "Agenda
revised on" and tells the body's members (e-mail jobs) and alert subscribers."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.core import mail
from django.db.models import Q
from hypothesis import given
from hypothesis import strategies as st

from moot.alerts.models import AlertEvent, Subscription
from moot.governance.models import AuditEntry, Membership
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem
from tests.jobs.helpers import run_jobs
from tests.workspace.conftest import LONDON, text, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_page_cache")]

SECRET = "Provider Zed bid the lowest price"
DEADLINE = date(2026, 3, 4)


@pytest.fixture
def member_account(meeting, django_user_model):
    """A member of the Board on the meeting's date, with a sign-in account."""
    day = meeting.date
    terms = "seat__section__terms_of_reference__"
    membership = (
        Membership.objects.filter(**{f"{terms}body": meeting.body}, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person")
        .first()
    )
    person = membership.person
    person.user = django_user_model.objects.create_user("member", "member@example.org")
    person.save(update_fields=["user"])
    return person


def business(meeting) -> AgendaItem:
    """An item of business (not a standing item) on the agenda."""
    return meeting_services.item_add(meeting=meeting, title="Better Care Fund plan")


# --- the rules ------------------------------------------------------------------------

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=20)
days = st.dates(min_value=date(2026, 2, 20), max_value=date(2026, 3, 12))


@given(
    title=words,
    added_on=days,
    circumstances=words,
    chair=words,
    agreed=st.booleans(),
)
def test_a_late_item_needs_circumstances_and_the_chairs_agreement_only_after_the_deadline(
    title, added_on, circumstances, chair, agreed
):
    errors = rules.late_item_errors(
        title=title,
        added_on=added_on,
        publish_by=DEADLINE,
        special_circumstances=circumstances,
        chair=chair,
        chair_agreed=agreed,
    )
    assert ("title" in errors) == (not title.strip())
    late = added_on > DEADLINE
    assert ("urgency_reason" in errors) == (late and not circumstances.strip())
    assert ("chair" in errors) == (late and not chair.strip())
    assert ("chair_agreed" in errors) == (late and not agreed)
    for field in ("urgency_reason", "chair_agreed"):
        if field in errors:
            assert "s100B(4)(b)" in errors[field] and "4 March 2026" in errors[field]


@given(
    status=st.sampled_from(
        [rules.SCHEDULED, rules.AGENDA_PUBLISHED, rules.HELD, rules.MINUTES_APPROVED]
    ),
    withdrawn=st.booleans(),
    reason=words,
)
def test_only_a_standing_item_of_a_published_agenda_is_withdrawn_and_with_a_reason(
    status, withdrawn, reason
):
    errors = rules.withdrawal_errors(status=status, withdrawn=withdrawn, reason=reason)
    allowed = status == rules.AGENDA_PUBLISHED and not withdrawn and reason.strip()
    assert (errors == {}) == bool(allowed)
    if status == rules.AGENDA_PUBLISHED and not withdrawn and not reason.strip():
        assert list(errors) == ["reason"]
    if status == rules.SCHEDULED:
        assert "remove the item" in errors[""]


# --- withdrawing an item ---------------------------------------------------------------


def test_a_withdrawn_item_keeps_its_number_and_is_shown_withdrawn_with_date_and_reason(
    signed_in, client, meeting, member_account, django_capture_on_commit_callbacks
):
    item = business(meeting)
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, tzinfo=LONDON))
    numbers = dict(meeting.items.values_list("pk", "agenda_number"))
    assert "Withdraw" in text(signed_in.get(url(meeting)))

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            url(meeting, "item_withdraw", item.pk),
            {"reason": "The provider asked for another month to consult."},
        )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (
        item.withdrawn_in is not None
        and dict(meeting.items.values_list("pk", "agenda_number")) == numbers
    )  # nothing renumbered, the item kept in the record
    assert AuditEntry.objects.filter(action="moot.agenda.item_withdrawn").exists()

    public = text(client.get(meeting.get_absolute_url()))
    assert "Agenda revised on Monday 5 January 2026." in public
    assert f"Item {item.number} withdrawn: Better Care Fund plan" in public
    assert (
        "Withdrawn</strong> Withdrawn from the agenda on Monday 5 January 2026. The reason: The "
        "provider asked for another month to consult." in public
    )
    item_page = text(client.get(item.get_absolute_url()))
    assert "Withdrawn from the agenda on Monday 5 January 2026" in item_page
    data = client.get(meeting.get_absolute_url() + "?format=json").json()
    (change,) = data["agenda_changes"]
    assert change["kind"] == "Revised agenda"
    assert change["what"] == f"Item {item.number} withdrawn: Better Care Fund plan"
    assert change["reason"] == "The provider asked for another month to consult."

    run_jobs()  # the members are told, as a background job
    (message,) = [m for m in mail.outbox if m.to == ["member@example.org"]]
    assert message.subject.startswith("Agenda revised: ")
    assert f"Item {item.number} withdrawn: Better Care Fund plan" in message.body
    assert "another month to consult" in message.body


def test_withdrawing_needs_a_reason_and_a_published_agenda(signed_in, meeting):
    item = business(meeting)
    response = signed_in.post(url(meeting, "item_withdraw", item.pk), {"reason": "Not ready"})
    assert response.status_code == 400
    assert "remove the item instead" in text(response)

    meeting_services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, tzinfo=LONDON))
    response = signed_in.post(url(meeting, "item_withdraw", item.pk), {"reason": " "})
    assert response.status_code == 400
    page = text(response)
    assert page.startswith("<!doctype html>") and "<title>Error: " in page
    assert "Enter why the item is withdrawn (shown publicly)." in page
    item.refresh_from_db()
    assert item.withdrawn_in is None

    meeting_services.item_withdraw(item=item, reason="Deferred")
    with pytest.raises(meeting_services.AgendaRevisionRefused, match="already withdrawn"):
        meeting_services.item_withdraw(item=item, reason="Again")


def test_an_exempt_withdrawn_items_reason_is_not_public(
    client, signed_in, meeting, django_capture_on_commit_callbacks
):
    item = meeting_services.item_add(
        meeting=meeting,
        title="Care home contract award",
        exempt_paragraph=3,
        exempt_reason="Commercially confidential.",
    )
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, tzinfo=LONDON))
    with django_capture_on_commit_callbacks(execute=True):
        meeting_services.item_withdraw(item=item, reason=f"{SECRET}; re-tendered.")
    public = text(client.get(meeting.get_absolute_url()))
    assert f"Item {item.number} withdrawn: Care home contract award (exempt" in public
    assert "Withdrawn with the exempt item." not in public  # not the add's words
    assert "Withheld with the exempt item." in public
    assert SECRET not in public
    assert SECRET not in client.get(meeting.get_absolute_url() + "?format=json").content.decode()
    assert SECRET in text(signed_in.get(url(meeting)))  # the clerk sees it


# --- a late item -------------------------------------------------------------------------


def test_after_the_deadline_a_late_item_is_refused_without_circumstances_and_agreement(
    signed_in, published, set_clock
):
    set_clock(date(2026, 3, 10))
    typed = {"title": "Winter pressures", "note": "The NHS plan arrived.", "chair": ""}
    response = signed_in.post(url(published, "supplementary_add"), typed)
    assert response.status_code == 400
    page = text(response)
    assert "enter the special circumstances" in page
    assert "name the chair" in page
    assert "confirm that the chair agreed" in page
    assert 'value="Winter pressures"' in page and "The NHS plan arrived." in page
    assert not published.items.filter(title="Winter pressures").exists()


def test_after_the_deadline_a_late_item_with_the_chairs_agreement_is_published(
    signed_in, client, published, set_clock, member_account, django_capture_on_commit_callbacks
):
    numbers = dict(published.items.values_list("pk", "agenda_number"))
    Subscription.objects.create(
        email="reader@example.org",
        kind="body",
        body=published.body,
        confirmed_at=datetime(2026, 1, 1, tzinfo=LONDON),
    )
    set_clock(date(2026, 3, 10))
    assert 'name="chair"' in text(signed_in.get(url(published)))
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            url(published, "supplementary_add"),
            {
                "title": "Winter pressures",
                "urgency_reason": "The NHS plan must be agreed before 20 March.",
                "chair": "Cllr Ada Lovelace",
                "chair_agreed": "on",
            },
        )
    assert response.status_code == 302
    item = published.items.get(title="Winter pressures")
    assert item.urgency_agreed_by == "Cllr Ada Lovelace"
    # added after the published items, so none of them is renumbered
    assert item.order == max(published.items.values_list("order", flat=True))
    public = text(client.get(published.get_absolute_url()))
    assert "Agenda revised on Tuesday 10 March 2026." in public
    assert numbers.items() <= dict(published.items.values_list("pk", "agenda_number")).items()
    assert (
        "the chair, Cllr Ada Lovelace, agreed it should be considered as a matter of urgency "
        "(LGA 1972 s100B(4)(b)). Special circumstances: The NHS plan must be agreed before "
        "20 March." in public
    )
    assert "The chair, Cllr Ada Lovelace, agreed it should be considered" in public  # the item
    assert AlertEvent.objects.filter(
        meeting=published, title__startswith="Agenda revised: "
    ).exists()
    run_jobs()
    (message,) = [m for m in mail.outbox if m.to == ["member@example.org"]]
    assert f"Item {item.number} added: Winter pressures" in message.body


def test_before_the_deadline_a_late_item_needs_no_urgency(signed_in, published):
    response = signed_in.post(url(published, "supplementary_add"), {"title": "Winter pressures"})
    assert response.status_code == 302
    item = published.items.get(title="Winter pressures")
    assert item.urgency_reason == "" and item.urgency_agreed_by == ""


def test_no_revision_is_offered_once_the_meeting_is_held(signed_in, published, set_clock):
    set_clock(date(2026, 3, 12))
    meeting_services.meeting_hold(meeting=published, today=date(2026, 3, 12), judge_quorum=False)
    page = text(signed_in.get(url(published)))
    assert "Add a late item" not in page and ">Withdraw<" not in page
    item = published.items.first()
    response = signed_in.post(url(published, "item_withdraw", item.pk), {"reason": "Late"})
    assert response.status_code == 400
    assert "has been held" in text(response)


def test_a_withdrawn_item_is_not_before_the_meeting(signed_in, meeting):
    """Held, the meeting minutes every item but the withdrawn one; live mode marks it
    withdrawn with no minutes, vote, declaration or action form; and nothing can be
    recorded against it, whatever is posted."""
    item = business(meeting)
    meeting_services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, tzinfo=LONDON))
    meeting_services.item_withdraw(
        item=item,
        reason="Deferred to the next meeting.",
        now=datetime(2026, 3, 9, 9, tzinfo=LONDON),
    )
    meeting_services.meeting_hold(meeting=meeting, today=date(2026, 3, 12), judge_quorum=False)
    items = {i.pk: i for i in meeting.items.all()}
    assert items[item.pk].minute_number is None
    others = [i.minute_number for pk, i in items.items() if pk != item.pk]
    assert others and None not in others
    assert sorted(others) == list(range(min(others), min(others) + len(others)))  # no gap

    page = text(signed_in.get(url(meeting, "live")))
    section = page.split(f'id="item-{item.pk}"', 1)[1].split("</section>", 1)[0]
    assert "Withdrawn</strong> on the revised agenda of 9 March 2026: Deferred" in section
    assert "<form" not in section and "<textarea" not in section

    with pytest.raises(meeting_services.MeetingError, match="was withdrawn from the agenda"):
        meeting_services.minutes_record(item=item, text="<p>Noted.</p>")
    for name in ("live_minutes", "live_item_start"):
        response = signed_in.post(
            url(meeting, name, item.pk),
            {f"item{item.pk}-minutes": "Noted.", f"item{item.pk}-version": "0"},
        )
        assert response.status_code == 400, name
        assert "was withdrawn from the agenda" in text(response)
    item.refresh_from_db()
    assert item.minutes == "" and item.started_at is None
