"""`moot members remind-interests`: remind members to check their register of interests
(within 28 days of taking office, then yearly; at most once in 28 days). Run it daily
from cron.

    moot members remind-interests [--json]
"""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, command, emit, group, setup

group("members", help="the members' area")


@command(
    "members remind-interests",
    JSON,
    help="e-mail members due a reminder to check their register of interests",
    description="E-mail each member who holds a seat today, has an account with an "
    "address, and is due a reminder (within 28 days of taking office with nothing "
    "registered since, or a year since the last change), at most once in 28 days.",
)
def cmd_members_remind(args: argparse.Namespace) -> int:
    setup()
    from moot.members.services import interest_reminders_send

    sent = interest_reminders_send()
    lines = [f"{row['person']} <{row['email']}>: {row['reason']}" for row in sent]
    emit(
        args,
        {"reminded": sent},
        "\n".join(lines) + f"\n{len(sent)} reminder(s) queued; `moot worker` sends them.",
    )
    return 0
