"""Meeting commands: `moot quorum`, `moot deadline`, and the clerk's script commands
(`moot agenda publish`, `moot attendance`, `moot meeting held|cancel`,
`moot minutes publish|approve`), through the same services and rules as the workspace."""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, MEETING, UserError, command, emit, meeting_from, setup


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
