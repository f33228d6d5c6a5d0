"""`moot import ...` (CONTRACT.md): JSON on stdout, exit codes, one-line errors, folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from moot import cli
from tests.helpers import PACK_SEED, PAGE_SEED
from tests.ingest.helpers import BODY, JULY, MARCH, row_counts


def moot(argv: list[str]) -> int:
    return cli.main(argv)


def test_page_dry_run_json(fresh, capsys):
    before = row_counts()
    code = moot(["import", "moderngov-page", str(PAGE_SEED), "--body", BODY, "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert row_counts() == before
    report = json.loads(out)
    march = report["meetings"][0]
    assert march["meeting"] == MARCH
    assert [i["number"] for i in march["items"]] == [str(n) for n in range(17, 27)]
    item20 = march["items"][3]
    assert (item20["number"], item20["resolutions"], item20["documents"]) == ("20", 1, 1)
    assert [i["number"] for i in march["items"] if i["partial"]] == ["21", "22", "23"]
    assert set(report) >= {"meetings", "people", "warnings"}
    assert set(report["people"]) == {"matched", "created", "uncertain"}
    assert set(march["attendance"]) == {
        "present",
        "apologies",
        "substitutes",
        "standing_invitees",
        "in_attendance",
    }


def test_pack_json_and_text(fresh, capsys):
    assert moot(["import", "agenda-pack", str(PACK_SEED), "--body", BODY, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [m["meeting"] for m in report["meetings"]] == [JULY, MARCH]
    assert [a["letter"] for a in report["meetings"][0]["appendices"]] == list("ABCDE")
    assert moot(["import", "agenda-pack", str(PACK_SEED)]) == 0
    out = capsys.readouterr().out
    assert "the record already had everything in it" in out
    assert f"{MARCH} (existing, minutes draft): 10 items" in out
    assert "attendance: 13 present, 3 substitutes, 4 apologies" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "agenda-pack", "missing.pdf"], "moot import: missing.pdf: no such file\n"),
        (
            ["import", "agenda-pack", str(PACK_SEED), "--body", "nowhere"],
            "moot import: --body 'nowhere': no committee or board has that slug\n",
        ),
        (
            ["import", "agenda-pack", str(PAGE_SEED)],
            f"moot import: {PAGE_SEED.name} is an Agenda and minutes page, not an agenda pack: "
            "import it with `moot import moderngov-page`\n",
        ),
    ],
)
def test_user_errors_are_one_line_naming_the_input(fresh, capsys, argv, message):
    assert moot(argv) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", message)


def test_scanned_and_foreign_files_are_refused(fresh, capsys, tmp_path):
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.save(tmp_path / "scan.pdf")
    pdf.close()
    assert moot(["import", "agenda-pack", str(tmp_path / "scan.pdf"), "--json"]) == 1
    assert capsys.readouterr().err == "moot import: scan.pdf: no text layer: run OCR first\n"
    (tmp_path / "notes.txt").write_text("Remember the milk.\n", encoding="utf-8")
    assert moot(["import", "moderngov-page", str(tmp_path / "notes.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "notes.txt" in err and "expected an agenda pack, printed minutes" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["import"],
        ["import", "agenda-pack"],
        ["import", "minutes", "x.pdf"],
        ["import", "agenda-pack", "x.pdf", "--bogus"],
    ],
)
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        moot(argv)
    assert exit_info.value.code == 2


def test_folder_imports_each_file_alone_and_lists_failures(fresh, capsys, tmp_path):
    shutil.copy(PACK_SEED, tmp_path / "a-pack.txt")
    shutil.copy(PAGE_SEED, tmp_path / "b-page.txt")
    (tmp_path / "c-notes.txt").write_text("Nothing to see.\n", encoding="utf-8")
    (tmp_path / "d-ignored.docx").write_bytes(b"PK\x03\x04")
    code = moot(["import", "folder", str(tmp_path), "--body", BODY, "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    report = json.loads(out)
    assert [f["file"] for f in report["files"]] == ["a-pack.txt", "b-page.txt", "c-notes.txt"]
    assert [f["ok"] for f in report["files"]] == [True, True, False]
    assert report["imported"] == 2
    assert [f["file"] for f in report["failed"]] == ["c-notes.txt"]
    assert err.count("\n") == 1 and err.startswith("moot import: 1 of 3 files failed: c-notes.txt")
    page = report["files"][1]["report"]["meetings"][0]
    # the page cuts minutes 21-23 short; the pack's full text, imported first, is kept
    assert (page["meeting"], page["created"], page["partial"]) == (MARCH, False, True)


def test_folder_shows_progress_and_a_table(fresh, capsys, tmp_path):
    shutil.copy(PAGE_SEED, tmp_path / "page.txt")
    before = row_counts()
    assert moot(["import", "folder", str(tmp_path), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert row_counts() == before
    assert "page.txt" in out and MARCH in out and "changed" in out
    assert "Imported 1 file " in err and "1/1" in err  # the progress bar, on stderr


def test_folder_errors(fresh, capsys, tmp_path):
    assert moot(["import", "folder", str(tmp_path / "none")]) == 1
    assert "none: no such folder" in capsys.readouterr().err
    assert moot(["import", "folder", str(tmp_path)]) == 1
    assert "no .pdf, .txt, .html or .htm files to import" in capsys.readouterr().err


def test_the_installed_moot_command_has_import_wired(tmp_path):
    """The console script itself (pyproject's ``moot = "moot.cli:main"``), not a test's
    wiring: ``moot import`` parses, and reaches the importer, which names the bad file."""
    script = Path(sys.executable).parent / "moot"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MOOT_", "DATABASE_URL"))}
    env |= {"MOOT_DEBUG": "1", "MOOT_DATA_DIR": str(tmp_path)}
    help_text = subprocess.run(
        [script, "import", "--help"], env=env, capture_output=True, text=True, timeout=120
    )
    assert help_text.returncode == 0, help_text.stderr
    assert all(kind in help_text.stdout for kind in ("moderngov-page", "agenda-pack", "folder"))
    missing = subprocess.run(
        [script, "import", "agenda-pack", str(tmp_path / "missing.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == f"moot import: {tmp_path / 'missing.pdf'}: no such file\n"


def test_import_any_says_which_importer_read_each_file(fresh, capsys, tmp_path):
    junk = tmp_path / "letter.txt"
    junk.write_text("Dear Sir,\nThank you for your letter.\n", encoding="utf-8")
    before = row_counts()
    code = moot(["import", "any", str(PAGE_SEED), str(PACK_SEED), str(junk), "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    payload = json.loads(out)
    assert [f.get("importer") for f in payload["files"]] == [
        "moderngov-page",
        "agenda-pack",
        None,
    ]
    assert payload["failed"][0]["file"] == str(junk)
    assert "letter.txt" in payload["failed"][0]["error"]
    assert "letter.txt" in err
    assert row_counts() == before
