"""Reads for the access rule: the subject and the target as plain values, then ``decide``.

``can(user, action, obj)`` is what views, downloads and services ask. Building a subject
takes at most three bounded queries (the user's live grants, their seats on the date by
the terms of reference then in force, their document grants for the document asked about).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils import timezone

from moot.access import visibility
from moot.access.models import DocumentGrant, RoleGrant
from moot.access.rules import (
    ANONYMOUS,
    AUTHORITY,
    Action,
    Decision,
    Role,
    Subject,
    Target,
    decide,
)
from moot.documents.models import Document
from moot.governance.models import Body, Membership
from moot.meetings.models import AgendaItem, Meeting


def _signed_in(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_active)


def seats_on(user, on: date) -> list[tuple[int, str]]:
    """(body id, Membership role) for every seat the user's person holds on ``on``, counted
    only under the body's terms of reference in force that day (as ``is_member_on``)."""
    terms = "seat__section__terms_of_reference__"
    return list(
        Membership.objects.filter(person__user=user, start_date__lte=on)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=on))
        .filter(**{f"{terms}in_force_from__lte": on})
        .filter(Q(**{f"{terms}in_force_to__isnull": True}) | Q(**{f"{terms}in_force_to__gte": on}))
        .values_list(f"{terms}body_id", "role")
    )


def subject_for(
    user,
    *,
    on: date,
    document_ids: Iterable[int] | None = None,
    signoff_step_ids: Iterable[int] | None = None,
) -> Subject:
    """The plain subject of the rule: who ``user`` is on ``on``. Document grants are read
    only for ``document_ids`` when given (the document being asked about)."""
    if not _signed_in(user):
        return ANONYMOUS
    authority_roles, body_roles = set(), set()
    for role, body_id in RoleGrant.objects.filter(user=user, revoked_at__isnull=True).values_list(
        "role", "body_id"
    ):
        if body_id is None:
            authority_roles.add(Role(role))
        else:
            body_roles.add((body_id, Role(role)))
    seats = seats_on(user, on)
    grants = DocumentGrant.objects.filter(user=user)
    if document_ids is not None:
        grants = grants.filter(document_id__in=list(document_ids))
    return Subject(
        user_id=user.pk,
        superuser=bool(user.is_superuser),
        authority_roles=frozenset(authority_roles),
        body_roles=frozenset(body_roles),
        seats=frozenset(body_id for body_id, _ in seats),
        chairs=frozenset(body_id for body_id, role in seats if role == Membership.Role.CHAIR),
        document_grants=frozenset(grants.values_list("document_id", flat=True)),
        signatory_steps=_signatory_steps(user, signoff_step_ids),
    )


def _signatory_steps(user, step_ids: Iterable[int] | None) -> frozenset[int]:
    """The sign-off steps among ``step_ids`` the user is a named signatory of (read only
    when a step is asked about, so other decisions cost no query)."""
    if step_ids is None:
        return frozenset()
    from moot.reports.models import SignOffStep

    steps = SignOffStep.objects.filter(pk__in=list(step_ids), signatories=user)
    return frozenset(steps.values_list("pk", flat=True))


def target_for(obj, action: Action | str = Action.PAGE_READ) -> Target:
    """The plain target of the rule for a body, meeting, item or document (protection
    inherited down the tree through the visibility gate). Asked ``paper.read_exempt`` of a
    meeting, the target is that meeting's exempt papers (the members' pack)."""
    if obj is None:
        return AUTHORITY
    if isinstance(obj, Target):
        return obj
    if isinstance(obj, Body):
        return Target(body_id=obj.pk, body_name=obj.name)
    if isinstance(obj, Meeting):
        return Target(
            body_id=obj.body_id,
            body_name=obj.body.name,
            public=visibility.agenda_public(obj),
            exempt=Action(action) is Action.PAPER_READ_EXEMPT,
        )
    if isinstance(obj, AgendaItem):
        meeting = obj.meeting
        return Target(
            body_id=meeting.body_id,
            body_name=meeting.body.name,
            public=visibility.agenda_public(meeting),
            exempt=visibility.item_exempt(obj),
        )
    if isinstance(obj, Document):
        meeting = obj.meeting
        return Target(
            body_id=meeting.body_id,
            body_name=meeting.body.name,
            public=visibility.agenda_public(meeting),
            exempt=visibility.document_exempt(obj),
            document_id=obj.pk,
        )
    raise TypeError(f"The access rule does not know how to protect a {type(obj).__name__}.")


def _day_of(obj) -> date | None:
    if isinstance(obj, Meeting):
        return obj.date
    if isinstance(obj, AgendaItem | Document):
        return obj.meeting.date
    return None


def can(user, action: Action | str, target_obj=None, *, on: date | None = None) -> Decision:
    """May ``user`` do ``action`` to ``target_obj``? Membership is judged on ``on``, by
    default the meeting's date for a meeting, item or document, otherwise today."""
    day = on or _day_of(target_obj) or timezone.localdate()
    target = target_for(target_obj, action)
    documents = [target.document_id] if target.document_id is not None else []
    steps = [target.signoff_step_id] if target.signoff_step_id is not None else None
    subject = subject_for(user, on=day, document_ids=documents, signoff_step_ids=steps)
    return decide(subject, action, target, on=day)


class AccessDenied(PermissionDenied):
    """Refused by the access rule; the message is the rule's reason (a view answers 403)."""


def require(user, action: Action | str, target_obj=None, *, on: date | None = None) -> Decision:
    """``can``, for a view or a service entry point: the decision when allowed, otherwise
    ``AccessDenied`` carrying the rule's reason."""
    decision = can(user, action, target_obj, on=on)
    if not decision.allowed:
        raise AccessDenied(decision.reason)
    return decision


def bodies_where(user, action: Action | str, *, on: date | None = None) -> QuerySet[Body]:
    """The bodies on which ``user`` may do ``action`` (e.g. the clerk's bodies for
    ``agenda.edit``), each decided by the one rule; the subject is built once."""
    day = on or timezone.localdate()
    subject = subject_for(user, on=day)
    allowed = [
        body.pk
        for body in Body.objects.only("pk", "name")
        if decide(subject, action, target_for(body), on=day).allowed
    ]
    return Body.objects.filter(pk__in=allowed)


def holds_role(user, roles: Iterable[Role | str], *, on: date | None = None) -> bool:
    """Whether ``user`` holds any of ``roles`` anywhere (on any body or authority-wide) on
    ``on`` (today by default). ``holds_role(user, {"clerk", "administrator"})`` is what
    multi-factor authentication asks."""
    if not _signed_in(user):
        return False
    wanted = {Role(role) for role in roles}
    if Role.ADMINISTRATOR in wanted and user.is_superuser:
        return True
    stored = {role.value for role in wanted if role not in (Role.MEMBER, Role.CHAIR)}
    live = RoleGrant.objects.filter(user=user, revoked_at__isnull=True, role__in=stored)
    if stored and live.exists():
        return True
    if wanted & {Role.MEMBER, Role.CHAIR}:
        for _, role in seats_on(user, on or timezone.localdate()):
            if Role.MEMBER in wanted or role == Membership.Role.CHAIR:
                return True
    return False


def role_grants(*, include_revoked: bool = False, limit: int = 1000) -> list[RoleGrant]:
    grants = RoleGrant.objects.select_related("user", "body").order_by(
        "user__email", "role", "body__name"
    )
    if not include_revoked:
        grants = grants.filter(revoked_at__isnull=True)
    return list(grants[:limit])
