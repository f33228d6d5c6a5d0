"""Issue 14, fidelity round 9 (the eleventh round of the issue): rules made on the dev
documents still read short (Bledington, Dunston, Little Totham), each tested on text written
for the test: an "Attending:" label run on from the heading, a stray stop between two
entries of a list, "together with", "P.Cllr’s", a footnote's mark after a name, a running
number printed twice ("157/157/19"), a number alone over a long paragraph, the chair's and
vice-chair's lines without colons over "Councillors:", a count's label ending a list,
"576. a) Planning applications", and "were unanimously agreed"."""

from __future__ import annotations

import contextlib
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.name_lists import split_name_list
from tests.ingest.helpers import families

ATTENDING = """Parish Council Minutes June 2019

Minutes of the meeting on 3rd June 2019 at 7.30 pm in the Village Hall Attending: Councillors Mrs. A Bee (Chair) Mr. C Dee (Vice-Chair) Mrs. E Fox, Mr. G Hay. Mr. I Jay, Mr. K Lee together with Mrs. M Noy (Clerk) Apologies for Absence: 0 Public: 0 members of the public Meeting opened at 7.30 pm 1. Minutes of Previous Meeting: It was proposed by Mr. G Hay seconded by Mr. I Jay that the minutes of the meeting of 13th May 2019 were taken as read, agreed as a true and correct record and signed by Mrs. A Bee (Chair) 2. Matters Arising: The footpath sign has been ordered and the Clerk will chase the supplier for a delivery date before the next meeting of the council. 3. Accounts for Payment: It was proposed by Mr. K Lee and seconded by Mrs. E Fox that the following payments should be made: Mrs. Noy Wages £300.00 Village Hall hire £15.00
"""


def test_an_attending_label_run_on_from_the_heading_lists_those_present():
    (m,) = parse_document(ATTENDING).meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2019, 6, 3))
    # the stray stop after "Mr. G Hay" and "together with" separate entries; the clerk
    # printed in the list stays in it
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay", "jay", "lee", "noy"]
    # "1." then a long paragraph opening with its title and a colon: minute 1
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.items[0].title.startswith("Minutes of Previous Meeting")


def test_also_attending_is_who_else_attended():
    text = (
        "Minutes of the Meeting of Brook Parish Council held on Monday 4 March 2019 at 7pm\n"
        "Present: Cllr Ann Bee (Chair), Cllr Carl Dee, Cllr Eve Fox\n"
        "Also attending: Mr Gus Hay (Clerk)\n"
        "1. Apologies\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == ["bee", "dee", "fox"]
    assert families(m.attendance.in_attendance) == ["hay"]


def test_a_stop_before_a_sentence_still_ends_the_list():
    # "Mr. Hay reported ...": a sentence, not an entry (no comma, "and" or role after it)
    got = split_name_list("Mr. A Bee, Mr. C Dee. Mr. G Hay reported on the footpath.")
    assert [p.name for p in got] == ["Mr A Bee", "Mr C Dee"]
    # a stop after a word that is no entry's family name ends the list as before
    got = split_name_list("Mr. A Bee and others. Mr. G Hay, Mr I Jay")
    assert "Hay" not in " ".join(p.name for p in got)


def test_parish_councillors_plural_with_an_apostrophe_and_a_footnote_mark():
    got = split_name_list(
        "P.Cllr’s R.Bee (RB), P.Dee (PD), E.Fox (EF)(Co-option Candidate)* & 6 parishioners."
    )
    assert [p.name for p in got] == ["Cllr R. Bee", "Cllr P. Dee", "Cllr E. Fox"]


def test_a_count_of_parishioners_under_its_own_label_ends_the_list():
    got = split_name_list("T. Bee, V. Dee, A. Fox , S. Gee                    Parishioners: 2")
    assert [p.name.split()[-1] for p in got] == ["Bee", "Dee", "Fox", "Gee"]


CHAIRS = """Minutes of Meeting, Tuesday, 5th March 2024

The Parish Council met on Tuesday, 5th March 2024 in the Church Hall, at 7.30pm

Chairman Bee

Vice Chairman Dee


Councillors: T. Fox, V. Gee, A. Hay                         Parishioners: 3


601. Apologies for Absence: There were no absentees

602.  a) Planning applications

         There were no new planning applications

         b) Planning decisions

         Permission was granted for the extension at School Road.

603. Correspondence

A quote for grass cutting had been received. The new prices were unanimously agreed.
"""


def test_the_chair_and_vice_chair_lines_without_colons_open_the_list():
    (m,) = parse_document(CHAIRS).meetings
    assert families(m.attendance.present) == ["bee", "dee", "fox", "gee", "hay"]
    assert [(i.number, i.title) for i in m.items][1] == ("602", "Planning applications")
    assert [len(i.resolutions) for i in m.items] == [0, 0, 1]


def test_one_chair_line_alone_is_still_read_and_a_name_in_prose_is_not():
    text = CHAIRS.replace("Vice Chairman Dee\n", "")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == ["bee", "fox", "gee", "hay"]
    text = CHAIRS.replace("Chairman Bee\n\nVice Chairman Dee\n", "The Chairman welcomed all.\n")
    (m,) = parse_document(text).meetings
    assert families(m.attendance.present) == ["fox", "gee", "hay"]


DOUBLED = """May 2019 Minutes Annual Parish Council Meeting
Minutes of the Annual Meeting of Brook Parish Council held on 13th May 2019 at 8.00pm in the Village Hall
Present: Cllrs A.Bee (AB), C.Dee (CD), E.Fox (EF)
156/19 Apologies: None.
157/157/19 Election of Chairman: Ann Bee (Proposed CD, Seconded EF).
158/158/19 Election of Vice Chairman: Carl Dee (Proposed AB, Seconded EF).
159/19 Future Meeting Dates: The chairman suggested that the regular meetings of the Parish Council return to their previous pattern, being held on the second Monday of each month. The Councillors unanimously agreed. It was also unanimously agreed that there would be no meeting held during August.
"""


def test_a_running_number_printed_twice_is_a_minute_and_a_long_line_keeps_its_text():
    (m,) = parse_document(DOUBLED).meetings
    assert [i.number for i in m.items] == ["156/19", "157/157/19", "158/158/19", "159/19"]
    last = m.items[-1]
    assert last.title == "Future Meeting Dates"
    # the rest of the long line is the minute's text, its decision read from it
    assert "second Monday" in last.minutes_text and len(last.resolutions) == 1


def test_unanimously_agreed_is_a_decision_and_a_proposal_alone_is_not():
    assert agreed_decisions("The new prices were unanimously agreed.")
    assert agreed_decisions("The revised policy was unanimously adopted.")
    assert not agreed_decisions("It was proposed by Mr A Bee that the payments should be made.")
    assert not agreed_decisions("The prices were not agreed.")


NAMES = st.sampled_from(["Bee", "Dee", "Fox", "Gee", "Hay", "Jay", "Lee", "Noy"])


@given(
    st.lists(NAMES, min_size=2, max_size=6, unique=True),
    st.sampled_from([". ", ", ", " and ", " together with "]),
    st.sampled_from(["Mr.", "Mrs.", "Mr", "Cllr"]),
)
def test_entries_of_one_form_are_all_read_whatever_joins_them(names, joint, hon):
    text = ", ".join(f"{hon} A {n}" for n in names[:-1]) + f"{joint}{hon} B {names[-1]}, "
    got = split_name_list(text)
    assert [p.name.split()[-1] for p in got] == names


@given(st.text(alphabet="Mr. ABCDEFabcdef,*&’'():P\n0123456789 ", max_size=120))
def test_mangled_lists_never_raise(text):
    for entry in split_name_list(text):
        assert entry.name.strip()


@given(st.text(alphabet="Chairman Vice Bee Dee:\n Councillors T.Fox,157/19 a)", max_size=200))
def test_mangled_minutes_with_chair_lines_raise_only_a_parse_error(text):
    from moot.ingest.drafts import ParseError

    with contextlib.suppress(ParseError):
        parse_document(CHAIRS.replace("Chairman Bee", text[:60]) + text)
