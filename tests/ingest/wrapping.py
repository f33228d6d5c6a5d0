"""Texts wrapped at a width for the unwrapping tests (rounds 66 and 71): a paragraph of prose
wrapped at the width around the lines under test, so that the text is judged wrapped
(``saved_text.wrap_width``), and lines of prose ending with given words, full or exactly as
long as a width."""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

from moot.ingest.parse.saved_text import wrap_width

_PROSE = (
    "The clerk reported that the grass cutting contract had been renewed for another year "
    "and that the new benches by the pond were ordered after the spring survey of the green. "
    "Members noted the report and asked that the footpath by the school be looked at again "
    "before the winter when the leaves make the steps slippery for those walking to the shops. "
)

widths = st.integers(min_value=60, max_value=90)


def filler(width: int) -> list[str]:
    # a paragraph wrapped at the width: most of its lines reach near it
    return textwrap.wrap(_PROSE * 3, width)


def full_line(width: int, tail: str) -> str:
    # a line of prose ending with ``tail`` and as long as the width allows
    words = (_PROSE * 2).split()
    line = ""
    for word in words:
        if len(f"{line} {word} {tail}".strip()) > width:
            break
        line = f"{line} {word}".strip()
    return f"{line} {tail}"


def exact_line(width: int, tail: str) -> str:
    # a line of prose ending with ``tail`` and exactly as long as the width
    line = full_line(width - 4, tail)
    head, gap = line[: -len(tail) - 1], width - len(line)
    pad = ["an"] if gap % 2 else []
    pad += ["a"] * ((gap - 3 * len(pad)) // 2)
    return " ".join([head, *pad, tail])


def text_among_filler(width: int, *lines: str) -> str:
    text = "\n".join([*filler(width), "", *lines, "", *filler(width)])
    assert wrap_width(text) is not None
    return text
