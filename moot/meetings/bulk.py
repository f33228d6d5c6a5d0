"""Writes of many rows of one meeting at once: items added, minutes recorded, attendance
recorded (issue 14: an import of a ten-year folder).

Each function here does what calling its one-row service (``services.item_add``,
``services.minutes_record``, ``services.attendance_record``) once per row, in the same
order, would do, and leaves the same rows and the same audit trail: one entry per row,
with the same action, object, label and data. The rules are the same ones
(``rules.agenda_with_item``, ``rules.roster_refusal``, the same checks of an open agenda
and of editable minutes), judged for the whole batch before anything is written, so a
refusal names the row at fault and writes nothing. What differs is the cost: a handful of
queries per batch instead of some ten per row, each row's savepoint gone, and the
meeting's search entry and pages renewed once (``meeting_records_changed``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import F

from moot.governance.models import Person
from moot.governance.services import Logged, log_actions
from moot.meetings import rules
from moot.meetings.models import AgendaItem, Attendance, Meeting, Presenter
from moot.meetings.services import (
    AttendanceRow,
    MeetingError,
    _check_agenda_open,
    _check_minutes_editable,
    _check_not_locked,
    _memberships_on,
    sanitise,
)
from moot.meetings.signals import meeting_records_changed

SMALLINT_MAX = 32767  # the largest order an item can have (the column's type)
_SET_BY_THE_SERVICE = frozenset(
    {"id", "meeting", "body", "order", "agenda_number", "title", "purpose", "exempt"}
    | {"exempt_paragraph", "exempt_reason"}
)


@dataclass(frozen=True)
class NewItem:
    """One item for ``items_add``, with ``item_add``'s arguments: ``position`` is the order
    of the item it goes before, read against the agenda as the batch's earlier items leave
    it (as if they had been added one by one); ``fields`` are further columns of the item
    (``minute_number``, ``municipal_year``, ``standing`` ...)."""

    title: str
    purpose: str = ""
    exempt_paragraph: int | None = None
    exempt_reason: str = ""
    presenters: Sequence[tuple[Person | None, str, str]] = ()
    position: int | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)


_ITEM_FIELDS = frozenset(f.name for f in AgendaItem._meta.concrete_fields) | frozenset(
    f.attname for f in AgendaItem._meta.concrete_fields
)


def _item_problem(new: NewItem) -> str | None:
    if not new.title.strip():
        return "an agenda item needs a title."
    if new.exempt_paragraph is not None and not 1 <= new.exempt_paragraph <= 7:
        return (
            f"exempt paragraph {new.exempt_paragraph} does not exist: Schedule 12A to the Local "
            "Government Act 1972 has paragraphs 1 to 7."
        )
    unknown = sorted(set(new.fields) - _ITEM_FIELDS)
    if unknown:
        return f"an agenda item has no field {', '.join(unknown)}."
    managed = sorted(set(new.fields) & _SET_BY_THE_SERVICE)
    if managed:
        return f"{', '.join(managed)} are set by the service, not given."
    return None


def _minute_number_clash(meeting: Meeting, items: list[NewItem]) -> str | None:
    """A minute number given twice in the batch, or already used in the body's municipal
    year: the database would refuse it; this says which item and which number."""
    wanted: dict[tuple[str, int], int] = {}
    for index, new in enumerate(items, start=1):
        number = new.fields.get("minute_number")
        if number is None:
            continue
        key = (new.fields.get("municipal_year", ""), number)
        if key in wanted:
            return (
                f"items {wanted[key]} and {index} of the batch both have minute {number} of the "
                f"municipal year {key[0] or '(none)'}."
            )
        wanted[key] = index
    if not wanted:
        return None
    years = {year for year, _ in wanted}
    numbers = {number for _, number in wanted}
    used = AgendaItem.objects.filter(
        body_id=meeting.body_id, municipal_year__in=years, minute_number__in=numbers
    ).select_related("meeting__body")
    for holder in used:
        index = wanted.get((holder.municipal_year, holder.minute_number))
        if index is not None:
            return (
                f"item {index} of the batch ('{items[index - 1].title.strip()}'): minute "
                f"{holder.minute_number} is already used in the municipal year "
                f"{holder.municipal_year} by {holder.meeting.identifier} item '{holder.title}'."
            )
    return None


def _place_stored(stored: list[AgendaItem], final: dict[object, rules.AgendaSlot]) -> None:
    """Move the stored items to their new orders and numbers: first past every order in use
    (so the unique order of a meeting's items holds after each row), then to their places,
    with their new agenda numbers, in one update."""
    moved = [i for i in stored if final[i.pk].order != i.order]
    if moved:
        top = max([s.order for s in final.values()] + [i.order for i in stored])
        if 2 * top + 10 <= SMALLINT_MAX:
            AgendaItem.objects.filter(pk__in=[i.pk for i in moved]).update(
                order=F("order") + top + 10
            )
        else:  # past the column's limit: one at a time, the last first, each to a free place
            for item in sorted(moved, key=lambda i: -i.order):
                AgendaItem.objects.filter(pk=item.pk).update(order=final[item.pk].order)
    changed = [
        i
        for i in stored
        if (final[i.pk].order, final[i.pk].agenda_number) != (i.order, i.agenda_number)
    ]
    for item in changed:
        item.order, item.agenda_number = final[item.pk].order, final[item.pk].agenda_number
    if changed:
        AgendaItem.objects.bulk_update(changed, ["order", "agenda_number"])


def _give_ids(model, rows: list, key: str, filters: dict) -> None:
    """Rows made by ``bulk_create`` on a database that does not return their ids: read them
    back by ``key`` (unique among ``filters``' rows)."""
    if all(row.pk is not None for row in rows):
        return
    ids = dict(
        model.objects.filter(
            **filters, **{f"{key}__in": [getattr(r, key) for r in rows]}
        ).values_list(key, "pk")
    )
    for row in rows:
        row.pk = ids[getattr(row, key)]


@transaction.atomic
def items_add(
    *,
    meeting: Meeting,
    items: Sequence[NewItem],
    user=None,
    allow_published: bool = False,
    at_end: bool = False,
) -> list[AgendaItem]:
    """Add several items to a meeting's agenda in one write, as ``services.item_add`` adds
    them one by one: each goes where item_add would put it once the batch's earlier items
    are in place, the agenda is numbered 1, 2, 3 ..., each addition is logged
    (``moot.agenda.item_added``, one entry per item) and the meeting's search entry and pages
    are renewed once. A refusal names the item at fault; nothing is then written."""
    items = list(items)
    if not items:
        return []
    meeting = Meeting.objects.select_for_update().select_related("body").get(pk=meeting.pk)
    if not allow_published:
        _check_agenda_open(meeting)
    for index, new in enumerate(items, start=1):
        problem = _item_problem(new)
        if problem:
            raise MeetingError(
                f"{meeting}, item {index} of the {len(items)} to add "
                f"('{new.title.strip()}'): {problem}"
            )
    clash = _minute_number_clash(meeting, items)
    if clash:
        raise MeetingError(f"{meeting}: {clash}")
    stored = list(meeting.items.order_by("order"))
    slots: tuple[rules.AgendaSlot, ...] = tuple(
        rules.AgendaSlot(i.pk, i.order, i.agenda_number, i.standing, i.minute_number)
        for i in stored
    )
    numbered_then: list[str] = []  # each new item's agenda number when item_add would log it
    for index, new in enumerate(items):
        slot = rules.AgendaSlot(
            ("new", index),
            standing=new.fields.get("standing") or "",
            minute_number=new.fields.get("minute_number"),
        )
        slots = rules.agenda_with_item(slots, slot, position=new.position, at_end=at_end)
        numbered_then.append(next(s.agenda_number for s in slots if s.ref == ("new", index)))
    final = {s.ref: s for s in slots}
    _place_stored(stored, final)
    created = AgendaItem.objects.bulk_create(
        [
            AgendaItem(
                meeting=meeting,
                body=meeting.body,
                order=final[("new", index)].order,
                agenda_number=final[("new", index)].agenda_number,
                title=new.title.strip(),
                purpose=sanitise(new.purpose),
                exempt=new.exempt_paragraph is not None,
                exempt_paragraph=new.exempt_paragraph,
                exempt_reason=new.exempt_reason,
                **new.fields,
            )
            for index, new in enumerate(items)
        ]
    )
    _give_ids(AgendaItem, created, "order", {"meeting": meeting})
    presenters = [
        Presenter(item=item, person=person, name=name, role=role)
        for item, new in zip(created, items, strict=True)
        for person, name, role in new.presenters
    ]
    if presenters:
        Presenter.objects.bulk_create(presenters)
    log_actions(
        [
            Logged(
                "moot.agenda.item_added",
                item,
                data={"title": item.title},
                label=str(
                    AgendaItem(
                        title=item.title, minute_number=item.minute_number, agenda_number=then
                    )
                ),
            )
            for item, then in zip(created, numbered_then, strict=True)
        ],
        user=user,
    )
    meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)
    return created


@transaction.atomic
def minutes_record_many(
    *, meeting: Meeting, minutes: Sequence[tuple[AgendaItem, str, bool]], user=None
) -> list[AgendaItem]:
    """Record several items' minutes in one write, as ``services.minutes_record`` records
    each (``(item, text, partial)``; the text sanitised, the version raised, the change
    logged with what it replaced, ``moot.minutes.recorded``). Refused as a whole when the
    meeting's minutes cannot be edited, or when an item is not on this meeting's agenda."""
    minutes = list(minutes)
    if not minutes:
        return []
    _check_minutes_editable(meeting)
    locked = {
        i.pk: i
        for i in AgendaItem.objects.select_for_update().filter(
            pk__in=[item.pk for item, _, _ in minutes]
        )
    }
    for index, (item, _, _) in enumerate(minutes, start=1):
        stored = locked.get(item.pk)
        if stored is None or stored.meeting_id != meeting.pk:
            raise MeetingError(
                f"{meeting}: minutes {index} of the {len(minutes)} to record are for item "
                f"{item.number} ('{item.title}'), which is not on its agenda."
            )
    logged = []
    for item, text, partial in minutes:
        stored = locked[item.pk]
        before = stored.minutes
        stored.minutes = sanitise(text)
        stored.minutes_partial = partial
        stored.minutes_version += 1
        logged.append(
            Logged(
                "moot.minutes.recorded", stored, data={"before": before, "after": stored.minutes}
            )
        )
    AgendaItem.objects.bulk_update(
        list(locked.values()), ["minutes", "minutes_partial", "minutes_version"]
    )
    log_actions(logged, user=user)
    meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)
    return [locked[item.pk] for item, _, _ in minutes]


@transaction.atomic
def attendance_record_batch(
    *, meeting: Meeting, rows: Sequence[AttendanceRow], user=None
) -> list[Attendance]:
    """Record several people's attendance in one write, as ``services.attendance_record``
    records each row in turn (a person already recorded has their line replaced; a new one
    goes after the others), judged by ``rules.roster_refusal`` against the record as the
    earlier rows leave it, each row logged (``moot.attendance.recorded``). Refused as a
    whole, with the one-row service's words, when any row is; nothing is then written."""
    rows = list(rows)
    if not rows:
        return []
    _check_not_locked(meeting)
    members = [m.person_id for m in _memberships_on(meeting)]
    stored = {
        a.person_id: a for a in Attendance.objects.filter(meeting=meeting).select_related("person")
    }
    refusal = rules.roster_refusal(
        [
            rules.RosterLine(
                row.person.pk,
                str(row.person),
                row.status,
                row.substitute_for.pk if row.substitute_for is not None else None,
                str(row.substitute_for) if row.substitute_for is not None else "",
            )
            for row in rows
        ],
        statuses=Attendance.Status.values,
        members=members,
        recorded=[(pid, a.status, a.substitute_for_id, str(a.person)) for pid, a in stored.items()],
        body=str(meeting.body),
        day=meeting.date,
    )
    if refusal:
        raise MeetingError(refusal)
    top = max((a.order for a in stored.values()), default=0)
    new: dict[int, Attendance] = {}
    updated: dict[int, Attendance] = {}
    records: list[Attendance] = []
    labels: list[str] = []
    for row in rows:
        values = {
            "status": row.status,
            "substitute_for": row.substitute_for,
            "mode": row.mode,
            "role_text": row.role_text,
            "nominated_by": None,
        }
        record = stored.get(row.person.pk) or new.get(row.person.pk)
        if record is None:
            top += 1
            record = Attendance(meeting=meeting, person=row.person, order=top, **values)
            new[row.person.pk] = record
        else:
            for name, value in values.items():
                setattr(record, name, value)
            if row.person.pk in stored:
                updated[row.person.pk] = record
        records.append(record)
        labels.append(str(record))
    if updated:
        Attendance.objects.bulk_update(
            list(updated.values()),
            ["status", "substitute_for", "mode", "role_text", "nominated_by"],
        )
    if new:
        created = Attendance.objects.bulk_create(list(new.values()))
        _give_ids(Attendance, created, "person_id", {"meeting": meeting})
    log_actions(
        [
            Logged("moot.attendance.recorded", record, data={"status": row.status}, label=label)
            for record, row, label in zip(records, rows, labels, strict=True)
        ],
        user=user,
    )
    meeting_records_changed.send(sender=Meeting, meeting_id=meeting.pk)
    return records
