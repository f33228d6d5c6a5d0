"""The same document saved another way reads the same: CR LF or CR line ends, a PDF's
ligatures and non-breaking spaces, a web page's entities, a shared indent, an en dash for a
hyphen in a ModernGov issue history's lines (``moot.ingest.parse.saved_text``)."""

from __future__ import annotations

import textwrap
import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from bench import text_variants
from moot.ingest.parse import page_text, parse_document
from moot.ingest.parse.saved_text import (
    line_ends,
    looks_like_markdown,
    markdown_text,
    plain_words,
    unwrapped,
    wrap_width,
)
from tests.ingest.mangling import read_or_refused

MINUTES = """\
Ashfield Parish Council

Minutes of the meeting of Ashfield Parish Council held on Tuesday 3rd March 2020 at 7.30pm in the Village Hall

Present: Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Clifford

Apologies: Cllr Dan Duffield

1. Apologies for absence
Received and accepted.

2. Declarations of interest
None.

3. Finance & staffing
RESOLVED: that the clerk's salary be raised to the offered rate.
"""

ISSUE = """\
Issue - meetings

Report on fields and offices

Meeting: 14/03/2023 - Cabinet (Item 4:)

Decision:
RESOLVED that the report be noted.
"""


def reading(result):
    m = result.meetings[0]
    att = m.attendance
    return (
        m.date,
        m.body_name,
        m.start_time,
        [(i.number, i.title) for i in m.items],
        sorted(p.name for p in att.present) if att else None,
        sorted(p.name for p in att.apologies) if att else None,
    )


def _pdf(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("ff", "\ufb00").replace(" ", "\u00a0")


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("'", "&#8217;").replace(" Hall", "&nbsp;Hall")


def _indented(text: str) -> str:
    return "\n".join("\t" + ln if ln.strip() else ln for ln in text.split("\n"))


SAVINGS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "pdf": _pdf,
    "entities": _entities,
    "indented": _indented,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
}


def test_the_plain_minutes_read_as_written():
    got = reading(parse_document(MINUTES))
    assert got[0] == date(2020, 3, 3)
    assert got[3][2] == ("3", "Finance & staffing")
    assert "Clifford" in " ".join(got[4])


def test_each_way_of_saving_reads_the_same():
    plain = reading(parse_document(MINUTES))
    for name, save in SAVINGS.items():
        assert reading(parse_document(save(MINUTES))) == plain, name


@given(st.lists(st.sampled_from(sorted(SAVINGS)), min_size=1, max_size=4, unique=True))
def test_ways_of_saving_combined_read_the_same(names):
    text = MINUTES
    for name in names:
        text = SAVINGS[name](text)
    assert reading(read_or_refused(parse_document, text)) == reading(parse_document(MINUTES))


def test_an_issue_history_with_en_dashes_reads_as_with_hyphens():
    plain = parse_document(ISSUE)
    dashed = parse_document(ISSUE.replace(" - ", " \u2013 "))
    assert [(m.date, m.body_name) for m in dashed.meetings] == [
        (m.date, m.body_name) for m in plain.meetings
    ]
    assert plain.meetings[0].date == date(2023, 3, 14)


def test_plain_words_spells_out_and_reads_entities():
    assert line_ends("a\r\nb\rc\n") == "a\nb\nc\n"
    assert plain_words("O\ufb03ce\u00a0hours &amp; the Clerk&#8217;s report") == (
        "Office hours & the Clerk\u2019s report"
    )


def test_an_ampersand_with_no_entity_is_left_as_it_is():
    assert plain_words("Finance & General Purposes &c") == "Finance & General Purposes &c"


def test_an_indent_some_lines_have_and_others_not_is_kept():
    text = "Present:\n    Cllr Abel\n    Cllr Birch\n1. Apologies\n"
    assert plain_words(text) == text
    assert plain_words("\tPresent:\n\t    Cllr Abel\n") == "Present:\n    Cllr Abel\n"


DECISION = """\
Decision details

Allotment fees

Decision status: Recommendations Approved

Decision:

RESOLVED: That the revised fees for allotments be adopted from 1 April.

Decided at meeting: 12/03/2025 - Executive Board
"""


def test_a_decision_page_with_an_en_dash_reads_as_with_a_hyphen():
    dashed = parse_document(DECISION.replace(" - ", " \u2013 "))
    (meeting,) = dashed.meetings
    assert (meeting.date, meeting.body_name) == (date(2025, 3, 12), "Executive Board")
    assert [i.title for i in meeting.items] == [
        i.title for i in parse_document(DECISION).meetings[0].items
    ]


# minutes whose paragraphs are long lines, as a web page's text is; wrapped at a width they
# are what a PDF's text layer or a plain-text e-mail gives
LONG = """\
Birchwood Town Council

Minutes of the meeting of the Finance and General Purposes Committee of Birchwood Town Council held on Monday 9th March 2020 at 7.00pm in the Council Chamber, Market Street, Birchwood

Present: Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Clifford, Cllr Dan Duffield, Cllr Eve Eastwood, Cllr Fay Fairbanks and Cllr Gus Greenhalgh

In attendance: Mrs Helen Hartley (Town Clerk) and two members of the public who observed the meeting

Apologies: Cllr Ian Illingworth and Cllr Jane Jefferson, who were both away on the council's business at the regional planning forum

1. Apologies for absence
The committee received and accepted the apologies of the two members named above, noting the reasons given for their absence from the meeting.

2. Declarations of interest
There were no declarations of interest in any item on the agenda for this meeting of the committee.

3. Grants to local organisations
RESOLVED: that the grants recommended in the clerk's report be approved, namely those to the youth club, the allotment society and the village hall.
"""


def _wrap(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n")
    )


def test_minutes_wrapped_at_a_width_read_as_with_their_paragraphs_whole():
    plain = reading(parse_document(LONG))
    assert plain[0] == date(2020, 3, 9)
    assert len(plain[4]) == 7 and len(plain[5]) == 2
    wrapped = _wrap(LONG, 72)
    assert wrap_width(wrapped) is not None
    assert reading(parse_document(wrapped)) == plain


@given(st.integers(min_value=55, max_value=100))
def test_minutes_wrapped_at_any_width_read_the_same(width):
    assert reading(read_or_refused(parse_document, _wrap(LONG, width))) == reading(
        parse_document(LONG)
    )


def test_a_text_of_whole_paragraphs_is_not_unwrapped():
    assert wrap_width(LONG) is None
    assert unwrapped(LONG) == LONG
    assert wrap_width(MINUTES) is None


WRAPPED_PIECES = (
    "The committee considered the report of the clerk on the state of the accounts\n"
    "and resolved that the accounts for the year be approved and signed today.\n"
    "7.0 Urgency Resolution - Section 100B(4), Local Government Act 1972 now\n"
    "The Chairman said that the next item would be taken as a matter of urgency.\n"
    "Present: Cllr Ann Abel, Cllr Ben Birch, Cllr Cara Clifford and Cllr Dan\n"
    "Duffield, with the clerk and the assistant clerk of the council present.\n"
    "Apologies: Cllr Eve Eastwood, Cllr Fay Fairbanks and Cllr Gus Greenhalgh.\n"
    "The meeting closed at nine o'clock in the evening with the chairman's thanks.\n"
)


def test_a_wrapped_line_joins_only_what_runs_on():
    joined = unwrapped(WRAPPED_PIECES).split("\n")
    # a sentence broken by the width is whole again
    assert joined[0].endswith(
        "accounts and resolved that the accounts for the year be approved and signed today."
    )
    # a label's line ("Apologies:"), a sentence's end before a capital and a heading's line
    # over a capital stay apart
    assert any(line.startswith("Apologies:") for line in joined)
    assert "Cllr Dan Duffield, with the clerk" in unwrapped(WRAPPED_PIECES)
    assert any(line.startswith("The meeting closed") for line in joined)
    assert any(line.startswith("7.0 Urgency") for line in joined)


def test_a_list_of_short_lines_is_no_wrapped_text():
    names = "\n".join(f"Councillor Anne Smithson-{i:02d} (Ward {i})" for i in range(20))
    assert wrap_width(names) is None
    assert unwrapped(names) == names


# the dev set's web page savings (bench/text_variants.py): a paragraph a line, or
# paragraphs with "<br>" between their lines
_as_page, _as_page_br = text_variants._page, text_variants._page_br


def test_minutes_saved_as_a_web_page_read_as_their_text():
    # a parish council's page of minutes (not ModernGov's) was read as raw markup or sent to
    # the ModernGov page reader; it reads as the text it shows
    plain = reading(parse_document(MINUTES))
    assert reading(parse_document(_as_page(MINUTES))) == plain
    assert reading(parse_document(_as_page_br(MINUTES))) == plain
    assert reading(parse_document(_as_page(LONG))) == reading(parse_document(LONG))


def test_a_page_of_minutes_is_not_a_moderngov_page_unless_its_markup_is():
    page = _as_page(MINUTES)
    assert parse_document(page).source_kind != "moderngov-page"


def test_page_text_keeps_a_paragraphs_lines_and_puts_each_block_on_a_line():
    assert page_text("<html><body><p>Present:<br>Cllr A<br/>Cllr B</p><p>1. Apologies</p>") == (
        "Present:\nCllr A\nCllr B\n\n1. Apologies"
    )
    assert page_text(
        "<html><body><p>Present: Cllr A</p><p>1. Apologies</p><p>&nbsp;</p><p>2. Minutes</p>"
    ) == ("Present: Cllr A\n1. Apologies\n\u00a0\n2. Minutes")


MARKDOWN = """\
# Ashfield Parish Council

## Minutes of the meeting of Ashfield Parish Council held on Tuesday 3rd March 2020 at 7.30pm in the Village Hall

**Present:** Cllr Ann Abel (Chair), Cllr Ben Birch, Cllr Cara Clifford

**Apologies:** Cllr Dan Duffield

---

1. Apologies for absence
Received and accepted.

2. Declarations of interest
None.

3. Finance & staffing
**RESOLVED:** that the clerk's salary be raised to the [offered rate](https://example.org/rates.pdf).
"""


def test_minutes_written_in_markdown_read_as_their_text():
    assert looks_like_markdown(MARKDOWN)
    got = reading(parse_document(MARKDOWN))
    plain = reading(parse_document(MINUTES))
    assert got == plain


def test_markdown_text_keeps_numbers_and_lines_and_reads_emphasis_and_links():
    shown = markdown_text(
        "## 12. Planning\n**Present:** Cllr A\n* [Agenda](a.pdf) item\n| Cllr A | P |\n|---|---|"
    )
    lines = shown.split("\n")
    assert lines[0] == "12. Planning"
    assert lines[1] == "Present: Cllr A"
    assert lines[2].startswith("- Agenda") and "item" in lines[2]
    assert lines[3] == "Cllr A\tP"


def test_a_plain_text_is_not_markdown():
    assert not looks_like_markdown(MINUTES)
    signed = MINUTES + "\n______________________ Chairman\n______________________ Date\n"
    assert not looks_like_markdown(signed)
