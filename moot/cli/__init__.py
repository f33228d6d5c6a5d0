"""The ``moot`` command (docs/contract.md, "The `moot` command").

Every reporting command takes ``--json`` and then prints one JSON document on stdout.
Exit 0 on success, 1 on a user error (one line on stderr, ``moot CMD: ...``, naming the
input at fault), 2 on bad usage.

Adding a command
----------------
Write a module (here, ``moot/cli/<area>.py``, or ``moot/<area>/cli.py``) that registers
its commands with :func:`moot.cli.registry.command`, and add the module's name to
``COMMAND_MODULES`` below::

    from moot.cli.registry import JSON, MEETING, UserError, arg, command, emit, setup

    @command("worker", arg("--once", action="store_true"), JSON, help="run background jobs")
    def worker(args) -> int:
        setup()                      # Django, when the command needs the record
        ...                          # parse, call one service
        if bad:
            raise UserError(f"--queue {args.queue!r}: no such queue.")   # exit 1, one line
        emit(args, payload, text)    # JSON with --json (dates, Decimals, paths handled)
        return 0

A name of several words ("role grant") makes a group; give the group its help once with
``group("role", help=...)``. Command modules import only ``moot.cli.registry`` (never
``moot.cli`` or each other) and import Django models inside the handler, after
``setup()``. Domain refusals (``MeetingError``, ``TransitionRefused``) become a
``UserError`` in the handler, with the input at fault named.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from moot.cli.registry import UserError, emit, import_all, setup
from moot.cli.registry import build_parser as _build_parser

__all__ = ["COMMAND_MODULES", "UserError", "build_parser", "emit", "main", "setup"]

# In the order `moot --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "moot.cli.site",
    "moot.cli.meetings",
    "moot.cli.ingest",
    "moot.cli.documents",
    "moot.cli.search",
    "moot.cli.access",
    "moot.cli.accounts",
    "moot.cli.jobs",
    "moot.executive.cli",
    "moot.cli.reports",
    "moot.cli.alerts",
    "moot.cli.members",
    "moot.cli.exports",
    "moot.cli.operations",
    "moot.cli.fixture",
    "moot.cli.bodies",
)


def build_parser():
    import_all(COMMAND_MODULES)
    return _build_parser("moot", "Moot: run and publish the meetings of public bodies.")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from django.core.exceptions import ImproperlyConfigured

    try:
        return args.handler(args)
    except (UserError, ImproperlyConfigured) as exc:
        message = " ".join(str(exc).split())
        print(f"moot {args.command}: {message}", file=sys.stderr)
        return 1
