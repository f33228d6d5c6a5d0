"""Round fid63: minutes of principal councils published outside ModernGov (Northern Irish
district and borough councils): labels without a colon ("Presiding", "Other Members
Present", "Officers Present") before names in initials run together with no commas; a
personal honorific after a family name opening the next person; "Aldermen" as a plural
honorific; a present list printed as one-line paragraphs, one a group; a council's name
after "In attendance:" over its officers, one named in brackets after a post; numbered
paragraphs in prose ("1.1 It was ...") that are no items; "In the Chair :" and groups after
a dash ("Councillors – ..."); offices dashed before names ("Director of Operations – G
Girvan") and people of another body on one line ("Mr A Bee, Post, BODY Ms C Dee, ..."); a
CMIS page's "Supplementary Agenda" adding items the agenda did not print."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.names import normalise_name
from moot.ingest.parse import parse_document
from moot.ingest.parse.name_lists import split_name_list
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

DISTRICT = """\
Minutes of Proceedings of a Meeting of Ballyduff District Council held in the Council Chamber, Main Street, Ballyduff on Tuesday, 4 March 2008. The meeting commenced at 7.30 pm.

Presiding R T Quinn

Other Members Present A B Carr D Doyle Mrs E F Frost G Hale Miss H J Irwin K Lowe

Officers Present M N Moore, (Chief Executive) P Q Reid (Director of Finance) Mrs S Tate (Clerk)

Representatives from Other Bodies in Attendance

Roads Service: Mr Tom Ure, Section Engineer


1.1 It was

PROPOSED by Councillor G Hale Seconded by Councillor K Lowe, and

RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 5 February 2008 be taken as read and signed as correct.


2.1 The Chief Executive advised that there were no matters arising out of the Minutes. A letter from the library board was read.


2.2 Submitted a letter of thanks from the rescue service.

2.2.1 Councillor Mrs E F Frost requested that the letter be circulated.
"""

BOROUGH = """\
Minutes of the Monthly Meeting of Council held in the Civic Centre, Drumlin, on Tuesday, 9 June 2015 at 7:00 pm

PRESENT: The Right Worshipful the Mayor Councillor P Q Ross

Deputy Mayor Councillor S Tait

Aldermen A Bee, C Dee MBE, E Fay and G Hay

Councillors J Kay, L Mee, N Oakes MBE, R Tee and V West

IN ATTENDANCE: Drumlin & District Borough Council

Chief Executive Director of Corporate Services Head of Communications (Mrs W Yale) Committee Secretary

Audit Office

Ms Z Abbot

1. Business of the Mayor

The Mayor welcomed those present.
"""


SPACED_COLONS = """\
MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT HILLSIDE HOUSE ON MONDAY 2 NOVEMBER 2020 AT 6.30 PM

In the Chair : Mayor (Councillor A Bee)

Members Present : Aldermen – C Dee, E Fay and G Hay

Councillors – J Kay, L Mee, N Oakes and R Tee

Officers Present : Chief Executive - M Nye Director of Operations – P Orr Member Services Manager – S Pym

In Attendance : Mr Rob Tate, Director of Housing, NIHE Ms Una Vale, Area Manager South, NIHE

1 PRAYER AND WELCOME

The Mayor welcomed all present to the meeting.
"""


CMIS_SUPPLEMENTARY = """\
Meeting Details

Cabinet
14 Oct 2021 - 18:30 to 20:05
  • Documents
  • Attendance

Documents

Agenda

Standard Items
1 Apologies for Absence
2 Minutes
To agree the Minutes of the meeting held on 16 September 2021.
4 pdf Budget Monitoring (310Kb)
5 Urgent Business

Supplementary Agenda

Standard Items
3 pdf Leader's Announcements (120Kb)
4 pdf Budget Monitoring Appendix (88Kb)
"""


def _family_names(people) -> list[str]:
    return [normalise_name(p.name).family or p.name.split()[-1] for p in people]


def test_labels_without_a_colon_before_initialled_names():
    meeting = parse_document(DISTRICT).meetings[0]
    present = meeting.attendance.present
    assert _family_names(present) == ["Quinn", "Carr", "Doyle", "Frost", "Hale", "Irwin", "Lowe"]
    officers = meeting.attendance.in_attendance
    assert _family_names(officers) == ["Moore", "Reid", "Tate", "Ure"]
    assert (officers[-1].name, officers[-1].role_text) == (
        "Mr Tom Ure",
        "Section Engineer, Roads Service",
    )


def test_labels_without_a_colon_in_flattened_text():
    meeting = parse_document(" ".join(DISTRICT.split())).meetings[0]
    families = _family_names(meeting.attendance.present)
    assert families == ["Quinn", "Carr", "Doyle", "Frost", "Hale", "Irwin", "Lowe"]


def test_personal_honorific_after_a_family_name_opens_the_next_person():
    names = [p.name for p in split_name_list("A B Carr Mrs E F Frost G Hale Miss H Irwin")]
    assert names == ["A B Carr", "Mrs E F Frost", "G Hale", "Miss H Irwin"]
    # a double name is still read whole
    assert [p.name for p in split_name_list("Mrs S Benbow-Jones M Hughes")] == [
        "Mrs S Benbow-Jones",
        "M Hughes",
    ]


def test_numbered_paragraphs_in_prose_are_no_items():
    meeting = parse_document(DISTRICT).meetings[0]
    assert meeting.items == []


def test_numbered_titles_are_still_items():
    text = DISTRICT.replace("1.1 It was", "1.1 Minutes of the last meeting").replace(
        "2.1 The Chief Executive advised that", "2.1 Matters arising\n\nIt was noted that"
    )
    numbers = [i.number for i in parse_document(text).meetings[0].items]
    assert "1.1" in numbers


def test_aldermen_a_plural_honorific():
    names = [p.name for p in split_name_list("Aldermen A Bee, C Dee MBE, E Fay and G Hay")]
    assert names == ["Alderman A Bee", "Alderman C Dee MBE", "Alderman E Fay", "Alderman G Hay"]
    run = [p.name for p in split_name_list("Councillor P Q Ross Aldermen A Bee, C Dee")]
    assert run == ["Councillor P Q Ross", "Alderman A Bee", "Alderman C Dee"]


def test_column_label_in_capitals_inside_a_list_parts_it():
    text = (
        "Councillors A Bee, C Dee, Carl Eddy PRESENT IN REMOTE Aldermen F Gee, H Ive, "
        "LOCATION: J Kay MBE and L Mee"
    )
    names = [p.name for p in split_name_list(text)]
    assert names == [
        "Cllr A Bee",
        "Cllr C Dee",
        "Cllr Carl Eddy",
        "Alderman F Gee",
        "Alderman H Ive",
        "Alderman J Kay MBE",
        "Alderman L Mee",
    ]


def test_present_list_in_paragraphs_one_a_group():
    meeting = parse_document(BOROUGH).meetings[0]
    families = _family_names(meeting.attendance.present)
    assert "Worshipful" not in families and "Mayor" not in families
    assert families[:3] == ["Ross", "Tait", "Bee"]
    assert set(families) == {"Ross", "Tait", "Bee", "Dee", "Fay", "Hay"} | {
        "Kay",
        "Mee",
        "Oakes",
        "Tee",
        "West",
    }


def test_council_name_over_its_officers_and_a_holder_named_in_brackets():
    meeting = parse_document(BOROUGH).meetings[0]
    attending = [(p.name, p.role_text) for p in meeting.attendance.in_attendance]
    assert attending == [("Mrs W Yale", "Head of Communications"), ("Ms Z Abbot", "")]


def test_present_list_flattened_reads_no_group_word_as_a_person():
    flat = " ".join(BOROUGH.split())
    result = read_or_refused(parse_document, flat)
    if result and result.meetings:
        families = _family_names(result.meetings[0].attendance.present)
        assert "Aldermen" not in families and "Worshipful" not in families


def test_chair_and_groups_after_spaced_colons():
    meeting = parse_document(SPACED_COLONS).meetings[0]
    families = _family_names(meeting.attendance.present)
    assert families == ["Bee", "Dee", "Fay", "Hay", "Kay", "Mee", "Oakes", "Tee"]
    assert meeting.attendance.present[0].role_text == "Mayor"


def test_offices_dashed_before_names_and_people_of_another_body():
    meeting = parse_document(SPACED_COLONS).meetings[0]
    attending = [(p.name, p.role_text) for p in meeting.attendance.in_attendance]
    assert attending == [
        ("M Nye", "Chief Executive"),
        ("P Orr", "Director of Operations"),
        ("S Pym", "Member Services Manager"),
        ("Mr Rob Tate", "Director of Housing, NIHE"),
        ("Ms Una Vale", "Area Manager South, NIHE"),
    ]


def test_cmis_supplementary_agenda_adds_its_items():
    items = [(i.number, i.title) for i in parse_document(CMIS_SUPPLEMENTARY).meetings[0].items]
    assert items == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes"),
        ("4", "Budget Monitoring"),
        ("5", "Urgent Business"),
        ("3", "Leader's Announcements"),
    ]


@MANGLING
@given(spliced([DISTRICT, BOROUGH, SPACED_COLONS, CMIS_SUPPLEMENTARY]))
def test_spliced_texts_read_or_refused(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(
    st.sampled_from([DISTRICT, BOROUGH, SPACED_COLONS, CMIS_SUPPLEMENTARY]).flatmap(
        lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
    )
)
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
