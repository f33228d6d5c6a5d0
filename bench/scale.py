"""Benchmark: Moot at a county council's size: uncached pages, search and API lists.

    .venv/bin/python bench/scale.py                        # SQLite, 1/10 scale (4 bodies)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/moot_scale_bench \\
        .venv/bin/python bench/scale.py --scale 1          # PostgreSQL, 10 years x 40 bodies

Builds the fictional record with ``moot generate-fixture``'s generator
(``moot.examples.synthetic``: 10 years x ``40 * scale`` bodies) into an empty database (a
fresh SQLite file in a temporary folder, or a test database created beside the PostgreSQL
database of DATABASE_URL and dropped at the end), timing the generation, then measures,
every request through Django's WSGI handler and the whole middleware stack, in process:

- the meeting page, uncached (every page cache version renewed before each request, as a
  change to the record does): median and p99 over different meetings;
- the body page, uncached: median and p99;
- search (``/search/?q=``), uncached: median and p95, against its floor: a bare full-text
  query on the same index rows (the backend's match, ranked, 20 ids, no snippet);
- an API list (``--api-list``, by default ``/api/v1/events``, 5 pages of 50), uncached:
  median and p95, against its floor: a bare SELECT of 50 meeting rows (the API's rate
  limit is lifted in this process: the list is measured, not the limiter);
- the pages' floor: a static file served by the same handler (WhiteNoise).

``--search-only`` measures search and its floor alone on a database kept by ``--keep``
(with ``--reuse``), to compare two versions of the search code run after run;
``--vacuum`` runs VACUUM ANALYZE first, as autovacuum would on a server where it is on.

Query counts per page type are printed too (they must not grow with the scale: compare two
runs). Not a timed test; --write replaces this database and scale's line in the "Scale
benchmark" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

HEADING = "## Scale benchmark (bench/scale.py)"
INTRO = (
    "From `bench/scale.py`: the fictional record of `moot generate-fixture` (10 years; 40 "
    "bodies at full scale, about 560 meetings a year with 8 to 24 items each, declarations, "
    "actions, questions, forward plans and documents as real PDFs), every request "
    "through Django's handler in process, each page uncached (the page cache's versions renewed "
    "before each request). Floors: a static file from the same handler for pages, a bare "
    "full-text query on the same index rows for search, a bare SELECT of as many rows for the "
    "API list. The machine (2 CPUs) was shared with other sessions' jobs while measured (the "
    "load average is given on each line): wall times include waiting for a CPU, so they are "
    "upper bounds; query counts do not vary."
)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def ms(value: float) -> str:
    return f"{value * 1000:.2f} ms" if value < 0.001 else f"{value * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=0.1, help="1 = 40 bodies, 0.1 = 4")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=int, default=300, help="requests per measure")
    parser.add_argument(
        "--api-list",
        default="/api/v1/events?limit=50&cursor=after-{after}",
        help="the list measured; {after} is 0, then every 50th meeting's id (5 pages)",
    )
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="measure search and its floor alone and print one line (to compare two "
        "versions of the search code, run after run, on a database kept by --keep, with "
        "--reuse; the database is kept again; never written to the docs)",
    )
    parser.add_argument(
        "--vacuum",
        action="store_true",
        help="PostgreSQL: VACUUM ANALYZE before measuring, as autovacuum does on a server "
        "where it is on (it empties GIN's pending list and gives the planner statistics)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="PostgreSQL: generate into the test database, keep it and stop (measure it "
        "later with --reuse)",
    )
    parser.add_argument(
        "--reuse",
        type=float,
        metavar="SECONDS",
        help="PostgreSQL: measure the database kept by an earlier --keep run instead of "
        "generating; SECONDS is the generation time that run printed",
    )
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="moot-scale-")
    os.environ["MOOT_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    os.environ["MOOT_DEBUG"] = "0"  # as in production: no query log, compiled templates
    os.environ.setdefault("MOOT_SECRET_KEY", secrets.token_hex(32))
    os.environ.setdefault("MOOT_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("MOOT_SSL_REDIRECT", "0")
    import django

    django.setup()
    from django.conf import settings

    from moot.operations.collector import settle

    settle()  # the cycle collector as a server runs it (moot.wsgi)
    settings.MOOT_RATE_LIMITS["api"] = "1000000/m"  # the list is measured, not the limiter
    from django.core.management import call_command
    from django.db import connection

    from bench.common import machine

    vendor = connection.vendor
    old_name = connection.settings_dict["NAME"]
    if vendor == "postgresql":
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=args.reuse is not None
        )
    else:
        call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    try:
        if args.search_only:
            print(machine())
            print(search_line(run_search(args), args))
            return 0
        result = run(args)
    finally:
        if vendor == "postgresql" and not (args.keep or args.search_only):
            connection.creation.destroy_test_db(old_name, verbosity=0)
    bodies = max(1, round(40 * args.scale))
    line = (
        f"- **{vendor}, {args.years} years x {bodies} bodies** ({result['meetings']} meetings, "
        f"{result['items']} items, {result['entries']} search entries): generation "
        f"**{result['generation']:.0f} s**; meeting page uncached median "
        f"{ms(result['meeting'][0])}, **p99 {ms(result['meeting'][1])}** "
        f"({result['meeting'][1] / result['static'][1]:.0f}x the static file's p99 "
        f"{ms(result['static'][1])}); body page median {ms(result['body'][0])}, "
        f"**p99 {ms(result['body'][1])}** ({result['body'][1] / result['static'][1]:.0f}x the "
        f"static file's); search median {ms(result['search'][0])}, "
        f"**p95 {ms(result['search'][1])}** ({result['search'][1] / result['bare_search']:.2f}x "
        f"the bare full-text query's p95 {ms(result['bare_search'])}); API list "
        f"(`{args.api_list.split('?')[0]}`) median {ms(result['api'][0])}, **p95 "
        f"{ms(result['api'][1])}** ({result['api'][1] / result['bare_select']:.0f}x the bare "
        f"SELECT's p95 {ms(result['bare_select'])}); queries: meeting page "
        f"{result['queries']['meeting']}, body page {result['queries']['body']}, search "
        f"{result['queries']['search']}, API list {result['queries']['api']}; load average "
        f"{os.getloadavg()[0]:.1f} at the end"
    )
    print(machine())
    print(line)
    if args.write:
        write(line, vendor, bodies, args.years)
    return 0


def timed(client, url: str, renew) -> float:
    renew()
    start = time.perf_counter()
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise SystemExit(f"{url}: status {response.status_code}")
    return elapsed


def run(args) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from moot.access.visibility import agenda_public_q
    from moot.examples.synthetic import MARKER, generate
    from moot.governance.models import Body
    from moot.meetings.models import AgendaItem, Meeting
    from moot.portal.cache import EVERYTHING, bump
    from moot.search import backends
    from moot.search.models import SearchEntry

    bodies = max(1, round(40 * args.scale))
    if args.reuse is None:
        generation = generate(years=args.years, bodies=bodies, seed=args.seed).seconds
        print(f"generated in {generation:.0f} s", flush=True)
        if args.keep:
            raise SystemExit(0)
    else:
        generation = args.reuse
    vacuum(args)
    rng = random.Random(args.seed)
    client = Client()
    renew = lambda: bump(EVERYTHING)  # noqa: E731 - every cached page is stale

    meetings = list(Meeting.objects.filter(agenda_public_q(), source=MARKER).select_related("body"))
    body_urls = [b.get_absolute_url() for b in Body.objects.all()]
    static = "/static/" + _a_static_file()
    queries = _search_queries()
    ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
    api_urls = [args.api_list.format(after=a) for a in [0, *ids[49:250:50]]]

    for url in (meetings[0].get_absolute_url(), body_urls[0], static, api_urls[0]):
        timed(client, url, renew)  # warm imports, templates and connections

    n = args.samples

    def series(urls: list[str], count: int) -> list[float]:
        return [timed(client, urls[k % len(urls)], renew) for k in range(count)]

    sample = rng.sample(meetings, min(len(meetings), n))
    meeting_times = series([m.get_absolute_url() for m in sample], n)
    body_times = series(body_urls, n)
    static_times = series([static], n)
    search_urls = [f"/search/?q={q.replace(' ', '+')}" for q in queries]
    search_times = series(search_urls, n)
    bare_times = []
    for k in range(n):
        bare_times.append(_bare_search(backends, queries[k % len(queries)]))
    api_times = series(api_urls, n)
    select_times = [_bare_select(k % 5) for k in range(n)]

    counts = {}
    for name, url in (
        ("meeting", sample[0].get_absolute_url()),
        ("body", body_urls[0]),
        ("search", search_urls[0]),
        ("api", api_urls[0]),
    ):
        renew()
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        counts[name] = len(captured)
    return {
        "generation": generation,
        "meetings": Meeting.objects.count(),
        "items": AgendaItem.objects.count(),
        "entries": SearchEntry.objects.count(),
        "meeting": (statistics.median(meeting_times), pct(meeting_times, 99)),
        "body": (statistics.median(body_times), pct(body_times, 99)),
        "static": (statistics.median(static_times), pct(static_times, 99)),
        "search": (statistics.median(search_times), pct(search_times, 95)),
        "bare_search": pct(bare_times, 95),
        "api": (statistics.median(api_times), pct(api_times, 95)),
        "bare_select": pct(select_times, 95),
        "queries": counts,
    }


def vacuum(args) -> None:
    """--vacuum: a freshly generated database has no planner statistics and, on PostgreSQL,
    the search index's last rows wait in GIN's pending list, read in full by every search
    (and its floor) until a VACUUM moves them into the index proper."""
    from django.db import connection

    if args.vacuum and connection.vendor == "postgresql":
        start = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"VACUUM ANALYZE in {time.perf_counter() - start:.0f} s", flush=True)


def _search_queries() -> list[str]:
    """The searches measured: seven topics, 50 report references (a few rows each), and
    two phrases most documents hold (tens of thousands of rows at full scale)."""
    from moot.documents.models import Document
    from moot.search.models import SearchEntry

    topics = ["highways", "budget", "libraries", "flood", "housing", "climate", "air quality"]
    refs = list(
        SearchEntry.objects.filter(kind="document").values_list("object_id", flat=True)[:500]
    )
    # a report's reference is "fx<item id>"; the document's item id is what the text holds
    ref_items = list(Document.objects.filter(pk__in=refs).values_list("item_id", flat=True))
    return topics + [f"fx{i}" for i in ref_items[:50]] + ["consultation outcomes", "risks"]


def run_search(args) -> dict:
    """Search alone on a kept database (--reuse), measured as ``run`` measures it: the
    search pages in turn, uncached, then the bare queries in the same order (so each
    query follows the same one as its counterpart did: the heaviest searches push the
    others' pages out of PostgreSQL's buffers)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from moot.portal.cache import EVERYTHING, bump
    from moot.search import backends
    from moot.search.models import SearchEntry

    vacuum(args)
    client = Client()
    renew = lambda: bump(EVERYTHING)  # noqa: E731
    queries = _search_queries()
    urls = [f"/search/?q={q.replace(' ', '+')}" for q in queries]
    timed(client, urls[0], renew)
    n = args.samples
    search_times = [timed(client, urls[k % len(urls)], renew) for k in range(n)]
    bare_times = [_bare_search(backends, queries[k % len(queries)]) for k in range(n)]
    renew()
    with CaptureQueriesContext(connection) as captured:
        client.get(urls[0])
    return {
        "entries": SearchEntry.objects.count(),
        "search": (statistics.median(search_times), pct(search_times, 95)),
        "bare_search": pct(bare_times, 95),
        "bare_median": statistics.median(bare_times),
        "queries": len(captured),
    }


def search_line(result: dict, args) -> str:
    median, p95 = result["search"]
    vacuumed = ", after VACUUM ANALYZE" if args.vacuum else ""
    return (
        f"search only ({result['entries']} search entries{vacuumed}, {args.samples} samples): "
        f"search median {ms(median)}, "
        f"p95 {ms(p95)} ({p95 / result['bare_search']:.2f}x the bare full-text query's p95 "
        f"{ms(result['bare_search'])}; its median {ms(result['bare_median'])}); queries "
        f"{result['queries']}; load average {os.getloadavg()[0]:.1f} at the end"
    )


def _a_static_file() -> str:
    from django.conf import settings

    root = Path(settings.STATIC_ROOT)
    for path in sorted(root.rglob("*.css")):
        return str(path.relative_to(root))
    raise SystemExit("no static file collected")


def _bare_search(backends, query: str) -> float:
    """The backend's bare match on the same rows: 20 ids by rank, no count, no snippet."""
    from django.db import connection

    clauses = backends.parse_query(query)
    with connection.cursor() as cursor:
        start = time.perf_counter()
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT e.id FROM {backends.TABLE} e, websearch_to_tsquery('english', %s) q "  # noqa: S608
                f"WHERE e.{backends.VECTOR_COLUMN} @@ q "
                f"ORDER BY ts_rank(e.{backends.VECTOR_COLUMN}, q, 1) DESC LIMIT 20",
                [backends._websearch(clauses)],
            )
        else:
            cursor.execute(
                f"SELECT rowid FROM {backends.FTS_TABLE} WHERE {backends.FTS_TABLE} MATCH %s "  # noqa: S608
                f"ORDER BY bm25({backends.FTS_TABLE}, 5.0, 1.0) LIMIT 20",
                [backends._fts5(clauses)],
            )
        cursor.fetchall()
        return time.perf_counter() - start


def _bare_select(page: int) -> float:
    """A bare SELECT of one page of meetings (50 rows) in id order, as the API list pages."""
    from django.db import connection

    from moot.meetings.models import Meeting

    table = Meeting._meta.db_table
    with connection.cursor() as cursor:
        start = time.perf_counter()
        cursor.execute(
            f"SELECT * FROM {table} ORDER BY id LIMIT 50 OFFSET %s",  # noqa: S608
            [page * 50],
        )
        cursor.fetchall()
        return time.perf_counter() - start


def write(line: str, vendor: str, bodies: int, years: int) -> None:
    from bench.common import DOC, machine, write_section

    text = DOC.read_text() if DOC.exists() else ""
    kept: list[str] = []
    if HEADING in text:
        section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
        kept = [
            ln
            for ln in section.splitlines()
            if ln.startswith("- **")
            and not ln.startswith(f"- **{vendor}, {years} years x {bodies} ")
        ]
    body = "\n".join([*kept, line])
    write_section(HEADING, f"{HEADING}\n\n{INTRO}\n\nMachine: {machine()}.\n\n{body}")


if __name__ == "__main__":
    raise SystemExit(main())
