"""Applying the seeds to the record: what the reports say, what the record becomes, and the
safety rules (one transaction, dry runs, repeated imports).

``fresh`` (tests/ingest/conftest.py) is the example's governance (authority, Board, terms, members, people and their
aliases) with no meetings at all; ``example`` is the example fully loaded, meetings and all.
"""

from __future__ import annotations

import pytest

from moot.governance.models import Person, PersonAlias
from moot.ingest.models import ImportRecord
from moot.ingest.services import import_file
from moot.meetings.models import AgendaItem, Attendance, Meeting
from tests.helpers import PACK_SEED, PAGE_SEED
from tests.ingest.helpers import BODY, JULY, MARCH, SEED_PAGE_TITLES, meeting_report, row_counts

# The 25 March 2021 minutes, as the pack prints them, and who each line is in the record.
MARCH_PRESENT = [
    "Vi Dempster",
    "Ivan Browne",
    "Elly Cutkelvin",
    "Azhar Farooqi",
    "Harsha Kotecha",
    "Gordon King",
    "Kevan Liles",
    "Rita Patel",
    "Kevin Routledge",
    "Sarah Russell",
    "Martin Samuels",
    "Piara Singh Clair",
    "Caroline Trevithick",
]
MARCH_SUBSTITUTES = [
    {"name": "Hayley Jackson", "for": "Oliver Newbould"},
    {"name": "Richard Morris", "for": "Andy Williams"},
    {"name": "Mark Wightman", "for": "Rebecca Browne"},
]
MARCH_APOLOGIES = ["Rebecca Browne", "Andrew Fry", "Oliver Newbould", "Andy Williams"]


# --- the "Agenda and minutes" page (seed 001) ------------------------------------------------


def test_page_dry_run_reports_the_meeting_and_writes_nothing(fresh):
    before = row_counts()
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY, dry_run=True)
    assert row_counts() == before
    assert report["dry_run"] is True
    assert [m["meeting"] for m in report["meetings"]] == [MARCH]
    march = report["meetings"][0]
    assert march["created"] is True
    assert march["partial"] is True
    assert [i["number"] for i in march["items"]] == [str(n) for n in range(17, 27)]
    assert [i["title"].casefold() for i in march["items"]] == [
        t.casefold() for t in SEED_PAGE_TITLES
    ]
    item20 = march["items"][3]
    assert (item20["resolutions"], item20["documents"]) == (1, 1)
    assert [i["number"] for i in march["items"] if i["partial"]] == ["21", "22", "23"]
    assert march["attendance"]["apologies"] == MARCH_APOLOGIES
    assert report["people"]["created"] == []
    assert report["people"]["uncertain"] == []
    assert report["changed"] is True


def test_page_import_records_the_meeting(fresh):
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    meeting = Meeting.objects.get(body__slug=BODY, date="2021-03-25")
    assert meeting.identifier == MARCH
    assert meeting.kind == Meeting.Kind.SPECIAL
    assert meeting.mode == Meeting.Mode.VIRTUAL
    assert meeting.venue == "Meeting taking place on Zoom"
    assert meeting.status == Meeting.Status.MINUTES_DRAFT
    assert meeting.source == PAGE_SEED.name
    assert str(meeting.closed_at) == "12:05:00"
    items = list(meeting.items.order_by("order"))
    assert [i.minute_number for i in items] == list(range(17, 27))
    assert [i.municipal_year for i in items] == ["2020/21"] * 10
    assert items[3].resolutions.get().text.startswith("The Minutes of the previous meeting")
    document = items[3].documents.get()
    assert (document.kind, document.size_bytes, document.source) == (
        "minutes",
        246 * 1024,
        PAGE_SEED.name,
    )
    assert [i.minutes_partial for i in items[4:7]] == [True, True, True]
    assert items[4].presenters.get().person.name == "Sarah Prema"
    record = ImportRecord.objects.get()
    assert (record.source_name, record.kind, record.checksum) == (
        PAGE_SEED.name,
        "moderngov-page",
        report["source"]["sha256"],
    )
    assert list(record.meetings.all()) == [meeting]


# --- the agenda pack (seed 000) ------------------------------------------------------------


def test_pack_reports_the_july_agenda_and_the_march_minutes(fresh):
    people_before = set(Person.objects.values_list("name", flat=True))
    report = import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    assert [m["meeting"] for m in report["meetings"]] == [JULY, MARCH]

    july = meeting_report(report, JULY)
    assert july["created"] is True
    assert [i["number"] for i in july["items"]] == [str(n) for n in range(1, 12)]
    assert [(a["letter"], a["first_page"], a["last_page"]) for a in july["appendices"]] == [
        ("A", 1, 6),
        ("B", 7, 18),
        ("C", 19, 44),
        ("D", 45, 62),
        ("E", 63, 78),
    ]
    assert [a["kind"] for a in july["appendices"]] == [
        "appendix",
        "minutes",
        "appendix",
        "presentation",
        "presentation",
    ]

    march = meeting_report(report, MARCH)
    assert march["created"] is True
    assert len(march["items"]) == 10
    assert not march["partial"]
    attendance = march["attendance"]
    assert len(attendance["present"]) + len(attendance["substitutes"]) == 16
    assert attendance["present"] == MARCH_PRESENT
    assert attendance["substitutes"] == MARCH_SUBSTITUTES
    assert attendance["standing_invitees"] == ["Cathy Ellis", "David Sissling"]
    assert attendance["in_attendance"] == ["Graham Carey"]
    assert attendance["apologies"] == MARCH_APOLOGIES

    # Every person is one the example already knows: no one created, no one uncertain.
    people = report["people"]
    assert people["created"] == []
    assert people["uncertain"] == []
    assert set(Person.objects.values_list("name", flat=True)) == people_before
    matched = {m["name"]: m["person"] for m in people["matched"]}
    assert matched["Councillor Dempster"] == "Vi Dempster"
    assert matched["Professor Azhar Faroogi"] == "Azhar Farooqi"
    assert matched["Sara Prema"] == "Sarah Prema"
    everyone = attendance["present"] + [s["name"] for s in attendance["substitutes"]]
    assert set(everyone) <= set(matched.values())
    assert any("Caroline Trevithick and Richard Morris" in w for w in report["warnings"])
    assert any(
        "Gordon King is listed as present but holds no seat" in w for w in report["warnings"]
    )


def test_pack_import_records_both_meetings(fresh):
    import_file(PACK_SEED, kind="agenda-pack")  # the body is found from the pack's name
    july = Meeting.objects.get(date="2021-07-29")
    assert july.status == Meeting.Status.AGENDA_PUBLISHED
    assert july.venue.startswith("Meeting Room G.01, Ground Floor, City Hall")
    assert july.venue.endswith("LE1 1FZ")
    assert july.contact_email == "graham.carey@leicester.gov.uk"
    items = list(july.items.order_by("order"))
    assert [i.agenda_number for i in items] == [str(n) for n in range(1, 12)]
    assert all(i.minute_number is None for i in items)
    appendix_b = items[4].documents.get()
    assert appendix_b.letter == "B"
    assert appendix_b.text.startswith("Minutes of the Meeting of the HEALTH AND WELLBEING BOARD")
    assert items[4].previous_meeting.date.isoformat() == "2021-03-25"
    assert [p.person.name for p in items[7].presenters.all()] == [
        "Sarah Prema",
        "Katherine Packham",
    ]

    march = Meeting.objects.get(date="2021-03-25")
    assert march.status == Meeting.Status.MINUTES_DRAFT
    assert march.quorate is True
    hayley = march.attendance.get(person__name="Hayley Jackson")
    assert (hayley.status, hayley.substitute_for.name) == ("substitute", "Oliver Newbould")
    king = march.attendance.get(person__name="Gordon King")
    assert king.status == Attendance.Status.PRESENT
    assert [r.text[:32] for r in march.items.get(minute_number=21).resolutions.all()] == [
        "Officers were thanked for the wo",
        "There should be a development se",
    ]
    minutes = march.items.get(minute_number=21).minutes
    assert "RESOLVED" not in minutes and "Sarah Prema" in minutes


# --- both seeds: one meeting ----------------------------------------------------------------


def _march_after_both():
    meeting = Meeting.objects.get(body__slug=BODY, date="2021-03-25")
    assert Meeting.objects.filter(body__slug=BODY, date="2021-03-25").count() == 1
    items = list(meeting.items.order_by("order"))
    assert [i.minute_number for i in items] == list(range(17, 27))
    assert not any(i.minutes_partial for i in items)
    assert "Participation Strategy" in items[5].minutes  # the end of minute 22's full text
    assert [i.resolutions.count() for i in items] == [0, 0, 0, 1, 2, 1, 0, 0, 0, 0]
    assert [i.documents.count() for i in items] == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    assert meeting.attendance.count() == 16 + 4 + 2 + 1
    assert meeting.kind == Meeting.Kind.SPECIAL
    assert meeting.venue == "Meeting taking place on Zoom"
    assert set(meeting.attendance.values_list("mode", flat=True)) == {"remote"}
    assert meeting.quorate is True
    assert ImportRecord.objects.count() == 2
    assert meeting.imports.count() == 2
    return meeting


def test_page_then_pack_gives_one_meeting_with_the_full_minutes(fresh):
    page = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert [i["partial"] for i in page["meetings"][0]["items"]][4:7] == [True, True, True]
    pack = import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    march = meeting_report(pack, MARCH)
    assert march["created"] is False
    assert not march["partial"]
    assert [i["partial"] for i in march["items"]] == [False] * 10
    _march_after_both()


def test_pack_then_page_gives_one_meeting_with_the_full_minutes(fresh):
    import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    page = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    march = page["meetings"][0]
    assert march["created"] is False
    # the report says what the file held (minutes 21-23 cut short) and what was kept
    assert [i["number"] for i in march["items"] if i["partial"]] == ["21", "22", "23"]
    assert march["partial"] is True
    kept = [w for w in page["warnings"] if "full minutes already recorded were kept" in w]
    assert [w.split(":", 1)[0] for w in kept] == [f"{MARCH} item {n}" for n in (21, 22, 23)]
    meeting = _march_after_both()
    assert meeting.source == PACK_SEED.name


def test_the_page_into_the_loaded_example_reports_its_cut_minutes_and_keeps_the_full_ones(example):
    march = Meeting.objects.get(body__slug=BODY, date="2021-03-25")
    before = {i.minute_number: (i.minutes, i.minutes_partial) for i in march.items.all()}
    assert not any(partial for _, partial in before.values())
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    row = meeting_report(report, MARCH)
    assert row["created"] is False and row["partial"] is True
    assert {i["number"]: i["partial"] for i in row["items"]} == {
        str(n): n in (21, 22, 23) for n in range(17, 27)
    }
    for number in (21, 22, 23):
        assert any(
            w.startswith(f"{MARCH} item {number}: ")
            and "view the full minutes text" in w
            and "full minutes already recorded were kept" in w
            for w in report["warnings"]
        ), report["warnings"]
    after = {i.minute_number: (i.minutes, i.minutes_partial) for i in march.items.all()}
    assert after == before


# --- safety -------------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(fresh):
    import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    before = row_counts()
    again = import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    assert row_counts() == before
    assert again["changed"] is False
    assert [m["created"] for m in again["meetings"]] == [False, False]
    assert again["people"]["created"] == []
    page_again = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert row_counts() == before
    assert page_again["changed"] is False


def test_a_dry_run_of_the_pack_writes_nothing_and_reports_what_would_change(fresh):
    before = row_counts()
    dry = import_file(PACK_SEED, kind="agenda-pack", body=BODY, dry_run=True)
    assert row_counts() == before
    real = import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    for report in (dry, real):
        report.pop("dry_run")
    assert dry == real


def test_a_failed_import_leaves_no_partial_data(fresh, monkeypatch):
    """An import is one transaction: an error half-way through undoes all of it."""
    from moot.ingest import services

    def explode(self, meeting, draft):
        raise services.meeting_services.MeetingError("the record refused a change")

    monkeypatch.setattr(services._Importer, "_check_front_sheet", explode)
    before = row_counts()
    with pytest.raises(services.ImportFailed, match="the record refused a change"):
        import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    assert row_counts() == before


# --- on the full example ------------------------------------------------------------------


def test_the_seeds_add_nothing_new_to_the_full_example(example):
    """The example was built from these two documents: importing them finds everything."""
    people = Person.objects.count()
    aliases = PersonAlias.objects.count()
    items = AgendaItem.objects.count()
    attendance = Attendance.objects.count()
    pack = import_file(PACK_SEED, kind="agenda-pack")
    page = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert [m["created"] for m in pack["meetings"] + page["meetings"]] == [False] * 3
    assert (Person.objects.count(), PersonAlias.objects.count()) == (people, aliases)
    assert AgendaItem.objects.count() == items
    assert Attendance.objects.count() == attendance
    assert pack["people"]["created"] == page["people"]["created"] == []
    march = meeting_report(pack, MARCH)
    assert march["attendance"]["substitutes"] == MARCH_SUBSTITUTES
    assert march["attendance"]["present"] == MARCH_PRESENT
    assert [i["resolutions"] for i in march["items"]] == [0, 0, 0, 1, 2, 1, 0, 0, 0, 0]
    assert [i["documents"] for i in page["meetings"][0]["items"]][3:5] == [1, 1]
    july = meeting_report(pack, JULY)
    assert [i["documents"] for i in july["items"]] == [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0]
    before = row_counts()
    assert import_file(PACK_SEED, kind="agenda-pack")["changed"] is False
    assert row_counts() == before


def test_approved_minutes_are_never_changed(example):
    march = Meeting.objects.get(date="2021-03-25")
    july = Meeting.objects.get(date="2021-07-29")
    item = july.items.get(agenda_number="5")
    july.status = Meeting.Status.HELD
    july.save(update_fields=["status"])
    from moot.meetings.services import minutes_approve

    minutes_approve(meeting=march, by_item=item)
    march.items.filter(minute_number=21).update(minutes="", minutes_partial=False)
    before = row_counts()
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert any("minutes are approved" in w for w in report["warnings"])
    assert march.items.get(minute_number=21).minutes == ""
    counts = row_counts()
    assert counts.pop("ingest.ImportRecord") == before.pop("ingest.ImportRecord") + 1
    counts.pop("governance.AuditEntry"), before.pop("governance.AuditEntry")
    counts.pop("ingest.ImportRecord_meetings"), before.pop("ingest.ImportRecord_meetings")
    assert counts == before


def test_imports_are_in_the_admin(fresh, admin_client):
    import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    record = ImportRecord.objects.get()
    assert admin_client.get("/admin/ingest/importrecord/").status_code == 200
    page = admin_client.get(f"/admin/ingest/importrecord/{record.pk}/change/")
    assert page.status_code == 200
    assert PAGE_SEED.name.encode() in page.content
