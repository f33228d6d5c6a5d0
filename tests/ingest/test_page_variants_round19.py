"""Issue 14, the nineteenth round: ModernGov and CMIS meeting pages of less common shapes.

- a committee's name with words in brackets or '&' in the page title "Agenda for NAME on
  DAY DATE, TIME" (joint committees: "Joint Executive (Cabinet) Committee", "Area Planning
  Committee (South and West)"); NON-BLIND: shaped by the bench's note on a measure document;
- a heading ending ", CANCELLED" (or "POSTPONED") after its time: the meeting's status
  (Gloucestershire Joint Waste Committee, a dev document);
- a ModernGov page whose title was saved as the last entry of the site's menu ("- Agenda")
  and whose items have no "Minutes:" label: still a ModernGov page, known by the items
  table head "No. Item" under its heading (Mid Suffolk Council, a dev document).
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.moderngov_page import (
    MAX_JUMP,
    committee_name_line,
    heading_status,
    items_table_follows,
    parse_moderngov_page,
    run_in_rows,
    slash_number_follows,
)
from tests.ingest.helpers import families

DOCS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"

BODY = """
Agenda, decisions and minutes

Venue: Conference Chamber, Council Offices

Contact: Pat Jones, Democratic Services

Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies for absence were received from Councillor Jo Bloggs.

2.

Minutes of the previous meeting

Minutes:

RESOLVED: That the minutes be approved.
"""


@pytest.mark.parametrize(
    "name",
    [
        "Joint Executive (Cabinet) Committee",
        "Area Planning Committee (South and West)",
        "Joint Committee (St. Albans & Dacorum)",
        "Bramhall & Cheadle Hulme South Area Committee",
    ],
)
def test_title_with_a_name_in_brackets_or_with_an_ampersand_is_the_heading(name):
    text = f"Agenda for {name} on Monday 25 June 2018, 6.00 pm\n" + BODY
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date, m.start_time) == (name, date(2018, 6, 25), time(18, 0))
    assert [i.number for i in m.items] == ["1", "2"]


@pytest.mark.parametrize(
    "name",
    [
        "Joint Committee (Forest Heath",  # unbalanced
        "Joint Committee Forest Heath)",
        "Joint ((Cabinet)) Committee",  # one bracket inside another
        "the next meeting of the Joint Committee (Cabinet)",  # a sentence, not a name
    ],
)
def test_unbalanced_or_nested_brackets_or_a_sentence_is_no_name(name):
    assert not committee_name_line(name)


@given(
    words=st.lists(
        st.sampled_from(["Joint", "Planning", "Waste", "Committee", "Board", "Area", "&"]),
        min_size=1,
        max_size=6,
    ),
    inner=st.lists(
        st.sampled_from(["Cabinet", "North", "South", "and", "West", "Forest", "Heath"]),
        min_size=1,
        max_size=4,
    ),
)
def test_bracketed_names_are_names_and_stray_brackets_are_not(words, inner):
    name = "Joint " + " ".join(words) + " (" + " ".join(inner) + ")"
    assert committee_name_line(name)
    assert not committee_name_line(name + ")")
    assert not committee_name_line(name.replace(")", ""))


HEADING = "Gloucestershire Joint Waste Committee - Tuesday 22 October 2013 1.30 pm, CANCELLED"


def test_a_cancelled_heading_gives_the_meeting_its_status():
    text = (DOCS / "gloucestershire-joint-waste-2013-10-22.txt").read_text()
    (m,) = parse_document(text).meetings
    assert m.status == "cancelled"
    assert (m.body_name, m.date, m.start_time) == (
        "Gloucestershire Joint Waste Committee",
        date(2013, 10, 22),
        time(13, 30),
    )
    assert len(m.items) == 10


def test_a_heading_without_the_word_has_no_status():
    text = (DOCS / "staffordshire-joint-waste-2020-08-06.txt").read_text()
    (m,) = parse_document(text).meetings
    assert m.status == ""
    assert (
        m.body_name == "Staffordshire Local Government Association - Joint Waste Management Board"
    )


@given(
    word=st.sampled_from(["CANCELLED", "Cancelled", "POSTPONED", "postponed"]),
    form=st.sampled_from(["{h}, {w}", "{h} - {w}", "{h} ({w})", "{w} - {h}"]),
)
def test_the_word_standing_apart_is_read(word, form):
    h = "Cabinet - Tuesday 24th November 2020 2:30pm"
    assert heading_status(form.format(h=h, w=word)) == word.lower()


@given(
    name=st.sampled_from(
        [
            "Cancelled Licences Review Panel",
            "Panel on Postponed Works",
            "Licences Cancelledness Board",
            "Uncancelled Matters Committee",
        ]
    )
)
def test_the_word_inside_a_name_is_no_status(name):
    assert heading_status(f"{name} - Tuesday 24th November 2020 2:30pm") == ""


def test_a_page_titled_by_a_menu_entry_is_known_by_its_items_table_head():
    text = (DOCS / "mid-suffolk-council-2022-06-23.txt").read_text()
    assert detect_kind(text) == "moderngov-page"
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Mid Suffolk Council",
        date(2022, 6, 23),
        time(17, 30),
    )
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert m.items[2].title.startswith("MC/22/5 TO CONFIRM THE MINUTES")


def test_no_items_table_head_under_the_heading_is_no_sign():
    lines = ["- Agenda", "Mid Suffolk Council - Thursday, 23rd June, 2022 5.30 pm", "Venue: X"]
    assert not items_table_follows(lines)
    lines += ["Items", "No. Item"]
    assert items_table_follows(lines)
    # the table head before any heading is none of the heading's
    assert not items_table_follows(["No. Item", *lines[:2]])


def test_a_page_with_no_heading_is_still_refused():
    text = (DOCS / "mid-suffolk-council-2022-06-23.txt").read_text()
    text = text.replace("Mid Suffolk Council - Thursday, 23rd June, 2022 5.30 pm", "")
    with pytest.raises(ParseError):
        parse_moderngov_page(text)


# --- item numbers "30/23", "L/12", "C 10/034" --------------------------------------------


def test_item_numbers_with_the_year_on_lines_of_their_own():
    # Oxfordshire County Council's Cabinet page (a dev document): "30/23" over its title
    text = (DOCS / "oxfordshire-cabinet-2023-03-21.txt").read_text()
    (m,) = parse_document(text).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("30/23", "Apologies for Absence"),
        ("31/23", "Declarations of Interest"),
        ("32/23", "Minutes"),
        ("33/23", "Questions from County Councillors"),
    ]
    assert "approved" in m.item("32/23").minutes_text


# NON-BLIND: shaped by the bench's note "ModernGov 'Agenda and draft minutes' page with
# item numbers like 'L/12'"; the text below is written for the test
LETTERED = """Agenda and draft minutes

Licensing Committee - Tuesday, 7th November, 2017 10.00 am

Venue: Council Chamber

Items
No. Item

L/12

Apologies

Minutes:

Apologies for absence were received from Councillor Jo Bloggs.

L/13

Declarations of Interest

Minutes:

There were none.

L/14

Licensing Policy Review

Minutes:

RESOLVED – That the policy be approved.
"""


def test_item_numbers_with_a_committee_letter():
    (m,) = parse_document(LETTERED).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("L/12", "Apologies"),
        ("L/13", "Declarations of Interest"),
        ("L/14", "Licensing Policy Review"),
    ]
    assert m.item("L/14").resolutions == ["That the policy be approved."]
    assert families(m.attendance.apologies) == ["bloggs"]


def test_a_lettered_number_going_backwards_or_another_letter_is_text():
    text = LETTERED.replace("L/13\n", "L/11\n").replace("L/14\n", "P/14\n")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["L/12"]


@given(
    form=st.sampled_from(["L/{}", "P/{}", "{}/21", "{}/23", "C 10/{:03d}", "CB 08/{:03d}"]),
    a=st.integers(1, 300),
    step=st.integers(-3, 9),
)
def test_slashed_numbers_follow_only_upward_and_near(form, a, step):
    b = a + step
    if b < 0:
        return
    first, second = form.format(a), form.format(b)
    assert slash_number_follows(first, second) == (0 < step <= MAX_JUMP)
    # a number of another shape or prefix never follows
    assert not slash_number_follows(first, f"Z/{b}")
    assert not slash_number_follows(first, str(b))


# NON-BLIND: shaped by the bench's note "CMIS-style 'Meeting documents' page with body and
# date on lines of their own, minutes numbered 'C 10/034' run into their titles, RESOLVED:
# decisions"; the text below is written for the test
RECORD = """Meeting documents

Council
Tuesday, 11th May, 2010 7.30 pm

ItemDescriptionResolution
PART 1 - PUBLIC
C 10/034Apologies for absence
Apologies for absence were received from Councillors A Bee and C Dee.
C 10/035 Declarations of interest
There were no declarations of interest.
C 10/036Election of Mayor
RESOLVED: That Councillor E Eff be elected Mayor for the ensuing year.
The meeting ended at 2116 hours
"""


def test_record_rows_numbered_with_the_body_letter_and_the_year():
    (m,) = parse_document(RECORD).meetings
    assert (m.body_name, m.date, m.start_time) == ("Council", date(2010, 5, 11), time(19, 30))
    assert [(i.number, i.title) for i in m.items] == [
        ("C 10/034", "Apologies for absence"),
        ("C 10/035", "Declarations of interest"),
        ("C 10/036", "Election of Mayor"),
    ]
    assert m.item("C 10/036").resolutions == [
        "That Councillor E Eff be elected Mayor for the ensuing year."
    ]
    assert [len(i.resolutions) for i in m.items] == [0, 0, 1]
    assert families(m.attendance.apologies) == ["bee", "dee"]


# NON-BLIND: shaped by the bench's note "ModernGov 'Meeting documents' agenda page with the
# panel and date on lines of their own and item numbers run into their titles"
RUN_IN = """Meeting documents

Health Overview and Scrutiny Panel
Tuesday, 11th December, 2018 1.30 pm

1Apologies for absence
2Declarations of disclosable pecuniary interest
3Minutes
To approve the minutes of the meeting held on 4 October 2018.
4Chairman's announcements
"""


def test_record_rows_run_into_their_titles_without_a_table_head():
    (m,) = parse_document(RUN_IN).meetings
    assert m.body_name == "Health Overview and Scrutiny Panel"
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of disclosable pecuniary interest"),
        ("3", "Minutes"),
        ("4", "Chairman's announcements"),
    ]
    assert all(not i.resolutions for i in m.items)


def test_a_sentence_run_into_a_number_is_no_row():
    # Reigate and Banstead's record page (a dev document) prints minuted text so
    text = (DOCS / "reigate-banstead-licensing-2005-09-15.txt").read_text()
    (m,) = parse_document(text).meetings
    assert not any(i.title.startswith(("Apologies for absence were", "During")) for i in m.items)


@given(
    n=st.integers(1, 60),
    sentence=st.lists(
        st.sampled_from(["the", "Council", "noted", "that", "reports", "were", "received"]),
        min_size=7,
        max_size=20,
    ),
)
def test_run_in_rows_never_read_sentences(n, sentence):
    lines = [
        f"{n}Apologies " + " ".join(sentence) + ".",
        f"{n + 1}Minutes " + " ".join(sentence) + ".",
    ]
    assert run_in_rows(lines, 0) == []
    # one row alone is text, not a table
    assert run_in_rows([f"{n}Apologies for absence"], 0) == []
    assert [r[1] for r in run_in_rows([f"{n}Apologies", f"{n + 1}Minutes"], 0)] == [
        str(n),
        str(n + 1),
    ]
