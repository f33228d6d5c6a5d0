"""Round fid57: decisions taken without a meeting in the room (by e-mail, each councillor
answering; at a meeting held by Zoom), and the records of them still refused: decisions over
a period of days, and a record dated only by its month."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.decision_records import over_a_period
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import mangled_lines, read_or_refused, spliced

RESPONDED = """\
April 2020 Minutes

Minutes of the remote meeting of Ashcombe Parish Council held on Tuesday 14th April 2020.

Councillors who responded Mr Abel, Mrs Birch, Mr Cole and clerk Mrs P Crane. Responses were not received from Mr Dale.

2020/10 – 1 Budget - To agree the spending plan for the quarter. Unanimously RESOLVED.

2020/11 – 2 Play area - To close the play area until further notice. Unanimously RESOLVED.
"""

EMAIL_PARTIES = """\
Minutes: Parish Council Meeting 7th April 2020

The meeting was not held in person. Matters on the agenda were settled by email between the Clerk and Councillors.

Minutes of the Parish Council conducted by email on Tuesday 7th April 2020.

Email Parties
Councillor P Ash (PA) – Chairman
Councillor K Lime – Vice Chairman
Councillor R Elm
Mrs T Oak – Clerk

Declaration of Interest

None declared

41/20 Minutes

Resolved that the minutes of the meeting held on 10th March 2020 be approved.

42/20 Grass cutting

Resolved to accept the lower quote.
"""

RECEIVED_FROM = """\
Minutes of the Meeting of Highfold Parish Council held by email on Thursday 2nd April 2020

Responses were received from: Cllr J Moss, Cllr L Fern and Cllr N Reed

1. Payments
It was RESOLVED to pay the invoices listed.
2. Planning
It was RESOLVED to make no objection to the application.
"""

IN_ATTENDANCE_CHAIR = (
    "ELMSTEAD PARISH COUNCIL MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON: Monday "
    "3rd August 2020 Held via Zoom In attendance: Cllr A Reed (Chairman) Cllr B Hale Cllr C "
    "Frost Mrs D Lane (Clerk to the Council) 1. Declaration of Interests Members were reminded "
    "that they must declare any interest they know they have in the business before them, and "
    "that they may declare it at any point in the meeting; they were also reminded that they "
    "must tell the Monitoring Officer of such an interest within twenty-eight days of the "
    "meeting if they have not already done so. Cllr Hale declared an interest in the Village "
    "Hall 2. Apologies All present. 3. Minutes The minutes of the meeting of 6th July 2020 were "
    "approved and signed. 4. Finance It was resolved to pay the invoices. 5. Planning No "
    "applications."
)

CONDUCTED = """\
Council business during lockdown

Minutes of the Parish Council conducted by email on Monday 20th April 2020.

Email Parties
Councillor F Gale – Chairman
Councillor H Marsh
Mr J Wren – Clerk

12/20 Payments

Resolved that the invoices be paid.

13/20 Footpaths

Resolved to write to the county council.
"""

LETTERHEAD = (
    "Chairman:.............. Ravensholt Parish Council ______________ Clerk: Mrs A Finch, 2 "
    "Mill Lane, Ravensholt\nUnder the Coronavirus Act 2020 this Meeting of the Parish Council "
    "took place at 7.00 pm on Tuesday 7th July 2020 by Zoom conferencing. MINUTES Participants: "
    "Cllr Heron (Chairman), Cllr Swift, Cllr Teal. 1. To record apologies for absence None. 2. "
    "To receive declarations of interest None declared. 3. Public Participation The village "
    "hall committee asked for help with its rent while the hall cannot open. It was resolved to "
    "meet the committee to learn what it needs when the hall is ready to open again. The council "
    "is more than the hall's landlord, and there may be more to consider than the rent; but a "
    "large sum has lately been spent on the hall's roof and windows, so the council's reserves "
    "are lower than they were, and any help must be weighed against the other calls on them. "
    "Councillors agreed that the clerk should write to the committee to suggest a date."
)

OVER_A_PERIOD = """\
Minutes of the Virtual Meeting of Brookfield Parish Council
Held over the period Monday 6 April 2020 to 13th April 2020
1. Accounts
The accounts for the year were approved.
2. Planning
It was agreed to make no comment on the application.
"""

MONTH_ONLY = """\
RECORD OF EMAIL EXCHANGES OF BROOKFIELD PARISH COUNCILLORS IN MAY 2020 OWING TO NO MEETING BEING HELD

Comments received from: Cllrs A Bee, C Dee and E Fox

01-2020 It was RESOLVED that the Chairman remain in office for the year.

02-2020 It was RESOLVED to close the play area.
"""


def _families(people) -> list[str]:
    return [p.name.split()[-1] for p in people]


def test_councillors_who_responded_are_present_and_those_who_did_not_in_no_list():
    (m,) = parse_document(RESPONDED).meetings
    assert (m.body_name, m.date) == ("Ashcombe Parish Council", date(2020, 4, 14))
    assert _families(m.attendance.present) == ["Abel", "Birch", "Cole", "Crane"]
    assert not m.attendance.apologies and not m.attendance.in_attendance


def test_email_parties_one_a_line_are_present_on_the_day_the_email_record_names():
    (m,) = parse_document(EMAIL_PARTIES).meetings
    assert m.date == date(2020, 4, 7)
    assert _families(m.attendance.present) == ["Ash", "Lime", "Elm", "Oak"]
    assert [i.number for i in m.items] == ["41/20", "42/20"]


def test_responses_received_from_are_present():
    (m,) = parse_document(RECEIVED_FROM).meetings
    assert m.date == date(2020, 4, 2)
    assert _families(m.attendance.present) == ["Moss", "Fern", "Reed"]
    assert [len(i.resolutions) for i in m.items] == [1, 1]


def test_in_attendance_list_naming_the_chair_is_read_once_as_the_members():
    (m,) = parse_document(IN_ATTENDANCE_CHAIR).meetings
    assert m.date == date(2020, 8, 3)
    assert _families(m.attendance.present) == ["Reed", "Hale", "Frost", "Lane"]
    assert m.attendance.in_attendance == []


def test_in_attendance_chair_list_under_a_council_named_in_capitals_before_the_heading():
    (m,) = parse_document(IN_ATTENDANCE_CHAIR).meetings
    assert m.body_name == "Elmstead Parish Council"


def test_minutes_conducted_by_email_on_a_day_are_of_that_day():
    (m,) = parse_document(CONDUCTED).meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2020, 4, 20))
    assert _families(m.attendance.present) == ["Gale", "Marsh", "Wren"]
    assert [i.number for i in m.items] == ["12/20", "13/20"]


def test_zoom_participants_under_a_letterhead_naming_the_council():
    (m,) = parse_document(LETTERHEAD).meetings
    assert (m.body_name, m.date) == ("Ravensholt Parish Council", date(2020, 7, 7))
    assert _families(m.attendance.present) == ["Heron", "Swift", "Teal"]
    assert [i.number for i in m.items] == ["1", "2", "3"]


@pytest.mark.parametrize("parse", [parse_document, parse_printed_minutes])
def test_decisions_over_a_period_of_days_are_refused(parse):
    with pytest.raises(ParseError, match="over a period"):
        parse(OVER_A_PERIOD)


@pytest.mark.parametrize(
    "line",
    [
        "Held over the period Monday 6 April 2020 to 13th April 2020",
        "Decisions taken by email between 3rd and 10th April 2020",
        "Notes of decisions made by e-mail from 01/05/2020 to 08/05/2020",
    ],
)
def test_the_period_is_read_from_its_words(line):
    assert over_a_period(f"Brookfield Parish Council\n{line}\n1. Accounts\n") is not None


@pytest.mark.parametrize(
    "line",
    [
        "Minutes of the meeting held on Monday 6 April 2020 from 7pm to 9pm",
        "The Parish Council met on 6 April 2020. The office is closed from Easter to May.",
        "Minutes of the Parish Council conducted by email on Tuesday 7th April 2020",
    ],
)
def test_one_day_is_no_period(line):
    assert over_a_period(f"{line}\n1. Accounts\n") is None


def test_a_record_dated_only_by_its_month_is_refused():
    with pytest.raises(ParseError):
        parse_document(MONTH_ONLY)


_SEEDS = [
    RESPONDED,
    EMAIL_PARTIES,
    RECEIVED_FROM,
    IN_ATTENDANCE_CHAIR,
    CONDUCTED,
    LETTERHEAD,
    OVER_A_PERIOD,
]


@given(spliced(_SEEDS))
def test_mangled_records_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    if result is not None and "over the period" in text:
        # a record still dated by a period of days is never dated by its first day
        assert "Held over the period Monday 6 April 2020 to 13th April 2020" not in text


@given(
    mangled_lines(
        (RESPONDED + EMAIL_PARTIES + OVER_A_PERIOD).splitlines(),
        st.text(alphabet="Councillors who responded Email Parties 0123456789/.:-\n", max_size=30),
    )
)
def test_mangled_record_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
