"""A folder of documents of several councils imported into an empty Moot (no example
loaded): their bodies, meetings, items and attendance; importing it again changes nothing.
Minutes naming no body import only with --body, minutes naming only the kind of council into
the one body of that kind; importing again changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from moot import cli
from moot.governance.models import Body
from moot.meetings.models import Attendance, Meeting
from tests.helpers import PAGE_SEED
from tests.ingest.helpers import row_counts

HERE = Path(__file__).parent
DOCUMENTS = [
    HERE / "documents" / "groby-pc-2008-02-04.txt",
    HERE / "documents" / "melton-pc-2021-05-05.txt",
    HERE / "documents" / "thame-tc-2021-04-27.txt",
    HERE / "documents" / "lbhf-issue-65317.txt",  # refused: it names no meeting of its own
    PAGE_SEED,  # Leicester City Council's Health and Wellbeing Board
    HERE.parent / "ingest" / "xml" / "getmeetings.xml",  # test data in ModernGov's layout
    HERE.parent / "ingest" / "xml" / "getmeeting.xml",
]


@pytest.mark.django_db
def test_a_folder_of_several_councils_imports_into_an_empty_moot(tmp_path, capsys):
    # The test database may hold the example's governance (loaded once per session): the
    # councils here are none of it, and no meeting is in the record.
    Meeting.objects.all().delete()
    before = set(Body.objects.values_list("name", flat=True))
    assert not before & {"Groby Parish Council", "Melton Parish Council", "Thame Town Council"}
    for path in DOCUMENTS:
        shutil.copy(path, tmp_path / path.name)
    # Several councils' documents in one folder, on purpose (without the option, the
    # folder import would refuse them: tests/ingest/test_council.py).
    code = cli.main(["import", "folder", str(tmp_path), "--several-councils", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1  # one file refused, the others imported
    assert [f["file"] for f in payload["failed"]] == ["lbhf-issue-65317.txt"]
    assert payload["failed"][0]["error"].startswith("lbhf-issue-65317.txt")
    names = set(Body.objects.values_list("name", flat=True))
    assert {
        "Groby Parish Council",
        "Melton Parish Council",
        "Thame Town Council",
        "Planning Committee",
    } <= names - before
    groby = Meeting.objects.get(body__name="Groby Parish Council")
    assert groby.date.isoformat() == "2008-02-04" and groby.items.count() == 3
    assert groby.attendance.filter(status=Attendance.Status.PRESENT).count() == 14
    assert groby.quorum_explanation == (
        "not judged: no terms of reference in force on 4 February 2008"
    )
    melton = Meeting.objects.get(body__name="Melton Parish Council")
    assert melton.kind == Meeting.Kind.ANNUAL
    # Fourteen present, each recorded: a name is reconciled with its own council's people
    # alone, so Melton's "Miss K S Martin" is not uncertain against Groby's "Marvin", nor
    # Thame's "C Jones" Groby's "Jones" (moot.ingest.council_people).
    assert melton.attendance.filter(status=Attendance.Status.PRESENT).count() == 14
    reports = {f["file"].split("-")[0]: f["report"] for f in payload["files"] if f["ok"]}
    assert all(not r["people"]["uncertain"] for r in reports.values())
    assert "C Jones" in reports["thame"]["people"]["created"]
    hwb = Meeting.objects.get(body__name="Health and Wellbeing Board")
    assert hwb.items.count() == 10 and hwb.attendance.exists()
    counts = row_counts()
    assert cli.main(["import", "folder", str(tmp_path), "--several-councils", "--json"]) == 1
    again = json.loads(capsys.readouterr().out)
    assert all(not f["report"]["changed"] for f in again["files"] if f["ok"])
    assert row_counts() == counts


# Minutes naming no body (their keys say "importable": false: refused without --body)
NAMING_NO_COUNCIL = {
    "trudoxhill-pc-2019-06-06.txt": (
        "Trudoxhill Parish Council",
        "2019-06-06",
        3,
        "Planning",
        5,
        2,
    ),
}


@pytest.mark.django_db
def test_minutes_naming_no_council_import_into_an_empty_moot_with_body(capsys):
    from moot.ingest.identify import body_create_from_name

    Meeting.objects.all().delete()
    for name, (council, day, items, title, present, apologies) in NAMING_NO_COUNCIL.items():
        path = HERE / "documents" / name
        body = body_create_from_name(council, source_name="test")
        assert cli.main(["import", "any", str(path), "--json"]) == 1
        assert json.loads(capsys.readouterr().out)["failed"][0]["error"].startswith(name)
        assert not Meeting.objects.filter(body=body).exists()
        assert cli.main(["import", "any", str(path), "--body", body.slug, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)["files"][0]["report"]
        assert report["body"] == body.slug
        meeting = Meeting.objects.get(body=body)
        assert meeting.date.isoformat() == day and meeting.items.count() == items
        assert meeting.items.filter(title__istartswith=title).count() == 1
        recorded = meeting.attendance
        assert recorded.filter(status=Attendance.Status.PRESENT).count() == present
        assert recorded.filter(status=Attendance.Status.APOLOGIES).count() == apologies
        counts = row_counts()
        assert cli.main(["import", "any", str(path), "--body", body.slug, "--json"]) == 0
        again = json.loads(capsys.readouterr().out)["files"][0]["report"]
        assert not again["changed"] and row_counts() == counts


@pytest.mark.django_db
def test_minutes_naming_only_the_kind_import_into_the_one_body_of_that_kind(capsys):
    # Swaton's "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON ...": the council's own
    # body of that kind, the one parish council Moot knows, without --body
    from moot.ingest.identify import body_create_from_name

    Meeting.objects.all().delete()
    assert not [n for n in Body.objects.values_list("name", flat=True) if "Parish" in n]
    body = body_create_from_name("Swaton Parish Council", source_name="test")
    path = HERE / "documents" / "swaton-pc-2023-07-18.txt"
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert report["body"] == body.slug
    assert report["bodies"]["matched"][0]["name"] == "Parish Council"
    meeting = Meeting.objects.get(body=body)
    assert meeting.date.isoformat() == "2023-07-18" and meeting.items.count() == 9
    assert meeting.items.filter(title__istartswith="PLAYPARK").count() == 1
    # eight present, as the key reads them: the two "awaiting co-option" after the clerk's
    # name and a stop ("... Mrs S. McIntyre.  Mr N Eaves and Mr J Lukjaniec, awaiting
    # co-option") too
    assert meeting.attendance.filter(status=Attendance.Status.PRESENT).count() == 8
    counts = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert not again["changed"] and row_counts() == counts
