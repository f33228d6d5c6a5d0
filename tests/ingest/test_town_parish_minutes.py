"""Town and parish minutes: short headings, one-line lists of names, minute numbers of
several styles. Invented councils and names; the real documents are in tests/fidelity/."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.minutes_headings import heading_date
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import MANGLING, asks_for_body, read_or_refused, spliced

SHORT = """Minutes of the ANNUAL PARISH COUNCIL MEETING held on the 3rd June 2024 at 7.15pm
at the Reading Room, Little Woldham.

Present:  Cllr Q Ashby (Chair), Cllr R Blewitt, Cllr T Crane & Cllr V Dunmore.
In attendance:  Mrs W Ellery (Clerk) and County Cllr Y Fenwick.

Cllr Quentin Ashby opened the meeting.

1.    Election of Chair
•    Cllr Q Ashby was elected as Chair.

2.    To receive apologies for absence
•    Cllr Z Gorringe & Cllr A Halloran sent apologies.
3.    To receive declarations of interests
•    None
3.1.  Cllr Crane asked a question.
4.    Minutes of the previous meeting
It was RESOLVED that the minutes be signed.
"""

NUMBERED = """Minutes of Parish Council 14 January 2025

THOSE ATTENDING:

Cllr B Ibbotson

Cllr Jephcott (Chair)

IN ATTENDANCE:

Mrs C Kettley, Parish Clerk, Mr D E Lumb Deputy Parish Clerk, and Mr F Mardle Finance Officer.

P101/25      1.         APOLOGIES FOR ABSENCE.

Cllr G Nettle and Cllr H Oakes (holiday). The meeting accepted these reasons.

P102/25      2.         PUBLIC QUESTIONS.

No questions had been received.
"""


def test_a_short_heading_and_one_line_lists_are_read():
    assert detect_kind(SHORT) in {"agenda-pack", "printed-minutes"}
    (m,) = parse_printed_minutes(SHORT).meetings
    assert (m.body_name, m.kind, m.date, m.start_time) == (
        "Parish Council",
        "annual",
        date(2024, 6, 3),
        time(19, 15),
    )
    assert [p.name for p in m.attendance.present] == [
        "Cllr Q Ashby",
        "Cllr R Blewitt",
        "Cllr T Crane",
        "Cllr V Dunmore",
    ]
    # "County Cllr": the tier is not part of the name; the line after the list is not read
    assert [p.name for p in m.attendance.in_attendance] == ["Mrs W Ellery", "Cllr Y Fenwick"]
    assert [p.name for p in m.attendance.apologies] == ["Cllr Z Gorringe", "Cllr A Halloran"]
    # "3.1" is a paragraph of minute 3, not a minute
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    assert len(m.items[3].resolutions) == 1


def test_minute_numbers_with_a_prefix_and_an_item_number():
    result = parse_document(NUMBERED)
    (m,) = result.meetings
    assert (m.body_name, m.date) == ("Parish Council", date(2025, 1, 14))
    assert [(i.number, i.title) for i in m.items] == [
        ("P101/25", "APOLOGIES FOR ABSENCE."),
        ("P102/25", "PUBLIC QUESTIONS."),
    ]
    assert [p.name for p in m.attendance.present] == ["Cllr B Ibbotson", "Cllr Jephcott"]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [
        ("Mrs C Kettley", ""),
        ("Mr D E Lumb", "Deputy Parish Clerk"),
        ("Mr F Mardle", "Finance Officer"),
    ]
    assert [p.name for p in m.attendance.apologies] == ["Cllr G Nettle", "Cllr H Oakes"]


def test_a_parish_meeting_is_its_own_body():
    text = (
        "Minutes of Annual Parish Meeting Monday 12th May 2025 at 7.30pm\n\n"
        "Present: Cllrs Ann Pybus, Ben Quayle and Mrs C Rudd (Clerk)\n\n"
        "1. No apologies\n\n2. The Chairman's report\n"
    )
    (m,) = parse_printed_minutes(text).meetings
    assert (m.body_name, m.kind, m.date) == ("Parish Meeting", "annual", date(2025, 5, 12))
    assert [p.name for p in m.attendance.present] == [
        "Cllr Ann Pybus",
        "Cllr Ben Quayle",
        "Mrs C Rudd",
    ]


def test_people_absent_without_apologies_are_in_no_list():
    text = (
        "Minutes of the Town Council Meeting 2nd March 2025\n\n"
        "Present: Cllr A Sowerby, Cllr B Tunstall.\n\n"
        "Councillors not present: C Umpleby and D Varley.\n\n"
        "101. Apologies for Absence\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert [p.name for p in m.attendance.present] == ["Cllr A Sowerby", "Cllr B Tunstall"]
    assert m.attendance.apologies == []


def test_a_year_is_taken_only_from_the_same_day_and_month_before_the_heading():
    assert heading_date("held on Monday 12th September at 7pm", "Meeting 12th Sept 2016") == date(
        2016, 9, 12
    )
    # another day's date is no source for the year: nothing is guessed
    assert heading_date("held on Monday 12th September at 7pm", "Meeting 13th Sept 2016") is None
    assert heading_date("held on Monday 12th September at 7pm", "") is None
    assert heading_date("held on October 30th 2023", "") == date(2023, 10, 30)


def test_a_heading_without_a_year_is_refused():
    text = (
        "MINUTES of the meeting of WYKEHAM PARISH COUNCIL held on Monday 12th September at "
        "7pm in the Village Hall.\n\nPresent were Mr A Wold (Chairman) and Mrs B Yarrow.\n"
    )
    try:
        parse_printed_minutes(text)
    except ParseError as exc:
        assert "date" in str(exc)
    else:
        raise AssertionError("a date without its year was accepted")


def test_one_line_lists_of_names():
    people = split_name_list(
        "Cllr Mr G. Abel – Chairman, Cllrs J Brind, G Brind, Cllr R Cole and the Clerk – "
        "Ann Dakin. Cllr Abel opened the meeting."
    )
    assert [(p.name, p.role_text) for p in people] == [
        ("Cllr Mr G. Abel", "Chairman"),
        ("Cllr J Brind", ""),
        ("Cllr G Brind", ""),
        ("Cllr R Cole", ""),
        ("Ann Dakin", "the Clerk"),
    ]
    assert [
        p.name for p in split_name_list("Apologies received from Cllrs Eke, Fane and Gill.")
    ] == [
        "Cllr Eke",
        "Cllr Fane",
        "Cllr Gill",
    ]
    assert split_name_list("One member of the public and 2 other residents") == []
    assert [p.name for p in split_name_list("Mrs. E. Hale (EH), D.J.E. Ince (DJEI)")] == [
        "Mrs E. Hale",
        "D.J.E. Ince",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_a_list_of_any_text_gives_only_names(text):
    for entry in split_name_list(text):
        assert entry.name.strip()
        assert "\n" not in entry.name
        assert not any(ch.isdigit() for ch in entry.name)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_heading_date_never_raises(sentence, before):
    result = heading_date(sentence, before)
    assert result is None or isinstance(result, date)


@settings(MANGLING, max_examples=120)
@given(spliced([SHORT, NUMBERED], "Cllr &;()/.:,0123456789\nRESOLVEDPresnt", junk=15))
def test_mangled_town_and_parish_minutes_parse_or_fail_cleanly(text):
    result = read_or_refused(parse_document, text)
    # minutes are refused, not read, without their date; without their body, it is asked for
    for m in result.meetings if result else []:
        assert m.date is not None and (m.body_name or asks_for_body(result))


def test_a_tiered_councillor_after_a_plural_list_is_one_person_not_two():
    from moot.ingest.parse.name_lists import split_name_list

    people = split_name_list("Cllrs B Smith, C Brown and County Councillor Jones")
    assert [p.name for p in people] == ["Cllr B Smith", "Cllr C Brown", "Councillor Jones"]
    people = split_name_list("Cllr Smith District Councillor P Morgan")
    assert [p.name for p in people] == ["Cllr Smith", "Councillor P Morgan"]
