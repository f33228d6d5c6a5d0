"""The five-line harvest example in docs/api.md runs, against the bundled example."""

from __future__ import annotations

import contextlib
import io
import re
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
SITE = "https://meetings.example.gov.uk"


def test_the_documented_harvest_prints_every_decision_of_the_body(client, example, monkeypatch):
    block = re.search(r"```python\n(.*?)```", DOC.read_text(), re.S).group(1)
    assert len(block.strip().splitlines()) == 5

    def urlopen(url):
        assert url.startswith((SITE, "http://testserver"))
        response = client.get(url.replace(SITE, "").replace("http://testserver", ""))
        assert response.status_code == 200
        return io.BytesIO(response.content)

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    block = block.replace("?body=", "?limit=3&body=")  # several pages, to follow `next`
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(block, {})  # noqa: S102 (our own documentation)
    lines = printed.getvalue().splitlines()
    expected = client.get("/api/v1/decisions?limit=200&body=health-and-wellbeing-board").json()
    assert len(lines) == len(expected["results"]) > 3
    assert lines[0].startswith(expected["results"][0]["date"])
