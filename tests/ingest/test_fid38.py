"""Issue 14, the thirty-eighth fidelity round: attendance printed as a table of people and
the bodies they represent (a forum of community councils, a joint meeting of community
councils), its text flattened onto one line so the rows run together. A row is parted
only where it surely ends; a name only taken where it surely is one. Each test's text is
written for the test; never invent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_tables import (
    flat_body_rows,
    flat_name_org_rows,
    flat_slash_rows,
    untable_body_rows,
)
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import unflatten
from tests.ingest.mangling import read_or_refused

_PROSE = (
    "The minutes of the previous meeting were agreed as a true record. Members discussed "
    "the state of the paths beside the river and the winter gritting of the hill roads, "
    "and agreed to write to the roads department about both before the next meeting. "
)


def _flat(text: str) -> str:
    return " ".join(text.split())


# a forum's minute: one person a row, "Name, body or post"
FORUM = _flat(
    """WESTSHIRE COUNCIL
Minute of Meeting of the Glenmorrow Community Council Forum held on Tuesday 3 March 2015,
at 7.30pm in the Town Hall, Aberleven.
Present: / Fiona Dunbar, Chair – Aberleven & Kirkbrae Community Council
Hamish Reid, Strathdee Community Council
Isla Fraser, Aberleven & Kirkbrae Community Council
Morag Lennie, Westshire Area Manager
Ewan Grant, Officer to the Area Manager
Councillor Ogilvie, Westshire Council
Apologies: / Rory Baird, Strathdee Community Council
Elspeth Moir, Kirkbrae CC
Cllr Shaw, Westshire Council
Cllr Boyd, Westshire Council
1. Welcome
"""
    + _PROSE * 3
)

# a forum's annual meeting: each council's row "Council: its people"
ROWS = _flat(
    """Community Council Forums
Annual General Meeting of the Westshire Community Council Forum
Thursday 5th June 2025 @ 19:00 in the Glen Hall
1) Welcome
Present:
Aberleven: Apologies from Calum Baird and Iona, Hunter Glen and Brae: No rep
Kirkbrae and Strathdee: Ruth Galbraith, Apologies from Owen Laird Mill and Moss: No working CC
Easter Row: Fiona Kerr (FK) (Forum Chair) Upper, Lower & Middle: Alan Ross, Jean Watt,
Neil Lamont
2) Office Bearers' Report
"""
    + _PROSE * 3
)

# a joint meeting: "Body / first member" then the body's other members
JOINT = _flat(
    """MINUTE OF MEETING OF
THE JOINT COMMUNITY COUNCILS OF WESTSHIRE
HELD ON TUESDAY 8th March 2016 at 7pm IN THE TOWN HALL, ABERLEVEN
Present:
Aberleven C.C. / Fiona Dunbar
Hamish Reid
Glenmorrow & District / Callum Ogilvie
Kirkbrae & Mill C.C. / Isla Fraser
Strathdee C.C. / Morag Lennie
Eastbrae & Westbrae / Alan Ross
Westfield / Ian Kerr
In Attendance:
Sheila Petrie (taking the Minutes)
1. Welcome
"""
    + _PROSE * 3
)


def _family(people):
    return [p.name.split()[-1] for p in people]


def test_a_flattened_minute_of_meeting_heading_is_read():
    assert unflatten(FORUM).split("\n")[0] == "WESTSHIRE COUNCIL"
    (m,) = parse_printed_minutes(FORUM).meetings
    assert m.body_name == "Glenmorrow Community Council Forum"
    assert m.date.isoformat() == "2015-03-03"


def test_a_flattened_meeting_of_a_forum_over_its_date_is_read():
    lines = unflatten(ROWS).split("\n")
    assert "Annual General Meeting of the Westshire Community Council Forum" in lines
    (m,) = parse_printed_minutes(ROWS).meetings
    assert m.body_name == "Westshire Community Council Forum"
    assert m.date.isoformat() == "2025-06-05"
    assert m.start_time.strftime("%H:%M") == "19:00"


def test_flattened_name_and_body_rows_are_parted_only_where_surely_ended():
    (m,) = parse_printed_minutes(FORUM).meetings
    # the officers' rows end in no body's word: where they end cannot be told
    assert _family(m.attendance.present) == ["Dunbar", "Reid", "Fraser", "Ogilvie"]
    # the last row runs on into the minutes' text ("... Westshire Council 1. Welcome The
    # minutes ..."): where its cell ends cannot be told
    assert _family(m.attendance.apologies) == ["Baird", "Moir", "Shaw"]
    assert not {"Lennie", "Grant", "Manager", "Officer"} & set(_family(m.attendance.present))


def test_flat_name_org_rows_needs_two_rows_and_names():
    rows = flat_name_org_rows("Jane Smith, Anytown CC John Brown, Othertown Community Council")
    assert [p.name for p in rows] == ["Jane Smith", "John Brown"]
    assert flat_name_org_rows("Jane Smith, Anytown CC") == []
    # a row whose person is three words (a name, or a name run into a place?) is left out
    rows = flat_name_org_rows(
        "Jane Smith, Anytown CC John Brown Upper, Othertown CC Cllr Green, Shire Council"
    )
    assert [p.name for p in rows] == ["Jane Smith", "Cllr Green"]


def test_a_post_printed_in_two_rows_ends_each_of_their_cells():
    rows = flat_name_org_rows(
        "Jane Smith, Anytown CC Ann Lee, Westshire Area Manager Tom Hay, PA to Westshire "
        "Area Manager Ruth Kerr, Westshire Area Officer John Brown, Othertown CC"
    )
    # "Ruth Kerr, Westshire Area Officer John Brown, Othertown CC": her post printed once,
    # its end not told: the row's own person only, the one run into her cell left out
    assert [p.name for p in rows] == ["Jane Smith", "Ann Lee", "Tom Hay", "Ruth Kerr"]


def test_flattened_council_rows_read_only_people_surely_ended():
    (m,) = parse_printed_minutes(ROWS).meetings
    # each cell's last part runs into the next council's name: left out ("Iona, Hunter",
    # "Owen Laird Mill", "Neil Lamont 2) ...")
    assert _family(m.attendance.present) == ["Galbraith", "Kerr", "Ross", "Watt"]
    assert _family(m.attendance.apologies) == ["Baird"]
    everyone = _family(m.attendance.present + m.attendance.apologies)
    assert not {"Glen", "Hunter", "Upper", "Laird", "Mill", "Lamont"} & set(everyone)


def test_flat_body_rows_refuses_labels_and_offices():
    # offices' labels, not councils' rows: read as before
    text = "Chair: Ann Bee, Jo Cee Clerk: Di Eff, Al Gee and Dee Members: Ed Yew, Zoe West"
    assert flat_body_rows(text) == untable_body_rows(text) == (text, "")


def test_flattened_slash_rows_read_a_member_only_between_two_bodies():
    (m,) = parse_printed_minutes(JOINT).meetings
    # "Fiona Dunbar Hamish Reid Glenmorrow & District": two people or one, not told;
    # "Alan Ross Westfield /": where the name ends and the body starts, not told
    assert _family(m.attendance.present) == ["Ogilvie", "Fraser", "Lennie"]
    assert flat_slash_rows("Anytown C.C. / Jane Smith") == []


@given(st.text(max_size=300))
def test_flat_row_readers_never_fail(text):
    assert all(p.name for p in flat_name_org_rows(text))
    assert all(p.name for p in flat_slash_rows(text))
    kept, sent = flat_body_rows(text)
    assert isinstance(kept, str) and isinstance(sent, str)


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=len(FORUM)), st.text(max_size=40))
def test_mangled_flattened_tables_are_read_or_refused(cut, noise):
    for doc in (FORUM, ROWS, JOINT):
        at = cut % len(doc)
        for text in (doc[:at] + noise + doc[at:], doc[:at]):
            read_or_refused(parse_document, text)
