"""Background jobs of public alerts (run by ``moot worker`` from the database queue, so a
delivery survives a restart)."""

from __future__ import annotations

from moot.jobs.policy import moot_task


@moot_task(attempts=5, base_seconds=30)
def alerts_deliver(event_id: int) -> dict:
    """Queue one e-mail per confirmed immediate subscriber the event matches."""
    from moot.alerts.services import event_deliver

    return {"event": event_id, "messages": event_deliver(event_id)}


@moot_task(attempts=3, base_seconds=300)
def alerts_digest() -> dict:
    """The daily digest (``moot alerts send-digest`` queues or runs it)."""
    from moot.alerts.services import digest_send

    return digest_send()
