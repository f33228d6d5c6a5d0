"""Issue 14, thirty-fourth round: a file holding a year of minutes (several meetings' minutes
printed one after another) gives every meeting in it, each read as minutes of its own, in
the order printed; a part that cannot be read safely is left out and said, never guessed.
Text written for these tests."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_agenda_pack, parse_document
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.source import ImportFailed, Source, parse_source

JANUARY = (
    "Minutes of the Meeting of Ashworth Parish Council held on Monday 13 January 2025 at "
    "7.30pm in the Village Hall\n"
    "Present: Cllr A Brown (Chair), Cllr B Clarke, Cllr C Dunn\n"
    "Apologies: Cllr D Evans\n"
    "In attendance: Mrs E Foster (Clerk)\n"
    "1. Apologies for absence\nApologies were received from Cllr Evans.\n"
    "2. To approve the minutes of the last meeting\n"
    "RESOLVED that the minutes be signed as a true record.\n"
    "3. Footpaths\nThe footpath at Mill Lane was reported blocked.\n"
)
FEBRUARY = (
    "Minutes of the Meeting of Ashworth Parish Council held on Monday 10 February 2025 at "
    "7.00pm in the Church Room\n"
    "Present: Cllr A Brown (Chair), Cllr D Evans, Cllr F Green\n"
    "Apologies: Cllr B Clarke\n"
    "In attendance: Mrs E Foster (Clerk)\n"
    "4. Apologies for absence\nApologies were received from Cllr Clarke.\n"
    # an item speaking of another meeting's minutes, its heading's words at a line's start
    "5. To approve the\n"
    "Minutes of the Meeting of Ashworth Parish Council held on 13 January 2025\n"
    "RESOLVED that the minutes be approved.\n"
    "6. Play area\nRESOLVED to repair the swings.\n"
    "7. Grass cutting\nRESOLVED to accept the lowest quote.\n"
)
MARCH = (
    "Minutes of the Meeting of Ashworth Parish Council held on Monday 10 March 2025 at "
    "7.30pm in the Village Hall\n"
    "Present: Cllr B Clarke (Chair), Cllr C Dunn\n"
    "Apologies: Cllr A Brown, Cllr F Green\n"
    "8. Apologies for absence\nNoted.\n"
    "9. Planning\nRESOLVED to support the application.\n"
)
YEAR = JANUARY + FEBRUARY + MARCH


def test_a_file_of_three_meetings_gives_three_drafts_each_its_own():
    result = parse_printed_minutes(YEAR)
    jan, feb, mar = result.meetings
    assert [m.date for m in result.meetings] == [
        date(2025, 1, 13),
        date(2025, 2, 10),
        date(2025, 3, 10),
    ]
    assert {m.body_name for m in result.meetings} == {"Ashworth Parish Council"}
    assert [m.start_time for m in result.meetings] == [time(19, 30), time(19, 0), time(19, 30)]
    assert [m.venue for m in result.meetings] == [
        "the Village Hall",
        "the Church Room",
        "the Village Hall",
    ]
    assert [i.number for i in jan.items] == ["1", "2", "3"]
    assert [i.number for i in feb.items] == ["4", "5", "6", "7"]
    assert [i.title for i in mar.items] == ["Apologies for absence", "Planning"]
    assert [len(i.resolutions) for i in feb.items] == [0, 1, 1, 1]
    assert [p.name for p in jan.attendance.present] == [
        "Cllr A Brown",
        "Cllr B Clarke",
        "Cllr C Dunn",
    ]
    assert [p.name for p in feb.attendance.present] == [
        "Cllr A Brown",
        "Cllr D Evans",
        "Cllr F Green",
    ]
    assert [p.name for p in feb.attendance.apologies] == ["Cllr B Clarke"]
    assert [p.name for p in mar.attendance.apologies] == ["Cllr A Brown", "Cllr F Green"]
    assert [p.name for p in feb.attendance.in_attendance] == ["Mrs E Foster"]
    assert any("more than one meeting (3," in w for w in result.warnings)
    assert not any("not imported" in w for w in result.warnings)


def test_a_year_file_read_as_a_pack_is_read_by_the_printed_minutes_reader():
    # the pack's reader takes "5. To approve the" then another meeting's heading for a
    # meeting (two of 13 January); the printed-minutes reader reads each meeting as its own
    assert len(parse_agenda_pack(YEAR).meetings) == 4
    result = parse_document(YEAR)
    assert result.source_kind == "printed-minutes"
    assert [[i.number for i in m.items] for m in result.meetings] == [
        ["1", "2", "3"],
        ["4", "5", "6", "7"],
        ["8", "9"],
    ]


def test_the_first_meeting_reads_as_it_does_alone():
    alone = parse_printed_minutes(JANUARY).meetings[0]
    first = parse_printed_minutes(YEAR).meetings[0]
    assert first == alone


def test_an_item_speaking_of_another_meetings_minutes_does_not_split():
    result = parse_printed_minutes(JANUARY + FEBRUARY)
    assert len(result.meetings) == 2
    assert [i.number for i in result.meetings[1].items] == ["4", "5", "6", "7"]
    # alone, February's minutes are one meeting though a heading's words open a line
    (feb,) = parse_printed_minutes(FEBRUARY).meetings
    assert feb.date == date(2025, 2, 10) and len(feb.items) == 4


def test_a_part_whose_heading_gives_no_date_is_left_out_and_said():
    # the middle heading names no date, an attendance list under it: another meeting's
    # minutes, whose date is never guessed
    broken = FEBRUARY.replace("held on Monday 10 February 2025 at 7.00pm", "held on Tuesday")
    result = parse_printed_minutes(JANUARY + broken + MARCH)
    jan, mar = result.meetings
    assert (jan.date, mar.date) == (date(2025, 1, 13), date(2025, 3, 10))
    # January's minutes end at the heading: none of the other meeting's items are its
    assert [i.number for i in jan.items] == ["1", "2", "3"]
    assert [i.number for i in mar.items] == ["8", "9"]
    (said,) = [w for w in result.warnings if "not imported" in w]
    assert said.startswith("the file's meeting no. 2 ('Minutes of the Meeting of Ashworth")
    assert "date" in said


def test_a_dateless_heading_without_attendance_under_it_is_no_meeting():
    # "Minutes of the Meeting of X held on Tuesday" then a numbered minute: no list of who
    # attended opens it, so it is not taken for another meeting's start (as before)
    broken = FEBRUARY.replace("held on Monday 10 February 2025 at 7.00pm", "held on Tuesday")
    broken = broken.split("In attendance: Mrs E Foster (Clerk)\n", 1)[1]
    result = parse_printed_minutes(
        JANUARY + "Minutes of the Meeting of Ashworth Parish "
        "Council held on Tuesday\n" + broken + MARCH
    )
    assert [m.date for m in result.meetings] == [date(2025, 1, 13), date(2025, 3, 10)]
    assert [i.number for i in result.meetings[0].items][:4] == ["1", "2", "3", "4"]


def test_a_part_naming_another_body_is_left_out_with_a_warning():
    other = MARCH.replace("Ashworth Parish Council", "Ashworth Planning Committee")
    result = parse_printed_minutes(JANUARY + FEBRUARY + other)
    assert [m.date for m in result.meetings] == [date(2025, 1, 13), date(2025, 2, 10)]
    (said,) = [w for w in result.warnings if "not imported" in w]
    assert "meeting no. 3" in said and "Ashworth Planning Committee" in said


def test_a_part_naming_only_the_kind_of_the_first_council_is_its_meeting():
    kind_only = MARCH.replace("Meeting of Ashworth Parish Council", "Meeting of the Parish Council")
    result = parse_printed_minutes(JANUARY + kind_only)
    assert [m.body_name for m in result.meetings] == ["Ashworth Parish Council"] * 2
    assert any("names only the Parish Council" in w for w in result.warnings)


def test_a_part_dated_as_a_meeting_read_before_is_left_out():
    again = MARCH.replace("10 March 2025", "13 January 2025")
    result = parse_printed_minutes(JANUARY + FEBRUARY + again)
    assert [m.date for m in result.meetings] == [date(2025, 1, 13), date(2025, 2, 10)]
    assert any("meeting no. 3" in w and "read before it" in w for w in result.warnings)


def test_flattened_text_splits_the_same():
    flat = " ".join(YEAR.split())
    result = parse_printed_minutes(flat)
    assert [m.date for m in result.meetings] == [
        date(2025, 1, 13),
        date(2025, 2, 10),
        date(2025, 3, 10),
    ]
    assert [[i.number for i in m.items] for m in result.meetings] == [
        ["1", "2", "3"],
        ["4", "5", "6", "7"],
        ["8", "9"],
    ]
    assert [p.name for p in result.meetings[2].attendance.present] == [
        "Cllr B Clarke",
        "Cllr C Dunn",
    ]


@settings(max_examples=150, deadline=None)
@given(
    cut=st.integers(min_value=0, max_value=len(YEAR)),
    junk=st.text(max_size=40),
    drop=st.integers(min_value=0, max_value=len(YEAR)),
    span=st.integers(min_value=0, max_value=200),
)
def test_mangled_year_files_parse_or_refuse_cleanly(cut, junk, drop, span):
    text = YEAR[:cut] + junk + YEAR[cut:]
    text = text[:drop] + text[drop + span :]
    try:
        parse_source(Source("year.txt", text, "0" * 64))
    except ImportFailed as refused:
        assert str(refused).startswith("year.txt")
    try:
        result = parse_printed_minutes(text)
        parse_document(text)
    except ParseError:
        return
    days = [m.date for m in result.meetings]
    assert all(d is not None for d in days) and len(set(days)) == len(days)


PARTS = {"13 January 2025": JANUARY, "10 February 2025": FEBRUARY, "10 March 2025": MARCH}
NUMBERS = {"13 January 2025": ["1", "2", "3"], "10 February 2025": ["4", "5", "6", "7"]}
NUMBERS["10 March 2025"] = ["8", "9"]
MONTHS = {"April": 4, "June": 6, "September": 9}


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(list(PARTS)),
    days=st.lists(st.integers(min_value=1, max_value=28), min_size=3, max_size=3, unique=True),
    month=st.sampled_from(list(MONTHS)),
)
def test_each_meeting_of_a_file_has_its_own_items_whatever_the_order(order, days, month):
    # (February's item 5 speaks of 13 January's minutes: kept, whatever its date now)
    text = ""
    for printed, day in zip(order, days, strict=True):
        own = PARTS[printed].split("\n", 1)
        text += own[0].replace(printed, f"{day} {month} 2026") + "\n" + own[1]
    result = parse_printed_minutes(text)
    assert [m.date for m in result.meetings] == [date(2026, MONTHS[month], d) for d in days]
    assert [[i.number for i in m.items] for m in result.meetings] == [NUMBERS[p] for p in order]


def test_another_bodys_minutes_spoken_of_at_a_lines_start_do_not_split():
    # an item's words, printed at a line's start, of the form of the heading: another body,
    # no list of who attended under them, so no meeting's start
    noted = JANUARY.replace(
        "3. Footpaths\n",
        "3. Committees\nMinutes of the Meeting of the Finance Committee held on 6 January 2025 "
        "- noted.\n4. Footpaths\n",
    )
    (jan,) = parse_printed_minutes(noted).meetings
    assert [i.number for i in jan.items] == ["1", "2", "3", "4"]
    # the same words with an attendance list under them are another meeting's minutes
    listed = noted.replace("- noted.\n", "\nPresent: Cllr A Brown, Cllr B Clarke\n")
    result = parse_printed_minutes(listed)
    assert [i.number for i in result.meetings[0].items] == ["1", "2", "3"]
    assert any("meeting no. 2" in w and "Finance Committee" in w for w in result.warnings)
