"""Printed minutes that name no council (issue 14): "MINUTES FROM THE PARISH COUNCIL MEETING
HELD ON JULY 18th 2023" (Swaton) names only the kind of council, "Minutes of the meeting held
on Thursday 6 June 2019, 7.30pm" (Trudoxhill) no body at all; only the web address said whose
they were. Minutes naming no body are read with no body (never guessed), import only with
``--body`` and are refused without it in one line naming the file, nothing written. Minutes
naming only the kind give the kind as the body's printed name, and the importer decides whose
body it is (tests/ingest/test_kind_only_headings.py)."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot import cli
from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.minutes_headings import find_heading
from moot.meetings.models import Meeting
from tests.fidelity.test_fidelity import FIDELITY
from tests.ingest.helpers import BODY, row_counts
from tests.ingest.helpers import families as _families

SWATON = FIDELITY / "documents" / "swaton-pc-2023-07-18.txt"
TRUDOXHILL = FIDELITY / "documents" / "trudoxhill-pc-2019-06-06.txt"


def test_minutes_from_the_parish_council_meeting_name_only_the_kind():
    text = SWATON.read_text(encoding="utf-8")
    assert detect_kind(text) == "printed-minutes"
    result = parse_document(text)
    (m,) = result.meetings
    assert (m.body_name, m.body_kind_only) == ("Parish Council", True)
    assert (m.date, m.start_time) == (date(2023, 7, 18), time(19, 35))
    assert [i.number for i in m.items] == [str(n) for n in range(1, 10)]
    assert m.items[5].title.startswith("PLAYPARK TREES")
    assert _families(m.attendance.present)[:5] == [
        "wilson",
        "penketh",
        "patrick",
        "richardson",
        "campion",
    ]
    assert not [w for w in result.warnings if "--body" in w]


def test_minutes_of_the_meeting_held_on_a_date_name_no_body():
    result = parse_document(TRUDOXHILL.read_text(encoding="utf-8"))
    (m,) = result.meetings
    assert (m.body_name, m.body_kind_only) == ("", False)
    assert (m.date, m.start_time) == (date(2019, 6, 6), time(19, 30))
    assert [i.number for i in m.items] == ["19.1", "19.2", "19.3"]
    assert _families(m.attendance.present) == [
        "salmon",
        "bonham christie",
        "kenyon",
        "masson taylor",
        "valentine",
    ]
    assert _families(m.attendance.apologies) == ["galpin", "gay"]
    assert any("name no council" in w and "--body" in w for w in result.warnings)


def _swaton_head_and_rest() -> tuple[str, str]:
    text = SWATON.read_text(encoding="utf-8")
    head, rest = text.split("PRESENT:", 1)
    return head, "PRESENT:" + rest


def test_a_minutes_line_followed_by_a_minute_before_any_attendance_is_not_the_heading():
    # Swaton's "PRESENT: ..." line moved under its first minute: a line "Minutes of the
    # ... meeting held on DATE" with a numbered minute after it and no attendance between is
    # not read as the heading of minutes (an agenda's or a minute's reference to a meeting).
    head, rest = _swaton_head_and_rest()
    present, minutes = rest.split("\n", 1)
    first, others = minutes.split("\n2.", 1)
    assert find_heading(head + rest) is not None
    assert find_heading(head + first + "\n" + present + "\n2." + others) is None


def test_a_heading_naming_no_council_and_no_date_is_refused():
    head, rest = _swaton_head_and_rest()
    undated = head.replace("HELD ON JULY 18th 2023", "HELD IN THE VILLAGE HALL") + rest
    assert find_heading(undated) is None
    with pytest.raises(ParseError):
        parse_document(undated)


def test_a_heading_with_a_councils_name_is_not_read_as_naming_none():
    # the rule is read only where no other heading fits: Wrockwardine's council, printed
    # before "Minutes of the Parish Council Meeting held on ...", stays its body
    text = (FIDELITY / "documents" / "wrockwardine-pc-2019-02-13.txt").read_text(encoding="utf-8")
    (m,) = parse_document(text).meetings
    assert m.body_name == "Wrockwardine Parish Council"


# --- a property: a document naming no council is never given a body ---------------------

_MONTHS = ["January", "March", "May", "July", "September", "November"]
_SURNAMES = ["Salmon", "Kenyon", "Valentine", "Penketh", "Wilson", "Campion", "Galpin"]
_TITLES = ["Apologies for absence", "Planning", "Finance", "Correspondence", "Playpark trees"]


@st.composite
def minutes_naming_no_council(draw) -> tuple[str, date, str]:
    """Minutes whose heading names no council: no body at all ("Minutes of the meeting held
    on ..."), or only the kind of council ("MINUTES FROM THE PARISH COUNCIL MEETING HELD
    ON ..."); the third value is the kind named ("" for none)."""
    day = date(draw(st.integers(2000, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    printed_day = draw(
        st.sampled_from(
            [
                f"{day.day} {day.strftime('%B')} {day.year}",
                f"{day.strftime('%A')} {day.day}th {day.strftime('%B')} {day.year}",
                f"{day.strftime('%B')} {day.day}th {day.year}",
            ]
        )
    )
    words = draw(st.sampled_from(["Minutes of the", "MINUTES FROM THE", "Draft Minutes of the"]))
    kind = draw(st.sampled_from(["", "Annual ", "Extraordinary "]))
    council = draw(st.sampled_from(["", "Parish Council ", "Town Council ", "Community Council "]))
    heading = f"{words} {kind}{council}meeting held on {printed_day}"
    if draw(st.booleans()):
        heading = heading.upper()
    people = draw(st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=5, unique=True))
    present = ", ".join(f"Cllr {name[0]} {name}" for name in people)
    titles = draw(st.lists(st.sampled_from(_TITLES), min_size=1, max_size=4, unique=True))
    items = "\n\n".join(f"{n}. {t}\nNoted." for n, t in enumerate(titles, 1))
    return f"{heading}\n\nPresent: {present}\n\n{items}\n", day, council.strip()


@settings(max_examples=80, deadline=None)
@given(minutes_naming_no_council())
def test_minutes_naming_no_council_are_never_given_one(case):
    # No body named: none given, and the import asks for --body. Only the kind named: the
    # kind, said to be only a kind (whose council, the importer decides), never a place.
    text, day, kind = case
    result = parse_document(text)
    (m,) = result.meetings
    assert m.date == day
    assert (m.body_name, m.body_kind_only) == (kind, bool(kind))
    assert any("name no council" in w for w in result.warnings) == (not kind)


# --- importing: only with --body, never without ------------------------------------------


@pytest.mark.django_db
def test_without_body_nothing_is_written_and_one_line_names_the_file(tmp_path, capsys):
    path = tmp_path / TRUDOXHILL.name
    path.write_text(TRUDOXHILL.read_text(encoding="utf-8"), encoding="utf-8")
    before = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 1
    (failed,) = json.loads(capsys.readouterr().out)["failed"]
    assert failed["error"].startswith(f"{TRUDOXHILL.name} does not name its body")
    assert "no council" in failed["error"] and "--body" in failed["error"]
    assert "\n" not in failed["error"]
    assert row_counts() == before


@pytest.mark.django_db
def test_a_folder_of_minutes_naming_no_council_imports_only_with_body(tmp_path, capsys):
    # Trudoxhill names no body: refused without --body. Swaton names only the kind: it
    # follows the kind rule (here, no body of that kind: one is created under its name).
    for path in (SWATON, TRUDOXHILL):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["import", "folder", str(tmp_path), "--dry-run", "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in payload["failed"]] == [TRUDOXHILL.name]
    assert payload["failed"][0]["error"].startswith(TRUDOXHILL.name)
    swaton = next(f["report"] for f in payload["files"] if f["ok"])
    assert [c["name"] for c in swaton["bodies"]["created"]] == ["Parish Council"]
    assert cli.main(["import", "folder", str(tmp_path), "--body", BODY, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["imported"] == 2
    assert set(
        Meeting.objects.filter(body__slug=BODY, date__year__in=[2019, 2023]).values_list(
            "date", flat=True
        )
    ) == {date(2019, 6, 6), date(2023, 7, 18)}


@pytest.mark.django_db
def test_with_body_the_import_no_longer_asks_for_it(tmp_path, capsys):
    # the parser's warning "name it with --body" is answered by --body: shown only without it
    path = tmp_path / TRUDOXHILL.name
    path.write_text(TRUDOXHILL.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["import", "any", str(path), "--body", BODY, "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert report["meetings"][0]["date"] == "2019-06-06"
    assert not [w for w in report["warnings"] if "--body" in w or "name no council" in w]
    assert parse_document(TRUDOXHILL.read_text(encoding="utf-8")).warnings  # the parser says it
