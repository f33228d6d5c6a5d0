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
