"""Mangled seeds: the parsers return a ParseResult or raise ParseError, nothing else."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot.ingest.parse import detect_kind, parse_agenda_pack, parse_document, parse_moderngov_page
from tests.helpers import PACK_SEED as PACK
from tests.helpers import PAGE_SEED as PAGE
from tests.ingest.mangling import mangled_lines, read_or_refused

PACK_LINES = PACK.read_text(encoding="utf-8").split("\n")
PAGE_LINES = PAGE.read_text(encoding="utf-8").split("\n")
JUNK = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12
) | st.sampled_from(
    [
        "\x00",
        "\f",
        "\u00a0\u00a0\u00a0",
        "RESOLVED:",
        "17.",
        "Minutes:",
        "Appendix B",
        "Present:",
        "Held:",
        "Date:",
        "(Pages 3 - 1)",
        "Appendix Z (Pages 99 - 1)",
        "<p>",
        "</td>",
        "\u27e6",
        "\u27e7",
        "Councillor",
        "- 1)",
        "pdf icon PDF 9 KB",
        "99.",
        "closed at 25.99pm",
        "Minutes of the Meeting of the X",
        "Agenda Item 4",
        "Page 7",
    ]
)


def mangled(lines):
    return mangled_lines(lines, JUNK, window=True)


def _check(fn, text):
    read_or_refused(fn, text)


SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(mangled(PACK_LINES))
def test_mangled_pack(text):
    _check(parse_agenda_pack, text)
    _check(parse_document, text)


@SETTINGS
@given(mangled(PAGE_LINES))
def test_mangled_page(text):
    _check(parse_moderngov_page, text)
    _check(parse_document, text)
    assert detect_kind(text) in {
        None,
        "agenda-pack",
        "moderngov-page",
        "printed-minutes",
        "agenda-notice",
    }


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    _check(parse_agenda_pack, text)
    _check(parse_moderngov_page, text)
    _check(parse_document, text)
