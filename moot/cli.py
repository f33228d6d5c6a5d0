"""The ``moot`` command (CONTRACT.md "Command line").

Every reporting command takes ``--json`` and then prints one JSON document on stdout.
Exit 0 on success, 1 on a user error (one line on stderr naming the input at fault),
2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any


class UserError(Exception):
    """An error in what the user asked for; printed as one line, exit 1."""


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(func):
        COMMANDS[name] = func
        return func

    return register


def _setup(debug: bool = False) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    if debug:
        os.environ.setdefault("MOOT_DEBUG", "1")
    import django

    django.setup()


def emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip() + "\n")


def _migrate(quiet: bool = True) -> None:
    from django.conf import settings
    from django.core.management import call_command

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0 if quiet else 1)


@command("load-example")
def cmd_load_example(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from moot.examples.loader import ExampleError, load_example

    try:
        report = load_example(args.name)
    except ExampleError as exc:
        raise UserError(str(exc)) from exc
    summary = ", ".join(f"{n} {k}" for k, n in sorted(report.created.items())) or "nothing new"
    emit(
        args,
        {"example": args.name, "created": report.created, "changed": report.changed},
        f"Loaded example {args.name}: {summary}.",
    )
    return 0


def _demo_clerk() -> tuple[str, str]:
    """The demo's clerk account: created only by `moot demo`, never in production."""
    from django.contrib.auth.models import User

    password = secrets.token_urlsafe(9)
    user, _ = User.objects.get_or_create(username="clerk", defaults={"email": "clerk@example.org"})
    user.is_staff = True
    user.is_superuser = True
    user.set_password(password)
    user.save()
    return user.username, password


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    _setup(debug=True)
    _migrate(quiet=False)
    from django.core.management import call_command

    from moot.examples.loader import load_example

    load_example("leicester-hwb")
    username, password = _demo_clerk()
    port = args.port
    print(
        f"\nMoot demo: http://127.0.0.1:{port}/  (admin: http://127.0.0.1:{port}/admin/)\n"
        f"Sign in as the demo clerk: username {username!r}, password {password!r}\n"
        "(this account exists only in the demo database under ./var/)\n",
        flush=True,
    )
    from moot.jobs import cli as jobs_cli

    worker = jobs_cli.start_beside()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so the worker is stopped too
    try:
        call_command("runserver", f"127.0.0.1:{port}", use_reloader=False)
    finally:
        jobs_cli.stop(worker)
    return 0


@command("serve")
def cmd_serve(args: argparse.Namespace) -> int:
    _setup()
    _migrate()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    os.execvp(  # noqa: S606 - replace this process with gunicorn
        sys.executable,
        [
            sys.executable,
            "-m",
            "gunicorn",
            "moot.wsgi:application",
            "--bind",
            f"0.0.0.0:{args.port}",
            "--workers",
            str(args.workers),
        ],
    )
    return 0


def _meeting(identifier: str):
    from moot.meetings.services import MeetingError, find_meeting

    try:
        return find_meeting(identifier)
    except MeetingError as exc:
        raise UserError(str(exc)) from exc


@command("quorum")
def cmd_quorum(args: argparse.Namespace) -> int:
    """Judge the quorum of a meeting from its recorded attendance (ToR 5.1)."""
    _setup()
    from moot.meetings.services import MeetingError, quorum_verdict

    meeting = _meeting(args.meeting)
    if not meeting.attendance.exists():
        raise UserError(f"{meeting.identifier} has no attendance recorded, so no quorum to judge.")
    try:
        verdict = quorum_verdict(meeting)
    except MeetingError as exc:
        raise UserError(str(exc)) from exc
    payload = {
        "meeting": meeting.identifier,
        "quorate": verdict.quorate,
        "present_members": verdict.present_members,
        "required": verdict.required,
        "groups": [
            {"name": g.name, "satisfied": g.satisfied, "by": list(g.by)} for g in verdict.groups
        ],
        "explanation": verdict.explanation,
    }
    emit(args, payload, verdict.explanation)
    return 0


@command("deadline")
def cmd_deadline(args: argparse.Namespace) -> int:
    """The latest publication date of a meeting's agenda (LGA 1972 s100B(3))."""
    _setup()
    from moot.meetings.services import publication_deadline

    meeting = _meeting(args.meeting)
    deadline = publication_deadline(meeting)
    payload = {
        "meeting": meeting.identifier,
        "publish_by": deadline.publish_by.isoformat(),
        "clear_days": len(deadline.clear_days),
        "counted": [d.isoformat() for d in deadline.clear_days],
        "excluded": [d.isoformat() for d in deadline.excluded],
        "explanation": deadline.explanation,
    }
    emit(args, payload, deadline.explanation)
    return 0


@command("search")
def cmd_search(args: argparse.Namespace) -> int:
    """Public full-text search over items, minutes, decisions and document text."""
    from datetime import date

    def date_option(option: str, value: str | None) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise UserError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD.") from None

    since = date_option("--since", args.since)
    until = date_option("--until", args.until)
    if since and until and since > until:
        raise UserError(f"--since {args.since} is after --until {args.until}.")
    _setup()
    from moot.governance.models import Body
    from moot.search.backends import search

    if args.body and not Body.objects.filter(slug=args.body).exists():
        raise UserError(f"--body {args.body!r}: no committee or board has that slug.")
    results = search(args.query, body=args.body, since=since, until=until, limit=args.limit)
    payload = {
        "query": args.query,
        "total": results.total,
        "results": [
            {
                "kind": hit.kind,
                "title": hit.title,
                "url": hit.url,
                "meeting": hit.meeting,
                "date": hit.date.isoformat(),
                "body": hit.body,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }
    lines = [f"{results.total} result{'s' if results.total != 1 else ''} for {args.query!r}"]
    for hit in results.hits:
        lines.append(f"{hit.date:%Y-%m-%d}  {hit.kind_label:<12} {hit.title}  {hit.url}")
        if hit.snippet:
            lines.append(f"    {hit.snippet}")
    emit(args, payload, "\n".join(lines))
    return 0


@command("manage")
def cmd_manage(args: argparse.Namespace) -> int:
    _setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["moot manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="moot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="migrate, load the example, serve (development server)")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("serve", help="production server (gunicorn)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=2)

    p = sub.add_parser("load-example", help="load a bundled example")
    p.add_argument("name", choices=["leicester-hwb"])
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("quorum", help="judge a meeting's quorum")
    p.add_argument("meeting", help="BODY-SLUG/YYYY-MM-DD")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("deadline", help="a meeting's agenda publication deadline")
    p.add_argument("meeting", help="BODY-SLUG/YYYY-MM-DD")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="public full-text search")
    p.add_argument("query", help='words, "a phrase", or, -word')
    p.add_argument("--body", help="a body's slug")
    p.add_argument("--since", help="meetings on or after YYYY-MM-DD")
    p.add_argument("--until", help="meetings on or before YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (1-100)")
    p.add_argument("--json", action="store_true")

    from moot.ingest import cli as ingest_cli

    ingest_cli.add_parsers(sub)
    COMMANDS["import"] = ingest_cli.run

    from moot.documents import cli as documents_cli

    documents_cli.add_parsers(sub)
    COMMANDS["pack"] = COMMANDS["minutes-doc"] = documents_cli.run

    from moot.jobs import cli as jobs_cli

    jobs_cli.add_parsers(sub)
    COMMANDS["worker"] = jobs_cli.run

    p = sub.add_parser("manage", help="Django's manage.py")
    p.add_argument("rest", nargs=argparse.REMAINDER)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from django.core.exceptions import ImproperlyConfigured

    try:
        return COMMANDS[args.command](args)
    except (UserError, ImproperlyConfigured) as exc:
        print(f"moot {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
