"""`moot generate-fixture`: a fictional council record for measuring Moot at scale."""

from __future__ import annotations

import argparse

from moot.cli.registry import JSON, UserError, arg, command, emit, migrate, setup


@command(
    "generate-fixture",
    arg("--years", type=int, required=True, help="municipal years of record (1 to 50)"),
    arg("--bodies", type=int, required=True, help="bodies (1 to 400)"),
    arg("--seed", type=int, default=1, help="the same seed gives the same record"),
    arg("--force", action="store_true", help="mix the fictional record into real data"),
    JSON,
    help="write a synthetic, fictional council record (for benchmarks; not an import)",
    description=(
        "Write a synthetic, clearly fictional council record: bodies with terms of "
        "reference, seats and members changing every four years, meetings on their "
        "schedules (some cancelled), agendas of 8 to 24 items (some exempt), reports and "
        "appendices as real PDFs (three files of 2, 8 and 30 pages rendered once and shared), "
        "minutes, resolutions, attendance, recorded votes, declarations of interest, actions, "
        "public questions with answers and forward plan entries. It is a fixture "
        "generator for benchmarks and tests, NOT the import path: rows are written with "
        "bulk inserts (moot/examples/synthetic.py), then the search index and the page "
        "cache are renewed through their services. A database holding real data is "
        "refused unless --force."
    ),
)
def cmd_generate_fixture(args: argparse.Namespace) -> int:
    setup()
    migrate()
    from moot.examples.synthetic import FixtureRefused, generate

    try:
        report = generate(years=args.years, bodies=args.bodies, seed=args.seed, force=args.force)
    except FixtureRefused as exc:
        raise UserError(str(exc)) from exc
    created = dict(report.created)
    summary = ", ".join(f"{n} {k}" for k, n in created.items())
    emit(
        args,
        {
            "years": report.years,
            "bodies": report.bodies,
            "seed": report.seed,
            "created": created,
            "search_entries": report.indexed,
            "pdf_pages": report.files,
            "seconds": round(report.seconds, 2),
        },
        f"Generated a fictional record in {report.seconds:.1f} s: {summary}; "
        f"{report.indexed} search entries.",
    )
    return 0
