"""Meeting commands: quorum, deadline, and the clerk's script commands, through main()."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest
from django.utils import timezone

from moot import cli

pytestmark = pytest.mark.django_db

BOARD = "health-and-wellbeing-board"


def moot(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["quorum", "deadline"])
@pytest.mark.parametrize(
    ("reference", "message"),
    [
        (f"{BOARD}/2030-01-01", "Health and Wellbeing Board has no meeting on 1 January 2030."),
        ("no-such-body/2021-03-25", "There is no body called 'no-such-body'."),
    ],
)
def test_an_unknown_meeting_repeats_the_reference_as_typed(
    example, capsys, command, reference, message
):
    code, out, err = moot(capsys, command, reference, "--json")
    assert (code, out) == (1, "")
    assert err == f"moot {command}: '{reference}': {message}\n"


OCTOBER = f"{BOARD}/2021-10-28"
JANUARY = f"{BOARD}/2022-01-27"
MARCH = f"{BOARD}/2021-03-25"


def status(reference: str) -> str:
    from moot.meetings.services import find_meeting

    return find_meeting(reference).status


@pytest.fixture
def future(example):
    """A meeting of the Board two months ahead, on a Thursday, with the standing items."""
    from moot.meetings.services import meeting_create

    day = timezone.localdate() + timedelta(days=60)
    day += timedelta(days=(3 - day.weekday()) % 7)
    return meeting_create(body=example, day=day, at=time(9, 30)).identifier


def test_agenda_publish_on_time(future, capsys):
    code, out, err = moot(capsys, "agenda", "publish", future, "--json")
    assert code == 0, err
    verdict = json.loads(out)
    assert verdict["meeting"] == future and verdict["status"] == "agenda_published"
    assert verdict["on_time"] is True and verdict["late_reason"] == ""
    assert date.fromisoformat(verdict["publish_by"]) < date.fromisoformat(future[-10:])
    assert status(future) == "agenda_published"
    code, out, err = moot(capsys, "agenda", "publish", future)
    assert (code, out) == (1, "")
    assert err.startswith(f"moot agenda: {future}: ") and "cannot move to 'agenda published'" in err


def test_a_reason_is_only_for_a_late_agenda(future, capsys):
    code, out, err = moot(capsys, "agenda", "publish", future, "--reason", "Because.")
    assert (code, out) == (1, "")
    assert err.startswith("moot agenda: --reason: the agenda of ") and "is on time" in err
    assert status(future) == "scheduled"


def test_a_late_agenda_needs_a_reason_which_is_recorded(example, capsys):
    code, out, err = moot(capsys, "agenda", "publish", OCTOBER, "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"moot agenda: {OCTOBER}: The agenda of ")
    assert "had to be published by 20 October 2021" in err and err.endswith("--reason.\n")
    assert err.count("\n") == 1
    assert status(OCTOBER) == "scheduled"
    code, out, err = moot(capsys, "agenda", "publish", OCTOBER, "--reason", "  ")
    assert code == 1 and status(OCTOBER) == "scheduled"
    code, out, err = moot(capsys, "agenda", "publish", OCTOBER, "--reason", "Report delayed.")
    assert code == 0, err
    assert out.startswith(f"Published the agenda of {OCTOBER}: late (it had to be published by ")
    assert out.rstrip().endswith("reason recorded: Report delayed.")
    from moot.meetings.services import find_meeting

    assert find_meeting(OCTOBER).late_publication_reason == "Report delayed."


def test_meeting_held_gives_minute_numbers_and_refuses_a_meeting_still_to_come(
    example, future, capsys
):
    assert moot(capsys, "agenda", "publish", future)[0] == 0
    code, out, err = moot(capsys, "meeting", "held", future)
    assert (code, out) == (1, "")
    assert err.startswith(f"moot meeting: {future}: ") and "still to come" in err
    assert status(future) == "agenda_published"
    assert moot(capsys, "agenda", "publish", OCTOBER, "--reason", "Late.")[0] == 0
    code, out, err = moot(capsys, "meeting", "held", OCTOBER, "--json")
    assert code == 0, err
    held = json.loads(out)
    assert held["status"] == "held" and held["quorate"] is None
    minutes = [entry["minute"] for entry in held["minute_numbers"]]
    assert minutes == list(range(1, len(minutes) + 1))  # the 2021/22 year starts at 1


@pytest.mark.parametrize("postpone", [False, True])
def test_meeting_cancel_needs_a_reason(future, capsys, postpone):
    flag = ["--postpone"] if postpone else []
    code, out, err = moot(capsys, "meeting", "cancel", future, "--reason", " ", *flag)
    assert (code, out) == (1, "") and err.startswith("moot meeting: --reason: ")
    assert status(future) == "scheduled"
    code, out, err = moot(capsys, "meeting", "cancel", future, "--reason", "No business.", *flag)
    assert code == 0, err
    expected = "postponed" if postpone else "cancelled"
    assert out == f"{future} is {expected}: No business.\n"
    assert status(future) == expected
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["meeting", "cancel", future])
    assert exit_info.value.code == 2  # --reason is required: bad usage


def test_a_held_meeting_cannot_be_cancelled(example, capsys):
    code, out, err = moot(capsys, "meeting", "cancel", MARCH, "--reason", "Oops.")
    assert (code, out) == (1, "")
    assert err.startswith(f"moot meeting: {MARCH}: ") and "cannot move to 'cancelled'" in err


def _hold(reference: str, capsys) -> None:
    assert moot(capsys, "agenda", "publish", reference, "--reason", "Late.")[0] == 0
    assert moot(capsys, "meeting", "held", reference)[0] == 0


def test_minutes_publish_and_approve_at_the_next_meeting(example, capsys):
    code, out, err = moot(capsys, "minutes", "publish", OCTOBER)
    assert (code, out) == (1, "") and "cannot move to 'minutes draft'" in err
    _hold(OCTOBER, capsys)
    code, out, err = moot(capsys, "minutes", "publish", OCTOBER, "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "minutes_draft"
    code, out, err = moot(capsys, "minutes", "approve", OCTOBER, "--at", JANUARY)
    assert (code, out) == (1, "")
    assert "approved by a resolution of a meeting that has been held" in err
    assert status(OCTOBER) == "minutes_draft"
    _hold(JANUARY, capsys)
    code, out, err = moot(capsys, "minutes", "approve", OCTOBER, "--at", JANUARY, "--json")
    assert code == 0, err
    approved = json.loads(out)
    assert approved["status"] == "minutes_approved" and approved["locked"] is True
    assert approved["approved_at"] == JANUARY
    assert "held on 28 October 2021 be confirmed as a correct record" in approved["resolution"]
    from moot.meetings.models import AgendaItem

    item = AgendaItem.objects.get(meeting__date=date(2022, 1, 27), agenda_number=approved["item"])
    assert item.standing == "previous_minutes"
    code, out, err = moot(capsys, "minutes", "approve", OCTOBER, "--at", JANUARY)
    assert code == 1 and "cannot move to 'minutes approved'" in err


@pytest.mark.parametrize(
    ("at", "message"),
    [
        (f"{BOARD}/2022-01-28", f"--at '{BOARD}/2022-01-28': Health and Wellbeing Board has no"),
        ("nowhere", "--at 'nowhere' is not a meeting"),
        (MARCH, "approved at a later meeting"),
    ],
)
def test_minutes_approve_names_a_bad_later_meeting(example, capsys, at, message):
    _hold(OCTOBER, capsys)
    code, out, err = moot(capsys, "minutes", "approve", OCTOBER, "--at", at)
    assert (code, out) == (1, "")
    assert err.startswith("moot minutes: ") and message in err and err.count("\n") == 1
    assert status(OCTOBER) == "held"


# --- moot attendance ---------------------------------------------------------------------

GOOD_SHEET = """Name,Attendance,For,Mode
Councillor Vi Dempster,present,,in the room
Elly Cutkelvin,Present,,
Ivan Browne,present,,
Andy Williams,present,,
Harsha Kotecha,present,,
Kevan Liles,present,,
Azhar Faroogi,present,,remote
Rupert Matthews,apologies,,
Cathy Ellis,present,,
Jane Newcombe-Officer,in attendance,,
"""


def _attendance_rows(reference: str) -> int:
    from moot.meetings.services import find_meeting

    return find_meeting(reference).attendance.count()


def test_attendance_from_a_sheet_judges_the_quorum(example, tmp_path, capsys):
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(GOOD_SHEET, encoding="utf-8")
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(sheet), "--json")
    assert code == 0, err
    report = json.loads(out)
    recorded = {r["person"]: (r["attendance"], r["mode"]) for r in report["recorded"]}
    assert recorded["Vi Dempster"] == ("present", "in_room")
    assert recorded["Azhar Farooqi"] == ("present", "remote")  # a misprint, matched
    assert recorded["Cathy Ellis"][0] == "standing_invitee"  # invited, not a member
    assert recorded["Rupert Matthews"][0] == "apologies"
    assert report["people"]["created"] == ["Jane Newcombe-Officer"]
    assert report["people"]["uncertain"] == []
    quorum = report["quorum"]
    assert quorum["meeting"] == OCTOBER and quorum["quorate"] is True
    assert set(quorum) == {
        "meeting",
        "quorate",
        "present_members",
        "required",
        "groups",
        "explanation",
    }
    from moot.meetings.services import find_meeting

    meeting = find_meeting(OCTOBER)
    assert meeting.quorate is True and meeting.attendance.count() == 10
    code, out, err = moot(capsys, "quorum", OCTOBER, "--json")
    assert json.loads(out)["quorate"] is True


def test_attendance_in_words(example, tmp_path, capsys):
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(GOOD_SHEET, encoding="utf-8")
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(sheet))
    assert code == 0, err
    assert out.startswith(f"Recorded the attendance of {OCTOBER} from {sheet}: 7 present, ")
    assert "  new person: Jane Newcombe-Officer\n" in out
    code, verdict, err = moot(capsys, "quorum", OCTOBER)
    assert out.endswith(verdict)  # the quorum judged after recording, in words


def _refused(capsys, sheet, text):
    from moot.governance.models import Person, PersonAlias

    sheet.write_text(text, encoding="utf-8")
    people, aliases = Person.objects.count(), PersonAlias.objects.count()
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(sheet), "--json")
    assert (code, out) == (1, "")
    assert err.startswith("moot attendance: ") and err.count("\n") == 1
    assert err.rstrip().endswith("nothing was recorded.") or "column" in err
    # all or nothing: no attendance, no person, no alias was kept from the good rows
    assert _attendance_rows(OCTOBER) == 0
    assert (Person.objects.count(), PersonAlias.objects.count()) == (people, aliases)
    return err


def test_an_uncertain_name_is_reported_with_its_candidates_and_nothing_is_guessed(
    example, tmp_path, capsys
):
    from moot.governance.models import Person

    Person.objects.create(name="Jo Patel", slug="jo-patel", given_name="Jo", family_name="Patel")
    sheet = tmp_path / "s.csv"
    err = _refused(capsys, sheet, GOOD_SHEET + "Patel,present,,\n")
    assert f"{sheet} line 12, column name: 'Patel' could be " in err
    assert "Jo Patel" in err and "Rita Patel" in err


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Zebedee Quux,present,,", "line 11, column name: no one called 'Zebedee Quux'"),
        ("Mark Wightman,here,,", "line 11, column attendance: 'here' is not an attendance"),
        ("Jo Bloggs,substitute,Nobody Known,", "line 11, column name: no one called 'Jo Bloggs'"),
        ("Cathy Ellis,substitute,Nobody Known,", "line 11, column for: no one called 'Nobody"),
        (
            "Cathy Ellis,substitute,Vi Dempster,",
            "line 11: Cathy Ellis cannot substitute for Councillor Vi Dempster, who is present",
        ),
        ("Mark Wightman,present,,online", "line 11, column mode: 'online' is not a way"),
    ],
)
def test_a_bad_row_names_file_line_and_column_and_records_nothing(
    example, tmp_path, capsys, row, message
):
    sheet = tmp_path / "s.csv"
    err = _refused(capsys, sheet, GOOD_SHEET.replace("Cathy Ellis,present,,\n", "") + row + "\n")
    assert f"{sheet} {message}" in err


def test_someone_present_must_be_a_member_or_invitee(example, tmp_path, capsys):
    from moot.governance.models import Person

    Person.objects.create(name="Sam Outsider", slug="sam-outsider", family_name="Outsider")
    err = _refused(capsys, tmp_path / "s.csv", GOOD_SHEET + "Sam Outsider,present,,\n")
    assert "line 12, column attendance: Sam Outsider is not a member or standing invitee" in err
    assert "write 'in attendance'" in err


def test_the_sheet_file_is_named(example, tmp_path, capsys):
    missing = tmp_path / "none.csv"
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(missing))
    assert (code, err) == (1, f"moot attendance: --from {missing}: no such file.\n")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,attendance\nJos\xe9 Ni\xf1o,present\n".encode("latin-1"))
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(latin))
    assert code == 1 and "not UTF-8 text" in err
    code, out, err = moot(capsys, "attendance", f"{BOARD}/2030-01-01", "--from", str(latin))
    assert code == 1  # the file is read first: its fault is named before the meeting's


def test_approved_minutes_lock_the_attendance(example, tmp_path, capsys):
    _hold(OCTOBER, capsys)
    _hold(JANUARY, capsys)
    assert moot(capsys, "minutes", "approve", OCTOBER, "--at", JANUARY)[0] == 0
    sheet = tmp_path / "s.csv"
    sheet.write_text(GOOD_SHEET, encoding="utf-8")
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(sheet))
    assert (code, out) == (1, "")
    assert "approved and are locked" in err


def test_no_sheet_for_a_cancelled_meeting_or_one_still_to_come(future, tmp_path, capsys):
    sheet = tmp_path / "s.csv"
    sheet.write_text(GOOD_SHEET, encoding="utf-8")
    code, out, err = moot(capsys, "attendance", future, "--from", str(sheet))
    assert (code, out) == (1, "") and "is still to come" in err
    assert moot(capsys, "meeting", "cancel", OCTOBER, "--reason", "No business.")[0] == 0
    code, out, err = moot(capsys, "attendance", OCTOBER, "--from", str(sheet))
    assert (code, out) == (1, "")
    assert err.startswith(f"moot attendance: {sheet}: ") and "was cancelled" in err
    assert _attendance_rows(OCTOBER) == 0 and _attendance_rows(future) == 0
