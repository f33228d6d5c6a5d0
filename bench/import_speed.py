"""Benchmark: import speed of a council's ten years of meeting pages, parsing and writing.

    .venv/bin/python bench/import_speed.py [--meetings 120] [--write]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/moot_bench .venv/bin/python bench/import_speed.py

Makes a folder of ``--meetings`` saved "Agenda and minutes" pages of one body, one a month
for ten years, from seed 001 (the Leicester Health and Wellbeing Board's page of 25 March
2021, 10 items with minutes, four apologies and a presenter) with the date moved on a month each time, plus
one ModernGov GetMeetings response listing them all. Then:

- parse: ``read_source`` + ``parse_source`` of every page (no database), pages per second;
- write: ``import_file`` of every page into an empty test database (created and dropped by
  the script, SQLite or the PostgreSQL of DATABASE_URL), pages per second and database
  queries per page (each one a round trip: on a busy machine they, not Python, set the
  rate), then the same folder again (nothing changes: the re-import rate).

A "page" here is one saved meeting page (one file). Not a timed test; --write replaces the
"Import speed" section of docs/benchmarks.md (the database's line only).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEED = REPO / "moot" / "examples" / "leicester_hwb" / "sources" / "001_4b3bab8d5dc41280.txt"
SEED_DATE = "Thursday, 25 March 2021"


def month_days(count: int) -> list[date]:
    days, year, month = [], 2012, 1
    for _ in range(count):
        days.append(date(year, month, 14))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return days


def make_folder(folder: Path, count: int) -> list[Path]:
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for day in month_days(count):
        path = folder / f"page-{day.isoformat()}.txt"
        path.write_text(text.replace(SEED_DATE, f"{day:%A, %-d %B %Y}"), encoding="utf-8")
        paths.append(path)
    return paths


HEADING = "## Import speed"
INTRO = (
    "From `bench/import_speed.py`: ten years of monthly 'Agenda and minutes' pages of one body "
    "(seed 001 with its date moved; 10 items with minutes, four apologies and a presenter each) "
    "imported one file after another into an empty database, as `moot import folder` does. "
    "A page is one saved meeting page."
)


def write_line(vendor: str, line: str) -> None:
    """Put the database's line into the "Import speed" section of docs/benchmarks.md, in
    place of its old one, under the machine's line; the rest of the section is kept."""
    from bench.common import DOC, machine, write_section

    text = DOC.read_text() if DOC.exists() else ""
    found = re.search(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", text, re.S | re.M)
    section = found.group(0).rstrip() if found else f"{HEADING}\n\n{INTRO}\n\nMachine:"
    kept = [ln for ln in section.split("\n") if not ln.startswith(f"- {vendor}: ")]
    at = next(i for i, ln in enumerate(kept) if ln.startswith("Machine:"))
    kept[at] = f"Machine: {machine()} (shared with other jobs while measured)."
    kept.insert(at + 1, line)
    write_section(HEADING, "\n".join(kept))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meetings", type=int, default=120)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    os.environ.setdefault("MOOT_DEBUG", "1")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from bench.common import machine
    from moot.ingest.services import import_file
    from moot.ingest.source import parse_source, read_source

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_folder(Path(tmp), args.meetings)
        start = time.perf_counter()
        for path in paths:
            parse_source(read_source(path))
        parse_s = time.perf_counter() - start

        setup_test_environment()
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            start = time.perf_counter()
            failed = 0
            queries = [0]

            def count(execute, sql, params, many, context):
                queries[0] += 1
                return execute(sql, params, many, context)

            with connection.execute_wrapper(count):
                for path in paths:
                    try:
                        import_file(path, body=None)
                    except Exception as exc:  # noqa: BLE001 - counted, the run goes on
                        failed += 1
                        print(f"failed: {exc}", file=sys.stderr)
            write_s = time.perf_counter() - start
            start = time.perf_counter()
            for path in paths:
                import_file(path)
            again_s = time.perf_counter() - start
            from moot.meetings.models import AgendaItem, Meeting

            meetings, items = Meeting.objects.count(), AgendaItem.objects.count()
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    vendor = connection.vendor
    n = len(paths)
    lines = [
        f"- {vendor}: {n} pages ({meetings} meetings, {items} items; {failed} failed): parse "
        f"{n / parse_s:.1f} pages/s ({parse_s:.1f} s), write {n / write_s:.1f} pages/s "
        f"({write_s:.1f} s, {queries[0] / n:.0f} queries a page), import again (no change) "
        f"{n / again_s:.1f} pages/s ({again_s:.1f} s)"
    ]
    print(machine())
    print("\n".join(lines))
    if args.write:
        write_line(vendor, lines[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
