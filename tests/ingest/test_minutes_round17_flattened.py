"""Printed minutes whose text was flattened onto one line (seventeenth round of issue 14):
headings other than "Minutes of ..." get a line of their own where the minutes open, a
council's name stays with the kind of council's heading, and a minute's number keeps the
label that is its title. Texts from the dev documents, flattened as a PDF's text is."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import list_before_prose
from moot.ingest.parse.unflatten import unflatten

PAD = " The Clerk reported on the correspondence received since the last meeting." * 10


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_minutes_of_the_kind_of_council_meeting_open_a_paragraph():
    # High Halstow 2020: "MINUTES Parish Council Meeting DATE ... Attendees: ..."
    text = _flat(
        "MINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm "
        "Attendees: Cllr G. Crozer (Chairman) Cllr C. Watson (Vice-Chair) Cllr G. Jerreat "
        "Mrs J. Allen (Clerk) Members of the public: 2 The meeting commenced at 7.30pm "
        "1. Apologies for absence An apology for absence was received from Cllr A. Catchpole. "
        "2. Declarations of Interest None were declared." + PAD
    )
    assert "\n\nAttendees: Cllr G. Crozer" in unflatten(text)
    (m,) = parse_document(text).meetings
    assert m.date == date(2020, 6, 24)
    assert "Crozer" in " ".join(p.name for p in m.attendance.present)


def test_minutes_taken_by_the_clerk_open_the_heading_in_flattened_text():
    # Eastville, Midville and New Leake 2025: a draft mark, then "Minutes taken by ..."
    text = _flat(
        "Unapproved Draft Minutes 14 May 2025 Minutes taken by the Parish Council, Mrs Deborah "
        "Money, at the Annual Parish Council Meeting of Eastville, Midville and New Leake Parish "
        "Council, which was held on Wednesday 14th May 2025, in Eastville, Midville and New Leake "
        "Village Hall. Present: Councillors Glyn Nunn (Parish Chair), Simon Thorold (Parish "
        "Vice-Chair) Michelle Baker, Derek Scott, Ian Money. 1. To elect a Chair for the year "
        "Councillor Nunn was elected. 2. To receive apologies None were received." + PAD
    )
    assert "\n\nMinutes taken by the Parish Council" in unflatten(text)
    (m,) = parse_document(text).meetings
    assert m.body_name == "Eastville, Midville and New Leake Parish Council"
    assert m.date == date(2025, 5, 14)


def test_the_kind_of_council_stays_on_its_headings_line():
    # Llangernyw 2018: "Community Council Minutes of Wednesday 1st August 2018 ..."
    text = _flat(
        "Community Council Minutes of Wednesday 1st August 2018 in Pandy Tudur at 7.30pm "
        "1.Welcome and apologies 1.1 Everyone was welcomed by Einir Williams (EW) 1.2 Present: "
        "Diane Roberts(DR), Elen H. Edwards(EHE), Gwynfor Davies (GD) 1.3 Apologies: Gwyn "
        "Williams (GW) 2.No one declared an interest to any item on the agenda. 3. Minutes of "
        "June 27th 2018 Matters arising were noted." + PAD
    )
    assert unflatten(text).startswith("Community Council Minutes of Wednesday 1st August 2018")
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Community Council", date(2018, 8, 1))


def test_a_named_council_over_an_annual_parish_meeting_keeps_its_own_line():
    # Broomhaugh and Riding 2010: the council's name over the parish meeting's minutes;
    # the meeting is the parish meeting's, not the council's
    text = _flat(
        "Annual Parish Meeting 2010 Minutes You can download a copy of these minutes here. "
        "Broomhaugh & Riding Parish Council Minutes of the Annual parish meeting, held at 7.30pm "
        "in the Millennium Hall, Church Lane on 20th May 2010. Present: Cllrs Mill, Reid, "
        "Eakins, Heslop. 1. Mr Pearce gave a presentation on bees. 2. The Chairman gave his "
        "report." + PAD
    )
    lines = unflatten(text).split("\n\n")
    assert "Broomhaugh & Riding Parish Council" in lines
    (m,) = parse_document(text).meetings
    assert m.body_name.lower() == "parish meeting"


def test_a_minutes_number_keeps_its_label_as_its_title():
    # Belstone 2019 and Plymtree 2019: "72. Apologies for absence: None", "41a/19
    # Apologies: None received"
    for number, label in (("72.", "Apologies for absence:"), ("41a/19", "Apologies:")):
        text = _flat(
            "Minutes of the Meeting of Belstone Parish Council held on 15th January 2019 at 7.30pm "
            "Present: Michael Ash (Chairman), Ann Norman, Paul Boyce. "
            f"{number} {label} None 73. Matters Arising The dates were confirmed." + PAD
        )
        assert f"\n\n{number} {label}\nNone" in unflatten(text)


def test_a_kind_title_before_the_heading_gets_its_own_line():
    # Belstone 2019: the page's trail and title, then "Minutes of the Meeting held on ..."
    text = _flat(
        "Home » Parish Council Records » Minutes » Parish Council Minutes – January 2019 "
        "Parish Council Minutes – January 2019 Minutes of the Meeting held on 15th January 2019 "
        "at 7.30pm in the Village Hall Meeting Room Present: Michael Ash (Chairman), Ann Norman "
        "(Vice Chairman), Paul Boyce, Peter Cooper. In attendance: David Emerson 72. Apologies "
        "for absence: None 73. Matters Arising The dates were confirmed." + PAD
    )
    assert "\n\nParish Council Minutes – January 2019\n\nMinutes of the Meeting" in unflatten(text)
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2019, 1, 15))


def test_a_scottish_minute_in_capitals_after_a_cover_line():
    # Islay 2013: "INAUGURAL MEETING OF COMMUNITY COUNCIL followed by MINUTE OF ISLAY
    # COMMUNITY COUNCIL MEETING 2nd December 2013"
    text = _flat(
        "INAUGURAL MEETING OF COMMUNITY COUNCIL followed by MINUTE OF ISLAY COMMUNITY COUNCIL "
        "MEETING 2nd December 2013 – Service Point, ICC Members Present: Glen Roberts GR Islay "
        "McEachern IM Apologies: Roberta McNeill, Billy McFarlane and Ina Glover. 1. Welcome – "
        "Glen Roberts opened the meeting. 2. Minutes of the ICC Meeting of 3rd September 2013 - "
        "The minutes were agreed." + PAD
    )
    assert "\n\nMINUTE OF ISLAY COMMUNITY COUNCIL MEETING 2nd December 2013" in unflatten(text)
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Islay Community Council", date(2013, 12, 2))


WORDS = st.sampled_from(["Parish", "Town", "Community", "Village"])


@given(
    kind=WORDS, filler=st.lists(st.sampled_from(["Home", "»", "Minutes", "Records"]), max_size=6)
)
def test_unflatten_changes_only_whitespace(kind, filler):
    text = _flat(
        " ".join(filler) + f" {kind} Council Minutes – January 2019 Minutes of the Meeting held "
        f"on 15th January 2019 Present: Cllr A Bee, Cllr C Dee. 72. Apologies: None 73. "
        "Matters Arising The dates were confirmed." + PAD
    )
    assert unflatten(text).split() == text.split()


@given(
    number=st.integers(min_value=2, max_value=400),
    label=st.sampled_from(["Apologies:", "Apologies for absence:", "Present:", "In attendance:"]),
)
def test_a_label_after_a_minutes_number_stays_on_its_line(number, label):
    text = _flat(
        "Minutes of the Meeting of Brook Parish Council held on 4 May 2021 Present: Cllr A Bee, "
        f"Cllr C Dee. {number}. {label} None {number + 1}. Matters Arising Noted." + PAD
    )
    assert f"\n{number}. {label}\n" in unflatten(text)


ISLAY = (
    "INAUGURAL MEETING OF COMMUNITY COUNCIL\n\nfollowed by\n\nMINUTE OF ISLAY COMMUNITY COUNCIL "
    "MEETING 2nd December 2013 – Service Point,\n\nICC Members Present: Glen Roberts GR Islay "
    "McEachern IM Geunda Young GY Catherine Gilchrist CG\n\nArgyll & Bute Council: Mr Iain "
    "Jackson\n\nApologies: Roberta McNeill, Billy McFarlane and Ina Glover\n\nAction Following "
    "the re-constitution of Islay Community Council, Mr Iain Jackson, on behalf of the "
    "Returning Officer, Argyll and Bute Council, led the inaugural meeting.\n\n1. Welcome – Glen "
    "Roberts opened the meeting.\n\n2. Minutes of the ICC Meeting of 3rd September 2013 - The "
    "minutes were agreed.\n" + PAD
)


def test_another_councils_officer_under_its_name_is_no_member_present():
    # Islay 2013: "Argyll & Bute Council: Mr Iain Jackson" under the members present
    for text in (ISLAY, _flat(ISLAY)):
        (m,) = parse_document(text).meetings
        present = [p.name for p in m.attendance.present]
        assert "Glen Roberts" in present and "Catherine Gilchrist" in present
        assert not any("Jackson" in name for name in present)
        assert not any("Jackson" in p.name for p in m.attendance.apologies)


def test_names_each_followed_by_initials_on_one_line():
    text = ISLAY.replace("\n\nArgyll & Bute Council: Mr Iain Jackson", "")
    (m,) = parse_document(text).meetings
    assert [p.name for p in m.attendance.present] == [
        "Glen Roberts",
        "Islay McEachern",
        "Geunda Young",
        "Catherine Gilchrist",
    ]


def test_a_flattened_list_of_apologies_ends_where_prose_begins():
    segment = (
        "Roberta McNeill, Billy McFarlane and Ina Glover Action Following the re-constitution "
        "of Islay Community Council, Mr Iain Jackson, on behalf of the Returning Officer"
    )
    assert list_before_prose(segment) == "Roberta McNeill, Billy McFarlane"
    lead_in = "Apologies were received from Cllr A Bee (for part of the meeting) and Cllr C Dee"
    assert list_before_prose(lead_in) == lead_in


NAME = st.from_regex(r"(?:Cllr |Mr |Mrs )?[A-Z]\.? [A-Z][a-z]{2,8}", fullmatch=True)


@given(names=st.lists(NAME, min_size=1, max_size=8), prose=st.booleans())
def test_list_before_prose_keeps_every_name_before_the_prose(names, prose):
    text = ", ".join(names)
    tail = ", the meeting then heard from the police" if prose else ""
    assert list_before_prose(text + tail) == text


AUCHENCAIRN = (
    "Community Council Minutes, November 2024\nMINUTE OF THE MEETING\nheld at 7.00pm on "
    "Wednesday 13th November 2024 in the Murray Hall Annexe\n1. In Attendance & Apologies\n"
    "Present: Simon Brooke, Chair (SB); George Makins, Treasurer (GM); Paul Jardine (PJ).\n"
    "Apologies: Susan Small (SS)\nVisitors: Anne Williams (Chair, Auchencairn Initiative); Lee "
    "Paton (ACT representative); Alison Parker; James Tollan and Helen.\n2. Approval of the "
    "Minute of the Previous Meeting and Matters Arising\nAT had yet to circulate the Minute.\n"
    "3. Police Report\nThe police report had been circulated by email.\n"
)


def test_a_scottish_minute_of_the_meeting_with_attendance_in_its_first_minute():
    # Auchencairn 2024: "MINUTE OF THE MEETING" over "held at TIME on DATE", the kind of
    # council in the title line, attendance recorded under "1. In Attendance & Apologies"
    (m,) = parse_document(AUCHENCAIRN).meetings
    assert (m.body_name, m.date) == ("Community Council", date(2024, 11, 13))
    assert [p.name for p in m.attendance.apologies] == ["Susan Small"]
    visitors = [p.name for p in m.attendance.in_attendance]
    assert "Anne Williams" in visitors and "Lee Paton" in visitors
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_a_title_of_another_month_names_no_kind():
    text = AUCHENCAIRN.replace("Minutes, November 2024", "Minutes, October 2024")
    (m,) = parse_document(text).meetings
    assert m.body_name == ""


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(["January", "March", "June", "November"]),
    year=st.integers(min_value=2000, max_value=2030),
)
def test_a_singular_minute_wrapped_over_two_lines_is_read_with_its_date(day, month, year):
    text = AUCHENCAIRN.replace("13th November 2024", f"{day} {month} {year}").replace(
        "Minutes, November 2024", f"Minutes, {month} {year}"
    )
    (m,) = parse_document(text).meetings
    assert (m.date.day, m.date.year) == (day, year)
    assert m.body_name == "Community Council"


DECEMBER = (
    "MINUTE OF THE MEETING\nheld at 7.00pm on Wednesday 11th December 2024 in the Murray Hall "
    "Annexe\n1. In Attendance & Apologies\nPresent: Simon Brooke, Chair (SB); Paul Jardine (PJ)."
    "\nApologies: George Makins (GM)\n2. Approval of the Minute of the Previous Meeting\nThe "
    "Minute of 13th November was approved.\n3. Christmas Lights\nThe lights were switched on.\n"
)


def test_a_file_of_two_meetings_is_read_as_its_first_meeting():
    # a year's minutes in one file: the first meeting printed, up to the next heading (the
    # second's heading names no body, the first's only its kind: left out, and said)
    (m,) = parse_document(AUCHENCAIRN + DECEMBER).meetings
    assert m.date == date(2024, 11, 13)
    assert [i.title for i in m.items] == [
        "In Attendance & Apologies",
        "Approval of the Minute of the Previous Meeting and Matters Arising",
        "Police Report",
    ]
    assert [p.name for p in m.attendance.apologies] == ["Susan Small"]
    result = parse_document(AUCHENCAIRN + DECEMBER)
    assert any("more than one meeting" in w for w in result.warnings)
    assert any("meeting no. 2" in w and "names no body" in w for w in result.warnings)


def test_minutes_an_item_approves_are_no_second_meeting():
    text = AUCHENCAIRN.replace(
        "AT had yet to circulate the Minute.\n",
        "To approve the\nMINUTE OF THE MEETING held at 7.00pm on 9th October 2024 as correct.\n",
    )
    result = parse_document(text)
    assert not any("more than one meeting" in w for w in result.warnings)
    assert len(result.meetings[0].items) == 3


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(["January", "March", "June", "December"]),
)
def test_next_meeting_start_is_the_second_headings_line(day, month):
    second = DECEMBER.replace("11th December 2024", f"{day} {month} 2025")
    text = AUCHENCAIRN + second
    (m,) = parse_document(text).meetings
    assert m.date == date(2024, 11, 13)
    assert all(i.title != "Christmas Lights" for i in m.items)


def test_the_scottish_minute_flattened_onto_one_line():
    # Auchencairn 2024 flattened: "MINUTE OF THE MEETING held at TIME on DATE", the kind
    # title with a comma, "4. D&G Council Matters" in the run of numbers, "Visitors:"
    text = _flat(AUCHENCAIRN + "4. D&G Council Matters\nNothing to Report.\n5. Planning\nNone.\n")
    flat = unflatten(text + PAD)
    assert "\n\nMINUTE OF THE MEETING held at 7.00pm" in flat
    assert "\n\n4. D&G Council Matters" in flat
    assert "\n\nVisitors: Anne Williams" in flat
    (m,) = parse_document(text + PAD).meetings
    assert (m.body_name, m.date) == ("Community Council", date(2024, 11, 13))
    assert [p.name for p in m.attendance.apologies] == ["Susan Small"]


GLENCAIRN = (
    "Glencairn Community Council – Draft Minutes of Latest Meeting\n\nAmended Draft Minutes of "
    "Meeting 7.30pm Monday 12th November 2018\n\n1. Sederunt: Chair Moira McCrossan (MM), Sec "
    "Sue Grant (SG), Scott McMillan (SM), Robin Edgar (RE),\nMembers of public: Mrs Fletcher, "
    "Fiona McMillan, Sheena Plant\n\nCouncillors: Cllr Andrew Woods Apologies: Georgia Watson\n\n"
    "2. Reports\n2.1 Police report no police in attendance\n\n3. Minutes\n\nApproval Monday 1st "
    "October: Proposed by Sue Grant and seconded Jimmy Mensdorf.\n"
)


def test_a_scottish_sederunt_under_a_title_naming_the_council():
    # Glencairn 2018: the council named by the page's title, "Amended Draft Minutes of
    # Meeting TIME DAY DATE", those present in "1. Sederunt:", the public and a councillor
    # of the area after them
    (m,) = parse_document(GLENCAIRN).meetings
    assert (m.body_name, m.date) == ("Glencairn Community Council", date(2018, 11, 12))
    assert m.start_time.strftime("%H:%M") == "19:30"
    present = [p.name for p in m.attendance.present]
    assert "Moira McCrossan" in present and "Robin Edgar" in present
    others = [p.name for p in m.attendance.in_attendance]
    assert "Sheena Plant" in others and any("Woods" in n for n in others)
    assert not any("Woods" in n or "Plant" in n for n in present)


def test_a_title_naming_a_council_without_minutes_names_no_body():
    text = GLENCAIRN.replace(" – Draft Minutes of Latest Meeting", " – News and Events")
    result = parse_document(text)
    assert result.meetings[0].body_name == ""


@given(
    hour=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    weekday=st.sampled_from(["Monday", "Tuesday", "Thursday"]),
)
def test_minutes_of_meeting_with_its_time_before_its_day(hour, day, weekday):
    text = GLENCAIRN.replace("7.30pm Monday 12th", f"{hour}.00pm {weekday} {day}th")
    (m,) = parse_document(text).meetings
    assert m.date == date(2018, 11, day)


def test_a_bilingual_title_in_capitals_keeps_both_languages_when_flattened():
    # Llangathen 2020: "20/01 YMDDIHEURIADAU / APOLOGIES", "20/02 DATGANIADAU O FUDDIANT /
    # DECLARATIONS OF INTEREST": the English label word inside the title is no label
    text = _flat(
        "Minutes of the Annual Meeting of Llangathen Community Council held on Tuesday, 17th "
        "November 2020. Presennol / Present: Cyng/Cllrs.: B. Jones (chair) A. Davies, C. Moses. "
        "20/01 YMDDIHEURIADAU / APOLOGIES Cafwyd ymddiheuriadau am absenoldeb gan / Apologies "
        "for absence were received from Cyng. / Cllrs. M. Williams. 20/02 DATGANIADAU O FUDDIANT "
        "/ DECLARATIONS OF INTEREST Dros y flwyddyn flaenorol ni chafwyd dim. 20/03 COFNODION / "
        "MINUTES Cynigiwyd gan Cyng. C. Moses." + PAD
    )
    (m,) = parse_document(text).meetings
    assert [i.title for i in m.items] == [
        "YMDDIHEURIADAU / APOLOGIES",
        "DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST",
        "COFNODION / MINUTES",
    ]


GROBY = (
    "Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at "
    "the Parish Council Chamber, Leicester Road, Groby Cou/285/07-08 Present Members: Cllr P "
    "Batty (Chairman), Cllr J Batty, Cllr Beck Cou/286/07-08 Apologies for Absence Apologies "
    "for absence were received from Cllr Purves Cou/287/07-08 Declarations of Interest None."
)


@pytest.mark.parametrize(
    "cover",
    [
        "Date of next meeting: Monday 3 March 2008 Item 4 Public",
        "Committee and Date Parish Council 3rd March 2008 Public",
        "Dear Councillor, please find the minutes enclosed. 12 February 2008",
    ],
)
def test_a_cover_line_before_the_heading_never_gives_the_date(cover):
    # a covering line (the next meeting's date, a letter's date) before the heading
    text = _flat(f"{cover} {GROBY}") + PAD
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Groby Parish Council", date(2008, 2, 4))
    undated = text.replace(" on Monday 4 February 2008", "")
    try:
        meetings = parse_document(undated).meetings
    except ParseError:
        return
    assert all(m.date not in (date(2008, 3, 3), date(2008, 2, 12)) for m in meetings)


BOURTON = (
    "Minutes of the Parish Council Meeting of Bourton-on-the-Hill Parish Council held on Tuesday "
    "May 16th 2023 at 7.15 p.m. in the Old School 1) Chairman Andy Vigrass was unanimously "
    "elected as Chairman 2) Vice Chairman Elizabeth Bowden was unanimously elected 3) Present: "
    "In the Chair A.Vigrass, A.Stanley, C.Priest and K.O’Donoghue (clerk). 4) Apologies "
    "L.Bowden, M.Norton. 5) Declarations of Interest None. 6) Minutes of the previous meetings "
    "held on 13th February The minutes were approved. 7) Matters Arising Potholes were noted."
)


def test_minutes_numbered_with_a_bracket_in_flattened_text():
    # Bourton-on-the-Hill 2023: "1) Chairman ...", "4) Apologies ..."
    flat = unflatten(_flat(BOURTON) + PAD)
    for n in range(1, 8):
        assert f"\n\n{n}) " in flat


@given(numbers=st.integers(min_value=3, max_value=9), start=st.integers(min_value=1, max_value=90))
def test_a_run_of_bracketed_numbers_each_starts_a_paragraph(numbers, start):
    body = " ".join(f"{start + k}) Item Title {k} The clerk reported." for k in range(numbers))
    text = "Minutes of the Meeting of Brook Parish Council held on 4 May 2021 " + body + PAD
    flat = unflatten(text)
    assert all(f"\n\n{start + k}) Item Title {k}" in flat for k in range(numbers))
    assert flat.split() == text.split()


def test_the_scottish_sederunt_flattened_keeps_its_title_line_and_labels():
    # Glencairn 2018 flattened: the title line whole, "Amended Draft Minutes of ...", "1.
    # Sederunt:" and "Members of public:" as labels, "Present; ..." (Kexby 2020) likewise
    flat = unflatten(_flat(GLENCAIRN) + PAD)
    assert flat.startswith("Glencairn Community Council – Draft Minutes of Latest Meeting\n\n")
    assert "\n\nAmended Draft Minutes of Meeting 7.30pm" in flat
    assert "\n\n1. Sederunt:\nChair Moira McCrossan" in flat
    assert "\n\nMembers of public: Mrs Fletcher" in flat
    (m,) = parse_document(_flat(GLENCAIRN) + PAD).meetings
    assert (m.body_name, m.date) == ("Glencairn Community Council", date(2018, 11, 12))
    assert "Robin Edgar" in [p.name for p in m.attendance.present]
    kexby = _flat(
        "Minutes of the Parish Council Meeting of Kexby Parish Council held on 28th May 2020 "
        "Present; R. Gore (Chair), C. Hunt, S. Farrow Apologies; Internet failure prevented the "
        "participation of D. Edwardson 09/20 Approval of the accounts for 2019-20 These had "
        "been circulated. 10/20 Planning None."
    )
    assert "\n\nPresent; R. Gore (Chair)" in unflatten(kexby + PAD)


def test_minutes_numbered_by_year_and_serial_in_flattened_text():
    # Stoke Lacy 2019: "19.70 To receive and accept APOLOGIES FOR ABSENCE ...", "19.71 ..."
    text = _flat(
        "Minutes of the Parish Council Meeting of Stoke Lacy Parish Council held on Wednesday "
        "14th August 2019 in Stoke Lacy Village Hall at 7.30pm Present: Councillor Janet Ivison "
        "(Chairman); Councillors Anne Reece, John Westwood 19.70 To receive and accept "
        "APOLOGIES FOR ABSENCE Ward Councillor Jonathan Lester. 19.71 To receive DECLARATIONS "
        "OF INTEREST No interests were declared. 19.72 To approve the MINUTES of the meeting "
        "held on 10th July 2019 They were approved. 19.73 Planning None."
    )
    flat = unflatten(text + PAD)
    for n in (70, 71, 72, 73):
        assert f"\n\n19.{n} To " in flat or f"\n\n19.{n} Planning" in flat


def test_a_label_right_after_a_label_is_part_of_its_list():
    # Saltash 2012: "APOLOGIES: Councillors: Mrs S Hooper MBE, C Riches, J Shepherd"
    text = _flat(
        "SALTASH TOWN COUNCIL Minutes of a Meeting of Town Council held in The Guildhall on "
        "Thursday 6th December 2012 at 7.00pm PRESENT: Councillors: M Gee (Chairman), R Austin, "
        "R Bickford APOLOGIES: Councillors: Mrs S Hooper MBE, C Riches, J Shepherd 268/12/13 "
        "DECLARATIONS OF INTEREST None. 269/12/13 PLANNING None."
    )
    flat = unflatten(text + PAD)
    assert "\n\nAPOLOGIES: Councillors: Mrs S Hooper MBE" in flat
    assert "\n\nPRESENT: Councillors: M Gee" in flat


@given(
    serial=st.integers(min_value=10, max_value=400), year=st.integers(min_value=10, max_value=30)
)
def test_a_run_of_year_serials_each_starts_a_paragraph(serial, year):
    titles = ["Apologies", "Declarations", "Planning", "Finance"]
    body = " ".join(f"{year}.{serial + k} {t} Noted." for k, t in enumerate(titles))
    text = "Minutes of the Meeting of Brook Parish Council held on 4 May 2021 " + body + PAD
    flat = unflatten(text)
    assert all(f"\n\n{year}.{serial + k} {t}" in flat for k, t in enumerate(titles))
    assert flat.split() == text.split()


LITTLE_WENLOCK = (
    "LITTLE WENLOCK PARISH COUNCIL 8th March, 2010 AT 7.30 p.m. IN THE VILLAGE HALL, LITTLE "
    "WENLOCK. 03/10/1 Present: Councillors Ms. P. Hutchings (Chair), Mrs. D. Goodman "
    "(Vice-Chair), Mr. A. Lees. 03/10/2 Apologies: Apologies were received from T&W Councillor "
    "Terry Kiernan. 03/10/3 Declarations of Interest: No declarations were made. 03/10/4 "
    "Minutes: The minutes of the meeting held on 8th February 2010 were confirmed."
)


def test_a_councils_name_over_its_date_and_month_serials_when_flattened():
    # Little Wenlock 2010: the name in capitals over the date, minutes "03/10/1" to "03/10/4"
    flat = unflatten(LITTLE_WENLOCK + PAD)
    assert flat.startswith("LITTLE WENLOCK PARISH COUNCIL\n\n8th March, 2010 AT 7.30 p.m.")
    for n in range(1, 5):
        assert f"\n\n03/10/{n} " in flat
    (m,) = parse_document(LITTLE_WENLOCK + PAD).meetings
    assert (m.body_name.upper(), m.date) == ("LITTLE WENLOCK PARISH COUNCIL", date(2010, 3, 8))


def test_a_councils_name_before_minutes_of_its_date_stays_on_the_headings_line():
    # Choppington 2023: "Minutes of Parish Council 22 November 2023" is no name over a date
    text = _flat(
        "Minutes of Parish Council 22 November 2023 THOSE ATTENDING: Cllr K Burn Cllr G Huntley "
        "C048/23 1. APOLOGIES FOR ABSENCE Cllr L Watson. C049/23 2. DECLARATIONS None."
    )
    assert unflatten(text + PAD).startswith("Minutes of Parish Council 22 November 2023")


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.sampled_from(["January", "April", "July", "October"]),
    serial=st.integers(min_value=1, max_value=80),
)
def test_dates_that_do_not_run_on_are_no_minute_numbers(day, month, serial):
    text = (
        f"Minutes of the Meeting of Brook Parish Council held on {day} {month} 2021 "
        f"The clerk wrote on 08/02/{serial} Mr Bee replied and on 09/03/{serial + 5} Mrs Dee "
        "answered. 1. Apologies None. 2. Planning None." + PAD
    )
    flat = unflatten(text)
    assert f"\n\n08/02/{serial} " not in flat and f"\n\n09/03/{serial + 5} " not in flat
