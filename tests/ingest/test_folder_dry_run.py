"""A folder's dry run reports what the real run would, file by file, and writes nothing
(docs/contract.md, ``moot import folder``): what an earlier file would create (a body, people,
a meeting) is known to the files after it. Texts written for this test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from moot import cli
from moot.meetings.models import Meeting
from tests.ingest.helpers import row_counts

PRESENT = "Cllr A Fenwick (Chair), Cllr B Harrow, Cllr C Ingle"


def _minutes(heading: str, present: str = PRESENT) -> str:
    return (
        f"{heading}\n\nPresent: {present}.\n\nApologies: Cllr D Jessop.\n\n"
        "1. Apologies for absence\nAccepted.\n\n2. Planning\nNo applications.\n"
    )


FILES = {
    # named first, then the same council's minutes naming only its kind, then its own name again
    "a-march.txt": _minutes(
        "Minutes of the Meeting of Ashwell Parish Council held on 12 March 2024 at 7.30pm"
    ),
    "b-april.txt": _minutes("Minutes of the Parish Council meeting held on 9 April 2024 at 7pm"),
    "c-may.txt": _minutes(
        "Minutes of the Meeting of Ashwell Parish Council held on 14 May 2024 at 7.30pm",
        present=PRESENT + ", Cllr E Kettle",
    ),
}


def _media_files() -> set[Path]:
    root = Path(settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def _reports(folder: Path, capsys, *extra: str) -> tuple[dict, list[dict]]:
    assert cli.main(["import", "folder", str(folder), "--json", *extra]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert all(f["ok"] for f in payload["files"]), payload["failed"]
    return payload, [f["report"] for f in payload["files"]]


def _without_flag(report: dict) -> dict:
    return {k: v for k, v in report.items() if k != "dry_run"}


@pytest.mark.django_db
def test_a_folder_dry_run_reports_what_the_real_run_does_and_writes_nothing(tmp_path, capsys):
    Meeting.objects.all().delete()
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    before, media = row_counts(), _media_files()

    dry_payload, dry = _reports(tmp_path, capsys, "--dry-run")
    assert dry_payload["dry_run"] is True and all(r["dry_run"] for r in dry)
    assert row_counts() == before  # bodies, people, meetings, audit entries: nothing new
    assert _media_files() == media

    _, real = _reports(tmp_path, capsys)
    assert row_counts() != before  # the real run wrote what the dry run reported
    assert [_without_flag(r) for r in dry] == [_without_flag(r) for r in real]
    # what the report says, in the real run: the body and people once created, then matched
    assert [len(r["bodies"]["created"]) for r in real] == [1, 0, 0]
    assert [len(r["people"]["created"]) for r in real][1] == 0
    assert real[1]["bodies"]["matched"][0]["body"] == "Ashwell Parish Council"


@pytest.mark.django_db
def test_a_file_failing_in_a_shared_dry_run_undoes_only_its_own_writes(monkeypatch):
    from moot.ingest import services
    from moot.meetings.services import MeetingError

    Meeting.objects.all().delete()
    before = row_counts()
    real_merge = services.merge_reports

    def refuse(_reports):  # called once the file's meeting is written
        raise MeetingError("refused for the test")

    with services.dry_run_together():
        first = services.import_text(FILES["a-march.txt"], name="a-march.txt", dry_run=True)
        # the second file fails after writing its meeting: its savepoint is rolled back
        monkeypatch.setattr(services, "merge_reports", refuse)
        with pytest.raises(services.ImportFailed, match="b-april.txt: refused for the test"):
            services.import_text(FILES["b-april.txt"], name="b-april.txt", dry_run=True)
        monkeypatch.setattr(services, "merge_reports", real_merge)
        assert list(Meeting.objects.values_list("date", flat=True)) == [
            date.fromisoformat(first["meetings"][0]["date"])
        ]
        third = services.import_text(FILES["c-may.txt"], name="c-may.txt", dry_run=True)
    assert row_counts() == before
    assert first["bodies"]["created"] and not third["bodies"]["created"]
    assert [m["created"] for m in third["meetings"]] == [True]


@pytest.mark.django_db
def test_import_any_dry_run_reports_what_the_real_run_does_and_writes_nothing(tmp_path, capsys):
    """``moot import any PATH... --dry-run`` as a folder's: the files together, rolled back."""
    Meeting.objects.all().delete()
    paths = []
    for name in ("a-march.txt", "c-may.txt"):
        (tmp_path / name).write_text(FILES[name], encoding="utf-8")
        paths.append(str(tmp_path / name))
    before = row_counts()

    def run(*extra: str) -> list[dict]:
        assert cli.main(["import", "any", *paths, "--json", *extra]) == 0
        return [f["report"] for f in json.loads(capsys.readouterr().out)["files"]]

    dry = run("--dry-run")
    assert row_counts() == before
    real = run()
    assert [_without_flag(r) for r in dry] == [_without_flag(r) for r in real]
    assert [len(r["bodies"]["created"]) for r in dry] == [1, 0]
