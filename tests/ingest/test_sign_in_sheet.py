"""The sign-in sheet parser: pure, no database; every refusal names file, line and column."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.sign_in_sheet import ATTENDANCE, SheetError, parse_sign_in_sheet

NAMES = st.sampled_from(
    ["Vi Dempster", "Dr Avi Prasad", "Councillor Rita Patel", "Kevan Liles", "Jo Bloggs"]
)


def sheet(rows, header=("name", "attendance", "for", "mode")) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def rows(draw):
    names = draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
    result = []
    for name in names:
        written = draw(st.sampled_from(sorted(ATTENDANCE)))
        spelled = draw(st.sampled_from([written, written.upper(), written.replace(" ", "_")]))
        member = "Mark Wightman" if written == "substitute" else ""
        mode = draw(st.sampled_from(["", "in the room", "Remote", "in room"]))
        result.append((name, spelled, member, mode, ATTENDANCE[written]))
    return result


@given(rows())
def test_what_is_written_is_read_back_row_by_row(generated):
    text = sheet([r[:4] for r in generated])
    parsed = parse_sign_in_sheet(text, source="s.csv")
    assert [p.name for p in parsed] == [r[0] for r in generated]
    assert [p.attendance for p in parsed] == [r[4] for r in generated]
    assert [p.substitute_for for p in parsed] == [r[2] for r in generated]
    assert [p.mode for p in parsed] == [
        "remote" if r[3] == "Remote" else "in_room" for r in generated
    ]
    assert [p.line for p in parsed] == list(range(2, len(generated) + 2))


@given(rows(), st.data())
def test_a_bad_attendance_is_refused_naming_its_line(generated, data):
    bad = data.draw(st.integers(0, len(generated) - 1))
    word = data.draw(st.sampled_from(["here", "late", "yes", "P"]))
    cells = [list(r[:4]) for r in generated]
    cells[bad][1], cells[bad][2] = word, ""
    with pytest.raises(SheetError) as refused:
        parse_sign_in_sheet(sheet(cells), source="s.csv")
    assert str(refused.value).startswith(f"s.csv line {bad + 2}, column attendance: '{word}'")


def test_platform_exports_keep_extra_columns_and_a_byte_order_mark():
    text = "\ufeffEmail,Name,Join time,Attendance\nv@x.org,Vi Dempster,09:31,Present\n\n"
    (row,) = parse_sign_in_sheet(text, source="zoom.csv")
    assert (row.name, row.attendance, row.mode, row.line) == (
        "Vi Dempster",
        "present",
        "in_room",
        2,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "s.csv: the file is empty"),
        ("name,status\nA,present\n", "s.csv line 1: there is no 'attendance' column"),
        ("name,attendance\n", "s.csv: no one is listed"),
        ("name,attendance\n ,present\n", "s.csv line 2, column name: the name is empty."),
        ("name,attendance\nAl Bee,substitute\n", "line 2, column for: Al Bee is a substitute for"),
        ("name,attendance,for\nAl Bee,present,Cy Dee\n", "line 2, column for: only a substitute"),
        ("name,attendance,for\nA Bee,substitute,a bee\n", "cannot substitute for themselves"),
        ("name,attendance,mode\nAl Bee,present,zoom\n", "s.csv line 2, column mode: 'zoom' is not"),
        ("name,attendance\nCllr A Bee,present\nA Bee,absent\n", "line 3, column name: 'A Bee' is"),
        ('name,attendance\n"A,present\n', "s.csv line"),
    ],
)
def test_refusals_name_file_line_and_column(text, message):
    with pytest.raises(SheetError) as refused:
        parse_sign_in_sheet(text, source="s.csv")
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


# --- an office is never a person (the guard every parser's lists pass through) -----------

OFFICES = st.sampled_from(
    ["Town Clerk", "officer", "Clerk", "Responsible Finance Officer", "Mr J", "Cllr J", "J B"]
)


@given(rows(), st.data())
def test_an_office_or_initials_for_a_name_is_refused_naming_its_line(generated, data):
    bad = data.draw(st.integers(0, len(generated) - 1))
    office = data.draw(OFFICES)
    cells = [list(r[:4]) for r in generated]
    cells[bad][0] = office
    with pytest.raises(SheetError) as refused:
        parse_sign_in_sheet(sheet(cells), source="s.csv")
    message = str(refused.value)
    assert message.startswith(f"s.csv line {bad + 2}, column name: {office!r} does not read")
    assert "\n" not in message


@pytest.mark.parametrize("name", ["J Bloggs Link Officer", "Sarah Scourfield Town Clerk"])
def test_a_name_ending_in_an_office_is_refused(name):
    # where the name stops and the post begins cannot be told: never guessed
    with pytest.raises(SheetError, match="column name: .* does not read as a person"):
        parse_sign_in_sheet(sheet([(name, "in attendance", "", "")]), source="s.csv")


def test_whom_a_substitute_replaces_must_be_a_person_too():
    text = sheet([("Jo Bloggs", "substitute", "Chairman", "")])
    with pytest.raises(SheetError, match="line 2, column for: 'Chairman' does not read"):
        parse_sign_in_sheet(text, source="s.csv")


def test_people_with_their_posts_left_off_are_read():
    text = sheet(
        [("Jane Newcombe", "in attendance", "", ""), ("Cllr Ann Green", "present", "", "")]
    )
    assert [r.name for r in parse_sign_in_sheet(text, source="s.csv")] == [
        "Jane Newcombe",
        "Cllr Ann Green",
    ]


def test_a_family_name_that_is_an_office_word_is_written_family_first():
    # "John Ward" ends in an office word ("ward") and is refused, never guessed; written
    # "Ward, John" it is read as John Ward (docs/contract.md)
    with pytest.raises(SheetError, match="line 2, column name: 'John Ward'"):
        parse_sign_in_sheet(sheet([("John Ward", "present", "", "")]), source="s.csv")
    text = 'name,attendance\n"Ward, John",present\n'
    (row,) = parse_sign_in_sheet(text, source="s.csv")
    assert row.name == "Ward, John"
