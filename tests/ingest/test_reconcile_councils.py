"""An import of several councils' documents reconciles each printed name only with the
people of that document's council (``moot.ingest.council_people``); an import of one
council's documents, with everyone in the record. Invented councils and names."""

from __future__ import annotations

import json

import pytest

from moot import cli
from moot.governance.models import Body, Person
from moot.ingest.council import kind_only_refusals
from moot.ingest.council_people import CouncilPeople, bodies_of_council, people_linked_to
from moot.meetings.models import Attendance, Meeting
from tests.ingest.helpers import row_counts

# A Welsh town council's minutes, then a district council's: "E Seward" is close enough to
# "Endaf Edwards" to be uncertain, and "J Smith" would be "John Smith", were the two
# councils' people one list.
TOWN = """Minutes of the Meeting of Llanfair Glan Town Council held on the 3rd June 2024 at 7pm
at the Memorial Hall, Llanfair Glan.

Present:  Cllr Endaf Edwards (Chair), Cllr John Smith, Cllr Nia Prydderch.

1.    To receive apologies for absence
•    Cllr Bethan Morgan sent apologies.
2.    Minutes of the previous meeting
It was RESOLVED that the minutes be signed.
"""

DISTRICT = """Minutes of the Meeting of Ashcombe District Council held on the 5th June 2024 at 6pm
at the Council Offices, Ashcombe.

Present:  Cllr E Seward (Chair), Cllr J Smith, Cllr R Blewitt.

1.    To receive apologies for absence
•    Cllr T Crane sent apologies.
2.    Minutes of the previous meeting
It was RESOLVED that the minutes be signed.
"""

TOWN_COUNCIL = "Llanfair Glan Town Council"
DISTRICT_COUNCIL = "Ashcombe District Council"


def _write(folder):
    (folder / "a-town.txt").write_text(TOWN, encoding="utf-8")
    (folder / "b-district.txt").write_text(DISTRICT, encoding="utf-8")


def _present(council: str) -> set[str]:
    meeting = Meeting.objects.get(body__name=council, date__year=2024)
    return set(
        meeting.attendance.filter(status=Attendance.Status.PRESENT).values_list(
            "person__name", flat=True
        )
    )


def _folder(folder, capsys, *options: str) -> dict:
    code = cli.main(["import", "folder", str(folder), "--several-councils", "--json", *options])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0, payload["failed"]
    return {f["file"]: f["report"] for f in payload["files"]}


@pytest.mark.django_db
def test_each_councils_people_are_their_own(tmp_path, capsys):
    Meeting.objects.all().delete()
    _write(tmp_path)
    # a dry run says what the real run does, each file after the ones before it
    counts = row_counts()
    dry = _folder(tmp_path, capsys, "--dry-run")
    assert row_counts() == counts
    reports = _folder(tmp_path, capsys)
    assert [dry[f]["people"] for f in dry] == [reports[f]["people"] for f in dry]
    for report in reports.values():
        assert report["people"]["uncertain"] == []
        assert not any("not recorded" in w for w in report["warnings"])
    assert set(reports["a-town.txt"]["people"]["created"]) == {
        "Endaf Edwards",
        "John Smith",
        "Nia Prydderch",
        "Bethan Morgan",
    }
    # the district's "J Smith" is a person of its own, not the town's John Smith
    assert set(reports["b-district.txt"]["people"]["created"]) == {
        "E Seward",
        "J Smith",
        "R Blewitt",
        "T Crane",
    }
    assert _present(TOWN_COUNCIL) == {"Endaf Edwards", "John Smith", "Nia Prydderch"}
    assert _present(DISTRICT_COUNCIL) == {"E Seward", "J Smith", "R Blewitt"}
    assert Person.objects.filter(family_name="Smith").count() == 2

    # Again: nothing changes, and each name is its own council's person.
    counts = row_counts()
    again = _folder(tmp_path, capsys)
    assert row_counts() == counts
    for file, council in (("a-town.txt", TOWN_COUNCIL), ("b-district.txt", DISTRICT_COUNCIL)):
        report = again[file]
        assert not report["changed"]
        assert report["people"]["created"] == [] and report["people"]["uncertain"] == []
        meeting = Meeting.objects.get(body__name=council, date__year=2024)
        own = set(meeting.attendance.values_list("person__slug", flat=True))
        assert {m["slug"] for m in report["people"]["matched"]} == own


@pytest.mark.django_db
def test_a_person_linked_to_both_councils_is_a_candidate_for_both(tmp_path, capsys):
    Meeting.objects.all().delete()
    _write(tmp_path)
    _folder(tmp_path, capsys)
    town = Body.objects.get(name=TOWN_COUNCIL)
    district = Body.objects.get(name=DISTRICT_COUNCIL)
    smith = Person.objects.get(name="John Smith")
    assert smith in people_linked_to({town.pk})
    assert smith not in people_linked_to({district.pk})
    # Nia Prydderch of the town council is recorded in attendance at the district's meeting
    # too (a link to both councils): the district's next minutes' "N Prydderch" is she
    nia = Person.objects.get(name="Nia Prydderch")
    june = Meeting.objects.get(body=district, date__year=2024)
    Attendance.objects.create(meeting=june, person=nia, status=Attendance.Status.IN_ATTENDANCE)
    assert nia in people_linked_to({district.pk})
    (tmp_path / "c-district-july.txt").write_text(
        DISTRICT.replace("5th June", "3rd July").replace("Cllr R Blewitt", "Cllr N Prydderch"),
        encoding="utf-8",
    )
    july = _folder(tmp_path, capsys)["c-district-july.txt"]
    assert july["people"]["created"] == [] and july["people"]["uncertain"] == []
    matched = {m["name"]: m["slug"] for m in july["people"]["matched"]}
    assert matched["Cllr N Prydderch"] == nia.slug
    # while the district's "J Smith" stays the district's own
    meeting = Meeting.objects.get(body=district, date__month=7)
    assert not meeting.attendance.filter(person=smith).exists()


@pytest.mark.django_db
def test_the_bodies_of_a_council_are_its_own_body_and_those_below_it():
    from moot.ingest.identify import body_create_from_name

    council = body_create_from_name("Ashcombe District Council", source_name="test")
    planning = body_create_from_name("Planning Committee", source_name="test")
    planning.parent = council
    planning.save()
    other = body_create_from_name("Licensing Committee", source_name="test")
    assert bodies_of_council("ASHCOMBE DISTRICT COUNCIL", set()) == {council.pk, planning.pk}
    assert bodies_of_council("", {planning.pk}) == {council.pk, planning.pk}
    assert other.pk in bodies_of_council("Ashcombe District Council", {other.pk})
    # several councils' people are kept apart, a file naming no council by its body
    several = CouncilPeople()
    assert several.of("").key(other) == f"body {other.pk}"
    assert several.of("the Ashcombe District Council").key(other) == "ashcombe district council"


@pytest.mark.django_db
def test_a_single_council_import_matches_anyone_in_the_record(tmp_path, capsys):
    Meeting.objects.all().delete()
    smith = Person.objects.create(
        name="John Smith", slug="john-smith-known", given_name="John", family_name="Smith"
    )
    (tmp_path / "a-town.txt").write_text(TOWN, encoding="utf-8")
    assert cli.main(["import", "any", str(tmp_path / "a-town.txt"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    assert "John Smith" not in report["people"]["created"]
    meeting = Meeting.objects.get(body__name=TOWN_COUNCIL)
    assert meeting.attendance.filter(person=smith, status=Attendance.Status.PRESENT).exists()
    # a folder of one council's documents, even with --several-councils, likewise: the
    # district's "R Blewitt" is the Robert Blewitt the record knows, linked to no body
    blewitt = Person.objects.create(
        name="Robert Blewitt",
        slug="robert-blewitt-known",
        given_name="Robert",
        family_name="Blewitt",
    )
    (tmp_path / "a-town.txt").unlink()
    (tmp_path / "b-district.txt").write_text(DISTRICT, encoding="utf-8")
    reports = _folder(tmp_path, capsys)
    assert "R Blewitt" not in reports["b-district.txt"]["people"]["created"]
    meeting = Meeting.objects.get(body__name=DISTRICT_COUNCIL)
    assert meeting.attendance.filter(person=blewitt, status=Attendance.Status.PRESENT).exists()


# Two parish councils' minutes whose headings name only the kind ("the Parish Council"):
# with the two councils above in the folder, neither can be told to be any one council's.
KIND_ONLY = """Minutes of the Parish Council Meeting held on Tuesday 11th June 2024 at 7.30pm
in the Village Hall.

Present: Cllrs A Thwaite, B Oakes and C Penrose.

1. Apologies for absence
None.
2. Minutes of the previous meeting
RESOLVED that the minutes be signed.
"""


def test_a_kind_only_file_is_refused_only_among_several_councils():
    councils = {"a.txt": TOWN_COUNCIL, "b.txt": DISTRICT_COUNCIL, "c.txt": "", "d.txt": ""}
    kinds = {"c.txt": "Parish Council"}
    refused = kind_only_refusals(councils, kinds)
    assert list(refused) == ["c.txt"]  # d.txt names its own body: not a kind alone
    assert refused["c.txt"].startswith("c.txt: names only the kind of council ('Parish Council')")
    assert "--body" in refused["c.txt"]
    # one council named: the kind is that council's, refused nowhere
    assert kind_only_refusals({"a.txt": TOWN_COUNCIL, "c.txt": ""}, kinds) == {}
    # a file whose heading names its council as well is its council's
    assert kind_only_refusals({**councils, "c.txt": "Hale Parish Council"}, kinds) == {}


@pytest.mark.django_db
def test_kind_only_minutes_are_refused_not_merged_among_several_councils(tmp_path, capsys):
    Meeting.objects.all().delete()
    _write(tmp_path)
    (tmp_path / "c-parish.txt").write_text(KIND_ONLY, encoding="utf-8")
    (tmp_path / "d-parish.txt").write_text(KIND_ONLY.replace("11th June", "9th July"), "utf-8")
    bodies = set(Body.objects.values_list("name", flat=True))
    code = cli.main(["import", "folder", str(tmp_path), "--several-councils", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert sorted(f["file"] for f in payload["failed"]) == ["c-parish.txt", "d-parish.txt"]
    assert all("names only the kind of council" in f["error"] for f in payload["failed"])
    # the two councils named are imported; no "Parish Council" body holds the two parishes
    assert set(Body.objects.values_list("name", flat=True)) - bodies == {
        TOWN_COUNCIL,
        DISTRICT_COUNCIL,
    }
    assert not Meeting.objects.filter(date__year=2024, date__month__in=[6, 7]).exclude(
        body__name__in=[TOWN_COUNCIL, DISTRICT_COUNCIL]
    )
    # on its own, a kind-only file imports (its council's own body, created under the kind)
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "c-parish.txt").write_text(KIND_ONLY, encoding="utf-8")
    assert cli.main(["import", "folder", str(tmp_path / "alone"), "--json"]) == 0
    capsys.readouterr()
    assert Meeting.objects.filter(date__year=2024, date__month=6, date__day=11).count() == 1


def _committee(council: str, day: str) -> str:
    return f"""{council}

Minutes of the meeting of the Planning Committee held on {day} at 7pm at the Council Offices.

Present: Cllr P Quince (Chair), Cllr R Snout.

1. Apologies for absence
None.
2. Planning applications
RESOLVED that the application be approved.
"""


@pytest.mark.django_db
def test_a_committee_named_alike_by_two_councils_is_not_merged(tmp_path, capsys):
    Meeting.objects.all().delete()
    _write(tmp_path)
    (tmp_path / "c-town-planning.txt").write_text(
        _committee(TOWN_COUNCIL, "10th June 2024"), encoding="utf-8"
    )
    (tmp_path / "d-district-planning.txt").write_text(
        _committee(DISTRICT_COUNCIL, "12th June 2024"), encoding="utf-8"
    )
    code = cli.main(["import", "folder", str(tmp_path), "--several-councils", "--json"])
    payload = json.loads(capsys.readouterr().out)
    # the town's Planning Committee is imported first; the district's, printed alike, would
    # be merged into it: refused, naming the council whose it is
    assert code == 1
    assert [f["file"] for f in payload["failed"]] == ["d-district-planning.txt"]
    assert f"{TOWN_COUNCIL}'s in this import" in payload["failed"][0]["error"]
    committee = Body.objects.get(name="Planning Committee")
    assert list(committee.meetings.values_list("date__day", flat=True)) == [10]


@pytest.mark.django_db
def test_import_any_of_several_councils_files_keeps_each_councils_people(tmp_path, capsys):
    Meeting.objects.all().delete()
    _write(tmp_path)
    (tmp_path / "c-parish.txt").write_text(KIND_ONLY, encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("a-town.txt", "b-district.txt", "c-parish.txt")]
    assert cli.main(["import", "any", *paths, "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in payload["failed"]] == [paths[2]]
    assert "names only the kind of council" in payload["failed"][0]["error"]
    reports = [f["report"] for f in payload["files"] if f["ok"]]
    assert [r["people"]["uncertain"] for r in reports] == [[], []]
    assert "E Seward" in reports[1]["people"]["created"]
    assert "J Smith" in reports[1]["people"]["created"]  # not the town's John Smith
