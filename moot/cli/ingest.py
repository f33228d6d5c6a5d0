"""`moot import ...`: import agenda packs and "Agenda and minutes" pages (docs/contract.md).

    moot import moderngov-page PATH [--body SLUG] [--dry-run] [--json]
    moot import agenda-pack PATH [--body SLUG] [--dry-run] [--json]
    moot import folder DIR [--body SLUG] [--dry-run] [--several-councils] [--json]
    moot import any PATH... [--body SLUG] [--dry-run] [--json]

``folder`` imports every .pdf, .txt, .md, .html, .htm and .xml file of DIR (not its sub-folders), in
name order, each in its own transaction, with a progress bar on stderr (not with --json)
and a summary table; one bad file does not stop the others, and the exit code is 1 when any
failed, naming them. With --dry-run each file reports what the real run would do after the
files before it, and nothing is written (``dry_run_together``). A folder holding more than one council's documents imports only the
council's with most files; the others' files, and files naming no council, are refused
before anything is written (every file, when no council has most), unless
--several-councils says the mix is meant (``moot.ingest.council``); each name printed in
a council's documents is then reconciled only with that council's people, never another
council's (``moot.ingest.council_people``).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

_OPTIONS = (
    arg("--body", metavar="SLUG", help="the body's slug (default: from the file)"),
    arg("--dry-run", action="store_true", help="report what would change; write nothing"),
    JSON,
)

group("import", help="import agenda packs and meeting pages", metavar="KIND")


def _import_one(args: argparse.Namespace, kind: str) -> int:
    setup()
    from moot.ingest.services import ImportFailed, import_file

    try:
        report = import_file(args.path, kind=kind, body=args.body, dry_run=args.dry_run)
    except ImportFailed as exc:
        raise UserError(exc) from exc
    emit(args, report, describe(report))
    return 0


_PAGE_HELP = "import a saved 'Agenda and minutes' page (HTML or its text)"
_PACK_HELP = "import an agenda pack (PDF, or its text)"
_FILE = arg("path", help="a .pdf, .html, .htm, .md or .txt file")


@command("import moderngov-page", _FILE, *_OPTIONS, help=_PAGE_HELP)
def cmd_import_page(args: argparse.Namespace) -> int:
    return _import_one(args, "moderngov-page")


@command("import agenda-pack", _FILE, *_OPTIONS, help=_PACK_HELP)
def cmd_import_pack(args: argparse.Namespace) -> int:
    return _import_one(args, "agenda-pack")


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
    bodies = report.get("bodies") or {}
    for entry in bodies.get("created", []):
        lines.append(f"  body created: {entry['body']} ({entry['slug']})")
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


@command(
    "import folder",
    arg("path", metavar="dir", help="a folder"),
    *_OPTIONS,
    arg(
        "--several-councils",
        action="store_true",
        help="the folder holds several councils' documents on purpose: import them all",
    ),
    help="import every .pdf, .txt, .md, .html and .xml file in a folder",
    description=(
        "Import every .pdf, .txt, .md, .html, .htm and .xml file in a folder, each on its own."
    ),
)
def cmd_import_folder(args: argparse.Namespace) -> int:
    setup()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from moot.ingest.services import (
        IMPORTABLE_SUFFIXES,
        ImportFailed,
        dry_run_together,
        import_file,
        plan_councils,
    )

    folder = Path(args.path)
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    files = sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES
    )
    if not files:
        raise UserError(f"{folder}: no .pdf, .txt, .html or .htm files to import")

    # other councils' strays refused, or several councils' documents imported together
    plan = plan_councils(files, together=args.several_councils, body=args.body)
    results: list[dict[str, Any]] = []
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        disable=args.json,
        transient=False,
    )
    # a dry run imports the files together and rolls them all back: each file's report says
    # what the real run would do after the files before it
    together = dry_run_together() if args.dry_run else contextlib.nullcontext()
    with progress, together:
        task = progress.add_task("Importing", total=len(files))
        for path in files:
            progress.update(task, description=f"Importing {path.name}")
            if path.name in plan.refused:
                results.append({"file": path.name, "ok": False, "error": plan.refused[path.name]})
                progress.advance(task)
                continue
            try:
                report = import_file(
                    path,
                    body=args.body,
                    dry_run=args.dry_run,
                    council=plan.council,
                    council_people=plan.people_of(path.name),
                )
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
        emit(args, payload, "")
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
        raise UserError(f"{len(failed)} of {len(results)} files failed: {names}")
    return 0


@command(
    "import any",
    arg("paths", nargs="+", metavar="PATH", help="files (.pdf, .html, .htm, .txt, .xml)"),
    *_OPTIONS,
    help="import files of any kind Moot reads, saying which importer read each",
    description=(
        "Detect each file's kind (agenda pack, ModernGov page, ...) and import it with that "
        "importer, each file in its own transaction; a file that cannot be imported is "
        "reported in one line naming it and the reason, and the others go on."
    ),
)
def cmd_import_any(args: argparse.Namespace) -> int:
    setup()
    from moot.ingest.services import ImportFailed, dry_run_together, import_file, plan_councils

    results: list[dict[str, Any]] = []
    texts: list[str] = []
    # files of several councils given together are imported as a folder's are with
    # --several-councils (``plan_councils``); one file needs no plan
    paths = [Path(p) for p in args.paths]
    plan = plan_councils(paths, together=True, body=args.body) if len(paths) > 1 else None
    # a dry run imports the files together and rolls them all back, as a folder's does
    together = dry_run_together() if args.dry_run else contextlib.nullcontext()
    with together:
        for path in args.paths:
            name = Path(path).name
            try:
                if plan and name in plan.refused:
                    raise ImportFailed(plan.refused[name])
                report = import_file(
                    path,
                    body=args.body,
                    dry_run=args.dry_run,
                    council_people=plan.people_of(name) if plan else None,
                )
            except ImportFailed as exc:
                results.append({"file": str(path), "ok": False, "error": str(exc)})
                texts.append(f"FAILED: {exc}")
            else:
                results.append(
                    {
                        "file": str(path),
                        "ok": True,
                        "importer": report["source"]["kind"],
                        "report": report,
                    }
                )
                texts.append(f"{path}: read as {report['source']['kind']}\n" + describe(report))
    failed = [r for r in results if not r["ok"]]
    emit(
        args,
        {
            "imported": len(results) - len(failed),
            "failed": [{"file": r["file"], "error": r["error"]} for r in failed],
            "files": results,
        },
        "\n".join(texts),
    )
    if failed:
        raise UserError(
            f"{len(failed)} of {len(results)} files failed: "
            + "; ".join(r["error"] for r in failed)
        )
    return 0
