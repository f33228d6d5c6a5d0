from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.documents import rules

counts = st.lists(st.integers(min_value=1, max_value=500), max_size=40)
first_pages = st.integers(min_value=1, max_value=10_000)


@given(counts, first_pages)
def test_ranges_are_contiguous_and_sized_by_the_counts(page_counts, first_page):
    ranges = rules.appendix_page_ranges(page_counts, first_page)
    assert len(ranges) == len(page_counts)
    expected_start = first_page
    for (first, last), count in zip(ranges, page_counts, strict=True):
        assert first == expected_start
        assert last - first + 1 == count
        expected_start = last + 1
    if ranges:
        assert ranges[0][0] == first_page
        assert ranges[-1][1] == first_page - 1 + sum(page_counts)


@given(counts, st.integers(min_value=-5, max_value=0), st.data())
def test_a_count_below_one_is_refused_naming_its_position(page_counts, bad, data):
    position = data.draw(st.integers(min_value=0, max_value=len(page_counts)))
    page_counts = [*page_counts[:position], bad, *page_counts[position:]]
    with pytest.raises(ValueError, match=rf"position {position + 1}\b"):
        rules.appendix_page_ranges(page_counts)


def test_the_leicester_pack_ranges():
    assert rules.appendix_page_ranges([6, 12, 26, 18, 16]) == [
        (1, 6),
        (7, 18),
        (19, 44),
        (45, 62),
        (63, 78),
    ]
    assert rules.appendix_page_ranges([]) == []
    with pytest.raises(ValueError):
        rules.appendix_page_ranges([1], first_page=0)
    with pytest.raises(ValueError, match="position 1"):
        rules.appendix_page_ranges([True])


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=500))
def test_format_page_range(first, extra):
    text = rules.format_page_range(first, first + extra)
    if extra == 0:
        assert text == f"Page {first}"
    else:
        assert text == f"Pages {first} - {first + extra}"


def test_format_page_range_refuses_nonsense():
    assert rules.format_page_range(19, 44) == "Pages 19 - 44"
    assert rules.format_page_range(7, 7) == "Page 7"
    for first, last in [(0, 3), (5, 4)]:
        with pytest.raises(ValueError):
            rules.format_page_range(first, last)


def test_exempt_line_and_references():
    assert rules.exempt_line(3) == (
        "exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972"
    )
    for bad in (0, 8, True):
        with pytest.raises(ValueError):
            rules.exempt_line(bad)
    assert rules.appendix_reference("C", "Spotlight", 19, 44) == (
        "Appendix C: Spotlight (Pages 19 - 44)"
    )
    assert rules.appendix_reference("B", "", 7, 7) == "Appendix B (Page 7)"
    assert rules.stamp_label(19) == "Page 19"


def test_front_sheet_wording():
    assert rules.format_meeting_date(date(2021, 7, 29)) == "THURSDAY, 29 JULY 2021"
    assert rules.format_meeting_time(time(9, 30)) == "9:30 am"
    assert rules.format_meeting_time(time(14, 5)) == "2:05 pm"
    assert rules.format_meeting_time(time(12, 0)) == "12 noon"
    assert rules.format_meeting_time(time(0, 30)) == "12:30 am"
    assert rules.vacancy_text(0) == ""
    assert rules.vacancy_text(1) == "1 Vacancy"
    assert rules.vacancy_text(2) == "2 Vacancies"
    assert rules.person_line("Ivan Browne", "Director Public Health") == (
        "Ivan Browne, Director Public Health"
    )
    assert rules.person_line("Ivan Browne", " ") == "Ivan Browne"
