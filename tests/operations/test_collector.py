"""A server process (``moot.wsgi``) leaves the loaded application out of the cycle
collector's walks (moot.operations.collector)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import gc
before = gc.get_threshold()[0]
import moot.wsgi
from moot.operations.collector import FIRST_THRESHOLD
print(before, gc.get_threshold()[0] == FIRST_THRESHOLD, gc.get_freeze_count() > 1000)
"""


def test_loading_the_wsgi_application_freezes_it_and_raises_the_first_threshold(tmp_path):
    env = dict(os.environ, MOOT_DEBUG="1", MOOT_DATA_DIR=str(tmp_path), PYTHONPATH=str(REPO))
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["700", "True", "True"]
