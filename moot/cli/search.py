"""`moot search`: the public full-text search from the command line."""

from __future__ import annotations

import argparse
from datetime import date

from moot.cli.registry import JSON, UserError, arg, command, emit, setup


def _date_option(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD.") from None


@command(
    "search",
    arg("query", help='words, "a phrase", or, -word'),
    arg("--body", help="a body's slug"),
    arg("--since", help="meetings on or after YYYY-MM-DD"),
    arg("--until", help="meetings on or before YYYY-MM-DD"),
    arg("--limit", type=int, default=20, help="at most this many results (1-100)"),
    JSON,
    help="public full-text search",
)
def cmd_search(args: argparse.Namespace) -> int:
    """Public full-text search over items, minutes, decisions and document text."""
    since = _date_option("--since", args.since)
    until = _date_option("--until", args.until)
    if since and until and since > until:
        raise UserError(f"--since {args.since} is after --until {args.until}.")
    setup()
    from moot.governance.models import Body
    from moot.search.backends import search

    if args.body and not Body.objects.filter(slug=args.body).exists():
        raise UserError(f"--body {args.body!r}: no committee or board has that slug.")
    results = search(args.query, body=args.body, since=since, until=until, limit=args.limit)
    payload = {
        "query": args.query,
        "total": results.total,
        "results": [
            {
                "kind": hit.kind,
                "title": hit.title,
                "url": hit.url,
                "meeting": hit.meeting,
                "date": hit.date,
                "body": hit.body,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }
    lines = [f"{results.total} result{'s' if results.total != 1 else ''} for {args.query!r}"]
    for hit in results.hits:
        lines.append(f"{hit.date:%Y-%m-%d}  {hit.kind_label:<12} {hit.title}  {hit.url}")
        if hit.snippet:
            lines.append(f"    {hit.snippet}")
    emit(args, payload, "\n".join(lines))
    return 0
