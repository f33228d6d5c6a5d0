import pytest

from moot.ingest.drafts import ParseError
from moot.ingest.parse import detect_kind, parse_document


def test_seeds(pack_text, page_text):
    assert detect_kind(pack_text) == "agenda-pack"
    assert detect_kind(page_text) == "moderngov-page"
    assert parse_document(pack_text).source_kind == "agenda-pack"
    assert parse_document(page_text).source_kind == "moderngov-page"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Dear resident,\n\nYour bin collection day is changing.\n",
        "<html><body><p>Hello</p></body></html>",
        "Cabinet - Tuesday, 4 October 2022",  # a heading alone is not a page
    ],
)
def test_neither(text):
    assert detect_kind(text) is None
    with pytest.raises(ParseError, match="expected an agenda pack"):
        parse_document(text)
