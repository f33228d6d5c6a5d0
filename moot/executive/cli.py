"""`moot report reg19`: the executive's report to council of special urgency decisions."""

from __future__ import annotations

import argparse
from datetime import date

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group("report", help="reports generated from the record")


def _date(flag: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag} {value!r}: expected a date as YYYY-MM-DD.") from None


@command(
    "report reg19",
    arg("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD"),
    arg("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD"),
    JSON,
    help="special urgency decisions in a period, with reasons (SI 2012/2089 reg 19)",
)
def cmd_reg19(args: argparse.Namespace) -> int:
    date_from, date_to = _date("--from", args.date_from), _date("--to", args.date_to)
    if date_from > date_to:
        raise UserError(f"--to {args.date_to}: must be on or after --from {args.date_from}.")
    setup()
    from moot.executive import selectors

    report = selectors.reg19(date_from, date_to)
    rows = [
        {
            "decided_on": r.decided_on,
            "decision": r.title,
            "decision_maker": r.maker,
            "agreed_by": r.agreed_by,
            "reasons": r.reasons,
        }
        for r in report.decisions
    ]
    lines = [report.explanation]
    for r in report.decisions:
        lines.append(
            f"- {r.decided_on.isoformat()} {r.title} ({r.maker}); agreed by {r.agreed_by}."
        )
        lines.append(f"  Reasons: {r.reasons}")
    emit(
        args,
        {"from": date_from, "to": date_to, "count": len(rows), "decisions": rows},
        "\n".join(lines),
    )
    return 0
