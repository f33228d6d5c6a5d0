"""Round 48: minutes' items, numbered and not. "2022-107" minute numbers (the calendar year
and a serial of three figures), a title parted from the minute's first sentence after a
colon or spaced dash (or from its "RESOLVED" sentence), a minute run into the paragraph of
the one before it where the lines' numbers skip it, and, in flattened text, a number run
into the word in capitals before it ("MONDAY4. MATTERS ARISING"); and the shapes refused."""

from hypothesis import given

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_items import (
    _sentence_after_title,
    part_skipped_numbers,
    running_number,
)
from moot.ingest.parse.minutes_numbers import _LINE_ITEM_RE
from moot.ingest.parse.unflatten import unflatten
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

HEAD = (
    "Minutes of the Meeting of Ashby Parish Council held on Monday 7 March 2022 at 7.30pm "
    "in the Village Hall.\n\nPresent: Cllr A Smith, Cllr B Jones, Cllr C Brown.\n\n"
)


def items(text: str) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in parse_document(text).meetings[0].items]


# --- "2022-107": the year and the minute's serial


YEAR_SERIAL = HEAD + (
    "2022-107 To agree a minute taker in the absence of the Clerk. RESOLVED to ask Cllr "
    "Smith, who agreed.\n"
    "2022-108 Apologies, welcomes and attendance, including accepting apologies and the "
    "reason for absence where given.\n"
    "2022-109 Planning applications\nNone received.\n"
)


def test_year_serial_numbers_are_minutes():
    got = items(YEAR_SERIAL)
    assert [n for n, _ in got] == ["2022-107", "2022-108", "2022-109"]
    assert got[0][1] == "To agree a minute taker in the absence of the Clerk"
    first = parse_document(YEAR_SERIAL).meetings[0].items[0]
    assert first.resolutions


def test_year_serial_running_number():
    assert running_number("2022-108") == 108
    assert running_number("21/22-68") == 68


def test_year_spans_are_no_minute_numbers():
    for line in ("2022-23 Budget was set.", "2022-2023 Precept agreed.", "2022-1 Budget"):
        m = _LINE_ITEM_RE.match(line)
        assert m is None or not m.group("num").startswith("2022-"), line


# --- a title run on into the minute's first sentence


def test_title_parted_from_sentence_after_colon():
    assert _sentence_after_title(
        "Minutes of Previous Meetings: Notes of minutes held on Monday 17 June were read"
    ) == ("Minutes of Previous Meetings", "Notes of minutes held on Monday 17 June were read")


def test_title_parted_from_sentence_after_spaced_dash():
    parted = _sentence_after_title(
        "Minutes of the Meeting of 3rd September 2013 - The minutes of this meeting were agreed"
    )
    assert parted == (
        "Minutes of the Meeting of 3rd September 2013",
        "The minutes of this meeting were agreed",
    )


def test_title_parted_from_its_resolution():
    assert _sentence_after_title("To agree a minute taker. RESOLVED to ask Cllr Smith.") == (
        "To agree a minute taker",
        "RESOLVED to ask Cllr Smith.",
    )


def test_titles_left_whole():
    for title in (
        "Planning: The Old Barn, Church Lane, Ashby",  # a place, not a sentence
        "Correspondence: None",  # too short to be a sentence
        "Apologies for absence: Apologies were received from Cllr Smith",  # names read from it
        "Finance: to approve payments",  # no capital opening a sentence
        "Matters Arising",
    ):
        assert _sentence_after_title(title) is None, title


def test_title_and_sentence_in_a_document():
    text = HEAD + (
        "1. Welcome\nThe chairman welcomed all.\n"
        "2. Minutes of Previous Meeting: The minutes of the last meeting were read and "
        "approved.\n"
        "3. Correspondence: None\n"
    )
    got = parse_document(text).meetings[0].items
    assert [(i.number, i.title) for i in got] == [
        ("1", "Welcome"),
        ("2", "Minutes of Previous Meeting"),
        ("3", "Correspondence: None"),
    ]
    assert "were read and approved" in got[1].minutes_text


# --- a minute run into the paragraph of the one before it


def test_skipped_number_parted():
    body = (
        "1. Estynwyd groeso cynnes i bawb. Roedd ymddiheuriadau. 2. Cadarnhawyd gofnodion.\n"
        "\n3. Materion yn codi .\n"
    )
    assert part_skipped_numbers(body).split("\n")[:3] == [
        "1. Estynwyd groeso cynnes i bawb. Roedd ymddiheuriadau.",
        "",
        "2. Cadarnhawyd gofnodion.",
    ]


def test_skipped_number_refused_shapes():
    for body in (
        # the next line's number follows: nothing is missing
        "1. Welcome. 2. Items were noted.\n2. Minutes\n",
        # the run-in number twice: which is the minute is not known
        "1. Welcome. 2. Cars. 2. Bikes.\n3. Minutes\n",
        # no sentence's stop before it ("page 2. The"): a reference
        "1. Welcome to page 2. The rest\n3. Minutes\n".replace("page 2.", "page, 2."),
    ):
        assert part_skipped_numbers(body) == body, body


def test_skipped_number_in_a_document():
    text = HEAD + (
        "1. The Chairman welcomed everyone to the meeting. Apologies were received from "
        "Cllr Green. 2. The minutes of the last meeting were approved as a correct record.\n\n"
        "3. Matters arising\nNone.\n"
    )
    assert [n for n, _ in items(text)] == ["1", "2", "3"]


# --- flattened: a number run into the word in capitals before it


FILLER = "The clerk reported on the state of the bins, the benches and the paths at length. " * 3


def test_number_run_into_capitals_parted_when_unflattened():
    flat = FILLER.join(
        (
            "ASHBY TOWN COUNCIL Minutes of the meeting of Ashby Town Council held at 7pm on "
            "Monday 1 September 2008 Present: Cllr. A Smith, Cllr. B Jones 1. APOLOGIES FOR "
            "ABSENCE None. ",
            "2. DECLARATIONS OF INTEREST None. ",
            "3. TO CONFIRM MINUTES OF THE MEETING OF MONDAY",
            "4. MATTERS ARISING The clerk reported. ",
            "5. PUBLIC FORUM No members of the public spoke at all. ",
        )
    )
    flat = flat.replace("MONDAY" + FILLER, "MONDAY")
    lines = unflatten(flat).split("\n")
    assert any(ln.startswith("4. MATTERS ARISING") for ln in lines)


def test_number_after_lower_case_word_not_parted():
    flat = FILLER.join(
        (
            "ASHBY TOWN COUNCIL Minutes of the meeting of Ashby Town Council held at 7pm on "
            "Monday 1 September 2008 Present: Cllr. A Smith, Cllr. B Jones 1. APOLOGIES FOR "
            "ABSENCE None. ",
            "2. DECLARATIONS OF INTEREST None. ",
            "3. TO CONFIRM MINUTES The minutes of page4. MATTERS were noted by all. ",
            "5. PUBLIC FORUM None at all here. ",
        )
    )
    assert not any(ln.startswith("4. MATTERS") for ln in unflatten(flat).split("\n"))


# --- mangling


@MANGLING
@given(spliced([YEAR_SERIAL], "0123456789-.:– \nRESOLVEDabc"))
def test_year_serial_mangled(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(
    spliced(
        [
            HEAD
            + "1. The Chairman welcomed everyone. 2. The minutes were approved.\n\n"
            + "3. Minutes of the last meeting - The minutes were agreed and signed by all.\n"
        ],
        "0123456789.:- \nAa",
    )
)
def test_skipped_and_parted_mangled(text):
    read_or_refused(parse_document, text)


@MANGLING
@given(
    spliced(
        [
            FILLER.join(
                (
                    "ASHBY TOWN COUNCIL Minutes of the meeting of Ashby Town Council held at "
                    "7pm on Monday 1 September 2008 Present: Cllr. A Smith 1. APOLOGIES None. ",
                    "2. MINUTES OF MONDAY",
                    "3. MATTERS ARISING None. ",
                )
            )
        ],
        "0123456789. \nAMONDAY",
    )
)
def test_run_into_capitals_mangled(text):
    read_or_refused(parse_document, text)
