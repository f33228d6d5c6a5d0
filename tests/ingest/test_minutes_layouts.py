"""Town and parish minutes laid out without the usual labels: attendance with no "Present:"
(or a wide gap instead of the colon), names in columns, "were also present", headings in
capitals run into the text, decisions recorded as "It was agreed", and text flattened onto
one line. Invented councils and names; the real documents are in tests/fidelity/."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.people import parse_apologies
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import flat_title, unflatten
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

UNLABELLED = """Minutes of the Meeting of Fenmarsh Town Council held on 2 March 2025 at 7:00pm in the Guildhall.


Cllrs Q Ashby, R Blewitt (Deputy Mayor), T Crane, V Dunmore,
W Ellery (Town Mayor) and Y Fenwick


A Garrod, Town Clerk
B Hollis, Events Officer

1 Apologies for Absence

Apologies were received from Cllr Ibbot (work).

2 Declarations of Interest

None.

3 Allotments

It was agreed that the allotment rents stay the same. The Clerk agreed to write to the tenants.
"""

GAP_LABEL = """Minutes of the Town Council Meeting 4th February 2025

Present                          The Mayor, Cllr. A. Brook (AB) (in the chair).

Councillors:  Mrs. C. Dale (CD), E. Frost (EF) and G. Hume (GH).

Councillors not present: J. Irving (JI).

The Town Clerk, Mrs. K. Lowe, and a member of the public were also present.

41.         Apologies for Absence
Cllr. JI sent apologies.

42.         Minutes
The minutes of the meeting held on 7th January 2025 were approved as a correct record.
"""

COLUMNS = """Minutes of the Annual Council Meeting of the Parish Council
held in Lowbridge Village Hall on Tuesday 13th May 2025

Present: Councillors
A Moss B Nash
C Orr
Also Present Clerk to the Council D Penn

3 Members of the Public

1. Election of Chairman
Councillor B Nash was elected.

2. Minutes
RESOLUTION: That the minutes be signed.
"""

RUN_IN = """Parish Council Meeting 10th March 2025 – Minutes

MINUTES of the meeting of LOWBRIDGE PARISH COUNCIL held on Monday 10th March at 7pm in the Village Hall.

Present were Mr A Quill (Chairman), Mrs B Rudd and Mr C Sowerby.

APOLOGIES FOR ABSENCE were received from Mr D Tarn and Mrs E Urwin


THE MINUTES of the previous meeting were read, approved and signed.


NALC has written about the new code of conduct.


FINANCE. A cheque was signed to Mr F Vane for £40.

RESOLVED that the precept stay the same.
"""


def test_an_unlabelled_present_list_and_name_role_lines_are_read():
    (m,) = parse_document(UNLABELLED).meetings
    assert [p.name for p in m.attendance.present] == [
        "Cllr Q Ashby",
        "Cllr R Blewitt",
        "Cllr T Crane",
        "Cllr V Dunmore",
        "Cllr W Ellery",
        "Cllr Y Fenwick",
    ]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [
        ("A Garrod", "Town Clerk"),
        ("B Hollis", "Events Officer"),
    ]
    assert [p.name for p in m.attendance.apologies] == ["Cllr Ibbot"]
    # the meeting's decision, not the Clerk's
    assert m.items[2].resolutions == ["It was agreed that the allotment rents stay the same."]


def test_a_label_without_its_colon_and_a_councillors_label_make_one_present_list():
    (m,) = parse_printed_minutes(GAP_LABEL).meetings
    # the "Councillors:" label is the honorific of the names on its line that print none
    assert [p.name for p in m.attendance.present] == [
        "Cllr A. Brook",
        "Mrs C. Dale",
        "Cllr E. Frost",
        "Cllr G. Hume",
    ]
    # "Councillors not present" are not apologies, and not present
    assert "Irving" not in str(m.attendance)
    assert [p.name for p in m.attendance.in_attendance] == ["Mrs K. Lowe"]
    assert [i.number for i in m.items] == ["41", "42"]
    assert len(m.items[1].resolutions) == 1


def test_names_in_columns_and_an_office_before_a_name_are_read():
    (m,) = parse_document(COLUMNS).meetings
    assert [p.name for p in m.attendance.present] == [
        "Cllr A Moss",
        "Cllr B Nash",
        "Cllr C Orr",
    ]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [
        ("D Penn", "Clerk to the Council")
    ]
    assert m.items[1].resolutions == ["That the minutes be signed."]


def test_headings_in_capitals_run_into_the_text_are_minutes():
    (m,) = parse_printed_minutes(RUN_IN).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("", "Apologies for absence"),
        ("", "The minutes"),
        ("", "Finance"),
    ]
    assert [p.name for p in m.attendance.apologies] == ["Mr D Tarn", "Mrs E Urwin"]
    assert len(m.items[1].resolutions) == 1  # "were read, approved and signed"
    assert m.items[2].resolutions == ["that the precept stay the same."]


def test_decisions_recorded_without_resolved_are_the_meetings_only():
    assert agreed_decisions("It was agreed that the hedge be cut.") == [
        "It was agreed that the hedge be cut."
    ]
    assert len(agreed_decisions("The meeting unanimously agreed to write. Then tea.")) == 1
    assert len(agreed_decisions("The minutes of 3 May were read and approved.")) == 1
    assert agreed_decisions("It was not agreed.") == []
    assert agreed_decisions("The Clerk agreed to write to the school.") == []
    assert agreed_decisions("Cllr Moss approved of the plan.") == []


def test_apologies_in_a_paragraph_of_sentences_are_read_sentence_by_sentence():
    found, _ = parse_apologies(
        [
            "Apologies for absence were intimated by Councillors Ash, B Birch and Cole. "
            "Apologies also from Dora Elm and Fred Fir, co-opted members, who had been "
            "invited. The Chair welcomed everyone."
        ],
        frozenset(),
    )
    assert [p.name for p in found] == [
        "Cllr Ash",
        "Cllr B Birch",
        "Cllr Cole",
        "Dora Elm",
        "Fred Fir",
    ]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _facts(meeting) -> tuple:
    a = meeting.attendance
    return (
        meeting.date,
        meeting.body_name,
        [(i.number, i.title) for i in meeting.items],
        sorted(p.name for p in a.present),
        sorted(p.name for p in a.apologies),
        sorted(p.name for p in a.in_attendance),
        sum(len(i.resolutions) for i in meeting.items),
    )


def test_minutes_flattened_onto_one_line_read_as_the_printed_page():
    closing = "The meeting closed at 9pm.\n" * 25
    for text in (UNLABELLED, COLUMNS):
        (printed,) = parse_document(text + closing).meetings
        result = parse_document(_flat(text + closing))
        (flattened,) = result.meetings
        # the same facts, except who else attended: with the line breaks gone, an officer's
        # "NAME, ROLE" line cannot be told from its neighbours, so it is not read (said)
        expected = _facts(printed)
        assert _facts(flattened) == (*expected[:5], [], expected[6]), text[:40]
        if expected[5]:
            assert any("who else attended" in w for w in result.warnings)
    # headings in capitals are not minutes once the text is flattened: capitals in a
    # PDF's flattened text may be anything from a name to a table's heading
    (printed,) = parse_document(RUN_IN + closing).meetings
    (flattened,) = parse_document(_flat(RUN_IN + closing)).meetings
    assert len(printed.items) == 3 and flattened.items == []
    assert _facts(flattened)[3] == _facts(printed)[3]  # the same people present


def test_a_flat_minutes_title_stops_where_its_text_starts():
    assert flat_title("Apologies for Absence Apologies were received") == "Apologies for Absence"
    assert flat_title("Declarations of Interest Cllr Bee declared") == "Declarations of Interest"
    assert flat_title("Civic Announcements The Mayor thanked") == "Civic Announcements"
    assert flat_title("PUBLIC QUESTIONS. No questions") == "PUBLIC QUESTIONS"
    assert flat_title("To receive Declarations of Interest. None were made") == (
        "To receive Declarations of Interest"
    )
    assert flat_title("Matters arising: a) the bench") == "Matters arising"


def test_numbers_that_do_not_run_on_are_not_minutes():
    text = _flat(
        "Minutes of the Meeting of Fenmarsh Parish Council held on 2 March 2025. "
        "1. Apologies None. 2. Minutes Approved on 27 April 2024 with 3 Members present. "
        "3. Finance The sum of 12 Pounds was paid. " + "Noted. " * 120
    )
    lines = unflatten(text).split("\n")
    assert [ln.split()[0] for ln in lines if ln[:1].isdigit()] == ["1.", "2.", "3."]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_unflatten_changes_only_whitespace(text):
    out = unflatten(text + " x" * 320)
    assert "".join(out.split()) == "".join((text + " x" * 320).split())


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_agreed_decisions_of_any_text_are_its_sentences(text):
    for decision in agreed_decisions(text):
        assert decision and decision in " ".join(text.split())


@settings(MANGLING, max_examples=120)
@given(
    spliced(
        [UNLABELLED, GAP_LABEL, COLUMNS, RUN_IN],
        "Cllrs &;()/.:,0123456789\nRESOLVEDPrsntAPOLGIE agreed",
        junk=20,
    ),
    st.booleans(),
)
def test_mangled_unlabelled_minutes_parse_or_fail_cleanly(text, flat):
    if flat:
        text = _flat(text + " and more text" * 50)
    result = read_or_refused(parse_document, text)
    for m in result.meetings if result else []:
        # a date the parser cannot read is said in a warning (the import refuses it)
        assert m.date is not None or any("date" in w for w in m.warnings)
