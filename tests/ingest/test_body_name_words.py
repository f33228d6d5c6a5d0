"""Issue 14: a body's name is never the meeting's words. "Minutes of the meeting of Trelow
Parish Council Meeting held in ..." names Trelow Parish Council (a body called "... Council
Meeting" would be created by an import into an empty Moot); a parish's own "Parish Meeting"
is a body's name and is kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import tidy_body_name
from moot.ingest.parse.printed_minutes import parse_printed_minutes

BODY = "\nPresent: Cllrs A Pryce (Chairman), B Quaile, C Rudd\n1. Apologies\nCllr D Sands.\n"


def _body(heading: str) -> str:
    (m,) = parse_printed_minutes(heading + BODY).meetings
    return m.body_name


def test_the_meetings_word_after_the_councils_name_is_not_the_body():
    assert (
        _body(
            "Minutes of the meeting of Trelow Parish Council Meeting held in the Hall on 4 August 2016"
        )
        == "Trelow Parish Council"
    )
    assert (
        _body("MINUTES OF THE MEETING OF TRELOW TOWN COUNCIL MEETING HELD ON 4 AUGUST 2016")
        == "Trelow Town Council"
    )


def test_a_parish_meeting_keeps_its_name():
    assert _body("Minutes of the Trelow Parish Meeting held on 4 August 2016 at 7pm") == (
        "Trelow Parish Meeting"
    )
    assert tidy_body_name("Planning Committee Meeting") == "Planning Committee"
    assert tidy_body_name("Council Meeting") == "Council Meeting"  # a kind alone: as printed


@given(st.text(max_size=40))
def test_tidy_body_name_never_ends_in_a_bodys_meeting(name):
    tidied = tidy_body_name(name)
    words = tidied.lower().split()
    if len(words) > 2 and words[-1] == "meeting":
        assert words[-2] not in {"council", "committee", "board", "panel", "cabinet", "executive"}


def test_a_date_is_never_part_of_a_bodys_name():
    # the heading's date run into the name ("... of Parish Council on 17 May 2017 Meeting")
    assert tidy_body_name("Parish Council on 17 May 2017 Meeting") == "Parish Council"
    assert tidy_body_name("Scrutiny Board 3 Sept. 2019") == "Scrutiny Board"
    assert tidy_body_name("Grants Panel on Wednesday, 4th of March 2025") == "Grants Panel"
    # a number before a word that is no month is kept
    assert tidy_body_name("Area 5 Marchmont Committee") == "Area 5 Marchmont Committee"


def test_the_documents_and_meetings_words_before_a_bodys_name_are_not_the_name():
    assert tidy_body_name("Agenda for Town Council") == "Town Council"
    assert tidy_body_name("the Meeting of the Parish Council") == "Parish Council"
    assert tidy_body_name("Extra Parish Council") == "Parish Council"
    assert tidy_body_name("Annual Town Council") == "Town Council"
    # a name that is only those words, or a parish's own annual meeting, is kept
    assert tidy_body_name("Annual Parish Meeting") == "Annual Parish Meeting"
    assert tidy_body_name("Special Committee") == "Special Committee"


def test_the_above_parish_council_is_the_kind_of_council():
    # "the minutes of the meeting of the above parish council": the council named above
    assert tidy_body_name("above parish council") == "parish council"
    # a place's name that starts with the word is kept
    assert tidy_body_name("Above Derwent Parish Council") == "Above Derwent Parish Council"


def test_a_place_printed_in_capitals_before_the_councils_kind_is_title_cased():
    # a letterhead's "ABERYSTWYTH Town Council" would otherwise create a body so named
    assert tidy_body_name("ABERYSTWYTH Town Council") == "Aberystwyth Town Council"
    assert tidy_body_name("ST MARY BOURNE Parish Council") == "St Mary Bourne Parish Council"
    # names in mixed case otherwise are left as printed
    assert tidy_body_name("NHS Board") == "NHS Board"
    assert tidy_body_name("Aberystwyth Town Council") == "Aberystwyth Town Council"


def test_the_councils_kind_printed_in_lower_case_is_capitalised():
    # a web page's "Sherington Parish council" would otherwise create a body so named
    assert tidy_body_name("Sherington Parish council") == "Sherington Parish Council"
    assert tidy_body_name("Sherington parish council") == "Sherington Parish Council"
    # (the kind alone, "parish council", stays as printed: a council named only by its kind)
