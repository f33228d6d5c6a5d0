"""Issue 14, thirty-fourth round: a file holding several meetings' minutes imported into an
empty Moot creates every meeting in it, each with its own items and attendance; importing it
again changes nothing. Text written for these tests (tests/ingest/test_fid34.py)."""

from __future__ import annotations

import json

import pytest

from moot import cli
from moot.governance.models import Body
from moot.meetings.models import Attendance, Meeting
from tests.ingest.helpers import row_counts
from tests.ingest.test_fid34 import YEAR


@pytest.mark.django_db
def test_a_year_of_minutes_in_one_file_imports_every_meeting(tmp_path, capsys):
    Meeting.objects.all().delete()
    assert not Body.objects.filter(name="Ashworth Parish Council").exists()
    path = tmp_path / "ashworth-pc-2025.txt"
    path.write_text(YEAR)
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert report["source"]["kind"] == "printed-minutes"
    assert [m["date"] for m in report["meetings"]] == ["2025-01-13", "2025-02-10", "2025-03-10"]
    body = Body.objects.get(name="Ashworth Parish Council")
    meetings = list(Meeting.objects.filter(body=body).order_by("date"))
    assert [m.date.isoformat() for m in meetings] == ["2025-01-13", "2025-02-10", "2025-03-10"]
    assert [m.items.count() for m in meetings] == [3, 4, 2]
    present = [m.attendance.filter(status=Attendance.Status.PRESENT).count() for m in meetings]
    apologies = [m.attendance.filter(status=Attendance.Status.APOLOGIES).count() for m in meetings]
    assert present == [3, 3, 2] and apologies == [1, 1, 2]
    assert meetings[1].items.filter(title="Play area").count() == 1
    counts = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert not again["changed"] and row_counts() == counts
    assert Meeting.objects.filter(body=body).count() == 3
