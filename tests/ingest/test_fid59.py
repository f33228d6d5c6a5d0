"""Round fid59: a meeting's date printed without its year ("Tuesday 7th April") or with its
year in two figures ("13th of November 25") is completed only from what the same document
prints, with a warning saying how; without such evidence, with two years for it, or with a
weekday the completed date does not fall on, the date is refused."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_headings import completed_date, heading_date, year_note
from tests.ingest.mangling import MANGLING, mangled_lines, read_or_refused, spliced

SHORT_YEAR = """\
Ashcombe Parish Council

Minutes of the meeting of Ashcombe Parish Council held on the 13th of November 25

Present: Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Cole

1. Apologies
None received.

2. Minutes
The minutes of the meeting held on 9th October 2025 were approved.

3. Next meeting
The next meeting will be held on 11th December 2025.
"""

# the same minutes, the year printed in full nowhere ("2024/25" is a financial year)
SHORT_YEAR_ALONE = """\
Ashcombe Parish Council

Minutes of the meeting of Ashcombe Parish Council held on the 13th of November 25

Present: Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Cole

1. Apologies
None received.

2. Accounts
The accounts for the year 2024/25 were noted.
"""

MONTH_TITLE = """\
April 2020 Minutes

Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 7th April at 7.00pm

Present: Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Cole

1. Apologies
None received.

2. Planning
No applications were received.
"""


def _date_or_refused(text: str) -> date | None:
    try:
        result = parse_document(text)
    except ParseError:
        return None
    return result.meetings[0].date if result.meetings else None


def _warnings(text: str) -> list[str]:
    result = parse_document(text)
    return result.warnings + [w for m in result.meetings for w in m.warnings]


def test_two_figure_year_read_where_the_document_prints_it_in_full():
    assert _date_or_refused(SHORT_YEAR) == date(2025, 11, 13)
    assert any("no full year" in w and "2025" in w for w in _warnings(SHORT_YEAR))


def test_two_figure_year_refused_without_the_full_year():
    assert _date_or_refused(SHORT_YEAR_ALONE) is None
    # "2024/25" is no year printed in full
    assert completed_date("the 13th of November 25", "", "the year 2024/25") is None


def test_two_figure_year_refused_where_both_centuries_are_printed():
    after = "minutes of 9 October 2025; the hall built in May 1925"
    assert heading_date("held on the 13th of November 25", "", after) is None


def test_no_year_read_from_a_title_naming_the_month_and_year():
    assert _date_or_refused(MONTH_TITLE) == date(2020, 4, 7)
    assert any("'April 2020 Minutes'" in w for w in _warnings(MONTH_TITLE))


def test_no_year_refused_where_titles_name_two_years():
    text = MONTH_TITLE.replace("April 2020 Minutes", "April 2020 Minutes\n\nApril 2021 Minutes")
    assert _date_or_refused(text) is None


def test_no_year_refused_where_the_weekday_disagrees():
    # 7 April 2020 was a Tuesday, not a Wednesday
    text = MONTH_TITLE.replace("Tuesday 7th April", "Wednesday 7th April")
    assert _date_or_refused(text) is None
    assert heading_date("held on Wednesday 7th April", "April 2020 Minutes\n") is None
    assert heading_date("held on Tuesday 7th April", "April 2020 Minutes\n") == date(2020, 4, 7)


def test_weekday_checked_against_a_full_date_printed_before():
    before = "Parish Council Meeting 12th Sept 2016\n"
    assert heading_date("held on Monday 12th September", before) == date(2016, 9, 12)
    assert heading_date("held on Friday 12th September", before) is None


def test_two_figure_year_weekday_checked():
    after = "The next meeting is on 11th December 2025."
    assert heading_date("held on Thursday 13th November 25", "", after) == date(2025, 11, 13)
    assert heading_date("held on Monday 13th November 25", "", after) is None


def test_a_time_after_the_month_is_no_year():
    # "7th April 19.00": a 24-hour time, not the year 2019
    assert heading_date("held on 7th April 19.00", "", "3rd March 2019") is None


def test_no_note_for_a_full_date():
    assert year_note("held on 4 May 2021") == ""


@MANGLING
@given(spliced([SHORT_YEAR, SHORT_YEAR_ALONE, MONTH_TITLE]))
def test_spliced_texts_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    # a completed year is only ever the one the document prints
    for meeting in result.meetings if result else []:
        assert meeting.date is None or meeting.date.year in {2020, 2025}


@MANGLING
@given(
    st.sampled_from([SHORT_YEAR, SHORT_YEAR_ALONE, MONTH_TITLE]).flatmap(
        lambda seed: mangled_lines(seed.splitlines(), st.text(max_size=20))
    )
)
def test_mangled_lines_read_or_refused(text):
    read_or_refused(parse_document, text)
