"""Issue 14, the forty-first fidelity round: Scottish and Welsh community councils' minutes
(and a Welsh town council's), their headings and long attendance lists. Each test's text
is written for the test, in the shapes the round's dev documents print; never invent."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import (
    group_line_start,
    is_body_entry,
    is_welsh_label,
    list_runs_on,
    officer_line,
    run_on_lines,
    square_notes,
)
from moot.ingest.parse.minutes_headings import council_lines_above
from moot.ingest.parse.minutes_tables import initialled_table, untable_label_rows
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import label_group_start, unflatten

_PROSE = (
    "The minutes of the previous meeting were agreed as a true record. Members discussed "
    "the state of the paths beside the river and the winter gritting of the hill roads, "
    "and agreed to write to the roads department about both before the next meeting. "
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _family(people) -> list[str]:
    return [p.name.split()[-1] for p in people]


# the council's name over "Minutes of Meeting – DATE", under a page title repeating it
DASHED = (
    """Approved Minutes of Meeting – 4th March 2023

Glenmorrow & Strathdee Community Council

Minutes of Meeting – Tuesday 4th March 2023, 7pm

Held at the Church Hall, Glenmorrow

Present: Fiona Dunbar (FD) Westshire Councillor, Hamish Reid (HR),
Isla Fraser (IF), Ewan Grant (EG), Morag Lennie (ML).

Apologies: None

Welcome: FD welcomed all.
"""
    + _PROSE
)

# a flattened PDF: a transcript site's words, the name in capitals, "MINUTES of MEETING –"
CAPITALS = _flat(
    """Kirkbrae Community Council Total Page:9 File Type:pdf, Size:900Kb KIRKBRAE
COMMUNITY COUNCIL MINUTES of MEETING – 9th May 2022 @ THE GLEN HOTEL. Chair: Ann Bee;
Members Present: A Bee, C Dee, E Eff, G Hay Apologies: J Kay, Westshire Area Councillors
Present: None Apologies; Lorna Moss, Peter Roy 1. Welcome to Visitors • The Chair
welcomed all. 2. Police Report • Nothing to report. 3. Planning • None."""
    + " "
    + _PROSE * 3
)

# a Welsh town council: its name in Welsh and English, the meeting's title in both, the
# date in figures alone, the attendance printed in Welsh then English
BILINGUAL = (
    """Cyngor Tref   LLANFAIR   Town Council

Cyfarfod o'r Cyngor Llawn

Meeting of Full Council (remote)

3.6.2021

COFNODION – MINUTES

101 Yn bresennol:

Cyng. Alun Bowen (Cadeirydd)

Cyng. Beca Owen

Cyng. Dafydd Rees

Yn mynychu:

Nia Price (Clerc)

Present:

Cllr. Alun Bowen (Chair)

Cllr. Beca Owen

Cllr. Dafydd Rees

In attendance:

Nia Price (Clerk)

102 Ymddiheuriadau:

Cyng. Eira Wyn

Apologies:

Cllr. Eira Wyn

103 Datgan diddordeb: Dim

104 Materion personol
"""
    + _PROSE
)


def test_a_dashed_heading_under_the_councils_line_is_read_past_the_page_title():
    (m,) = parse_printed_minutes(DASHED).meetings
    assert m.body_name == "Glenmorrow & Strathdee Community Council"
    assert m.date.isoformat() == "2023-03-04"
    assert m.start_time.strftime("%H:%M") == "19:00"
    assert _family(m.attendance.present) == ["Dunbar", "Reid", "Fraser", "Grant", "Lennie"]


def test_a_dashed_heading_flattened_is_read_too():
    (m,) = parse_printed_minutes(_flat(DASHED) + " " + _PROSE * 4).meetings
    assert m.body_name == "Glenmorrow & Strathdee Community Council"
    assert m.date.isoformat() == "2023-03-04"


def test_minutes_of_meeting_without_a_date_after_the_dash_are_no_heading():
    text = "Westshire Community Council\n\nMinutes of Meeting – draft\n\nPresent: A Bee, C Dee\n"
    with contextlib.suppress(ParseError):
        result = parse_printed_minutes(text)
        assert not result.meetings


def test_a_council_name_in_capitals_before_a_flattened_heading():
    lines = unflatten(CAPITALS).split("\n")
    assert "KIRKBRAE COMMUNITY COUNCIL" in lines
    (m,) = parse_printed_minutes(CAPITALS).meetings
    assert m.body_name.lower() == "kirkbrae community council"
    assert m.date.isoformat() == "2022-05-09"


def test_a_group_label_takes_its_words_and_its_apologies_join_the_list():
    (m,) = parse_printed_minutes(CAPITALS).meetings
    assert _family(m.attendance.present) == ["Bee", "Dee", "Eff", "Hay"]
    # "Westshire Area" is the group's words, no one's name
    assert _family(m.attendance.apologies) == ["Kay", "Moss", "Roy"]


def test_label_group_start():
    flat = "Apologies: J Kay, Westshire Area Councillors Present: None"
    at = flat.index("Present")
    assert flat[label_group_start(flat, at) :].startswith("Westshire Area Councillors")
    flat = "Vacant Members Present: A Bee"
    assert flat[label_group_start(flat, flat.index("Present")) :] == "Members Present: A Bee"
    assert label_group_start("Apologies: J Kay", 0) == 0


def test_group_line_start_only_for_a_groups_label():
    import re

    text = "Apologies: J Kay,\nWestshire Area Councillors Present: None"
    label = re.search(r"Councillors Present:", text)
    assert group_line_start(text, label, label.start()) == text.index("Westshire")
    text = "Apologies: J Kay,\nMary Smith Present: None"
    label = re.search(r"Present:", text)
    assert group_line_start(text, label, label.start()) == label.start()


def test_a_bilingual_town_councils_minutes_are_read_once():
    (m,) = parse_printed_minutes(BILINGUAL).meetings
    assert m.body_name.lower() == "llanfair town council"
    assert m.date.isoformat() == "2021-06-03"
    assert _family(m.attendance.present) == ["Bowen", "Owen", "Rees"]
    assert _family(m.attendance.in_attendance) == ["Price"]
    assert _family(m.attendance.apologies) == ["Wyn"]


def test_council_lines_above():
    assert council_lines_above("Cyngor Tref LLANFAIR Town Council\nCyfarfod\n", "Full Council")
    assert council_lines_above("Westshire Council said\nSomething\n", "Full Council") == ""
    # a council further up than three lines over the heading is not read
    far = "Cyngor Tref LLANFAIR Town Council\none\ntwo\nthree\n"
    assert council_lines_above(far, "Full Council") == ""


def test_welsh_labels_alone():
    assert is_welsh_label("Yn bresennol:")
    assert is_welsh_label("Yn mynychu")
    assert is_welsh_label("Ymddiheuriadau:")
    assert not is_welsh_label("Present:")
    assert not is_welsh_label("Presennol / Present:")


def test_officer_line():
    assert officer_line("Nia Price (Clerc)").name == "Nia Price"
    assert officer_line("Delyth Davies (translator)").role_text == "translator"
    assert officer_line("Emlyn Jones – Cambrian Web") is None
    assert officer_line("Nia Price (Chair)") is None


def test_body_entries_are_no_people():
    assert is_body_entry("Police Scotland")
    assert is_body_entry("Westshire Council")
    assert not is_body_entry("Julie Ritchie")
    assert not is_body_entry("Cllr Westshire Council")


def test_label_cells_without_colons_are_labels():
    text = "|Apologies |Cllr Bee and Cllr Dee, Ann Eff |\n|In attendance |Jo Gee, Police Scotland |"
    assert untable_label_rows(text) == (
        "Apologies: Cllr Bee and Cllr Dee, Ann Eff\nIn attendance: Jo Gee, Police Scotland"
    )
    # a cell that is no attendance label is left as it was
    assert untable_label_rows("|Planning |None received |") == "|Planning |None received |"


def test_a_table_of_labels_without_colons_reads_the_police_as_no_person():
    text = """Westfield Community Council

Minutes of the meeting held on Wednesday 4th September 2013

|Present: |Ann Bee, Carl Dee, Ed Eff |
|Apologies |Councillors Gee and Hay, Iona Kay |
|In attendance |Julie Ross, Police Scotland |

|Approve minutes |Proposed by Ann, seconded by Carl |
"""
    (m,) = parse_printed_minutes(text + _PROSE).meetings
    assert _family(m.attendance.present) == ["Bee", "Dee", "Eff"]
    assert _family(m.attendance.apologies) == ["Gee", "Hay", "Kay"]
    assert _family(m.attendance.in_attendance) == ["Ross"]


def test_an_agms_general_meeting_of_the_kind_is_no_body():
    text = (
        "MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015 AT THE "
        "HALL\n\nPresent: Ann Bee, Carl Dee\n\n1. Apologies None\n\n" + _PROSE
    )
    (m,) = parse_printed_minutes(text).meetings
    assert m.body_name.lower() == "community council"


def test_capital_labels_with_dashes():
    text = (
        "Minutes of a Community Council Meeting held at the Hall on Tuesday 2 May 2017 at "
        "7.00 pm.\n\nPRESENT - Councillors Ann Bee [Chair], Carl Dee and Ed Eff, together "
        "with the Clerk, Jo Gee.\n\nAPOLOGIES – Councillors Ian Kay and Lyn Moss\n\n"
        "306 DECLARATIONS OF INTEREST None\n\n307 MINUTES Approved.\n\n" + _PROSE
    )
    (m,) = parse_printed_minutes(text).meetings
    assert _family(m.attendance.present)[:3] == ["Bee", "Dee", "Eff"]
    assert _family(m.attendance.apologies) == ["Kay", "Moss"]


def test_square_notes():
    assert square_notes("John Pugh [Chair], Ann Bee") == "John Pugh (Chair), Ann Bee"
    assert square_notes("[1] Welcome") == "[1] Welcome"


def test_list_runs_on():
    assert list_runs_on("Ann Bee (MSCC), Carl", "Dee (Police), Ed Eff")
    assert list_runs_on("Stuart Tooley (University", "of Edinburgh), Ann Bee")
    assert list_runs_on("Ann Bee, Carl Dee,", "Ed Eff")
    assert not list_runs_on("Ann Bee, Carl Dee", "The meeting opened at 7pm.")
    assert not list_runs_on("Apologies: Carl", "Police Report:")


def test_run_on_lines():
    text = "Ann Bee (MSCC), Carl\nDee (Police), Ed Eff (University\nof Edinburgh)."
    assert "\n" not in run_on_lines(text)
    # a table's bars, or a label inside, keep the lines
    assert run_on_lines("Ann Bee, |\n| |Carl Dee,") == "Ann Bee, |\n| |Carl Dee,"
    assert run_on_lines("A Bee,\nHEALTH AND SAFETY") == "A Bee,\nHEALTH AND SAFETY"


def test_a_present_list_broken_over_lines():
    text = (
        """Minutes of Westfield Community Council
Meeting of Wed 23 October 2019 at
the Church Halls
Present: – Cllr Ann Bee (Chair), Carl Dee (Minute Secretary), Karen
Neilson (Police), Ed Eff (Grange Association), Stuart Tooley (University
of Edinburgh), Cllr Jo Gee (Westshire Council).
Apologies: – Ian Kay, Lyn Moss.
Police Report:
"""
        + _PROSE
    )
    (m,) = parse_printed_minutes(text).meetings
    assert _family(m.attendance.present) == ["Bee", "Dee", "Neilson", "Eff", "Tooley", "Gee"]
    assert _family(m.attendance.apologies) == ["Kay", "Moss"]


def test_initialled_table():
    text = (
        "MINUTES X Present Office Bearers Arne Strid Chair (AS) Pat Abel VChair (PA) Goff "
        "Cantley Planning Officer (GC) Members Irene Harris (IH) Stan Black (SW) Residents "
        "Nicol Watt"
    )
    assert [p.name for p in initialled_table(text)] == [
        "Arne Strid",
        "Pat Abel",
        "Goff Cantley",
        "Irene Harris",
    ]
    # initials that are not the name's: nobody; fewer than three: none
    assert initialled_table("Present Ann Bee (XY) Carl Dee (CD)") == []
    # another list's word ends the table
    text = "Present Ann Bee (AB), Carl Dee (CD) and Ed Eff (EE) Clerk – Jo Gee (JG)."
    assert [p.name for p in initialled_table(text)] == ["Ann Bee", "Carl Dee", "Ed Eff"]


@given(st.text(max_size=200))
def test_new_readers_never_fail(text):
    assert all(p.name for p in initialled_table(text))
    assert isinstance(run_on_lines(text), str)
    assert isinstance(square_notes(text), str)
    assert isinstance(is_body_entry(text or "x"), bool)
    assert isinstance(is_welsh_label(text), bool)
    person = officer_line(text)
    assert person is None or person.name
    assert isinstance(council_lines_above(text, "Full Council"), str)
    assert 0 <= label_group_start(text, 0) <= len(text)
    assert isinstance(untable_label_rows(text), str)


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=len(CAPITALS)), st.text(max_size=40))
def test_mangled_community_council_minutes_are_read_or_refused(cut, noise):
    for doc in (DASHED, CAPITALS, BILINGUAL):
        at = cut % len(doc)
        for text in (doc[:at] + noise + doc[at:], doc[:at]):
            with contextlib.suppress(ParseError):
                parse_document(text)
