"""Writes to the access record: grant and revoke roles, give one exempt document, log every
exempt paper sent. Transactional and logged (``moot.role.granted``, ``moot.role.revoked``,
``moot.document.granted``); bad input is refused with a sentence naming it and the rule,
and nothing is half-saved.

``by`` is the user making the change; it must be allowed to (``users.manage`` for roles,
``paper.grant`` for a document). ``by=None`` is the server's operator at the command line
(``moot role ...``), who already holds the keys to the database.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from moot.access import selectors, visibility
from moot.access.models import DocumentGrant, ExemptDownload, RoleGrant
from moot.access.rules import (
    AUTHORITY_ONLY_ROLES,
    GRANTABLE_ROLES,
    ROLE_LABELS,
    Action,
    Decision,
    Role,
)
from moot.documents.models import Document
from moot.governance.models import Body
from moot.governance.services import log_action
from moot.meetings.models import Meeting

logger = logging.getLogger(__name__)


class AccessError(ValueError):
    """A grant the access rule or the record does not allow; the message says why."""


class AccessDenied(AccessError, selectors.AccessDenied):
    """The person making the change may not make it; the message is the rule's reason."""


def _user(user):
    """A user given as itself or as an e-mail address (the command line's way)."""
    if not isinstance(user, str):
        return user
    email = user.strip()
    found = list(get_user_model().objects.filter(email__iexact=email)[:2])
    if not found:
        raise AccessError(f"There is no user with the e-mail address '{email}'.")
    if len(found) > 1:
        raise AccessError(
            f"More than one user has the e-mail address '{email}'; ask an administrator."
        )
    return found[0]


def _body(body) -> Body | None:
    if body is None or isinstance(body, Body):
        return body
    slug = str(body).strip()
    found = Body.objects.filter(slug=slug).first()
    if found is None:
        raise AccessError(
            f"There is no body '{slug}': a role can be granted only on a body that exists."
        )
    return found


def _role(role) -> Role:
    try:
        role = Role(str(role).strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        known = ", ".join(sorted(r.value for r in GRANTABLE_ROLES))
        raise AccessError(
            f"'{role}' is not a role that can be granted; the roles are: {known}."
        ) from None
    if role not in GRANTABLE_ROLES:
        raise AccessError(
            f"'{role.value}' is not granted: a {ROLE_LABELS[role]} is one because of a seat held "
            "on the body (its Membership), never by a grant."
        )
    return role


def _check(by, action: Action, target=None) -> None:
    if by is None:
        return
    decision: Decision = selectors.can(by, action, target)
    if not decision.allowed:
        raise AccessDenied(decision.reason)


def _where(body: Body | None) -> str:
    return f"the {body.name}" if body else "the whole authority"


@transaction.atomic
def role_grant(*, user, role: Role | str, body: Body | str | None = None, by=None) -> RoleGrant:
    """Give ``user`` (a user or an e-mail address) ``role`` on ``body`` (a body or its slug;
    None for the whole authority)."""
    user, role, body = _user(user), _role(role), _body(body)
    _check(by, Action.USERS_MANAGE)
    if role in AUTHORITY_ONLY_ROLES and body is not None:
        raise AccessError(
            f"An {ROLE_LABELS[role]} acts for the whole authority: grant it without a body."
        )
    live = (
        RoleGrant.objects.select_for_update(of=("self",))
        .order_by("pk")
        .filter(user=user, role=role, body=body, revoked_at__isnull=True)
    )
    if live.exists():
        raise AccessError(f"{user.email or user} is already {ROLE_LABELS[role]} of {_where(body)}.")
    try:
        with transaction.atomic():
            grant = RoleGrant.objects.create(user=user, role=role, body=body, granted_by=by)
    except IntegrityError:
        raise AccessError(
            f"{user.email or user} is already {ROLE_LABELS[role]} of {_where(body)}."
        ) from None
    log_action(
        "moot.role.granted",
        grant,
        user=by,
        data={"user": user.get_username(), "role": role.value, "body": body.slug if body else None},
    )
    return grant


@transaction.atomic
def role_revoke(*, user, role: Role | str, body: Body | str | None = None, by=None) -> RoleGrant:
    """Take ``role`` on ``body`` away from ``user``; the grant is kept, marked revoked."""
    user, role, body = _user(user), _role(role), _body(body)
    _check(by, Action.USERS_MANAGE)
    grant = (
        RoleGrant.objects.select_for_update(of=("self",))
        .order_by("pk")
        .filter(user=user, role=role, body=body, revoked_at__isnull=True)
        .first()
    )
    if grant is None:
        raise AccessError(f"{user.email or user} is not {ROLE_LABELS[role]} of {_where(body)}.")
    grant.revoked_at, grant.revoked_by = timezone.now(), by
    grant.save(update_fields=["revoked_at", "revoked_by"])
    log_action(
        "moot.role.revoked",
        grant,
        user=by,
        data={"user": user.get_username(), "role": role.value, "body": body.slug if body else None},
    )
    return grant


@transaction.atomic
def document_grant(*, user, document: Document, reason: str, by=None) -> DocumentGrant:
    """Give one exempt document to a named person who needs to know it (LGA 1972 s100F),
    with the reason recorded."""
    user = _user(user)
    reason = (reason or "").strip()
    if not reason:
        raise AccessError(
            f"Say why {user.email or user} needs to know '{document}': a document is given "
            "on a need-to-know basis only with a reason (LGA 1972 s100F)."
        )
    if not visibility.document_exempt(document):
        raise AccessError(f"'{document}' is not exempt: anyone may read it, so it needs no grant.")
    _check(by, Action.PAPER_GRANT, document)
    given = AccessError(f"{user.email or user} has already been given '{document}'.")
    if DocumentGrant.objects.filter(user=user, document=document).exists():
        raise given
    try:
        with transaction.atomic():
            grant = DocumentGrant.objects.create(
                user=user, document=document, reason=reason, granted_by=by
            )
    except IntegrityError:  # given at the same moment by someone else
        raise given from None
    log_action(
        "moot.document.granted",
        grant,
        user=by,
        data={"user": user.get_username(), "document": document.pk, "reason": reason},
    )
    return grant


def exempt_download_record(
    *, user, meeting: Meeting, document: Document | None = None, reason: str = ""
) -> ExemptDownload:
    """Log an exempt paper sent to ``user``: one document, or (``document=None``) the
    meeting's members' pack."""
    kind = ExemptDownload.Kind.DOCUMENT if document else ExemptDownload.Kind.MEMBERS_PACK
    entry = ExemptDownload.objects.create(
        user=user, kind=kind, meeting=meeting, document=document, reason=reason[:500]
    )
    logger.info(
        "Exempt paper sent: %s to user %s (%s)",
        document or f"{meeting} members' pack",
        user.pk,
        reason,
    )
    return entry
