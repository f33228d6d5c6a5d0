"""A date in figures with a two-figure year ("27.04.17", "3/3/98") means the year the
convention of such dates gives: never a year a century away (2098 for a council's 1998)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import full_year, parse_date
from moot.ingest.parse.heading_fallback import leading_date

DATES = st.dates(min_value=date(1969, 1, 1), max_value=date(2068, 12, 31))


def test_a_four_figure_year_is_itself():
    assert full_year(1998) == 1998
    assert full_year(2017) == 2017


def test_two_figures_before_the_pivot_are_this_century_and_after_it_the_last():
    assert full_year(17) == 2017
    assert full_year(0) == 2000
    assert full_year(68) == 2068
    assert full_year(69) == 1969
    assert full_year(98) == 1998


def test_an_old_minutes_date_in_figures_is_read_in_its_own_century():
    assert parse_date("Minutes of the meeting held on 3/3/98 at 7.30pm") == date(1998, 3, 3)
    assert leading_date("3.3.98 in the Village Hall")[0] == date(1998, 3, 3)
    assert leading_date("27.04.17.")[0] == date(2017, 4, 27)


@given(DATES, st.sampled_from([".", "/"]))
def test_any_date_printed_in_figures_with_two_figure_year_reads_back(day, sep):
    printed = f"{day.day}{sep}{day.month:02d}{sep}{day.year % 100:02d}"
    assert parse_date(f"Meeting held on {printed} at 7pm") == day
    assert leading_date(f"{printed} at the Hall")[0] == day


@given(DATES)
def test_a_four_figure_year_in_figures_reads_back_whatever_its_century(day):
    assert parse_date(f"held on {day.day}/{day.month}/{day.year}") == day
