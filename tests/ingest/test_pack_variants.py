"""Agenda packs other than the seed: stamps and page footers, surname-first attendance,
special meetings, missing times, minutes-only documents and failures."""

from datetime import date, time

import pytest

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_agenda_pack, parse_document

SPECIAL_PACK = """\
Public Document Pack

NORTHSHIRE COUNTY COUNCIL

SPECIAL MEETING OF THE ADULT SOCIAL CARE SCRUTINY PANEL

Date: Monday, 7th March 2022

Venue: Committee Room 2, County Hall, Northtown

Membership:

Councillor Jane Smith (Chair)
Councillor Tom Jones (Vice-Chair)
Councillor Amir Khan
Councillor Lucy Brown

Enquiries to: Peter Clerk, Democratic Services, Tel: 01632 960000, peter.clerk@northshire.gov.uk

AGENDA

1. Apologies and substitutions

2. Minutes of the last meeting (Pages 1 - 4)

To approve the minutes of the meeting held on 31 Febuary 2022.

3. Home care commissioning update (Pages 5 - 8)

The Head of Commissioning will present the report.

4. Work programme

Agenda Item 2

Minutes of a meeting of the Adult Social Care Scrutiny Panel held on Monday, 10 January 2022 at 2.00 pm

Present:

Smith, Jane (Councillor) - Chair
Jones, Tom (Councillor)
Khan, Amir (Councillor)

Also present:

Peter Clerk, Democratic Services

1. APOLOGIES

Apologies for absence were received from Councillor Lucy Brown.

2. MINUTES

RESOLVED that the minutes of the meeting held on 1 November 2021 be approved.

Page 1

3. CARE HOMES

The Panel received a report on care home capacity.

RESOLVED:

(a) that the report be noted;

(b) that a further report be brought in six months.

Page 2

Page 3

Page 4

Home care commissioning update

Report of the Head of Commissioning

1. Purpose of the report

This report updates the Panel on home care.

Page 5

More text.

Page 8
"""


@pytest.fixture(scope="module")
def special():
    return parse_agenda_pack(SPECIAL_PACK)


def test_special_front_sheet(special):
    m = special.meetings[0]
    assert m.body_name == "Adult Social Care Scrutiny Panel"
    assert m.kind == "special"
    assert m.date == date(2022, 3, 7)
    assert m.start_time is None
    assert any("start time" in w for w in m.warnings)
    assert m.venue == "Committee Room 2, County Hall, Northtown"
    assert m.contact.name == "Peter Clerk"
    assert m.contact.phone == "01632 960000"
    assert m.contact.email == "peter.clerk@northshire.gov.uk"
    assert m.contact.team == "Democratic Services"
    assert len(m.members_by_section) == 1
    assert [p.name for p in m.members_by_section[0].members] == [
        "Councillor Jane Smith",
        "Councillor Tom Jones",
        "Councillor Amir Khan",
        "Councillor Lucy Brown",
    ]
    assert m.members_by_section[0].members[0].role_text == "(Chair)"


def test_unlettered_page_ranges_and_stamps(special):
    m = special.meetings[0]
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies and substitutions"),
        ("2", "Minutes of the last meeting"),
        ("3", "Home care commissioning update"),
        ("4", "Work programme"),
    ]
    assert [(a.letter, a.first_page, a.last_page, a.item_number) for a in m.appendices] == [
        ("", 1, 4, "2"),
        ("", 5, 8, "3"),
    ]
    minutes_text, report_text = (a.text for a in m.appendices)
    assert minutes_text.startswith("Minutes of a meeting of the Adult Social Care")
    assert "Page 1" not in minutes_text
    assert report_text.startswith("Home care commissioning update")
    assert "More text." in report_text
    assert not any("guessed" in w for w in m.warnings)
    assert any("31 Febuary 2022" in w for w in m.item("2").warnings)
    assert m.item("3").presenters == []  # "The Head of Commissioning" is not a name


def test_minutes_with_surname_first_attendance(special):
    mt = special.meetings[1]
    assert mt.body_name == "Adult Social Care Scrutiny Panel"
    assert mt.date == date(2022, 1, 10)
    assert mt.start_time == time(14, 0)
    assert [(p.name, p.role_text) for p in mt.attendance.present] == [
        ("Councillor Jane Smith", "Chair"),
        ("Councillor Tom Jones", ""),
        ("Councillor Amir Khan", ""),
    ]
    assert [p.name for p in mt.attendance.in_attendance] == ["Peter Clerk"]
    assert [p.name for p in mt.attendance.apologies] == ["Councillor Lucy Brown"]
    assert [i.number for i in mt.items] == ["1", "2", "3"]
    assert mt.item("2").resolutions == [
        "that the minutes of the meeting held on 1 November 2021 be approved."
    ]
    assert mt.item("3").resolutions == [
        "that the report be noted;",
        "that a further report be brought in six months.",
    ]
    assert "Page 2" not in mt.item("3").minutes_text
    # the report after the minutes starts with a numbered heading: not a minute
    assert mt.item("3").title == "CARE HOMES"
    assert mt.closed_at is None
    assert any("closed at" in w for w in mt.warnings)


MINUTES_ONLY = """\
Minutes of the Meeting of the LICENSING COMMITTEE

Held: WEDNESDAY, 5 JUNE 2019 at 5:30 pm

Present: Councillor Smith (Chair), Councillors Jones, Khan and Brown

In Attendance

Dempster, Vi (Councillor)

12. APOLOGIES FOR ABSENCE

There were no apologies for absence.

13. STREET TRADING POLICY

RESOLVED:

That the policy be adopted.

The meeting closed at 6.40 pm.
"""


def test_minutes_only_document():
    assert detect_kind(MINUTES_ONLY) == "agenda-pack"
    result = parse_document(MINUTES_ONLY)
    assert any("only the minutes" in w for w in result.warnings)
    (mt,) = result.meetings
    assert mt.body_name == "Licensing Committee"
    assert mt.date == date(2019, 6, 5)
    assert mt.start_time == time(17, 30)
    assert mt.closed_at == time(18, 40)
    assert [p.name for p in mt.attendance.present] == [
        "Councillor Smith",
        "Councillor Jones",
        "Councillor Khan",
        "Councillor Brown",
    ]
    assert mt.attendance.present[0].role_text == "Chair"
    assert [p.name for p in mt.attendance.in_attendance] == ["Councillor Vi Dempster"]
    assert mt.attendance.apologies == []
    assert [i.number for i in mt.items] == ["12", "13"]
    assert mt.item("13").resolutions == ["That the policy be adopted."]


def test_minutes_without_close_line_warn(pack_text):
    cut = pack_text.replace("The Chair declared the meeting closed at 12.05pm.", "")
    mt = parse_agenda_pack(cut).meetings[1]
    assert mt.closed_at is None
    assert any("closed at" in w for w in mt.warnings)
    assert [i.number for i in mt.items][:10] == [str(n) for n in range(17, 27)]


def test_unreadable_pack_date_raises(pack_text):
    bad = pack_text.replace("Date: THURSDAY, 29 JULY 2021", "Date: THURSDAY, 29 JULLY 2021")
    with pytest.raises(ParseError, match="meeting date"):
        parse_agenda_pack(bad)


def test_no_front_sheet_and_no_minutes_raises():
    with pytest.raises(ParseError, match="expected"):
        parse_agenda_pack("Some report\n\n1. Introduction\n\nText.\n")


def test_appendix_headings_present_for_all(pack_text):
    """When every appendix has a heading, nothing is guessed."""
    text = pack_text
    for letter, first_line in (
        ("C", "LPT\n\nLeicester H+WB board SPOTLIGHT: LPT\n\nDigital"),
        ("D", "Integrated Care Systems – What are they?"),
        ("E", "DEVELOPING A LEICESTER CITY PLACE LED PLAN"),
    ):
        assert first_line in text
        text = text.replace(first_line, f"Appendix {letter}\n\n{first_line}", 1)
    pack = parse_agenda_pack(text).meetings[0]
    assert not any("guessed" in w for w in pack.warnings)
    texts = {a.letter: a.text for a in pack.appendices}
    assert texts["C"].startswith("LPT")
    assert texts["B"].endswith("closed at 12.05pm.")
    assert texts["D"].startswith("Integrated Care Systems")


COMPACT_PACK = """\
SCHOOLS FORUM

Date: 14/06/2023

Time: 4.30 pm

Place: Online

Members of the Forum

Councillors: Smith (Chair), Jones and Brown
Headteacher representatives:
Jo Bloggs, Northtown Primary School
Vacancy statement for the public

AGENDA

1. WELCOME

2. SCHOOLS BUDGET 2023/24

2a. Early years block

2b. High needs block

3. ANY OTHER BUSINESS
"""


def test_compact_pack_with_sub_items_and_inline_section():
    m = parse_agenda_pack(COMPACT_PACK).meetings[0]
    assert (m.body_name, m.date, m.start_time, m.venue) == (
        "Schools Forum",
        date(2023, 6, 14),
        time(16, 30),
        "Online",
    )
    assert [i.number for i in m.items] == ["1", "2", "2a", "2b", "3"]
    sections = {s.name: [p.name for p in s.members] for s in m.members_by_section}
    assert sections == {
        "Councillors": ["Councillor Smith", "Councillor Jones", "Councillor Brown"],
        "Headteacher representatives": ["Jo Bloggs"],
    }
