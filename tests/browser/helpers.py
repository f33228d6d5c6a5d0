"""Helpers for the browser tests that are not fixtures: the example's addresses and the
axe-core harness (WCAG 2.2 AA)."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BODY = "health-and-wellbeing-board"
MARCH, JULY = "2021-03-25", "2021-07-29"


_AXE_RUN = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations'],
  });
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
    nodes: v.nodes.map(n => ({target: n.target, html: n.html, summary: n.failureSummary})),
  }));
}"""


def axe_violations(page) -> list[dict]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate(_AXE_RUN, AXE_TAGS)


def describe_violations(name: str, url: str, violations: list[dict]) -> str:
    lines = [f"axe-core found {len(violations)} violation(s) on the {name} page ({url}):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation['impact']}] {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:8]:
            target = " ".join(
                json.dumps(t) if not isinstance(t, str) else t for t in node["target"]
            )
            lines.append(f"    at {target}")
            lines.append(f"       {node['html'][:200]}")
            summary = " ".join(node["summary"].split()) if node["summary"] else ""
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    ... and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def sync_database_calls():
    """Playwright's sync API runs an event loop in the main thread, and Django refuses
    database calls from a thread with a running loop. Django's own advice for this case
    (docs, "Async safety") is DJANGO_ALLOW_ASYNC_UNSAFE; our queries never run on that loop."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def signed_in_clerk(username: str, body):
    """A clerk of ``body`` (the role granted, enrolled in TOTP as clerks must be), signed in
    through Django's test client: returns the user and the session cookie for the browser.
    Call inside ``sync_database_calls()`` and ``django_db_blocker.unblock()``."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="unused-here"
    )
    role_grant(user=user, role="clerk", body=body)
    enrol_totp(user)
    client = Client()
    client.force_login(user)
    return user, client.cookies["sessionid"].value


# The fields a browser test that writes through the live server may change on the example's
# meeting and its items, restored afterwards by ``restore_meeting``.
MEETING_FIELDS = [
    "status",
    "agenda_published_at",
    "late_publication_reason",
    "closed_at",
    "quorate",
    "quorum_present",
    "quorum_required",
    "quorum_explanation",
    "quorum_groups",
]
ITEM_FIELDS = [
    "minutes",
    "minutes_version",
    "started_at",
    "minute_number",
    "municipal_year",
    "withdrawn_in",
    "withdrawn_reason",
]


def meeting_state(meeting) -> dict:
    """What ``restore_meeting`` puts back: the meeting's fields and its items' (by id).
    Call inside ``sync_database_calls()`` and ``django_db_blocker.unblock()``."""
    from moot.meetings.models import Meeting

    return {
        "meeting": Meeting.objects.filter(pk=meeting.pk).values(*MEETING_FIELDS).get(),
        "items": {i["pk"]: i for i in meeting.items.values("pk", *ITEM_FIELDS)},
    }


def restore_meeting(meeting, saved: dict) -> None:
    """Put the meeting back as ``meeting_state`` saw it: the items, supplementary agendas,
    attendance, declarations, resolutions and actions added since removed, the fields and
    the agenda's numbering restored. Call inside ``sync_database_calls()`` and
    ``django_db_blocker.unblock()``."""
    from moot.meetings import services
    from moot.meetings.models import (
        Action,
        AgendaItem,
        Declaration,
        Meeting,
        Resolution,
        SupplementaryAgenda,
    )

    items = saved["items"]
    Action.objects.filter(item__meeting=meeting).delete()
    Declaration.objects.filter(item__meeting=meeting).delete()
    Resolution.objects.filter(item__meeting=meeting).delete()
    meeting.items.exclude(pk__in=items).delete()
    SupplementaryAgenda.objects.filter(meeting=meeting).delete()
    meeting.attendance.all().delete()
    for pk, fields in items.items():
        AgendaItem.objects.filter(pk=pk).update(**{k: v for k, v in fields.items() if k != "pk"})
    Meeting.objects.filter(pk=meeting.pk).update(**saved["meeting"])
    services._renumber_agenda(meeting)
