"""Minutes layouts added for issue 14, each read from a real document of the fidelity
corpus's dev set (tests/fidelity/documents, sources in SOURCES.md), with properties of the
rules over generated text."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.minutes_headings import find_heading
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import is_flattened
from tests.fidelity.test_fidelity import FIDELITY
from tests.ingest.helpers import fidelity_text as _read

DOCS = FIDELITY / "documents"


def _names(entries) -> list[str]:
    return [p.name.split()[-1] for p in entries]


def test_a_scottish_minute_flattened_with_labels_in_capitals_and_no_colons():
    # "THE MORAY COUNCIL MINUTE OF MEETING OF THE ENVIRONMENTAL SERVICES COMMITTEE 12
    # FEBRUARY 2003 COUNCIL HEADQUARTERS, ELGIN PRESENT Councillors E. Aldridge ..."
    text = _read("moray-environmental-services-2003-02-12.txt")
    assert detect_kind(text) == "printed-minutes"
    result = parse_document(text)
    (m,) = result.meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Environmental Services Committee",
        date(2003, 2, 12),
        None,
    )
    assert len(m.attendance.present) == 24
    assert _names(m.attendance.present)[:2] == ["Aldridge", "Coutts"]
    assert m.attendance.present[0].role_text == "Chairman"
    # "Apologies for absence were intimated on behalf of Councillors R.F. McIntosh
    # (Vice-Chairman) and G.D. Gormley."
    assert _names(m.attendance.apologies) == ["McIntosh", "Gormley"]
    # officers by title name nobody; flattened text reads no one else in attendance
    assert m.attendance.in_attendance == []
    assert [(i.number, i.title) for i in m.items] == [("1", "ADDITIONAL BUSINESS")]
    assert len(m.items[0].resolutions) == 1  # "the Committee agreed to accept ..."


def test_a_minute_of_meeting_in_an_agenda_list_or_sentence_is_no_heading():
    assert find_heading("- Minute of Meeting of HITRANS of 25 April 2025\n") is None
    assert (
        find_heading(
            "There are submitted for confirmation the Minutes of Meeting of the Fenmarsh "
            "Council held on 9 May 2024.\n"
        )
        is None
    )
    # at the start of its line, or printed in capitals, it is one
    head = find_heading("Minute of Meeting of the Fenmarsh Committee held on 9 May 2024\n")
    assert head and head.group("body") == "Fenmarsh Committee"
    head = find_heading("FENMARSH COUNCIL MINUTE OF MEETING OF THE PLANNING BOARD 3 MAY 2024")
    assert head and head.group("body") == "PLANNING BOARD"


def test_community_council_minutes_with_labels_run_into_numbered_minutes():
    # "37.PRESENT Councillors: P Blackwell, ... & Mrs G Wright Also PCSO Abi Land & four
    # members of the public", "38. APOLOGIES Apologies for absence were received from
    # Councillors: Mrs S Benbow-Jones M Hughes, ..."
    text = _read("cefn-cc-2019-09-24.txt")
    (m,) = parse_document(text).meetings
    assert m.date == date(2019, 9, 24)
    assert [(i.number, i.title) for i in m.items] == [
        ("37", "PRESENT"),
        ("38", "APOLOGIES"),
        ("39", "TO RECEIVE A FIRE & SAFETY PRESENTATION FROM MIKE DAVIES"),
        ("40", "TO RECEIVE DECLARATION OF INTEREST"),
    ]
    assert m.items[2].minutes_text.startswith("The Chairman welcomed Mr Davies")
    assert _names(m.attendance.present) == [
        "Blackwell", "Cook", "Ennis", "Jones", "Metcalfe", "Parrish", "Roberts", "Tiltman",
        "Wright", "Wright",
    ]  # fmt: skip
    assert _names(m.attendance.apologies) == ["Benbow-Jones", "Hughes", "Prescott-Ennis", "Twigg"]
    assert [p.name for p in m.attendance.in_attendance] == ["PCSO Abi Land"]
    # one long paragraph among lines of their own is not text flattened onto one line
    assert not is_flattened(text)


def test_an_annual_parish_meeting_with_attendance_in_sentences():
    text = _read("broomhaugh-riding-apm-2010-05-20.txt")
    (m,) = parse_document(text).meetings
    assert (m.date, m.start_time, m.kind) == (date(2010, 5, 20), time(19, 30), "annual")
    assert _names(m.attendance.present) == [
        "Mill", "Reid", "Eakins", "Heslop", "Dunhill", "Stephenson",
    ]  # fmt: skip
    # "County Councillor Anne Dale was in attendance ... Also in attendance for part of the
    # meeting was Mrs Jen Stephenson, Head Teacher and Mr Colin Weightman MBE and Mr David
    # Pearce of the Hexham Beekeeper's Society": "Head Teacher" is a role, not a person
    names = [p.name for p in m.attendance.in_attendance]
    assert [n.split()[-1] for n in names] == ["Dale", "Stephenson", "MBE", "Pearce"]
    assert not any("Teacher" in n for n in names)
    # "1. Mr Pearce gave a detailed presentation ..." is a minute because "2." follows it
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.items[0].title.startswith("Mr Pearce gave a detailed presentation")


def test_a_lost_comma_between_two_people_with_initials():
    people = split_name_list("Councillors: Mrs S Benbow-Jones M Hughes, Mrs L Prescott-Ennis")
    assert [p.name for p in people] == [
        "Mrs S Benbow-Jones",
        "Cllr M Hughes",
        "Mrs L Prescott-Ennis",
    ]
    # a given name, a middle initial and a family name is not split into "Mr John"
    names = [p.name for p in split_name_list("Mr John A Smith, Mrs B Jones")]
    assert "Mr John" not in names and names[-1] == "Mrs B Jones"


FAMILY = st.sampled_from(["Hughes", "Benbow-Jones", "Ng", "Ashby", "O'Neill", "Price"])
INITIALS = st.lists(st.sampled_from("ABCDEGHJKLMPRST"), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(INITIALS, FAMILY), min_size=2, max_size=5))
def test_people_with_initials_run_together_are_each_read(people):
    text = "Apologies were received from Mrs " + " ".join(f"{i} {f}" for i, f in people)
    found = split_name_list(text)
    assert [p.name.split()[-1] for p in found] == [f for _, f in people]


WORDS = st.sampled_from(
    ["the", "council", "noted", "report", "Fire", "service", "years", "homes", "safety", "it"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=250, max_size=400))
def test_a_long_paragraph_of_prose_alone_is_not_flattened_text(words):
    paragraph = " ".join(words)
    assert len(paragraph) > 600
    assert not is_flattened("MINUTES\n\n37. PRESENT Cllr A Bee\n\n" + paragraph + "\n")
    # the same paragraph with an attendance label and minute numbers run into it is
    text = f"Present: Cllr A Bee. 1. Apologies None. {paragraph} 2. Minutes Approved."
    assert is_flattened(text)


def test_labels_in_capitals_without_colons_on_lines_of_their_own():
    text = (
        "FENMARSH COUNCIL\nMINUTE OF MEETING OF THE PLANNING BOARD 3 MAY 2024 TOWN HALL\n"
        "PRESENT Councillors A. Bee (Chair) and C. Dee\n"
        "APOLOGIES Apologies for absence were intimated on behalf of Councillor E. Eff.\n"
        "IN ATTENDANCE The Clerk to the Board.\n"
        "1. MINUTES The minutes were approved.\n"
    )
    (m,) = parse_printed_minutes(text).meetings
    assert (m.body_name, m.date) == ("Planning Board", date(2024, 5, 3))
    assert _names(m.attendance.present) == ["Bee", "Dee"]
    assert _names(m.attendance.apologies) == ["Eff"]
    assert m.attendance.in_attendance == []
