"""`moot import ...`: import agenda packs and "Agenda and minutes" pages (CONTRACT.md).

Wiring (moot/cli.py): ``ingest_cli.add_parsers(sub)`` in ``build_parser`` and
``COMMANDS["import"] = ingest_cli.run``. ``run`` returns the exit code and raises
``moot.cli.UserError`` (one line, exit 1) for anything the user can fix:

    moot import moderngov-page PATH [--body SLUG] [--dry-run] [--json]
    moot import agenda-pack PATH [--body SLUG] [--dry-run] [--json]
    moot import folder DIR [--body SLUG] [--dry-run] [--json]

``folder`` imports every .pdf, .txt, .html and .htm file of DIR (not its sub-folders), in
name order, each in its own transaction, with a progress bar on stderr (not with --json)
and a summary table; one bad file does not stop the others, and the exit code is 1 when any
failed, naming them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

IMPORT_KINDS = {
    "moderngov-page": "import a saved 'Agenda and minutes' page (HTML or its text)",
    "agenda-pack": "import an agenda pack (PDF, or its text)",
}


def add_parsers(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``import`` command and its sub-commands to the ``moot`` parser."""
    parser = sub.add_parser("import", help="import agenda packs and meeting pages")
    kinds = parser.add_subparsers(dest="import_kind", required=True, metavar="KIND")
    for kind, help_text in IMPORT_KINDS.items():
        p = kinds.add_parser(kind, help=help_text, description=help_text)
        p.add_argument("path", help="a .pdf, .html, .htm or .txt file")
        _common_options(p)
    p = kinds.add_parser(
        "folder",
        help="import every .pdf, .txt and .html file in a folder",
        description="Import every .pdf, .txt, .html and .htm file in a folder, each on its own.",
    )
    p.add_argument("path", metavar="dir", help="a folder")
    _common_options(p)
    return parser


def _common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--body", metavar="SLUG", help="the body's slug (default: from the file)")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON document")


def _user_error(message: str) -> Exception:
    from moot.cli import UserError

    return UserError(" ".join(str(message).split()))


def run(args: argparse.Namespace) -> int:
    """Run ``moot import KIND ...``; the exit code (0, or 1 for failed files in a folder)."""
    from moot.cli import _setup

    _setup()
    if args.import_kind == "folder":
        return _run_folder(args)
    from moot.ingest.services import ImportFailed, import_file

    try:
        report = import_file(args.path, kind=args.import_kind, body=args.body, dry_run=args.dry_run)
    except ImportFailed as exc:
        raise _user_error(str(exc)) from exc
    _emit(args, report, describe(report))
    return 0


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip() + "\n")


def describe(report: dict[str, Any]) -> str:
    """The report in words, for a clerk at a terminal."""
    source = report.get("source", {})
    lines = [
        ("Would import " if report.get("dry_run") else "Imported ")
        + f"{source.get('file', '')} ({source.get('kind', '').replace('-', ' ')})"
        + (" - nothing written (dry run)" if report.get("dry_run") else "")
        + ("" if report.get("changed") else " - the record already had everything in it")
    ]
    for meeting in report["meetings"]:
        state = "new" if meeting["created"] else "existing"
        lines.append(
            f"  {meeting['meeting']} ({state}, {meeting['status'].replace('_', ' ')}): "
            f"{len(meeting['items'])} items"
            + (", some minutes partial" if meeting["partial"] else "")
        )
        if meeting["appendices"]:
            letters = ", ".join(
                f"{a['letter'] or '-'} pp. {a['first_page']}-{a['last_page']}"
                for a in meeting["appendices"]
            )
            lines.append(f"    appendices: {letters}")
        att = meeting["attendance"]
        counts = [
            f"{len(att['present'])} present",
            f"{len(att['substitutes'])} substitutes",
            f"{len(att['apologies'])} apologies",
            f"{len(att['standing_invitees'])} standing invitees",
            f"{len(att['in_attendance'])} in attendance",
        ]
        if any(att.values()):
            lines.append("    attendance: " + ", ".join(counts))
    people = report["people"]
    lines.append(
        f"  people: {len(people['matched'])} matched, {len(people['created'])} created, "
        f"{len(people['uncertain'])} uncertain"
    )
    for name in people["created"]:
        lines.append(f"    created: {name}")
    for entry in people["uncertain"]:
        lines.append(f"    uncertain: {entry['name']} (could be {', '.join(entry['candidates'])})")
    for warning in report["warnings"]:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def _run_folder(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from moot.ingest.services import IMPORTABLE_SUFFIXES, ImportFailed, import_file

    folder = Path(args.path)
    if not folder.is_dir():
        raise _user_error(f"{folder}: no such folder")
    files = sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES
    )
    if not files:
        raise _user_error(f"{folder}: no .pdf, .txt, .html or .htm files to import")

    results: list[dict[str, Any]] = []
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        disable=args.json,
        transient=False,
    )
    with progress:
        task = progress.add_task("Importing", total=len(files))
        for path in files:
            progress.update(task, description=f"Importing {path.name}")
            try:
                report = import_file(path, body=args.body, dry_run=args.dry_run)
            except ImportFailed as exc:
                results.append({"file": path.name, "ok": False, "error": str(exc)})
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
                message = " ".join(f"{type(exc).__name__}: {exc}".split())
                results.append({"file": path.name, "ok": False, "error": f"{path.name}: {message}"})
            else:
                results.append({"file": path.name, "ok": True, "report": report})
            progress.advance(task)
        plural = "" if len(files) == 1 else "s"
        progress.update(task, description=f"Imported {len(files)} file{plural}")

    failed = [r for r in results if not r["ok"]]
    if args.json:
        payload = {
            "folder": str(folder),
            "dry_run": args.dry_run,
            "imported": len(results) - len(failed),
            "failed": [{"file": r["file"], "error": r["error"]} for r in failed],
            "files": results,
        }
        _emit(args, payload, "")
    else:
        table = Table(title=f"Import of {folder}" + (" (dry run)" if args.dry_run else ""))
        table.add_column("file", overflow="fold")
        table.add_column("kind")
        table.add_column("meetings", no_wrap=True)
        table.add_column("items", justify="right")
        table.add_column("people")
        table.add_column("result", overflow="fold")
        for r in results:
            if r["ok"]:
                rep = r["report"]
                people = rep["people"]
                table.add_row(
                    r["file"],
                    rep["source"]["kind"],
                    "\n".join(
                        m["meeting"] + (" (new)" if m["created"] else "") for m in rep["meetings"]
                    ),
                    str(sum(len(m["items"]) for m in rep["meetings"])),
                    f"{len(people['matched'])} matched, {len(people['created'])} created, "
                    f"{len(people['uncertain'])} uncertain",
                    ("changed" if rep["changed"] else "no change")
                    + (f", {len(rep['warnings'])} warnings" if rep["warnings"] else ""),
                )
            else:
                table.add_row(r["file"], "", "", "", "", f"FAILED: {r['error']}")
        Console(file=sys.stdout, width=160).print(table)
    if failed:
        names = "; ".join(r["error"] for r in failed)
        raise _user_error(f"{len(failed)} of {len(results)} files failed: {names}")
    return 0
