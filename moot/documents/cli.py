"""`moot pack` and `moot minutes-doc`: build a meeting's agenda pack or minutes (CONTRACT.md).

Wiring (moot/cli.py): ``documents_cli.add_parsers(sub)`` in ``build_parser`` and
``COMMANDS["pack"] = COMMANDS["minutes-doc"] = documents_cli.run``. ``run`` returns the exit
code and raises ``moot.cli.UserError`` (one line naming the input at fault, exit 1) for an
unknown meeting, a missing output folder or a stored document that has gone bad:

    moot pack MEETING -o FILE.pdf [--members] [--json]
        {"meeting": ..., "pages": int,
         "appendices": [{"letter": "A", "title": ..., "first_page": 1, "last_page": 6}]}
    moot minutes-doc MEETING -o FILE.pdf [--members] [--json]
        {"meeting": ..., "pages": int, "draft": bool}

The file is built (or taken from the build cache under MOOT_DATA_DIR) and copied to FILE in
one step, so FILE is never left half written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``pack`` and ``minutes-doc`` to the ``moot`` parser."""
    p = sub.add_parser(
        "pack",
        help="build the agenda pack",
        description="Build a meeting's agenda pack: front sheet, agenda, then every report "
        "and appendix with continuous page numbers.",
    )
    p.add_argument("meeting", help="BODY-SLUG/YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")
    p.add_argument(
        "--members",
        action="store_true",
        help="the members' pack, with exempt papers (not for publication)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")

    p = sub.add_parser(
        "minutes-doc",
        help="build the minutes document",
        description="Build a held meeting's minutes as a PDF (marked DRAFT until approved).",
    )
    p.add_argument("meeting", help="BODY-SLUG/YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")
    p.add_argument(
        "--members",
        action="store_true",
        help="include the text of exempt minutes (not for publication)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")


def _user_error(message: str) -> Exception:
    from moot.cli import UserError

    return UserError(" ".join(str(message).split()))


def _output(value: str) -> Path:
    path = Path(value)
    if path.is_dir():
        raise _user_error(f"-o {value}: that is a folder; name the PDF file to write.")
    folder = path.parent
    if not folder.is_dir():
        raise _user_error(f"-o {value}: the folder {folder} does not exist.")
    return path


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text.rstrip() + "\n")


def run(args: argparse.Namespace) -> int:
    """Run ``moot pack`` or ``moot minutes-doc``; returns the exit code."""
    from moot.cli import _setup

    output = _output(args.output)
    _setup()
    from moot.documents import services
    from moot.meetings.services import MeetingError, find_meeting

    try:
        meeting = find_meeting(args.meeting)
    except MeetingError as exc:
        raise _user_error(str(exc)) from exc
    try:
        if args.command == "pack":
            payload, text, source = _pack(services, meeting, args.members, output)
        else:
            payload, text, source = _minutes(services, meeting, args.members, output)
    except services.DocumentRejected as exc:
        raise _user_error(f"{meeting.identifier}: {exc}") from exc
    except services.PlanError as exc:
        raise _user_error(str(exc)) from exc
    try:
        services.copy_atomically(source, output)
    except OSError as exc:
        raise _user_error(
            f"-o {args.output}: the file cannot be written ({exc.strerror or exc})."
        ) from None
    _emit(args, payload, text)
    return 0


def _pack(services, meeting, members: bool, output: Path):
    build = services.pack_build(meeting=meeting, include_exempt=members)
    appendices = [
        {"letter": letter, "title": title, "first_page": first, "last_page": last}
        for letter, title, first, last in build.appendices
    ]
    payload = {"meeting": meeting.identifier, "pages": build.pages, "appendices": appendices}
    kind = "members' pack" if members else "agenda pack"
    lines = [f"Wrote the {kind} of {meeting.identifier} to {output}: {build.pages} pages."]
    for a in appendices:
        pages = (
            f"page {a['first_page']}"
            if a["first_page"] == a["last_page"]
            else f"pages {a['first_page']}-{a['last_page']}"
        )
        lines.append(f"  Appendix {a['letter']}: {a['title']} ({pages})")
    if build.withheld:
        lines.append(f"  Withheld as exempt: Appendix {', '.join(build.withheld)}")
    for entry in build.not_merged:
        lines.append(f"  Listed but not included (no file held): {entry}")
    return payload, "\n".join(lines), build.path


def _minutes(services, meeting, members: bool, output: Path):
    build = services.minutes_doc_build(meeting=meeting, include_exempt=members)
    payload = {"meeting": meeting.identifier, "pages": build.pages, "draft": build.draft}
    state = "draft minutes" if build.draft else "approved minutes"
    text = f"Wrote the {state} of {meeting.identifier} to {output}: {build.pages} pages."
    return payload, text, build.path
