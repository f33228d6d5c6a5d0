"""Issue 14, the thirty-first fidelity round: town and community councils' minutes (Welsh
and Scottish), flattened or not, with attendance in prose and bilingual headings. Each
rule is tested on text written for the test; never invent: what cannot be told is left
out."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.agenda_pack import is_prose_paragraph

_PROSE = (
    "Cllr Ash welcomed everyone to the meeting, and stated that he was pleased to see the "
    "public in attendance. He reminded them that they could not join in the business of "
    "the meeting. He also stated that the role of the clerk was to advise the council."
)


def test_a_present_list_ends_where_the_minutes_prose_begins():
    text = (
        "Minutes of the meeting of Town Council held on 3rd June 2019.\n\n"
        "Present: Cllrs Anna Ash (Chair), Ben Birch, Carl Cedar and Dora Dunn. Also "
        "present were three members of the public.\n\n"
        f"{_PROSE}\n\n"
        "Accept apologies for absence: These were received from Cllrs Eve Elm and Finn "
        "Fir. Cllr Birch declared an interest in the item on the Gala Day. Review and agree "
        "the minutes of the previous meeting on 7th May 2019. " + "These were signed. " * 30
    )
    (m,) = parse_document(text).meetings
    present = [p.name for p in m.attendance.present]
    assert present == ["Cllr Anna Ash", "Cllr Ben Birch", "Cllr Carl Cedar", "Cllr Dora Dunn"]
    assert "Gala Day" not in " ".join(present)


def test_a_prose_paragraph_is_told_from_a_list_of_names():
    assert is_prose_paragraph(_PROSE)
    names = ", ".join(f"Cllr Mrs. A. Name{k} (Chair)" for k in range(12)) + "."
    assert not is_prose_paragraph(names)
    assert not is_prose_paragraph("He said so. She agreed. They left.")  # too short


@given(st.text(max_size=400))
def test_is_prose_paragraph_never_fails(text):
    assert is_prose_paragraph(text) in (True, False)


@given(st.text(alphabet="Present: Cllr Ash welcomed.,\n abc", max_size=600))
def test_minutes_with_prose_after_a_list_refuse_or_read(text):
    with contextlib.suppress(ParseError):
        parse_document("Minutes of the meeting of Town Council held on 3rd June 2019.\n" + text)


_STACKED = (
    "12\n\nLLANFAIR TOWN COUNCIL\n\nMONTHLY MEETING OF THE COUNCIL\n\nHELD ON 14TH MARCH 2018\n\n"
    "The Mayor presided over the monthly meeting held in the Town Hall.\n\n"
    "PRESENT: Cllrs: Anna Ash, Ben Birch,\n\nCarl Cedar, Dora Dunn,\n\n"
    "Eve Elm and Finn Fir\n\n"
    "101. APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr Gwen Gorse.\n\n"
    "102. DECLARATIONS OF INTEREST\n\nNone.\n"
)


def test_a_councils_name_over_its_meetings_title_over_held_on_is_the_heading():
    (m,) = parse_document(_STACKED).meetings
    assert m.body_name == "Llanfair Town Council"
    assert m.date.isoformat() == "2018-03-14"
    assert [i.number for i in m.items] == ["101", "102"]


def test_a_present_list_goes_on_over_lines_each_ending_in_a_comma():
    (m,) = parse_document(_STACKED).meetings
    present = [p.name.replace("Cllrs: ", "") for p in m.attendance.present]
    assert present == ["Anna Ash", "Ben Birch", "Carl Cedar", "Dora Dunn", "Eve Elm", "Finn Fir"]


def test_a_council_over_a_title_without_held_is_no_heading():
    # an agenda's title: no "held" line, no one attended
    text = (
        "LLANFAIR TOWN COUNCIL\n\nMONTHLY MEETING OF THE COUNCIL\n\nTO BE HELD ON 14TH MARCH 2018\n"
    )
    try:
        result = parse_document(text)
    except ParseError:
        return
    assert all(m.attendance is None or not m.attendance.present for m in result.meetings)


_WELSH = (
    "CYNGOR CYMUNED COMMUNITY COUNCIL\n\n"
    "Neuadd y Pentref, Llan Cofnodion Cyfarfod Minutes of the Meeting 9 Mehefin / June 2022\n\n"
    "PRESENNOL/PRESENT Cllrs. A. Ash B. Birch C. Cedar\n\n"
    "PRESENNOL HEFYD/ ALSO PRESENT D. Dunn\n\n"
    "The Meeting was declared open at 7.15pm\n\n"
    "1 Ymddiheuriadau/Apologies. None.\n\n"
    "2 Cyhoeddiadau/Announcements. None.\n"
)


def test_a_welsh_kind_over_a_bilingual_date_over_presennol_is_read():
    (m,) = parse_document(_WELSH).meetings
    assert m.body_name == "Community Council"
    assert m.date.isoformat() == "2022-06-09"
    assert m.start_time.strftime("%H:%M") == "19:15"
    assert [p.name.split()[-1] for p in m.attendance.present] == ["Ash", "Birch", "Cedar"]
    assert "Dunn" not in " ".join(p.name for p in m.attendance.present)


def test_a_bilingual_month_is_read_only_where_the_second_is_a_month():
    from moot.ingest.parse.minutes_headings import heading_date

    assert heading_date("Minutes of the Meeting 13 Mai / May 2021").isoformat() == "2021-05-13"
    assert heading_date("Minutes of the Meeting 13 Mai / Foo 2021") is None


@given(st.text(alphabet="PRESENNOL/ Cllrs.ABC HEFYD\n13 Mai/May 2021", max_size=300))
def test_welsh_labels_refuse_or_read(text):
    with contextlib.suppress(ParseError):
        parse_document(_WELSH[:120] + text)


_BILINGUAL_FLAT = (
    "Cyngor Tref Llanfair :: Llanfair Town Council Cofnodion Cyfarfod o’r Cyngor gynhaliwyd "
    "nos Lun, 6 Mehefin 2016 am 7.00yh yn Neuadd y Dref. Minutes of the Council Meeting held on "
    "Monday, 6 June 2016 at 7.00pm at the Town Hall, Llanfair. Presennol /Present —Y "
    "Cynghorwyr /Councillors Anna Ash (yn y gadair /in the chair), Ben Birch, Carl Cedar, "
    "Dora Dunn (gadawodd am/left at 8.15pm ). 1. Croeso’r Cadeirydd. The Chair’s Welcome. "
    + "Croesawodd y Maer bawb i’r cyfarfod a diolchodd i’r gwirfoddolwyr am eu gwaith. "
    * 8
)


def test_a_welsh_and_english_name_with_a_mark_between_names_the_body():
    from moot.ingest.parse.common import english_council_name

    assert english_council_name("Cyngor Tref Aberaeron :: Aberaeron Town Council") == (
        "Aberaeron Town Council"
    )
    assert english_council_name("Aberaeron Town Council") == "Aberaeron Town Council"
    (m,) = parse_document(_BILINGUAL_FLAT).meetings
    assert m.body_name == "Llanfair Town Council"
    assert m.date.isoformat() == "2016-06-06"


def test_presennol_with_the_welsh_honorific_opens_the_present_list_in_flattened_text():
    (m,) = parse_document(_BILINGUAL_FLAT).meetings
    assert [p.name.split()[-1] for p in m.attendance.present] == ["Ash", "Birch", "Cedar", "Dunn"]


def test_a_lone_first_minute_in_small_letters_starts_its_line_in_flattened_text():
    from moot.ingest.parse.unflatten import unflatten

    assert "\n1. Croeso’r Cadeirydd" in unflatten(_BILINGUAL_FLAT)
    (m,) = parse_document(_BILINGUAL_FLAT).meetings
    assert [(i.number, i.title) for i in m.items] == [("1", "Croeso’r Cadeirydd")]


@given(st.text(alphabet="Cyngor Tref :: Town Council Presennol /Present —Y1. ab", max_size=700))
def test_welsh_flattened_minutes_refuse_or_read(text):
    with contextlib.suppress(ParseError):
        parse_document(_BILINGUAL_FLAT[:200] + text)


def test_a_councils_name_and_its_meetings_title_flattened_onto_one_line_are_the_heading():
    from moot.ingest.parse.minutes_headings import COUNCIL_OVER_HELD_HEAD_RE

    flat = " ".join(_STACKED.split())
    (m,) = parse_document(flat).meetings
    assert m.body_name == "Llanfair Town Council"
    assert m.date.isoformat() == "2018-03-14"
    # without "of the council" the words on one line are not this heading
    assert not COUNCIL_OVER_HELD_HEAD_RE.search(
        "LLANFAIR TOWN COUNCIL MONTHLY MEETING HELD ON 1 MAY 2018"
    )
    assert COUNCIL_OVER_HELD_HEAD_RE.search(
        "LLANFAIR TOWN COUNCIL\nMONTHLY MEETING\nHELD ON 1 MAY 2018"
    )


def test_one_address_line_between_the_kind_of_council_and_its_heading_line_is_allowed():
    text = _WELSH.replace(
        "CYNGOR CYMUNED COMMUNITY COUNCIL\n\n",
        "CYNGOR CYMUNED COMMUNITY COUNCIL\n\nYr Hen Ysgol, Llan, LL00 0AA Clerk: Gwen Gorse\n\n",
    )
    (m,) = parse_document(text).meetings
    assert m.body_name == "Community Council"
    assert m.date.isoformat() == "2022-06-09"
    # two lines between: the kind of council is not the heading's
    two = text.replace("Clerk: Gwen Gorse\n\n", "Clerk: Gwen Gorse\n\nTel 01234 567890 ext 12\n\n")
    with contextlib.suppress(ParseError):
        assert parse_document(two).meetings[0].body_name != "Community Council"


def test_a_flattened_minutes_title_ends_at_a_persons_initial():
    from moot.ingest.parse.unflatten import flat_title

    assert flat_title("Welcome and Apologies V Salvage, V Bland had sent apologies.") == (
        "Welcome and Apologies"
    )
    # "A" and "I" are words, not initials
    assert flat_title("Welcome I Hope and Thanks") == "Welcome I Hope and Thanks"


@given(st.text(alphabet="ABV Salvage Welcome and Apologies,.", max_size=120))
def test_flat_title_never_fails(text):
    from moot.ingest.parse.unflatten import flat_title

    assert isinstance(flat_title(text), str)


def test_the_time_under_a_heading_without_one_is_read_from_the_held_sentence_of_that_date():
    from datetime import date

    from moot.ingest.parse.minutes_items import held_at_time

    (m,) = parse_document(_STACKED).meetings
    assert m.start_time is None  # no time printed
    timed = _STACKED.replace(
        "held in the Town Hall.", "held in the Town Hall on Wednesday, 14th March 2018, at 7.30 pm."
    )
    (m,) = parse_document(timed).meetings
    assert m.start_time.strftime("%H:%M") == "19:30"
    # another meeting's date gives nothing
    other = "The meeting held on 1st March 2018, at 6 pm was adjourned."
    assert held_at_time(other, date(2018, 3, 14)) is None


@given(st.text(alphabet="held on 14 March 2018, at 7.30 pm.x", max_size=200))
def test_held_at_time_never_fails(text):
    from datetime import date

    from moot.ingest.parse.minutes_items import held_at_time

    held_at_time(text, date(2018, 3, 14))


def test_a_flattened_list_ends_with_the_sentence_of_its_last_name():
    from moot.ingest.parse.minutes_attendance import list_before_prose

    text = (
        "These were received from Cllrs Eve Elm OBE and Finn Fir. Declare any interests in "
        "the items below, then the rest"
    )
    assert list_before_prose(text) == "These were received from Cllrs Eve Elm OBE and Finn Fir"
    # an honorific's full stop is no sentence's end
    text = "Cllr Ash and Mrs. Birch said they would write to the council, then more"
    assert list_before_prose(text) == "Cllr Ash"


@given(st.text(alphabet="Cllr Ash and Mrs. Birch said. Then, the", max_size=200))
def test_list_before_prose_never_fails(text):
    from moot.ingest.parse.minutes_attendance import list_before_prose

    assert text.startswith(list_before_prose(text))
