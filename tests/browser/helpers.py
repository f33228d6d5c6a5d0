"""Helpers for the browser tests that are not fixtures: the example's addresses and the
axe-core harness (WCAG 2.2 AA)."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from datetime import datetime
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
    """axe-core's WCAG 2.2 AA violations on the page as it stands, and one of Moot's own
    when some text is shown in the browser's default font (``unstyled_text``)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(_AXE_RUN, AXE_TAGS)
    unstyled = unstyled_text(page)
    if unstyled:
        violations.append(
            {
                "id": "moot-default-font",
                "impact": "minor",
                "help": "Text shown in the browser's default font (a GOV.UK class left off)",
                "helpUrl": "docs/style.md",
                "tags": [],
                "nodes": [{"target": [text], "html": text, "summary": ""} for text in unstyled],
            }
        )
    return violations


# Text an element shows itself, in a font that is not the service's (GOV.UK's sans-serif
# stack, or monospace for code): the browser's default serif, where a class was left off.
_UNSTYLED_TEXT = """() => {
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.checkVisibility()) continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const family = getComputedStyle(el).fontFamily;
    if (own && !/helvetica|arial|sans-serif|monospace/i.test(family)) {
      found.push(`${el.tagName.toLowerCase()} in ${family}: ${el.textContent.trim().slice(0, 60)}`);
    }
  }
  return found;
}"""


def unstyled_text(page) -> list[str]:
    """The elements whose own text is shown in the browser's default font."""
    return page.evaluate(_UNSTYLED_TEXT)


def assert_accessible(page, name: str, shots: Path | None = None, prefix: str = "") -> None:
    """axe-core finds no WCAG 2.2 AA violation on the ``name`` page as it stands (nor
    Moot's own check, ``axe_violations``); with ``shots`` (a folder), a full-page
    screenshot ``{prefix}{name}.png`` is saved there for a person to look at."""
    violations = axe_violations(page)
    assert not violations, describe_violations(name, page.url, violations)
    if shots is not None:
        shots.mkdir(exist_ok=True)
        page.screenshot(path=str(shots / f"{prefix}{name}.png"), full_page=True)


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


def session_cookie(user) -> str:
    """The session cookie of ``user`` signed in through Django's test client, for the
    browser. Call inside ``sync_database_calls()`` and ``django_db_blocker.unblock()``."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def signed_in(username: str, role: str, body=None):
    """An account ``username`` (e-mail ``username@example.org``) holding ``role`` on
    ``body`` (or across the authority without it), enrolled in TOTP as staff must be, and
    signed in: returns the user and the session cookie for the browser. Call inside
    ``sync_database_calls()`` and ``django_db_blocker.unblock()``."""
    from django.contrib.auth import get_user_model

    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="unused-here"
    )
    role_grant(user=user, role=role, body=body)
    enrol_totp(user)
    return user, session_cookie(user)


def use_session(context, site, cookie: str) -> None:
    """Sign the browser ``context`` (a page's ``page.context``) in with the session
    ``cookie``; whoever it was signed in as before is signed out."""
    context.clear_cookies()
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": site.url}])


def publish_october_on_time(meeting, announce: bool = True) -> None:
    """The example's October 2021 agenda published on time, on Tuesday 12 October 2021 at
    10:00 (its deadline is Wednesday 20 October); ``announce=False``: without the members'
    e-mail."""
    from moot.meetings import services

    services.agenda_publish(
        meeting=meeting,
        now=datetime(2021, 10, 12, 10, 0, tzinfo=services.LONDON),
        announce=announce,
    )


def clerk_on_meeting(django_db_blocker, username: str, day: str, prepare=None, tidy=None):
    """For a module-scoped fixture that writes through the live server (which commits) on
    the example's meeting of ``day``: ``yield from clerk_on_meeting(...)``. Yields the
    session cookie of a clerk of the meeting's body, after ``prepare(meeting)`` if given.
    Afterwards the meeting is put back as ``meeting_state`` saw it, ``tidy()`` runs if
    given, the jobs queued since are dropped and the clerk's account deleted. Set up and
    undone outside the test's transaction."""
    from django_tasks_db.models import DBTaskResult

    from moot.meetings.models import Meeting

    with sync_database_calls(), django_db_blocker.unblock():
        meeting = Meeting.objects.get(body__slug=BODY, date=day)
        saved = meeting_state(meeting)
        jobs_before = set(DBTaskResult.objects.values_list("pk", flat=True))
        if prepare is not None:
            prepare(meeting)
        user, cookie = signed_in(username, "clerk", meeting.body)
    yield cookie
    with sync_database_calls(), django_db_blocker.unblock():
        restore_meeting(meeting, saved)
        if tidy is not None:
            tidy()
        user.delete()
        DBTaskResult.objects.exclude(pk__in=jobs_before).delete()


# The fields a browser test that writes through the live server may change on the example's
# meetings and their items, put back afterwards (by ``restore_meeting``, or by the tests of
# the cycle after the meeting, which keep the records the example already has).
MEETING_FIELDS = [
    "status",
    "agenda_published_at",
    "late_publication_reason",
    "minutes_published_at",
    "minutes_approved_at",
    "minutes_approved_by",
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
    "previous_meeting",
    "order",
    "withdrawn_in",
    "withdrawn_reason",
]


def remove_executive_example() -> None:
    """Remove the bundled executive example's cabinet and scrutiny committee, their
    meetings, notices and decision records, and the scrutiny setting naming them. Call
    inside ``django_db_blocker.unblock()``."""
    from moot.executive.models import ExecutiveDecision, ExecutiveSettings, KeyDecisionNotice
    from moot.governance.models import Body
    from moot.meetings.models import Meeting

    slugs = ["wrenfield-cabinet", "wrenfield-scrutiny"]
    Meeting.objects.filter(body__slug__in=slugs).delete()
    ExecutiveDecision.objects.filter(body__slug__in=slugs).delete()
    KeyDecisionNotice.objects.filter(body__slug__in=slugs).delete()
    ExecutiveSettings.objects.filter(scrutiny_body__slug__in=slugs).delete()
    Body.objects.filter(slug__in=slugs).delete()


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
