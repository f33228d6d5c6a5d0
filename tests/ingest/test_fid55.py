"""Round fid55: printed minutes of parish councils and parish meetings in templates the
corpus did not hold: "Participating:" at a meeting by telephone, the clerk's own label under
a one-name apologies line, a download's title naming the council over a heading naming
none, "X Annual Parish Meeting", an ordinal run into its month, "MEETING OF X PARISH
COUNCIL" in capitals, apologies after a title's ":-", "Label: Resolved to ...", initialled
names two to a line, minutes numbered "APM/1/5/21", and a decision told of in a report."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import agreed_decisions, parse_date
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import MANGLING, asks_for_body, mangled_lines, read_or_refused, spliced

BY_TELEPHONE = """\
April 2021 Minutes
A Meeting of Stonebridge and Wyke Parish Council was held on Thursday 8th April 2021 by telephone, as the hall could not be used.
Participating:
Councillor A Fenwick (Chairman) Councillor B Oakes Councillor C Pryor Councillor D Quayle
Apologies: Councillor E Rowntree
Clerk: Fiona Saddler-Jones
Councillor Oakes said the telephone worked well for everyone.
Councillor Pryor said a printed agenda helped the call.
1. Proposal: to hold the May meeting by telephone
"""

DOWNLOAD_TITLE = """\
Minutes – 9 June 2017

Download the minutes below.

Kettleby Parish Council Minutes 9 June 2017

MINUTES OF THE EXTRAORDINARY MEETING HELD AT THE READING ROOM, KETTLEBY ON FRIDAY 9 JUNE 2017 AT 7.00PM

PRESENT:     Councillor Ruth Amble (Chairman); Councillors Tom Birch, Sam Cole and Una Dorn.

APOLOGIES: Vera Ellis (Clerk) and Walt Frome.

201/17   DECLARATION OF INTERESTS – There were none.

202/17   FOOTPATHS – The Chairman reported on the stile.
"""

ANNUAL_PARISH_MEETING = """\
May 2022 Minutes Annual Parish Meeting
MINUTES OF THE LOWER ASHTON ANNUAL PARISH MEETING HELD ON TUESDAY 10 MAY 2022 AT 7.00 PM AT THE VILLAGE HALL
IN ATTENDANCE
Parish Councillors and three members of the public.
APM/1/5/22
WELCOME
The Chairman welcomed everyone to the meeting.
APM/2/5/22
TO APPROVE THE MINUTES OF THE ANNUAL PARISH MEETING HELD ON 11TH MAY 2021
The minutes were accepted as a true record.
APM/3/5/22
TO RECEIVE THE CHAIRMAN’S REPORT
The Chairman explained how during the winter the Council resolved to buy a new salt bin.
"""

RUN_INTO_MONTH = """\
MILLBECK PARISH COUNCIL

Minutes from the extraordinary meeting on Monday 12thMarch 2018 in the Village Hall, Millbeck

Present:- Cllrs G Hale, H Ince, J Jopp, and K Kemp

Also present Mrs L Lowe acting as clerk to the council and 5 Members of the public.

1) Election of the Chairman – Cllr Ince proposed Cllr Hale and Cllr Jopp seconded.

2) Apologies for Absence – none.

3) Declaration of Interest - None.
"""

CAPITALS_OVER = """\
June 2021 Minutes Annual Parish Council Meeting
MEETING OF BRANSTON FEN PARISH COUNCIL
Minutes from the Branston Fen Parish Council first virtual meeting held on 16th June 2021 at 7pm.
PRESENT Parish Cllrs Mark Nolan (MN) Chairman; Olive Nolan (ON); Peter Orme (PO) and Rita Pike (RP)
In attendance: Susan Quill, Clerk and Proper Officer.
1. ELECTION OF CHAIRMAN (21/40)
It was proposed by ON, seconded by PO and RESOLVED, MN will remain as Chairman.
2. DECLARATIONS OF INTEREST (21/41)
There were none.
"""

FIGURES_AND_COLON_DASH = """\
March 2023

Minutes of the Meeting of the Parish Council held on 23/3/2023 in the Village Hall

Present:- Cllr T. Ure (Chairman), Cllr V. Wade, Cllr W. Yeo.

In attendance: Zoe Abbot (Clerk).

1. Apologies for Absence and Reasons Given:- Cllrs B. Carr & D. Dunn.

2. Planning:- No applications.

3. Finance & Accounts for payment:-

Payments for authorisation: Resolved to pay: salary £300.00; hall hire £12.00.
"""

TWO_TO_A_LINE = """\
May 2021 AGM Minutes
Minutes of the Annual Council meeting of Fulbeck Marsh Parish Council.
Held on 5th May 2021, remotely via Zoom.
Present:- Councillors: E. Abel (Chair) F. Best (Vice Chair)
G. Cray H. Dale
J. Eyre K. Fell
Clerk: L. Gant
Public: 0
1. Chairman's Welcome and Apologies received
Apologies were received from Cllr Hume.
2. Election of Chair
Cllr Abel was nominated. Resolved to re-elect Cllr Abel as Chair.
"""


def meeting(text: str):
    (found,) = parse_document(text).meetings
    return found


def names(people) -> list[str]:
    return [p.name for p in people]


def test_participating_labels_the_members_and_the_clerks_label_ends_the_apologies():
    found = meeting(BY_TELEPHONE)
    assert found.body_name == "Stonebridge and Wyke Parish Council"
    assert names(found.attendance.present) == [
        "Councillor A Fenwick",
        "Councillor B Oakes",
        "Councillor C Pryor",
        "Councillor D Quayle",
    ]
    # the comments after the clerk's line are no one's apologies
    assert names(found.attendance.apologies) == ["Councillor E Rowntree"]
    assert names(found.attendance.in_attendance) == ["Fiona Saddler-Jones"]


def test_a_download_title_naming_the_council_names_the_body_of_a_heading_naming_none():
    found = meeting(DOWNLOAD_TITLE)
    assert found.body_name == "Kettleby Parish Council"
    assert found.date == date(2017, 6, 9)
    assert found.start_time == time(19, 0)
    assert [i.number for i in found.items] == ["201/17", "202/17"]
    assert "Tom Birch" in " ".join(names(found.attendance.present))


def test_a_title_naming_no_council_still_asks_for_the_body():
    text = DOWNLOAD_TITLE.replace(
        "Kettleby Parish Council Minutes 9 June 2017", "Minutes 9 June 2017"
    )
    result = parse_document(text)
    assert result.meetings[0].body_name == ""
    assert asks_for_body(result)


def test_annual_parish_meeting_of_a_place_is_the_places_parish_meeting():
    found = meeting(ANNUAL_PARISH_MEETING)
    assert found.body_name == "Lower Ashton Parish Meeting"
    assert found.kind == "annual"
    assert found.start_time == time(19, 0)


def test_lettered_dated_numbers_alone_on_their_lines_join_their_titles():
    found = meeting(ANNUAL_PARISH_MEETING)
    assert [(i.number, i.title) for i in found.items] == [
        ("APM/1/5/22", "WELCOME"),
        ("APM/2/5/22", "TO APPROVE THE MINUTES OF THE ANNUAL PARISH MEETING HELD ON 11TH MAY 2021"),
        ("APM/3/5/22", "TO RECEIVE THE CHAIRMAN’S REPORT"),
    ]


def test_a_decision_told_of_in_a_report_is_not_the_meetings():
    found = meeting(ANNUAL_PARISH_MEETING)
    assert sum(len(i.resolutions) for i in found.items) == 0
    assert agreed_decisions("The Council resolved to buy a new salt bin.")


def test_an_ordinal_run_into_its_month_is_read():
    assert parse_date("on Monday 12thMarch 2018 in the hall") == date(2018, 3, 12)
    assert parse_date("on Monday 12thmarch 2018") is None  # no capital: not a month's start
    found = meeting(RUN_INTO_MONTH)
    assert found.body_name == "Millbeck Parish Council"
    assert found.date == date(2018, 3, 12)
    assert [i.number for i in found.items] == ["1", "2", "3"]


def test_a_capitals_line_meeting_of_a_council_names_it():
    found = meeting(CAPITALS_OVER)
    assert found.body_name == "Branston Fen Parish Council"
    assert found.date == date(2021, 6, 16)


def test_apologies_after_a_titles_colon_dash_and_a_labelled_resolution():
    found = meeting(FIGURES_AND_COLON_DASH)
    assert found.date == date(2023, 3, 23)
    assert names(found.attendance.apologies) == ["Cllr B. Carr", "Cllr D. Dunn"]
    finance = found.items[-1]
    assert len(finance.resolutions) == 1
    assert agreed_decisions("Payments for authorisation: Resolved to pay: salary £300.00.")
    # a label and "resolved" not opening what follows it is none
    assert not agreed_decisions("Payments for authorisation: the resolved amounts were noted.")


def test_initialled_names_two_to_a_line_are_read_line_by_line():
    # (the printed-minutes reader's own reading: the dispatcher may hand this short text
    # to the pack reader, which reads minutes in a pack's template its own way)
    (found,) = parse_printed_minutes(TWO_TO_A_LINE).meetings
    assert found.body_name == "Fulbeck Marsh Parish Council"
    present = [n.replace("Cllr ", "") for n in names(found.attendance.present)]
    assert present == ["E. Abel", "F. Best", "G. Cray", "H. Dale", "J. Eyre", "K. Fell"]
    # the clerk's own label ends the list: the clerk is not among the members present
    assert names(found.attendance.in_attendance) == ["L. Gant"]


KIND_TITLE_ONLY = """\
Minutes Full Parish Council 14 October 2019


Present: – Cllr Agar (Chair), Cllr Bland, Cllr Crewe & Cllr Dyson.

In Attendance: –  Mrs E Ford (Clerk)

301/PC/19 – Apologies for Absence

APOLOGIES were received from Cllr Gale.

302/PC/19 – Minutes

RESOLVED to approve the minutes of the meeting held on 9 September 2019.

303/PC/19 – Highways

Nothing to report.
"""


def test_a_title_minutes_kind_of_council_and_date_is_the_meetings_heading():
    found = meeting(KIND_TITLE_ONLY)
    assert found.date == date(2019, 10, 14)
    assert found.body_name == "Parish Council"
    assert names(found.attendance.apologies) == ["Cllr Gale"]


def test_numbers_with_the_councils_letters_and_a_dash_before_the_title():
    found = meeting(KIND_TITLE_ONLY)
    assert [(i.number, i.title) for i in found.items] == [
        ("301/PC/19", "Apologies for Absence"),
        ("302/PC/19", "Minutes"),
        ("303/PC/19", "Highways"),
    ]


def test_a_title_naming_no_date_of_its_own_is_refused():
    # the only date is the previous meeting's, inside a minute
    text = KIND_TITLE_ONLY.replace("Minutes Full Parish Council 14 October 2019", "Minutes")
    assert read_or_refused(parse_document, text) is None


_SEEDS = [
    BY_TELEPHONE,
    DOWNLOAD_TITLE,
    ANNUAL_PARISH_MEETING,
    RUN_INTO_MONTH,
    CAPITALS_OVER,
    FIGURES_AND_COLON_DASH,
    TWO_TO_A_LINE,
    KIND_TITLE_ONLY,
]
_JUNK = st.text(alphabet="APM/1/5/22 Participating: Clerk:- Resolved to 12thMarch\n.", max_size=30)


@MANGLING
@given(spliced(_SEEDS + [" ".join(s.split()) for s in _SEEDS]))
def test_mangled_minutes_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    if result is not None:
        for m in result.meetings:
            # the dates of other meetings named in the minutes are never the meeting's
            assert m.date != date(2021, 5, 11)


@MANGLING
@given(mangled_lines([ln for s in _SEEDS for ln in s.splitlines()], _JUNK))
def test_mangled_minutes_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
