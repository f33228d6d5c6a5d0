"""`moot pack` and `moot minutes-doc` (CONTRACT.md): JSON on stdout, the file written in one
step, exit 1 with one line naming the input at fault."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from moot import cli
from moot.documents.models import Document
from moot.meetings.models import AgendaItem, Meeting
from tests.documents.helpers import files_under, page_texts
from tests.factories import build_meeting

pytestmark = pytest.mark.django_db

JULY = "health-and-wellbeing-board/2021-07-29"
MARCH = "health-and-wellbeing-board/2021-03-25"


def moot(argv: list[str]) -> int:
    return cli.main(argv)


def test_pack_of_the_example_july_meeting(example, example_builds, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert moot(["pack", JULY, "-o", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert set(report) == {"meeting", "pages", "appendices"}
    assert report["meeting"] == JULY
    assert [a["letter"] for a in report["appendices"]] == list("ABCDE")
    assert set(report["appendices"][0]) == {"letter", "title", "first_page", "last_page"}
    assert report["appendices"][0]["first_page"] == 1
    for before, after in zip(report["appendices"], report["appendices"][1:], strict=False):
        assert after["first_page"] == before["last_page"] + 1
    documents = Document.objects.filter(meeting__date="2021-07-29").exclude(file="")
    appendix_pages = sum(d.page_count for d in documents)
    assert report["appendices"][-1]["last_page"] == appendix_pages
    reader = PdfReader(out)
    unnumbered = report["pages"] - appendix_pages
    assert unnumbered >= 4  # front sheet, members, public information, agenda
    assert report["pages"] == len(reader.pages) == unnumbered + appendix_pages
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]  # no temporary file left


def test_pack_in_words_and_the_members_pack(example, example_builds, tmp_path, capsys):
    out = tmp_path / "members.pdf"
    assert moot(["pack", JULY, "-o", str(out), "--members"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Wrote the members' pack of {JULY} to {out}: ")
    assert "Appendix C: Spotlight on Good Practice and Innovation (pages " in text
    assert PdfReader(out).metadata.title.endswith("(members' pack, not for publication)")


def test_minutes_doc_of_the_march_meeting(example, example_builds, tmp_path, capsys):
    out = tmp_path / "m.pdf"
    assert moot(["minutes-doc", MARCH, "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["meeting"] == MARCH and report["draft"] is True
    assert report["pages"] == len(PdfReader(out).pages)
    text = " ".join(page_texts(out))
    assert "DRAFT" in text
    meeting = Meeting.objects.get(body=example, date="2021-03-25")
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order"))
    assert [i.minute_number for i in items] == list(range(17, 27))
    position = 0
    for item in items:
        heading = re.search(
            rf"{item.minute_number}\. {re.escape(item.title.upper())}", text[position:]
        )
        assert heading, (item.minute_number, item.title)
        position += heading.end()
        for resolution in item.resolutions.order_by("order"):
            start = " ".join(resolution.text.split())[:60]
            found = text.find(start, position)
            assert found >= 0, (item.minute_number, start)
            position = found + len(start)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pack", "health-and-wellbeing-board/2021-07-30"], "has no meeting on 30 July 2021"),
        (["pack", "no-such-board/2021-07-29"], "There is no body called 'no-such-board'"),
        (["pack", "health-and-wellbeing-board"], "is not a meeting"),
        (["minutes-doc", JULY], "has no minutes: the meeting is agenda published, not held"),
    ],
)
def test_unknown_meetings_are_one_line_errors(
    example, example_builds, tmp_path, capsys, argv, message
):
    assert moot([*argv, "-o", str(tmp_path / "out.pdf")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert captured.err.startswith(f"moot {argv[0]}: ")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_folder_is_named(example, tmp_path, capsys):
    target = tmp_path / "nowhere" / "pack.pdf"
    assert moot(["pack", JULY, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"moot pack: -o {target}: the folder {target.parent} does not exist.\n"
    assert moot(["minutes-doc", MARCH, "-o", str(tmp_path)]) == 1
    assert "that is a folder" in capsys.readouterr().err


def test_a_bad_stored_document_is_named(example, store, leicester_pdfs, tmp_path, capsys):
    meeting = build_meeting(example, leicester_pdfs)
    document = Document.objects.get(meeting=meeting, letter="B")
    (store / "media" / document.file.name).write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    out = tmp_path / "pack.pdf"
    assert moot(["pack", meeting.identifier, "-o", str(out), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "Appendix B: Minutes of the Previous Meeting (" in captured.err
    assert "was refused" in captured.err
    assert not out.exists()
    assert files_under(store / "packs") == []


def test_the_output_is_replaced_in_one_step(example, example_builds, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"an older pack")
    assert moot(["pack", JULY, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.fixture
def private_builds(settings, tmp_path):
    """Builds and caches in a folder of this test's own (the example's uploads stay put)."""
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    return settings.DATA_DIR


def _unwritable_targets(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    targets = [
        (a_file / "pack.pdf", f"{a_file} is a file, not a folder"),
        # refused by the kernel for root too: the name is longer than a file name may be
        (tmp_path / ("x" * 300 + ".pdf"), "the file cannot be written (File name too long)"),
    ]
    if Path("/sys/kernel").is_dir():  # sysfs: no one, root included, creates files there
        targets.append((Path("/sys/pack.pdf"), "the file cannot be written ("))
    return targets


def test_an_unwritable_target_is_refused_before_anything_is_built(
    example, private_builds, tmp_path, capsys
):
    for target, message in _unwritable_targets(tmp_path):
        assert moot(["pack", JULY, "-o", str(target)]) == 1, target
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1
        assert captured.err.startswith(f"moot pack: -o {target}: ")
        assert message in captured.err
        assert files_under(private_builds) == [], f"{target}: a pack was built anyway"
    # the same command with a target that can be written builds (and caches) the pack
    assert moot(["pack", JULY, "-o", str(tmp_path / "pack.pdf")]) == 0
    assert files_under(private_builds) != []
