"""The page cache is shared by every process: a change committed by a command in another
process is seen at once by a running server, which keeps the pages of other meetings."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.installation import REPO, make_installation

MARCH = "/bodies/health-and-wellbeing-board/meetings/2021-03-25/"
JULY = "/bodies/health-and-wellbeing-board/meetings/2021-07-29/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[str, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:  # noqa: S310
        return response.headers["X-Moot-Cache"], response.read().decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    installation = make_installation(tmp_path_factory.mktemp("shared-cache"))
    done = installation.moot("load-example", "leicester-hwb")
    assert done.returncode == 0, done.stderr
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "moot.cli",
            "manage",
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
        ],
        env=installation.env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise AssertionError("the development server did not start") from None
            time.sleep(0.1)
    yield installation, port
    process.terminate()
    process.wait(timeout=30)


def test_a_change_made_by_another_process_is_served_at_once(server):
    installation, port = server
    assert _get(port, MARCH)[0] == "miss"
    assert _get(port, JULY)[0] == "miss"
    state, html = _get(port, MARCH)
    assert state == "hit"
    assert "Quetzal correction" not in html

    installation.shell(
        "from moot.meetings.models import Resolution; "
        "r = Resolution.objects.filter(item__meeting__date='2021-03-25').first(); "
        "r.text = 'Agreed with the Quetzal correction.'; r.save()"
    )

    state, html = _get(port, MARCH)
    assert state == "miss"
    assert "Quetzal correction" in html
    assert _get(port, JULY)[0] == "hit"  # another meeting's page is kept


def test_a_rolled_back_change_in_another_process_keeps_the_cached_page(server):
    installation, port = server
    _get(port, MARCH)
    assert _get(port, MARCH)[0] == "hit"
    installation.shell(
        "from django.db import transaction; from moot.meetings.models import Resolution\n"
        "try:\n"
        "    with transaction.atomic():\n"
        "        r = Resolution.objects.filter(item__meeting__date='2021-03-25').first()\n"
        "        r.text = 'Rolled back.'; r.save(); raise RuntimeError\n"
        "except RuntimeError:\n"
        "    pass"
    )
    assert _get(port, MARCH)[0] == "hit"
