"""`moot role`: give someone a role, take it away, list who holds what (README "Roles").

Wiring (moot/cli.py): ``access_cli.add_parsers(sub)`` in ``build_parser`` and
``COMMANDS["role"] = access_cli.run``. ``run`` returns the exit code and raises
``moot.cli.UserError`` (one line naming the input at fault, exit 1) for an unknown user,
role or body:

    moot role grant EMAIL ROLE [--body SLUG] [--json]
    moot role revoke EMAIL ROLE [--body SLUG] [--json]
        {"user": EMAIL, "role": ROLE, "body": SLUG or null, "granted_at", "revoked_at"}
    moot role list [--json]
        {"grants": [{"user", "role", "body", "granted_at", "granted_by"}]}
    moot role give-document EMAIL DOCUMENT_ID --reason TEXT [--json]
        {"user": EMAIL, "document": DOCUMENT_ID, "title", "meeting", "reason", "granted_at"}

ROLE is one of administrator, clerk, report_author, exempt_reader (member and chair come
from seats held on the body). Without ``--body`` the role is held across the authority.
The command line is the server's operator, so no further permission is asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

ROLES = ["administrator", "clerk", "report_author", "exempt_reader"]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``role`` (grant, revoke, list) to the ``moot`` parser."""
    p = sub.add_parser("role", help="give, take away and list people's roles")
    actions = p.add_subparsers(dest="role_command", required=True, metavar="grant|revoke|list")
    for name, what in (("grant", "give a role"), ("revoke", "take a role away")):
        q = actions.add_parser(name, help=what)
        q.add_argument("email", help="the user's e-mail address")
        q.add_argument("role", help=", ".join(ROLES))
        q.add_argument("--body", help="a body's slug (without it: the whole authority)")
        q.add_argument("--json", action="store_true", help="print one JSON document")
    q = actions.add_parser("list", help="who holds which role")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q = actions.add_parser(
        "give-document",
        help="give one exempt document to a person who needs to know it (LGA 1972 s100F)",
    )
    q.add_argument("email", help="the user's e-mail address")
    q.add_argument("document", type=int, help="the document's number (as in its address)")
    q.add_argument("--reason", required=True, help="why they need to know it")
    q.add_argument("--json", action="store_true", help="print one JSON document")


def _user_error(message: str) -> Exception:
    from moot.cli import UserError

    return UserError(" ".join(str(message).split()))


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text.rstrip() + "\n")


def _row(grant) -> dict[str, Any]:
    return {
        "user": grant.user.email or grant.user.get_username(),
        "role": grant.role,
        "body": grant.body.slug if grant.body_id else None,
        "granted_at": grant.granted_at.isoformat(),
        "granted_by": grant.granted_by.get_username() if grant.granted_by_id else None,
        "revoked_at": grant.revoked_at.isoformat() if grant.revoked_at else None,
    }


def _where(grant) -> str:
    return f"the {grant.body.name}" if grant.body_id else "the whole authority"


def run(args: argparse.Namespace) -> int:
    """Run ``moot role grant|revoke|list``; returns the exit code."""
    from moot.cli import _setup

    _setup()
    from moot.access import selectors, services

    if args.role_command == "list":
        grants = selectors.role_grants()
        rows = [_row(g) for g in grants]
        for row in rows:
            del row["revoked_at"]
        lines = [f"{g.user.email or g.user}: {g.get_role_display()} of {_where(g)}" for g in grants]
        _emit(args, {"grants": rows}, "\n".join(lines) or "Nobody holds a granted role.")
        return 0
    if args.role_command == "give-document":
        return _give_document(args, services)
    change = services.role_grant if args.role_command == "grant" else services.role_revoke
    try:
        grant = change(user=args.email, role=args.role, body=args.body)
    except services.AccessError as exc:
        raise _user_error(str(exc)) from exc
    done = "is now" if args.role_command == "grant" else "is no longer"
    row = _row(grant)
    text = f"{row['user']} {done} {grant.get_role_display()} of {_where(grant)}."
    _emit(args, row, text)
    return 0


def _give_document(args: argparse.Namespace, services) -> int:
    from moot.documents.models import Document

    document = Document.objects.select_related("meeting", "item").filter(pk=args.document).first()
    if document is None:
        raise _user_error(f"There is no document number {args.document}.")
    try:
        grant = services.document_grant(user=args.email, document=document, reason=args.reason)
    except services.AccessError as exc:
        raise _user_error(str(exc)) from exc
    email = grant.user.email or grant.user.get_username()
    payload = {
        "user": email,
        "document": document.pk,
        "title": document.title,
        "meeting": document.meeting.identifier,
        "reason": grant.reason,
        "granted_at": grant.granted_at.isoformat(),
    }
    _emit(args, payload, f"{email} may now read '{document}' of {document.meeting.identifier}.")
    return 0
