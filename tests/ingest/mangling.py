"""Hypothesis mangling shared by the importer's parser tests.

A document cut short, spliced with junk or run onto one line must give one of two things: a
whole reading, or a refusal in one clean line. Never a traceback, never partial data. The
parser tests build their mangled texts with `spliced` and judge each with `read_or_refused`,
so every parser is held to the same two outcomes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ASKS_FOR_BODY, ParseError, ParseResult

# Parsing a few kilobytes of text is slow next to Hypothesis's expectations.
MANGLING = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def splice(seed: str, at: int, cut: int, junk: str) -> str:
    """The seed with `junk` put in at `at` (taken round its length) and `cut` characters
    after that place left out."""
    at %= len(seed) + 1
    return seed[:at] + junk + seed[at + cut :]


def spliced(
    seeds: Sequence[str], alphabet: str | None = None, *, junk: int = 40, cut: int = 120
) -> st.SearchStrategy[str]:
    """Texts made from the seeds by `splice`, with junk drawn from `alphabet` (any
    characters when None) and up to `cut` characters lost; the seed alone and the seed cut
    short are among them."""
    text = st.text(alphabet=alphabet, max_size=junk) if alphabet else st.text(max_size=junk)
    return st.builds(
        splice, st.sampled_from(list(seeds)), st.integers(0, 10**6), st.integers(0, cut), text
    ) | st.builds(
        lambda seed, n: seed[: n % (len(seed) + 1)],
        st.sampled_from(list(seeds)),
        st.integers(0, 10**6),
    )


@st.composite
def mangled_lines(
    draw,
    lines: Sequence[str] | Sequence[bytes],
    junk: st.SearchStrategy[str] | st.SearchStrategy[bytes],
    *,
    edits: int = 25,
    window=False,
    window_lines: int = 400,
) -> str | bytes:
    """A document's lines edited as a bad copy edits them: lines lost, swapped, cut short,
    junk put in between lines or inside one, the rest dropped after a line; with `window`,
    sometimes only a run of the lines is kept (a page saved from the middle, up to
    `window_lines` of them). Lines and junk as text give text; as bytes (a file as read
    from disk, bytes that are no text among the junk), bytes."""
    newline = b"\n" if lines and isinstance(lines[0], bytes) else "\n"
    lines = list(lines)
    if window and draw(st.booleans()):
        start = draw(st.integers(0, len(lines) - 1))
        lines = lines[start : start + draw(st.integers(1, window_lines))]
    for op in draw(st.lists(st.integers(0, 5), max_size=edits)):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == 0:
            del lines[i]
        elif op == 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 2:
            lines.insert(i, draw(junk))
        elif op == 3:
            cut = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:cut] + draw(junk) + lines[i][cut:]
        elif op == 4:
            lines = lines[: i + 1]
        else:
            lines[i] = lines[i][: draw(st.integers(0, max(0, len(lines[i]) - 1)))]
    return newline.join(lines)


def read_or_refused(parse: Callable[[str], ParseResult], text: str) -> ParseResult | None:
    """`parse(text)`, held to the two outcomes: None for a refusal (its message checked to be
    one line), else the reading, checked whole (`assert_whole`)."""
    try:
        result = parse(text)
    except ParseError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message, repr(message)
        return None
    assert_whole(result)
    return result


def assert_whole(result: ParseResult) -> None:
    """A reading is whole when every meeting has its body's name and its date (or a warning
    saying why not), and every name, item number and title read is a line of its own."""
    for meeting in result.meetings:
        # a body the document does not name is left empty and said in a warning
        said = meeting.warnings or result.warnings
        assert _one_line(meeting.body_name) or said, repr(meeting.body_name)
        assert meeting.date is not None or meeting.warnings
        attendance = meeting.attendance
        people = (
            attendance.present
            + attendance.apologies
            + attendance.in_attendance
            + attendance.standing_invitees
            if attendance
            else []
        )
        for entry in people:
            assert _one_line(entry.name), repr(entry.name)
        for item in meeting.items:
            assert "\n" not in item.number and "\n" not in item.title, (item.number, item.title)


def asks_for_body(result: ParseResult) -> bool:
    """Whether the reading asks for ``--body``: minutes naming no council are read, their
    body left empty, and the import refuses them unless one is given."""
    return any(w.endswith(ASKS_FOR_BODY) for w in result.warnings)


def _one_line(text: str) -> bool:
    return bool(text.strip()) and "\n" not in text
