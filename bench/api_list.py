"""Benchmark: listing 1,000 events with their agenda items through the API, against a bare
SELECT of the same rows (the floor).

    .venv/bin/python bench/api_list.py            # print figures
    .venv/bin/python bench/api_list.py --write    # also update docs/benchmarks.md

A fresh SQLite database in a temporary folder: the bundled example, then 1,000 meetings
(minutes published) of 5 items each, every item with a presenter, 2 documents, a
resolution with a named vote, a declaration and an action (``tests.factories.big_meeting``).
A run walks ``/api/v1/events?limit=200`` from the first page to the last (``next``), in
process (Django's test client: no network); the floor is one raw SQL SELECT of the same
meetings joined to their items. 20 runs of each, interleaved; p50 and p95 per run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RUNS = 20
MEETINGS = 1000
HEADING = "## API: listing 1,000 events"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    options = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="moot-bench-api-")
    os.environ.update(
        MOOT_DATA_DIR=folder, MOOT_DEBUG="1", MOOT_ALLOWED_HOSTS="testserver", DATABASE_URL=""
    )
    os.environ.pop("DATABASE_URL")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.common import machine, seconds, write_section
    from moot.examples.loader import load_example
    from moot.governance.models import Body

    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "1000000/m"}
    call_command("migrate", verbosity=0)
    load_example("leicester-hwb")
    from tests.factories import big_meeting

    body = Body.objects.get(slug="health-and-wellbeing-board")
    start = date(2030, 1, 1)
    for n in range(MEETINGS - body.meetings.count()):
        big_meeting(body, start + timedelta(days=n), items=5, documents_per_item=2)
    client = Client()

    def walk() -> int:
        url, seen = "/api/v1/events?limit=200", 0
        while url:
            page = client.get(url).json()
            seen += len(page["results"])
            url = page["next"]
        return seen

    floor_sql = (
        "SELECT m.id, m.date, m.start, m.status, b.name, i.id, i.agenda_number, i.minute_number, i.title, i.purpose, "
        "i.minutes FROM meetings_meeting m JOIN governance_body b ON b.id = m.body_id "
        'LEFT JOIN meetings_agendaitem i ON i.meeting_id = m.id ORDER BY m.id, i."order"'
    )

    def floor() -> int:
        with connection.cursor() as cursor:
            cursor.execute(floor_sql)
            return len(cursor.fetchall())

    seen = walk()
    with CaptureQueriesContext(connection) as queries:
        walk()
    queries_per_walk = len(queries)
    rows = floor()
    api_times, floor_times = [], []
    for _ in range(RUNS):
        api_times.append(seconds(walk))
        floor_times.append(seconds(floor))
    load = os.getloadavg()[0]
    ratio = statistics.median(api_times) / statistics.median(floor_times)
    section = "\n".join(
        [
            HEADING,
            "",
            f"`bench/api_list.py`: {seen} meetings (the example and {MEETINGS - 5} generated, "
            "5 items each, every item with a presenter, 2 documents, a resolution with a named "
            f"vote, a declaration and an action), SQLite; {RUNS} runs, interleaved.",
            "",
            f"- Machine: {machine()}; 1-minute load average {load:.2f} at the end of the run "
            "(a shared VM, busy with other work while this ran: figures vary by 2x or more)",
            f"- API, walking `/api/v1/events?limit=200` to the end ({-(-seen // 200)} pages, "
            f"in process): p50 **{statistics.median(api_times):.3f} s**, "
            f"p95 **{p95(api_times):.3f} s**, **{queries_per_walk} queries** per walk "
            f"({queries_per_walk / -(-seen // 200):.0f} a page, whatever its length)",
            f"- Floor, one bare SELECT of the meetings joined to their items ({rows} rows): "
            f"p50 **{statistics.median(floor_times) * 1000:.1f} ms**, "
            f"p95 **{p95(floor_times) * 1000:.1f} ms**, 1 query",
            f"- Ratio API / floor (medians): **{ratio:.0f}x**",
            "",
            "What the ratio means: the floor reads ten columns of two tables; the API reads "
            "every public relation of each item (presenters, documents, resolutions, votes "
            "and named votes, declarations, actions, attendance), passes each through the "
            "visibility gate, sanitises the rich text, validates every record against the "
            "published schema (Pydantic) and writes JSON. Queries are bounded (prefetches: "
            "the same count for a page of 1 meeting or 200); the time is Python, per record.",
        ]
    )
    print(section)
    if options.write:
        write_section(HEADING, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
