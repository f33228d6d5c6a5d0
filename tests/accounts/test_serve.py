"""`moot serve` listens on 127.0.0.1 unless told otherwise (--bind)."""

from __future__ import annotations

import pytest

from moot import cli


@pytest.fixture
def gunicorn_argv(monkeypatch):
    seen = {}
    monkeypatch.setattr(cli, "_setup", lambda *a, **k: None)
    monkeypatch.setattr(cli, "_migrate", lambda *a, **k: None)
    monkeypatch.setattr("django.core.management.call_command", lambda *a, **k: None)
    monkeypatch.setattr(cli.os, "execvp", lambda file, argv: seen.setdefault("argv", argv))
    return seen


def _bind(argv: list[str]) -> str:
    return argv[argv.index("--bind") + 1]


def test_serve_binds_loopback_by_default(gunicorn_argv):
    cli.cmd_serve(cli.build_parser().parse_args(["serve"]))
    assert _bind(gunicorn_argv["argv"]) == "127.0.0.1:8000"


def test_serve_binds_where_it_is_told(gunicorn_argv):
    cli.cmd_serve(
        cli.build_parser().parse_args(["serve", "--bind", "192.0.2.10", "--port", "9000"])
    )
    assert _bind(gunicorn_argv["argv"]) == "192.0.2.10:9000"
