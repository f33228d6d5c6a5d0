"""The agenda pack seed: the pack's own meeting and the minutes printed in Appendix B."""

from datetime import date, time

import pytest

from moot.ingest.parse import parse_agenda_pack


@pytest.fixture(scope="module")
def result(pack_text):
    return parse_agenda_pack(pack_text)


@pytest.fixture(scope="module")
def pack(result):
    return result.meetings[0]


@pytest.fixture(scope="module")
def minutes(result):
    return result.meetings[1]


def test_two_meetings(result):
    assert result.source_kind == "agenda-pack"
    assert [m.origin for m in result.meetings] == ["front-sheet", "minutes-in-pack"]


def test_front_sheet(pack):
    assert pack.body_name == "Leicester City Health and Wellbeing Board"
    assert pack.kind == "ordinary"
    assert pack.date == date(2021, 7, 29)
    assert pack.start_time == time(9, 30)
    assert pack.venue.startswith("MEETING ROOM G.01")
    assert pack.webcast_url == "http://www.leicester.public-i.tv"
    assert pack.contact.name == "Graham Carey"
    assert pack.contact.team == "Democratic Support"
    assert pack.contact.phone == "(0116) 454 6356"
    assert pack.contact.email == "graham.carey@leicester.gov.uk"


def test_members_by_section(pack):
    sections = {s.name: s for s in pack.members_by_section}
    assert list(sections) == [
        "Councillors",
        "City Council Officers",
        "NHS Representatives",
        "Healthwatch / Other Representatives",
    ]
    councillors = [p.name for p in sections["Councillors"].members]
    assert councillors[0] == "Councillor Vi Dempster"
    assert sections["Councillors"].members[0].role_text == "Assistant City Mayor, Health (Chair)"
    assert len(councillors) == 5
    officers = sections["City Council Officers"]
    assert [p.name for p in officers.members] == [
        "Martin Samuels",
        "Ivan Browne",
        "Dr Katherine Packham",
    ]
    assert officers.vacancies == 1
    assert len(sections["NHS Representatives"].members) == 7
    other = sections["Healthwatch / Other Representatives"].members
    assert other[-1].name == "Chief Superintendent Adam Streets"
    assert other[-1].role_text.startswith("Head of Local Policing")
    assert [p.name for p in pack.standing_invitees] == [
        "Cathy Ellis",
        "Professor Andrew Fry",
        "Richard Lyne",
        "John MacDonald",
        "Professor Bertha Ochieng",
    ]


def test_agenda_items(pack):
    assert [i.number for i in pack.items] == [str(n) for n in range(1, 12)]
    assert pack.items[0].title == "APOLOGIES FOR ABSENCE"
    six = pack.item("6")
    assert six.title == "SPOTLIGHT ON GOOD PRACTICE AND INNOVATION"
    assert six.appendix_letters == ["C"]
    assert pack.item("2").agenda_text.startswith("Members are asked to declare")
    assert pack.item("5").appendix_letters == ["B"]
    assert "Appendix B" not in pack.item("5").agenda_text
    assert pack.item("7").presenters == ["Sara Prema"]
    assert pack.item("8").presenters == ["Sara Prema", "Katherine Packham"]
    assert date(2022, 1, 27) in pack.item("10").dates_mentioned
    assert all(not i.warnings for i in pack.items)


def test_appendices(pack):
    got = [(a.letter, a.first_page, a.last_page, a.item_number) for a in pack.appendices]
    assert got == [
        ("A", 1, 6, "4"),
        ("B", 7, 18, "5"),
        ("C", 19, 44, "6"),
        ("D", 45, 62, "7"),
        ("E", 63, 78, "8"),
    ]
    titles = {a.letter: a.title for a in pack.appendices}
    assert titles["A"] == "TERMS OF REFERENCE"
    assert titles["E"] == "PLACE LED PLANS"
    text = {a.letter: a.text for a in pack.appendices}
    assert text["A"].startswith("Leicester City Health and Wellbeing Board\n\nTerms of Reference")
    assert text["A"].endswith("Version 9.7 April 2021")
    assert text["B"].startswith("Minutes of the Meeting of the HEALTH AND WELLBEING BOARD")
    assert text["B"].endswith("The Chair declared the meeting closed at 12.05pm.")
    assert text["C"].startswith("LPT")
    assert text["D"].startswith("Integrated Care Systems")
    assert text["E"].startswith("DEVELOPING A LEICESTER CITY PLACE LED PLAN")
    # C, D and E have no heading in the text: the guesses are reported
    guessed = [w for w in pack.warnings if "guessed" in w]
    assert len(guessed) == 3


def test_minutes_meeting(minutes):
    assert minutes.body_name == "Health and Wellbeing Board"
    assert minutes.date == date(2021, 3, 25)
    assert minutes.start_time == time(10, 0)
    assert minutes.closed_at == time(12, 5)
    assert [i.number for i in minutes.items] == [str(n) for n in range(17, 27)]
    assert minutes.item("21").title == (
        "LEICESTER, LEICESTERSHIRE AND RUTLAND HEALTH INEQUALITIES FRAMEWORK"
    )
    assert minutes.warnings == []


def test_minutes_attendance(minutes):
    att = minutes.attendance
    present = [p.name for p in att.present]
    assert len(present) == 16
    assert present[0] == "Councillor Dempster"
    assert "Councillor Piara Singh Clair" in present
    assert "Professor Azhar Faroogi" in present
    jackson = next(p for p in att.present if p.name == "Hayley Jackson")
    # the role printed before the name, then the organisation after it
    assert jackson.role_text == (
        "Assistant Director of Strategy and Integration, NHS England & NHS Improvement"
    )
    trevithick = next(p for p in att.present if p.name == "Caroline Trevithick")
    assert "Deputy Chief Executive" in trevithick.role_text
    assert trevithick.role_text.endswith("Clinical Commissioning Groups")
    wightman = next(p for p in att.present if p.name == "Mark Wightman")
    assert wightman.role_text.endswith("University Hospitals of Leicester NHS Trust")
    assert [p.name for p in att.standing_invitees] == ["Cathy Ellis", "David Sissling"]
    assert [p.name for p in att.in_attendance] == ["Graham Carey"]
    assert [p.name for p in att.apologies] == [
        "Rebecca Browne",
        "Andrew Fry",
        "Oliver Newbould",
        "Andy Williams",
    ]
    assert att.apologies[0].role_text == "Acting Chief Executive University Hospitals Leicester"


def test_minutes_resolutions(minutes):
    assert minutes.item("20").resolutions == [
        "The Minutes of the previous meeting of the Board held on 19 November 2020 be "
        "confirmed as a correct record."
    ]
    # numbered points are separate resolutions
    r21 = minutes.item("21").resolutions
    assert len(r21) == 2
    assert r21[0].startswith("Officers were thanked")
    assert r21[1].startswith("There should be a development session")
    assert len(minutes.item("22").resolutions) == 1
    assert minutes.item("17").resolutions == []
    assert minutes.item("21").minutes_text.startswith("Sarah Prema")
    assert "RESOLVED" in minutes.item("21").minutes_text


def test_minutes_do_not_become_agenda_items(pack):
    assert all(int(i.number) <= 11 for i in pack.items)
