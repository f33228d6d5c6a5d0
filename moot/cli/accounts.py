"""`moot account`: make sign-in accounts and turn sign-in off (README "Accounts").

    moot account invite EMAIL [--name NAME] [--person SLUG] [--role ROLE [--body SLUG]] [--json]
        {"email", "person": SLUG or null, "roles": [{"role", "body"}], "invited": true}
    moot account list [--json]
        {"accounts": [{"email", "person", "active", "password_set", "roles": [{"role", "body"}]}]}
    moot account deactivate EMAIL [--json]   /   moot account reactivate EMAIL [--json]
        {"email", "active"}

An invited account has no password: the person is e-mailed a link to choose one (the jobs
worker sends it). Each refusal is one line naming the input at fault; nothing is saved.
The command line is the server's operator, so no further permission is asked. The same
is at /clerk/people/ for administrators.
"""

from __future__ import annotations

import argparse
from typing import Any

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group(
    "account", help="make sign-in accounts, list them, turn sign-in off", metavar="invite|list|..."
)

_EMAIL = arg("email", help="the person's e-mail address")


def _refused(refused) -> UserError:
    return UserError(
        " ".join(
            msg if field == "__all__" else f"--{field}: {msg}" if field != "email" else msg
            for field, msg in refused.errors.items()
        )
    )


def _row(user) -> dict[str, Any]:
    person = getattr(user, "person", None)
    grants = getattr(user, "live_grants", None)
    if grants is None:
        grants = list(user.role_grants.filter(revoked_at__isnull=True).select_related("body"))
    return {
        "email": user.email or user.get_username(),
        "person": person.slug if person else None,
        "active": user.is_active,
        "password_set": user.has_usable_password(),
        "roles": [{"role": g.role, "body": g.body.slug if g.body_id else None} for g in grants],
    }


@command(
    "account invite",
    _EMAIL,
    arg("--name", default="", help="their name (not needed with --person)"),
    arg("--person", help="their person's slug in the record (links the members' area)"),
    arg("--role", help="administrator, clerk, report_author or exempt_reader"),
    arg("--body", help="the body the role is held on (without it: the whole authority)"),
    JSON,
    help="make an account and e-mail a link to choose a password",
)
def account_invite(args: argparse.Namespace) -> int:
    setup()
    from moot.accounts import services

    if args.body and not args.role:
        raise UserError("--body: a body is given only with --role (the role held on it).")
    try:
        user = services.invite(
            email=args.email, name=args.name, person=args.person, role=args.role, body=args.body
        )
    except services.Refused as refused:
        raise _refused(refused) from refused
    row = {**_row(user), "invited": True}
    emit(args, row, f"Account made for {row['email']}; a link to choose a password is e-mailed.")
    return 0


@command("account list", JSON, help="every account, its person and its roles")
def account_list(args: argparse.Namespace) -> int:
    setup()
    from moot.accounts import selectors

    rows = [_row(u) for u in selectors.accounts()]
    lines = [
        f"{r['email']}: {'on' if r['active'] else 'off'}"
        + (f", person {r['person']}" if r["person"] else "")
        + "".join(f", {g['role']}" + (f" of {g['body']}" if g["body"] else "") for g in r["roles"])
        for r in rows
    ]
    emit(args, {"accounts": rows}, "\n".join(lines) or "There are no accounts.")
    return 0


def _set_active(args: argparse.Namespace, active: bool) -> int:
    setup()
    from moot.accounts import services

    try:
        user = services.set_active(user=args.email, active=active)
    except services.Refused as refused:
        raise _refused(refused) from refused
    state = "can sign in again" if active else "can no longer sign in"
    emit(args, {"email": user.email, "active": user.is_active}, f"{user.email} {state}.")
    return 0


@command("account deactivate", _EMAIL, JSON, help="turn sign-in off (a leaver)")
def account_deactivate(args: argparse.Namespace) -> int:
    return _set_active(args, False)


@command("account reactivate", _EMAIL, JSON, help="turn sign-in on again")
def account_reactivate(args: argparse.Namespace) -> int:
    return _set_active(args, True)
