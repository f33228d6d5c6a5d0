"""Load benchmark (loopback only, bounded in time): N keep-alive connections spread over
one or more running `moot serve` servers, each for a fixed time on the meeting page, the
body page, an item page, a search and a static file; throughput, latency percentiles,
errors and 5xx per page. See docs/operations.md ("Measuring under load") and
docs/benchmarks.md.

    python -m bench.load --servers http://127.0.0.1:8001,http://127.0.0.1:8002 \\
        --connections 64 --duration 60 [--write]

The client is Python threads (one per connection) on the same machine as the servers, so
on a small machine it takes CPU from them: the figures are a floor, and the ratio of the
meeting page to the static file (same client, same servers) is the fairer one.
"""

from __future__ import annotations

import argparse
import http.client
import re
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

from bench.common import machine, write_section

HEADING = "## Load: two servers, many connections (bench/load)"


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    server_errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def discover(server: str) -> dict[str, str]:
    """The addresses to load, found from the server's own pages (no site is assumed)."""

    def get(path: str) -> str:
        parsed = urlparse(server)
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        body = conn.getresponse().read().decode("utf-8", "replace")
        conn.close()
        return body

    home = get("/bodies/")
    body = re.search(r'href="(/bodies/[^/"]+/)"', home).group(1)
    body_page = get(body)
    meeting = re.search(rf'href="({re.escape(body)}meetings/[^/"]+/)"', body_page).group(1)
    meeting_page = get(meeting)
    item = re.search(rf'href="({re.escape(meeting)}items/[^/"]+/)"', meeting_page).group(1)
    static = re.search(r'href="(/static/[^"]+\.css)"', meeting_page).group(1)
    return {
        "meeting page": meeting,
        "body page": body,
        "item page": item,
        "search": "/search/?q=health",
        "static file": static,
    }


def hammer(servers: list[str], path: str, connections: int, seconds: float) -> Tally:
    tally = Tally()
    stop_at = time.monotonic() + seconds

    def one(index: int) -> None:
        parsed = urlparse(servers[index % len(servers)])
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        mine, errors, fives = [], 0, 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Host": "127.0.0.1"})
                response = conn.getresponse()
                response.read()
                if response.status >= 500:
                    fives += 1
                elif response.status != 200:
                    errors += 1
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
                continue
            mine.append(time.perf_counter() - started)
        conn.close()
        with tally.lock:
            tally.latencies.extend(mine)
            tally.errors += errors
            tally.server_errors += fives

    threads = [threading.Thread(target=one, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--servers", required=True, help="comma-separated base addresses")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per page")
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument("--note", default="", help="a sentence added to the section")
    parser.add_argument(
        "--pages",
        default="",
        help="comma-separated names of the pages to load (default: all), e.g. "
        "'meeting page,static file' for the ratio alone",
    )
    args = parser.parse_args()
    servers = [s.strip().rstrip("/") for s in args.servers.split(",") if s.strip()]
    for server in servers:
        if urlparse(server).hostname not in {"127.0.0.1", "localhost", "::1"}:
            parser.error(f"--servers {server}: loopback addresses only")
    pages = discover(servers[0])
    if args.pages and args.write:
        parser.error("--write records every page: leave out --pages")
    if args.pages:
        wanted = [name.strip() for name in args.pages.split(",") if name.strip()]
        unknown = [name for name in wanted if name not in pages]
        if unknown:
            parser.error(f"--pages {', '.join(unknown)}: not one of {', '.join(pages)}")
        pages = {name: pages[name] for name in wanted}
    for path in pages.values():  # warm every server's cache first
        for server in servers:
            hammer([server], path, 1, 0.5)
    rows = []
    for name, path in pages.items():
        tally = hammer(servers, path, args.connections, args.duration)
        n = len(tally.latencies)
        rate = n / args.duration
        rows.append((name, path, rate, tally, n))
        print(
            f"{name:12} {rate:8.1f} req/s  p50 {percentile(tally.latencies, 50) * 1000:7.1f} ms"
            f"  p99 {percentile(tally.latencies, 99) * 1000:7.1f} ms  errors {tally.errors}"
            f"  5xx {tally.server_errors}  ({n} requests)",
            flush=True,
        )
    by_name = {r[0]: r for r in rows}
    if "static file" in by_name and "meeting page" in by_name:
        static_rate, meeting_rate = by_name["static file"][2], by_name["meeting page"][2]
        ratio = meeting_rate / static_rate if static_rate else float("nan")
        print(f"meeting page / static file: {ratio:.2f}x")
    if "search" in by_name:
        print(f"search p99 {percentile(by_name['search'][3].latencies, 99) * 1000:.0f} ms")
    if args.write:
        search_p99 = percentile(by_name["search"][3].latencies, 99)
        lines = [
            HEADING,
            "",
            f"`python -m bench.load --servers {args.servers} --connections {args.connections} "
            f"--duration {args.duration:g}` (client: Python threads on the same machine).",
            "",
            f"- Machine: {machine()}",
        ]
        if args.note:
            lines.append(f"- {args.note}")
        lines += [
            "",
            "| page | requests/s | p50 ms | p99 ms | errors | 5xx |",
            "|---|---|---|---|---|---|",
        ]
        for name, _path, rate, tally, _n in rows:
            lines.append(
                f"| {name} | {rate:.0f} | {percentile(tally.latencies, 50) * 1000:.1f} | "
                f"{percentile(tally.latencies, 99) * 1000:.1f} | {tally.errors} | "
                f"{tally.server_errors} |"
            )
        lines += [
            "",
            f"Meeting page / static file: **{ratio:.2f}x** (target at least 0.5x); search p99 "
            f"**{search_p99 * 1000:.0f} ms** (target under 250 ms).",
            "",
        ]
        write_section(HEADING, "\n".join(lines))


if __name__ == "__main__":
    main()
