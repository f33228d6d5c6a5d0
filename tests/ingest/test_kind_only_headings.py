"""Headings that name only the kind of council ("Minutes of the Parish Council meeting held
on ...", "MINUTES FROM THE TOWN COUNCIL MEETING HELD ON ...", "A meeting of the Town Council
will be held on ..."): the council's own body of that kind (docs/contract.md, "Import").

The parser reports the kind as the body's printed name and that it is only a kind
(``body_kind_only``); the importer decides whose body it is: ``--body``; else the one body
whose name is that kind or ends with it (``bodies.matched``); several such bodies refuse the
file naming them; none creates a body under the kind's name, with a warning. In a folder of
one council's documents, the kind is that council's body. Texts written for these tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot import cli
from moot.governance.models import Body
from moot.ingest.council import bodies_of_kind, folder_council
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import council_kind
from moot.meetings.models import Meeting
from tests.ingest.helpers import row_counts


def _minutes(
    heading: str, names: str = "Cllr A Fenwick (Chair), Cllr B Harrow, Cllr C Ingle"
) -> str:
    return (
        f"{heading}\n\nPresent: {names}.\n\nApologies: Cllr D Jessop.\n\n"
        "1. Apologies for absence\nAccepted.\n\n2. Planning\nNo applications.\n"
    )


KIND_ONLY = _minutes("MINUTES FROM THE PARISH COUNCIL MEETING HELD ON MARCH 12th 2024 AT 7.30PM")
KIND_ONLY_SHORT = _minutes("Minutes of the Parish Council meeting held on 9 April 2024 at 7pm")
NAMED = _minutes("Minutes of the Meeting of Ashwell Parish Council held on 14 May 2024 at 7.30pm")
NAMING_NONE = _minutes("Minutes of the meeting held on 11 June 2024 at 7.30pm")


# --- the parser: the kind as printed, and that it is only a kind --------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [(KIND_ONLY, "Parish Council"), (KIND_ONLY_SHORT, "Parish Council")],
)
def test_a_heading_naming_only_the_kind_reports_the_kind(text, kind):
    result = parse_document(text)
    (m,) = result.meetings
    assert (m.body_name, m.body_kind_only) == (kind, True)
    assert not [w for w in result.warnings if "--body" in w]


def test_a_heading_naming_the_council_or_no_body_is_not_kind_only():
    (named,) = parse_document(NAMED).meetings
    assert (named.body_name, named.body_kind_only) == ("Ashwell Parish Council", False)
    (none,) = parse_document(NAMING_NONE).meetings
    assert (none.body_name, none.body_kind_only) == ("", False)


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        ("Parish Council", "Parish Council"),
        ("the Town Council", "Town Council"),
        ("FULL COUNCIL", "Full Council"),
        ("Council", "Council"),
        ("Minutes Annual Parish Council", "Parish Council"),
        ("Ashwell Parish Council", ""),
        ("Planning Committee", ""),
        ("Parish Council Planning Committee", ""),
        ("Committee", ""),
        ("", ""),
    ],
)
def test_council_kind(printed, kind):
    assert council_kind(printed) == kind


_PLACES = st.sampled_from(["Ashwell", "Bygrave", "Much Hadham", "Stow cum Quy", "Hinxworth"])
_KINDS = st.sampled_from(["Parish Council", "Town Council", "Community Council"])


@given(_PLACES, _KINDS, st.sampled_from([str, str.upper, str.lower]))
def test_a_councils_own_name_is_never_read_as_a_kind(place, kind, case):
    assert council_kind(case(f"{place} {kind}")) == ""


@given(
    st.lists(st.tuples(_PLACES, _KINDS), max_size=5, unique=True),
    st.lists(st.sampled_from(["Planning Committee", "Finance Committee"]), max_size=2),
    _KINDS,
)
def test_bodies_of_kind_are_the_councils_of_that_kind_and_no_committee(councils, others, kind):
    names = [f"{p} {k}" for p, k in councils] + others
    found = bodies_of_kind(kind, names)
    assert found == [f"{p} {k}" for p, k in councils if k == kind]
    assert not set(found) & set(others)
    # "Full Council" and "the Council" fit every council's body, never a committee's
    assert bodies_of_kind("Full Council", names) == [f"{p} {k}" for p, k in councils]


def test_folder_council_is_the_one_the_files_name_or_the_most_named():
    assert folder_council(
        {"a": "Ashwell Parish Council", "b": "", "c": "Ashwell Parish Council"}
    ) == ("Ashwell Parish Council")
    assert folder_council({"a": "", "b": ""}) == ""
    assert folder_council({"a": "Ashwell Parish Council", "b": "Bygrave Parish Council"}) == ""


# --- importing ----------------------------------------------------------------------------


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _parish_councils() -> set[str]:
    return {n for n in Body.objects.values_list("name", flat=True) if n.endswith("Parish Council")}


@pytest.mark.django_db
def test_a_folder_of_one_councils_named_and_kind_only_minutes_is_one_body(tmp_path, capsys):
    # an empty Moot (the test database's example holds no parish council, and no meeting)
    Meeting.objects.all().delete()
    assert _parish_councils() == set()
    # file names put the kind-only minutes first: the order of the files does not matter
    _write(tmp_path, "a-march.txt", KIND_ONLY)
    _write(tmp_path, "b-april.txt", KIND_ONLY_SHORT)
    _write(tmp_path, "c-may.txt", NAMED)
    assert cli.main(["import", "folder", str(tmp_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["imported"] == 3
    assert _parish_councils() == {"Ashwell Parish Council"}
    assert not Body.objects.filter(name="Parish Council").exists()
    ashwell = Body.objects.get(name="Ashwell Parish Council")
    assert Meeting.objects.count() == Meeting.objects.filter(body=ashwell).count() == 3
    first = payload["files"][0]["report"]
    assert first["bodies"]["created"] == [
        {"name": "Parish Council", "body": "Ashwell Parish Council", "slug": ashwell.slug}
    ]
    assert any("only the kind" in w and "Ashwell Parish Council" in w for w in first["warnings"])
    later = payload["files"][1]["report"]
    assert later["bodies"]["matched"][0]["body"] == "Ashwell Parish Council"
    # again: nothing changes
    counts = row_counts()
    assert cli.main(["import", "folder", str(tmp_path), "--json"]) == 0
    assert row_counts() == counts


@pytest.mark.django_db
def test_kind_only_minutes_match_the_one_body_of_that_kind(tmp_path, capsys):
    from moot.ingest.identify import body_create_from_name

    Meeting.objects.all().delete()
    ashwell = body_create_from_name("Ashwell Parish Council", source_name="test")
    path = _write(tmp_path, "march.txt", KIND_ONLY)
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert report["body"] == ashwell.slug
    assert report["bodies"]["matched"] == [
        {"name": "Parish Council", "body": "Ashwell Parish Council", "slug": ashwell.slug}
    ]
    assert report["bodies"]["created"] == []
    assert Meeting.objects.get(body=ashwell).date.isoformat() == "2024-03-12"


@pytest.mark.django_db
def test_two_bodies_of_the_kind_refuse_the_file_naming_both(tmp_path, capsys):
    from moot.ingest.identify import body_create_from_name

    Meeting.objects.all().delete()
    ashwell = body_create_from_name("Ashwell Parish Council", source_name="test")
    bygrave = body_create_from_name("Bygrave Parish Council", source_name="test")
    path = _write(tmp_path, "march.txt", KIND_ONLY)
    before = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 1
    (failed,) = json.loads(capsys.readouterr().out)["failed"]
    error = failed["error"]
    assert error.startswith("march.txt") and "\n" not in error
    assert ashwell.slug in error and bygrave.slug in error and "--body" in error
    assert row_counts() == before
    # with --body it imports under that body, asking nothing
    assert cli.main(["import", "any", str(path), "--body", bygrave.slug, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert report["body"] == bygrave.slug
    assert not [w for w in report["warnings"] if "kind" in w or "--body" in w]
    assert Meeting.objects.get(body=bygrave).date.isoformat() == "2024-03-12"


@pytest.mark.django_db
def test_no_body_of_the_kind_creates_one_under_the_kinds_name_with_a_warning(tmp_path, capsys):
    Meeting.objects.all().delete()
    assert _parish_councils() == set()
    path = _write(tmp_path, "march.txt", KIND_ONLY)
    assert cli.main(["import", "any", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    (created,) = report["bodies"]["created"]
    assert (created["name"], created["body"]) == ("Parish Council", "Parish Council")
    assert any("names only the kind of council" in w for w in report["warnings"])
    assert Meeting.objects.get(body__name="Parish Council").date.isoformat() == "2024-03-12"


@pytest.mark.django_db
def test_minutes_naming_no_body_still_need_body(tmp_path, capsys):
    from moot.ingest.identify import body_create_from_name

    Meeting.objects.all().delete()
    body_create_from_name("Ashwell Parish Council", source_name="test")
    path = _write(tmp_path, "june.txt", NAMING_NONE)
    before = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 1
    (failed,) = json.loads(capsys.readouterr().out)["failed"]
    assert failed["error"].startswith("june.txt does not name its body")
    assert row_counts() == before
