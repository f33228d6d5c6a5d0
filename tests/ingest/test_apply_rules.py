"""The apply step's rules one by one: people (matched, new, uncertain, the office rule),
bodies, minute numbers, dates, and the files it refuses."""

from __future__ import annotations

import html
from datetime import date, time

import pypdfium2 as pdfium
import pytest

from moot.governance.models import Membership, Person, PersonAlias
from moot.ingest.drafts import PersonEntry
from moot.ingest.services import (
    ImportFailed,
    PeopleResolver,
    import_file,
    import_text,
    match_bodies,
    minutes_discussion,
)
from moot.meetings import services as meeting_services
from moot.meetings.models import Attendance, Meeting
from tests.helpers import PACK_SEED, PAGE_SEED
from tests.ingest.helpers import BODY, MARCH, meeting_report, row_counts

PACK = PACK_SEED.read_text(encoding="utf-8")
PAGE = PAGE_SEED.read_text(encoding="utf-8")


def variant(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


# --- people ---------------------------------------------------------------------------------


def test_a_new_name_with_a_members_office_is_uncertain_not_created(example):
    """Item 3 of the July agenda prints the Police and Crime Commissioner as "Rupert Harding";
    the front sheet and the membership say Rupert Matthews."""
    PersonAlias.objects.filter(name="Rupert Harding").delete()
    people = PeopleResolver(body=example, source_name="agenda.pdf")
    office = "Leicester, Leicestershire and Rutland Police and Crime Commissioner"
    outcome = people.resolve(PersonEntry("Rupert Harding", office), day=date(2021, 7, 29))
    assert outcome.status == "uncertain"
    assert [p.name for p in outcome.candidates] == ["Rupert Matthews"]
    assert not Person.objects.filter(name="Rupert Harding").exists()
    # The same name printed with another office is a new person.
    other = people.resolve(PersonEntry("Rupert Harding", "Head of Parks"), day=date(2021, 7, 29))
    assert other.status == "created"
    assert people.report()["created"] == ["Rupert Harding"]


def test_a_matched_spelling_is_kept_as_an_alias(example):
    PersonAlias.objects.filter(name="Azhar Faroogi").delete()
    people = PeopleResolver(body=example, source_name="minutes.txt")
    outcome = people.resolve(PersonEntry("Professor Azhar Faroogi"), day=date(2021, 3, 25))
    assert (outcome.status, outcome.person.name) == ("matched", "Azhar Farooqi")
    alias = PersonAlias.objects.get(name="Azhar Faroogi")
    assert (alias.person.name, alias.source) == ("Azhar Farooqi", "minutes.txt")
    people.resolve(PersonEntry("Azhar Farooqi"), day=date(2021, 3, 25))
    assert PersonAlias.objects.filter(person=alias.person).count() == 1


def test_an_uncertain_attendee_is_reported_and_not_recorded(fresh):
    rita = Person.objects.get(name="Rita Patel")
    Person.objects.create(name="Raj Patel", slug="raj-patel", honorific="Councillor")
    text = variant(
        PACK,
        "Councillor Rita Patel Assistant City Mayor, Communities, Equalities and Special",
        "Councillor Patel Assistant City Mayor, Communities, Equalities and Special",
    )
    people = Person.objects.count()
    report = import_text(text, name="pack.txt", body=BODY)
    assert Person.objects.count() == people
    assert {"name": "Councillor Patel", "candidates": ["Raj Patel", "Rita Patel"]} in report[
        "people"
    ]["uncertain"]
    march = meeting_report(report, MARCH)
    assert "Rita Patel" not in march["attendance"]["present"]
    assert len(march["attendance"]["present"]) == 12
    assert not Attendance.objects.filter(meeting__date="2021-03-25", person=rita).exists()
    assert any(
        "'Councillor Patel' (present) could be Raj Patel, Rita Patel" in w
        for w in report["warnings"]
    )


def test_a_genuinely_new_person_is_created_once(fresh):
    text = variant(
        PACK, "Gordon King Director of Mental Health", "Zara Okonkwo Director of Mental Health"
    )
    people = Person.objects.count()
    report = import_text(text, name="pack.txt", body=BODY)
    assert report["people"]["created"] == ["Zara Okonkwo"]
    assert Person.objects.count() == people + 1
    zara = Person.objects.get(name="Zara Okonkwo")
    assert zara.slug == "zara-okonkwo"
    record = Attendance.objects.get(meeting__date="2021-03-25", person=zara)
    assert record.status == Attendance.Status.PRESENT  # no seat, nobody of hers sent apologies
    again = import_text(text, name="pack.txt", body=BODY)
    assert again["people"]["created"] == []
    assert Person.objects.count() == people + 1


def test_a_new_spelling_with_a_members_office_in_the_minutes_is_uncertain(fresh):
    text = variant(
        PACK,
        "Kevan Liles Chief Executive, Voluntary Action Leicester.",
        "Kevin Lyle Chief Executive, Voluntary Action Leicester.",
    )
    report = import_text(text, name="pack.txt", body=BODY)
    assert {"name": "Kevin Lyle", "candidates": ["Kevan Liles"]} in report["people"]["uncertain"]
    assert not Person.objects.filter(name="Kevin Lyle").exists()


def test_substitutes_are_found_by_organisation(fresh):
    """A present non-member from the organisation of a member who sent apologies is that
    member's substitute; ToR 5.3. Nobody left to substitute for: present without a seat."""
    report = import_file(PACK_SEED, kind="agenda-pack", body=BODY)
    march = meeting_report(report, MARCH)
    substitutes = {s["name"]: s["for"] for s in march["attendance"]["substitutes"]}
    assert substitutes == {
        "Hayley Jackson": "Oliver Newbould",  # NHS England & NHS Improvement
        "Richard Morris": "Andy Williams",  # LLR Clinical Commissioning Groups
        "Mark Wightman": "Rebecca Browne",  # University Hospitals of Leicester
    }
    meeting = Meeting.objects.get(date="2021-03-25")
    verdict = meeting_services.quorum_verdict(meeting)
    assert verdict.quorate
    names_counted = {n for g in verdict.groups for n in g.by}
    assert "Gordon King" not in names_counted


def test_a_member_present_in_their_own_seat_is_never_a_substitute(fresh):
    """On 29 July 2021 (2021/22 membership) Mark Wightman holds the UHL seat himself."""
    seat = Membership.objects.get(person__name="Mark Wightman").seat
    assert seat.organisation.name == "University Hospitals of Leicester NHS Trust"
    text = variant(PACK, "Held: THURSDAY, 25 MARCH 2021", "Held: THURSDAY, 26 AUGUST 2021")
    text = variant(
        text, "held on 25 March 2021 are attached", "held on 26 August 2021 are attached"
    )
    report = import_text(text, name="pack.txt", body=BODY)
    august = meeting_report(report, f"{BODY}/2021-08-26")
    assert "Mark Wightman" in august["attendance"]["present"]
    assert "Mark Wightman" not in [s["name"] for s in august["attendance"]["substitutes"]]


# --- bodies ---------------------------------------------------------------------------------


def test_bodies_are_matched_by_name_tolerantly(example):
    assert match_bodies("Leicester City Health and Wellbeing Board") == [example]
    assert match_bodies("HEALTH & WELLBEING BOARD") == [example]
    assert match_bodies("Health and Well-being Board") == [example]
    assert match_bodies("Planning and Development Control Committee") == []


def test_an_unknown_body_is_created_and_reported_and_its_quorum_not_judged(fresh):
    text = variant(PAGE, "Health and Wellbeing Board - Thursday", "Licensing Committee - Thursday")
    report = import_text(text, name="page.txt")
    assert report["bodies"]["created"] == [
        {
            "name": "Licensing Committee",
            "body": "Licensing Committee",
            "slug": "licensing-committee",
        }
    ]
    assert report["bodies"]["matched"] == [] and report["bodies"]["uncertain"] == []
    meeting = Meeting.objects.get(body__slug="licensing-committee", date=date(2021, 3, 25))
    assert meeting.status == Meeting.Status.MINUTES_DRAFT
    assert meeting.attendance.exists()
    assert meeting.quorate is None
    assert meeting.quorum_explanation == (
        "not judged: no terms of reference in force on 25 March 2021"
    )
    assert meeting_report(report, "licensing-committee/2021-03-25")["quorum"] == (
        meeting.quorum_explanation
    )
    counts = row_counts()
    again = import_text(text, name="page.txt")
    assert again["changed"] is False and row_counts() == counts
    assert again["bodies"]["matched"][0]["slug"] == "licensing-committee"
    with pytest.raises(ImportFailed, match="--body 'no-such-board': no committee or board"):
        import_text(PAGE, name="page.txt", body="no-such-board")


@pytest.mark.parametrize(
    "printed",
    ["Our ref: AB/12/2021", "Dear Councillor", "Supplement 14 March 2023", "x" * 3],
)
def test_a_printed_name_that_is_no_bodys_name_creates_nothing(fresh, printed):
    from moot.ingest.identify import body_name_problem

    assert body_name_problem(printed) is not None
    text = variant(PAGE, "Health and Wellbeing Board - Thursday", f"{printed} - Thursday")
    counts = row_counts()
    with pytest.raises(ImportFailed) as failure:
        import_text(text, name="page.txt")
    assert "page.txt" in str(failure.value) or "--body" in str(failure.value)
    assert row_counts() == counts


def test_body_named_on_the_command_line_wins_with_a_warning(fresh):
    text = variant(PAGE, "Health and Wellbeing Board - Thursday", "Licensing Committee - Thursday")
    report = import_text(text, name="page.txt", body=BODY, dry_run=True)
    assert report["meetings"][0]["meeting"] == MARCH
    assert any("'Licensing Committee'" in w for w in report["warnings"])


# --- numbers and dates -------------------------------------------------------------------


def test_a_minute_number_already_used_that_year_is_not_reused(fresh):
    january = meeting_services.meeting_create(
        body=fresh, day=date(2021, 1, 14), at=time(10), recording_past=True, standing_items=False
    )
    item = meeting_services.item_add(meeting=january, title="Welcome", at_end=True)
    meeting_services.minute_numbers_assign(meeting=january, start_at=17)
    item.refresh_from_db()
    assert (item.minute_number, item.municipal_year) == (17, "2020/21")
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert any("minute 17 (Welcome) is already used by" in w for w in report["warnings"])
    march = Meeting.objects.get(date="2021-03-25")
    numbers = list(march.items.order_by("order").values_list("minute_number", flat=True))
    assert numbers[1:] == list(range(18, 27))
    assert numbers[0] not in range(17, 27)  # numbered on when the meeting was held


def test_an_unreadable_item_date_is_a_warning(fresh):
    text = variant(
        PACK, "held on 25 March 2021 are attached", "held on 31 Febtember 2021 are attached"
    )
    report = import_text(text, name="pack.txt", body=BODY)
    assert any("item 5: unreadable date '31 Febtember 2021'" in w for w in report["warnings"])
    july = Meeting.objects.get(date="2021-07-29")
    # the minutes the pack carries still say which meeting item 5 confirms
    assert july.items.get(agenda_number="5").previous_meeting.date == date(2021, 3, 25)


def test_an_unreadable_meeting_date_fails_the_import(fresh):
    before = row_counts()
    text = variant(PACK, "Held: THURSDAY, 25 MARCH 2021", "Held: THURSDAY, 35 MARCH 2021")
    with pytest.raises(ImportFailed, match="pack.txt: could not read the date of the minutes"):
        import_text(text, name="pack.txt", body=BODY)
    text = variant(PACK, "Date: THURSDAY, 29 JULY 2021", "Date: THURSDAY, 29 JULLY 20X1")
    with pytest.raises(ImportFailed, match="^pack.txt: "):
        import_text(text, name="pack.txt", body=BODY)
    text = variant(PAGE, "Thursday, 25 March 2021 10:00 am", "Thursday, 35 March 2021 10:00 am")
    with pytest.raises(ImportFailed, match="page.txt: could not read the meeting date"):
        import_text(text, name="page.txt", body=BODY)
    assert row_counts() == before


# --- files --------------------------------------------------------------------------------


def test_a_missing_file_is_named(fresh, tmp_path):
    with pytest.raises(ImportFailed, match=r"nothing\.pdf: no such file"):
        import_file(tmp_path / "nothing.pdf", kind="agenda-pack")


def test_a_pdf_without_text_is_refused(fresh, tmp_path):
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.new_page(595, 842)
    pdf.save(tmp_path / "scan.pdf")
    pdf.close()
    with pytest.raises(ImportFailed) as failure:
        import_file(tmp_path / "scan.pdf", kind="agenda-pack", body=BODY)
    assert str(failure.value) == "scan.pdf: no text layer: run OCR first"


def test_a_file_that_is_neither_pack_nor_page_is_refused(fresh, tmp_path):
    path = tmp_path / "shopping.txt"
    path.write_text("Eggs\nMilk\nBread\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        import_file(path, kind="agenda-pack", body=BODY)
    assert str(failure.value) == (
        "shopping.txt: not a document Moot can import: expected an agenda pack, printed "
        "minutes, an agenda notice, a ModernGov meeting page or a ModernGov web-service response"
    )
    with pytest.raises(ImportFailed, match="is an Agenda and minutes page, not an agenda pack"):
        import_file(PAGE_SEED, kind="agenda-pack", body=BODY)


def test_a_pdf_and_an_html_page_import_like_their_text(fresh, tmp_path):
    from weasyprint import HTML

    lines = "".join(f"<p>{html.escape(line) or '&#160;'}</p>" for line in PAGE.split("\n"))
    page_html = f"<html><head><title>Agenda</title></head><body>{lines}</body></html>"
    (tmp_path / "page.html").write_text(page_html, encoding="utf-8")
    style = "<style>@page{size:A3}body{font-size:7pt}p{margin:0;white-space:pre-wrap}</style>"
    HTML(string=page_html.replace("<head>", "<head>" + style)).write_pdf(tmp_path / "page.pdf")
    from_text = import_file(PAGE_SEED, kind="moderngov-page", body=BODY, dry_run=True)
    for name in ("page.html", "page.pdf"):
        report = import_file(tmp_path / name, kind="moderngov-page", body=BODY, dry_run=True)
        assert report["meetings"][0]["meeting"] == MARCH
        assert [(i["number"], i["title"]) for i in report["meetings"][0]["items"]] == [
            (i["number"], i["title"]) for i in from_text["meetings"][0]["items"]
        ], name
    assert report["source"]["pages"] > 1


def test_minutes_lose_their_resolved_blocks():
    text = (
        "The Board discussed the plan.\n\nRESOLVED:\n\n1) That the plan be noted.\n\n"
        "2) That a report come back in\n\nthe autumn.\n\nThe Chair thanked officers."
    )
    resolutions = ["That the plan be noted.", "That a report come back in the autumn."]
    assert minutes_discussion(text, resolutions) == (
        "The Board discussed the plan.\n\nThe Chair thanked officers."
    )
    assert minutes_discussion("RESOLVED: that X be noted.", ["that X be noted."]) == ""
    assert minutes_discussion("Nothing decided.", []) == "Nothing decided."


def test_two_meetings_on_the_day_are_told_apart_by_start_time(fresh):
    day = date(2021, 3, 25)
    morning = meeting_services.meeting_create(
        body=fresh, day=day, at=time(10), recording_past=True, standing_items=False
    )
    afternoon = meeting_services.meeting_create(
        body=fresh, day=day, at=time(14), recording_past=True, standing_items=False
    )
    assert afternoon.identifier == f"{MARCH}-2"
    report = import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert report["meetings"][0]["meeting"] == MARCH
    assert (morning.items.count(), afternoon.items.count()) == (10, 0)

    Meeting.objects.filter(pk=morning.pk).update(start=morning.start.replace(hour=9))
    before = row_counts()
    with pytest.raises(ImportFailed, match="has 2 meetings on 25 March 2021"):
        import_file(PAGE_SEED, kind="moderngov-page", body=BODY)
    assert row_counts() == before
