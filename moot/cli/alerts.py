"""`moot alerts send-digest`: send the daily digest of public alerts (run it once a day
from cron, or let `--queue` hand it to the worker).

    moot alerts send-digest [--queue] [--json]
"""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group("alerts", help="public e-mail alerts")


@command(
    "alerts send-digest",
    arg("--queue", action="store_true", help="queue it as a background job instead of now"),
    JSON,
    help="send the daily digest of public alerts",
    description="Send each confirmed daily subscriber who is due one (a day since the last) "
    "one e-mail listing what was published that they follow. Nothing is sent to an "
    "unconfirmed or unsubscribed address.",
)
def cmd_alerts_send_digest(args: argparse.Namespace) -> int:
    setup()
    from django.db import DatabaseError

    from moot.alerts.models import Subscription

    try:
        Subscription.objects.exists()
    except DatabaseError:
        raise UserError(
            "the database has no alerts tables yet; run `moot manage migrate`."
        ) from None
    if args.queue:
        from moot.alerts.tasks import alerts_digest

        result = alerts_digest.enqueue()
        payload = {"queued": True, "job": str(result.id)}
        emit(args, payload, f"The digest is queued as job {result.id}; `moot worker` sends it.")
        return 0
    from moot.alerts.services import digest_send

    summary = digest_send()
    payload = {"queued": False, **summary}
    emit(
        args,
        payload,
        f"{summary['messages']} digest(s) queued for {summary['subscriptions']} subscriber(s) "
        f"due one, listing {summary['events']} item(s); `moot worker` delivers them.",
    )
    return 0
