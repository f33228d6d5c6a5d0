"""Reads for live meeting mode: the roster from the membership on the meeting's date and
the items with what the clerk records at each, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from moot.governance import selectors as gov_selectors
from moot.governance.models import Person
from moot.meetings.models import Action, AgendaItem, Attendance, Declaration, Meeting, Resolution


@dataclass
class RosterRow:
    person: Person
    label: str
    voting: bool
    record: Attendance | None
    status: str = ""
    mode: str = Attendance.Mode.IN_ROOM

    def __post_init__(self):
        if self.record is not None:
            self.status, self.mode = self.record.status, self.record.mode


@dataclass
class RosterSection:
    name: str
    rows: list[RosterRow] = field(default_factory=list)


@dataclass
class Roster:
    sections: list[RosterSection]
    invitees: list[RosterRow]
    others: list[Attendance]
    members: list[Person]


def roster(meeting: Meeting) -> Roster:
    """Members by section (voting or not), standing invitees, and everyone else recorded
    (substitutes, officers in attendance), each with their attendance record if any."""
    records = {
        a.person_id: a
        for a in meeting.attendance.select_related("person", "substitute_for").order_by(
            "order", "id"
        )
    }
    _, section_rows = gov_selectors.members_by_section(meeting.body, meeting.date)
    sections, members, listed = [], [], set()
    for section_row in section_rows:
        section = RosterSection(section_row.section.name)
        for seat in section_row.seats:
            if seat.membership is None:
                continue
            person = seat.membership.person
            listed.add(person.pk)
            members.append(person)
            label = seat.membership.title or seat.seat_label
            section.rows.append(RosterRow(person, label, seat.voting, records.get(person.pk)))
        sections.append(section)
    invitees = []
    for invitee in gov_selectors.standing_invitees_on(meeting.body, meeting.date):
        if invitee.person_id in listed:
            continue
        listed.add(invitee.person_id)
        invitees.append(
            RosterRow(invitee.person, invitee.title, False, records.get(invitee.person_id))
        )
    others = [a for pk, a in records.items() if pk not in listed]
    return Roster(sections, invitees, others, members)


def live_items(meeting: Meeting) -> list[AgendaItem]:
    """The items in order with their declarations, resolutions and votes, and actions (and
    the revised agenda that withdrew an item, if one did)."""
    return list(
        meeting.items.order_by("order")
        .select_related("withdrawn_in")
        .prefetch_related(
            Prefetch("declarations", queryset=Declaration.objects.select_related("person")),
            Prefetch(
                "resolutions",
                queryset=Resolution.objects.select_related("vote").order_by("order"),
            ),
            Prefetch("actions", queryset=Action.objects.select_related("owner")),
        )
    )


def attendees(meeting: Meeting) -> list[Attendance]:
    """Everyone attending (not apologies or absent): whom a roll call lists."""
    return list(
        meeting.attendance.exclude(
            status__in=[Attendance.Status.APOLOGIES, Attendance.Status.ABSENT]
        )
        .select_related("person")
        .order_by("order", "id")
    )
