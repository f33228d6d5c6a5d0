"""Meeting commands: quorum, deadline, and the clerk's script commands, through main()."""

from __future__ import annotations

import pytest

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
