"""`moot serve` listens on 127.0.0.1 unless told otherwise (--bind)."""

from __future__ import annotations

import pytest

from moot.cli import build_parser, site


@pytest.fixture
def gunicorn_argv(monkeypatch):
    seen = {}
    monkeypatch.setattr(site, "setup", lambda *a, **k: None)
    monkeypatch.setattr(site, "migrate", lambda *a, **k: None)
    # the start-up check of the database, cache and storage (tests/operations/test_health.py)
    monkeypatch.setattr("moot.operations.health.run_checks", lambda **k: [])
    monkeypatch.setattr("django.core.management.call_command", lambda *a, **k: None)
    monkeypatch.setattr(site.os, "execvp", lambda file, argv: seen.setdefault("argv", argv))
    return seen


def _bind(argv: list[str]) -> str:
    return argv[argv.index("--bind") + 1]


def test_serve_binds_loopback_by_default(gunicorn_argv):
    args = build_parser().parse_args(["serve"])
    args.handler(args)
    assert _bind(gunicorn_argv["argv"]) == "127.0.0.1:8000"


def test_serve_binds_where_it_is_told(gunicorn_argv):
    args = build_parser().parse_args(["serve", "--bind", "192.0.2.10", "--port", "9000"])
    args.handler(args)
    assert _bind(gunicorn_argv["argv"]) == "192.0.2.10:9000"
