"""`moot role`: give someone a role, take it away, list who holds what (README "Roles").

Each raises ``UserError`` (one line naming the input at fault, exit 1) for an unknown
user, role or body:

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
from typing import Any

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

ROLES = ["administrator", "clerk", "report_author", "exempt_reader"]

group("role", help="give, take away and list people's roles", metavar="grant|revoke|list")

_EMAIL = arg("email", help="the user's e-mail address")
_ROLE = arg("role", help=", ".join(ROLES))
_BODY = arg("--body", help="a body's slug (without it: the whole authority)")


def _row(grant) -> dict[str, Any]:
    return {
        "user": grant.user.email or grant.user.get_username(),
        "role": grant.role,
        "body": grant.body.slug if grant.body_id else None,
        "granted_at": grant.granted_at,
        "granted_by": grant.granted_by.get_username() if grant.granted_by_id else None,
        "revoked_at": grant.revoked_at,
    }


def _where(grant) -> str:
    return f"the {grant.body.name}" if grant.body_id else "the whole authority"


@command("role list", JSON, help="who holds which role")
def role_list(args: argparse.Namespace) -> int:
    setup()
    from moot.access import selectors

    grants = selectors.role_grants()
    rows = [_row(g) for g in grants]
    for row in rows:
        del row["revoked_at"]
    lines = [f"{g.user.email or g.user}: {g.get_role_display()} of {_where(g)}" for g in grants]
    emit(args, {"grants": rows}, "\n".join(lines) or "Nobody holds a granted role.")
    return 0


def _change(args: argparse.Namespace, *, grant: bool) -> int:
    setup()
    from moot.access import services

    change = services.role_grant if grant else services.role_revoke
    try:
        result = change(user=args.email, role=args.role, body=args.body)
    except services.AccessError as exc:
        raise UserError(exc) from exc
    done = "is now" if grant else "is no longer"
    row = _row(result)
    emit(args, row, f"{row['user']} {done} {result.get_role_display()} of {_where(result)}.")
    return 0


@command("role grant", _EMAIL, _ROLE, _BODY, JSON, help="give a role")
def role_grant(args: argparse.Namespace) -> int:
    return _change(args, grant=True)


@command("role revoke", _EMAIL, _ROLE, _BODY, JSON, help="take a role away")
def role_revoke(args: argparse.Namespace) -> int:
    return _change(args, grant=False)


@command(
    "role give-document",
    _EMAIL,
    arg("document", type=int, help="the document's number (as in its address)"),
    arg("--reason", required=True, help="why they need to know it"),
    JSON,
    help="give one exempt document to a person who needs to know it (LGA 1972 s100F)",
)
def role_give_document(args: argparse.Namespace) -> int:
    setup()
    from moot.access import services
    from moot.documents.models import Document

    document = Document.objects.select_related("meeting", "item").filter(pk=args.document).first()
    if document is None:
        raise UserError(f"There is no document number {args.document}.")
    try:
        grant = services.document_grant(user=args.email, document=document, reason=args.reason)
    except services.AccessError as exc:
        raise UserError(exc) from exc
    email = grant.user.email or grant.user.get_username()
    payload = {
        "user": email,
        "document": document.pk,
        "title": document.title,
        "meeting": document.meeting.identifier,
        "reason": grant.reason,
        "granted_at": grant.granted_at,
    }
    emit(args, payload, f"{email} may now read '{document}' of {document.meeting.identifier}.")
    return 0
