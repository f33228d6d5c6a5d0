"""Issue 14, the thirty-sixth fidelity round: minutes laid out as tables on web pages and
copied out as text: an attendance table of two columns (the body each person represents,
and the person), its cells parted by a slash or a bar; and an apologies sentence followed
by the minute's prose. Each test's text is written for the test; never invent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import _list_paragraph
from moot.ingest.parse.minutes_headings import find_heading
from moot.ingest.parse.minutes_items import untable_minute_rows
from moot.ingest.parse.minutes_tables import (
    name_comma_rows,
    untable_body_column,
    untable_body_rows,
    untable_label_rows,
)
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import read_or_refused

# A joint meeting's attendance: a table of each community council and its members, the
# council's cell before a slash, its further members one a line below.
JOINT = """MINUTE OF MEETING OF

THE JOINT COMMUNITY COUNCILS OF WESTSHIRE

HELD ON TUESDAY 8th March 2016 at 7pm IN THE TOWN HALL, ABERLEVEN

Present:

Aberleven C.C. / Fiona Dunbar
Hamish Reid
Glenmorrow & District / Callum Ogilvie (Chair)
Kirkbrae CC / Isla Fraser
Strathdee /

Morag Lennie

In Attendance:

Councillor Ewan Grant and Sheila Petrie (taking the Minutes)

1. Welcome & Apologies:

Apologies were received from Rory Baird, Elspeth Moir and Duncan Shaw.

Callum welcomed everyone to the meeting including Alan Boyd, Area Officer.

2. Minutes of previous meeting

The minutes of the previous meeting were accepted as an accurate record.
"""


def _family(people):
    return [p.name.split()[-1] for p in people]


def test_a_table_of_bodies_and_their_members_gives_the_members_only():
    (m,) = parse_printed_minutes(JOINT).meetings
    assert _family(m.attendance.present) == [
        "Dunbar",
        "Reid",
        "Ogilvie",
        "Fraser",
        "Lennie",
    ]
    # no community council's name is ever a person, nor a place's ("Strathdee")
    assert not {"Aberleven", "Glenmorrow", "Kirkbrae", "Strathdee", "District", "CC"} & set(
        _family(m.attendance.present)
    )


def test_the_body_column_is_read_from_the_table_either_side():
    rows = "Fiona Dunbar | Aberleven Community Council |\nHamish Reid | Kirkbrae CC |\n"
    assert untable_body_column(rows) == "Fiona Dunbar\nHamish Reid\n"
    rows = "Aberleven C.C. / Fiona Dunbar\nStrathdee / Hamish Reid\n"
    assert untable_body_column(rows) == "Fiona Dunbar\nHamish Reid\n"


def test_a_table_that_cannot_be_told_is_left_as_it_was():
    # no cell surely names a body: either column could be the person's
    rows = "Strathdee / Fiona Dunbar\nGlenmorrow / Hamish Reid\n"
    assert untable_body_column(rows) == rows
    # an honorific in the body column's cells: they are people, not bodies
    rows = "Cllr Kirk CC / Fiona Dunbar\nMr Hamish Reid / Aberleven CC\n"
    assert untable_body_column(rows) == rows
    # one row is no table
    row = "Aberleven C.C. / Fiona Dunbar\n"
    assert untable_body_column(row) == row


def test_an_apologies_sentence_ends_with_its_paragraph():
    (m,) = parse_printed_minutes(JOINT).meetings
    assert _family(m.attendance.apologies) == ["Baird", "Moir", "Shaw"]
    text = "Apologies were received from Rory Baird and Elspeth Moir.\n\nAlan Boyd spoke.\n"
    assert _list_paragraph(text) == "Apologies were received from Rory Baird and Elspeth Moir."
    # a list one person a line is left as it was
    lines = "\nCllr Baird\nCllr Moir\n\nCllr Shaw.\n"
    assert _list_paragraph(lines) == lines


# A forum's annual meeting: a title naming the meeting and the forum over a date line, and
# its attendance a table of each community council and its people, copied out as
# "Council: cell" rows, the apologies of each council in its row.
FORUM = """Annual General Meeting of the Eastvale Community Council Forum
Tuesday 3rd June 2025 @ 19:30 in Riverside Hall
1) Welcome
Present:
Abbeyhill: Apologies from Morven Tait
Ashby and Lowfield: No rep
Corrie Bridge: Niall Forsyth, Apologies from Ailsa Kerr
Glenbarr: No working CC
Northmuir & Dale: Ruth Galbraith (RG) (Forum Chair), Owen Laird
Eastvale Liaison Team No rep
2) Office Bearers' Report
The office bearers were thanked for their work over the year.
"""


def test_a_meeting_of_a_named_forum_over_its_date_line_is_a_heading():
    (m,) = parse_document(FORUM).meetings
    assert m.body_name == "Eastvale Community Council Forum"
    assert (m.date.isoformat(), m.start_time.isoformat()) == ("2025-06-03", "19:30:00")
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Welcome"),
        ("2", "Office Bearers' Report"),
    ]
    # an agenda's title over its date has no attendance under it: no minutes' heading
    agenda = FORUM.split("Present:")[0] + "2) Office Bearers' Report\n"
    assert find_heading(agenda) is None


def test_a_table_of_councils_and_their_people_gives_present_and_apologies():
    (m,) = parse_document(FORUM).meetings
    assert _family(m.attendance.present) == ["Forsyth", "Galbraith", "Laird"]
    assert _family(m.attendance.apologies) == ["Tait", "Kerr"]


def test_rows_of_offices_or_people_are_no_table_of_bodies():
    offices = "Chair: Cllr Ann Boyd\nVice Chair: Cllr Ross Hay\nClerk: Mrs Jean Muir and Ian Muir\n"
    assert untable_body_rows(offices) == (offices, "")
    # no row's name surely a body's: "Old Kilpatrick" could be a person
    places = "Alva: Ann Boyd\nOld Kilpatrick: Ross Hay\nDollar: Ian Muir\n"
    assert untable_body_rows(places) == (places, "")
    # two rows are no table
    two = "Ashby and Lowfield: Ann Boyd\nGlenbarr: Ross Hay\n"
    assert untable_body_rows(two) == (two, "")


# A forum's minute printed from a word processor's tables: each label a cell before its
# first person, one person a row as "Name, body or post", the minutes a table "Item No: /
# Action" of rows "N / Title".
TABLED = """WESTSHIRE COUNCIL

Minute of Meeting of the Kirkton Community Council Forum held on Tuesday 4 March 2014, at 7.00pm in Kirkton Academy.

Present: / Iona Baird, Chair – Upper Glen & Mossend Community Council
Duncan Lyall, Netherby Community Council
Fergus Ure, Kirkton Area Manager
Councillor Reid, Westshire Council
In Attendance: / Gail Munro, Housing Trust
Apologies: / Shona Kerr, Mossend & Burnside Community Council
Euan Lamont Mossend & Burnside Community Council
Cllr Tait, Westshire Council
Cllr Tait, Westshire Council
Item No: / Action
1 / Welcome and Introductions
Iona Baird welcomed everyone.
2 / Road Safety
The forum discussed speeding in Netherby.
"""


def test_a_forum_minute_printed_from_tables_is_read():
    (m,) = parse_document(TABLED).meetings
    assert m.body_name == "Kirkton Community Council Forum"
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Welcome and Introductions"),
        ("2", "Road Safety"),
    ]
    assert _family(m.attendance.present) == ["Baird", "Lyall", "Ure", "Reid"]
    assert _family(m.attendance.in_attendance) == ["Munro"]
    # the comma lost before a body printed in another row; a row printed twice is one person
    assert _family(m.attendance.apologies) == ["Kerr", "Lamont", "Tait"]


def test_a_label_cell_parted_by_a_slash_stands_over_its_rows():
    assert untable_label_rows("Present: / Iona Baird, Chair\nDuncan Lyall\n") == (
        "Present:\nIona Baird, Chair\nDuncan Lyall\n"
    )
    # a bar keeps the cell on the label's line, as before
    assert untable_label_rows("Chair: | Cllr Iona Baird |\n") == "Chair: Cllr Iona Baird\n"


def test_minute_rows_need_their_tables_head():
    assert untable_minute_rows("Item No: / Action\n1 / Welcome\n") == "1. Welcome\n"
    text = "The vote was 1 / 2 against.\n3 / Four\n"
    assert untable_minute_rows(text) == text


def test_name_comma_rows_part_each_row_before_the_longest_body_printed():
    rows = "Glen Douglas, Foveran Community Council\nAnn Bell, Community Council\n"
    assert [(p.name, p.role_text) for p in name_comma_rows(rows)] == [
        ("Glen Douglas", "Foveran Community Council"),
        ("Ann Bell", "Community Council"),
    ]


def test_name_comma_rows_never_read_a_wrapped_list_or_a_body_as_a_person():
    wrapped = "Councillors B Rootham (Chairman), P Allen, A Campbell,\nC Turnell, and A McLaven.\n"
    assert name_comma_rows(wrapped) == []
    # a row whose first part is a body's, not a person's
    bodies = "Netherby Community Council, Duncan Lyall\nFergus Ure, Kirkton Area Manager\n"
    assert name_comma_rows(bodies) == []
    # two people a row
    pairs = "Iona Baird, Cllr Duncan Lyall\nFergus Ure, Gail Munro\n"
    assert name_comma_rows(pairs) == []


@given(st.text(max_size=300))
def test_untable_body_column_never_fails(text):
    assert isinstance(untable_body_column(text), str)
    assert isinstance(_list_paragraph(text), str)
    kept, sent = untable_body_rows(text)
    assert isinstance(kept, str) and isinstance(sent, str)
    assert isinstance(untable_minute_rows(text), str)
    assert isinstance(untable_label_rows(text), str)
    assert all(p.name for p in name_comma_rows(text))


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=len(JOINT)), st.text(max_size=40))
def test_mangled_table_minutes_are_read_or_refused(cut, noise):
    for text in (
        JOINT[:cut] + noise + JOINT[cut:],
        JOINT[:cut],
        FORUM[: cut % len(FORUM)] + noise + FORUM[cut % len(FORUM) :],
        TABLED[: cut % len(TABLED)] + noise + TABLED[cut % len(TABLED) :],
    ):
        read_or_refused(parse_document, text)
