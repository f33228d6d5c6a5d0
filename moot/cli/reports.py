"""`moot report-step`: the authority's report sign-off steps (docs/adr/0013-report-sign-off.md).

    moot report-step list [--json]
        {"steps": [{"name", "order", "active", "signatories": [EMAIL]}]}
    moot report-step set NAME [--order N] [--signatory EMAIL ...] [--inactive|--active] [--json]
        {"name", "order", "active", "signatories"}

``set`` adds the step or changes the one of that name; ``--signatory`` (repeatable)
replaces its signatories. An unknown e-mail address is refused naming it. The command
line is the server's operator, so no further permission is asked.
"""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group("report-step", help="the sign-off steps every draft report goes through", metavar="list|set")


def _line(row: dict) -> str:
    who = ", ".join(row["signatories"]) or "no signatory named yet"
    state = "" if row["active"] else " (inactive)"
    return f"{row['order']}. {row['name']}{state}: {who}"


@command("report-step list", JSON, help="the sign-off steps, in order, with their signatories")
def step_list(args: argparse.Namespace) -> int:
    setup()
    from moot.reports import services
    from moot.reports.models import SignOffStep

    rows = [services.step_row(s) for s in SignOffStep.objects.prefetch_related("signatories")]
    emit(args, {"steps": rows}, "\n".join(_line(r) for r in rows) or "No sign-off steps.")
    return 0


@command(
    "report-step set",
    arg("name", help="the step's name, e.g. Legal"),
    arg("--order", type=int, help="its place in the order (1 first)"),
    arg(
        "--signatory",
        action="append",
        metavar="EMAIL",
        help="a person who may sign it off (repeat for several; replaces the list)",
    ),
    arg("--inactive", action="store_true", help="no longer a step for new drafts"),
    arg("--active", action="store_true", help="a step for new drafts again"),
    JSON,
    help="add a sign-off step or change one",
)
def step_set(args: argparse.Namespace) -> int:
    setup()
    from moot.reports import services

    if args.active and args.inactive:
        raise UserError("--active and --inactive: choose one.")
    if args.order is not None and args.order < 0:
        raise UserError(f"--order {args.order}: the order is a number from 0 up.")
    active = True if args.active else (False if args.inactive else None)
    try:
        step = services.step_save(
            name=args.name, order=args.order, signatories=args.signatory, active=active
        )
    except services.ReportError as exc:
        raise UserError(exc) from exc
    row = services.step_row(step)
    emit(args, row, _line(row))
    return 0
