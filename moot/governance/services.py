"""Writes to the governance record: transactional, validated, logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

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
    Organisation,
    Person,
    PersonAlias,
    QuorumGroup,
    Seat,
    StandingInvitee,
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
    *,
    section: MembershipSection,
    label: str,
    order: int | None = None,
    user: Any = None,
    **fields,
) -> Seat:
    """Add a seat; a section never has more seats than its cap (ToR 4)
    (``moot.seat.created``)."""
    section = MembershipSection.objects.select_for_update().get(pk=section.pk)
    count = section.seats.count()
    try:
        rules.check_cap(section.name, section.cap, count)
    except rules.SeatCapExceeded as exc:
        raise GovernanceError(f"Cannot add the seat '{label}': {exc}") from exc
    if order is None:
        order = count + 1
    seat = Seat.objects.create(section=section, label=label, order=order, **fields)
    log_action("moot.seat.created", seat, user=user, data={"section": section.name})
    return seat


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


# --- Setting up a body from its terms of reference (moot/governance/terms.py) ------------


class SetupRefused(GovernanceError):
    """A set-up the record refuses; ``field`` names the form's field at fault ("" for the
    whole form), so the workspace can show the sentence beside it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _refuse_problems(problems: dict[str, str]) -> None:
    if problems:
        field, message = next(iter(problems.items()))
        raise SetupRefused(field, message)


@transaction.atomic
def body_create(*, draft, user: Any = None) -> Body:
    """Set up a body (``terms.BodyDraft``), checked by ``terms.body_problems``; its address
    name is its own (``moot.body.created``)."""
    from moot.governance import terms as setup

    _refuse_problems(setup.body_problems(draft))
    slug = setup.slug_for(draft.name, draft.slug)
    other = Body.objects.filter(slug=slug).first()
    if other is not None:
        raise SetupRefused(
            "slug",
            f"The address name '{slug}' is already used by {other.name}; enter another.",
        )
    body = Body(
        name=draft.name.strip(),
        slug=slug,
        classification=draft.classification,
        purpose=draft.purpose.strip(),
        default_venue=draft.default_venue.strip(),
        access_regime=draft.access_regime,
    )
    record_save(obj=body, user=user, action="moot.body.created")
    return body


@transaction.atomic
def terms_of_reference_adopt(*, body: Body, draft, user: Any = None) -> TermsOfReference:
    """Adopt a new version of a body's terms of reference (``terms.TermsDraft``) with its
    membership sections, in one transaction.

    Versions never overlap (a meeting is judged by the version in force on its date): the
    version in force before this one ends the day before this one comes into force
    (``moot.terms_of_reference.superseded``). A version may not start on or before the
    start of a version already recorded (end or correct that one in the back office).
    With ``draft.carry_members`` the members of the version before are carried over to
    the new version's sections of the same name (``_carry_members``).
    """
    from datetime import timedelta

    from moot.governance import terms as setup

    _refuse_problems(setup.terms_problems(draft))
    Body.objects.select_for_update().get(pk=body.pk)
    version = draft.version.strip()
    versions = list(body.terms_of_reference.order_by("in_force_from"))
    if any(v.version == version for v in versions):
        raise SetupRefused(
            "version",
            f"{body.name} already has terms of reference version {version}; give the new "
            "version its own number.",
        )
    later = [v for v in versions if v.in_force_from >= draft.in_force_from]
    if later:
        raise SetupRefused(
            "in_force_from",
            f"Version {later[-1].version} of {body.name}'s terms is in force from "
            f"{later[-1].in_force_from:%-d %B %Y}; a new version comes into force after the "
            "latest one.",
        )
    previous = versions[-1] if versions else None
    if previous is not None and (
        previous.in_force_to is None or previous.in_force_to >= draft.in_force_from
    ):
        previous.in_force_to = draft.in_force_from - timedelta(days=1)
        record_update(
            obj=previous,
            fields=["in_force_to"],
            action="moot.terms_of_reference.superseded",
            user=user,
            data={"by": version},
        )
    numerator, denominator = draft.quorum_fraction or (None, None)
    terms = terms_of_reference_create(
        body=body,
        version=version,
        in_force_from=draft.in_force_from,
        approved_on=draft.approved_on,
        approved_by=draft.approved_by.strip(),
        quorum_minimum=draft.quorum_minimum,
        quorum_fraction_numerator=numerator,
        quorum_fraction_denominator=denominator,
        quorum_floor=draft.quorum_floor,
        decision_method=draft.decision_method,
        chair_casting_vote=draft.chair_casting_vote,
        minimum_meetings_per_year=draft.minimum_meetings_per_year,
        standing_items=list(draft.standing_items),
        text=draft.text.strip(),
        source_note=draft.source_note.strip(),
        user=user,
    )
    made = {}
    for order, section in enumerate(draft.sections, start=1):
        made[section.name.strip().casefold()] = (
            section.row,
            record_save(
                obj=MembershipSection(
                    terms_of_reference=terms,
                    name=section.name.strip(),
                    cap=section.cap,
                    voting=section.voting,
                    order=order,
                ),
                user=user,
            ),
        )
    by_name = {key: section for key, (_, section) in made.items()}
    fallback = [by_name[n.strip().casefold()] for n in draft.chair_fallback_sections]
    if fallback:
        terms.chair_fallback_sections.set(fallback)
        log_action(
            "moot.terms_of_reference.chair_fallback_set",
            terms,
            user=user,
            data={"sections": [s.name for s in fallback]},
        )
    for order, group in enumerate(draft.quorum_groups, start=1):
        _quorum_group_create(terms, group, by_name, order, user)
    if previous is not None and draft.carry_members:
        _carry_members(previous, made, draft.in_force_from, user)
    return terms


def organisation_named(name: str) -> Organisation | None:
    """The organisation a clerk or a file names: by name, short name or slug, in any case."""
    name = " ".join(name.split())
    return (
        Organisation.objects.filter(
            models.Q(name__iexact=name) | models.Q(short_name__iexact=name) | models.Q(slug=name)
        )
        .order_by("pk")
        .first()
    )


def _quorum_group_create(
    terms: TermsOfReference, group, sections: dict[str, MembershipSection], order: int, user
) -> QuorumGroup:
    """A quorum group of the new version (``terms.QuorumGroupDraft``): its sections are the
    version's own, its organisations those in the record (``moot.quorum_group.created``)."""
    where = f"Quorum group {group.row} ({group.name.strip()})"
    organisations = []
    for name in group.organisations:
        organisation = organisation_named(name)
        if organisation is None:
            raise SetupRefused(
                f"group_{group.row}_organisations",
                f"{where}: there is no organisation '{name}' in the record (by name, short "
                "name or slug); add it in the back office first, or name sections instead.",
            )
        organisations.append(organisation)
    stored = QuorumGroup.objects.create(
        terms_of_reference=terms, name=group.name.strip(), minimum=group.minimum, order=order
    )
    chosen = [sections[n.strip().casefold()] for n in group.sections]
    stored.sections.set(chosen)
    stored.organisations.set(organisations)
    log_action(
        "moot.quorum_group.created",
        stored,
        user=user,
        data={
            "terms_of_reference": terms.version,
            "minimum": stored.minimum,
            "sections": [s.name for s in chosen],
            "organisations": [o.name for o in organisations],
        },
    )
    return stored


def _carry_members(
    previous: TermsOfReference,
    sections: dict[str, tuple[int, MembershipSection]],
    day: date,
    user: Any,
) -> None:
    """Carry the members of the previous version on ``day`` over to the new version's
    sections of the same name: each membership ends the day before and starts again in a
    seat like its own (label, organisation, vote), with its role and title. A member whose
    section the new version does not have is not carried. Over a new, smaller cap the
    whole adoption is refused (``rules.check_cap``)."""
    from datetime import timedelta

    current = (
        Membership.objects.filter(seat__section__terms_of_reference=previous, start_date__lte=day)
        .filter(models.Q(end_date__isnull=True) | models.Q(end_date__gte=day))
        .select_related("person", "seat", "seat__section")
        .order_by("seat__section__order", "seat__order")
    )
    for membership in current:
        found = sections.get(membership.seat.section.name.casefold())
        if found is None:
            continue
        row, section = found
        try:
            seat = seat_create(
                section=section,
                label=membership.seat.label,
                organisation=membership.seat.organisation,
                voting=membership.seat.voting,
                user=user,
            )
        except GovernanceError as exc:
            raise SetupRefused(
                f"section_{row}_cap",
                f"Cannot carry {membership.person} over to {section.name}: {exc}",
            ) from exc
        if membership.start_date >= day:
            # appointed from the new version's first day: the membership moves seat
            membership.seat = seat
            record_update(
                obj=membership,
                fields=["seat"],
                action="moot.membership.moved",
                user=user,
                data={"person": membership.person.name, "section": section.name},
            )
            continue
        until = membership.end_date
        membership.end_date = day - timedelta(days=1)
        record_update(
            obj=membership,
            fields=["end_date"],
            action="moot.membership.ended",
            user=user,
            data={"person": membership.person.name, "to": membership.end_date},
        )
        membership_create(
            person=membership.person,
            seat=seat,
            start_date=day,
            end_date=until,
            role=membership.role,
            title=membership.title,
            on_behalf_of=membership.on_behalf_of,
            user=user,
        )


def _person_slug(name: str) -> str:
    from django.utils.text import slugify

    base = slugify(name)[:110].strip("-") or "person"
    taken = set(Person.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _person_name(person: Person | None, new_name: str) -> str:
    """The name of the person an appointment or invitation is for: the chosen person's in
    the record, or else the new name typed (its spaces folded), refused when blank or over
    the 200 characters a person's name holds."""
    if person is not None:
        return person.name
    name = " ".join(new_name.split())
    if not name:
        raise SetupRefused("person", "Choose a person, or enter a new person's name.")
    if len(name) > 200:
        raise SetupRefused("new_name", "The new person's name is over 200 characters.")
    return name


def _person_or_new(person: Person | None, name: str, *, user: Any) -> Person:
    """The chosen person, or a new one of the name (``_person_name``), added to the record
    once every check has passed."""
    if person is not None:
        return person
    return person_create(name=name, slug=_person_slug(name), user=user)


@transaction.atomic
def membership_appoint(
    *,
    section: MembershipSection,
    start_date: date,
    role: str = Membership.Role.MEMBER,
    person: Person | None = None,
    new_name: str = "",
    title: str = "",
    user: Any = None,
) -> Membership:
    """Appoint a person (one in the record, or a new one by name) to a section from a date
    (ToR 4): into a vacant seat of the section, or a new seat while the section is under
    its cap (``rules.check_cap`` refuses one over it). The seat, the person when new, and
    the membership are each logged; a refusal writes nothing."""
    section = MembershipSection.objects.select_for_update().get(pk=section.pk)
    terms = section.terms_of_reference
    if start_date < terms.in_force_from or (
        terms.in_force_to is not None and start_date > terms.in_force_to
    ):
        until = f"{terms.in_force_to:%-d %B %Y}" if terms.in_force_to else "open-ended"
        raise SetupRefused(
            "start_date",
            f"{section.name} belongs to version {terms.version} of the terms of reference, "
            f"in force from {terms.in_force_from:%-d %B %Y} to {until}; an appointment from "
            f"{start_date:%-d %B %Y} falls outside it.",
        )
    if role not in Membership.Role.values:
        raise SetupRefused("role", f"The role '{role}' is not one of chair, vice_chair, member.")
    who = _person_name(person, new_name)
    held = [
        m
        for m in Membership.objects.filter(seat__section__terms_of_reference=terms)
        .select_related("person", "seat", "seat__section")
        .order_by("start_date")
        if _overlaps(start_date, None, m.start_date, m.end_date)
    ]
    if person is not None:
        for m in held:
            if m.person_id == person.pk:
                raise SetupRefused(
                    "person",
                    f"{person} already holds a seat in {m.seat.section.name} from "
                    f"{m.start_date:%-d %B %Y}; end that membership first.",
                )
    if role != Membership.Role.MEMBER:
        for m in held:
            if m.role == role:
                raise SetupRefused(
                    "role",
                    f"{m.person} is {m.get_role_display().lower()} from "
                    f"{m.start_date:%-d %B %Y}; a body has one at a time, so end that "
                    "membership first.",
                )
    in_section = [m for m in held if m.seat.section_id == section.pk]
    try:
        rules.check_cap(section.name, section.cap, len({m.seat_id for m in in_section}))
    except rules.SeatCapExceeded as exc:
        raise SetupRefused("section", f"Cannot appoint {who}: {exc}") from exc
    taken = {m.seat_id for m in in_section}
    seat = section.seats.exclude(pk__in=taken).order_by("order").first()
    if seat is None:
        count = section.seats.count()
        seat = seat_create(section=section, label=f"{section.name}, seat {count + 1}", user=user)
    return membership_create(
        person=_person_or_new(person, who, user=user),
        seat=seat,
        start_date=start_date,
        role=role,
        title=title,
        user=user,
    )


@transaction.atomic
def membership_end(*, membership: Membership, end_date: date, user: Any = None) -> Membership:
    """End a membership on a date (the last day it is held; ``moot.membership.ended``)."""
    return _held_end(
        membership, end_date=end_date, what="membership", action="moot.membership.ended", user=user
    )


Held = TypeVar("Held", Membership, StandingInvitee)


def _held_end(held: Held, *, end_date: date, what: str, action: str, user: Any) -> Held:
    """End a membership or a standing invitation (read again, locked) on a date, the last
    day it is held: refused when it has ended already, or the date is before it began."""
    held = type(held).objects.select_for_update().select_related("person").get(pk=held.pk)
    if held.end_date is not None:
        raise SetupRefused(
            "end_date",
            f"{held.person}'s {what} already ended on {held.end_date:%-d %B %Y}.",
        )
    if end_date < held.start_date:
        raise SetupRefused(
            "end_date",
            f"The end date {end_date:%-d %B %Y} is before {held.person}'s {what} "
            f"began ({held.start_date:%-d %B %Y}).",
        )
    held.end_date = end_date
    return record_update(
        obj=held,
        fields=["end_date"],
        action=action,
        user=user,
        data={"person": held.person.name, "to": end_date},
    )


@transaction.atomic
def standing_invitee_add(
    *,
    body: Body,
    start_date: date,
    person: Person | None = None,
    new_name: str = "",
    title: str = "",
    organisation: Organisation | None = None,
    end_date: date | None = None,
    user: Any = None,
) -> StandingInvitee:
    """Invite a person (one in the record, or a new one by name) to every meeting of a
    body from a date (ToR 6.2): not a member, no vote, not counted to the quorum. A person
    is a standing invitee of a body once at a time (``moot.standing_invitee.added``)."""
    Body.objects.select_for_update().get(pk=body.pk)
    who = _person_name(person, new_name)
    if end_date is not None and end_date < start_date:
        raise SetupRefused(
            "end_date",
            f"The invitation ends on {end_date:%-d %B %Y}, before it starts "
            f"({start_date:%-d %B %Y}).",
        )
    if person is not None:
        for other in StandingInvitee.objects.filter(body=body, person=person):
            if _overlaps(start_date, end_date, other.start_date, other.end_date):
                raise SetupRefused(
                    "person",
                    f"{person} is already a standing invitee of {body.name} from "
                    f"{other.start_date:%-d %B %Y}; end that invitation first.",
                )
    person = _person_or_new(person, who, user=user)
    last = StandingInvitee.objects.filter(body=body).aggregate(n=models.Max("order"))["n"]
    invitee = StandingInvitee.objects.create(
        body=body,
        person=person,
        title=title.strip(),
        organisation=organisation,
        start_date=start_date,
        end_date=end_date,
        order=(last or 0) + 1,
    )
    log_action(
        "moot.standing_invitee.added",
        invitee,
        user=user,
        changes=changes_between({}, field_values(invitee)),
        data={"person": person.name, "from": start_date},
    )
    return invitee


@transaction.atomic
def standing_invitee_end(
    *, invitee: StandingInvitee, end_date: date, user: Any = None
) -> StandingInvitee:
    """End a standing invitation on a date (the last day; ``moot.standing_invitee.ended``)."""
    return _held_end(
        invitee,
        end_date=end_date,
        what="invitation",
        action="moot.standing_invitee.ended",
        user=user,
    )


def body_has_meetings(body: Body) -> bool:
    from moot.meetings.models import Meeting

    return Meeting.objects.filter(body=body).exists()


@transaction.atomic
def body_update(*, body: Body, draft, user: Any = None) -> Body:
    """Change a body's details (``terms.BodyDraft``), checked as when it was set up. Its
    address name is fixed once it has meetings (their addresses, feeds and the links others
    keep hold it) and is its own; logged with what changed (``moot.body.changed``)."""
    from moot.governance import terms as setup

    _refuse_problems(setup.body_problems(draft))
    body = Body.objects.select_for_update().get(pk=body.pk)
    slug = setup.slug_for(draft.name, draft.slug)
    if slug != body.slug:
        if body_has_meetings(body):
            raise SetupRefused(
                "slug",
                f"{body.name} has meetings, so its address name '{body.slug}' is fixed: their "
                "addresses, feeds and links from elsewhere hold it.",
            )
        other = Body.objects.filter(slug=slug).exclude(pk=body.pk).first()
        if other is not None:
            raise SetupRefused(
                "slug",
                f"The address name '{slug}' is already used by {other.name}; enter another.",
            )
    body.name = draft.name.strip()
    body.slug = slug
    body.classification = draft.classification
    body.purpose = draft.purpose.strip()
    body.default_venue = draft.default_venue.strip()
    body.access_regime = draft.access_regime
    return record_save(obj=body, user=user)


@transaction.atomic
def terms_of_reference_text_update(
    *, terms: TermsOfReference, text: str, source_note: str, user: Any = None
) -> TermsOfReference:
    """Correct the full text and the source note of a recorded version: a transcription of
    what was approved. Its rules (quorum, sections, voting) are history, changed only by a
    new version (``moot.terms_of_reference.text_changed``, with what changed)."""
    terms = TermsOfReference.objects.select_for_update().get(pk=terms.pk)
    if (terms.text, terms.source_note) == (text.strip(), source_note.strip()):
        return terms
    terms.text = text.strip()
    terms.source_note = source_note.strip()
    return record_update(
        obj=terms,
        fields=["text", "source_note"],
        action="moot.terms_of_reference.text_changed",
        user=user,
    )
