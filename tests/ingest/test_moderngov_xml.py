"""ModernGov web-service responses (moot.ingest.parse.moderngov_xml): read field by field,
imported into an empty Moot, and every bad XML refused in one line with nothing written."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings

from moot.governance.models import Body, Person
from moot.ingest.drafts import ASKS_FOR_BODY, ParseError
from moot.ingest.parse import detect_kind, parse_moderngov_xml
from moot.ingest.parse.moderngov_xml import meeting_status, parse_time
from moot.ingest.services import ImportFailed, import_file
from moot.meetings.models import Meeting
from tests.ingest.helpers import row_counts
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

XML = Path(__file__).parent / "xml"


def test_get_meetings_is_read_exactly():
    result = parse_moderngov_xml((XML / "getmeetings.xml").read_text())
    assert result.response == "GetMeetings"
    assert [(m.body_name, m.date, m.start_time, m.status) for m in result.meetings] == [
        ("Planning Committee", date(2020, 1, 14), time(18, 30), ""),
        ("Planning Committee", date(2020, 2, 11), time(18, 30), "cancelled"),
        ("Planning Committee", date(2020, 3, 10), time(18, 30), "postponed"),
    ]
    assert all(not m.items and m.attendance is None for m in result.meetings)


def test_get_meeting_reads_items_minutes_documents_and_attendance():
    result = parse_moderngov_xml((XML / "getmeeting.xml").read_text())
    (meeting,) = result.meetings
    assert meeting.venue == "Council Chamber, Town Hall"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"),
        ("2", "Land at Mill Lane"),
    ]
    assert meeting.items[1].documents[0].title == "Report of the Head of Planning"
    att = meeting.attendance
    assert [p.name for p in att.present] == ["Councillor Peter Quince", "Councillor Helena Marsh"]
    assert [p.name for p in att.apologies] == ["Councillor Ruth Lane"]
    # Absent without apologies is not an apology.
    assert all("Snout" not in p.name for p in att.apologies + att.present)


def test_committees_and_councillors():
    committees = parse_moderngov_xml((XML / "getcommittees.xml").read_text())
    assert committees.bodies == ["Planning Committee", "Licensing Committee"]
    people = parse_moderngov_xml((XML / "getcouncillorsbyward.xml").read_text())
    assert [(p.name, p.role_text) for p in people.people] == [
        ("Councillor Peter Quince", "Abbey ward; Independent"),
        ("Councillor Helena Marsh", "Abbey ward; Green Party"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("18:30", time(18, 30)), ("6.30 pm", time(18, 30)), ("10:00:00", time(10)), ("25:00", None)],
)
def test_times(value, expected):
    assert parse_time(value) == expected


def test_statuses():
    assert meeting_status("Confirmed; Budget Council") == ""
    assert meeting_status("Meeting Cancelled") == "cancelled"
    assert meeting_status("Postponed") == "postponed"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('<?xml version="1.0"?><rss><channel/></rss>', "root element is <rss>"),
        ('<?xml version="1.0"?><meeting><meetingdate>soon</meetingdate></meeting>', "no date"),
        ('<?xml version="1.0"?><committees></committees>', "lists no committee"),
        ('<?xml version="1.0"?><meeting><meetingdate>01/01/2020', "broken"),
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            '"&lol;&lol;&lol;">]><committees><committee><committeetitle>&lol2;'
            "</committeetitle></committee></committees>",
            "document type or entities",
        ),
    ],
)
def test_bad_xml_is_refused_naming_the_reason(text, reason):
    assert detect_kind(text) == "moderngov-xml"
    with pytest.raises(ParseError, match=reason):
        parse_moderngov_xml(text)


SEEDS = [(XML / n).read_text() for n in sorted(p.name for p in XML.glob("*.xml"))]


@settings(MANGLING, max_examples=150)
@given(spliced(SEEDS, "<>/&;!\"'x0123456789 \n", junk=12, cut=200))
def test_mangled_responses_parse_or_fail_cleanly(text):
    result = read_or_refused(parse_moderngov_xml, text)
    if result is None:
        return
    # Success is whole: every meeting dated, and something read.
    for meeting in result.meetings:
        assert meeting.date is not None
    assert result.meetings or result.bodies or result.people


# --- importing ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_web_service_files_import_into_an_empty_moot_and_again_change_nothing():
    Meeting.objects.all().delete()
    assert not Body.objects.filter(name="Planning Committee").exists()
    listing = import_file(XML / "getmeetings.xml")
    assert listing["bodies"]["created"][0]["name"] == "Planning Committee"
    statuses = dict(
        Meeting.objects.filter(body__name="Planning Committee").values_list("date", "status")
    )
    assert statuses == {
        date(2020, 1, 14): "scheduled",
        date(2020, 2, 11): "cancelled",
        date(2020, 3, 10): "postponed",
    }
    one = import_file(XML / "getmeeting.xml")
    report = one["meetings"][0]
    assert report["created"] is False and report["time"] == "18:30"
    assert report["venue"] == "Council Chamber, Town Hall"
    assert report["status"] == "minutes_draft"
    assert report["quorum"] == "not judged: no terms of reference in force on 14 January 2020"
    assert report["attendance"]["present"] == ["Peter Quince", "Helena Marsh"]
    assert report["attendance"]["apologies"] == ["Ruth Lane"]
    assert not Person.objects.filter(family_name="Snout").exists()
    counts = row_counts()
    for name in ("getmeetings.xml", "getmeeting.xml"):
        assert import_file(XML / name)["changed"] is False
    assert row_counts() == counts


@pytest.mark.django_db
def test_committees_and_councillors_import_as_bodies_and_people():
    report = import_file(XML / "getcommittees.xml")
    created = {b["name"] for b in report["bodies"]["created"]}
    assert created == {"Planning Committee", "Licensing Committee"}
    assert not Body.objects.filter(name="Old Working Group").exists()
    people = import_file(XML / "getcouncillorsbyward.xml")
    assert people["people"]["created"] == ["Peter Quince", "Helena Marsh"]
    again = import_file(XML / "getcouncillorsbyward.xml")
    assert again["changed"] is False and again["people"]["created"] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("feed.xml", b'<?xml version="1.0"?><rss><channel/></rss>', "not a ModernGov|root element"),
        ("pack.zip", b"PK\x03\x04" + b"\x00" * 64, "zip archive"),
        ("pack.txt", b"\x1f\x8b\x08" + b"\x00" * 64, "gzip"),
        (
            "letter.txt",
            b"Dear Councillor,\nPlease find enclosed.\n",
            "not a document Moot can import",
        ),
    ],
)
def test_bad_files_are_refused_in_one_line_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    counts = row_counts()
    with pytest.raises(ImportFailed, match=reason) as failure:
        import_file(path)
    assert name in str(failure.value) and "\n" not in str(failure.value)
    assert row_counts() == counts


@pytest.mark.django_db
def test_an_over_large_file_is_refused_unread(tmp_path, monkeypatch):
    from moot.ingest import source

    monkeypatch.setattr(source, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (2 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="huge.txt: 2 MB is larger than the 1 MB"):
        import_file(path)


def test_meetings_whose_committee_is_not_named_ask_for_the_body():
    # a GetMeetings response whose <committeetitle> is lost: the meetings are read, their
    # body left empty and asked for, never guessed (the import refuses them without --body)
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<getmeetings><committee></committee>'
        "<meetings><meeting><meetingid>1</meetingid><meetingdate>14/01/2020</meetingdate>"
        "</meeting></meetings></getmeetings>"
    )
    result = parse_moderngov_xml(text)
    assert [m.body_name for m in result.meetings] == [""]
    assert [w for w in result.warnings if w.endswith(ASKS_FOR_BODY)]
    named = text.replace(
        "<committee></committee>", "<committee><committeetitle>Cabinet</committeetitle></committee>"
    )
    assert parse_moderngov_xml(named).warnings == []
