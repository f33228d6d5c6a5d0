"""Record a meeting's attendance from a sign-in sheet (``moot attendance MEETING --from``).

The sheet is read by ``moot.ingest.parse.sign_in_sheet`` (pure); here each name is
reconciled with the record's people exactly as the importer does (``PeopleResolver``:
aliases, honorifics, diminutives, misprints), then every row is recorded through
``moot.meetings.services.attendance_record`` and the quorum is judged
(``quorum_judge``), all in one transaction: a sheet with any refused row records nothing.

What is never guessed: a name that could be several people (``uncertain``, with the
candidates), a member or substitute's name that matches no one (members are in the record
from the membership; only an officer or guest ``in attendance`` may be new, and is then
created as the importer would), and a ``present`` person who is neither a member nor a
standing invitee of the body on the date (write ``in attendance`` for an officer).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from moot.governance import selectors as gov_selectors
from moot.governance.models import Person
from moot.ingest.drafts import PersonEntry
from moot.ingest.parse.sign_in_sheet import SignInRow
from moot.ingest.services import PeopleResolver
from moot.meetings import services as meeting_services
from moot.meetings.models import Attendance, Meeting


class SheetRefused(ValueError):
    """Rows the record cannot take as they stand; one sentence per row, all of them."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(p.rstrip(".") for p in problems) + "; nothing was recorded.")
        self.problems = problems


@dataclass(frozen=True)
class _Resolved:
    row: SignInRow
    person: Person
    status: str
    substitute_for: Person | None


def _person(resolver, row, name, column, *, day, create, problems) -> Person | None:
    outcome = resolver.resolve(PersonEntry(name=name), day=day, create=create)
    where = f"line {row.line}, column {column}"
    if outcome.status == "uncertain":
        candidates = " or ".join(p.name for p in outcome.candidates) or "several people"
        problems.append(f"{where}: {name!r} could be {candidates}; write the name in full")
        return None
    if outcome.person is None:
        problems.append(
            f"{where}: no one called {name!r} is in the record"
            + ("" if column == "for" else " (only someone 'in attendance' may be new)")
        )
    return outcome.person


@transaction.atomic
def attendance_sheet_record(
    *,
    meeting: Meeting,
    rows: list[SignInRow],
    source: str,
    user=None,
    today: date | None = None,
) -> dict[str, Any]:
    """Record every row of the sheet and judge the quorum, or refuse the sheet naming every
    row at fault (file, line, column) and record nothing."""
    day = meeting.date
    if meeting.status in (Meeting.Status.CANCELLED, Meeting.Status.POSTPONED):
        raise SheetRefused([f"{source}: {meeting} was {meeting.status}, so no one attended it"])
    if day > (today or timezone.localdate()):
        raise SheetRefused(
            [
                f"{source}: {meeting} is still to come; a sign-in sheet records a meeting on or "
                "after its date"
            ]
        )
    resolver = PeopleResolver(body=meeting.body, source_name=source)
    terms = gov_selectors.terms_in_force(meeting.body, day)
    members = {m.person_id for m in gov_selectors.memberships_on(terms, day)} if terms else set()
    invitees = {i.person_id for i in gov_selectors.standing_invitees_on(meeting.body, day)}
    problems: list[str] = []
    resolved: list[_Resolved] = []
    for row in rows:
        new_allowed = row.attendance == Attendance.Status.IN_ATTENDANCE
        person = _person(
            resolver, row, row.name, "name", day=day, create=new_allowed, problems=problems
        )
        substitute_for = None
        if row.substitute_for:
            substitute_for = _person(
                resolver, row, row.substitute_for, "for", day=day, create=False, problems=problems
            )
        if person is None or (row.substitute_for and substitute_for is None):
            continue
        status = row.attendance
        if status != Attendance.Status.IN_ATTENDANCE and status != Attendance.Status.SUBSTITUTE:
            if person.pk in invitees and person.pk not in members and status == "present":
                status = Attendance.Status.STANDING_INVITEE
            elif person.pk not in members and person.pk not in invitees:
                problems.append(
                    f"line {row.line}, column attendance: {person.name} is not a member or "
                    f"standing invitee of {meeting.body.name} on {day:%-d %B %Y}, so cannot be "
                    f"{row.attendance}; write 'in attendance' for an officer or guest"
                )
                continue
        resolved.append(_Resolved(row, person, status, substitute_for))
    if problems:
        raise SheetRefused([f"{source} {p}" for p in problems])
    recorded = []
    for entry in resolved:
        try:
            meeting_services.attendance_record(
                meeting=meeting,
                person=entry.person,
                status=entry.status,
                substitute_for=entry.substitute_for,
                mode=entry.row.mode,
                user=user,
            )
        except meeting_services.MinutesLocked:
            raise
        except meeting_services.MeetingError as exc:
            raise SheetRefused([f"{source} line {entry.row.line}: {exc}"]) from exc
        recorded.append(
            {
                "line": entry.row.line,
                "name": entry.row.name,
                "person": entry.person.name,
                "attendance": entry.status,
                "for": entry.substitute_for.name if entry.substitute_for else None,
                "mode": entry.row.mode,
            }
        )
    verdict = meeting_services.quorum_judge(meeting=meeting, user=user)
    people = resolver.report()
    return {"recorded": recorded, "people": people, "verdict": verdict}
