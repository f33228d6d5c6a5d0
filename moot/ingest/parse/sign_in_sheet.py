"""A sign-in sheet or a meeting platform's attendance export (CSV), read into plain rows.

Columns (header names in any case; other columns, such as an e-mail address or a join time
in a platform's export, are ignored):

* ``name`` (required): the person as written.
* ``attendance`` (required): ``present``, ``apologies``, ``substitute``, ``in attendance``
  or ``absent`` (case, ``_`` and ``-`` do not matter).
* ``for``: whom a substitute replaces; required for a substitute and only for one
  (terms of reference 5.3).
* ``mode``: ``in the room`` (the default when empty) or ``remote``; whether a remote member
  counts as present is the quorum rule's to decide (SI 2020/392), not the sheet's.

A name, and a name in ``for``, must read as a person's: the one guard every parser's lists
pass through (``people_only``) refuses an office ("Town Clerk", "officer"), a name ending in
one ("J Bloggs Link Officer": where the name stops cannot be told) and initials alone, so no
office is ever recorded, or created, as someone.

A pure function: text in, rows out, or a ``SheetError`` naming the file, line and column
and the rule. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from moot.ingest.drafts import PersonEntry
from moot.ingest.names import normalise_name
from moot.ingest.parse.name_lists import people_only

ATTENDANCE = {
    "present": "present",
    "apologies": "apologies",
    "substitute": "substitute",
    "in attendance": "in_attendance",
    "absent": "absent",
}
MODES = {"": "in_room", "in the room": "in_room", "in room": "in_room", "remote": "remote"}
REQUIRED = ("name", "attendance")


class SheetError(ValueError):
    """A sheet that cannot be read as it stands; the message names file, line and column."""


@dataclass(frozen=True)
class SignInRow:
    line: int
    name: str
    attendance: str  # an Attendance.Status value
    substitute_for: str  # the name as written, or ""
    mode: str  # an Attendance.Mode value


def _words(value: str | None) -> str:
    return " ".join((value or "").replace("_", " ").replace("-", " ").split()).lower()


def _allowed(options) -> str:
    names = [f"'{o}'" for o in options if o]
    return ", ".join(names[:-1]) + " or " + names[-1]


def parse_sign_in_sheet(text: str, *, source: str) -> list[SignInRow]:
    """The rows of the sheet, in order; a blank line is skipped, anything else is read or
    refused (never guessed)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise SheetError(f"{source}: the file is empty; the first line names the columns.")
        columns = {_words(cell): i for i, cell in reversed(list(enumerate(header)))}
        for required in REQUIRED:
            if required not in columns:
                raise SheetError(
                    f"{source} line 1: there is no '{required}' column (the columns are "
                    f"name, attendance, for, mode; this header has "
                    f"{', '.join(repr(c.strip()) for c in header)})."
                )
        rows: list[SignInRow] = []
        seen: dict[str, int] = {}
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue

            def cell(column: str, cells=cells) -> str:
                index = columns.get(column)
                value = cells[index] if index is not None and index < len(cells) else ""
                return " ".join(value.split())

            rows.append(_row(source, line, cell, seen))
    except csv.Error as exc:
        raise SheetError(f"{source} line {reader.line_num}: not readable as CSV ({exc}).") from None
    if not rows:
        raise SheetError(f"{source}: no one is listed under the header.")
    return rows


def _a_person(where: str, column: str, name: str) -> None:
    if not people_only([PersonEntry(name=name)]):
        raise SheetError(
            f"{where}, column {column}: {name!r} does not read as a person's name (an office "
            "such as 'Town Clerk', a name ending in one, or initials alone); write the name "
            "of the person, without their post."
        )


def _row(source: str, line: int, cell, seen: dict[str, int]) -> SignInRow:
    where = f"{source} line {line}"
    name = cell("name")
    key = normalise_name(name).key
    if not key:
        raise SheetError(f"{where}, column name: the name is empty.")
    _a_person(where, "name", name)
    if key in seen:
        raise SheetError(
            f"{where}, column name: {name!r} is already listed on line {seen[key]}; "
            "a person attends once."
        )
    seen[key] = line
    written = cell("attendance")
    attendance = ATTENDANCE.get(_words(written))
    if attendance is None:
        raise SheetError(
            f"{where}, column attendance: {written!r} is not an attendance; write "
            f"{_allowed(ATTENDANCE)}."
        )
    substitute_for = cell("for")
    if attendance == "substitute" and not substitute_for:
        raise SheetError(
            f"{where}, column for: {name} is a substitute for no one; name the member they "
            "replace (terms of reference 5.3)."
        )
    if attendance != "substitute" and substitute_for:
        raise SheetError(
            f"{where}, column for: only a substitute attends for another member; {name} is "
            f"{written!r}."
        )
    if substitute_for:
        _a_person(where, "for", substitute_for)
    if substitute_for and normalise_name(substitute_for).key == key:
        raise SheetError(f"{where}, column for: {name} cannot substitute for themselves.")
    written_mode = cell("mode")
    mode = MODES.get(_words(written_mode))
    if mode is None:
        raise SheetError(
            f"{where}, column mode: {written_mode!r} is not a way of attending; write "
            f"{_allowed(['in the room', 'remote'])}, or leave it empty for in the room."
        )
    return SignInRow(line, name, attendance, substitute_for, mode)
