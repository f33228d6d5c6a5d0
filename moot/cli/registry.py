"""The one way to declare a ``moot`` command, and the one way to print its result.

Nothing here imports an area of Moot, so every command module can import this module and
none imports another: no circle. See the package docstring (``moot/cli/__init__.py``) for
how to add a command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import Any

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """An error in what the user asked for: printed as one line ``moot CMD: ...``, exit 1.

    The message names the input at fault and the rule; whitespace is folded so it stays on
    one line whatever the underlying exception held.
    """

    def __init__(self, message: object):
        super().__init__(" ".join(str(message).split()))


@dataclass(frozen=True)
class Arg:
    """One ``add_argument`` call, kept until the parser is built."""

    flags: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)


def arg(*flags: str, **options: Any) -> Arg:
    """An argument of a command, exactly as ``ArgumentParser.add_argument`` takes it."""
    return Arg(flags, options)


JSON = arg("--json", action="store_true", help="print one JSON document")
MEETING = arg("meeting", help="BODY-SLUG/YYYY-MM-DD (-2 for a second meeting that day)")


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]  # ("minutes", "approve") for `moot minutes approve`
    handler: Handler
    help: str
    description: str | None
    arguments: tuple[Arg, ...]


_COMMANDS: dict[tuple[str, ...], Command] = {}
_GROUPS: dict[tuple[str, ...], dict[str, str | None]] = {}


def command(
    name: str, *arguments: Arg, help: str, description: str | None = None
) -> Callable[[Handler], Handler]:
    """Register ``handler(args) -> exit code`` as ``moot NAME``.

    ``name`` may have several words ("minutes approve"): the leading words are a group of
    sub-commands (declare its help once with :func:`group`). Registering a name twice is a
    programming error and fails at once.
    """
    path = tuple(name.split())

    def register(handler: Handler) -> Handler:
        if path in _COMMANDS or path in _GROUPS:
            raise RuntimeError(f"moot {name} is registered twice")
        _COMMANDS[path] = Command(path, handler, help, description, arguments)
        return handler

    return register


def group(name: str, *, help: str, metavar: str | None = None) -> None:
    """Declare the help of a group of sub-commands (``moot minutes ...``)."""
    _GROUPS[tuple(name.split())] = {"help": help, "metavar": metavar}


def commands() -> list[Command]:
    return list(_COMMANDS.values())


def build_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """The parser of every registered command, in registration order."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    subparsers: dict[tuple[str, ...], argparse._SubParsersAction] = {
        (): parser.add_subparsers(dest="command", required=True)
    }
    for cmd in _COMMANDS.values():
        for depth in range(1, len(cmd.path)):
            prefix = cmd.path[:depth]
            if prefix in subparsers:
                continue
            info = _GROUPS.get(prefix, {"help": None, "metavar": None})
            group_parser = subparsers[prefix[:-1]].add_parser(
                prefix[-1], help=info["help"], description=info["help"]
            )
            subparsers[prefix] = group_parser.add_subparsers(
                dest="_".join(("", *prefix)), required=True, metavar=info["metavar"]
            )
        p = subparsers[cmd.path[:-1]].add_parser(
            cmd.path[-1], help=cmd.help, description=cmd.description or cmd.help
        )
        for argument in cmd.arguments:
            p.add_argument(*argument.flags, **argument.options)
        p.set_defaults(handler=cmd.handler)
    return parser


# --- the one JSON emitter ------------------------------------------------------------------


class _Encoder(json.JSONEncoder):
    """Dates and times as ISO 8601, Decimals as their exact digits (a string, so nothing is
    rounded), paths as strings, enumerations by value, sets as sorted lists. Anything else
    is a programming error and fails loudly rather than printing a Python repr."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | date | time):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, PurePath):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set | frozenset):
            return sorted(o, key=str)
        promise = sys.modules.get("django.utils.functional")
        if promise is not None and isinstance(o, promise.Promise):  # lazy translations
            return str(o)
        return super().default(o)


def to_json(payload: Any) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False, cls=_Encoder)


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """Print the result: one JSON document with ``--json``, else the text for a person."""
    if getattr(args, "json", False):
        sys.stdout.write(to_json(payload) + "\n")
    else:
        sys.stdout.write(text.rstrip() + "\n")


# --- Django, for the commands that need the record ----------------------------------------


def setup(debug: bool = False) -> None:
    """Configure Django from the environment (once; later calls do nothing)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    if debug:
        os.environ.setdefault("MOOT_DEBUG", "1")
    import django

    django.setup()


def migrate(quiet: bool = True) -> None:
    from django.conf import settings
    from django.core.management import call_command

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0 if quiet else 1)


def meeting_from(reference: str, option: str = ""):
    """The meeting a ``BODY-SLUG/YYYY-MM-DD`` reference names; a UserError repeats the
    reference as typed (and the option it came from, such as ``--at``)."""
    from moot.meetings.services import MeetingError, find_meeting

    try:
        return find_meeting(reference)
    except MeetingError as exc:
        message = str(exc)
        if reference not in message:
            message = f"'{reference}': {message}"
        raise UserError(f"{option} {message}" if option else message) from exc


def refusals() -> tuple[type[Exception], ...]:
    """The domain's refusals, which a command reports as a user error."""
    from moot.meetings.rules import TransitionRefused
    from moot.meetings.services import MeetingError

    return (MeetingError, TransitionRefused)


def import_all(modules: Iterable[str]) -> None:
    from importlib import import_module

    for module in modules:
        import_module(module)
