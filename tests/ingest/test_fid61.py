"""Round fid61: principal councils' committee minutes. A committee system's minutes page
with "Date:", "Time:" and "Place:" each over its value reads the place too; an "In
attendance:" list printed "Forename Surname - Post" one person a line gives those people;
a ModernGov page saved without its items' numbers gives the apologies of its one
"Apologies were received from ..." sentence, and, flattened, reads no number of its text
as an item's; a number after a range's dash ("pages 3 – 4.") is no item's number."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import _in_attendance
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

LABELLED_PAGE = """\
Licensing and Appeals Committee Minutes

Date:
Thursday, 14th March, 2019
Time:
6.00pm
Place:
Room 2, Civic Offices, Market Street, Ashford Vale

Attendance Details

Present:
Councillor Ann Abel (Chairman), Councillor Ben Birch, and Councillor Cara Cole.
In attendance:
Dora Dunn - Head of Legal Services
Evan Ellis - Licensing Manager
Also Present:
Mr Fred Fox - Ashford Vale Taxi Association
Item Description/Decision
PART I
12 APOLOGIES FOR ABSENCE
An apology for absence was received from Councillor Gail Green.
13 MINUTES
RESOLVED: That the Minutes of the meeting held on 1 February 2019 be approved.
14 TAXI FARES
The Committee considered the report of the Licensing Manager.
"""

UNNUMBERED_PAGE = """\
Agenda and minutes

Standards Committee - Wednesday 6 April 2022 7.00 pm

Venue: Council Chamber

No. Item

Apologies for absence

Apologies were received from Councillors Hale and Ince.

Minutes of the last meeting

That the minutes be approved as a correct record.
"""

FLAT_UNNUMBERED_PAGE = (
    "Agenda and minutes Licensing Sub-Committee - Tuesday 5 July 2022 10.00 am Venue: "
    "Council Chamber, Civic Offices. Contact: Jo Bloggs No. Item Appointment of Chair It was "
    "agreed that Councillor Abel chair the meeting. Procedure The Chair drew attention to "
    "pages 4 – 9. Exclusion of press and public The grounds are those of the following "
    "description: 1. Information relating to an individual. RESOLVED – that the public be "
    "excluded."
)

FLAT_NUMBERED_PAGE = (
    "Agenda and minutes Cabinet - Tuesday 5 July 2022 10.00 am Venue: Town Hall. No. Item "
    "PART 1 (open to the public) 1. Apologies Minutes: There were no apologies. 2. Procedure "
    "Minutes: The Chair drew attention to pages 3 – 4. Exclusion of the public was not "
    "needed. 3. Budget Minutes: RESOLVED – that the budget be approved."
)


def _meeting(text: str):
    result = parse_document(text)
    assert len(result.meetings) == 1
    return result.meetings[0]


def test_labelled_heading_reads_the_place_over_its_value():
    meeting = _meeting(LABELLED_PAGE)
    assert str(meeting.date) == "2019-03-14"
    assert meeting.start_time.strftime("%H:%M") == "18:00"
    assert meeting.body_name == "Licensing and Appeals Committee"
    assert meeting.venue == "Room 2, Civic Offices, Market Street, Ashford Vale"
    assert [i.number for i in meeting.items] == ["12", "13", "14"]
    assert sum(len(i.resolutions) for i in meeting.items) == 1


def test_officers_printed_name_dash_post_are_in_attendance():
    meeting = _meeting(LABELLED_PAGE)
    attending = {p.name: p.role_text for p in meeting.attendance.in_attendance}
    assert attending == {
        "Dora Dunn": "Head of Legal Services",
        "Evan Ellis": "Licensing Manager",
        "Mr Fred Fox": "Ashford Vale Taxi Association",
    }
    assert [p.name for p in meeting.attendance.apologies] == ["Councillor Gail Green"]
    assert len(meeting.attendance.present) == 3


def test_name_dash_post_read_only_as_a_list_of_such_lines():
    two = "Dora Dunn - Head of Legal Services\nEvan Ellis - Licensing Manager\n"
    assert [p.name for p in _in_attendance(two)] == ["Dora Dunn", "Evan Ellis"]
    # a list with a line of prose in it is not read so
    prose = two + "The officers left the meeting before the vote was taken\n"
    assert [p.name for p in _in_attendance(prose)] == []
    # a body's name before the dash is no person
    bodies = "Ashford Vale Council - Planning\nEvan Ellis - Licensing Manager\n"
    assert [p.name for p in _in_attendance(bodies)] == ["Evan Ellis"]


def test_unnumbered_page_gives_its_apologies():
    meeting = _meeting(UNNUMBERED_PAGE)
    assert meeting.body_name == "Standards Committee"
    assert meeting.items == []
    assert [p.name for p in meeting.attendance.apologies] == ["Cllr Hale", "Cllr Ince"]
    none = UNNUMBERED_PAGE.replace(
        "Apologies were received from Councillors Hale and Ince.", "There were no apologies."
    )
    assert _meeting(none).attendance is None


def test_flattened_unnumbered_page_reads_no_number_of_its_text_as_an_item():
    meeting = _meeting(FLAT_UNNUMBERED_PAGE)
    assert str(meeting.date) == "2022-07-05"
    assert meeting.body_name == "Licensing Sub-Committee"
    assert meeting.items == []


def test_number_after_a_ranges_dash_is_no_item():
    meeting = _meeting(FLAT_NUMBERED_PAGE)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert meeting.items[2].title.startswith("Budget")


SEEDS = [LABELLED_PAGE, UNNUMBERED_PAGE, FLAT_UNNUMBERED_PAGE, FLAT_NUMBERED_PAGE]


@MANGLING
@given(spliced(SEEDS))
def test_spliced_texts_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    for meeting in result.meetings if result else []:
        # nobody is made up: every person read is printed in the text
        people = meeting.attendance
        for p in (people.present + people.apologies + people.in_attendance) if people else []:
            assert p.name.split()[-1] in text


@MANGLING
@given(
    st.sampled_from(SEEDS).flatmap(
        lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
    )
)
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
