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


@command(
    "nation",
    arg("nation", nargs="?", choices=["england", "wales", "scotland"], help="set the nation"),
    JSON,
    help="the authority's nation and the clocks that follow from it (clear days, bank holidays)",
)
def cmd_nation(args: argparse.Namespace) -> int:
    setup()
    from moot.executive import profiles, services
    from moot.governance import selectors as gov_selectors

    authority = gov_selectors.authority()
    if authority is None:
        raise UserError("no authority yet: load an example or create the authority first.")
    if args.nation:
        authority = services.authority_apply_nation(authority=authority, nation=args.nation)
    try:
        profile = profiles.nation_profile(authority.nation)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    today = date.today()
    payload = {
        "authority": authority.slug,
        "nation": authority.nation,
        "clear_days": authority.clear_days,
        "bank_holiday_region": authority.bank_holiday_region,
        "agenda_source": profile.agenda_source,
        "remote_attendance_counts": profile.remote_attendance_counts(today),
        "executive_regulations": profile.executive_regulations,
        "welsh_language_standards": authority.welsh_language_standards,
    }
    text = (
        f"{authority.name}: {profile.name}. Agendas {authority.clear_days} clear days before "
        f"a meeting ({profile.agenda_source}); bank holidays of {profile.name} do not count; "
        f"a member attending remotely {'is' if payload['remote_attendance_counts'] else 'is not'}"
        " present in law today."
    )
    emit(args, payload, text)
    return 0
