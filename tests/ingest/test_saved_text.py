"""The same document saved another way reads the same: CR LF or CR line ends, a PDF's
ligatures and non-breaking spaces, a web page's entities, a shared indent, an en dash for a
hyphen in a ModernGov issue history's lines (``moot.ingest.parse.saved_text``)."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.saved_text import line_ends, plain_words
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
