"""ModernGov issue histories ("Issue - meetings"): one meeting per dated "Meeting:" line,
with the issue's item and its decision. Invented council and names; real pages are in
tests/fidelity/."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.issue_history import looks_like_issue_history, parse_issue_history
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

HISTORY = """Issue - meetings

Fenmarsh Leisure Centre

Meeting: 03/02/2025 - Cabinet (Item 7.)

7 Fenmarsh Leisure Centre pdf icon PDF 210 KB

Decision:

RESOLVED that the leisure centre be refurbished.

Meeting: 31/02/2025 - Council (Item 9)

9 Fenmarsh Leisure Centre

Meeting: 19/03/2025 - Council (Item 12:)

12 Fenmarsh Leisure Centre

Minutes:

Councillor Ashby moved the report. The Council agreed the budget for the work.
"""


def test_each_dated_meeting_line_is_a_meeting_with_the_issues_item():
    assert detect_kind(HISTORY) == "moderngov-page"
    result = parse_document(HISTORY)
    assert [(m.body_name, m.date) for m in result.meetings] == [
        ("Cabinet", date(2025, 2, 3)),
        ("Council", date(2025, 3, 19)),
    ]
    cabinet, council = result.meetings
    assert [(i.number, i.title) for i in cabinet.items] == [("7", "Fenmarsh Leisure Centre")]
    assert cabinet.items[0].resolutions == ["that the leisure centre be refurbished."]
    assert council.items[0].number == "12"
    assert council.items[0].resolutions == ["The Council agreed the budget for the work."]
    # 31 February is no date: that meeting is not read, and the page says so
    assert any("31/02/2025" in w for w in result.warnings)


def test_a_history_without_a_dated_meeting_line_is_not_one():
    text = "Issue - meetings\n\nFenmarsh Leisure Centre\n\nThe minutes were agreed.\n"
    assert not looks_like_issue_history(text)
    try:
        parse_issue_history(text)
    except ParseError as exc:
        assert "Meeting:" in str(exc)
    else:
        raise AssertionError("an issue history without a meeting line was read")


@settings(MANGLING, max_examples=150)
@given(spliced([HISTORY], "Meting:0123456789/-()Item .\nDecison", junk=25, cut=80))
def test_a_mangled_issue_history_parses_or_fails_cleanly(text):
    read_or_refused(parse_document, text)


def test_moot_import_reads_an_issue_history_into_the_meetings_it_dates(fresh, capsys, tmp_path):
    import json

    from moot import cli
    from moot.meetings.models import Meeting

    path = tmp_path / "issue.txt"
    path.write_text(HISTORY, encoding="utf-8")
    code = cli.main(["import", "moderngov-page", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert len(report["meetings"]) == 2
    assert [(i["number"], i["resolutions"]) for i in report["meetings"][0]["items"]] == [("7", 1)]
    made = Meeting.objects.filter(date__in=[date(2025, 2, 3), date(2025, 3, 19)])
    assert sorted((m.body.name, m.date.isoformat()) for m in made) == [
        ("Cabinet", "2025-02-03"),
        ("Council", "2025-03-19"),
    ]
    # no meeting for the line whose date cannot be one
    assert not Meeting.objects.filter(date__year=2025, date__month=2, date__day__gt=28).exists()
    cabinet = made.get(body__name="Cabinet")
    assert [i.number for i in cabinet.items.all()] == ["7"]
