"""The import report (docs/contract.md, "Import JSON")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Count

from moot.meetings.models import AgendaItem, Attendance, Meeting

if TYPE_CHECKING:
    from moot.ingest.apply import _Applied


class ReportMixin:
    # -- the report ----------------------------------------------------------------------------

    def _meeting_report(self, entry: _Applied) -> dict[str, Any]:
        meeting = Meeting.objects.select_related("body").get(pk=entry.meeting.pk)
        # Every item with its counts in one query.
        stored = AgendaItem.objects.filter(pk__in=[i.pk for i in entry.items.values()]).annotate(
            resolution_count=Count("resolutions", distinct=True),
            document_count=Count("documents", distinct=True),
        )
        by_pk = {item.pk: item for item in stored}
        item_rows = []
        for index in sorted(entry.items):
            item = by_pk[entry.items[index].pk]
            item_rows.append(
                {
                    "number": item.number,
                    "title": item.title,
                    "resolutions": item.resolution_count,
                    "documents": item.document_count,
                    # What the file held: its minutes of the item were cut short.
                    "partial": bool(entry.draft.items[index].minutes_partial),
                    "votes": [
                        vote_report(v, recorded)
                        for v, recorded in zip(
                            entry.draft.items[index].votes,
                            _flags(
                                entry.votes_recorded, index, len(entry.draft.items[index].votes)
                            ),
                            strict=True,
                        )
                    ],
                    "declarations": [
                        declaration_report(d, recorded)
                        for d, recorded in zip(
                            entry.draft.items[index].declarations,
                            _flags(
                                entry.declarations_recorded,
                                index,
                                len(entry.draft.items[index].declarations),
                            ),
                            strict=True,
                        )
                    ],
                }
            )
        appendices = []
        for document in entry.appendices:
            document.refresh_from_db()
            appendices.append(
                {
                    "letter": document.letter,
                    "title": document.title,
                    "first_page": document.published_first_page,
                    "last_page": document.published_last_page,
                    "kind": document.kind,
                }
            )
        attendance: dict[str, list] = {
            "present": [],
            "apologies": [],
            "substitutes": [],
            "standing_invitees": [],
            "in_attendance": [],
        }
        for line in entry.lines:
            assert line.outcome.person is not None
            name = line.outcome.person.name
            if line.status == Attendance.Status.SUBSTITUTE and line.substitute_for:
                attendance["substitutes"].append({"name": name, "for": line.substitute_for.name})
            elif line.status == Attendance.Status.PRESENT:
                attendance["present"].append(name)
            elif line.status in (Attendance.Status.APOLOGIES, Attendance.Status.ABSENT):
                attendance["apologies"].append(name)
            elif line.status == Attendance.Status.STANDING_INVITEE:
                attendance["standing_invitees"].append(name)
            elif line.status == Attendance.Status.IN_ATTENDANCE:
                attendance["in_attendance"].append(name)
        return {
            "meeting": meeting.identifier,
            "created": entry.created,
            "partial": any(row["partial"] for row in item_rows),
            "status": meeting.status,
            "date": meeting.date.isoformat(),
            "time": entry.draft.start_time.strftime("%H:%M") if entry.draft.start_time else None,
            "venue": meeting.venue,
            "quorum": meeting.quorum_explanation,
            "items": item_rows,
            "appendices": appendices,
            "attendance": attendance,
        }


def _flags(recorded: dict[int, list[bool]], index: int, count: int) -> list[bool]:
    """Whether the record holds each of an item's ``count`` votes (or declarations); none
    when the item's minutes were not recorded (the meeting was not held, say)."""
    return recorded.get(index) or [False] * count


def vote_report(vote, recorded: bool = False) -> dict[str, Any]:
    """A recorded vote as the file printed it (counts are None where not printed), and
    whether the record holds it."""
    return {
        "recorded": recorded,
        "for": vote.votes_for,
        "against": vote.against,
        "abstain": vote.abstain,
        "named": {
            "for": list(vote.named_for),
            "against": list(vote.named_against),
            "abstain": list(vote.named_abstain),
        },
    }


def declaration_report(declaration, recorded: bool = False) -> dict[str, Any]:
    """A declaration as the file printed it ("" where the file does not say), and whether the
    record holds it."""
    return {
        "name": declaration.name,
        "interest": declaration.interest,
        "kind": declaration.kind,
        "action": declaration.action,
        "item": declaration.item,
        "recorded": recorded,
    }
