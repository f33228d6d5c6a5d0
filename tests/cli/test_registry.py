"""The command registry and the one JSON emitter every command prints through."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot import cli
from moot.cli import registry


def test_every_command_of_the_contract_is_registered():
    cli.build_parser()  # imports every module of COMMAND_MODULES
    names = {" ".join(c.path) for c in registry.commands()}
    assert names >= {
        "demo",
        "serve",
        "load-example",
        "quorum",
        "deadline",
        "import agenda-pack",
        "import moderngov-page",
        "import folder",
        "pack",
        "minutes-doc",
        "search",
        "manage",
    }


def test_registering_a_name_twice_fails_at_once():
    with pytest.raises(RuntimeError, match="moot quorum is registered twice"):
        registry.command("quorum", help="again")(lambda args: 0)


def test_emitter_handles_dates_datetimes_decimals_and_paths(capsys):
    payload = {
        "day": date(2021, 7, 29),
        "at": datetime(2021, 7, 29, 9, 30, tzinfo=ZoneInfo("Europe/London")),
        "start": time(9, 30),
        "amount": Decimal("12.50"),
        "file": Path("var/packs/x.pdf"),
        "tags": {"b", "a"},
    }
    registry.emit(argparse.Namespace(json=True), payload, "unused")
    assert json.loads(capsys.readouterr().out) == {
        "day": "2021-07-29",
        "at": "2021-07-29T09:30:00+01:00",
        "start": "09:30:00",
        "amount": "12.50",
        "file": "var/packs/x.pdf",
        "tags": ["a", "b"],
    }
    registry.emit(argparse.Namespace(json=False), payload, "In words.\n\n")
    assert capsys.readouterr().out == "In words.\n"


def test_emitter_refuses_what_it_cannot_represent():
    with pytest.raises(TypeError):
        registry.to_json({"object": object()})


@given(st.dates(), st.decimals(allow_nan=False, allow_infinity=False))
def test_dates_and_decimals_round_trip_exactly(day, amount):
    back = json.loads(registry.to_json({"day": day, "amount": amount}))
    assert date.fromisoformat(back["day"]) == day
    assert Decimal(back["amount"]) == amount


def test_user_errors_are_one_line():
    assert str(registry.UserError("two\n  lines")) == "two lines"


def test_python_dash_m_moot_cli_runs_the_command():
    result = subprocess.run(
        [sys.executable, "-m", "moot.cli", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "minutes-doc" in result.stdout and "import" in result.stdout
