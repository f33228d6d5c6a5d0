"""`moot demo`, `moot serve`, `moot load-example` and `moot manage`: running the site."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys

from moot.cli.registry import JSON, UserError, arg, command, emit, migrate, setup


@command(
    "demo",
    arg("--port", type=int, default=8000),
    help="migrate, load the example, serve (development server)",
)
def cmd_demo(args: argparse.Namespace) -> int:
    setup(debug=True)
    migrate(quiet=False)
    from django.core.management import call_command

    from moot.examples.loader import load_example

    load_example("leicester-hwb")
    email, password = _demo_clerk()
    member, member_email, member_password = _demo_member()
    port = args.port
    from django.conf import settings

    print(
        f"\nMoot demo: http://127.0.0.1:{port}/  (admin: http://127.0.0.1:{port}/admin/)\n"
        f"Sign in at http://127.0.0.1:{port}/accounts/login/ as the demo clerk: "
        f"e-mail address {email!r}, password {password!r}\n"
        "(a clerk must set up an authenticator app (TOTP) at the first sign-in)\n"
        f"or as a member, {member}, for the members' area at /my/: "
        f"e-mail address {member_email!r}, password {member_password!r}\n"
        f"(these accounts exist only in the demo database under {settings.DATA_DIR})\n",
        flush=True,
    )
    from moot.jobs.process import start_beside, stop

    # SIGTERM stops the server and the worker with it, whenever it comes: while the worker
    # is being started it is only noted (the worker is stopped as soon as it exists)
    started: dict = {"worker": None, "stopping": False}

    def terminate(*_) -> None:
        if started["worker"] is None:
            started["stopping"] = True
            return
        sys.exit(0)

    signal.signal(signal.SIGTERM, terminate)
    try:
        started["worker"] = start_beside()
        if not started["stopping"]:
            call_command("runserver", f"127.0.0.1:{port}", use_reloader=False)
    finally:
        if started["worker"] is not None:
            stop(started["worker"])
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
    return user.email, password


def _demo_member() -> tuple[str, str, str]:
    """A demo account for the example's chair (a seat on the Board makes them a member; no
    role is granted), so the members' area can be tried: created only by `moot demo`."""
    from django.contrib.auth.models import User

    from moot.governance.models import Membership

    seat = (
        Membership.objects.select_related("person")
        .order_by("start_date", "pk")
        .filter(role=Membership.Role.CHAIR)
        .first()
    ) or Membership.objects.select_related("person").order_by("start_date", "pk").first()
    person = seat.person
    password = secrets.token_urlsafe(9)
    user = person.user or User(username="member", email="member@example.org")
    user.set_password(password)
    user.save()
    if person.user_id != user.pk:
        person.user = user
        person.save(update_fields=["user"])
    return person.display_name, user.email, password


@command(
    "serve",
    arg("--port", type=int, default=8000),
    arg(
        "--bind",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: behind a proxy on this machine)",
    ),
    arg(
        "--workers",
        type=int,
        default=None,
        help="server processes (default: MOOT_WORKERS, else 2 per CPU + 1, at most 8)",
    ),
    help="production server (gunicorn)",
)
def cmd_serve(args: argparse.Namespace) -> int:
    setup()
    from django.conf import settings

    from moot.operations.health import run_checks
    from moot.operations.rules import workers_from

    try:
        workers = workers_from(args.workers, settings.MOOT_WORKERS, os.cpu_count())
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    failed = [c for c in run_checks() if not c.ok]  # one clear line, not a traceback
    if failed:
        raise UserError("cannot start: " + " ".join(c.line() for c in failed))
    migrate()
    from moot.operations.staticfiles import collect_static

    collect_static()  # once per release, however many servers start together
    os.execvp(  # noqa: S606 - replace this process with gunicorn
        sys.executable,
        [
            sys.executable,
            "-m",
            "gunicorn",
            "moot.wsgi:application",
            "--bind",
            f"{args.bind}:{args.port}",
            "--workers",
            str(workers),
        ],
    )
    return 0


@command(
    "load-example",
    arg("name", choices=["leicester-hwb", "executive"]),
    JSON,
    help="load a bundled example",
)
def cmd_load_example(args: argparse.Namespace) -> int:
    setup()
    migrate()
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


@command("manage", arg("rest", nargs=argparse.REMAINDER), help="Django's manage.py")
def cmd_manage(args: argparse.Namespace) -> int:
    setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["moot manage", *args.rest])
    return 0
