"""Round fid53: parish, town and community council agenda summonses ("summonsed", "invited
to attend the meeting of X", "the next Full Council Meeting of X which will be held",
"reminded of the next meeting of X"), a summons whose body runs into its venue, items
numbered by the council's reference ("24/101") or "Item 1", and a summons over bulleted
business whose dated lines are not a web page's heading."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.agenda_notice import looks_like_agenda_notice, parse_agenda_notice
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

SUMMONSED = """\
NOTICE OF PARISH COUNCIL MEETING
Monday 3rd June 2024 at 7.30pm
Dear Councillor,
You are summonsed to attend the next Full Council Meeting of Oakhurst Parish Council which will be held at the Old School, High Street, Oakhurst at 7.30pm on Monday, 3rd June 2024 at which the following business will be transacted.
Clerk to the Council, 28th May 2024
Agenda Items:
1. Apologies: To receive apologies for absence and to approve the reasons given.
2. Declarations of Interest: To receive declarations of interest.
3. Planning
"""

BODY_THEN_PLACE = """\
You are hereby summoned to attend a meeting of the Brackley Green Parish Council at Brackley Green Chapel Rooms on Tuesday 4th March 2025 at 7.00pm.
1) To receive apologies
2) To record declarations of interest
3) Highways
Parish Clerk
24th February 2025
"""

INVITED = """\
MERESIDE PARISH COUNCIL
Clerk: Mrs A Person, 1 The Lane, Mereside
You are hereby invited to attend the meeting of Mereside Parish Council to be held in Mereside Village Hall on Thursday 6th March, 2025 at 7.30pm.
AGENDA
- Welcome
- Apologies
- To agree the minutes of the last meeting
- Correspondence
- To confirm the date of the next meeting – Thursday, 3rd April 2025
Signed: A Person, Clerk – 27th February, 2025
"""

REFERENCED = """\
ELMSTEAD PARISH COUNCIL
Members of the Council are hereby summoned to attend the Meeting of Elmstead Parish Council to be held at the Pavilion, Station Road on Wednesday 9th April 2025 commencing at 7.15pm.
Signed: Clerk to the Council      Dated: 2nd April 2025
Public session of up to 15 minutes before the meeting opens.
AGENDA
25/031 To receive apologies for absence
25/032 To receive declarations of interest
25/033 PLANNING
a) 25/00456/HH 4 Mill Close
25/034 Date of next meeting: Wednesday 14th May 2025
"""

REMINDED_NO_YEAR = """\
Hillcote Parish Council – Notice of Meeting
Councillors are reminded of the next meeting of the Parish Council on Tuesday 8th July, 7.30pm at the Reading Room
Agenda
1. Apologies
2. Minutes of the meeting held on the 10th June
3. Any other business
"""

ITEM_WORD = """\
Ashby Thorn Town Council
NOTICE OF MEETING
Date: Tuesday 5 March 2024
Time: 7.00pm
Venue: Town Hall, Market Place
Dear Councillor, you are summoned to attend the meeting of the Town Council on the date above.
AGENDA
Item 1 Apologies for absence
Item 2: Declarations of interest
Item 3 Minutes of the last meeting
Clerk to the Council, 28 February 2024
"""


def test_summonsed_to_the_next_full_council_meeting_which_will_be_held():
    m = parse_agenda_notice(SUMMONSED).meetings[0]
    assert m.body_name == "Oakhurst Parish Council"
    assert m.date == date(2024, 6, 3)  # not the clerk's 28th May
    assert m.start_time == time(19, 30)
    assert m.venue == "the Old School, High Street, Oakhurst"
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert m.items[0].title.startswith("Apologies: To receive apologies")


def test_a_long_item_line_is_still_an_item():
    long = "2. Declarations of Interest: " + "to receive declarations of interest " * 9 + "."
    text = SUMMONSED.replace(
        "2. Declarations of Interest: To receive declarations of interest.", long
    )
    assert len(long) > 300
    m = parse_agenda_notice(text).meetings[0]
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_body_running_into_its_venue_ends_at_its_kind():
    m = parse_agenda_notice(BODY_THEN_PLACE).meetings[0]
    assert m.body_name == "Brackley Green Parish Council"
    assert m.venue == "Brackley Green Chapel Rooms"
    assert m.date == date(2025, 3, 4)  # not the summons' own 24th February
    assert m.start_time == time(19, 0)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "To receive apologies"),
        ("2", "To record declarations of interest"),
        ("3", "Highways"),
    ]


def test_invited_summons_over_bullets_is_a_notice_not_a_page_heading():
    # the dated bullet and the dated signature look like a web page's "Name - Date" heading
    assert detect_kind(INVITED) == "agenda-notice"
    m = parse_document(INVITED).meetings[0]
    assert m.body_name == "Mereside Parish Council"
    assert m.date == date(2025, 3, 6)  # not the next meeting's, nor the signature's
    assert m.start_time == time(19, 30)
    assert m.venue == "Mereside Village Hall"
    assert m.items == []
    assert any("not numbered" in w for w in m.warnings)


def test_items_numbered_by_reference():
    m = parse_document(REFERENCED).meetings[0]
    assert m.body_name == "Elmstead Parish Council"
    assert m.date == date(2025, 4, 9)
    assert m.start_time == time(19, 15)
    assert [i.number for i in m.items] == ["25/031", "25/032", "25/033", "25/034"]
    assert m.items[2].title == "PLANNING"
    assert "25/00456/HH" in m.items[2].agenda_text  # a planning reference is no item
    assert m.items[3].title.startswith("Date of next meeting")


def test_items_numbered_by_reference_after_the_number():
    text = REFERENCED
    for a, b in (
        ("25/031", "31/25"),
        ("25/032", "32/25"),
        ("25/033", "33/25"),
        ("25/034", "34/25"),
    ):
        text = text.replace(a, b)
    m = parse_agenda_notice(text).meetings[0]
    assert [i.number for i in m.items] == ["31/25", "32/25", "33/25", "34/25"]


def test_item_word_before_the_number():
    m = parse_document(ITEM_WORD).meetings[0]
    assert m.body_name == "Ashby Thorn Town Council"
    assert m.date == date(2024, 3, 5)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the last meeting"),
    ]


def test_item_word_in_a_summons():
    text = BODY_THEN_PLACE.replace("1) ", "Item 1: ").replace("2) ", "Item 2: ")
    text = text.replace("3) ", "Item 3: ")
    m = parse_agenda_notice(text).meetings[0]
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_reminded_of_a_meeting_without_its_year_is_refused_with_the_reason():
    assert looks_like_agenda_notice(REMINDED_NO_YEAR)
    with pytest.raises(ParseError, match="could not read the date"):
        parse_agenda_notice(REMINDED_NO_YEAR)


def test_reminded_of_a_meeting_with_its_year_is_read():
    text = REMINDED_NO_YEAR.replace("Tuesday 8th July,", "Tuesday 8th July 2025,")
    m = parse_agenda_notice(text).meetings[0]
    assert m.date == date(2025, 7, 8)
    assert m.start_time == time(19, 30)
    assert m.body_name == "Parish Council"  # a council named only by its kind, as printed


def test_summons_naming_no_date_is_refused():
    text = SUMMONSED.replace(" on Monday, 3rd June 2024", "").replace(
        "Monday 3rd June 2024 at 7.30pm\n", ""
    )
    with pytest.raises(ParseError, match="date"):
        parse_agenda_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        SUMMONSED.replace(" on Monday, 3rd June 2024", ""),
        REFERENCED.replace(" on Wednesday 9th April 2025", ""),
    ],
)
def test_clerks_dated_line_under_a_summons_naming_no_date_is_not_the_meetings(text):
    # "Clerk to the Council, 28th May 2024", "Dated: 2nd April 2025": the summons' own date
    with pytest.raises(ParseError, match="could not read the date"):
        parse_agenda_notice(text)


def test_signature_date_alone_is_not_the_meetings():
    # the only full date is the clerk's: the meeting's "Thursday 6th March" has no year
    text = INVITED.replace("Thursday 6th March, 2025", "Thursday 6th March")
    text = text.replace("Thursday, 3rd April 2025", "Thursday, 3rd April")
    with pytest.raises(ParseError):
        parse_agenda_notice(text)


def test_venue_ends_before_words_in_lower_case():
    text = BODY_THEN_PLACE.replace(
        "of the Brackley Green Parish Council at Brackley Green Chapel Rooms on Tuesday 4th March 2025 at 7.00pm.",
        "of Brackley Green Parish Council to be held on Tuesday 4th March 2025 at the Chapel Rooms at 7.00pm in line with standing orders",
    )
    m = parse_agenda_notice(text).meetings[0]
    assert m.venue == "the Chapel Rooms"


_BUSINESS = """\
AGENDA
1. Apologies for absence
2. Declarations of interest
3. Planning
Clerk to the Council, 1st May 2025
"""


@pytest.mark.parametrize(
    "notice, body",
    [
        (
            "Fenwick Parish Council\nThe Parish Council meeting will be held on Monday 12th May "
            "2025 at 7.30pm in the Village Hall.",
            "Fenwick Parish Council",  # the letterhead's name of the kind the notice names
        ),
        (
            "Councillors are summoned to attend an Extraordinary Meeting of the Fenwick Town "
            "Council at 7.30pm on Monday 12th May 2025 in the Village Hall.",
            "Fenwick Town Council",
        ),
    ],
)
def test_more_notice_wordings(notice, body):
    result = parse_document(notice + "\n" + _BUSINESS)
    assert result.source_kind == "agenda-notice"
    m = result.meetings[0]
    assert m.body_name == body
    assert m.date == date(2025, 5, 12)  # not the clerk's 1st May
    assert m.start_time == time(19, 30)
    assert m.venue == "the Village Hall"
    assert [i.title for i in m.items] == [
        "Apologies for absence",
        "Declarations of interest",
        "Planning",
    ]


# -- mangling -------------------------------------------------------------------------------

_JUNK = st.text(
    alphabet="AGENDA 1.4- Item 25/03 summonsed Monday 3rd June 2024, of\n:)", max_size=30
)


@MANGLING
@given(spliced([SUMMONSED, BODY_THEN_PLACE, INVITED, REFERENCED, " ".join(REFERENCED.split())]))
def test_mangled_summonses_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        assert all(m.date is not None for m in result.meetings)


@MANGLING
@given(
    mangled_lines(SUMMONSED.splitlines() + REFERENCED.splitlines() + INVITED.splitlines(), _JUNK)
)
def test_mangled_summons_lines_read_or_refused(text):
    result = read_or_refused(parse_agenda_notice, text)
    if result is not None:
        # a summons' own date, the clerk's and the next meeting's are never read as the meeting's
        for m in result.meetings:
            assert m.date not in (date(2024, 5, 28), date(2025, 4, 2), date(2025, 5, 14))
            assert m.date not in (date(2025, 2, 27), date(2025, 4, 3))


_SUMMONS = (
    "You are hereby summoned to attend a meeting of Fenwick Parish Council to be held in the "
    "Village Hall on Monday 12th May 2025 at 7.30pm."
)


@pytest.mark.parametrize(
    "business",
    [
        "AGENDA\n1.\nApologies for absence\n2.\nDeclarations of interest\n3.\nPlanning\n",
        "AGENDA\nAgenda Item 1 Apologies for absence\nAgenda Item 2 Declarations of interest\n"
        "Agenda Item 3 Planning\n",
        "AGENDA\n(1) Apologies for absence\n(2) Declarations of interest\n(3) Planning\n",
    ],
)
def test_item_numbers_printed_apart_or_bracketed(business):
    m = parse_agenda_notice(_SUMMONS + "\n" + business).meetings[0]
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Planning"),
    ]


_ITEMS = "1. Apologies for absence\n2. Declarations of interest\n3. Planning\n"


@pytest.mark.parametrize(
    "title",
    [
        "AGENDA\nfor the meeting of the Parish Council on Monday 12th May 2025 at 7.30pm in the Village Hall",
        "Agenda for the Parish Council Meeting on Monday 12th May 2025 at 7.30pm in the Village Hall",
    ],
)
def test_agenda_title_naming_its_meeting_under_the_council_letterhead(title):
    m = parse_document("FENWICK PARISH COUNCIL\n" + title + "\n" + _ITEMS).meetings[0]
    assert m.body_name == "Fenwick Parish Council"
    assert m.date == date(2025, 5, 12)
    assert m.start_time == time(19, 30)
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_letterhead_of_another_kind_or_far_above_names_nothing():
    title = "Agenda for the Parish Council Meeting on Monday 12th May 2025 at 7.30pm\n"
    other = parse_document("FENWICK TOWN COUNCIL\n" + title + _ITEMS).meetings[0]
    assert other.body_name == "Parish Council" and other.body_kind_only
    far = "FENWICK PARISH COUNCIL\nClerk: A Person\nTel 01234 567890\nclerk@example.org\n"
    m = parse_document(far + title + _ITEMS).meetings[0]
    assert m.body_name == "Parish Council" and m.body_kind_only


def test_agenda_title_with_initials_names_no_body():
    text = "Agenda for MSCC Meeting on 21st May 2025\n" + _ITEMS
    assert not looks_like_agenda_notice(text)


_PLAIN_ITEMS = "AGENDA\n1. Apologies\n2. Declarations of interest\n3. Planning\n"


@pytest.mark.parametrize(
    "head",
    [
        "SUMMONS TO ATTEND A MEETING OF FENWICK PARISH COUNCIL\n"
        "Monday 12th May 2025 at 7.30pm in the Village Hall",
        "FENWICK PARISH COUNCIL\nNotice is given that the next Parish Council meeting will take "
        "place on Monday 12th May 2025 at 7.30pm in the Village Hall.",
        "FENWICK PARISH COUNCIL\nThe next meeting of the Parish Council will take place on "
        "Monday 12th May 2025 at 7.30pm in the Village Hall.",
    ],
)
def test_summons_heading_and_take_place_wordings(head):
    result = parse_document(head + "\n" + _PLAIN_ITEMS)
    assert result.source_kind == "agenda-notice"
    m = result.meetings[0]
    assert m.body_name == "Fenwick Parish Council"
    assert m.date == date(2025, 5, 12)
    assert m.start_time == time(19, 30)
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_summons_sentence_over_front_sheet_labels_names_the_body():
    text = (
        "FENWICK PARISH COUNCIL\n"
        "You are hereby summoned to attend the meeting of Fenwick Parish Council\n"
        "Date: Monday 12th May 2025\nTime: 7.30pm\nVenue: Village Hall\n"
        + _PLAIN_ITEMS
        + "Signed A Person, Clerk 6th May 2025\n"
    )
    m = parse_document(text).meetings[0]
    assert m.body_name == "Fenwick Parish Council"  # not the summons' sentence
    assert m.date == date(2025, 5, 12)
    assert [i.number for i in m.items] == ["1", "2", "3"]


# A record of a meeting whose opening mentions the next one: its closing line is no notice.
RECORD_THEN_NEXT = """\
Notes of the informal gathering of councillors, 3rd May 2024

The next Parish Council meeting will be held on 5 June 2024 at 7.30pm in the Village Hall.

1. Councillors discussed the play area.
2. The footpath was noted.
3. Any other business.
"""


def test_notice_of_the_next_meeting_under_a_records_heading_is_no_notice():
    read = read_or_refused(parse_document, RECORD_THEN_NEXT)
    assert read is None or all(m.date != date(2024, 6, 5) for m in read.meetings)
    with pytest.raises(ParseError):
        parse_agenda_notice(RECORD_THEN_NEXT)
    # the same notice with no record's heading over it is the page's notice
    notice = RECORD_THEN_NEXT.replace("Notes of the informal gathering of councillors, ", "")
    meeting = parse_agenda_notice(notice).meetings[0]
    assert meeting.date == date(2024, 6, 5) and meeting.body_name == "Parish Council"
