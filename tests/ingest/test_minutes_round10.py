"""Issue 14, fidelity round 10 (the twelfth round of the issue): the measure set's misses,
grouped by shape; rules made on new dev documents of those shapes, each tested here on
text written for the test. And the refusal of minutes that name no council or body: its one
line says so (it had named a front sheet's date line)."""

from __future__ import annotations

import contextlib
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.source import ImportFailed, Source, parse_source
from tests.ingest.helpers import families
from tests.ingest.mangling import read_or_refused

NO_BODY = """Minutes – March 4th 2019
Minutes of the Meeting
held on Monday 4th March 2019 at 7pm
Cllrs Bee, Dee and Fox. Also Mr Hay (Clerk)
- Apologies
Cllr Jay
- Minutes of the Meeting held 4th February 2019
Minutes were approved.
"""


def _refusal(text: str, name: str = "brook-2019-03-04.txt") -> str:
    with pytest.raises(ImportFailed) as caught:
        parse_source(Source(name, text, "0" * 64))
    return str(caught.value)


def test_minutes_naming_no_body_are_refused_for_that_in_one_line():
    said = _refusal(NO_BODY)
    assert said.startswith("brook-2019-03-04.txt: names no council or committee")
    assert "'Minutes of the Meeting'" in said and "\n" not in said
    # the misleading reason it gave before
    assert "front sheet" not in said


def test_a_heading_naming_its_body_is_not_refused_for_naming_none():
    text = NO_BODY.replace(
        "Minutes of the Meeting\n", "Minutes of the Meeting of Brook Parish Council\n"
    )
    try:
        result = parse_source(Source("brook.txt", text, "0" * 64))
    except ImportFailed as exc:
        assert "names no council" not in str(exc)
    else:
        assert result.meetings[0].body_name


def test_a_document_with_no_date_is_still_refused_for_its_date():
    said = _refusal("Minutes of the Meeting\nCllrs Bee, Dee and Fox.\n- Apologies\nCllr Jay\n")
    assert "names no council" not in said


@given(
    st.sampled_from(["Meeting", "Annual Meeting", "Parish Meeting", "meeting"]),
    st.sampled_from(["held on Tuesday 8th January 2019", "held on 8 January 2019 at 7pm"]),
    st.text(alphabet="Cllr BeDFox,.-\n", max_size=80),
)
def test_unnamed_minutes_headings_are_refused_in_one_line_never_raising(kind, held, rest):
    text = f"Minutes of the {kind}\n{held}\n{rest}"
    try:
        result = parse_source(Source("x.txt", text, "0" * 64))
    except ImportFailed as exc:
        assert str(exc).startswith("x.txt") and "\n" not in str(exc)
    else:
        # never a body guessed from the text's words ("Parish Meeting" names the kind)
        assert kind == "Parish Meeting"
        assert all(m.body_name in ("", "Parish Meeting") for m in result.meetings)


def test_the_dev_document_naming_no_body_says_so():
    path = Path(__file__).parents[1] / "fidelity" / "documents" / "lydford-pc-2019-01-08.txt"
    from moot.ingest.source import read_source

    with pytest.raises(ImportFailed, match="names no council or committee"):
        parse_source(read_source(path))


# ---------------------------------------------------------------------------------------
# Minutes numbered "1)", with "Present:" and "Apologies" as minutes (Bourton-on-the-Hill,
# dev; the shape of headings naming only the kind with attendance inside numbered minutes)

BRACKETED = """Minutes 4th March 2019

Minutes of the Parish Council Meeting held on
Monday March 4th 2019 at 7.15 p.m. in the Reading Room
1) Chairman
 Ann Bee was unanimously elected as Chairman
2) Present:
In the Chair A.Bee, ,C.Dee,E.Fox, G.Hay, and K.O’Neill (clerk).
3) Apologies
L.Jay, M.Lee, Nia Owen. Resolved that these Councillors could sign at the next meeting.
4) Minutes of the previous meeting
The minutes were approved and signed by the chairman.
5) Allotments
 Agreed – that a new sign for the gate would be ordered
 Agreed – that the old sign would be moved to the shed
 Agreed by Cllr Fox to look at the hedge
6) Payments
Clerk salary
"""


def test_minutes_numbered_with_a_closing_bracket_are_read():
    (m,) = parse_document(BRACKETED).meetings
    assert (m.body_name, m.date, m.start_time) == ("Parish Council", date(2019, 3, 4), time(19, 15))
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6"]
    assert [i.title for i in m.items][:3] == ["Chairman", "Present:", "Apologies"]


def test_a_present_minute_ends_at_the_next_bracketed_number():
    (m,) = parse_document(BRACKETED).meetings
    # "In the Chair" is the chair's place; a comma without its space still parts two
    # entries; "K.O’Neill" is an initial and a family name
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay", "oneill"]
    # nothing after "3) Apologies" is read as someone present ("Allotments Agreed" was)
    assert families(m.attendance.apologies) == ["jay", "lee", "owen"]
    assert m.attendance.in_attendance == []


def test_agreed_that_opening_each_line_is_one_decision_each():
    (m,) = parse_document(BRACKETED).meetings
    by_number = {i.number: i.resolutions for i in m.items}
    assert len(by_number["5"]) == 2  # "Agreed by Cllr Fox to ..." is one person, none
    assert len(by_number["3"]) == 1 and by_number["3"][0].startswith("Resolved that")
    assert len(by_number["4"]) == 1
    assert by_number["1"] == [] and by_number["6"] == []


def test_agreed_or_resolved_alone_or_inside_a_sentence_is_no_new_decision():
    assert agreed_decisions("Resolved.") == []
    assert agreed_decisions("Cllr Bee Agreed to look at it.") == []
    assert agreed_decisions("Agreed by Cllr Fox.") == []
    assert len(agreed_decisions("AGREED that the precept be £5,000.")) == 1


def test_list_entries_with_lost_spaces_are_parted():
    got = split_name_list("A.Bee,C.Dee, ,E.Fox and K.O’Neill")
    assert [p.name for p in got] == ["A. Bee", "C. Dee", "E. Fox", "K. O’Neill"]
    (chair,) = split_name_list("In the Chair A.Bee")
    assert (chair.name, chair.role_text) == ("A. Bee", "Chair")


@given(
    st.lists(
        st.tuples(st.sampled_from("ABCDEGHJKLMN"), st.sampled_from(["Bee", "Dee", "Fox", "Hay"])),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([",", ", ", ",  "]),
)
def test_initials_joined_to_names_are_read_whatever_the_comma_spacing(people, comma):
    text = comma.join(f"{i}.{name}" for i, name in people)
    assert [p.name for p in split_name_list(text)] == [f"{i}. {n}" for i, n in people]


@given(st.text(alphabet="0123456789) Present:Apologies\nA.Bee,C.Dee Agreed – that", max_size=200))
def test_mangled_bracketed_minutes_raise_only_a_parse_error(body):
    text = "Minutes of the Parish Council Meeting held on\nMonday March 4th 2019\n" + body
    read_or_refused(parse_document, text)


# ---------------------------------------------------------------------------------------
# "MINUTES Parish Council Meeting DATE" on one line, "Attendees:" with no commas, "1,"
# (High Halstow, dev; the shape of documents refused whole for their heading)

ATTENDEES = """MINUTES Parish Council Meeting Tuesday 3rd March 2020 Village Hall ~ 7.30 pm

Attendees: Cllr A. Bee (Chairman) Cllr C. Dee (Vice-Chair) Cllr E. Fox Mrs G. Hay (Clerk)

Members of the public: 2

The Chairman, Cllr A. Bee opened the meeting and thanked the members for attending.

1, Apologies for absence BPC17:03.03.20 Apologies for absence were received from Cllr J. Jay.

It was also noted that District Councillor K. Lee was at a meeting elsewhere and was unable to join.

2. Declarations of Interest BPC18:03.03.20 None.

3. Planning BPC19:03.03.20 The members discussed one application.
"""


def test_minutes_over_the_kind_of_council_and_the_day_are_a_heading():
    (m,) = parse_document(ATTENDEES).meetings
    assert (m.body_name, m.date, m.start_time) == ("Parish Council", date(2020, 3, 3), time(19, 30))
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_attendees_on_one_line_without_commas_end_at_the_line():
    (m,) = parse_document(ATTENDEES).meetings
    # the list is the label's line: no one named in the minutes below is present
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]
    # "unable to join" in a sentence of prose is no apology (nor presence)
    assert families(m.attendance.apologies) == ["jay"]


def test_the_kind_meeting_heading_needs_an_attendance_list_under_it():
    # an agenda's title of the same words, with no one attending yet, is not minutes
    text = "MINUTES Parish Council Meeting Tuesday 3rd March 2020\n1. Apologies\n2. Planning\n"
    with contextlib.suppress(ParseError):
        for m in parse_document(text).meetings:
            assert m.attendance is None or not m.attendance.present


def test_a_number_and_a_comma_opens_a_minute_only_before_a_title():
    text = ATTENDEES.replace("1, Apologies", "1, 2 and 3 were noted\n\n1, Apologies")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_a_personal_honorific_after_a_whole_entry_opens_the_next():
    got = split_name_list("Cllr E. Fox Mrs G. Hay (Clerk)")
    assert [p.name for p in got] == ["Cllr E. Fox", "Mrs G. Hay"]
    # after a title that is no entry, nothing is split off to be read as a name
    # (a measure-set note, an office read as a family name, shaped this guard)
    names = [p.name for p in split_name_list("Town Chaplain Mr A Bee")]
    assert not any("Chaplain" in n for n in names)
    assert [p.name for p in split_name_list("Cllr Mrs A Bee")] == ["Cllr Mrs A Bee"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Cllr", "Mr", "Mrs", "Dr"]),
            st.sampled_from("ABCDEG"),
            st.sampled_from(["Bee", "Dee", "Fox", "Hay", "Owen"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_entries_each_opening_with_an_honorific_are_all_read_without_commas(people):
    text = " ".join(f"{hon} {i}. {name}" for hon, i, name in people)
    assert [p.name for p in split_name_list(text)] == [
        f"{hon} {i}. {name}" for hon, i, name in people
    ]


# ---------------------------------------------------------------------------------------
# The heading stacked title first: "X Parish Council" / "Annual Parish Council Meeting" /
# "MINUTES" / "Held at TIME on DATE". No dev document of this shape was found by search;
# the rule was written from the bench's description of a measure document refused whole
# (Eastnor & Donnington's kind line), on this text written for the test.

TITLE_FIRST = """Brook Parish Council
Annual Parish Council Meeting
MINUTES
Held at 7.30pm on Tuesday 9th May 2017 in the Village Hall

Present: Cllr Ann Bee (AB) (Chairman), Cllr Carl Dee (CD), Cllr Eve Fox (EF)
In attendance: Mrs Gwen Hay (Clerk)

1. Election of Chairman
Cllr Bee was elected.
2. Apologies for absence
Cllr Ian Jay.
3. Minutes of the previous meeting
The minutes were approved.
"""


def test_a_title_over_minutes_over_held_is_the_heading():
    (m,) = parse_document(TITLE_FIRST).meetings
    assert (m.body_name, m.kind) == ("Brook Parish Council", "annual")
    assert (m.date, m.start_time) == (date(2017, 5, 9), time(19, 30))
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert families(m.attendance.present) == ["bee", "dee", "fox"]
    assert families(m.attendance.in_attendance) == ["hay"]


def test_the_title_first_heading_without_its_council_names_only_the_kind():
    (m,) = parse_document(TITLE_FIRST.replace("Brook Parish Council\n", "")).meetings
    assert m.body_name == "Parish Council"


@given(
    st.sampled_from(["Parish Council Meeting", "Annual Town Council Meeting", "Parish Meeting"]),
    st.text(alphabet="Held at 7.30pm on Tuesday 9th May 2017 in the Hall\n", max_size=60),
)
def test_title_over_minutes_headings_never_raise_but_a_parse_error(title, held):
    text = f"Brook Parish Council\n{title}\nMINUTES\n{held}\nPresent: Cllr Ann Bee\n1. Apologies\n"
    with contextlib.suppress(ParseError):
        for m in parse_document(text).meetings:
            assert m.date is None or m.date.year in range(1900, 2100)


# ---------------------------------------------------------------------------------------
# "Meeting of the Parish Council at TIME on DATE in PLACE Village Hall" with no "Minutes":
# written from the bench's description of a measure document refused whole (Abbots
# Morton's kind line); no dev document of the shape was found by search.

MEETING_OF = """Meeting of the Parish Council at 7.30pm on Monday 25th June 2018 in Brook Village Hall

Present: Cllr Ann Bee (Chairman), Cllr Carl Dee, Cllr Eve Fox

1. Apologies
Cllr Ian Jay.
2. Correspondence
1. Letter from the police
2. Letter from the school
3. Planning
"""


def test_a_meeting_of_the_kind_of_council_with_its_time_and_day_is_a_heading():
    (m,) = parse_document(MEETING_OF).meetings
    # the place named in the venue is not the council's name: only the kind is printed
    assert (m.body_name, m.body_kind_only) == ("Parish Council", True)
    assert (m.date, m.start_time, m.kind) == (date(2018, 6, 25), time(19, 30), "ordinary")
    # a list numbered from 1 inside minute 2 is no minute
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert families(m.attendance.present) == ["bee", "dee", "fox"]


def test_a_meeting_of_heading_without_an_attendance_list_is_not_minutes():
    text = MEETING_OF.replace("Present: Cllr Ann Bee (Chairman), Cllr Carl Dee, Cllr Eve Fox\n", "")
    with contextlib.suppress(ParseError):
        for m in parse_document(text).meetings:
            assert m.attendance is None or not m.attendance.present


def test_an_annual_meeting_named_only_by_its_kind_of_council_keeps_its_kind():
    # the meeting's kind had been overwritten by the council's kind (a match, not a word)
    text = MEETING_OF.replace("Meeting of the Parish", "Annual Meeting of the Parish")
    (m,) = parse_document(text).meetings
    assert m.kind == "annual" and m.body_name == "Parish Council"


# ---------------------------------------------------------------------------------------
# The kind of council on a line of its own over a heading naming no body, and minutes
# numbered "2307.01" (the year's last digits and the month). Written from the bench's
# description of a measure document refused whole (the Scribd draft's kind line: "heading
# naming only the kind of council over three lines, minute numbers 2307.01"); no dev
# document of the shape was found by search.

KIND_OVER = """PARISH COUNCIL
MINUTES OF THE MEETING
HELD ON MONDAY 10TH JULY 2023 AT 7.30PM

2307.01 Present
Councillors: Ann Bee (Chair), Carl Dee, Eve Fox
2307.02 Apologies
Cllr Ian Jay
2307.03 Minutes
The minutes were approved.
"""


def test_the_kind_of_council_over_a_heading_naming_none_is_its_body():
    (m,) = parse_document(KIND_OVER).meetings
    assert (m.body_name, m.date, m.start_time) == (
        "Parish Council",
        date(2023, 7, 10),
        time(19, 30),
    )
    assert [i.number for i in m.items] == ["2307.01", "2307.02", "2307.03"]
    assert families(m.attendance.present) == ["bee", "dee", "fox"]
    assert families(m.attendance.apologies) == ["jay"]


def test_a_line_of_other_words_between_names_no_kind():
    text = KIND_OVER.replace("PARISH COUNCIL\n", "PARISH COUNCIL\nBrook Village Hall\n")
    (m,) = parse_document(text).meetings
    assert m.body_name == ""  # unknown stays unknown (the import asks for --body)


def test_a_year_and_a_serial_is_no_minute_number():
    text = KIND_OVER.replace("2307.03 Minutes", "2019.03 Minutes")
    (m,) = parse_document(text).meetings
    assert [i.number for i in m.items] == ["2307.01", "2307.02"]


# ---------------------------------------------------------------------------------------
# Minute numbers "21/5-1" with "Members present:" as a minute, and "Present." with
# "[2]. 11/833." numbers: written from the bench's descriptions of two measure documents
# that read few facts (Tathwell's and Creech St Michael's kind lines); no dev document of
# either shape was found by search.

SERIAL_DASH = """Minutes of the Annual Meeting of Brook Parish Council held on Wednesday 5th May 2021 at 7.00pm in the Village Hall
21/5-1 Election of Chairman
Cllr Bee was elected Chairman.
21/5-2 Members present:
Cllrs A Bee, C Dee, E Fox and Mrs G Hay (Clerk)
21/5-3 Apologies for absence
Cllr I Jay
21/5-4 Minutes
The minutes were approved.
"""


def test_minutes_numbered_year_month_and_serial_and_a_present_minute():
    (m,) = parse_document(SERIAL_DASH).meetings
    assert [i.number for i in m.items] == ["21/5-1", "21/5-2", "21/5-3", "21/5-4"]
    # the list under "Members present:" ends at the next minute's number
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]
    assert families(m.attendance.apologies) == ["jay"]


STOPS = """BROOK PARISH COUNCIL.
Minutes of the Parish Council Meeting held on Monday 5th December 2011 at 7.30 pm in the Village Hall.
Present. A.B. Bee (Chairman), C. Dee, E.F. Fox, Mrs G. Hay (Clerk).
[1]. 11/832. Apologies. Cllr I. Jay.
[2]. 11/833. Minutes of the last meeting. The minutes were approved.
[3]. 11/834. Planning. None.
"""


def test_present_with_a_full_stop_and_bracketed_indexes_before_the_numbers():
    (m,) = parse_document(STOPS).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("11/832", "Apologies"),
        ("11/833", "Minutes of the last meeting"),
        ("11/834", "Planning"),
    ]
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]


def test_present_with_a_full_stop_before_prose_is_no_label():
    text = STOPS.replace("Present. A.B. Bee", "Present. The chairman welcomed A.B. Bee")
    (m,) = parse_document(text).meetings
    assert m.attendance is None or families(m.attendance.present) == []
