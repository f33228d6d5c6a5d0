"""Issue 14, the thirty-seventh fidelity round: Welsh community and town councils' minutes
printed in Welsh only: the heading in Welsh ("Cofnodion o gyfarfod o Gyngor Cymuned X a
gynhaliwyd nos Lun, 9fed Mawrth 2020"), dates with Welsh month names and ordinals, the
kind of council on a line over "the Council", and the Welsh attendance labels. Each test's
text is written for the test; never invent (a Welsh month's name is read only with a day
and a year around it)."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import english_welsh_dates
from moot.ingest.parse.minutes_attendance import welsh_apologies
from moot.ingest.parse.minutes_headings import english_welsh_heading
from moot.ingest.parse.minutes_items import part_run_in_minutes
from moot.ingest.parse.name_lists import split_name_list
from moot.ingest.parse.printed_minutes import looks_like_printed_minutes


def test_welsh_dates_are_read_with_their_day_and_year():
    assert english_welsh_dates("nos Fercher 30 Medi 2020") == "nos Fercher 30 September 2020"
    assert english_welsh_dates("Nos Iau y 21ain o Ionawr 2021") == "Nos Iau y 21 January 2021"
    assert english_welsh_dates("NOS IAU 3ydd o FEHEFIN 2021") == "NOS IAU 3 June 2021"
    assert english_welsh_dates("nos Lun, Mawrth y 2il 2020") == "nos Lun, 2 March 2020"
    assert english_welsh_dates("ddydd Mawrth Rhagfyr 1af, 2020") == "ddydd Mawrth 1 December 2020"
    assert english_welsh_dates("12fed o Ragfyr 2023") == "12 December 2023"


def test_welsh_month_words_alone_are_not_dates():
    # "Mai" is also "that", "Mawrth" also Tuesday: without a day and a year, no date
    for text in (
        "Nodwyd mai 2 aelod oedd yn bresennol",
        "Nos Iau 9fed Mai",
        "ddydd Mawrth 14 2024",
        "nos Fawrth 3 2022",
        "Mai 2024",
    ):
        assert english_welsh_dates(text) == text


WELSH_ONLY = """Cyfarfod o Gyngor Cymuned Llanfair Isaf

a gynhaliwyd yn Neuadd y Pentref am 7.30 y.h. nos Fawrth 12fed o Fawrth 2024

Yn bresennol: Cyng. Alun Morgan (Cadeirydd), Bethan Owen, Dafydd R Price a Gwen Thomas

Ymddiheuriadau: Cyng. Huw Evans

Aelodau'r Cyhoedd: Mr Ifan Lloyd

1. Datgan Diddordeb
Dim.

2. Cofnodion
Derbyniwyd y cofnodion fel rhai cywir.
"""


def test_a_welsh_only_heading_gives_date_body_and_time():
    assert looks_like_printed_minutes(WELSH_ONLY)
    (m,) = parse_document(WELSH_ONLY).meetings
    assert m.date == date(2024, 3, 12)
    assert m.body_name == "Llanfair Isaf Community Council"
    assert m.start_time == time(19, 30)


def test_welsh_attendance_labels_are_read():
    (m,) = parse_document(WELSH_ONLY).meetings
    assert [p.name.split()[-1] for p in m.attendance.present] == [
        "Morgan",
        "Owen",
        "Price",
        "Thomas",
    ]
    assert [p.name.split()[-1] for p in m.attendance.apologies] == ["Evans"]
    assert [p.name.split()[-1] for p in m.attendance.in_attendance] == ["Lloyd"]


KIND_OVER_THE_COUNCIL = """CYNGOR TREF

Cofnodion o gyfarfod o'r Cyngor a gynhaliwyd Nos Iau y 4ydd o Orffennaf 2024 am 7 o'r gloch.

Presennol ; Cyng. Elin Jones, Rhys Parry, Sioned Wyn

1. Croeso
Croesawyd pawb.
"""


def test_the_council_under_a_line_naming_its_kind():
    (m,) = parse_document(KIND_OVER_THE_COUNCIL).meetings
    assert m.date == date(2024, 7, 4)
    assert m.body_name == "Town Council"
    # "7 o'r gloch" says no morning or evening: no time is guessed
    assert m.start_time is None
    assert [p.name.split()[-1] for p in m.attendance.present] == ["Jones", "Parry", "Wyn"]


def test_the_council_alone_without_its_kind_is_not_read():
    text = KIND_OVER_THE_COUNCIL.replace("CYNGOR TREF\n\n", "")
    assert english_welsh_heading(text) == text


def test_welsh_and_between_names_and_a_middle_initial_without_its_stop():
    names = [p.name for p in split_name_list("Cyng. Alun Morgan, John P Jones a Huw T Parry")]
    assert names == ["Cyng Alun Morgan", "John P Jones", "Huw T Parry"]
    # a lone "a" before a word that is no name of two words is not read as "and"
    assert [p.name for p in split_name_list("Mr Ifan Lloyd, a Parishioner")] == ["Mr Ifan Lloyd"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ofyneaildgrwhFMRDOTIC,\n", max_size=80))
def test_welsh_readers_never_raise(text):
    english_welsh_dates(text)
    english_welsh_heading(text)
    english_welsh_heading("Cofnodion cyfarfod o Gyngor Cymuned a gynhaliwyd " + text)


def test_a_welsh_heading_in_flattened_text():
    flat = " ".join(KIND_OVER_THE_COUNCIL.split())
    (m,) = parse_document(flat).meetings
    assert m.date == date(2024, 7, 4)
    assert m.body_name == "Town Council"


def test_welsh_labels_inside_a_flattened_line_and_a_misspelt_apologies_label():
    text = (
        "Cyfarfod o Gyngor Cymuned Llanfair Isaf a gynhaliwyd nos Lun 3 Mehefin 2024 "
        "Presennol: A Morgan (Cadeirydd), B Owen Aelodau'r Cyhoedd: C Lloyd "
        "Ymddiheiriadau: D Evans 1. Cofnodion Derbyniwyd y cofnodion."
    )
    (m,) = parse_document(text).meetings
    assert m.date == date(2024, 6, 3)
    assert [p.name.split()[-1] for p in m.attendance.present] == ["Morgan", "Owen"]
    assert [p.name.split()[-1] for p in m.attendance.in_attendance] == ["Lloyd"]
    assert [p.name.split()[-1] for p in m.attendance.apologies] == ["Evans"]


def test_also_present_in_welsh_is_not_the_members_list():
    text = WELSH_ONLY.replace(
        "Ymddiheuriadau: Cyng. Huw Evans",
        "Hefyd yn bresennol: Mrs Nia Roberts (Clerc)\n\nYmddiheuriadau: Cyng. Huw Evans",
    )
    (m,) = parse_document(text).meetings
    assert "Roberts" not in [p.name.split()[-1] for p in m.attendance.present]
    assert "Roberts" in [p.name.split()[-1] for p in m.attendance.in_attendance]


COUNCIL_LINE_OVER_MINUTES = """Cyngor Cymuned Llanfair Isaf
Cofnodion y cyfarfod a gynhaliwyd Dydd Llun, 3 Mehefin 2024 am 7.30yh
Presennol: Cyng A Bee, C Dee
1. Ymddiheuriadau
Dim.
"""


def test_minutes_naming_no_council_right_under_the_councils_line():
    (m,) = parse_document(COUNCIL_LINE_OVER_MINUTES).meetings
    assert m.date == date(2024, 6, 3)
    assert m.body_name == "Llanfair Isaf Community Council"
    assert m.start_time == time(19, 30)


def test_a_bilingual_heading_line_over_a_bilingual_date_line():
    text = (
        "Cyngor Tref Llanfair Isaf Town Council\n"
        "Cofnodion cyfarfod a gynhaliwyd / Minutes of the meeting held\n"
        "Nos Iau 9fed Mai 2024 / Thursday 9th May 2024\n"
        "Presennol / Present: Cyng/Cllrs A Bee, C Dee\n"
        "1. Ymddiheuriadau / Apologies\nNone.\n"
    )
    (m,) = parse_document(text).meetings
    assert m.date == date(2024, 5, 9)
    assert m.body_name == "Llanfair Isaf Town Council"


def test_earlier_minutes_away_from_the_councils_line_are_no_heading():
    # "Cofnodion y cyfarfod a gynhaliwyd ar ..." among the minutes speaks of another meeting
    text = (
        "Cyngor Cymuned Llanfair Isaf\n\nPresennol: Cyng A Bee, C Dee\n\n"
        "Cofnodion y cyfarfod a gynhaliwyd ar 10fed o Chwefror 2020\nDerbyniwyd.\n"
    )
    assert english_welsh_heading(text) == text


RUN_IN = (
    "Cofnodion cyfarfod o Gyngor Cymuned Llanfair gynhaliwyd nos Lun, Ebrill y 6ed 2020 yn "
    "Neuadd\n\n1)Ymddiheuriadau : Dim 2)Cyhoeddiadau'r Cadeirydd : Dim 3)Cofnodion : "
    "Derbyniwyd y cofnodion. 4) Materion yn codi o'r cofnodion i)Cae Chwarae: Adroddiad."
)


def test_minutes_run_together_in_one_paragraph_are_parted():
    (m,) = parse_document(RUN_IN).meetings
    assert m.date == date(2020, 4, 6)
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    assert m.items[0].title.startswith("Ymddiheuriadau")
    assert m.items[3].title.startswith("Materion yn codi")


def test_numbers_out_of_order_or_too_few_are_not_parted():
    for line in (
        "1)Payments 3)Grants 5)Other",
        "1)Payments to A Bee 2)Grants",
        "The total was 1) Cash 2) Cheques",
    ):
        assert part_run_in_minutes(line) == line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="123) ABCabc\n:.", max_size=80))
def test_parting_run_in_minutes_never_raises_and_keeps_the_words(text):
    out = part_run_in_minutes(text)
    assert out.split() == text.split() or "".join(out.split()) == "".join(text.split())


def test_apologies_in_a_welsh_sentence():
    def names(text):
        return [p.name for p in welsh_apologies(text)]

    assert names("Roedd ymddiheuriadau gan y Cyng Alun Price, a nodwyd ...") == ["Cyng Alun Price"]
    assert names("Derbyniwyd ymddiheuriadau am absenoldeb gan Cyng. A Bee a C Dee.") == [
        "Cyng A Bee",
        "C Dee",
    ]
    # no one named, or the English half after a slash: nothing read here
    assert names("Nid oedd ymddiheuriadau.") == []
    assert names("Cafwyd ymddiheuriadau gan / Apologies were received from Cllr A Bee") == []


def test_welsh_apologies_sentence_inside_a_minute():
    text = WELSH_ONLY.replace("Ymddiheuriadau: Cyng. Huw Evans\n\n", "").replace(
        "Dim.", "Derbyniwyd ymddiheuriadau gan y Cyng Huw Evans."
    )
    (m,) = parse_document(text).meetings
    assert [p.name.split()[-1] for p in m.attendance.apologies] == ["Evans"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="RoedymhiulgnaCyABD .,/\n", max_size=80))
def test_welsh_apologies_never_raises(text):
    welsh_apologies("Roedd ymddiheuriadau gan " + text)
    welsh_apologies(text)
