"""``moot backup`` and ``moot restore``: the database and every document in one archive.

The archive (a gzipped tar) holds

- ``database/moot.sqlite3``: a copy made with SQLite's online backup API (consistent while
  the site runs), or ``database/moot.sql``: ``pg_dump``'s plain SQL for PostgreSQL, or
  ``database/moot.json``: Django's portable dump, used when ``pg_dump`` is missing or older
  than the server (the reason is written in the manifest);
- ``documents/NAME``: every file of the document storage (the folder or the object store);
- ``manifest.json``, last: the SHA-256 and size of every other member, the schema version
  (the migrations applied, per app) and what made the dump.

A restore reads the whole archive and checks it before it changes anything: an archive
that ends early is refused as truncated, a member whose checksum differs from the
manifest as tampered with, a schema with migrations this installation does not know as
newer. Then it restores the database in one transaction (SQLite's backup API into the
live database; PostgreSQL's schema dropped and the dump replayed by ``psql`` in one
transaction; the portable dump flushed and loaded in one transaction), writes every
document (each file atomically; files not in the backup are left alone), migrates a backup
of an older schema forward and gives every cached page a new version.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

FORMAT = "moot-backup/1"
MANIFEST = "manifest.json"
DOCUMENTS = "documents/"
CHUNK = 1 << 20


class BackupError(Exception):
    """A backup or restore refused; the message is one sentence saying why."""


@dataclass
class BackupReport:
    path: Path
    database: str  # "sqlite", "postgresql" or "portable"
    documents: int
    bytes: int
    reason: str = ""


@dataclass
class RestoreReport:
    path: Path
    database: str
    documents: int
    migrated: list[str] = field(default_factory=list)


# --- what this installation is ----------------------------------------------------------


def applied_migrations() -> dict[str, list[str]]:
    """The schema version: the migrations applied, per app, sorted."""
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    schema: dict[str, list[str]] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        schema.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(schema.items())}


def known_migrations() -> set[tuple[str, str]]:
    """Every migration this code has on disk."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    return set(MigrationLoader(connection, ignore_no_migrations=True).disk_migrations)


def unknown_migrations(schema: dict[str, list[str]], known: set[tuple[str, str]]) -> list[str]:
    """The migrations a backup's schema has that this installation does not know: a
    backup from a newer Moot (pure; "app.name" sorted)."""
    return sorted(
        f"{app}.{name}"
        for app, names in schema.items()
        for name in names
        if (app, name) not in known
    )


def pg_dump_major(version_text: str) -> int | None:
    """``pg_dump (PostgreSQL) 15.20 (Debian ...)`` -> 15; None when unreadable (pure)."""
    match = re.search(r"\)\s+(\d+)(?:\.\d+)?", version_text) or re.search(r"(\d+)\.", version_text)
    return int(match.group(1)) if match else None


# --- the database ------------------------------------------------------------------------


def _engine() -> str:
    from django.db import connection

    return connection.vendor  # "sqlite" or "postgresql"


def _pg_env_args() -> tuple[dict[str, str], list[str]]:
    from django.db import connection

    s = connection.settings_dict
    env = dict(os.environ)
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = str(s["PASSWORD"])
    args = []
    if s.get("HOST"):
        args += ["-h", str(s["HOST"])]
    if s.get("PORT"):
        args += ["-p", str(s["PORT"])]
    if s.get("USER"):
        args += ["-U", str(s["USER"])]
    return env, [*args, "-d", str(s["NAME"])]


def _pg_dump_usable() -> str:
    """ "" when ``pg_dump`` can dump this server, else the reason it cannot."""
    from django.db import connection

    found = shutil.which("pg_dump")
    if not found:
        return "pg_dump is not installed"
    text = subprocess.run([found, "--version"], capture_output=True, text=True).stdout
    major = pg_dump_major(text)
    connection.ensure_connection()
    server = connection.pg_version // 10000
    if major is None or major < server:
        return f"pg_dump {major or '?'} is older than the PostgreSQL {server} server"
    return ""


def _dump_database(folder: Path, *, portable: bool) -> tuple[str, Path, str]:
    """Write the database to a file in ``folder``: (kind, path, reason for portable)."""
    from django.db import connection

    engine = _engine()
    reason = "asked for (--portable)" if portable else ""
    if engine == "postgresql" and not portable:
        reason = _pg_dump_usable()
    if engine == "sqlite" and not portable:
        target = folder / "moot.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        return "sqlite", target, ""
    if engine == "postgresql" and not reason:
        target = folder / "moot.sql"
        env, args = _pg_env_args()
        done = subprocess.run(
            [
                "pg_dump",
                "--no-owner",
                "--no-privileges",
                "-f",
                str(target),
                *args,
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {' '.join(done.stderr.split())[:300]}")
        return "postgresql", target, ""
    from django.core.management import call_command

    target = folder / "moot.json"
    with target.open("w", encoding="utf-8") as handle:
        call_command("dumpdata", format="json", stdout=handle, verbosity=0)
    return "portable", target, reason or f"the {engine} database has no native dump"


# --- the documents -----------------------------------------------------------------------


def _walk(storage, folder: str = ""):
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from _walk(storage, f"{folder}/{sub}" if folder else sub)


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == str(path)


# --- backup ------------------------------------------------------------------------------


def _add(archive: tarfile.TarFile, name: str, reader, size: int) -> dict:
    """Add one member from ``reader`` (hashing it on the way); its manifest entry."""
    digest = hashlib.sha256()

    class Hashing(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            data = reader.read(len(buffer))
            digest.update(data)
            buffer[: len(data)] = data
            return len(data)

    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, Hashing())
    return {"sha256": digest.hexdigest(), "bytes": size}


def backup(output: Path | str, *, portable: bool = False) -> BackupReport:
    """Write the backup to ``output`` (through a temporary file beside it, renamed at the
    end: a failed backup leaves no partial archive)."""
    from django.core.files.storage import default_storage

    from moot import __version__ as version

    output = Path(output)
    if output.is_dir():
        raise BackupError(f"-o {output}: is a folder; give the archive's file name.")
    if not output.parent.exists():
        raise BackupError(f"-o {output}: the folder {output.parent} does not exist.")
    files: dict[str, dict] = {}
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    try:
        with tempfile.TemporaryDirectory(prefix="moot-backup-") as work:
            kind, dumped, reason = _dump_database(Path(work), portable=portable)
            schema = applied_migrations()
            with tarfile.open(temporary, "w:gz") as archive:
                member = f"database/{dumped.name}"
                with dumped.open("rb") as reader:
                    files[member] = _add(archive, member, reader, dumped.stat().st_size)
                for name in _walk(default_storage):
                    with default_storage.open(name, "rb") as reader:
                        data = reader.read()
                    files[DOCUMENTS + name] = _add(
                        archive, DOCUMENTS + name, io.BytesIO(data), len(data)
                    )
                manifest = {
                    "format": FORMAT,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "moot": version,
                    "database": {"kind": kind, "member": member, "portable_reason": reason},
                    "schema": schema,
                    "files": files,
                }
                body = json.dumps(manifest, indent=1, sort_keys=True).encode()
                _add(archive, MANIFEST, io.BytesIO(body), len(body))
        os.replace(temporary, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    documents = sum(1 for n in files if n.startswith(DOCUMENTS))
    return BackupReport(output, kind, documents, output.stat().st_size, reason)


# --- verify ------------------------------------------------------------------------------


@dataclass
class Verified:
    manifest: dict
    database_member: str
    documents: list[str]


def verify(path: Path | str) -> Verified:
    """Read the whole archive and check it against its manifest and this installation;
    raise :class:`BackupError` with one sentence saying what is wrong. Changes nothing."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file.")
    seen: dict[str, dict] = {}
    manifest_bytes = None
    try:
        with tarfile.open(path, "r:gz") as archive:
            for info in archive:
                if not info.isfile() or not _safe_member(info.name):
                    raise BackupError(
                        f"{path} is not a Moot backup: it holds {info.name!r}, which a backup "
                        "never does."
                    )
                reader = archive.extractfile(info)
                digest, size = hashlib.sha256(), 0
                chunks = []
                for chunk in iter(lambda r=reader: r.read(CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    if info.name == MANIFEST:
                        chunks.append(chunk)
                if size != info.size:
                    raise EOFError(info.name)
                if info.name == MANIFEST:
                    manifest_bytes = b"".join(chunks)
                else:
                    seen[info.name] = {"sha256": digest.hexdigest(), "bytes": size}
    except (tarfile.ReadError, EOFError, zlib.error, gzip.BadGzipFile, OSError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise BackupError(
            f"{path} is truncated or damaged: it cannot be read to the end ({error or 'ends early'})."
        ) from None
    if manifest_bytes is None:
        raise BackupError(f"{path} is truncated or not a Moot backup: it has no manifest.")
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        raise BackupError(f"{path}: its manifest is not readable JSON.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"{path} is not a backup this Moot reads (format {manifest.get('format')!r}, "
            f"expected {FORMAT!r})."
        )
    listed = manifest.get("files") or {}
    for name, entry in sorted(listed.items()):
        if name not in seen:
            raise BackupError(f"{path} is truncated or tampered with: {name} is missing from it.")
        if seen[name] != entry:
            raise BackupError(
                f"{path} has been tampered with or damaged: the SHA-256 checksum of {name} "
                "does not match its manifest."
            )
    extra = sorted(set(seen) - set(listed))
    if extra:
        raise BackupError(f"{path} has been tampered with: {extra[0]} is not in its manifest.")
    newer = unknown_migrations(manifest.get("schema") or {}, known_migrations())
    if newer:
        raise BackupError(
            f"{path} is from a newer schema than this Moot's ({newer[0]} is unknown here): "
            "upgrade Moot, then restore."
        )
    database = manifest.get("database") or {}
    kind, member = database.get("kind"), database.get("member", "")
    if member not in listed:
        raise BackupError(f"{path} holds no database.")
    if kind in ("sqlite", "postgresql") and kind != _engine():
        raise BackupError(
            f"{path} holds a {kind} database; this installation uses {_engine()} "
            "(take a portable backup with `moot backup --portable` to move between them)."
        )
    documents = sorted(n for n in listed if n.startswith(DOCUMENTS))
    return Verified(manifest, member, documents)


# --- restore -----------------------------------------------------------------------------


def _restore_sqlite(source: Path) -> None:
    """Copy the backup into the live database with SQLite's backup API: the destination
    is replaced in one locked step, so readers see the old or the new database."""
    from django.db import connection

    connection.ensure_connection()
    origin = sqlite3.connect(source)
    try:
        origin.backup(connection.connection)
    finally:
        origin.close()


def _restore_postgresql(source: Path) -> None:
    """Drop the public schema and replay the dump, in one transaction (psql
    --single-transaction): a failure leaves the database as it was."""
    from django.db import connections

    connections.close_all()
    env, args = _pg_env_args()
    with tempfile.NamedTemporaryFile("wb", suffix=".sql", delete=False) as script:
        script.write(b"DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n")
        with source.open("rb") as dump:
            shutil.copyfileobj(dump, script)
    try:
        done = subprocess.run(
            [
                "psql",
                "-X",
                "-q",
                "--single-transaction",
                "-v",
                "ON_ERROR_STOP=1",
                "-f",
                script.name,
                *args,
            ],
            env=env,
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(script.name)
    if done.returncode != 0:
        raise BackupError(
            "the database could not be restored and was left as it was: "
            + " ".join(done.stderr.split())[:300]
        )


def _restore_portable(source: Path) -> None:
    from django.core.management import call_command
    from django.db import transaction

    with transaction.atomic():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        call_command("loaddata", str(source), verbosity=0)


def _write_document(storage, name: str, data: bytes) -> None:
    from django.core.files.base import ContentFile
    from django.core.files.storage import FileSystemStorage

    from moot.documents.pdf import atomic_write

    if isinstance(storage, FileSystemStorage):
        target = Path(storage.path(name))
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target) as handle:
            handle.write(data)
        return
    with contextlib.suppress(FileNotFoundError):
        if storage.exists(name):
            with storage.open(name, "rb") as handle:
                if hashlib.sha256(handle.read()).hexdigest() == hashlib.sha256(data).hexdigest():
                    return
            storage.delete(name)
    stored = storage.save(name, ContentFile(data))  # one PUT: an object is whole or absent
    if stored != name:
        raise BackupError(f"the document store kept {name} as {stored}.")


def restore(path: Path | str) -> RestoreReport:
    """Verify ``path`` whole (nothing is touched if it is refused), then restore."""
    from django.core.files.storage import default_storage
    from django.core.management import call_command
    from django.db import connections

    path = Path(path)
    checked = verify(path)
    kind = checked.manifest["database"]["kind"]
    with tempfile.TemporaryDirectory(prefix="moot-restore-") as work:
        with tarfile.open(path, "r:gz") as archive:
            reader = archive.extractfile(checked.database_member)
            dump = Path(work) / PurePosixPath(checked.database_member).name
            with dump.open("wb") as handle:
                shutil.copyfileobj(reader, handle)
        {"sqlite": _restore_sqlite, "postgresql": _restore_postgresql}.get(kind, _restore_portable)(
            dump
        )
    connections.close_all()
    with tarfile.open(path, "r:gz") as archive:
        for info in archive:
            if info.name.startswith(DOCUMENTS):
                data = archive.extractfile(info).read()
                _write_document(default_storage, info.name[len(DOCUMENTS) :], data)
    restored = applied_migrations()
    call_command("migrate", interactive=False, verbosity=0)
    after = applied_migrations()
    migrated = sorted(
        f"{app}.{n}"
        for app, names in after.items()
        for n in names
        if n not in restored.get(app, [])
    )
    from moot.portal.cache import EVERYTHING, bump

    bump(EVERYTHING)  # every cached page was made from the record before the restore
    return RestoreReport(path, kind, len(checked.documents), migrated)
