"""Writes to the meeting record: every function is transactional, validated and logged.

Views and commands parse input and call one of these; the rules themselves live in
``moot.meetings.rules`` and ``moot.governance.rules`` and are never re-implemented here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import nh3
from django.db import transaction
from django.db.models import F, Max, Q, QuerySet
from django.utils import timezone

from moot.governance import rules as gov_rules
from moot.governance import selectors as gov_selectors
from moot.governance import welsh
from moot.governance.models import Authority, Body, Membership, Person
from moot.governance.services import log_action
from moot.jobs.services import packs_queue
from moot.meetings import rules
from moot.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    Dispensation,
    ForwardPlanEntry,
    Issue,
    ItemTemplate,
    Meeting,
    PersonVote,
    Presenter,
    PublicQuestion,
    Resolution,
    SupplementaryAgenda,
    Vote,
)
from moot.meetings.signals import meeting_records_changed
from moot.notifications.services import agenda_members_notify

LONDON = ZoneInfo("Europe/London")


class MeetingError(ValueError):
    """A change the rules or the record do not allow; the message names input and rule."""


class PublicationTooLate(MeetingError):
    pass


class MinutesLocked(MeetingError):
    pass


class InquorateError(MeetingError):
    pass


# --- policy from the authority ------------------------------------------------------------


def clear_day_policy(authority: Authority | None = None, *, questions: bool = False):
    """The authority's clear-day settings as the rules' plain policy (LGA 1972 s100B(3))."""
    authority = authority or gov_selectors.authority()
    if authority is None:
        policy = rules.ClearDayPolicy()
    else:
        weekdays = frozenset(
            int(d) for d in authority.non_counting_weekdays.split(",") if d.strip()
        )
        policy = rules.ClearDayPolicy(
            clear_days=authority.clear_days,
            non_counting_weekdays=weekdays,
            bank_holiday_region=authority.bank_holiday_region or None,
            exclude_christmas_break=authority.exclude_christmas_break,
            exclude_easter_break=authority.exclude_easter_break,
        )
    if questions:
        days = authority.question_clear_days if authority else rules.PUBLIC_QUESTIONS_CLEAR_DAYS
        policy = policy.for_public_questions(days)
    return policy


def municipal_year_for(day: date) -> rules.MunicipalYear:
    authority = gov_selectors.authority()
    annual = []
    if authority:
        annual = [date.fromisoformat(d) for d in authority.annual_meeting_dates]
    return rules.municipal_year(day, annual)


def publication_deadline(
    meeting: Meeting, policy: rules.ClearDayPolicy | None = None
) -> rules.Deadline:
    """``policy``: the authority's, when a caller already holds it (a list of meetings)."""
    return rules.publication_deadline(meeting.date, policy or clear_day_policy())


# --- meetings and agendas ---------------------------------------------------------------


def _aware(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LONDON)


@transaction.atomic
def meeting_create(
    *,
    body: Body,
    day: date,
    at: time,
    kind: str = Meeting.Kind.ORDINARY,
    mode: str = Meeting.Mode.IN_PERSON,
    venue: str = "",
    recording_past: bool = False,
    standing_items: bool = True,
    user=None,
    today: date | None = None,
    **fields,
) -> Meeting:
    """Schedule a meeting; its agenda starts with the standing items of the terms of
    reference in force on its date (ToR 8.2) plus those the body always carries.

    A date in the past is allowed only when recording a past meeting (an import). A second
    meeting of the body on the same day gets the next sequence number (slug ``-2``).
    """
    today = today or timezone.localdate()
    if day < today and not recording_past:
        raise MeetingError(
            f"The meeting date {day:%-d %B %Y} is in the past; a new agenda needs a future "
            "date (past meetings are recorded by import)."
        )
    Body.objects.select_for_update().get(pk=body.pk)
    sequence = (
        Meeting.objects.filter(body=body, date=day).aggregate(m=Max("sequence"))["m"] or 0
    ) + 1
    meeting = Meeting.objects.create(
        body=body,
        date=day,
        sequence=sequence,
        start=_aware(day, at),
        kind=kind,
        mode=mode,
        venue=venue or body.default_venue,
        municipal_year=municipal_year_for(day).label,
        **fields,
    )
    if standing_items:
        terms = gov_selectors.terms_in_force(body, day)
        titles = terms.standing_items if terms else []
        for order, item in enumerate(rules.standing_agenda(titles), start=1):
            AgendaItem.objects.create(
                meeting=meeting,
                body=body,
                order=order * 10,
                title=item.title,
                standing=item.key if item.key in AgendaItem.Standing.values else "other",
            )
        _renumber_agenda(meeting)
    log_action("moot.meeting.created", meeting, user=user, data={"date": str(day)})
    return meeting


def _renumber_agenda(meeting: Meeting) -> None:
    """Agenda numbers follow the order: 1, 2, 3 ... (minute numbers are separate).

    One ``bulk_update`` for the items whose number changes, then one signal, so search
    indexes the meeting and the page cache renews it once (on commit), not once per item.
    """
    changed = []
    for number, item in enumerate(meeting.items.order_by("order"), start=1):
        if item.agenda_number != str(number):
            item.agenda_number = str(number)
            changed.append(item)
    if changed:
        AgendaItem.objects.bulk_update(changed, ["agenda_number"])
        meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)


def _make_room(meeting: Meeting, order: int) -> None:
    """Move the items at ``order`` and after down by 10 in two updates: first past the
    highest order (so the unique order of a meeting's items holds after each row), then
    back to their new places."""
    later = AgendaItem.objects.filter(meeting=meeting, order__gte=order)
    highest = later.aggregate(highest=Max("order"))["highest"]
    if highest is None:
        return
    offset = highest + 10
    if highest + offset > 32767:  # the column's limit: move one row at a time
        for item in later.order_by("-order"):
            AgendaItem.objects.filter(pk=item.pk).update(order=item.order + 10)
    else:
        later.update(order=F("order") + offset)
        AgendaItem.objects.filter(meeting=meeting, order__gte=highest + 10 + order).update(
            order=F("order") - offset + 10
        )
    meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)


def _check_agenda_open(meeting: Meeting) -> None:
    if meeting.status != Meeting.Status.SCHEDULED:
        raise MeetingError(
            f"The agenda of {meeting} is published and frozen; add items through a "
            "supplementary agenda."
        )


@transaction.atomic
def item_add(
    *,
    meeting: Meeting,
    title: str,
    purpose: str = "",
    exempt_paragraph: int | None = None,
    exempt_reason: str = "",
    presenters: list[tuple[Person | None, str, str]] | None = None,
    position: int | None = None,
    user=None,
    allow_published: bool = False,
    at_end: bool = False,
    **fields,
) -> AgendaItem:
    """Add business to a draft agenda, before the closing standing items (or, recording an
    agenda as it was printed, ``at_end``).

    An exempt item names its paragraph of Schedule 12A to the LGA 1972 (1-7).
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not allow_published:
        _check_agenda_open(meeting)
    if not title.strip():
        raise MeetingError("An agenda item needs a title.")
    if exempt_paragraph is not None and not 1 <= exempt_paragraph <= 7:
        raise MeetingError(
            f"Exempt paragraph {exempt_paragraph} does not exist: Schedule 12A to the Local "
            "Government Act 1972 has paragraphs 1 to 7."
        )
    items = list(meeting.items.order_by("order"))
    if position is None:
        closing = [] if at_end else [i for i in items if i.standing in rules.CLOSING]
        order = closing[0].order if closing else (items[-1].order + 10 if items else 10)
    else:
        order = position
    _make_room(meeting, order)
    item = AgendaItem.objects.create(
        meeting=meeting,
        body=meeting.body,
        order=order,
        title=title.strip(),
        purpose=sanitise(purpose),
        exempt=exempt_paragraph is not None,
        exempt_paragraph=exempt_paragraph,
        exempt_reason=exempt_reason,
        **fields,
    )
    for person, name, role in presenters or []:
        Presenter.objects.create(item=item, person=person, name=name, role=role)
    _renumber_agenda(meeting)
    item.refresh_from_db()
    log_action("moot.agenda.item_added", item, user=user, data={"title": item.title})
    return item


def _locked_item(item: AgendaItem) -> AgendaItem:
    """The item and its meeting, locked for the change, with the agenda still open."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    _check_agenda_open(meeting)
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    item.meeting = meeting
    return item


@transaction.atomic
def item_edit(
    *,
    item: AgendaItem,
    title: str,
    purpose: str = "",
    exempt: bool = False,
    exempt_paragraph: int | None = None,
    exempt_reason: str = "",
    presenters: list[tuple[Person | None, str, str]] | None = None,
    standing: str | None = None,
    user=None,
) -> AgendaItem:
    """Change an item of a draft agenda (the workspace's form). An exempt item names its
    Schedule 12A paragraph and the reason (``rules.exempt_marking``); ``presenters``, when
    given, replace the item's presenters. The change itself is ``item_update``'s (one path,
    logged with the old and new values)."""
    item = _locked_item(item)
    if not title.strip():
        raise MeetingError(f"Item {item.number} needs a title.")
    check = rules.exempt_marking(exempt=exempt, paragraph=exempt_paragraph, reason=exempt_reason)
    if not check.ok:
        raise MeetingError(check.explanation)
    changes = {
        "title": title.strip(),
        "purpose": sanitise(purpose),
        "exempt": exempt,
        "exempt_paragraph": exempt_paragraph if exempt else None,
        "exempt_reason": exempt_reason.strip() if exempt else "",
    }
    if standing is not None:
        if standing and standing not in AgendaItem.Standing.values:
            raise MeetingError(f"'{standing}' is not a kind of agenda item.")
        changes["standing"] = standing
    return item_update(item=item, changes=changes, presenters=presenters, user=user)


@transaction.atomic
def item_remove(*, item: AgendaItem, user=None) -> Meeting:
    """Take an item off a draft agenda (with its documents); the others are renumbered."""
    item = _locked_item(item)
    meeting = item.meeting
    data = {"title": item.title, "number": item.number}
    log_action("moot.agenda.item_removed", item, user=user, data=data)
    item.delete()
    _renumber_agenda(meeting)
    return meeting


@transaction.atomic
def item_move(*, item: AgendaItem, to_index: int, user=None) -> AgendaItem:
    """Move an item of a draft agenda to position ``to_index`` (0-based, clamped); the
    agenda numbers follow the new order."""
    item = _locked_item(item)
    meeting = item.meeting
    items = {i.pk: i for i in meeting.items.select_for_update().order_by("order")}
    current = list(items)
    wanted = rules.moved(current, item.pk, to_index)
    if wanted == current:
        return item
    # "order" is unique per meeting: park the rows that change above the range, then set
    # every order to 10, 20, 30 ... in the new sequence.
    target = {pk: (position + 1) * 10 for position, pk in enumerate(wanted)}
    changing = [pk for pk in wanted if items[pk].order != target[pk]]
    top = max(i.order for i in items.values())
    for offset, pk in enumerate(changing, start=1):
        AgendaItem.objects.filter(pk=pk).update(order=top + offset)
    for pk in changing:
        AgendaItem.objects.filter(pk=pk).update(order=target[pk])
    _renumber_agenda(meeting)
    item.refresh_from_db()
    log_action(
        "moot.agenda.item_moved",
        item,
        user=user,
        data={"to": item.agenda_number, "title": item.title},
    )
    return item


@transaction.atomic
def agenda_publish(
    *,
    meeting: Meeting,
    now: datetime | None = None,
    late_reason: str = "",
    user=None,
    announce: bool = True,
) -> Meeting:
    """Publish the agenda; refuse a late publication without a recorded reason.

    ``announce``: when the change commits, build the public and members' packs and e-mail
    the body's members (background jobs); off only when loading a record of the past (the
    bundled example), which tells no one.

    LGA 1972 s100B(3): the agenda is open to the public at least five clear days before
    the meeting (the authority's setting). A later publication needs its reason recorded;
    the reason is shown publicly.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    rules.check_transition(meeting.status, rules.AGENDA_PUBLISHED, meeting=str(meeting))
    # Wales: the Welsh language standards may require the agenda in Welsh and English
    refusal = welsh.publication_refusal("the agenda", [meeting.body, *meeting.items.all()])
    if refusal:
        raise MeetingError(refusal)
    now = now or timezone.now()
    deadline = publication_deadline(meeting)
    published_on = timezone.localtime(now, LONDON).date()
    verdict = rules.publication_verdict(deadline.publish_by, published_on)
    if not verdict.on_time and not late_reason.strip():
        raise PublicationTooLate(
            f"The agenda of {meeting} had to be published by {deadline.publish_by:%-d %B %Y} "
            f"({deadline.explanation.split(':')[0]}); publishing on {published_on:%-d %B %Y} "
            "needs a recorded reason for the late publication (LGA 1972 s100B)."
        )
    meeting.status = Meeting.Status.AGENDA_PUBLISHED
    meeting.agenda_published_at = now
    meeting.late_publication_reason = late_reason.strip()
    meeting.save(update_fields=["status", "agenda_published_at", "late_publication_reason"])
    log_action(
        "moot.agenda.published",
        meeting,
        user=user,
        data={
            "publish_by": str(deadline.publish_by),
            "late_reason": meeting.late_publication_reason,
        },
    )
    if announce:  # on commit: the packs built, the body's members told (jobs)
        packs_queue(meeting=meeting)
        agenda_members_notify(meeting=meeting)
    return meeting


@transaction.atomic
def agenda_record_published(*, meeting: Meeting, source: str, user=None) -> Meeting:
    """Record that a past meeting's agenda was published, as an imported agenda shows.

    The publication date is not known from the document, so no deadline is checked and no
    date is invented; the life cycle still applies.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    rules.check_transition(meeting.status, rules.AGENDA_PUBLISHED, meeting=str(meeting))
    meeting.status = Meeting.Status.AGENDA_PUBLISHED
    meeting.save(update_fields=["status"])
    log_action("moot.agenda.recorded", meeting, user=user, data={"source": source})
    return meeting


@transaction.atomic
def supplementary_item_add(
    *,
    meeting: Meeting,
    title: str,
    urgency_reason: str = "",
    now: datetime | None = None,
    user=None,
    note: str = "",
    **fields,
) -> AgendaItem:
    """Add an item after publication, on a dated supplementary agenda (``note``: why the
    agenda changes, shown publicly in its change history).

    An item not published by the deadline may be taken only as urgent business, with the
    chair's reasons recorded (LGA 1972 s100B(4)(b)); the minutes carry them.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status != Meeting.Status.AGENDA_PUBLISHED:
        raise MeetingError(
            f"A supplementary agenda is for a published agenda; {meeting} is "
            f"{meeting.get_status_display().lower()}."
        )
    now = now or timezone.now()
    deadline = publication_deadline(meeting)
    if timezone.localtime(now, LONDON).date() > deadline.publish_by and not urgency_reason.strip():
        raise PublicationTooLate(
            f"'{title}' is added after the deadline of {deadline.publish_by:%-d %B %Y}; it may "
            "be considered only as urgent business with the chair's reasons recorded "
            "(LGA 1972 s100B(4)(b))."
        )
    supplement = SupplementaryAgenda.objects.create(
        meeting=meeting, published_at=now, note=note.strip()
    )
    item = item_add(
        meeting=meeting,
        title=title,
        allow_published=True,
        supplement=supplement,
        urgency_reason=urgency_reason.strip(),
        user=user,
        **fields,
    )
    log_action("moot.agenda.supplement_published", item, user=user)
    return item


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, reason: str, postpone: bool = False, user=None) -> Meeting:
    """Cancel or postpone a meeting; the reason is shown publicly."""
    if not reason.strip():
        raise MeetingError("A cancellation or postponement needs a reason (it is shown publicly).")
    target = rules.POSTPONED if postpone else rules.CANCELLED
    rules.check_transition(meeting.status, target, meeting=str(meeting))
    meeting.status = target
    meeting.status_reason = reason.strip()
    meeting.save(update_fields=["status", "status_reason"])
    log_action(f"moot.meeting.{target}", meeting, user=user, data={"reason": reason})
    return meeting


# --- attendance and quorum ---------------------------------------------------------------


def _memberships_on(meeting: Meeting) -> list[Membership]:
    terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
    return gov_selectors.memberships_on(terms, meeting.date) if terms else []


@transaction.atomic
def attendance_record(
    *,
    meeting: Meeting,
    person: Person,
    status: str,
    substitute_for: Person | None = None,
    mode: str = Attendance.Mode.IN_ROOM,
    role_text: str = "",
    nominated_by=None,
    user=None,
) -> Attendance:
    """Record one person's attendance.

    A substitute attends for a named member of the body who is not attending in their own
    seat (ToR 5.3); a member's apologies or absence are recorded against their seat.
    """
    _check_not_locked(meeting)
    if status not in Attendance.Status.values:
        raise MeetingError(f"'{status}' is not an attendance status.")
    members = {m.person_id: m for m in _memberships_on(meeting)}
    if status == Attendance.Status.SUBSTITUTE:
        if substitute_for is None:
            raise MeetingError(
                f"{person} is recorded as a substitute but for no member; a substitute attends "
                "in a named member's place (terms of reference 5.3)."
            )
        if substitute_for.pk not in members:
            raise MeetingError(
                f"{person} cannot substitute for {substitute_for}: {substitute_for} is not a "
                f"member of {meeting.body} on {meeting.date:%-d %B %Y}."
            )
        own = Attendance.objects.filter(meeting=meeting, person=substitute_for).first()
        if own and own.status == Attendance.Status.PRESENT:
            raise MeetingError(
                f"{person} cannot substitute for {substitute_for}, who is present in their "
                "own seat."
            )
        taken = Attendance.objects.filter(meeting=meeting, substitute_for=substitute_for).exclude(
            person=person
        )
        if taken.exists():
            raise MeetingError(
                f"{substitute_for} already has a substitute at this meeting "
                f"({taken.first().person})."
            )
    elif substitute_for is not None:
        raise MeetingError(f"Only a substitute attends for another member; {person} is {status}.")
    order = (meeting.attendance.aggregate(m=Max("order"))["m"] or 0) + 1
    record, created = Attendance.objects.update_or_create(
        meeting=meeting,
        person=person,
        defaults={
            "status": status,
            "substitute_for": substitute_for,
            "mode": mode,
            "role_text": role_text,
            "nominated_by": nominated_by,
        },
        create_defaults={
            "status": status,
            "substitute_for": substitute_for,
            "mode": mode,
            "role_text": role_text,
            "nominated_by": nominated_by,
            "order": order,
        },
    )
    log_action("moot.attendance.recorded", record, user=user, data={"status": status})
    return record


def attendees_for_rules(meeting: Meeting) -> tuple[list[gov_rules.Attendee], int]:
    """Turn the recorded attendance into the rules' plain attendees, with the number of
    current members (for fractional quorums). Bounded queries."""
    memberships = _memberships_on(meeting)
    by_person = {m.person_id: m for m in memberships}
    attendees = []
    records = meeting.attendance.select_related(
        "person", "substitute_for", "nominated_by"
    ).order_by("order", "id")
    for record in records:
        mode = gov_rules.Mode.REMOTE if record.mode == "remote" else gov_rules.Mode.IN_ROOM
        name = record.person.display_name
        if record.status == Attendance.Status.PRESENT:
            membership = by_person.get(record.person_id)
            if membership is None:
                attendees.append(gov_rules.Attendee(name, gov_rules.Capacity.NON_MEMBER, mode=mode))
                continue
            attendees.append(_attendee(name, gov_rules.Capacity.MEMBER, membership, mode))
        elif record.status == Attendance.Status.SUBSTITUTE:
            membership = by_person.get(record.substitute_for_id)
            attendee = _attendee(name, gov_rules.Capacity.SUBSTITUTE, membership, mode)
            attendees.append(
                gov_rules.Attendee(
                    attendee.name,
                    attendee.capacity,
                    attendee.section,
                    attendee.organisations | _org_names(record.nominated_by),
                    attendee.voting,
                    mode,
                    record.substitute_for.display_name,
                )
            )
        elif record.status == Attendance.Status.STANDING_INVITEE:
            attendees.append(gov_rules.Attendee(name, gov_rules.Capacity.STANDING_INVITEE))
        elif record.status == Attendance.Status.IN_ATTENDANCE:
            attendees.append(gov_rules.Attendee(name, gov_rules.Capacity.IN_ATTENDANCE))
    return attendees, len(memberships)


def _org_names(organisation) -> frozenset[str]:
    return gov_selectors.organisation_names(organisation)


def _attendee(name, capacity, membership: Membership | None, mode) -> gov_rules.Attendee:
    if membership is None:
        return gov_rules.Attendee(name, capacity, mode=mode)
    seat = membership.seat
    organisations = _org_names(seat.organisation) | _org_names(membership.on_behalf_of)
    return gov_rules.Attendee(name, capacity, seat.section.name, organisations, seat.has_vote, mode)


def quorum_verdict(meeting: Meeting) -> gov_rules.QuorumVerdict:
    """Judge the quorum from the recorded attendance by the terms in force (ToR 5.1)."""
    terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
    if terms is None:
        raise MeetingError(
            f"No terms of reference of {meeting.body} are in force on {meeting.date:%-d %B %Y}, "
            "so the quorum cannot be judged."
        )
    tor = gov_selectors.rules_for_terms(terms)
    attendees, size = attendees_for_rules(meeting)
    return gov_rules.judge_quorum(
        tor.quorum,
        attendees,
        membership_size=size,
        meeting_date=meeting.date,
        nation=gov_selectors.nation(),
    )


@transaction.atomic
def quorum_judge(*, meeting: Meeting, user=None) -> gov_rules.QuorumVerdict:
    """Judge and store the quorum; an inquorate meeting's decisions await ratification at
    the next quorate meeting (ToR 5.2)."""
    _check_not_locked(meeting)
    verdict = quorum_verdict(meeting)
    meeting.quorate = verdict.quorate
    meeting.quorum_present = verdict.present_members
    meeting.quorum_required = verdict.required
    meeting.quorum_explanation = verdict.explanation
    meeting.quorum_groups = [
        {"name": g.name, "satisfied": g.satisfied, "by": list(g.by)} for g in verdict.groups
    ]
    meeting.save(
        update_fields=[
            "quorate",
            "quorum_present",
            "quorum_required",
            "quorum_explanation",
            "quorum_groups",
        ]
    )
    Resolution.objects.filter(item__meeting=meeting).update(needs_ratification=not verdict.quorate)
    log_action(
        "moot.meeting.quorum_judged",
        meeting,
        user=user,
        data={"quorate": verdict.quorate, "present": verdict.present_members},
    )
    return verdict


@transaction.atomic
def quorum_not_judged(*, meeting: Meeting, reason: str, user=None) -> Meeting:
    """Record that the quorum of a (historical) meeting was not judged, and why ("not judged:
    no terms of reference in force on 4 May 2012"): nothing is guessed, and its decisions are
    not marked for ratification."""
    _check_not_locked(meeting)
    meeting.quorate = None
    meeting.quorum_present = None
    meeting.quorum_required = None
    meeting.quorum_explanation = reason
    meeting.quorum_groups = []
    meeting.save(
        update_fields=[
            "quorate",
            "quorum_present",
            "quorum_required",
            "quorum_explanation",
            "quorum_groups",
        ]
    )
    log_action("moot.meeting.quorum_not_judged", meeting, user=user, data={"reason": reason})
    return meeting


@transaction.atomic
def meeting_hold(
    *,
    meeting: Meeting,
    closed_at: time | None = None,
    user=None,
    allow_unpublished: bool = False,
    today: date | None = None,
    judge_quorum: bool = True,
) -> Meeting:
    """Mark the meeting held: judge the quorum and give its items their minute numbers,
    running on through the municipal year (Sched 12 para 1; numbers restart at 1 when the
    year starts at the annual meeting). A meeting is held on its date, not before.
    ``judge_quorum=False`` (an importer's historical minutes with no terms of reference in
    force) leaves the quorum to ``quorum_not_judged``."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    today = today or timezone.localdate()
    if meeting.date > today:
        raise MeetingError(
            f"{meeting} is still to come, so it cannot be marked held before "
            f"{meeting.date:%-d %B %Y}."
        )
    if allow_unpublished and meeting.status == Meeting.Status.SCHEDULED:
        meeting.status = Meeting.Status.AGENDA_PUBLISHED
    rules.check_transition(meeting.status, rules.HELD, meeting=str(meeting))
    meeting.status = Meeting.Status.HELD
    if closed_at:
        meeting.closed_at = closed_at
    meeting.save(update_fields=["status", "closed_at"])
    minute_numbers_assign(meeting=meeting)
    if judge_quorum and meeting.attendance.exists():
        quorum_judge(meeting=meeting, user=user)
    log_action("moot.meeting.held", meeting, user=user)
    return meeting


@transaction.atomic
def minute_numbers_assign(*, meeting: Meeting, start_at: int | None = None) -> None:
    """Give numbered minutes to the meeting's items that have none yet (not to a withdrawn
    item).

    Locked per body (select_for_update) so two meetings cannot take the same numbers; the
    database refuses a repeated number in a body's municipal year.
    """
    Body.objects.select_for_update().get(pk=meeting.body_id)
    year = meeting.municipal_year or municipal_year_for(meeting.date).label
    used = list(
        AgendaItem.objects.filter(
            body=meeting.body, municipal_year=year, minute_number__isnull=False
        ).values_list("minute_number", flat=True)
    )
    # a withdrawn item was not before the meeting: it is not minuted
    pending = list(
        meeting.items.filter(minute_number__isnull=True, withdrawn_in__isnull=True).order_by(
            "order"
        )
    )
    if start_at is not None:
        numbers = list(range(start_at, start_at + len(pending)))
        clash = set(numbers) & set(used)
        if clash:
            raise MeetingError(
                f"Minute numbers {sorted(clash)} are already used in {meeting.body}'s "
                f"municipal year {year}."
            )
    else:
        numbers = rules.next_minute_numbers(used, len(pending))
    for item, number in zip(pending, numbers, strict=True):
        item.minute_number = number
        item.municipal_year = year
    if pending:  # one update, then one signal (search and the page cache renew the meeting)
        AgendaItem.objects.bulk_update(pending, ["minute_number", "municipal_year"])
        meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)


# --- minutes, resolutions, votes -----------------------------------------------------------

ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "a",
    "h3",
    "h4",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


def sanitise(html: str) -> str:
    """Rich text from clerks and imports is sanitised before it is stored (nh3)."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def _check_not_locked(meeting: Meeting) -> None:
    """Once minutes are approved, nothing they record may change (attendance, quorum)."""
    if Meeting.objects.filter(pk=meeting.pk, status=Meeting.Status.MINUTES_APPROVED).exists():
        raise MinutesLocked(
            f"{meeting}: the minutes have been approved and are locked; a correction must be "
            "minuted at a later meeting."
        )


def _check_minutes_editable(meeting: Meeting) -> None:
    """Checked against the stored status (a caller's copy may be stale)."""
    status = Meeting.objects.select_for_update().values_list("status", flat=True).get(pk=meeting.pk)
    meeting.status = status
    editable, reason = rules.minutes_editable(status)
    if not editable:
        error = MinutesLocked if meeting.status == rules.MINUTES_APPROVED else MeetingError
        raise error(f"{meeting}: {reason}.")


def _check_not_withdrawn(item: AgendaItem) -> None:
    """A withdrawn item (a revised agenda took it off, LGA 1972 s100B(4)) is not before
    the meeting: it takes no minute number, and nothing is recorded against it."""
    if item.withdrawn_in_id:
        raise MeetingError(
            f"Item {item.number} ({item.title}) was withdrawn from the agenda: nothing can be "
            "recorded against it."
        )


class StaleMinutes(MeetingError):
    """Someone else saved the item's minutes since this text was started; ``current`` is
    their text, shown beside what was typed (nothing is overwritten silently)."""

    def __init__(self, message: str, *, current: str, version: int):
        super().__init__(message)
        self.current = current
        self.version = version


@transaction.atomic
def minutes_record(
    *,
    item: AgendaItem,
    text: str,
    partial: bool = False,
    user=None,
    version: int | None = None,
) -> AgendaItem:
    """Record an item's minutes (sanitised rich text); the change is kept in the audit
    history with what it replaced. With ``version`` (the item's ``minutes_version`` the
    text was started from) a save made after someone else's is refused (``StaleMinutes``)."""
    item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    _check_not_withdrawn(item)
    _check_minutes_editable(item.meeting)
    if version is not None and version != item.minutes_version:
        raise StaleMinutes(
            f"The minutes of item {item.number} were changed by someone else while you were "
            "typing; your text was not saved. Compare it with theirs below, then save again.",
            current=item.minutes,
            version=item.minutes_version,
        )
    before = item.minutes
    item.minutes = sanitise(text)
    item.minutes_partial = partial
    item.minutes_version += 1
    item.save(update_fields=["minutes", "minutes_partial", "minutes_version"])
    log_action(
        "moot.minutes.recorded", item, user=user, data={"before": before, "after": item.minutes}
    )
    return item


@transaction.atomic
def resolution_add(
    *,
    item: AgendaItem,
    text: str,
    kind: str = Resolution.Kind.RESOLVED,
    recommended_to: str = "",
    user=None,
) -> Resolution:
    """Record what the body decided on an item. Decisions of an inquorate meeting are marked
    for ratification at the next quorate meeting (ToR 5.2)."""
    _check_not_withdrawn(item)
    _check_minutes_editable(item.meeting)
    if not text.strip():
        raise MeetingError(f"A resolution on item {item.number} needs its text.")
    if kind == Resolution.Kind.RECOMMENDED and not recommended_to.strip():
        raise MeetingError("A recommendation names the body it is made to.")
    order = (item.resolutions.aggregate(m=Max("order"))["m"] or 0) + 1
    resolution = Resolution.objects.create(
        item=item,
        order=order,
        kind=kind,
        text=text.strip(),
        recommended_to=recommended_to,
        needs_ratification=item.meeting.quorate is False,
    )
    log_action("moot.resolution.added", resolution, user=user, data={"text": resolution.text})
    return resolution


@dataclass(frozen=True)
class VoteInput:
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0


@transaction.atomic
def vote_record(
    *,
    resolution: Resolution,
    named: dict[Person, str] | None = None,
    counts: VoteInput | None = None,
    casting_vote: str | None = None,
    user=None,
) -> Vote:
    """Record a vote on a resolution: named votes (checked person by person: a non-voting
    seat, a standing invitee or a member with an undispensed disclosable pecuniary interest
    is refused, naming the person and the rule) or counts alone.

    LGA 1972 Sched 12 para 39 and ToR 6.4: a majority of those voting; the chair has a
    casting vote on an equality.
    """
    _check_minutes_editable(resolution.item.meeting)
    result = vote_check(
        resolution=resolution, named=named, counts=counts, casting_vote=casting_vote
    )
    vote, _ = Vote.objects.update_or_create(
        resolution=resolution,
        defaults={
            "votes_for": result.votes_for,
            "votes_against": result.votes_against,
            "abstentions": result.abstentions,
            "recorded": bool(named),
            "casting_vote": result.casting_vote.value if result.casting_vote else "",
            "outcome": result.outcome.value,
            "explanation": result.explanation,
        },
    )
    vote.person_votes.all().delete()
    for person, choice in (named or {}).items():
        PersonVote.objects.create(vote=vote, person=person, choice=choice)
    log_action(
        "moot.vote.recorded",
        vote,
        user=user,
        data={
            "for": vote.votes_for,
            "against": vote.votes_against,
            "abstentions": vote.abstentions,
            "outcome": vote.outcome,
        },
    )
    return vote


def _dispensations(meeting: Meeting):
    """Dispensations in force on the meeting's date for this body, or for every body
    (Localism Act 2011 s33: granted by the authority, for at most four years)."""
    return Dispensation.objects.filter(
        Q(body=meeting.body) | Q(body__isnull=True),
        granted_on__lte=meeting.date,
        expires_on__gte=meeting.date,
    )


def chair_of(meeting: Meeting) -> str | None:
    """Who chairs, by ToR 5.4, from the recorded attendance."""
    terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
    if terms is None:
        return None
    tor = gov_selectors.rules_for_terms(terms)
    memberships = _memberships_on(meeting)
    designated = next((m.person.display_name for m in memberships if m.role == "chair"), None)
    vice = next((m.person.display_name for m in memberships if m.role == "vice_chair"), None)
    attendees, _ = attendees_for_rules(meeting)
    decision = gov_rules.who_chairs(
        attendees,
        designated_chair=designated,
        vice_chair=vice,
        fallback_sections=tor.chair_fallback_sections,
        meeting_date=meeting.date,
        nation=gov_selectors.nation(),
    )
    return decision.chair


@transaction.atomic
def declaration_record(
    *, item: AgendaItem, person: Person, kind: str, nature: str, action: str, user=None
) -> Declaration:
    """A member's declaration of interest at an item (Localism Act 2011 s31). Only members
    (or substitutes) of the body at the meeting declare; the message names the rule."""
    meeting = item.meeting
    _check_not_withdrawn(item)
    _check_minutes_editable(meeting)
    members = {m.person_id for m in _memberships_on(meeting)}
    substitutes = set(
        meeting.attendance.filter(status=Attendance.Status.SUBSTITUTE).values_list(
            "person_id", flat=True
        )
    )
    if person.pk not in members | substitutes:
        raise MeetingError(
            f"{person} is not a member of {meeting.body} on {meeting.date:%-d %B %Y} (nor "
            "attending as a substitute), so cannot declare an interest at its meeting: the "
            "code of conduct's declarations are made by members."
        )
    if kind not in Declaration.Kind.values:
        raise MeetingError(f"'{kind}' is not a kind of interest.")
    if kind == Declaration.Kind.DISCLOSABLE_PECUNIARY and action == Declaration.Action.STAYED:
        dispensed = _dispensations(meeting).filter(person=person).exists()
        if not dispensed:
            raise MeetingError(
                f"{person} declared a disclosable pecuniary interest and holds no dispensation, "
                "so cannot stay and take part (Localism Act 2011 s31(4))."
            )
    declaration = Declaration.objects.create(
        item=item, person=person, kind=kind, nature=nature, action=action
    )
    log_action("moot.declaration.recorded", declaration, user=user)
    return declaration


@transaction.atomic
def minutes_publish_draft(*, meeting: Meeting, now: datetime | None = None, user=None) -> Meeting:
    rules.check_transition(meeting.status, rules.MINUTES_DRAFT, meeting=str(meeting))
    meeting.status = Meeting.Status.MINUTES_DRAFT
    meeting.minutes_published_at = now or timezone.now()
    meeting.save(update_fields=["status", "minutes_published_at"])
    log_action("moot.minutes.draft_published", meeting, user=user)
    return meeting


@transaction.atomic
def minutes_approve(*, meeting: Meeting, by_item: AgendaItem, user=None) -> Resolution:
    """Approve a meeting's minutes by a resolution of a later meeting under "Minutes of the
    previous meeting"; from then on they are locked."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    later = Meeting.objects.get(pk=by_item.meeting_id)
    if later.date <= meeting.date or later.body_id != meeting.body_id:
        raise MeetingError(
            f"The minutes of {meeting} are approved at a later meeting of {meeting.body}, "
            f"not at {later}."
        )
    if later.status not in (
        Meeting.Status.HELD,
        Meeting.Status.MINUTES_DRAFT,
        Meeting.Status.MINUTES_APPROVED,
    ):
        raise MeetingError(
            f"The minutes of {meeting} are approved by a resolution of a meeting that has been "
            f"held; {later} is {later.get_status_display().lower()}."
        )
    if by_item.standing != AgendaItem.Standing.PREVIOUS_MINUTES:
        raise MeetingError(
            f"Minutes are approved under 'Minutes of the Previous Meeting'; item "
            f"{by_item.number} of {later} is '{by_item.title}'."
        )
    between = Meeting.objects.filter(
        body=meeting.body,
        date__gt=meeting.date,
        date__lt=later.date,
        status__in=[
            Meeting.Status.HELD,
            Meeting.Status.MINUTES_DRAFT,
            Meeting.Status.MINUTES_APPROVED,
        ],
    ).first()
    if between is not None:
        raise MeetingError(
            f"The minutes of {meeting} are approved at the next meeting of {meeting.body}, "
            f"which was {between}, not {later}."
        )
    if later.quorate is False:
        raise InquorateError(
            f"{later} was inquorate, so it cannot confirm the minutes of {meeting} (ToR 5.2)."
        )
    if meeting.status == Meeting.Status.HELD:
        minutes_publish_draft(meeting=meeting, user=user)
        meeting.refresh_from_db()
    rules.check_transition(meeting.status, rules.MINUTES_APPROVED, meeting=str(meeting))
    text = (
        f"The Minutes of the previous meeting of the {meeting.body.name} held on "
        f"{meeting.date:%-d %B %Y} be confirmed as a correct record."
    )
    resolution = Resolution.objects.filter(item=by_item, text=text).first() or resolution_add(
        item=by_item, text=text, kind=Resolution.Kind.APPROVED, user=user
    )
    by_item.previous_meeting = meeting
    by_item.save(update_fields=["previous_meeting"])
    meeting.status = Meeting.Status.MINUTES_APPROVED
    meeting.minutes_approved_at = later.date
    meeting.minutes_approved_by = by_item
    meeting.save(update_fields=["status", "minutes_approved_at", "minutes_approved_by"])
    log_action("moot.minutes.approved", meeting, user=user, data={"at": later.identifier})
    return resolution


# --- actions, questions, forward plan, issues ----------------------------------------------


@transaction.atomic
def action_add(
    *,
    item: AgendaItem,
    description: str,
    owner: Person | None = None,
    owner_text: str = "",
    due_date: date | None = None,
    user=None,
) -> Action:
    _check_not_withdrawn(item)
    _check_minutes_editable(item.meeting)
    if not description.strip():
        raise MeetingError("An action needs a description.")
    action = Action.objects.create(
        item=item,
        description=description.strip(),
        owner=owner,
        owner_text=owner_text,
        due_date=due_date,
    )
    log_action("moot.action.added", action, user=user)
    return action


def open_actions_before(body, day) -> QuerySet[Action]:
    """Actions from the body's meetings before ``day`` still open. ``body`` and ``day`` may
    be ``OuterRef``s: the public meeting page asks whether there are any with the meeting."""
    return Action.objects.filter(item__meeting__body=body, item__meeting__date__lt=day).exclude(
        status__in=Action.CLOSED
    )


def matters_arising_query(body_id: int, day) -> QuerySet[Action]:
    """The open actions of the body's meetings before ``day``, with their items, meetings
    and owners, in the order of the meetings."""
    return (
        open_actions_before(body_id, day)
        .select_related("item", "item__meeting", "owner")
        .order_by("item__meeting__date", "id")
    )


def matters_arising(meeting: Meeting, narrow=None) -> list[Action]:
    """Actions from the body's previous meetings still open: reported under Matters Arising.
    ``narrow`` may change the query (a page leaves out what it does not show)."""
    actions = matters_arising_query(meeting.body_id, meeting.date)
    return list(narrow(actions) if narrow else actions)


class QuestionRefused(MeetingError):
    """A question refused; ``errors`` holds every field's message (the first is ``field``)."""

    def __init__(self, field: str, message: str, *, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.field = field
        self.errors = errors or {field: message}


def question_deadline(meeting: Meeting) -> rules.Deadline:
    return rules.public_question_deadline(meeting.date, clear_day_policy(questions=True))


@transaction.atomic
def question_submit(
    *,
    meeting: Meeting,
    name: str,
    email: str,
    question: str,
    item: AgendaItem | None = None,
    now: datetime | None = None,
) -> PublicQuestion:
    """A member of the public submits a question before the deadline (default three clear
    working days before the meeting); each question is accepted once."""
    now = now or timezone.now()
    errors = rules.question_errors(name=name, email=email, question=question)
    if errors:
        field, message = next(iter(errors.items()))
        raise QuestionRefused(field, message, errors=errors)
    text = question.strip()
    if meeting.is_cancelled or meeting.status not in (
        Meeting.Status.SCHEDULED,
        Meeting.Status.AGENDA_PUBLISHED,
    ):
        raise QuestionRefused("question", f"{meeting} is not taking questions.")
    deadline = question_deadline(meeting)
    if timezone.localtime(now, LONDON).date() > deadline.publish_by:
        raise QuestionRefused(
            "question",
            f"Questions for this meeting had to be submitted by {deadline.publish_by:%-d %B %Y}.",
        )
    fingerprint = hashlib.sha256(
        f"{email.strip().casefold()}\n{' '.join(text.split()).casefold()}".encode()
    ).hexdigest()
    if PublicQuestion.objects.filter(meeting=meeting, fingerprint=fingerprint).exists():
        raise QuestionRefused("question", "You have already submitted this question.")
    submitted = PublicQuestion.objects.create(
        meeting=meeting,
        item=item,
        name=name.strip(),
        email=email.strip(),
        question=text,
        submitted_at=now,
        fingerprint=fingerprint,
    )
    log_action("moot.question.submitted", submitted)
    question_acknowledge(submitted)
    return submitted


@transaction.atomic
def question_decide(
    *, question: PublicQuestion, accept: bool, reason: str = "", user=None
) -> PublicQuestion:
    if not accept and not reason.strip():
        raise MeetingError("Rejecting a question needs a reason (it is sent to the questioner).")
    question.status = PublicQuestion.Status.ACCEPTED if accept else PublicQuestion.Status.REJECTED
    question.reason = reason.strip()
    question.save(update_fields=["status", "reason"])
    log_action("moot.question.decided", question, user=user, data={"accepted": accept})
    question_tell_decision(question)
    return question


@transaction.atomic
def question_answer(*, question: PublicQuestion, answer: str, user=None) -> PublicQuestion:
    if question.status != PublicQuestion.Status.ACCEPTED:
        raise MeetingError("Only an accepted question is answered at the meeting.")
    question.answer = answer.strip()
    question.status = PublicQuestion.Status.ANSWERED
    question.save(update_fields=["answer", "status"])
    log_action("moot.question.answered", question, user=user)
    return question


@transaction.atomic
def forward_plan_add(
    *,
    body: Body,
    subject: str,
    intended_meeting: Meeting | None = None,
    intended_date: date | None = None,
    source_item: AgendaItem | None = None,
    user=None,
    **fields,
) -> ForwardPlanEntry:
    if intended_meeting and not intended_date:
        intended_date = intended_meeting.date
    entry = ForwardPlanEntry.objects.create(
        body=body,
        subject=subject,
        intended_meeting=intended_meeting,
        intended_date=intended_date,
        source_item=source_item,
        **fields,
    )
    log_action("moot.forward_plan.added", entry, user=user)
    return entry


@transaction.atomic
def forward_plan_link(*, entry: ForwardPlanEntry, item: AgendaItem, user=None) -> ForwardPlanEntry:
    entry.item = item
    entry.status = ForwardPlanEntry.Status.ON_AGENDA
    entry.save(update_fields=["item", "status"])
    log_action("moot.forward_plan.linked", entry, user=user)
    return entry


@transaction.atomic
def issue_link(*, title: str, slug: str, items: list[AgendaItem], user=None) -> Issue:
    """Link items in one or several bodies as one issue history."""
    issue, _ = Issue.objects.get_or_create(slug=slug, defaults={"title": title})
    for item in items:
        item.issue = issue
        item.save(update_fields=["issue"])
    log_action("moot.issue.linked", issue, user=user, data={"items": [i.pk for i in items]})
    return issue


def find_meeting(identifier: str) -> Meeting:
    """Resolve ``BODY-SLUG/YYYY-MM-DD[-N]``; the error names the part at fault."""
    if "/" not in identifier:
        raise MeetingError(
            f"'{identifier}' is not a meeting: write BODY-SLUG/YYYY-MM-DD, for example "
            "health-and-wellbeing-board/2021-07-29."
        )
    slug, _, when = identifier.partition("/")
    sequence = 1
    if when.count("-") == 3:
        when, _, seq = when.rpartition("-")
        if not seq.isdigit():
            raise MeetingError(f"'{identifier}': the suffix after the date must be a number.")
        sequence = int(seq)
    try:
        day = date.fromisoformat(when)
    except ValueError:
        raise MeetingError(f"'{when}' in '{identifier}' is not a date (YYYY-MM-DD).") from None
    body = Body.objects.filter(slug=slug).first()
    if body is None:
        raise MeetingError(f"There is no body called '{slug}'.")
    meeting = (
        Meeting.objects.filter(body=body, date=day, sequence=sequence)
        .select_related("body")
        .first()
    )
    if meeting is None:
        raise MeetingError(
            f"{body.name} has no meeting on {day:%-d %B %Y}"
            + (f" (number {sequence})" if sequence > 1 else "")
            + "."
        )
    return meeting


# --- Changes made after the fact (the back office) ----------------------------------------


def meeting_check_update(*, meeting: Meeting, changes: dict) -> None:
    """Refuse a change the meeting's stage does not allow (see
    ``rules.meeting_change_allowed``); checked against the stored status."""
    status = Meeting.objects.values_list("status", flat=True).get(pk=meeting.pk)
    changed = frozenset(changes)
    allowed, reason = rules.meeting_change_allowed(
        status, changed, minutes_published_at_set=changes.get("minutes_published_at") is not None
    )
    if not allowed:
        error = MinutesLocked if status == rules.MINUTES_APPROVED else MeetingError
        raise error(f"{meeting}: {reason}.")


@transaction.atomic
def meeting_update(*, meeting: Meeting, changes: dict, user=None) -> Meeting:
    """Change a meeting's details (venue, times, contact, webcast...) within the life-cycle
    rules; logged once: ``moot.meeting.<field>_changed`` for one field (e.g.
    ``moot.meeting.venue_changed``), ``moot.meeting.changed`` for several, with the old
    and new values."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    before = {name: getattr(meeting, name) for name in changes}
    real = {name: value for name, value in changes.items() if before[name] != value}
    if not real:
        return meeting
    meeting_check_update(meeting=meeting, changes=real)
    for name, value in real.items():
        setattr(meeting, name, value)
    meeting.full_clean(exclude=["minutes_approved_by"])
    meeting.save(update_fields=list(real))
    field = next(iter(real)) if len(real) == 1 else None
    log_action(
        f"moot.meeting.{field}_changed" if field else "moot.meeting.changed",
        meeting,
        user=user,
        changes={name: {"old": before[name], "new": real[name]} for name in real},
    )
    return meeting


def item_check(*, item: AgendaItem) -> None:
    """Refuse an item whose exempt flag and Schedule 12A paragraph disagree, or whose
    meeting's minutes are approved (checked on the stored meeting)."""
    allowed, reason = rules.exempt_consistent(item.exempt, item.exempt_paragraph)
    if not allowed:
        raise MeetingError(f"Agenda item '{item.title}': {reason}.")
    if item.meeting_id is not None:
        _check_not_locked(item.meeting)


def _presenter_list(item: AgendaItem) -> list[str]:
    return [
        ", ".join(filter(None, [str(p), p.role]))
        for p in Presenter.objects.filter(item=item).select_related("person").order_by("id")
    ]


@transaction.atomic
def item_update(
    *,
    item: AgendaItem,
    changes: dict,
    presenters: list[tuple[Person | None, str, str]] | None = None,
    user=None,
) -> AgendaItem:
    """Change an agenda item (title, order, exempt status and paragraph, agenda text...);
    the exempt flag and paragraph must agree; minutes go through ``minutes_record``.
    ``presenters``, when given, replace the item's presenters, in the order given.
    Logged once as ``moot.agenda.item_changed`` with the old and new values."""
    stored = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    before = {name: getattr(stored, name) for name in changes}
    real = {name: value for name, value in changes.items() if before[name] != value}
    old_presenters = _presenter_list(stored) if presenters is not None else []
    if "meeting" in real:
        raise MeetingError(
            f"Agenda item '{stored.title}' cannot move to another meeting; add it to that "
            "meeting's agenda instead."
        )
    for name, value in real.items():
        setattr(stored, name, sanitise(value) if name == "purpose" else value)
    logged = {name: {"old": before[name], "new": getattr(stored, name)} for name in real}
    if real or presenters is not None:
        item_check(item=stored)
    if real:
        stored.save(update_fields=list(real))
    if presenters is not None:
        stored.presenters.all().delete()
        for person, name, role in presenters:
            Presenter.objects.create(item=stored, person=person, name=name, role=role)
        new_presenters = _presenter_list(stored)
        if new_presenters != old_presenters:
            logged["presenters"] = {"old": old_presenters, "new": new_presenters}
    if not logged:
        return stored
    log_action("moot.agenda.item_changed", stored, user=user, changes=logged)
    return stored


def vote_check(
    *,
    resolution: Resolution,
    named: dict[Person, str] | None = None,
    counts: VoteInput | None = None,
    casting_vote: str | None = None,
    outcome: str | None = None,
):
    """What the rules make of a vote, without saving it: the named votes checked person by
    person, the counts and the casting vote (LGA 1972 Sched 12 para 39); an ``outcome``
    typed by the clerk that contradicts them is refused."""
    meeting = resolution.item.meeting
    terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
    tor = gov_selectors.rules_for_terms(terms) if terms else None
    chair = chair_of(meeting)
    number = resolution.item.number
    if named:
        attendees, _ = attendees_for_rules(meeting)
        dpi = set(
            Declaration.objects.filter(
                item=resolution.item, kind=Declaration.Kind.DISCLOSABLE_PECUNIARY
            ).values_list("person__id", flat=True)
        )
        dispensed = set(
            _dispensations(meeting)
            .filter(person__in=list(named))
            .values_list("person__id", flat=True)
        )
        try:
            result = gov_rules.decide_vote(
                {p.display_name: gov_rules.VoteChoice(c) for p, c in named.items()},
                attendees,
                meeting_date=meeting.date,
                nation=gov_selectors.nation(),
                chair=chair,
                casting_vote=gov_rules.VoteChoice(casting_vote) if casting_vote else None,
                rule=tor.voting if tor else gov_rules.VotingRule(),
                interests=frozenset(p.display_name for p in named if p.pk in dpi),
                dispensations=frozenset(p.display_name for p in named if p.pk in dispensed),
                strict=True,
            )
        except gov_rules.VoteRejected as exc:
            raise MeetingError(f"Vote on item {number} refused: {exc}.") from exc
    else:
        counts = counts or VoteInput()
        try:
            result = gov_rules.count_votes(
                votes_for=counts.votes_for,
                votes_against=counts.votes_against,
                abstentions=counts.abstentions,
                chair=chair,
                casting_vote=casting_vote or None,
                rule=tor.voting if tor else gov_rules.VotingRule(),
            )
        except ValueError as exc:
            raise MeetingError(f"Vote on item {number}: {exc}") from exc
    if outcome and outcome != result.outcome.value:
        raise MeetingError(
            f"Vote on item {number}: the outcome '{outcome}' contradicts the votes recorded; "
            f"{result.explanation}"
        )
    return result


def question_check(*, question: PublicQuestion) -> None:
    """Refuse a question rejected without a reason or attached to another meeting's item."""
    item_meeting = (
        AgendaItem.objects.values_list("meeting_id", flat=True).get(pk=question.item_id)
        if question.item_id
        else None
    )
    allowed, reason = rules.question_state_valid(
        question.status,
        question.reason,
        item_meeting_id=item_meeting,
        meeting_id=question.meeting_id,
    )
    if not allowed:
        raise MeetingError(f"Public question from {question.name}: {reason}.")


@transaction.atomic
def question_update(*, question: PublicQuestion, changes: dict, user=None) -> PublicQuestion:
    """Change a public question in the back office (status, reason, answer, item); logged
    once as ``moot.question.changed`` with the old and new values."""
    stored = PublicQuestion.objects.select_for_update().get(pk=question.pk)
    before = {name: getattr(stored, name) for name in changes}
    real = {name: value for name, value in changes.items() if before[name] != value}
    if not real:
        return stored
    for name, value in real.items():
        setattr(stored, name, value)
    question_check(question=stored)
    stored.save(update_fields=list(real))
    log_action(
        "moot.question.changed",
        stored,
        user=user,
        changes={name: {"old": before[name], "new": real[name]} for name in real},
    )
    return stored


@transaction.atomic
def presenter_add(
    *,
    item: AgendaItem,
    person: Person | None = None,
    name: str = "",
    role: str = "",
    user=None,
    action: str = "moot.agenda.presenter_added",
    data: dict | None = None,
) -> Presenter:
    """Name who presents an item (a person in the record, or a name as printed)."""
    presenter = Presenter.objects.create(item=item, person=person, name=name, role=role)
    log_action(action, presenter, user=user, data={"item": item.pk, **(data or {})})
    return presenter


# --- after the meeting: actions followed up, questions' e-mails, release of exempt items --


@transaction.atomic
def action_update(*, action: Action, status: str, note: str = "", user=None) -> Action:
    """Record an action's progress: its status and a note. Actions belong to the follow-up,
    not to the approved text, so this is allowed after the minutes are approved (they stay
    locked: nothing else about the action changes)."""
    action = Action.objects.select_for_update().get(pk=action.pk)
    if status not in Action.Status.values:
        choices = ", ".join(label.lower() for label in Action.Status.labels)
        raise MeetingError(f"'{status}' is not an action's status; it is one of: {choices}.")
    note = note.strip()
    changes = {
        field: {"old": old, "new": new}
        for field, old, new in (
            ("status", action.status, status),
            ("update", action.update, note),
        )
        if old != new
    }
    action.status = status
    action.update = note
    action.save(update_fields=["status", "update"])
    log_action("moot.action.updated", action, user=user, changes=changes)
    return action


def question_email(question: PublicQuestion, *, subject: str, text: str) -> None:
    """E-mail the questioner once the transaction commits, as a background job (the one
    place questions' e-mails are sent)."""
    from moot.notifications.services import email_queue

    def send() -> None:
        email_queue(
            to=question.email,
            subject=subject,
            text=text,
            reason=f"You get this because you submitted a question for {question.meeting}.",
        )

    transaction.on_commit(send)


def question_acknowledge(question: PublicQuestion) -> None:
    question_email(
        question,
        subject=f"Your question for {question.meeting}",
        text=(
            f"Dear {question.name},\n\nThank you: we have received your question for "
            f"{question.meeting}:\n\n{question.question}\n\nThe clerk will tell you whether "
            "it is accepted."
        ),
    )


def question_tell_decision(question: PublicQuestion) -> None:
    if question.status == PublicQuestion.Status.ACCEPTED:
        outcome = (
            "Your question has been accepted. It will be put at the meeting, and the answer "
            "published with the minutes."
        )
    else:
        outcome = f"Your question has not been accepted, for this reason: {question.reason}"
    question_email(
        question,
        subject=f"Your question for {question.meeting}",
        text=f"Dear {question.name},\n\n{outcome}\n\nYour question:\n\n{question.question}",
    )


def _release(obj, *, paragraph: int | None, user) -> None:
    log_action(
        "moot.exempt.released",
        obj,
        user=user,
        data={"paragraph": paragraph},
        changes={
            "exempt": {"old": True, "new": False},
            "exempt_paragraph": {"old": paragraph, "new": None},
        },
    )


@transaction.atomic
def item_release(*, item: AgendaItem, user=None) -> AgendaItem:
    """Release an exempt item: the reason for withholding it has lapsed, so it (and the papers
    that only inherited its exemption) becomes public. Allowed after the minutes are
    approved: release changes who may read the record, not what it says."""
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if not item.exempt:
        raise MeetingError(
            f"Item {item.number} '{item.title}' is not exempt, so it has nothing to release."
        )
    paragraph = item.exempt_paragraph
    item.exempt = False
    item.exempt_paragraph = None
    item.exempt_reason = ""
    item.save(update_fields=["exempt", "exempt_paragraph", "exempt_reason"])
    _release(item, paragraph=paragraph, user=user)


# --- live meeting mode ---------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    person: Person
    status: str
    mode: str = Attendance.Mode.IN_ROOM
    substitute_for: Person | None = None
    role_text: str = ""


@transaction.atomic
def attendance_record_many(
    *, meeting: Meeting, rows: list[AttendanceRow], user=None, clear: list[Person] = ()
) -> list[Attendance]:
    """Record a whole roster at once (live mode): every row judged as ``attendance_record``
    judges it, in one write (``moot.meetings.bulk.attendance_record_batch``), and nothing
    saved if any row is refused. Rows unchanged from the record are skipped; substitutes
    are recorded after the members whose places they take. The people in ``clear`` go
    back to unrecorded first (``attendance_clear``)."""
    from moot.meetings.bulk import attendance_record_batch

    for person in clear:
        attendance_clear(meeting=meeting, person=person, user=user)
    stored = {
        a.person_id: (a.status, a.mode, a.substitute_for_id, a.role_text)
        for a in meeting.attendance.all()
    }
    ordered = sorted(rows, key=lambda r: r.status == Attendance.Status.SUBSTITUTE)
    changed = [
        row
        for row in ordered
        if stored.get(row.person.pk)
        != (
            row.status,
            row.mode,
            row.substitute_for.pk if row.substitute_for else None,
            row.role_text,
        )
    ]
    return attendance_record_batch(meeting=meeting, rows=changed, user=user)


@transaction.atomic
def item_start(*, item: AgendaItem, at: datetime, user=None) -> AgendaItem:
    """Record when the meeting took the item, so the webcast can be linked item by item.
    Only on the meeting's day, once its agenda is published, and never once minutes are
    approved."""
    meeting = item.meeting
    _check_not_withdrawn(item)
    _check_not_locked(meeting)
    if meeting.status not in (
        Meeting.Status.AGENDA_PUBLISHED,
        Meeting.Status.HELD,
        Meeting.Status.MINUTES_DRAFT,
    ):
        raise MeetingError(
            f"Item {item.number} cannot be started: {meeting} is "
            f"{meeting.get_status_display().lower()}."
        )
    if timezone.localtime(at, LONDON).date() != meeting.date:
        raise MeetingError(
            f"Item {item.number} is started on the meeting's day, {meeting.date:%-d %B %Y}, "
            f"not on {timezone.localtime(at, LONDON):%-d %B %Y}."
        )
    before = item.started_at
    item.started_at = at
    item.save(update_fields=["started_at"])
    log_action(
        "moot.item.started",
        item,
        user=user,
        changes={"started_at": {"old": before and before.isoformat(), "new": at.isoformat()}},
    )
    return item


@transaction.atomic
def document_release(*, document, user=None):
    """Release an exempt paper (its own marking); a paper of an exempt item is released with
    its item. Allowed after the minutes are approved, like ``item_release``."""
    from moot.documents.models import Document

    document = (
        Document.objects.select_for_update(of=("self",)).select_related("item").get(pk=document.pk)
    )
    if not document.exempt:
        if document.item is not None and document.item.exempt:
            raise MeetingError(
                f"'{document.title}' is withheld because its item '{document.item.title}' is "
                "exempt: release the item."
            )
        raise MeetingError(f"'{document.title}' is not exempt, so it has nothing to release.")
    paragraph = document.exempt_paragraph
    document.exempt = False
    document.exempt_paragraph = None
    document.save(update_fields=["exempt", "exempt_paragraph"])
    _release(document, paragraph=paragraph, user=user)
    return document


@transaction.atomic
def vote_take(
    *,
    item: AgendaItem,
    text: str,
    named: dict[Person, str] | None = None,
    counts: VoteInput | None = None,
    casting_vote: str | None = None,
    user=None,
) -> Vote:
    """A motion put to the vote in live mode: the resolution and its vote together, the
    outcome computed by the voting rule (``vote_record``); a refused vote saves neither.
    Counts that outnumber the people who may vote are refused (``vote_counts_check``)."""
    _check_not_withdrawn(item)
    if counts is not None and not named:
        check = vote_counts_check(item=item, counts=counts)
        if not check.ok:
            raise MeetingError(f"Vote on item {item.number} refused: {check.explanation}")
    resolution = resolution_add(item=item, text=text, user=user)
    return vote_record(
        resolution=resolution, named=named, counts=counts, casting_vote=casting_vote, user=user
    )


# --- item templates (the agenda builder) ---------------------------------------------------


def _template_fields(title: str, standing: str, purpose: str, presenter_role: str) -> dict:
    if not title.strip():
        raise MeetingError("An item template needs a title.")
    if standing and standing not in AgendaItem.Standing.values:
        raise MeetingError(f"'{standing}' is not a kind of agenda item.")
    return {
        "title": title.strip(),
        "standing": standing,
        "purpose": sanitise(purpose),
        "presenter_role": presenter_role.strip(),
    }


def _check_template_title(template: ItemTemplate) -> None:
    same = ItemTemplate.objects.filter(body=template.body, title=template.title).exclude(
        pk=template.pk
    )
    if same.exists():
        where = f"for {template.body}" if template.body_id else "for every body"
        raise MeetingError(f"There is already an item template '{template.title}' {where}.")


@transaction.atomic
def item_template_save(
    *,
    template: ItemTemplate | None = None,
    body: Body | None = None,
    title: str,
    standing: str = "",
    purpose: str = "",
    presenter_role: str = "",
    user=None,
) -> ItemTemplate:
    """Add an item template (``template`` None: for ``body``, or for every body when
    ``body`` is None) or change one; logged with the old and new values."""
    fields = _template_fields(title, standing, purpose, presenter_role)
    if template is None:
        template = ItemTemplate(body=body, **fields)
        _check_template_title(template)
        template.save()
        log_action("moot.item_template.added", template, user=user, data={"title": template.title})
        return template
    template = ItemTemplate.objects.select_for_update().get(pk=template.pk)
    changes = {
        name: {"old": getattr(template, name), "new": value}
        for name, value in fields.items()
        if getattr(template, name) != value
    }
    if not changes:
        return template
    for name, change in changes.items():
        setattr(template, name, change["new"])
    _check_template_title(template)
    template.save(update_fields=list(changes))
    log_action("moot.item_template.changed", template, user=user, changes=changes)
    return template


@transaction.atomic
def item_template_remove(*, template: ItemTemplate, user=None) -> None:
    """Remove an item template; items already added from it stay as they are."""
    log_action("moot.item_template.removed", template, user=user, data={"title": template.title})
    template.delete()


@transaction.atomic
def item_template_from_item(*, item: AgendaItem, body: Body | None, user=None) -> ItemTemplate:
    """Save an agenda item as a template (its title, kind, agenda text and first presenter's
    role), for its body or for every body. Its exemption is never copied."""
    presenter = item.presenters.order_by("id").first()
    return item_template_save(
        body=body,
        title=item.title,
        standing=item.standing,
        purpose=item.purpose,
        presenter_role=presenter.role if presenter else "",
        user=user,
    )


# --- live mode: undoing a step, and who may vote ---------------------------------------------


@transaction.atomic
def attendance_clear(*, meeting: Meeting, person: Person, user=None) -> bool:
    """Take a person's attendance back to unrecorded (a row ticked by mistake); the old
    record is logged. Refused once the minutes are approved, and for a member whose
    substitute is recorded (clear the substitute first). False if nothing was recorded."""
    _check_not_locked(meeting)
    record = Attendance.objects.filter(meeting=meeting, person=person).first()
    if record is None:
        return False
    replaced_by = Attendance.objects.filter(meeting=meeting, substitute_for=person).first()
    if replaced_by is not None:
        raise MeetingError(
            f"{person.display_name} cannot go back to unrecorded while "
            f"{replaced_by.person.display_name} is recorded as their substitute: remove the "
            "substitute first."
        )
    log_action(
        "moot.attendance.cleared",
        record,
        user=user,
        changes={"status": {"old": record.status, "new": ""}},
        data={"person": person.display_name},
    )
    record.delete()
    return True


@transaction.atomic
def item_start_undo(*, item: AgendaItem, user=None) -> AgendaItem:
    """Undo "Start this item" (pressed on the wrong item): the start time goes back to
    unrecorded, logged with the time removed. Never once the minutes are approved."""
    _check_not_locked(item.meeting)
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if item.started_at is None:
        raise MeetingError(f"Item {item.number} has not been started, so there is nothing to undo.")
    before = item.started_at
    item.started_at = None
    item.save(update_fields=["started_at"])
    log_action(
        "moot.item.start_undone",
        item,
        user=user,
        changes={"started_at": {"old": before.isoformat(), "new": None}},
    )
    return item


@dataclass(frozen=True)
class Voters:
    """Who may vote on an item, and the members present who may not, with the reason."""

    names: tuple[str, ...]
    excluded: tuple[tuple[str, str], ...]


def _voters(meeting, attendees, interests: set[str], dispensed: set[str], nation) -> Voters:
    names, excluded = [], []
    for attendee in attendees:
        if attendee.capacity not in (gov_rules.Capacity.MEMBER, gov_rules.Capacity.SUBSTITUTE):
            continue
        eligibility = gov_rules.may_vote(
            attendee,
            meeting_date=meeting.date,
            nation=nation,
            has_pecuniary_interest=attendee.name in interests,
            has_dispensation=attendee.name in dispensed,
        )
        if eligibility.allowed:
            names.append(attendee.name)
        else:
            excluded.append((attendee.name, eligibility.reason))
    return Voters(tuple(names), tuple(excluded))


def _voting_attendees(meeting: Meeting) -> list[gov_rules.Attendee]:
    """The members and substitutes present, as ``may_vote`` sees them (three queries: the
    organisations the quorum reads are not needed to vote)."""
    by_person = {m.person_id: m for m in _memberships_on(meeting)}
    attendees = []
    records = meeting.attendance.filter(
        status__in=[Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE]
    ).select_related("person", "substitute_for")
    for record in records.order_by("order", "id"):
        mode = gov_rules.Mode.REMOTE if record.mode == "remote" else gov_rules.Mode.IN_ROOM
        substitute = record.status == Attendance.Status.SUBSTITUTE
        membership = by_person.get(record.substitute_for_id if substitute else record.person_id)
        if membership is None:
            continue  # present but holding no seat: not a member, no vote
        attendees.append(
            gov_rules.Attendee(
                record.person.display_name,
                gov_rules.Capacity.SUBSTITUTE if substitute else gov_rules.Capacity.MEMBER,
                membership.seat.section.name,
                voting=membership.seat.has_vote,
                mode=mode,
                substitute_for=record.substitute_for.display_name if substitute else None,
            )
        )
    return attendees


def voters_by_item(meeting: Meeting, items: list[AgendaItem]) -> dict[int, Voters]:
    """Who may vote on each of ``items`` (``may_vote``): members present in voting seats
    (or substituting in one), less those with a disclosable pecuniary interest declared on
    the item and no dispensation in force; members and substitutes present who may not
    vote are named with the reason. The attendance is read once; declarations from the
    items' prefetched ``declarations``."""
    attendees = _voting_attendees(meeting)
    dispensed_pks = set(_dispensations(meeting).values_list("person_id", flat=True))
    nation = gov_selectors.nation()
    result = {}
    for item in items:
        dpi = [
            d for d in item.declarations.all() if d.kind == Declaration.Kind.DISCLOSABLE_PECUNIARY
        ]
        interests = {d.person.display_name for d in dpi}
        dispensed = {d.person.display_name for d in dpi if d.person_id in dispensed_pks}
        result[item.pk] = _voters(meeting, attendees, interests, dispensed, nation)
    return result


def voters_for(item: AgendaItem) -> Voters:
    """Who may vote on one item (``voters_by_item``)."""
    item = AgendaItem.objects.prefetch_related("declarations__person").get(pk=item.pk)
    return voters_by_item(item.meeting, [item])[item.pk]


def vote_counts_check(*, item: AgendaItem, counts: VoteInput) -> rules.VotersCheck:
    """Counted votes against who may vote on the item (``rules.counts_within_voters``)."""
    voters = voters_for(item)
    return rules.counts_within_voters(
        votes_for=counts.votes_for,
        votes_against=counts.votes_against,
        abstentions=counts.abstentions,
        voters=voters.names,
        excluded=voters.excluded,
    )


# --- Revising a published agenda: late items and withdrawals ---------------------------------
# (docs/adr/0018-revised-agenda.md; the rules are ``rules.late_item_errors`` and
# ``rules.withdrawal_errors``.)


class AgendaRevisionRefused(MeetingError):
    """A late item or a withdrawal the rules refuse; ``errors`` maps each field at fault (''
    for none) to the rule's words."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(errors.values()))


def designated_chair(meeting: Meeting) -> str:
    """The body's chair on the meeting's date, as its memberships record ('' if none): the
    late-item form suggests them as the chair asked to agree."""
    return next((m.person.display_name for m in _memberships_on(meeting) if m.role == "chair"), "")


@transaction.atomic
def late_item_add(
    *,
    meeting: Meeting,
    title: str,
    special_circumstances: str = "",
    chair: str = "",
    chair_agreed: bool = False,
    note: str = "",
    now: datetime | None = None,
    user=None,
    **fields,
) -> AgendaItem:
    """Add an item to a published agenda on a dated supplementary agenda, within LGA 1972
    s100B(4) (``rules.late_item_errors``): after the deadline, with the special
    circumstances and the chair who agreed it is urgent, both shown publicly. The body's
    members are told the agenda is revised (and alert subscribers, by the alerts app's
    hook on a new supplementary agenda)."""
    now = now or timezone.now()
    added_on = timezone.localtime(now, LONDON).date()
    publish_by = publication_deadline(meeting).publish_by
    errors = rules.late_item_errors(
        title=title,
        added_on=added_on,
        publish_by=publish_by,
        special_circumstances=special_circumstances,
        chair=chair,
        chair_agreed=chair_agreed,
    )
    if errors:
        raise AgendaRevisionRefused(errors)
    urgent = added_on > publish_by
    item = supplementary_item_add(
        meeting=meeting,
        title=title,
        urgency_reason=special_circumstances if urgent else "",
        urgency_agreed_by=chair.strip() if urgent else "",
        note=note,
        now=now,
        user=user,
        at_end=True,  # after the published items: none of them is renumbered
        **fields,
    )
    _revision_announce(item.meeting, item.supplement)
    return item


@transaction.atomic
def item_withdraw(
    *, item: AgendaItem, reason: str, now: datetime | None = None, user=None
) -> AgendaItem:
    """Withdraw an item from a published agenda on a dated revised agenda
    (``rules.withdrawal_errors``): it stays in the record with its number (the others keep
    theirs), shown publicly as withdrawn with the date and the reason; the body's members
    are told."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    errors = rules.withdrawal_errors(
        status=meeting.status, withdrawn=item.withdrawn_in_id is not None, reason=reason
    )
    if errors:
        raise AgendaRevisionRefused(errors)
    revision = SupplementaryAgenda.objects.create(
        meeting=meeting, published_at=now or timezone.now()
    )
    item.withdrawn_in = revision
    item.withdrawn_reason = reason.strip()
    item.save(update_fields=["withdrawn_in", "withdrawn_reason"])
    log_action(
        "moot.agenda.item_withdrawn",
        item,
        user=user,
        data={"number": item.number, "title": item.title, "reason": item.withdrawn_reason},
    )
    meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)
    _revision_announce(meeting, revision)
    return item


def _revision_announce(meeting: Meeting, revision: SupplementaryAgenda) -> None:
    """Tell the body's members (e-mail jobs, on commit) what this revision changed, in the
    public words of the agenda's change history (an exempt item's reasons withheld)."""
    from moot.access import visibility
    from moot.notifications.services import agenda_revised_notify

    changes = [
        change
        for change in visibility.agenda_changes(meeting)
        if change.published_at == revision.published_at
    ]
    agenda_revised_notify(meeting=meeting, changes=changes, revised_at=revision.published_at)
