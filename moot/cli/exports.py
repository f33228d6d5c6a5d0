"""`moot export ocd` and `moot export build`: the public record as Open Civic Data JSON
files, and the bulk export files of the API."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group("export", help="export the public record")


@command(
    "export ocd",
    arg("--body", help="only this body's slug"),
    arg("--since", help="only records changed at or after YYYY-MM-DD (or an ISO 8601 time)"),
    arg("-o", "--output", required=True, help="the folder to write the files into"),
    JSON,
    help="write the public record as Open Civic Data JSON",
)
def cmd_export_ocd(args: argparse.Namespace) -> int:
    setup()
    from moot.api import harvest, ocd
    from moot.governance.models import Body

    try:
        since = harvest.read_datetime("--since", args.since) if args.since else None
    except harvest.BadParameter:
        try:
            since = harvest.read_datetime("--since", f"{args.since}T00:00:00")
        except harvest.BadParameter:
            raise UserError(
                f"--since {args.since!r} is not a date; write it as YYYY-MM-DD."
            ) from None
    if args.body and not Body.objects.filter(slug=args.body).exists():
        raise UserError(f"--body {args.body!r}: no committee or board has that slug.")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UserError(f"-o {args.output}: not a folder.")
    site = os.environ.get("MOOT_SITE_URL", "http://localhost:8000")
    counts = ocd.export(out, site, body=args.body, since=since)
    payload = {"output": str(out), "written": counts}
    text = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
    emit(args, payload, f"Wrote {text} to {out}.")
    return 0


@command(
    "export build",
    arg("--body", help="only this body's slug"),
    JSON,
    help="build the bulk export files (/api/v1/exports/) now, instead of waiting for the jobs",
)
def cmd_export_build(args: argparse.Namespace) -> int:
    setup()
    from moot.api import exports
    from moot.governance.models import Body

    if args.body and not Body.objects.filter(slug=args.body).exists():
        raise UserError(f"--body {args.body!r}: no committee or board has that slug.")
    built = exports.export_build_all(body_slug=args.body)
    files = [
        {"body": b.body, "year": b.year, "records": b.records, "changed": b.changed}
        for b in built
        if b.records
    ]
    changed = sum(1 for b in built if b.changed)
    records = sum(f["records"] for f in files)
    emit(
        args,
        {"files": files, "changed": changed},
        f"{len(files)} export file{'s' if len(files) != 1 else ''} ({records} meetings), "
        f"{changed} rebuilt.",
    )
    return 0
