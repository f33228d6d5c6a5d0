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
    committee_name_line,
    heading_status,
    items_table_follows,
    parse_moderngov_page,
)

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
