"""Writes to the governance record: transactional, validated, logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction

from moot.governance import rules
from moot.governance.models import (
    AuditEntry,
    Body,
    Membership,
    MembershipSection,
    Person,
    PersonAlias,
    Seat,
    TermsOfReference,
)


class GovernanceError(ValueError):
    """A change the terms of reference or the record do not allow; the message says why."""


class TermsOverlap(GovernanceError):
    pass


def _plain(value: Any) -> Any:
    """A value as the audit trail stores it: JSON types, dates in ISO form, objects by name."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def changes_between(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{field: {"old": ..., "new": ...}}`` for each field whose value differs."""
    return {
        name: {"old": _plain(before.get(name)), "new": _plain(after.get(name))}
        for name in after
        if _plain(before.get(name)) != _plain(after.get(name))
    }


def log_action(
    action: str,
    obj: models.Model,
    *,
    user: Any = None,
    data: dict | None = None,
    changes: dict[str, dict[str, Any]] | None = None,
) -> AuditEntry:
    """Record a change in the audit trail (dotted action names, e.g. moot.minutes.approved).

    ``user`` is a user account, None for the system or a command run without one, or a
    plain name (kept as the label only). ``changes`` is ``{field: {"old", "new"}}``
    (see ``changes_between``).
    """
    account, label = _who(user)
    return AuditEntry.objects.create(
        action=action,
        user=account,
        user_label=label[:150],
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
        object_type=obj._meta.label_lower,
        object_label=str(obj)[:300],
        changes=_plain(changes or {}),
        data=_plain(data or {}),
    )


def _who(user: Any) -> tuple[Any, str]:
    """The audit trail's user account (or None) and label for ``user`` (see ``log_action``)."""
    account = user if isinstance(user, AbstractBaseUser) and user.pk is not None else None
    if account is not None:
        return account, account.get_username()
    return None, user if isinstance(user, str) else ""


@dataclass(frozen=True)
class Logged:
    """One change for ``log_actions``: as ``log_action``'s arguments; ``label`` is the
    object's label when it changed (default: ``str(obj)`` when the entries are written)."""

    action: str
    obj: models.Model
    data: dict | None = None
    changes: dict[str, dict[str, Any]] | None = None
    label: str | None = None


def log_actions(entries: list[Logged], *, user: Any = None) -> list[AuditEntry]:
    """Record several changes in the audit trail in one write: one entry per change, each
    as ``log_action`` writes it (same action, user, object, label, changes and data)."""
    account, label = _who(user)
    rows = [
        AuditEntry(
            action=e.action,
            user=account,
            user_label=label[:150],
            content_type=ContentType.objects.get_for_model(e.obj, for_concrete_model=True),
            object_id=str(e.obj.pk),
            object_type=e.obj._meta.label_lower,
            object_label=(str(e.obj) if e.label is None else e.label)[:300],
            changes=_plain(e.changes or {}),
            data=_plain(e.data or {}),
        )
        for e in entries
    ]
    return AuditEntry.objects.bulk_create(rows) if rows else []


_overlaps = rules.periods_overlap


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


def field_values(obj: models.Model, names: list[str] | None = None) -> dict[str, Any]:
    """The stored values of an object's concrete fields (by attname for foreign keys)."""
    fields = [
        f
        for f in obj._meta.concrete_fields
        if not f.primary_key and (names is None or f.name in names)
    ]
    return {f.name: getattr(obj, f.attname) for f in fields}


@transaction.atomic
def record_save(*, obj: models.Model, user: Any = None, action: str | None = None) -> models.Model:
    """Save an object the record has no more specific service for: validated by the model
    (``full_clean``, so the invariants its ``clean()`` checks hold), then logged once with
    what changed (``moot.<model>.created`` or ``moot.<model>.changed``)."""
    name = obj._meta.model_name
    before: dict[str, Any] = {}
    adding = obj._state.adding or obj.pk is None
    if not adding:
        stored = type(obj)._default_manager.select_for_update().filter(pk=obj.pk).first()
        before = field_values(stored) if stored is not None else {}
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise GovernanceError(_sentence(obj, exc)) from exc
    obj.save()
    changes = changes_between(before, field_values(obj))
    if adding or changes:
        log_action(
            action or f"moot.{name}.{'created' if adding else 'changed'}",
            obj,
            user=user,
            changes=changes,
        )
    return obj


@transaction.atomic
def record_delete(*, obj: models.Model, user: Any = None) -> None:
    """Delete an object the record has no more specific service for; logged with what it
    held (``moot.<model>.deleted``)."""
    log_action(
        f"moot.{obj._meta.model_name}.deleted",
        obj,
        user=user,
        changes=changes_between({}, field_values(obj)),
    )
    obj.delete()


def _sentence(obj: models.Model, exc: ValidationError) -> str:
    """A model's validation errors as one sentence naming the object and the fields."""
    label = obj._meta.verbose_name
    if hasattr(exc, "error_dict"):
        parts = [
            (f"{name}: " if name != NON_FIELD_ERRORS else "") + " ".join(m for m in messages)
            for name, messages in exc.message_dict.items()
        ]
    else:
        parts = list(exc.messages)
    return f"{label.capitalize()} {obj}: " + "; ".join(parts)


@transaction.atomic
def record_update(
    *,
    obj: models.Model,
    fields: list[str],
    action: str,
    user: Any = None,
    data: dict | None = None,
) -> models.Model:
    """Save the named fields of an object that already carries its new values (an
    importer completing what the record lacks), logged once with the old and new values."""
    if not fields:
        return obj
    stored = type(obj)._default_manager.select_for_update().filter(pk=obj.pk).first()
    before = field_values(stored, fields) if stored is not None else {}
    obj.save(update_fields=fields)
    log_action(
        action,
        obj,
        user=user,
        data=data,
        changes=changes_between(before, field_values(obj, fields)),
    )
    return obj


@transaction.atomic
def person_create(
    *,
    name: str,
    slug: str,
    user: Any = None,
    action: str = "moot.person.created",
    data: dict | None = None,
    **fields,
) -> Person:
    """Add a person to the record (one person per real person; aliases keep other
    spellings)."""
    person = Person.objects.create(name=name, slug=slug, **fields)
    log_action(
        action, person, user=user, data=data, changes=changes_between({}, field_values(person))
    )
    return person


@transaction.atomic
def person_alias_add(
    *, person: Person, name: str, source: str = "", user: Any = None
) -> tuple[PersonAlias, bool]:
    """Keep another spelling of a person's name (as printed in a source); once."""
    alias, created = PersonAlias.objects.get_or_create(
        person=person, name=name, defaults={"source": source}
    )
    if created:
        log_action(
            "moot.person.alias_added", person, user=user, data={"alias": name, "source": source}
        )
    return alias, created
