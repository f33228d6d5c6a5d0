"""`moot backup`, `moot restore` and `moot health`: operating a site (docs/operations.md)."""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, UserError, arg, command, emit, migrate, setup


@command(
    "backup",
    arg("-o", "--output", required=True, metavar="FILE", help="the archive to write"),
    arg(
        "--portable",
        action="store_true",
        help="dump the database with Django's serializers (to move between SQLite and PostgreSQL)",
    ),
    JSON,
    help="write the database and every document to one archive with SHA-256 checksums",
)
def cmd_backup(args: argparse.Namespace) -> int:
    setup()
    from moot.operations.backup import BackupError, backup

    try:
        report = backup(args.output, portable=args.portable)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    note = f" (portable dump: {report.reason})" if report.reason else ""
    emit(
        args,
        {
            "file": str(report.path),
            "database": report.database,
            "documents": report.documents,
            "bytes": report.bytes,
            "portable_reason": report.reason,
        },
        f"Backed up the {report.database} database{note} and {report.documents} documents "
        f"to {report.path} ({report.bytes:,} bytes).",
    )
    return 0


@command(
    "restore",
    arg("file", metavar="FILE", help="an archive written by `moot backup`"),
    arg("--check", action="store_true", help="only verify the archive; change nothing"),
    JSON,
    help="verify a backup whole, then restore its database and documents",
)
def cmd_restore(args: argparse.Namespace) -> int:
    setup()
    migrate()  # a new, empty installation can take a restore
    from moot.operations.backup import BackupError, restore, verify

    try:
        if args.check:
            checked = verify(args.file)
            emit(
                args,
                {"file": args.file, "verified": True, "documents": len(checked.documents)},
                f"{args.file} is whole: its database and {len(checked.documents)} documents "
                "match the manifest.",
            )
            return 0
        report = restore(args.file)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    migrated = f"; migrated forward: {', '.join(report.migrated)}" if report.migrated else ""
    emit(
        args,
        {
            "file": str(report.path),
            "database": report.database,
            "documents": report.documents,
            "migrated": report.migrated,
        },
        f"Restored the {report.database} database and {report.documents} documents from "
        f"{report.path}{migrated}.",
    )
    return 0


@command(
    "health",
    JSON,
    help="check the database, the shared cache and the document storage (as /healthz does)",
)
def cmd_health(args: argparse.Namespace) -> int:
    setup()
    from moot.operations.health import run_checks

    checks = run_checks()
    payload = {
        c.name: {"ok": c.ok, "where": c.where, "error": c.error, "milliseconds": c.milliseconds}
        for c in checks
    }
    lines = [
        f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.where}" + (f" ({c.error})" if c.error else "")
        for c in checks
    ]
    emit(args, payload, "\n".join(lines))
    return 0 if all(c.ok for c in checks) else 1
