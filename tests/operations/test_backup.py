"""`moot backup` and `moot restore`: the database and every document in one archive with
a manifest of SHA-256 checksums and the schema version. A restore after the database and
the documents are gone brings back every table's rows and every document's bytes, from
the document folder and from an object store; a truncated archive, a tampered one and one
from a newer schema are refused before anything is changed."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.test import override_settings

from moot.operations import backup as ops
from moot.operations.config import parse_storage_url, storages_setting
from tests.operations.services import S3_KEYS

pytestmark = pytest.mark.django_db(transaction=True)


def row_counts() -> dict[str, int]:
    """Every table's row count."""
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            if (
                table.startswith("sqlite_")
                or "_fts" in table
                and table.endswith(("_data", "_idx", "_docsize", "_config", "_content"))
            ):
                continue  # SQLite's own and the full-text index's shadow tables
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - table names from the schema
            counts[table] = cursor.fetchone()[0]
    return counts


def document_checksums() -> dict[str, str]:
    return {
        name: hashlib.sha256(default_storage.open(name, "rb").read()).hexdigest()
        for name in ops._walk(default_storage)
    }


def drop_database() -> None:
    """Every table gone (the schema dropped on PostgreSQL)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
            return
        cursor.execute("PRAGMA foreign_keys = OFF")
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'DROP TABLE IF EXISTS "{table}"')


def rewrite(source: Path, target: Path, change) -> None:
    """Copy an archive member by member, ``change(name, data)`` giving each one's bytes."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for info in old:
            data = change(info.name, old.extractfile(info).read())
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))


@pytest.fixture
def media(settings, tmp_path, example, reload_example):
    """A document folder of this test's own, holding the example's files."""
    from django.conf import settings as live

    source = Path(live.MEDIA_ROOT)
    settings.MEDIA_ROOT = tmp_path / "media"
    shutil.copytree(source, settings.MEDIA_ROOT)
    return settings.MEDIA_ROOT


def test_a_backup_restores_every_row_and_every_document_after_both_are_gone(media, tmp_path):
    counts, checksums = row_counts(), document_checksums()
    assert counts["meetings_meeting"] > 0 and len(checksums) >= 5

    report = ops.backup(tmp_path / "site.tar.gz")
    assert report.documents == len(checksums)
    assert report.database == connection.vendor  # pg_dump matches the server here
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site")]  # no leftovers

    drop_database()
    shutil.rmtree(media)
    assert document_checksums() == {}

    restored = ops.restore(tmp_path / "site.tar.gz")
    assert restored.documents == len(checksums) and restored.migrated == []
    assert row_counts() == counts
    assert document_checksums() == checksums


def test_refused_backups_change_nothing(media, tmp_path):
    """Truncated, tampered with, from a newer schema: each refused with a sentence saying
    which, before the database or a document is touched."""
    from moot.meetings.models import Meeting

    good = tmp_path / "good.tar.gz"
    ops.backup(good)
    counts, checksums = row_counts(), document_checksums()
    Meeting.objects.update(venue="Changed after the backup")

    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ops.BackupError, match="is truncated or damaged"):
        ops.restore(truncated)

    tampered = tmp_path / "tampered.tar.gz"
    first_document = next(iter(sorted(checksums)))

    def flip(name: str, data: bytes) -> bytes:
        if name == ops.DOCUMENTS + first_document:
            return data[:-10] + b"tampered!!"
        return data

    rewrite(good, tampered, flip)
    with pytest.raises(
        ops.BackupError,
        match=f"tampered with or damaged: the SHA-256 checksum of documents/{first_document}",
    ):
        ops.restore(tampered)

    newer = tmp_path / "newer.tar.gz"

    def future(name: str, data: bytes) -> bytes:
        if name == ops.MANIFEST:
            manifest = json.loads(data)
            manifest["schema"]["meetings"].append("9999_from_the_future")
            return json.dumps(manifest).encode()
        return data

    rewrite(good, newer, future)
    with pytest.raises(ops.BackupError, match=r"newer schema .*meetings\.9999_from_the_future"):
        ops.restore(newer)

    assert set(Meeting.objects.values_list("venue", flat=True)) == {"Changed after the backup"}
    assert row_counts() == counts and document_checksums() == checksums

    ops.restore(good)  # and the good one still restores over the change
    assert "Changed after the backup" not in set(Meeting.objects.values_list("venue", flat=True))


def test_the_restore_command_names_what_is_wrong_in_one_line(media, tmp_path, capsys):
    from moot.cli import main

    good = tmp_path / "good.tar.gz"
    assert main(["backup", "-o", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] >= 5
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(good.read_bytes()[:-200])
    assert main(["restore", str(cut)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"moot restore: {cut} is truncated") and "\n" not in err
    assert main(["restore", "--check", str(good)]) == 0
    assert main(["backup", "-o", str(tmp_path / "no" / "such" / "x.tgz")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_portable_backup_restores_too(media, tmp_path):
    counts = row_counts()
    report = ops.backup(tmp_path / "portable.tar.gz", portable=True)
    assert report.database == "portable" and "--portable" in report.reason
    drop_database()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # an empty installation of this version
    ops.restore(tmp_path / "portable.tar.gz")
    after = row_counts()
    assert {t: n for t, n in after.items() if t != "django_migrations"} == {
        t: n for t, n in counts.items() if t != "django_migrations"
    }


def test_the_same_against_an_object_store(media, tmp_path, object_store, monkeypatch):
    for key, value in S3_KEYS.items():
        monkeypatch.setenv(key, value)
    prefix = f"backup-{tmp_path.name}"
    config = parse_storage_url(object_store.url(prefix), default_folder="")
    object_store.upload_folder(media, f"{prefix}/media")
    with override_settings(
        STORAGES=storages_setting(
            config, static_backend="django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
        MOOT_STORAGE=config,
    ):
        counts, checksums = row_counts(), document_checksums()
        assert len(checksums) >= 5
        ops.backup(tmp_path / "store.tar.gz")
        drop_database()
        client = object_store.client()
        for key in object_store.keys(prefix):
            client.delete_object(Bucket="moot-test", Key=key)
        assert document_checksums() == {}
        ops.restore(tmp_path / "store.tar.gz")
        assert row_counts() == counts
        assert document_checksums() == checksums
        assert len(object_store.keys(f"{prefix}/media/")) == len(checksums)
