"""Benchmark: listing 1,000 events with their agenda items through the API, against a bare
SELECT of the same rows (the floor).

    .venv/bin/python bench/api_list.py                      # a scratch SQLite database
    DATABASE_URL=postgres://... .venv/bin/python bench/api_list.py
    .venv/bin/python bench/api_list.py --write              # also update docs/benchmarks.md

The database is filled by ``moot generate-fixture`` (10 years x 8 bodies: about 1,300
fictional meetings of 8 to 30 items, some exempt, with minutes, resolutions, attendance
and votes) unless it already holds 1,000 meetings. A walk reads ``/api/v1/events?limit=200``
from the first page through the fifth (``next``): the first 1,000 meetings, in process
(Django's test client: no network), with ``MOOT_DEBUG`` off. The floor is one raw SQL
SELECT of the same 1,000 meetings joined to their items. 20 walks and 20 floors
(``--runs``), interleaved; p50 and p95 per walk.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RUNS = 20
MEETINGS = 1000
PAGE = 200
HEADING = "## API list: 1,000 events with their agenda items"

FLOOR_SQL = (
    "SELECT m.id, m.date, m.start, m.status, b.name, i.id, i.agenda_number, i.minute_number, "
    "i.title, i.purpose, i.minutes "
    "FROM (SELECT * FROM meetings_meeting ORDER BY id LIMIT %s) m "
    "JOIN governance_body b ON b.id = m.body_id "
    'LEFT JOIN meetings_agendaitem i ON i.meeting_id = m.id ORDER BY m.id, i."order"'
)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _environment() -> str:
    """Settings for a production-like process on the given database (or a scratch
    SQLite file); answers the database's kind."""
    folder = tempfile.mkdtemp(prefix="moot-bench-api-")
    os.environ.update(
        MOOT_DATA_DIR=folder,
        MOOT_DEBUG="",
        MOOT_SSL_REDIRECT="0",
        MOOT_SECRET_KEY="bench-only-not-a-secret",  # noqa: S106 - a throwaway process
        MOOT_ALLOWED_HOSTS="testserver",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    return "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"walks and floors (default {RUNS})")
    options = parser.parse_args()
    database = _environment()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.common import machine, seconds
    from moot.cli import main as moot
    from moot.cli.registry import migrate
    from moot.meetings.models import AgendaItem, Meeting

    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "1000000/m"}
    migrate()
    generate = ["generate-fixture", "--years", "10", "--bodies", "8"]
    if Meeting.objects.count() < MEETINGS and moot(generate) != 0:
        return 1
    first = list(Meeting.objects.order_by("pk").values_list("pk", flat=True)[:MEETINGS])
    items = AgendaItem.objects.filter(meeting_id__in=first).count()
    client = Client()

    def walk() -> int:
        url, seen = f"/api/v1/events?limit={PAGE}", 0
        while url and seen < MEETINGS:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            page = response.json()
            seen += len(page["results"])
            url = page["next"]
        return seen

    def floor() -> int:
        with connection.cursor() as cursor:
            cursor.execute(FLOOR_SQL, [MEETINGS])
            return len(cursor.fetchall())

    seen = walk()
    with CaptureQueriesContext(connection) as queries:
        walk()
    queries_per_walk = len(queries)
    rows = floor()
    api_times, floor_times = [], []
    for _ in range(options.runs):
        api_times.append(seconds(walk))
        floor_times.append(seconds(floor))
    load = os.getloadavg()[0]
    pages = -(-seen // PAGE)
    ratio = statistics.median(api_times) / statistics.median(floor_times)
    line = (
        f"- **{database}**: {seen} meetings ({items} agenda items); API walk of {pages} pages "
        f"p50 **{statistics.median(api_times):.2f} s**, p95 **{p95(api_times):.2f} s**, "
        f"**{queries_per_walk} queries** ({queries_per_walk / pages:.0f} a page); floor "
        f"({rows} rows) p50 **{statistics.median(floor_times) * 1000:.1f} ms**, p95 "
        f"**{p95(floor_times) * 1000:.1f} ms**, 1 query; API / floor (medians) **{ratio:.0f}x**; "
        f"{options.runs} runs; 1-minute load average {load:.1f} at the end"
    )
    print(f"Machine: {machine()}")
    print(line)
    if options.write:
        _write(machine(), database, line)
    return 0


def _write(machine: str, database: str, line: str) -> None:
    """Put the run's line into the section of docs/benchmarks.md (one line per database,
    the other database's line kept)."""
    from bench.common import DOC, write_section

    text = DOC.read_text() if DOC.exists() else ""
    kept = []
    if HEADING in text:
        section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
        kept = [
            old
            for old in section.splitlines()
            if old.startswith("- **") and not old.startswith(f"- **{database}**")
        ]
    intro = (
        "`bench/api_list.py`: `/api/v1/events?limit=200` walked through its first five pages "
        "(1,000 meetings with their agenda items, presenters, documents, attendance, minutes, "
        "decisions and votes, each through the visibility gate and validated against the "
        "published schema), in process with `MOOT_DEBUG` off, against the floor: one bare "
        "SELECT of the same 1,000 meetings joined to their items. Record: `moot generate-fixture "
        "--years 10 --bodies 8`. Walks and floors interleaved (runs in each line). "
        "PROVISIONAL: the machine was shared with other engineers' test runs while measured (load average in each "
        "line); wall times vary by 2x from run to run, query counts do not."
    )
    lines = sorted([*kept, line], key=lambda entry: entry.split("**")[1])
    write_section(HEADING, "\n".join([HEADING, "", intro, "", f"Machine: {machine}.", "", *lines]))


if __name__ == "__main__":
    raise SystemExit(main())
