"""Applying a parsed file to the record: meetings (found or created, completed, held),
through the meetings services; items and documents in ``apply_items``, attendance in
``apply_attendance``, the report in ``report``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from django.db.models import prefetch_related_objects
from django.utils import timezone

from moot.documents.models import Document
from moot.governance import selectors as gov_selectors
from moot.governance.models import Body
from moot.governance.services import (
    log_action,
    record_update,
)
from moot.ingest.apply_attendance import AttendanceMixin, _Line
from moot.ingest.apply_items import ItemsMixin
from moot.ingest.apply_recorded import RecordedMixin
from moot.ingest.council_people import FileCouncil
from moot.ingest.drafts import (
    ASKS_FOR_BODY,
    MeetingDraft,
    ParseResult,
)
from moot.ingest.identify import PeopleResolver, resolve_body
from moot.ingest.matching import _clip, _mode_for, _start_time, tidy_capitals
from moot.ingest.models import ImportRecord
from moot.ingest.report import ReportMixin
from moot.ingest.source import ImportFailed, Source
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Attendance, Meeting

# --- the importer -------------------------------------------------------------------------


@dataclass
class _Applied:
    """One meeting of the file, as applied: the stored meeting, the stored item of each draft
    item (by the draft item's position), the attendance lines and the appendices."""

    draft: MeetingDraft
    meeting: Meeting
    created: bool
    items: dict[int, AgendaItem] = field(default_factory=dict)
    lines: list[_Line] = field(default_factory=list)
    appendices: list[Document] = field(default_factory=list)
    # By the draft item's position: whether the record holds each vote and declaration.
    votes_recorded: dict[int, list[bool]] = field(default_factory=dict)
    declarations_recorded: dict[int, list[bool]] = field(default_factory=dict)


_FUTURE_DATES_RE = re.compile(
    r"\b(?:dates?|programme|schedule|calendar)\s+of\s+(?:future|next|forthcoming)\s+meetings?\b"
    r"|\b(?:future|next)\s+meeting\s+dates?\b",
    re.IGNORECASE,
)


class _Importer(ItemsMixin, RecordedMixin, AttendanceMixin, ReportMixin):
    def __init__(
        self,
        source: Source,
        parsed: ParseResult,
        *,
        user=None,
        council: str = "",
        council_people: FileCouncil | None = None,
    ):
        self.source = source
        # the council a folder's other documents name, for a heading naming only its kind
        self.council = council
        # in an import of several councils' documents, whom this file's names can be
        self.council_people = council_people
        self.parsed = parsed
        self.user = user
        self.warnings: list[str] = []
        self.changes = 0
        self.people: PeopleResolver | None = None
        self.body: Body | None = None
        self.scheduled: list[str] = []
        self.body_given = False
        # (meeting pk, municipal year) and the minute numbers used then (``_minute_holders``).
        self._holders: tuple[tuple[int, str], dict[int, str]] | None = None

    # -- whole file ---------------------------------------------------------------------

    def run(self, body_slug: str | None) -> dict[str, Any]:
        name = self.source.name
        for draft in self.parsed.meetings:
            if draft.date is None:
                what = "minutes it carries" if draft.origin == "minutes-in-pack" else "meeting"
                raise ImportFailed(
                    f"{name}: could not read the date of the {what}: expected a date such as "
                    "'Thursday, 25 March 2021'"
                )
        self.body = self._body(body_slug)
        other = self.council_people.other_council(self.body) if self.council_people else ""
        if other and not body_slug:
            raise ImportFailed(
                f"{name}: its body, {self.body.name}, is {other}'s in this import (the same "
                "name printed by two councils), so whose it is cannot be told; not imported "
                "(import it on its own, or with --body naming its body)"
            )
        own = self.council_people.candidates(self.body) if self.council_people else None
        self.people = PeopleResolver(body=self.body, source_name=name, people=own)
        self.body_given = bool(body_slug)
        self.warnings.extend(self._answered(self.parsed.warnings))
        applied = [self._apply_meeting(draft) for draft in self.parsed.meetings]
        for entry in applied:
            self._link_previous_minutes(entry, applied)
        meetings_report = [self._meeting_report(entry) for entry in applied]
        report = {
            "source": {
                "file": name,
                "sha256": self.source.checksum,
                "kind": self.parsed.source_kind,
                "pages": self.source.pages,
            },
            "body": self.body.slug,
            "bodies": self.body_outcome.report(),
            "meetings": meetings_report,
            "scheduled": list(self.scheduled),
            "people": self.people.report(),
            "warnings": list(dict.fromkeys(self.warnings)),
        }
        changes = self.changes + self.people.changes
        report["changed"] = bool(changes)
        self._record(report, changes, [a.meeting for a in applied])
        if self.council_people is not None:
            self.council_people.found(self.body, self.people.found())
        return report

    def _answered(self, warnings: list[str]) -> list[str]:
        """The parser's warnings less its request for ``--body`` (a document naming no
        body) when ``--body`` was given: the request is answered, not to be repeated."""
        return [w for w in warnings if not (self.body_given and w.endswith(ASKS_FOR_BODY))]

    def _body(self, slug: str | None) -> Body:
        named = next((d for d in self.parsed.meetings if d.body_name), None)
        self.body_outcome = resolve_body(
            named.body_name if named else "",
            slug,
            source_name=self.source.name,
            warnings=self.warnings,
            user=self.user,
            kind_only=bool(named and named.body_kind_only),
            council=self.council,
        )
        if self.body_outcome.status == "created":
            self.changes += 1
        return self.body_outcome.body

    def _record(self, report: dict, changes: int, meetings: list[Meeting]) -> None:
        record = ImportRecord.objects.filter(checksum=self.source.checksum, body=self.body).first()
        if record is not None and not changes:
            return
        summary = {k: v for k, v in report.items() if k != "source"}
        if record is None:
            record = ImportRecord.objects.create(
                source_name=_clip(ImportRecord, "source_name", self.source.name),
                checksum=self.source.checksum,
                kind=self.parsed.source_kind,
                body=self.body,
                pages=self.source.pages,
                summary=summary,
            )
        else:
            record.source_name = _clip(ImportRecord, "source_name", self.source.name)
            record.imported_at = timezone.now()
            record.summary = summary
            record_update(
                obj=record,
                fields=["source_name", "imported_at", "summary"],
                action="moot.import.applied",
                user=self.user,
                data={"file": self.source.name, "sha256": self.source.checksum},
            )
            record.meetings.add(*meetings)
            return
        record.meetings.add(*meetings)
        log_action(
            "moot.import.applied",
            record,
            user=self.user,
            data={"file": self.source.name, "sha256": self.source.checksum},
        )

    # -- one meeting ----------------------------------------------------------------------

    def _numbering(self, draft: MeetingDraft) -> str:
        """Do the file's item numbers count minutes or the agenda?"""
        if draft.origin in ("minutes-in-pack", "printed-minutes"):
            return "minute"
        if draft.origin == "web-page" and any(i.minutes_text for i in draft.items):
            return "minute"
        return "agenda"

    def _find_meeting(self, draft: MeetingDraft) -> Meeting | None:
        assert draft.date is not None
        same_day = list(
            Meeting.objects.filter(body=self.body, date=draft.date)
            .select_related("body")
            .order_by("sequence")
        )
        if not same_day:
            return None
        if len(same_day) == 1:
            meeting = same_day[0]
            if draft.start_time and _start_time(meeting) != draft.start_time:
                self.warnings.append(
                    f"{meeting.identifier}: the file says it starts at "
                    f"{draft.start_time:%H:%M}, the record at {_start_time(meeting):%H:%M}; "
                    "the record's time is kept"
                )
            return meeting
        at_time = [m for m in same_day if _start_time(m) == draft.start_time]
        if len(at_time) == 1:
            return at_time[0]
        raise ImportFailed(
            f"{self.source.name}: {self.body.name} has {len(same_day)} meetings on "
            f"{draft.date:%-d %B %Y} and the file's start time does not say which it is"
        )

    def _apply_meeting(self, draft: MeetingDraft) -> _Applied:
        """Find or create the meeting and complete it from the draft."""
        meeting = self._find_meeting(draft)
        created = meeting is None
        if meeting is None:
            meeting = self._create_meeting(draft)
        entry = _Applied(draft, meeting, created)
        self.warnings.extend(f"{meeting.identifier}: {w}" for w in self._answered(draft.warnings))
        if meeting.minutes_locked:
            self.warnings.append(
                f"{meeting.identifier}: its minutes are approved, so the import does not change it"
            )
            entry.items = self._match_items(draft, meeting, add=False)
            return entry
        if not created:
            self._complete_meeting(meeting, draft)
        if draft.status in ("cancelled", "postponed"):
            entry.items = self._match_items(draft, meeting, add=True)
            self._call_off(meeting, draft)
            return entry
        numbering = self._numbering(draft)
        entry.items = self._match_items(draft, meeting, add=True)
        for index, item in entry.items.items():
            item_draft = draft.items[index]
            self._complete_item(meeting, item, item_draft, numbering)
            self.warnings.extend(
                f"{meeting.identifier} item {item_draft.number}: {w}" for w in item_draft.warnings
            )
        entry.appendices = self._appendices(meeting, draft, entry.items)
        if draft.attendance:
            entry.lines = self._attendance(meeting, draft)
        attendance_changed = any(line.recorded for line in entry.lines)
        # A web service's items carry agenda numbers, yet their minutes are minutes.
        has_minutes = (numbering == "minute" or draft.origin == "web-service") and (
            any(i.minutes_text or i.resolutions for i in draft.items) or entry.lines
        )
        if has_minutes:
            self._hold(meeting, draft, attendance_changed)
            meeting.refresh_from_db()
            if meeting.status in (Meeting.Status.HELD, Meeting.Status.MINUTES_DRAFT):
                # The items' resolutions in one query, not one per item.
                prefetch_related_objects(list(entry.items.values()), "resolutions")
                self._record_minutes(meeting, entry.items, draft)
                for index, item in entry.items.items():
                    self._resolutions(item, draft.items[index])
                    self._recorded(entry, index, item)
        elif meeting.status == Meeting.Status.SCHEDULED and draft.items:
            # A meeting listed without its agenda (a web service's list of meetings, a
            # future date) stays scheduled: nothing says its agenda was published.
            meeting_services.agenda_record_published(
                meeting=meeting, source=self.source.name, user=self.user
            )
            self.changes += 1
        if draft.origin == "front-sheet":
            self._check_front_sheet(meeting, draft)
        self._future_meetings(meeting, draft)
        return entry

    def _call_off(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """A document that says the meeting was cancelled or postponed: so recorded."""
        target = (
            Meeting.Status.CANCELLED if draft.status == "cancelled" else Meeting.Status.POSTPONED
        )
        if meeting.status == target:
            return
        if meeting.status not in (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED):
            self.warnings.append(
                f"{meeting.identifier}: the file says it was {draft.status}, but the record has "
                f"it {meeting.get_status_display().lower()}; the record is kept"
            )
            return
        meeting_services.meeting_cancel(
            meeting=meeting,
            reason=draft.status_reason
            or f"{draft.status.capitalize()} (as {self.source.name} says)",
            postpone=draft.status == "postponed",
            user=self.user,
        )
        self.changes += 1

    def _future_meetings(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """Dates of future meetings a document lists (an item "Dates of future meetings", or
        the draft's own list) become scheduled meetings of the body, once each."""
        dates = list(draft.future_dates)
        for item in draft.items:
            if _FUTURE_DATES_RE.search(item.title or ""):
                dates.extend(item.dates_mentioned)
        for day in sorted({d for d in dates if d > meeting.date}):
            if Meeting.objects.filter(body=self.body, date=day).exists():
                continue
            created = meeting_services.meeting_create(
                body=self.body,
                day=day,
                at=time(0, 0),
                recording_past=True,
                standing_items=False,
                user=self.user,
                source=_clip(Meeting, "source", self.source.name),
            )
            self.scheduled.append(created.identifier)
            self.warnings.append(
                f"{created.identifier}: scheduled from the dates of future meetings in "
                f"{meeting.identifier}; no start time in the file, recorded as midnight"
            )
            self.changes += 1

    def _create_meeting(self, draft: MeetingDraft) -> Meeting:
        assert draft.date is not None
        if draft.start_time is None:
            self.warnings.append(
                f"{self.body.slug}/{draft.date.isoformat()}: no start time in the file; "
                "recorded as midnight"
            )
        venue = _clip(Meeting, "venue", tidy_capitals(draft.venue))
        meeting = meeting_services.meeting_create(
            body=self.body,
            day=draft.date,
            at=draft.start_time or time(0, 0),
            kind=draft.kind if draft.kind in Meeting.Kind.values else Meeting.Kind.ORDINARY,
            mode=_mode_for(venue),
            venue=venue,
            recording_past=True,
            standing_items=False,
            user=self.user,
            source=_clip(Meeting, "source", self.source.name),
            contact_name=_clip(Meeting, "contact_name", draft.contact.name),
            contact_phone=_clip(Meeting, "contact_phone", draft.contact.phone),
            contact_email=_clip(Meeting, "contact_email", draft.contact.email),
            webcast_url=_clip(Meeting, "webcast_url", draft.webcast_url),
        )
        if not venue and meeting.venue:
            # meeting_create falls back on the body's usual venue; the file did not say.
            meeting.venue = ""
            record_update(
                obj=meeting,
                fields=["venue"],
                action="moot.import.meeting_completed",
                user=self.user,
                data={"source": self.source.name, "fields": ["venue"]},
            )
        self.changes += 1
        return meeting

    def _complete_meeting(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """Fill the meeting's empty fields from the file."""
        changed: list[str] = []
        for field_name, value in (
            ("contact_name", draft.contact.name),
            ("contact_phone", draft.contact.phone),
            ("contact_email", draft.contact.email),
            ("webcast_url", draft.webcast_url),
        ):
            value = _clip(Meeting, field_name, value)
            if value and not getattr(meeting, field_name):
                setattr(meeting, field_name, value)
                changed.append(field_name)
        venue = _clip(Meeting, "venue", tidy_capitals(draft.venue))
        if venue and not meeting.venue:
            meeting.venue = venue
            changed.append("venue")
            mode = _mode_for(venue)
            if mode != meeting.mode and meeting.mode == Meeting.Mode.IN_PERSON:
                # The mode was not known when the meeting was recorded without a venue.
                meeting.mode = mode
                changed.append("mode")
                if mode == Meeting.Mode.VIRTUAL:
                    for attendance in meeting.attendance.exclude(mode=Attendance.Mode.REMOTE):
                        attendance.mode = Attendance.Mode.REMOTE
                        record_update(
                            obj=attendance,
                            fields=["mode"],
                            action="moot.import.attendance_completed",
                            user=self.user,
                            data={"source": self.source.name, "fields": ["mode"]},
                        )
        if (
            draft.kind != Meeting.Kind.ORDINARY
            and draft.kind in Meeting.Kind.values
            and meeting.kind == Meeting.Kind.ORDINARY
        ):
            meeting.kind = draft.kind
            changed.append("kind")
        if draft.closed_at and not meeting.closed_at:
            meeting.closed_at = draft.closed_at
            changed.append("closed_at")
        if not meeting.source:
            meeting.source = _clip(Meeting, "source", self.source.name)
            changed.append("source")
        if changed:
            record_update(
                obj=meeting,
                fields=changed,
                action="moot.import.meeting_completed",
                user=self.user,
                data={"source": self.source.name, "fields": changed},
            )
            self.changes += 1
            if "mode" in changed and meeting.quorate is not None:
                self._judge_quorum(meeting)

    # -- items --------------------------------------------------------------------------

    def _hold(self, meeting: Meeting, draft: MeetingDraft, attendance_changed: bool) -> None:
        """A file with minutes: the meeting was held and its draft minutes published."""
        status = meeting.status
        if status in (Meeting.Status.CANCELLED, Meeting.Status.POSTPONED):
            self.warnings.append(
                f"{meeting.identifier} is {meeting.get_status_display().lower()} in the record, "
                "so the minutes in the file are not recorded"
            )
            return
        if status in (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED):
            terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
            meeting_services.meeting_hold(
                meeting=meeting,
                closed_at=draft.closed_at,
                allow_unpublished=True,
                user=self.user,
                judge_quorum=terms is not None,
            )
            if terms is None and meeting.attendance.exists():
                self._quorum_not_judged(meeting)
            meeting.refresh_from_db()
            self.changes += 1
            status = meeting.status
        elif attendance_changed:
            self._judge_quorum(meeting)
        if status == Meeting.Status.HELD:
            meeting_services.minutes_publish_draft(meeting=meeting, user=self.user)
            self.changes += 1

    def _quorum_not_judged(self, meeting: Meeting) -> None:
        reason = f"not judged: no terms of reference in force on {meeting.date:%-d %B %Y}"
        if meeting.quorum_explanation != reason or meeting.quorate is not None:
            meeting_services.quorum_not_judged(meeting=meeting, reason=reason, user=self.user)
            self.changes += 1

    def _judge_quorum(self, meeting: Meeting) -> None:
        if not meeting.attendance.exists():
            return
        if gov_selectors.terms_in_force(meeting.body, meeting.date) is None:
            self._quorum_not_judged(meeting)
            return
        try:
            meeting_services.quorum_judge(meeting=meeting, user=self.user)
        except meeting_services.MeetingError as exc:
            self.warnings.append(f"{meeting.identifier}: quorum not judged: {exc}")

    # -- attendance -------------------------------------------------------------------------
