"""Meeting commands: `moot quorum`, `moot deadline`, and the clerk's script commands
(`moot agenda publish`, `moot attendance`, `moot meeting held|cancel`,
`moot minutes publish|approve`), through the same services and rules as the workspace."""

from __future__ import annotations

import argparse

from moot.cli.registry import (
    JSON,
    MEETING,
    UserError,
    arg,
    command,
    emit,
    group,
    meeting_from,
    refusals,
    setup,
)


def _quorum_payload(meeting, verdict) -> dict:
    return {
        "meeting": meeting.identifier,
        "quorate": verdict.quorate,
        "present_members": verdict.present_members,
        "required": verdict.required,
        "groups": [
            {"name": g.name, "satisfied": g.satisfied, "by": list(g.by)} for g in verdict.groups
        ],
        "explanation": verdict.explanation,
    }


@command("quorum", MEETING, JSON, help="judge a meeting's quorum")
def cmd_quorum(args: argparse.Namespace) -> int:
    """Judge the quorum of a meeting from its recorded attendance (ToR 5.1)."""
    setup()
    from moot.meetings.services import MeetingError, quorum_verdict

    meeting = meeting_from(args.meeting)
    if not meeting.attendance.exists():
        raise UserError(f"{meeting.identifier} has no attendance recorded, so no quorum to judge.")
    try:
        verdict = quorum_verdict(meeting)
    except MeetingError as exc:
        raise UserError(exc) from exc
    emit(args, _quorum_payload(meeting, verdict), verdict.explanation)
    return 0


@command("deadline", MEETING, JSON, help="a meeting's agenda publication deadline")
def cmd_deadline(args: argparse.Namespace) -> int:
    """The latest publication date of a meeting's agenda (LGA 1972 s100B(3))."""
    setup()
    from moot.meetings.services import publication_deadline

    meeting = meeting_from(args.meeting)
    deadline = publication_deadline(meeting)
    payload = {
        "meeting": meeting.identifier,
        "publish_by": deadline.publish_by,
        "clear_days": len(deadline.clear_days),
        "counted": list(deadline.clear_days),
        "excluded": list(deadline.excluded),
        "explanation": deadline.explanation,
    }
    emit(args, payload, deadline.explanation)
    return 0


# --- the clerk's script commands (issue 12 item 9) ------------------------------------------

group("agenda", help="publish a meeting's agenda")
group("meeting", help="mark a meeting held, or cancel or postpone it")
group("minutes", help="publish draft minutes, approve minutes")


def _refused(exc: Exception, reference: str) -> UserError:
    """A domain refusal as a user error that starts with the meeting as typed."""
    message = str(exc)
    return UserError(message if reference in message else f"{reference}: {message}")


@command(
    "agenda publish",
    MEETING,
    arg("--reason", default="", help="why a late agenda is published late (shown publicly)"),
    JSON,
    help="publish the agenda (a late publication needs --reason)",
)
def cmd_agenda_publish(args: argparse.Namespace) -> int:
    """Publish the agenda: five clear days before the meeting, or late with a recorded
    reason shown publicly (LGA 1972 s100B(3), (4))."""
    setup()
    from django.utils import timezone

    from moot.meetings import services

    meeting = meeting_from(args.meeting)
    deadline = services.publication_deadline(meeting)
    late = timezone.localdate() > deadline.publish_by
    if args.reason.strip() and not late:
        raise UserError(
            f"--reason: the agenda of {args.meeting} is on time (publish by "
            f"{deadline.publish_by:%-d %B %Y}); a reason is recorded only for a late "
            "publication (LGA 1972 s100B)."
        )
    try:
        meeting = services.agenda_publish(meeting=meeting, late_reason=args.reason)
    except services.PublicationTooLate as exc:
        raise UserError(f"{args.meeting}: {exc} Give it with --reason.") from exc
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    verdict = (
        f"late (it had to be published by {deadline.publish_by:%-d %B %Y}); reason recorded: "
        f"{meeting.late_publication_reason}"
        if late
        else f"on time (publish by {deadline.publish_by:%-d %B %Y})."
    )
    payload = {
        "meeting": meeting.identifier,
        "status": meeting.status,
        "published_at": meeting.agenda_published_at,
        "publish_by": deadline.publish_by,
        "on_time": not late,
        "late_reason": meeting.late_publication_reason,
    }
    emit(args, payload, f"Published the agenda of {meeting.identifier}: {verdict}")
    return 0


@command("meeting held", MEETING, JSON, help="mark a meeting held (minute numbers, quorum)")
def cmd_meeting_held(args: argparse.Namespace) -> int:
    """Mark the meeting held: minute numbers are given and the quorum is judged from the
    recorded attendance (Sched 12 para 1; ToR 5.1)."""
    setup()
    from moot.meetings import services

    meeting = meeting_from(args.meeting)
    try:
        meeting = services.meeting_hold(meeting=meeting)
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    items = list(meeting.items.order_by("order").values_list("agenda_number", "minute_number"))
    payload = {
        "meeting": meeting.identifier,
        "status": meeting.status,
        "minute_numbers": [{"item": n, "minute": m} for n, m in items],
        "quorate": meeting.quorate,
        "explanation": meeting.quorum_explanation,
    }
    minutes = [m for _, m in items if m is not None]
    numbers = f"minutes {min(minutes)}-{max(minutes)}" if minutes else "no items to minute"
    quorum = meeting.quorum_explanation or "no attendance recorded, so the quorum is not judged"
    emit(args, payload, f"{meeting.identifier} is held: {numbers}. {quorum}")
    return 0


@command(
    "meeting cancel",
    MEETING,
    arg("--reason", required=True, help="why (shown publicly)"),
    arg("--postpone", action="store_true", help="postponed rather than cancelled"),
    JSON,
    help="cancel or postpone a meeting",
)
def cmd_meeting_cancel(args: argparse.Namespace) -> int:
    setup()
    from moot.meetings import services

    meeting = meeting_from(args.meeting)
    if not args.reason.strip():
        raise UserError(
            f"--reason: {args.meeting} cannot be {'postponed' if args.postpone else 'cancelled'}"
            " without a reason; the reason is shown publicly."
        )
    try:
        meeting = services.meeting_cancel(
            meeting=meeting, reason=args.reason, postpone=args.postpone
        )
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    payload = {
        "meeting": meeting.identifier,
        "status": meeting.status,
        "reason": meeting.status_reason,
    }
    emit(args, payload, f"{meeting.identifier} is {meeting.status}: {meeting.status_reason}")
    return 0


@command("minutes publish", MEETING, JSON, help="publish a held meeting's draft minutes")
def cmd_minutes_publish(args: argparse.Namespace) -> int:
    setup()
    from moot.meetings import services

    meeting = meeting_from(args.meeting)
    try:
        meeting = services.minutes_publish_draft(meeting=meeting)
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    payload = {
        "meeting": meeting.identifier,
        "status": meeting.status,
        "published_at": meeting.minutes_published_at,
    }
    emit(args, payload, f"Published the draft minutes of {meeting.identifier}.")
    return 0


@command(
    "minutes approve",
    MEETING,
    arg("--at", required=True, metavar="MEETING", help="the later meeting that approves them"),
    JSON,
    help="approve minutes under a later meeting's 'Minutes of the previous meeting'",
)
def cmd_minutes_approve(args: argparse.Namespace) -> int:
    """Approve the minutes by a resolution of the next meeting under "Minutes of the
    previous meeting"; from then on they are locked (a correction is itself minuted)."""
    setup()
    from moot.meetings import services
    from moot.meetings.models import AgendaItem

    meeting = meeting_from(args.meeting)
    later = meeting_from(args.at, "--at")
    item = (
        later.items.filter(standing=AgendaItem.Standing.PREVIOUS_MINUTES).order_by("order").first()
    )
    if item is None:
        raise UserError(
            f"--at {args.at}: the meeting has no 'Minutes of the Previous Meeting' item, under "
            "which minutes are approved."
        )
    try:
        resolution = services.minutes_approve(meeting=meeting, by_item=item)
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    meeting.refresh_from_db()
    payload = {
        "meeting": meeting.identifier,
        "status": meeting.status,
        "approved_at": later.identifier,
        "item": item.agenda_number,
        "resolution": resolution.text,
        "locked": meeting.status == "minutes_approved",
    }
    emit(
        args,
        payload,
        f"The minutes of {meeting.identifier} are approved at {later.identifier}, item "
        f"{item.agenda_number}, and locked: {resolution.text}",
    )
    return 0


@command(
    "attendance",
    MEETING,
    arg("--from", dest="sheet", required=True, metavar="FILE.csv", help="the sign-in sheet"),
    JSON,
    help="record attendance from a sign-in sheet or platform export, then judge the quorum",
    description="Record a meeting's attendance from a CSV with columns name, attendance "
    "(present, apologies, substitute, in attendance, absent), for (whom a substitute "
    "replaces) and mode (in the room, remote); then judge the quorum. All rows or none.",
)
def cmd_attendance(args: argparse.Namespace) -> int:
    from pathlib import Path

    from moot.ingest.parse.sign_in_sheet import SheetError, parse_sign_in_sheet

    path = Path(args.sheet)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"--from {args.sheet}: no such file.") from None
    except UnicodeDecodeError:
        raise UserError(
            f"--from {args.sheet}: not UTF-8 text; save the sheet as 'CSV UTF-8'."
        ) from None
    except OSError as exc:
        raise UserError(f"--from {args.sheet}: cannot be read ({exc.strerror or exc}).") from None
    try:
        rows = parse_sign_in_sheet(text, source=args.sheet)
    except SheetError as exc:
        raise UserError(exc) from exc
    setup()
    from moot.ingest.sign_in import SheetRefused, attendance_sheet_record

    meeting = meeting_from(args.meeting)
    try:
        report = attendance_sheet_record(meeting=meeting, rows=rows, source=args.sheet)
    except SheetRefused as exc:
        raise UserError(exc) from exc
    except refusals() as exc:
        raise _refused(exc, args.meeting) from exc
    verdict = report["verdict"]
    payload = {
        "meeting": meeting.identifier,
        "recorded": report["recorded"],
        "people": report["people"],
        "quorum": _quorum_payload(meeting, verdict),
    }
    counts: dict[str, int] = {}
    for entry in report["recorded"]:
        counts[entry["attendance"]] = counts.get(entry["attendance"], 0) + 1
    summary = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in counts.items())
    lines = [f"Recorded the attendance of {meeting.identifier} from {args.sheet}: {summary}."]
    lines += [f"  new person: {name}" for name in report["people"]["created"]]
    lines.append(verdict.explanation)
    emit(args, payload, "\n".join(lines))
    return 0
