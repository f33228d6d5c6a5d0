"""Issue 14, the thirty-second fidelity round: parish minutes on web pages with unusual
numbering and attendance: a list's numbering lost ("1." on every minute), minutes printed as
bullets ("- Apologies:"), the annual parish meeting of a named council, the plural
honorific with a dash after it, and the time printed on a line under a title that names
only the date. Each test's text is written for the test; never invent."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import _labelled
from moot.ingest.parse.minutes_items import _dated_line_time
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.ingest.mangling import read_or_refused

# Bulleted minutes: each minute's heading a bullet ending in its colon.
BULLETED = """Minutes of the Annual Parish Meeting of Oakbridge Parish Council held on Tuesday 3 May 2011 at the Village Hall at 7.30pm
Present: Councillor A Baker (Chairman)
Councillors: Carter, Mrs. D Evans and Fisher.
- Apologies:
Apologies were received from Cllr. Mrs. G Hughes and Cllr. Ian Jarvis.
- Declarations of Interest:
None.
- Village Hall Report
Cllr. Carter reported that the roof of the Old Forge had been mended.
- Any Other Business
Cllr. Fisher would speak to the owner of Mill Lane Farm.
"""


def test_a_bulleted_minutes_heading_ends_the_apologies_list():
    labels = _labelled(BULLETED)
    assert "Declarations" not in labels["apologies"][0]
    (m,) = parse_document(BULLETED).meetings
    assert sorted(p.name.split()[-1] for p in m.attendance.apologies) == ["Hughes", "Jarvis"]


def test_the_annual_parish_meeting_of_a_named_council_is_the_parish_meeting():
    (m,) = parse_printed_minutes(BULLETED).meetings
    assert m.body_name == "Oakbridge Parish Meeting"
    assert m.date == date(2011, 5, 3)
    # the council's own annual meeting stays the council's
    own = BULLETED.replace("Annual Parish Meeting of", "Annual Meeting of", 1)
    assert parse_printed_minutes(own).meetings[0].body_name == "Oakbridge Parish Council"


def test_an_attendance_label_printed_as_a_bullet_is_no_minute_heading():
    text = "Present:\n- Councillors:\nCllr A Baker, Cllr B Carter\n- Apologies:\nCllr C Dunn\n"
    labels = _labelled(text)
    assert "Carter" in " ".join(labels["present"])


def test_the_plural_honorific_with_a_dash_keeps_the_first_name():
    found = split_name_list("Councillors – Ann Baker(Chair), Bill Carter, Dora Evans")
    assert [p.name for p in found] == ["Cllr Ann Baker", "Cllr Bill Carter", "Cllr Dora Evans"]
    assert found[0].role_text == "Chair"


LOST = """Minutes for Parish Council meeting 9th March 2020

Minutes from council meeting on March 9th 2020 7.30pm in the Village Hall.

Present: Cllr A Baker (Chair), Cllr B Carter, Cllr D Evans

  1. Apologies: Cllr Fisher

  1. To receive declarations of interest in accordance with the Localism Act 2011 and to receive any requests for dispensation from members, which may be made at this point. None.

  1. Grass cutting: three quotes were received for the cutting of the green.  Council resolved to accept the lowest quote from the contractor.

  1. Correspondence
"""


def test_long_paragraphs_under_a_lost_numbering_are_minutes():
    (m,) = parse_printed_minutes(LOST).meetings
    titles = [i.title for i in m.items]
    assert [i.number for i in m.items] == ["1", "1", "1", "1"]
    assert titles[2] == "Grass cutting"
    assert titles[1].startswith("To receive declarations of interest")
    assert len(titles[1]) <= 150


def test_a_long_paragraph_numbered_after_another_number_is_still_not_a_minute():
    text = LOST.replace("  1. Apologies: Cllr Fisher", "  4. Apologies: Cllr Fisher", 1)
    (m,) = parse_printed_minutes(text).meetings
    assert "Grass cutting" not in [i.title for i in m.items]


def test_the_time_on_a_line_naming_the_meetings_own_date():
    (m,) = parse_printed_minutes(LOST).meetings
    assert m.start_time == time(19, 30)
    assert _dated_line_time("Minutes of the meeting on 9th March 2020 at 8pm", date(2020, 3, 9))
    # another day's, or the previous meeting's, time is not this meeting's
    assert _dated_line_time("Meeting on 2nd March 2020 at 8pm", date(2020, 3, 9)) is None
    assert _dated_line_time("Previous meeting 9th March 2020 at 8pm", date(2020, 3, 9)) is None


@given(st.text(max_size=300), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
def test_dated_line_time_never_fails(text, day):
    found = _dated_line_time(text, day)
    assert found is None or isinstance(found, time)


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=len(BULLETED)), st.text(max_size=40))
def test_mangled_bulleted_minutes_are_read_or_refused(cut, noise):
    for text in (BULLETED[:cut] + noise + BULLETED[cut:], LOST[: cut % len(LOST)] + noise):
        read_or_refused(parse_document, text)


OVER = """Elmstead Parish Council.

Annual Meeting, Elmstead Primary School, 7:45pm 14th May 2012

Present: Anne Baker(Chairman), Colin Dunn, Eve Frost, Gail Hunt(Clerk)

1.0 Apologies for Absence. None received
2.0 Election of Chairman.
2.1 AB was re-elected.
3.0 Minutes of the previous meeting.
"""


def test_the_councils_name_over_a_meeting_line_with_no_held():
    (m,) = parse_document(OVER).meetings
    assert m.body_name == "Elmstead Parish Council"
    assert m.date == date(2012, 5, 14)
    assert m.start_time == time(19, 45)
    assert m.kind == "annual"
    assert [i.number for i in m.items] == ["1.0", "2.0", "3.0"]


def test_a_meeting_line_under_a_councils_name_is_no_heading_without_attendance():
    notice = OVER.split("Present:")[0] + "AGENDA\n1. Apologies\n2. Minutes\n"
    try:
        result = parse_printed_minutes(notice)
    except ParseError:
        return
    assert result.meetings[0].body_name != "Elmstead Parish Council"


ATTENDING = """Minutes of the Parish Council Meeting held on 2 June 2021 at 7pm

Present: Cllrs. A Baker, C Dunn

In Attendance: Major Eve Frost.. G H Irwin (Clerk to the Council).

Declared Interests: None.

Chairman’s Remarks: None

  1. Minutes of the last meeting
"""


def test_a_doubled_stop_parts_two_entries_and_the_stop_ends_the_labels_line():
    labels = _labelled(ATTENDING)
    assert "Declared" not in labels["in"][0]
    names = [p.name for p in split_name_list("Major Eve Frost.. G H Irwin (Clerk to the Council).")]
    assert names == ["Major Eve Frost", "G H Irwin"]
    (m,) = parse_document(ATTENDING).meetings
    assert sorted(p.name.split()[-1] for p in m.attendance.in_attendance) == ["Frost", "Irwin"]


def test_it_was_therefore_agreed_is_a_decision():
    from moot.ingest.parse.common import agreed_decisions

    text = "Two people were approached. It was therefore agreed unanimously that AB would write."
    assert len(agreed_decisions(text)) == 1
    assert agreed_decisions("It was therefore not clear who would write.") == []


GLUED = """Minutes of the Parish Council Meeting held on the 5th October 2016
Cllr Ann Baker - ChairCllr Colin Dunn
Cllr Eve FrostCllr Gail Hunt
Cllr Ian JonesClerk, Kate Lane
8 Members of the Public
16/301Apologies for Absence: None.
16/302Declarations of Interest: None.
16/303Minutes of the Parish Council Meeting held on the 7th September 2016: these were approved as a correct record and signed.
16/304 Highways: The Clerk had reported the pothole on the lane by the church to the county council again.
"""


def test_two_columns_glued_together_are_parted_and_the_clerk_attends():
    from moot.ingest.parse.minutes_tables import part_glued_columns

    assert part_glued_columns("Cllr Eve FrostCllr Gail Hunt").split() == [
        "Cllr",
        "Eve",
        "Frost",
        "Cllr",
        "Gail",
        "Hunt",
    ]
    # a line that does not open with an honorific is left as it is
    assert part_glued_columns("The McClerk report") == "The McClerk report"
    (m,) = parse_printed_minutes(GLUED).meetings
    assert [p.name.split()[-1] for p in m.attendance.present] == [
        "Baker",
        "Dunn",
        "Frost",
        "Hunt",
        "Jones",
    ]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [("Kate Lane", "Clerk")]


def test_year_first_numbers_run_into_titles_and_follow_each_other():
    from moot.ingest.parse.minutes_items import running_number

    assert running_number("16/224") == 224
    assert running_number("77/21") == 77
    (m,) = parse_printed_minutes(GLUED).meetings
    assert [i.number for i in m.items] == ["16/301", "16/302", "16/303", "16/304"]
    assert m.items[0].title.startswith("Apologies for Absence")
    # the count of the public is no minute
    assert "8" not in [i.number for i in m.items]


@given(st.text(max_size=200))
def test_part_glued_columns_never_fails_and_only_adds_spaces(text):
    from moot.ingest.parse.minutes_tables import part_glued_columns

    parted = part_glued_columns(text)
    assert parted.replace(" ", "") == text.replace(" ", "")


@settings(max_examples=60)
@given(st.integers(min_value=0, max_value=len(GLUED)), st.text(max_size=40))
def test_mangled_glued_minutes_are_read_or_refused(cut, noise):
    read_or_refused(parse_document, GLUED[:cut] + noise + GLUED[cut:])


def test_the_last_minutes_approved_in_a_word_or_two_is_a_decision():
    from moot.ingest.parse.minutes_items import minutes_approved

    assert minutes_approved("Minutes of last meeting:", "Approved and signed") == [
        "Approved and signed"
    ]
    assert minutes_approved("Minutes of the meeting held on the 6th July 2016:Agreed.", "")
    assert minutes_approved(
        "Minutes of the meeting 4 May 2021", "These were agreed and signed as a true record"
    )
    # another title, or more said than the approval, is none
    assert minutes_approved("Finance:", "Approved and signed") == []
    assert minutes_approved("Minutes of last meeting:", "Agreed that the Clerk would write") == []
    (m,) = parse_printed_minutes(GLUED).meetings
    # ("...: these were approved as a correct record and signed." is read by the older
    # rule, once)
    assert len(m.items[2].resolutions) == 1


@given(st.text(max_size=80), st.text(max_size=120))
def test_minutes_approved_never_fails(title, body):
    from moot.ingest.parse.minutes_items import minutes_approved

    assert len(minutes_approved(title, body)) <= 1


def test_a_flattened_councils_name_over_a_meeting_line_is_put_back_on_its_line():
    from moot.ingest.parse.unflatten import unflatten

    minutes = OVER + (
        "4.0 Finance.\n4.1 The yearly report was handed out to all councillors and the total of"
        " the donations received over the year was questioned by the members present.\n" * 4
    )
    flat = " ".join(minutes.split())
    assert unflatten(flat).startswith("Elmstead Parish Council.\n")
    (m,) = parse_document(flat).meetings
    assert m.body_name == "Elmstead Parish Council"
    assert m.date == date(2012, 5, 14)
