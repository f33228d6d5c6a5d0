"""Round fid70: the "bullets" text variant (bench/text_variants.py) prints a list of people
as bullets ("* Cllr Ann Abel"); the readers already read such a labelled list as the same list
printed without bullets, and an asterisk not followed by a space is kept as printed."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given

from moot.ingest.parse import parse_document
from moot.ingest.parse.common import tidy_line
from tests.ingest.mangling import read_or_refused, spliced

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import text_variants  # noqa: E402

PLAIN = """\
Ashcombe Parish Council

Minutes of the meeting of Ashcombe Parish Council held on Tuesday 14th May 2024 at 7pm

Present:
Cllr Ann Abel (Chair)
Cllr Ben Birch
Councillor Cara Cole

1. Apologies
None received.

2. Planning
The application for 4 Mill Lane was supported by Cllr Abel.
"""

STARRED = text_variants._bullets(PLAIN)


def test_bullets_variant_stars_only_lines_opening_with_a_councillor():
    lines = STARRED.split("\n")
    assert "* Cllr Ann Abel (Chair)" in lines
    assert "* Councillor Cara Cole" in lines
    assert "The application for 4 Mill Lane was supported by Cllr Abel." in lines
    assert STARRED.count("* ") == 3


def test_asterisk_without_a_space_is_kept():
    assert tidy_line("*Denotes a member absent") == "*Denotes a member absent"


def _present(text: str) -> list[str]:
    meeting = parse_document(text).meetings[0]
    return [p.name for p in meeting.attendance.present]


def test_starred_labelled_list_reads_as_plain():
    plain = _present(PLAIN)
    assert len(plain) == 3
    assert _present(STARRED) == plain


@given(spliced([STARRED], junk=20, cut=60))
def test_starred_mangled_read_or_refused(text):
    read_or_refused(parse_document, text)
