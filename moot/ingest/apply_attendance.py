"""Applying a file's attendance lists: who each printed name is, their status (own seat,
substitute, invitee, in attendance) and the front sheet's check against the record.
"""

from __future__ import annotations

from dataclasses import dataclass

from moot.governance import selectors as gov_selectors
from moot.governance.models import Person
from moot.ingest.drafts import (
    MeetingDraft,
    PersonEntry,
)
from moot.ingest.identify import PersonOutcome
from moot.ingest.matching import _clip
from moot.ingest.substitutes import Listing, Recorded, Seat, _org_phrases, decide_attendance
from moot.meetings.bulk import attendance_record_batch
from moot.meetings.models import Attendance, Meeting
from moot.meetings.services import AttendanceRow


@dataclass
class _Line:
    entry: PersonEntry
    heading: str  # present | apologies | standing_invitees | in_attendance
    outcome: PersonOutcome
    status: str = ""
    substitute_for: Person | None = None
    existing: bool = False  # the record already had this person's attendance
    recorded: bool = False  # this import recorded it


class AttendanceMixin:
    # -- attendance -------------------------------------------------------------------------

    def _attendance(self, meeting: Meeting, draft: MeetingDraft) -> list[_Line]:
        assert draft.attendance is not None and self.people is not None
        day = meeting.date
        headings = [
            ("apologies", draft.attendance.apologies),
            ("present", draft.attendance.present),
            ("standing_invitees", draft.attendance.standing_invitees),
            ("in_attendance", draft.attendance.in_attendance),
        ]
        lines: list[_Line] = []
        seen: dict[int, _Line] = {}
        for heading, entries in headings:
            for entry in entries:
                outcome = self.people.resolve(entry, day=day)
                line = _Line(entry, heading, outcome)
                if outcome.status == "uncertain":
                    names = ", ".join(p.name for p in outcome.candidates) or "several people"
                    self.warnings.append(
                        f"{meeting.identifier}: '{entry.name}' ({heading.replace('_', ' ')}) "
                        f"could be {names}; that attendance is not recorded: add the spelling "
                        "as an alias of the right person and import again"
                    )
                    continue
                if outcome.person is None:
                    self.warnings.append(
                        f"{meeting.identifier}: '{entry.name}' ({heading.replace('_', ' ')}) is "
                        "not a name Moot can record; that attendance is not recorded"
                    )
                    continue
                if outcome.person.pk in seen:
                    first = seen[outcome.person.pk]
                    if first.heading != heading:
                        self.warnings.append(
                            f"{meeting.identifier}: {outcome.person.name} is listed under "
                            f"{first.heading.replace('_', ' ')} and under "
                            f"{heading.replace('_', ' ')}; the first is recorded"
                        )
                    continue
                seen[outcome.person.pk] = line
                lines.append(line)
        self._classify(meeting, lines)
        self._record_attendance(meeting, lines)
        return lines

    def _classify(self, meeting: Meeting, lines: list[_Line]) -> None:
        """Decide each line's status with the substitute rule
        (``moot.ingest.substitutes.decide_attendance``), from the record's seats, invitees and
        attendance on the meeting's day."""
        terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
        memberships = {
            m.person_id: m
            for m in (gov_selectors.memberships_on(terms, meeting.date) if terms else [])
        }
        invitees = {
            i.person_id for i in gov_selectors.standing_invitees_on(meeting.body, meeting.date)
        }
        stored = {a.person_id: a for a in meeting.attendance.select_related("substitute_for")}
        people = {m.person_id: m.person for m in memberships.values()}
        people.update(
            {a.substitute_for_id: a.substitute_for for a in stored.values() if a.substitute_for_id}
        )
        decisions, warnings = decide_attendance(
            [
                Listing(
                    line.outcome.person.pk,
                    line.outcome.person.name,
                    line.heading,
                    line.entry.role_text,
                )
                for line in lines
                if line.outcome.person is not None
            ],
            seats={
                pid: Seat(pid, m.person.name, m.title, tuple(_org_phrases(m)))
                for pid, m in memberships.items()
            },
            invitees=invitees,
            recorded={
                pid: Recorded(
                    a.status, a.get_status_display().lower(), a.role_text, a.substitute_for_id
                )
                for pid, a in stored.items()
            },
            where=meeting.identifier,
            body_name=meeting.body.name,
            day=meeting.date,
        )
        self.warnings.extend(warnings)
        for line, decision in zip(lines, decisions, strict=True):
            line.status = decision.status
            line.existing = decision.existing
            line.substitute_for = (
                people.get(decision.substitute_for) if decision.substitute_for else None
            )

    def _record_attendance(self, meeting: Meeting, lines: list[_Line]) -> None:
        remote = meeting.mode == Meeting.Mode.VIRTUAL
        mode = Attendance.Mode.REMOTE if remote else Attendance.Mode.IN_ROOM
        # Apologies first, so that a substitute finds the member absent.
        ordered = [
            line
            for line in sorted(lines, key=lambda ln: ln.status != Attendance.Status.APOLOGIES)
            if not line.existing and line.outcome.person is not None
        ]
        # Every line in one write (moot.meetings.bulk), judged line by line as before.
        attendance_record_batch(
            meeting=meeting,
            rows=[
                AttendanceRow(
                    person=line.outcome.person,
                    status=line.status,
                    substitute_for=line.substitute_for,
                    mode=mode,
                    role_text=_clip(Attendance, "role_text", line.entry.role_text),
                )
                for line in ordered
            ],
            user=self.user,
        )
        for line in ordered:
            line.recorded = True
            self.changes += 1

    # -- checks and links ---------------------------------------------------------------------

    def _check_front_sheet(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """Compare the front sheet's members and standing invitees with the record (nothing
        is written: membership is the clerk's to set up)."""
        assert self.people is not None
        day = meeting.date
        terms = gov_selectors.terms_in_force(meeting.body, day)
        members = {m.person_id for m in (gov_selectors.memberships_on(terms, day) if terms else [])}
        invitees = {i.person_id for i in gov_selectors.standing_invitees_on(meeting.body, day)}
        entries = [(e, "member") for s in draft.members_by_section for e in s.members]
        entries += [(e, "standing invitee") for e in draft.standing_invitees]
        for entry, role in entries:
            outcome = self.people.resolve(entry, day=day, create=False)
            where = f"{meeting.identifier}: the front sheet lists {entry.name!r} as a {role}"
            if outcome.status == "uncertain":
                names = ", ".join(p.name for p in outcome.candidates)
                self.warnings.append(f"{where}; could be {names}")
            elif outcome.status == "new":
                self.warnings.append(f"{where}, who is not in the record (not created)")
            elif outcome.person is not None:
                held = members if role == "member" else invitees
                if outcome.person.pk not in held:
                    self.warnings.append(
                        f"{where}, but the record has no such {role} of {meeting.body.name} on "
                        f"{day:%-d %B %Y}"
                    )
