"""`moot pack` and `moot minutes-doc`: build a meeting's agenda pack or minutes (CONTRACT.md).

Each raises ``UserError`` (one line naming the input at fault, exit 1) for an
unknown meeting, a missing output folder or a stored document that has gone bad:

    moot pack MEETING -o FILE.pdf [--members] [--json]
        {"meeting": ..., "pages": int,
         "appendices": [{"letter": "A", "title": ..., "first_page": 1, "last_page": 6}]}
    moot minutes-doc MEETING -o FILE.pdf [--members] [--json]
        {"meeting": ..., "pages": int, "draft": bool}

FILE is checked before anything is built (a file that cannot be written is refused with
nothing built or cached); then the file is built (or taken from the build cache under
MOOT_DATA_DIR) and copied to FILE in one step, so FILE is never left half written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path

from moot.cli.registry import JSON, MEETING, UserError, arg, command, emit, meeting_from, setup

_OUTPUT = arg("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")


def _output(value: str) -> Path:
    """The file to write, checked before anything is built: the folder exists and a file
    can be created in it (tried for real, the way the copy will do it, so the check holds
    for root and for read-only file systems too)."""
    path = Path(value)
    try:
        is_folder = path.is_dir()
    except OSError:  # a name too long to look up: the probe below names the reason
        is_folder = False
    if is_folder:
        raise UserError(f"-o {value}: that is a folder; name the PDF file to write.")
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise UserError(f"-o {value}: {folder} is a file, not a folder.")
    if not folder.is_dir():
        raise UserError(f"-o {value}: the folder {folder} does not exist.")
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".probe")
    except OSError as exc:
        raise UserError(
            f"-o {value}: the file cannot be written ({exc.strerror or exc}); nothing was built."
        ) from None
    os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(probe)
    return path


@command(
    "pack",
    MEETING,
    _OUTPUT,
    arg(
        "--members",
        action="store_true",
        help="the members' pack, with exempt papers (not for publication)",
    ),
    JSON,
    help="build the agenda pack",
    description="Build a meeting's agenda pack: front sheet, agenda, then every report "
    "and appendix with continuous page numbers.",
)
def cmd_pack(args: argparse.Namespace) -> int:
    return _build(args, _pack)


@command(
    "minutes-doc",
    MEETING,
    _OUTPUT,
    arg(
        "--members",
        action="store_true",
        help="include the text of exempt minutes (not for publication)",
    ),
    JSON,
    help="build the minutes document",
    description="Build a held meeting's minutes as a PDF (marked DRAFT until approved).",
)
def cmd_minutes_doc(args: argparse.Namespace) -> int:
    return _build(args, _minutes)


def _build(args: argparse.Namespace, build) -> int:
    output = _output(args.output)
    setup()
    from moot.documents import services

    meeting = meeting_from(args.meeting)
    try:
        payload, text, source = build(services, meeting, args.members, output)
    except services.DocumentRejected as exc:
        raise UserError(f"{meeting.identifier}: {exc}") from exc
    except services.PlanError as exc:
        raise UserError(exc) from exc
    try:
        services.copy_atomically(source, output)
    except OSError as exc:
        raise UserError(
            f"-o {args.output}: the file cannot be written ({exc.strerror or exc})."
        ) from None
    emit(args, payload, text)
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
