"""Issue 14, fidelity round 8 (the tenth round of the issue): rules made after the blind
batch's first measurement, from the bench's notes only (a ModernGov page's items read as
printed minutes, "To confirm the attached Minutes of the meeting of the Committee held on
..." taken for the heading), and on this round's dev documents (Welsh community council
minutes: a heading naming the "virtual meeting", a venue with initials, "7.00.p.m.", "Mr
J Alun Foulkes (Clerk)"). Each rule is tested on text written for the test."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import parse_time
from moot.ingest.parse.minutes_headings import find_heading, heading_date
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.unflatten import unflatten
from tests.ingest.helpers import families

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

# A ModernGov page saved from its items on, its cells joined with "|": it names no meeting
# of its own, only the meeting whose minutes it confirms.
ITEMS_ONLY = """Apologies To receive any apologies for absence. Minutes: Apologies were received from Councillors A B Smith and C D Jones. |
Declarations of Interest To receive any declarations of interest. Minutes: There were none. |
To confirm the attached Minutes of the meeting of the Committee held on 3 March 2021. Minutes: The Minutes of the meeting held on 3 March 2021 were approved as a correct record. |
Fees Review To consider the attached report. Minutes: RESOLVED: That the fees be approved.
"""


def test_minutes_an_item_confirms_are_not_the_heading_of_the_page():
    with pytest.raises(ParseError):
        parse_document(ITEMS_ONLY)


@pytest.mark.parametrize(
    "sentence",
    [
        "To confirm the attached Minutes of the meeting of the Planning Committee held on 3 March 2021.",
        "RESOLVED to approve the draft Minutes of the meeting of the Council held on 3 March 2021.",
        "The Minutes of the meeting of the Licensing Sub-Committee held on 3 March 2021 were received and noted.",
        "(ii) the Minutes of the meetings of the Licensing Sub-Committee held on 3 March 2021 be noted.",
    ],
)
def test_minutes_spoken_of_in_a_sentence_are_no_heading(sentence):
    text = f"Items\n{sentence}\nPresent: Cllr A Bee, Cllr C Dee.\n1. Apologies\nNone.\n"
    assert find_heading(text) is None


def test_the_minutes_own_heading_is_still_read_after_a_note_about_approval():
    text = (
        "(These minutes are published subject to approval by the Parish Council) Brook "
        "Parish Council Minutes of a Meeting of Brook Parish Council held at 7.00pm on "
        "Monday 4 February 2008 at the Chamber Present: Cllr A Bee, Cllr C Dee\n"
        "1. Apologies\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Brook Parish Council", date(2008, 2, 4))


FLAT_WELSH = (
    "Formal Meeting Minutes\nCYNGOR CYMUNED BRYNMAWR COMMUNITY COUNCIL Minutes of the meeting "
    "of the Brynmawr Community Council held at Brynmawr C.P. School on Monday, 6th February, "
    "2017, at 7.00.p.m. 150.0. Agenda Item 1: Record of those Present/Apologies. 150.1 Welcome "
    "The Chair welcomed everyone. 151.0 Agenda Item 2 Declarations of Interest Agenda Item 12. "
    "Cllr T Dafis declared a personal interest. Agenda Item 13. Cllrs T Dafis and E Ffowc "
    "declared personal interests. 152.0 Agenda Item 3. Minutes. It was resolved that the "
    "minutes be approved. " + "The Clerk reported on correspondence received. " * 12
)


def test_a_venue_with_initials_and_a_stray_stop_in_the_time_do_not_hide_the_date():
    (m,) = parse_document(FLAT_WELSH).meetings
    assert (m.body_name, m.date) == ("Brynmawr Community Council", date(2017, 2, 6))
    assert m.start_time == time(19, 0)


def test_an_agenda_item_referred_to_by_number_is_no_minute():
    # "Agenda Item 12. Cllr T Dafis declared ...": item 12 of the agenda, spoken of
    (m,) = parse_document(FLAT_WELSH).meetings
    assert not {"12", "13"} & {i.number for i in m.items}
    assert "\n12. Cllr" not in unflatten(FLAT_WELSH)


def test_a_chairs_label_ends_the_heading_sentence_after_initials():
    text = (
        "Minutes of a Meeting of the Parish Council held on Tuesday 5th September 2006\n\n"
        "at the Pavilion\n\n\nChairman: M. Bee\n\nCouncillors: C. Dee, E. Eff\n\n"
        "Open Forum\n\nNothing.\n"
    )
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == ["bee", "dee", "eff"]


VIRTUAL = """Select your language


Minutes of the Community Council virtual meeting held via ZOOM on

Wednesday, 20th April 2022.

1       Present:

Councillors Mr Aled Bevan (Chair), Mrs Carys Dafis, Mr Emyr Ffowc and Mr J Alun Gruffydd (Clerk).

2        Apologies

Apologies for absence were received from: Mr Huw Ifans.

3        Welcome:

The Chair welcomed everyone to the meeting.
"""


def test_a_virtual_meeting_of_the_kind_of_council_is_its_meeting():
    (m,) = parse_document(VIRTUAL).meetings
    assert (m.body_name, m.date, m.body_kind_only) == ("Community Council", date(2022, 4, 20), True)
    assert families(m.attendance.present) == ["bevan", "dafis", "ffowc", "gruffydd"]
    assert families(m.attendance.apologies) == ["ifans"]


def test_an_initial_a_given_name_and_a_family_name_are_one_name():
    (p,) = split_name_list("Mr J Alun Gruffydd (Clerk)")
    assert (p.name, p.role_text) == ("Mr J Alun Gruffydd", "Clerk")
    # an office after the name is still its role
    (q,) = split_name_list("Mr F Mardle Finance Officer")
    assert (q.name, q.role_text) == ("Mr F Mardle", "Finance Officer")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("7.00.p.m.", time(19, 0)), ("7.30 p.m.", time(19, 30)), ("10.15.a.m.", time(10, 15))],
)
def test_a_stray_stop_before_am_or_pm(printed, expected):
    assert parse_time(f"at {printed}") == expected


@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1990, 2030),
    initials=st.lists(st.sampled_from("ABCDPQ"), min_size=1, max_size=3),
    comma=st.booleans(),
)
def test_initials_in_a_venue_never_cut_the_heading_before_its_date(
    day, month, year, initials, comma
):
    venue = "".join(f"{c}." for c in initials)
    sep = "," if comma else ""
    text = (
        f"Minutes of the meeting of the Hill Community Council held at Hill {venue} School "
        f"on Monday{sep} {day}th {MONTHS[month - 1]}{sep} {year}{sep} at 7.00.p.m.\n"
        "Present: Cllr A Bee, Cllr C Dee.\n1. Apologies\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert m.date == date(year, month, day)
    assert m.start_time == time(19, 0)


@given(
    verb=st.sampled_from(["confirm", "approve", "receive", "note", "sign", "adopt"]),
    adjective=st.sampled_from(["", "the ", "the attached ", "the draft ", "the previous "]),
    body=st.sampled_from(["Committee", "Planning Committee", "Council", "Licensing Board"]),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
)
def test_minutes_an_item_speaks_of_never_make_a_meeting(verb, adjective, body, day, month):
    text = (
        f"Items\nTo {verb} {adjective}Minutes of the meeting of the {body} held on {day} "
        f"{MONTHS[month - 1]} 2021.\nMinutes: Agreed.\n"
    )
    assert find_heading(text) is None
    with pytest.raises(ParseError):
        parse_document(text)


def test_heading_date_reads_a_date_with_commas_after_the_month():
    assert heading_date("at the School on Monday, 13th March, 2017, at 7pm") == date(2017, 3, 13)


RECORD_PAGE = """Meeting documents

Standards Committee (2006-2014)
Tuesday, 9th March, 2010 7.00 pm

Place:
Committee Room 1, Town Hall

Attendance Details

Councillor A.B. Carter (Chairman); Councillors Mrs. C.D. Evans, E.F. Green and Mrs. G.H. Irving.
ItemDescriptionResolution
Part I
41 Apologies for absence.
Apologies for absence were received from Councillors J.K. Lowe and Mrs. M.N. Owen.
42 Declarations of Interest
There were none.
43 Code of Conduct Review
RESOLVED that the review be noted.
"""


def test_a_record_page_with_its_committee_and_date_on_lines_of_their_own():
    (m,) = parse_document(RECORD_PAGE).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Standards Committee (2006-2014)",
        date(2010, 3, 9),
        time(19, 0),
    )
    assert [(i.number, i.title) for i in m.items] == [
        ("41", "Apologies for absence."),
        ("42", "Declarations of Interest"),
        ("43", "Code of Conduct Review"),
    ]
    assert families(m.attendance.present) == ["carter", "evans", "green", "irving"]
    assert families(m.attendance.apologies) == ["lowe", "owen"]


def test_a_record_page_naming_no_one_has_no_attendance():
    text = RECORD_PAGE.replace(
        "Councillor A.B. Carter (Chairman); Councillors Mrs. C.D. Evans, E.F. Green and Mrs. G.H. Irving.\n",
        "",
    ).replace(
        "Apologies for absence were received from Councillors J.K. Lowe and Mrs. M.N. Owen.",
        "None.",
    )
    (m,) = parse_document(text).meetings
    assert m.attendance is None


def test_a_date_further_down_is_no_split_heading():
    # the committee's name over another line first: the date under it is not the heading's
    text = RECORD_PAGE.replace(
        "Tuesday, 9th March, 2010 7.00 pm\n", "Members' papers\nTuesday, 9th March, 2010 7.00 pm\n"
    )
    with pytest.raises(ParseError):
        parse_document(text)


@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1995, 2030),
    hour=st.integers(1, 11),
    comma=st.booleans(),
    body=st.sampled_from(
        ["Licensing Committee", "The Council", "Planning Sub-Committee (2005-2015)"]
    ),
)
def test_record_page_headings_read_whatever_their_commas(day, month, year, hour, comma, body):
    sep = "," if comma else ""
    text = RECORD_PAGE.replace("Standards Committee (2006-2014)", body).replace(
        "Tuesday, 9th March, 2010 7.00 pm",
        f"Friday{sep} {day}th {MONTHS[month - 1]}{sep} {year} {hour}.30 pm",
    )
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date, m.start_time) == (
        body,
        date(year, month, day),
        time(hour + 12, 30),
    )


LABELLED_AGENDA = """Councillors and Decision Making


Development Control Committee

Subscribe Download Meeting Pack

Date: Tuesday 14 July 2015

Time: 7:00 PM

Location: Committee Room, Civic Offices, High Street

Democratic Services:
Ann Other (01234)

1.0 Minutes
To confirm the minutes of the meeting of the Committee on 16/06/2015
2.0 Apologies for Absence
3.0 Declarations of Interest
4.0 Planning Applications for Determination
"""


def test_a_committees_agenda_page_under_labels_with_items_numbered_n_0():
    (m,) = parse_document(LABELLED_AGENDA).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Development Control Committee",
        date(2015, 7, 14),
        time(19, 0),
    )
    assert [(i.number, i.title) for i in m.items] == [
        ("1.0", "Minutes"),
        ("2.0", "Apologies for Absence"),
        ("3.0", "Declarations of Interest"),
        ("4.0", "Planning Applications for Determination"),
    ]


def test_labels_without_numbered_items_are_no_agenda_page():
    text = LABELLED_AGENDA.split("1.0 Minutes")[0] + "The meeting was cancelled.\n"
    with pytest.raises(ParseError):
        parse_document(text)


def test_minutes_of_annual_meeting_of_parish_council_name_the_kind_not_meeting_of():
    text = (
        "Minutes of Annual Meeting of Parish Council held on Tuesday 9th May 2017 at 7.30pm "
        "in the Village Hall\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n"
        "1. Election of Chairman\nCllr Bee was elected.\n"
    )
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.body_kind_only, m.kind) == ("Parish Council", True, "annual")
    assert m.date == date(2017, 5, 9)


def test_minutes_of_meeting_without_article_inside_an_items_text_is_no_heading():
    text = (
        "A meeting of the Brook Council will be held on 29 June 2023 at 10.30am.\n"
        "Business\n1. Apologies\n2. To approve the Minutes of Meeting of the Council held on "
        "11 May 2023.\n3. Reports\n"
    )
    assert find_heading(text) is None


KIND_MINUTES_OF = """Community Council Minutes of Wednesday 1st August 2018 in Pandy at 7.30pm

1.Welcome and apologies

1.1 Everyone was welcomed. 1.2 Present: Ann Bee (AB), Carl Dee (CD) 1.3 Apologies: Eve Eff (EE)

2.No one declared an interest.

3. Minutes of June 27th 2018
"""


def test_the_kind_of_council_then_minutes_of_date_and_attendance_inside_minute_one():
    (m,) = parse_document(KIND_MINUTES_OF).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Community Council",
        date(2018, 8, 1),
        time(19, 30),
    )
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert families(m.attendance.present) == ["bee", "dee"]
    assert families(m.attendance.apologies) == ["eff"]


def test_an_attendance_label_in_a_later_minute_still_makes_no_heading():
    # the label is minute 2's, not the first minute's: the heading naming no body is not read
    text = KIND_MINUTES_OF.replace("1.1 Everyone was welcomed. 1.2 Present", "2.1 Present")
    text = text.replace(
        "1.Welcome and apologies\n\n", "1.Welcome and apologies\n\nNone.\n\n2. Attendance\n\n"
    )
    with pytest.raises(ParseError):
        parse_document(text)


BULLETED = (
    "Formal Meeting Minutes\nCYNGOR CYMUNED BRYN COMMUNITY COUNCIL Minutes of the meeting of the "
    "Bryn Community Council held at Bryn C.P. School on Monday, 6th February, 2017, at 7.00.p.m. "
    "150.0. Agenda Item 1: Record of those Present/Apologies \u2022 Members: Cllrs Alan Bevan "
    "(Chair), Carys Dafis (Vice Chair), Emyr Ffowc and Gwen Harri \u2022 Others: Mr Ifor Jenkins, "
    "Clerk. \u2022 Apologies for absence: Cllrs Lowri Morgan and Nia Owen. 150.1 Welcome \u2022 The "
    "Chair welcomed everyone. 151.0 Agenda Item 2 Declarations of Interest \u2022 None. 152.0 "
    "Agenda Item 3. Minutes \u2022 The minutes were approved. "
    + "The Clerk reported on correspondence received. "
    * 12
)


def test_a_bulleted_record_of_members_others_and_apologies_in_flattened_text():
    (m,) = parse_document(BULLETED).meetings
    assert families(m.attendance.present) == ["bevan", "dafis", "ffowc", "harri"]
    assert families(m.attendance.apologies) == ["morgan", "owen"]
    # who else attended, in flattened text, is read only where the list stands alone (a
    # name and its role, closed by the next label: round fid54's ``list_alone``)
    assert [p.name for p in m.attendance.in_attendance] == ["Mr Ifor Jenkins"]


def test_bulleted_labels_on_lines_of_their_own():
    text = (
        "Minutes of the meeting of the Bryn Community Council held at the School on Monday "
        "6th February 2017 at 7pm\n\u2022 Members: Cllrs Alan Bevan (Chair) and Carys Dafis\n"
        "\u2022 Others: Mr Ifor Jenkins, Clerk.\n\u2022 Apologies for absence: Cllr Nia Owen.\n"
        "1. Welcome\nThe Chair welcomed everyone.\n"
    )
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == ["bevan", "dafis"]
    assert families(m.attendance.in_attendance) == ["jenkins"]
    assert families(m.attendance.apologies) == ["owen"]


def test_minutes_numbered_n_0_in_flattened_text_are_read_and_their_paragraphs_are_not():
    (m,) = parse_document(BULLETED).meetings
    assert [i.number for i in m.items] == ["150.0", "151.0", "152.0"]
    assert [i.title.split(":")[0] for i in m.items][0] == "Agenda Item 1"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Elen H. Edwards(EHE)", "Elen H. Edwards"),
        ("R. Emlyn Williams (REW)", "R. Emlyn Williams"),
        ("Cyng Garffild Lloyd Lewis (GLL)", "Cyng Garffild Lloyd Lewis"),
    ],
)
def test_welsh_minutes_names(printed, name):
    (p,) = split_name_list(printed)
    assert p.name == name


def test_an_initial_and_more_words_with_an_office_is_still_a_name_and_a_role():
    (p,) = split_name_list("Mr F Mardle Finance Officer")
    assert (p.name, p.role_text) == ("Mr F Mardle", "Finance Officer")
    # three words after an initial: where the name stops is not known, so nothing is read
    assert split_name_list("R. Emlyn Williams Jones Smith") == []
