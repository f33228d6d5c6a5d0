"""Profile: the example's meeting page without the page cache (queries, templates, the rest).

    .venv/bin/python bench/profile_meeting.py [--runs 200] [--top 25]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/moot_scale_bench \\
        .venv/bin/python bench/profile_meeting.py

Loads the bundled example into an empty database (a fresh SQLite file, or a test database
beside DATABASE_URL's, dropped at the end), then requests the meeting page of 25 March
2021 ``--runs`` times through Django's handler, every page cache version renewed before each
request, outside the timing (as bench/scale.py). Prints the median and p99 wall time, the queries and their time (measured on the
database cursor), the time spent rendering templates, and cProfile's top functions by
cumulative time over further runs. The process's CPU time (which leaves out the time spent
waiting for the database server and for a CPU on a busy machine) is the steadier figure on
a shared machine. Not a timed test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

URL = "/bodies/health-and-wellbeing-board/meetings/2021-03-25/"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--url", default=URL)
    parser.add_argument(
        "--callers",
        action="append",
        default=[],
        metavar="PATTERN",
        help="also print who calls the functions matching PATTERN (pstats' syntax)",
    )
    parser.add_argument(
        "--collector",
        choices=["server", "default"],
        default="server",
        help="Python's cycle collector as a Moot server runs it (moot.operations.collector, "
        "the default) or as Python starts",
    )
    args = parser.parse_args()

    os.environ["MOOT_DATA_DIR"] = tempfile.mkdtemp(prefix="moot-profile-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    os.environ["MOOT_DEBUG"] = "0"
    os.environ.setdefault("MOOT_SECRET_KEY", secrets.token_hex(32))
    os.environ.setdefault("MOOT_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("MOOT_SSL_REDIRECT", "0")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    vendor, old_name = connection.vendor, connection.settings_dict["NAME"]
    if vendor == "postgresql":
        connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    else:
        call_command("migrate", interactive=False, verbosity=0)
    try:
        profile(args, vendor)
    finally:
        if vendor == "postgresql":
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


def profile(args, vendor: str) -> None:
    from django.db import connection
    from django.template import Template
    from django.test import Client

    from bench.common import machine
    from moot.examples.loader import load_example
    from moot.portal.cache import EVERYTHING, bump

    load_example("leicester-hwb")
    client = Client()
    if args.collector == "server":  # as moot.wsgi leaves it for serving
        from moot.operations.collector import settle

        settle()
    sql = {"n": 0, "t": 0.0}

    def wrapper(execute, sql_text, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql_text, params, many, context)
        finally:
            sql["n"] += 1
            sql["t"] += time.perf_counter() - start

    rendering = {"t": 0.0, "depth": 0}
    original_render = Template.render
    from moot.portal import selectors

    selecting = {"t": 0.0}
    original_select = selectors.meeting_page

    def timed_select(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original_select(*args, **kwargs)
        finally:
            selecting["t"] += time.perf_counter() - start

    def timed_render(self, context):
        rendering["depth"] += 1
        start = time.perf_counter()
        try:
            return original_render(self, context)
        finally:
            rendering["depth"] -= 1
            if rendering["depth"] == 0:
                rendering["t"] += time.perf_counter() - start

    def fetch() -> None:
        response = client.get(args.url)
        assert response.status_code == 200, response.status_code

    def get() -> None:
        bump(EVERYTHING)  # every cached copy stale: the page is rendered again
        fetch()

    for _ in range(10):
        get()  # warm
    walls, cpus, queries, sql_times, template_times, select_times = [], [], [], [], [], []
    Template.render = timed_render
    selectors.meeting_page = timed_select
    try:
        with connection.execute_wrapper(wrapper):
            for _ in range(args.runs):
                bump(EVERYTHING)  # before the clock starts, as bench/scale.py does
                sql.update(n=0, t=0.0)
                rendering["t"] = selecting["t"] = 0.0
                start, cpu = time.perf_counter(), time.process_time()
                fetch()
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
                queries.append(sql["n"])
                sql_times.append(sql["t"])
                template_times.append(rendering["t"])
                select_times.append(selecting["t"])
    finally:
        Template.render = original_render
        selectors.meeting_page = original_select
    median = statistics.median(walls)
    p99 = sorted(walls)[max(0, round(0.99 * len(walls)) - 1)]
    sql_ms, tpl_ms = statistics.median(sql_times) * 1000, statistics.median(template_times) * 1000
    select_ms = statistics.median(select_times) * 1000
    print(machine())
    print(
        f"{vendor}: {args.url} uncached, {args.runs} runs: median {median * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.1f} ms; this process's CPU time median "
        f"{statistics.median(cpus) * 1000:.1f} ms; {queries[-1]} queries, {sql_ms:.1f} ms in the database "
        f"(median); the selector {select_ms:.1f} ms (queries included); templates {tpl_ms:.1f} ms, "
        f"of which the queries run lazily from templates are part; load average {os.getloadavg()[0]:.1f}"
    )
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(min(args.runs, 50)):
        get()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    for pattern in args.callers:
        stats.print_callers(pattern)
    print(out.getvalue())


if __name__ == "__main__":
    raise SystemExit(main())
