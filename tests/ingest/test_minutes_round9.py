"""Issue 14, fidelity round 9 (the eleventh round of the issue): rules made on the dev
documents still read short (Bledington, Dunston, Little Totham), each tested on text written
for the test: an "Attending:" label run on from the heading, a stray stop between two
entries of a list, "together with", "P.Cllr’s", a footnote's mark after a name, a running
number printed twice ("157/157/19"), a number alone over a long paragraph, the chair's and
vice-chair's lines without colons over "Councillors:", a count's label ending a list,
"576. a) Planning applications", and "were unanimously agreed"."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.name_lists import split_name_list
from tests.ingest.helpers import families
from tests.ingest.mangling import read_or_refused

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
    # the rest of the long line is the minute's text, its decisions read from it: the
    # meeting dates the councillors "unanimously agreed" and no meeting in August (two, as
    # Dunston's hand-read key counts them; the twentieth round reads the first)
    assert "second Monday" in last.minutes_text and len(last.resolutions) == 2


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
    read_or_refused(parse_document, CHAIRS.replace("Chairman Bee", text[:60]) + text)


# The eleventh round's dev documents (Plymtree, Belstone, Stoke Lacy) showed these shapes;
# the texts below are written for the tests.
LETTERED = """Parish Council Minutes 4 June 2019


Draft minutes of meeting held on 4th June 2019 at 7.30 pm in the Vestry Room.

Present: Cllrs A Bee (AB), C Dee (CD), E Fox (EF), G Hay (GH, Clerk)

31a/19 Apologies: None received

31b/19   Declarations of Interest: None declared. Councillors were reminded to complete their interest forms and return them to the Clerk before the next meeting of the council.

31c/19 Approval of minutes of meeting of 7th May 2019: The minutes were read, approved and signed as a true and accurate record as proposed by AB, seconded by CD and agreed by all.

32/19    Finance:

Current balances were checked and agreed as proposed by AB and CD.
"""


def test_lettered_minutes_follow_one_another_and_a_dash_before_the_titles_date():
    (m,) = parse_document(LETTERED).meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2019, 6, 4))
    assert [i.number for i in m.items] == ["31a/19", "31b/19", "31c/19", "32/19"]
    assert m.items[1].title == "Declarations of Interest"
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]
    text = LETTERED.replace(
        "Parish Council Minutes 4 June 2019", "Parish Council Minutes – June 2019"
    )
    (m,) = parse_document(text).meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2019, 6, 4))


def test_a_lettered_number_is_never_read_as_a_date():
    # "41a/19" has a letter; "4/19" without one is a minute only at a line's start
    text = LETTERED.replace("31a/19 Apologies", "31a/19 Apologies (see 4/19)")
    (m,) = parse_document(text).meetings
    assert "4/19" not in [i.number for i in m.items]


TIME_UNDER = """Parish Council Minutes – March 2019

  Minutes of the Meeting held on 12th March 2019

 at 7.30pm in the Village Hall Meeting Room

Present: Ann Bee (Chairman), Carl Dee (Vice Chairman), Eve Fox and Gus Hay (Parish Clerk).

In attendance: Ivy Jay

12.     Apologies for absence: None

13.     Matters Arising: It was decided to buy a new bench for the green.
"""


def test_the_heading_time_on_the_line_under_its_date():
    (m,) = parse_document(TIME_UNDER).meetings
    assert (m.date, m.start_time) == (date(2019, 3, 12), time(19, 30))
    assert families(m.attendance.in_attendance) == ["jay"]
    # a venue rather than a time on the next line is not joined by this rule
    text = TIME_UNDER.replace(" at 7.30pm in the Village Hall", " in the Village Hall")
    (m,) = parse_document(text).meetings
    assert m.start_time is None


LABELS_ALONE = """STOKE BROOK PARISH COUNCIL

Minutes of the Parish Council Meeting held on Wednesday 11th September 2019 in the Village Hall at 7.30pm

Present:
Councillor Ann Bee (Chairman); Councillors Carl Dee, Eve Fox and Gus Hay
In attendance
Mrs Ivy Hay (Clerk)
2 members of the public

19.80 To receive and accept APOLOGIES FOR ABSENCE
Ward Councillor Kay Lee.

19.81 To consider a grant to the village magazine
Councillor Dee proposed a grant of £200.
All in favour; carried
"""


def test_in_attendance_on_a_line_of_its_own_and_all_in_favour_carried():
    (m,) = parse_document(LABELS_ALONE).meetings
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]
    assert families(m.attendance.in_attendance) == ["hay"]
    assert [len(i.resolutions) for i in m.items] == [0, 1]


def test_minutes_approved_after_a_semicolon_is_one_decision():
    assert agreed_decisions(
        "TO APPROVE THE MINUTES OF THE MEETING held on 10th July 2019; these were approved"
    )
    assert not agreed_decisions("All in favour of the proposal spoke; it was deferred.")


@given(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=5, unique=True))
def test_lettered_numbers_follow_only_in_order(letters):
    from moot.ingest.parse.minutes_items import _next_letter

    for a, b in zip(letters, letters[1:], strict=False):
        assert _next_letter(f"7{a}/19", f"7{b}/19") == (ord(b) == ord(a) + 1)
    assert not _next_letter("7a/19", "8b/19") and not _next_letter("7a/19", "7b/20")


SENT_AND_ATTENDED = """Parish Council Minutes 5th March 2013

Minutes of the Meeting held in the village hall
on Tuesday 5th March 2013 at 7.30p.m.

Councillors Present

Ivor Jay – Chairman (IJ), Kate Lee (KL) and Mia Noy (MN)

Clerk – Ann Bee (AB).

The meeting was also attended in part by Carl Dee (CD) and Eve Fox (EF), District Councillors, and 6 members of the public. Gus Hay (XY) spoke too.

142. Apologies
142.1 Councillor Orr sent his apologies which were accepted.
142.2 Councillors Lee and Noy had sent apologies for the fete.
"""


def test_a_councillor_who_sent_apologies_and_people_the_meeting_was_attended_by():
    (m,) = parse_document(SENT_AND_ATTENDED).meetings
    assert families(m.attendance.apologies) == ["orr"]
    # a name followed by its own initials is a person; "Gus Hay (XY)" is not read
    assert families(m.attendance.in_attendance) == ["bee", "dee", "fox"]


def test_sent_apologies_outside_an_apologies_minute_are_not_read():
    text = SENT_AND_ATTENDED.replace("142. Apologies", "142. Correspondence")
    (m,) = parse_document(text).meetings
    assert "orr" not in families(m.attendance.apologies)


TWO_PRESENT = """Minutes of Annual Parish Meeting, 9th May 2019

Minutes of the Annual Parish Meeting
held on Thursday 9th May 2019
in The Village Hall

PRESENT: Councillor Ann Bee (Chairman), Councillor Carl Dee (Vice-chairman) Cllr. Eve Fox; Cllr Gus Hay.

PRESENT:  Mrs Ivy Jay (Parish Clerk); Two members of the public present

Apologies for absence:  Ward Cllr K Lee; Cllr Mia Noy
"""


def test_a_second_present_label_in_the_next_paragraph_goes_on_with_the_list():
    (m,) = parse_document(TWO_PRESENT).meetings
    assert (m.body_name, m.date) == ("Parish Meeting", date(2019, 5, 9))
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay", "jay"]
    assert families(m.attendance.apologies) == ["lee", "noy"]


def test_a_present_label_after_other_text_is_not_added():
    text = TWO_PRESENT.replace(
        "\nPRESENT:  Mrs Ivy Jay", "\nThe Chairman welcomed everyone.\n\nPRESENT:  Mrs Ivy Jay"
    )
    (m,) = parse_document(text).meetings
    assert "jay" not in families(m.attendance.present)
