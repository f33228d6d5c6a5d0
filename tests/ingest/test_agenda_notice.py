"""Agenda notices: "A meeting of X will be held in VENUE on DATE at TIME" (or "Next X
Meeting: DATE") with its numbered business. Real documents of the fidelity corpus's dev
set (tests/fidelity/documents, sources in SOURCES.md) and invented councils."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot import cli
from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.agenda_notice import looks_like_agenda_notice, parse_agenda_notice
from tests.fidelity.test_fidelity import FIDELITY
from tests.ingest.helpers import BODY
from tests.ingest.mangling import mangled_lines, read_or_refused

DOCS = FIDELITY / "documents"
THURLTON = (DOCS / "thurlton-pc-2020-02-10-agenda.txt").read_text(encoding="utf-8")
HALFORD = (DOCS / "halford-pc-2010-10-11-agenda.txt").read_text(encoding="utf-8")

FENMARSH = """Agendas, reports and minutes

Fenmarsh Council

Date: Thursday, 19 September 2024

A meeting of the Fenmarsh Council will be held in the Council Chamber, Town Hall, Fenmarsh on Thursday 19 September 2024 at 9.35am.

You are invited to attend the meeting and a note of the business to be considered is attached.

BUSINESS

1.Calling of the Roll and Apologies for Absence
Gairm a' Chlàir agus Leisgeulan

2. Declarations of Interest
Members are asked to consider whether they have an interest to declare.

3. Recess Powers
Members are asked to note that the recess powers granted at the meeting on 27 June 2024 were not used.
"""


def test_a_parish_page_with_the_next_meeting_and_its_standing_agenda():
    assert detect_kind(THURLTON) == "agenda-notice"
    (m,) = parse_document(THURLTON).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Parish Council",
        date(2020, 2, 10),
        time(19, 30),
    )
    assert m.venue == "the Village Hall"
    assert [i.number for i in m.items] == [str(n) for n in range(1, 12)]
    assert m.items[0].title == "TO RECEIVE APOLOGIES FOR ABSENCE"
    assert m.items[-1].title == "DATE OF NEXT MEETING"
    assert m.origin == "agenda-notice" and not m.attendance


def test_a_notice_that_names_no_body_leaves_it_out_and_says_so():
    # "Meeting to be held on the 11th of October 2010 at the Halford Bridge Inn 7.30 p.m."
    assert detect_kind(HALFORD) == "agenda-notice"
    result = parse_agenda_notice(HALFORD)
    (m,) = result.meetings
    assert (m.body_name, m.date, m.start_time) == ("", date(2010, 10, 11), time(19, 30))
    assert any("names no body" in w for w in result.warnings)
    # the lettered sub-items and the cheque numbers of item 5 and 7 are not items
    assert [i.number for i in m.items] == [str(n) for n in range(1, 10)]


def test_pages_that_are_not_notices_of_a_meeting_are_not_read_as_one():
    for name in ("longsdon-pc-standing-agenda.txt", "cne-siar-committee-2025-06-18-agenda.txt"):
        text = (DOCS / name).read_text(encoding="utf-8")
        assert not looks_like_agenda_notice(text), name
        assert detect_kind(text) is None, name


def test_a_scottish_notice_with_gaelic_lines_under_its_items():
    assert detect_kind(FENMARSH) == "agenda-notice"
    (m,) = parse_document(FENMARSH).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Fenmarsh Council",
        date(2024, 9, 19),
        time(9, 35),
    )
    assert m.venue == "the Council Chamber, Town Hall, Fenmarsh"
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Calling of the Roll and Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Recess Powers"),
    ]
    assert "Gairm" in m.items[0].agenda_text
    assert m.items[2].resolutions == []


def test_a_date_without_its_year_takes_it_only_from_the_pages_title():
    notice = (
        "There will be a Meeting of the Fenmarsh Council in the Council Offices, Fenmarsh, "
        "on Wednesday 1 May at 2.00pm.\n\nAgenda\n\n1. Minutes\n\n2. Declaration of Interest\n"
    )
    (m,) = parse_agenda_notice("Fenmarsh Council - 1 May 2024\n\n" + notice).meetings
    assert (m.body_name, m.date, m.start_time) == ("Fenmarsh Council", date(2024, 5, 1), time(14))
    with pytest.raises(ParseError, match="could not read the date"):
        parse_agenda_notice(notice)
    with pytest.raises(ParseError, match="could not read the date"):
        parse_agenda_notice("Fenmarsh Council - 2 May 2024\n\n" + notice)


def test_only_numbers_that_run_on_from_one_are_items():
    text = (
        "A meeting of the Fenmarsh Parish Council will be held at the Village Hall on "
        "Monday 3 March 2025 at 7pm.\n\n1. Apologies\n2. Minutes\n1 May 2025 is the next date\n"
        "1. Sub-item\n9. Far ahead\n3. Planning\n"
    )
    (m,) = parse_agenda_notice(text).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Planning"),
    ]


def test_one_of_a_councils_many_bodies_unnamed_is_no_body():
    text = (
        "There will be a Meeting of the Committee in the Council Offices on Wednesday, "
        "18 June 2025 at 9.30am.\n\n1. Minutes\n2. Declaration of Interest\n"
    )
    result = parse_agenda_notice(text)
    assert result.meetings[0].body_name == ""
    assert any("'Committee'" in w for w in result.warnings)


def test_no_time_is_left_out_with_a_warning():
    text = (
        "Notice is hereby given that a meeting of the Fenmarsh Town Council will be held on "
        "Tuesday 4 March 2025.\n\n1. Apologies\n2. Minutes\n"
    )
    result = parse_agenda_notice(text)
    assert result.meetings[0].start_time is None
    assert any("no time" in w for w in result.warnings)


def test_import_any_reads_an_agenda_notice_and_says_so(fresh, capsys, tmp_path):
    path = tmp_path / "fenmarsh-notice.txt"
    path.write_text(FENMARSH, encoding="utf-8")
    assert cli.main(["import", "any", str(path), "--dry-run", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    (entry,) = payload["files"]
    assert entry["importer"] == "agenda-notice"
    (meeting,) = entry["report"]["meetings"]
    assert len(meeting["items"]) == 3


# --- mangled notices: a whole meeting or a one-line refusal, never part of one --------

JUNK = st.sampled_from(
    [
        "",
        "1.",
        "2. Minutes",
        "will be held",
        "Next Council Meeting:",
        "31 February 2024",
        "at 25.99pm",
        "\u00a0",
        "<p>",
        "BUSINESS",
    ]
) | st.text(max_size=10)


def mangled(text):
    return mangled_lines(text.split("\n"), JUNK, edits=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mangled(THURLTON), mangled(FENMARSH), mangled(HALFORD)))
def test_mangled_notices_are_read_whole_or_refused_in_one_line(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is None:
        return
    (m,) = result.meetings
    assert m.date is not None
    numbers = [int(i.number) for i in m.items]
    assert len(numbers) >= 2 and numbers[0] == 1
    assert all(a < b <= a + 3 for a, b in zip(numbers, numbers[1:], strict=False))
    assert all(i.title for i in m.items)
    assert m.body_name or any("names no body" in w for w in result.warnings)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_notice_or_refused(text):
    try:
        parse_agenda_notice(text)
    except ParseError as exc:
        assert "\n" not in str(exc)


def test_a_notice_naming_no_body_imports_only_with_body(fresh, capsys, tmp_path):
    path = tmp_path / "halford.txt"
    path.write_text(HALFORD, encoding="utf-8")
    assert cli.main(["import", "any", str(path), "--dry-run", "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert "does not name its body" in payload["failed"][0]["error"]
    assert cli.main(["import", "any", str(path), "--body", BODY, "--dry-run", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    (meeting,) = payload["files"][0]["report"]["meetings"]
    assert meeting["date"] == "2010-10-11" and len(meeting["items"]) == 9
    # --body answered the notice's request for it: the import does not ask again
    assert not [w for w in payload["files"][0]["report"]["warnings"] if "--body" in w]
