"""Writes to the governance record: transactional, validated, logged."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import models, transaction

from moot.governance import rules
from moot.governance.models import (
    AuditEntry,
    Body,
    Membership,
    MembershipSection,
    Person,
    Seat,
    TermsOfReference,
)


class GovernanceError(ValueError):
    """A change the terms of reference or the record do not allow; the message says why."""


class TermsOverlap(GovernanceError):
    pass


def log_action(action: str, obj: models.Model, *, user: Any = None, data: dict | None = None):
    """Record a change in the audit trail (dotted action names, e.g. moot.minutes.approved)."""
    return AuditEntry.objects.create(
        action=action,
        user=getattr(user, "username", "") or (user if isinstance(user, str) else ""),
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_label=str(obj)[:300],
        data=data or {},
    )


def _overlaps(a_from: date, a_to: date | None, b_from: date, b_to: date | None) -> bool:
    return (b_to is None or a_from <= b_to) and (a_to is None or b_from <= a_to)


@transaction.atomic
def terms_of_reference_create(
    *,
    body: Body,
    version: str,
    in_force_from: date,
    in_force_to: date | None = None,
    user=None,
    **fields,
) -> TermsOfReference:
    """Add a terms-of-reference version; refuse one whose dates overlap another's.

    A meeting is judged by the version in force on its date, so there must never be two.
    """
    Body.objects.select_for_update().get(pk=body.pk)
    if in_force_to is not None and in_force_to < in_force_from:
        raise GovernanceError(
            f"Terms of reference version {version}: in force to {in_force_to} is before "
            f"in force from {in_force_from}."
        )
    for other in body.terms_of_reference.all():
        if _overlaps(in_force_from, in_force_to, other.in_force_from, other.in_force_to):
            until = other.in_force_to.isoformat() if other.in_force_to else "open-ended"
            raise TermsOverlap(
                f"Terms of reference version {version} ({in_force_from} to "
                f"{in_force_to or 'open-ended'}) overlaps version {other.version} "
                f"({other.in_force_from} to {until}) of {body.name}; end the earlier version first."
            )
    terms = TermsOfReference.objects.create(
        body=body,
        version=version,
        in_force_from=in_force_from,
        in_force_to=in_force_to,
        **fields,
    )
    log_action("moot.terms_of_reference.created", terms, user=user)
    return terms


@transaction.atomic
def seat_create(
    *, section: MembershipSection, label: str, order: int | None = None, **fields
) -> Seat:
    """Add a seat; a section never has more seats than its cap (ToR 4)."""
    section = MembershipSection.objects.select_for_update().get(pk=section.pk)
    count = section.seats.count()
    try:
        rules.check_cap(section.name, section.cap, count)
    except rules.SeatCapExceeded as exc:
        raise GovernanceError(f"Cannot add the seat '{label}': {exc}") from exc
    if order is None:
        order = count + 1
    return Seat.objects.create(section=section, label=label, order=order, **fields)


@transaction.atomic
def membership_create(
    *,
    person: Person,
    seat: Seat,
    start_date: date,
    end_date: date | None = None,
    user=None,
    **fields,
) -> Membership:
    """Appoint a person to a seat; refuse if the seat is held then or the cap is exceeded."""
    section = MembershipSection.objects.select_for_update().get(pk=seat.section_id)
    overlapping = [
        m
        for m in Membership.objects.filter(seat__section=section).select_related("person", "seat")
        if _overlaps(start_date, end_date, m.start_date, m.end_date)
    ]
    for m in overlapping:
        if m.seat_id == seat.pk:
            raise GovernanceError(
                f"The seat '{seat.label}' is already held by {m.person} from {m.start_date}; "
                f"end that membership before appointing {person}."
            )
    try:
        rules.check_cap(section.name, section.cap, len({m.seat_id for m in overlapping}))
    except rules.SeatCapExceeded as exc:
        raise GovernanceError(f"Cannot appoint {person}: {exc}") from exc
    membership = Membership.objects.create(
        person=person, seat=seat, start_date=start_date, end_date=end_date, **fields
    )
    log_action(
        "moot.membership.created",
        membership,
        user=user,
        data={"person": person.name, "seat": seat.label, "from": str(start_date)},
    )
    return membership
