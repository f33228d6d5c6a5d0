"""Issue 14, the twenty-seventh fidelity round: the headings of Welsh and Scottish community
councils' minutes, each rule tested on text from a dev document. Never invent: a date
printed with slashes is read day first (UK order) and only in the heading's own words, and
a council's name only where it is printed on a line of its own over the heading."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import english_council_name
from moot.ingest.parse.minutes_attendance import _labelled
from moot.ingest.parse.minutes_headings import (
    KIND_OVER_DATE_HEAD_RE,
    _heading_sentence,
    council_line_over,
    find_heading,
    heading_date,
    join_wrapped_heading,
)
from moot.ingest.parse.unflatten import unflatten

DOCUMENTS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"


def _text(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


# Llanbadrig 2018: "Cyngor Cymuned Llanbadrig Community Council Cofnodion o gyfarfod y
# Cyngor Llawn a gynhaliwyd nos Lun 16/4/2018 Minutes of the Full Council meeting held on
# Monday evening 16/4/2018 Presennol / Present: ..."


def test_a_welsh_councils_minutes_with_a_date_in_slashes_are_read():
    (m,) = parse_document(_text("llanbadrig-cc-2018-04-16.txt")).meetings
    assert m.date == date(2018, 4, 16)
    assert m.body_name == "Llanbadrig Community Council"


def test_a_date_in_slashes_is_not_cut_from_the_heading_as_a_minute_number():
    sentence = _heading_sentence(" held on Monday evening 16/4/2018 Presennol / Present: x")
    assert heading_date(sentence) == date(2018, 4, 16)
    # a minute's slash number after the heading still ends it
    assert _heading_sentence(" held on 4 May 2021 01/22 Apologies") == " held on 4 May 2021 "


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2000, max_value=2030),
)
def test_a_date_in_slashes_is_read_day_first(day, month, year):
    sentence = _heading_sentence(f" held on Monday {day}/{month}/{year} at 7pm Present: x")
    assert heading_date(sentence) == date(year, month, day)


def test_the_welsh_heading_after_the_councils_name_opens_a_line_of_its_own():
    lines = unflatten(_text("llanbadrig-cc-2018-04-16.txt")).splitlines()
    assert lines[0] == "Cyngor Cymuned Llanbadrig Community Council"


def test_the_english_name_of_a_council_printed_in_both_languages():
    assert english_council_name("Cyngor Cymuned Llanbadrig Community Council") == (
        "Llanbadrig Community Council"
    )
    assert english_council_name("Cyngor Tref Pembrey Town Council") == "Pembrey Town Council"
    # a name printed in English alone, or the kinds alone, are left as they are
    assert english_council_name("Maryburgh Community Council") == "Maryburgh Community Council"
    # the two kinds alone (the place's name lost): the English kind
    assert english_council_name("CYNGOR CYMUNED COMMUNITY COUNCIL") == "COMMUNITY COUNCIL"


@given(st.from_regex(r"[A-Z][a-z]{2,10}( [A-Z][a-z]{2,10})?", fullmatch=True))
def test_english_council_name_keeps_the_place(place):
    name = f"{place} Community Council"
    assert english_council_name(f"Cyngor Cymuned {name}") == name
    assert english_council_name(name) == name


# Maryburgh 2017: "Maryburgh Community Council Minutes of the meeting held on Wednesday 26th
# April 2017 at 7.30pm" (the council's name, then a heading naming no body)


def test_the_councils_name_printed_over_a_heading_naming_no_body_is_the_body():
    (m,) = parse_document(_text("maryburgh-cc-2017-04-26.txt")).meetings
    assert m.date == date(2017, 4, 26)
    assert m.body_name == "Maryburgh Community Council"


def test_council_line_over_reads_only_a_name_on_a_line_of_its_own():
    assert council_line_over("Maryburgh Community Council\n\n") == "Maryburgh Community Council"
    assert council_line_over("MARYBURGH COMMUNITY COUNCIL\n") == "Maryburgh Community Council"
    # a sentence naming a council, words about minutes, or nothing: no body
    assert council_line_over("The minutes of Maryburgh Community Council were approved\n") == ""
    assert council_line_over("MINUTES OF THE COMMUNITY COUNCIL\n") == ""
    assert council_line_over("") == ""


@given(
    st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True),
    st.from_regex(r"[a-z][a-z ]{0,39}", fullmatch=True),
)
def test_council_line_over_reads_the_last_line_only(place, line):
    name = f"{place} Community Council"
    assert council_line_over(f"{name}\n") == name
    # a line of other words after the name: the name is not right over the heading
    assert council_line_over(f"{name}\n{line}\n") == ""


# Menstrie 2013: "MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT" then "Tuesday 12th November
# 2013 at 7.00pm, Dumyat Centre Community Room" on the line under it


def test_the_date_on_the_line_under_a_draft_heading_is_read():
    (m,) = parse_document(_text("menstrie-cc-2013-11-12.txt")).meetings
    assert m.date == date(2013, 11, 12)


def test_a_draft_heading_is_joined_to_the_date_under_it():
    text = (
        "MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT\n\n"
        "Tuesday 12th November 2013 at 7.00pm, Dumyat Centre Community Room\n\nPresent:\n"
    )
    assert join_wrapped_heading(text).splitlines()[0] == (
        "MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT Tuesday 12th November 2013 at 7.00pm, "
        "Dumyat Centre Community Room"
    )
    # a line under it that is no date is not joined
    other = "MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT\n\nPresent:\n"
    assert join_wrapped_heading(other) == other


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["DRAFT", "Draft", "UNCONFIRMED"]),
)
def test_a_draft_heading_over_its_date_reads_that_date(day, mark):
    text = (
        f"MINUTES OF COMMUNITY COUNCIL MEETING - {mark}\n\n"
        f"{day:%A} {day.day} {day:%B %Y} at 7.00pm, Village Hall\n\nPresent:\n"
    )
    first = join_wrapped_heading(text).splitlines()[0]
    assert heading_date(_heading_sentence(first)) == day


# Llanwenog 2013: "CYNGOR CYMUNED COMMUNITY COUNCIL" then "Neuadd y Pentref, Drefach am
# 7.30yh 5ed o Dachwedd 2013 Drefach Village Hall, 7.30pm 5th of November 2013" then "Yn
# bresennol/Present: Cyng. Bill Green, ..."
LLANWENOG_HEAD = (
    "CYNGOR CYMUNED COMMUNITY COUNCIL\n\n"
    "Neuadd y Pentref, Drefach am 7.30yh 5ed o Dachwedd 2013 Drefach Village Hall, 7.30pm "
    "5th of November 2013\n\n"
)


def test_the_kind_of_council_over_the_date_and_the_present_list_is_a_heading():
    (m,) = parse_document(_text("llanwenog-cc-2013-11-05.txt")).meetings
    assert m.date == date(2013, 11, 5)
    assert m.body_name == "Community Council"
    assert m.start_time.strftime("%H:%M") == "19:30"


def test_the_kind_over_a_date_is_no_heading_without_the_present_list():
    text = LLANWENOG_HEAD + "Yn bresennol/Present: Cyng. Bill Green, Cyng. Gwilym Jenkins\n"
    assert find_heading(text).re is KIND_OVER_DATE_HEAD_RE
    # an agenda or a notice: no one is recorded present under it
    notice = LLANWENOG_HEAD + "Agenda\n\n1. Apologies\n2. Declarations of interest\n"
    assert find_heading(notice) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_the_kind_over_a_date_reads_that_date(day):
    text = (
        f"COMMUNITY COUNCIL\n\nVillage Hall, 7.30pm {day.day} {day:%B %Y}\n\n"
        "Present: Cllr Bill Green, Cllr Gwilym Jenkins\n"
    )
    m = find_heading(text)
    assert m is not None and m.re is KIND_OVER_DATE_HEAD_RE
    assert heading_date(_heading_sentence(m.group("rest"))) == day


# Resolven 2022: "Present/ Presennol" on a line of its own over the members, then "County
# Member/Aelod o’r Cyngor Sir" over the county's councillor and the clerk
RESOLVEN_LIST = (
    "Present/ Presennol\n"
    "Mr. N. Francis – Chairman/Cadeirydd\n"
    "Mr. T. Jones, Mr. A Jones, Mrs J. Llewellyn, Mr P. Thomas, Mr I Ace, Mr N. Place\n"
    "County Member/Aelod o’r Cyngor Sir\n"
    "County Councillor Mr Dean Lewis\n"
    "Mrs. C. Payne.\n"
    "01/22 Apologies for Absence/Ymddiheuriadau am absenoldeb\n"
)


def test_a_bilingual_present_label_on_its_own_line_and_the_county_member_under_it():
    labels = _labelled(RESOLVEN_LIST)
    assert "Francis" in " ".join(labels["present"])
    assert "Lewis" not in " ".join(labels["present"])
    assert "Lewis" in " ".join(labels["in"]) and "Payne" in " ".join(labels["in"])


def test_the_resolven_minutes_read_the_county_member_as_in_attendance():
    (m,) = parse_document(_text("resolven-cc-2022-01-13.txt")).meetings
    present = " ".join(p.name for p in m.attendance.present)
    assert "Francis" in present and "Lewis" not in present and "Payne" not in present


@given(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True))
def test_the_bilingual_present_label_reads_the_names_under_it(family):
    labels = _labelled(f"Present/ Presennol\nMr. T. {family}, Mrs J. Llewellyn\n")
    assert family in " ".join(labels["present"])


# Llangathen 2020: "Hefyd yn presennol / In attendance Mrs M.Rees (clerc / clerk) a
# Cynghorydd Sir / County Councillor C. Campbell." (the label without its colon)


def test_a_bilingual_in_attendance_label_without_a_colon_is_read():
    (m,) = parse_document(_text("llangathen-cc-2020-11-17.txt")).meetings
    assert [p.name.split()[-1] for p in m.attendance.in_attendance] == ["Rees", "Campbell"]
    # the members present are not among them
    assert "Moses" not in " ".join(p.name for p in m.attendance.in_attendance)


def test_the_bilingual_label_is_read_only_before_an_honorific():
    labels = _labelled("Hefyd yn presennol / In attendance Mrs M.Rees (clerc / clerk)\n")
    assert "Rees" in " ".join(labels["in"])
    # the words in a sentence, not a label
    assert "in" not in _labelled("Hefyd yn presennol / In attendance were two residents.\n")


@given(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True))
def test_the_bilingual_in_attendance_label_reads_the_name_after_it(family):
    labels = _labelled(f"Hefyd yn presennol / In attendance Mrs M. {family} (clerc / clerk)\n")
    assert family in " ".join(labels["in"])


# Llanwenog 2013 (flattened, then put back on lines): "... Cyng Daniel Evans Ymddiheiriadau/"
# then "Apologise: Cyng Alun James, Cyng Huw Davies, Cyng Mary Thomas Hefyd yn bresennol/"


def test_a_misspelt_apologies_label_and_the_welsh_half_of_the_next_label():
    labels = _labelled(
        "Present: Cyng. Bill Green, Cyng Daniel Evans Ymddiheiriadau/\n\n"
        "Apologise: Cyng Alun James, Cyng Mary Thomas Hefyd yn bresennol/\n\n"
        "Also Present: Eirwyn Davies\n"
    )
    assert labels["present"] == ["Cyng. Bill Green, Cyng Daniel Evans"]
    assert labels["apologies"] == ["Cyng Alun James, Cyng Mary Thomas"]


def test_the_llanwenog_apologies_are_read():
    (m,) = parse_document(_text("llanwenog-cc-2013-11-05.txt")).meetings
    assert [p.name.split()[-1] for p in m.attendance.apologies] == ["James", "Davies", "Thomas"]


@given(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True))
def test_a_list_ending_in_a_name_keeps_it(family):
    labels = _labelled(f"Present: Cyng Bill Green, Cyng Daniel {family}\n\nApologies: None\n")
    assert labels["present"][0].endswith(family)
