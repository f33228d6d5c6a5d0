"""Benchmark: one page of ``/api/v1/events`` (50 meetings with their agenda items), the
code of this tree against another tree's (before and after a change), interleaved.

    DATABASE_URL=postgres://... .venv/bin/python bench/api_page.py --against /tmp/before

The database must already hold a record (``moot generate-fixture``); nothing is written.
Each round starts one process per tree (``--against`` first, then this tree); each process
asks for the page once to warm up, then ``--samples`` times, in process (Django's test
client, ``MOOT_DEBUG`` off, rate limits lifted), and reports the wall time and the
process's CPU time of each request and the queries of one. The figures of all rounds are
pooled per tree: median and p95 of the wall times, median of the CPU times. CPU time is
the steadier figure on a shared machine; wall time includes the database's work. Without
``--against`` only this tree is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
URL = "/api/v1/events?limit=50"


def _worker(url: str, samples: int) -> None:
    """Measure in this process (the tree on ``sys.path`` first) and print one JSON line."""
    os.environ.update(
        MOOT_DATA_DIR=tempfile.mkdtemp(prefix="moot-bench-page-"),
        MOOT_DEBUG="",
        MOOT_SSL_REDIRECT="0",
        MOOT_SECRET_KEY="bench-only-not-a-secret",  # noqa: S106 - a throwaway process
        MOOT_ALLOWED_HOSTS="testserver",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "1000000/m"}
    client = Client()
    queries: list[str] = []

    def counted(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        assert client.get(url).status_code == 200
    wall, cpu = [], []
    for _ in range(samples):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200
    print(
        json.dumps(
            {"wall": wall, "cpu": cpu, "queries": len(queries), "bytes": len(response.content)}
        )
    )


def _run(tree: Path, url: str, samples: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-c", _WORKER, url, str(samples)]
    done = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# The worker is started by path so that the measured tree's ``moot`` is imported first.
_WORKER = (
    "import sys, runpy; sys.path.insert(0, '.'); "
    f"runpy.run_path({str(Path(__file__).resolve())!r}, run_name='worker')"
)


def _summary(name: str, runs: list[dict]) -> str:
    wall = [t for r in runs for t in r["wall"]]
    cpu = [t for r in runs for t in r["cpu"]]
    p95 = statistics.quantiles(wall, n=20)[-1]
    return (
        f"{name}: median **{statistics.median(wall):.1f} ms**, p95 **{p95:.1f} ms** "
        f"(CPU median {statistics.median(cpu):.1f} ms), {runs[0]['queries']} queries, "
        f"{runs[0]['bytes']} bytes, {len(wall)} requests"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", type=Path, help="the other tree (the code before)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--samples", type=int, default=15, help="requests per process")
    parser.add_argument("--url", default=URL)
    options = parser.parse_args()
    trees = ([("before", options.against)] if options.against else []) + [("after", REPO)]
    results: dict[str, list[dict]] = {name: [] for name, _ in trees}
    for _ in range(options.rounds):
        for name, tree in trees:
            results[name].append(_run(tree, options.url, options.samples))
    for name, _ in trees:
        print(_summary(name, results[name]))
    print(f"1-minute load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "worker":
    _worker(sys.argv[1], int(sys.argv[2]))
elif __name__ == "__main__":
    raise SystemExit(main())
