"""`moot body`: set up a body from its terms of reference (README "Setting up a body").

    moot body load FILE.toml|FILE.json [--json]
        {"body", "name", "created", "unchanged", "terms": {"version", "in_force_from",
         "in_force_to", "superseded"}, "sections": [{"name", "cap", "voting"}],
         "members": [{"person", "name", "section", "role", "from"}],
         "standing_invitees": [{"person", "name", "title", "organisation", "from", "to"}]}
    moot body appoint BODY --section NAME (--person SLUG | --name NAME) [--role ROLE]
        --from DATE [--json]
        {"body", "person", "name", "section", "role", "from", "seat"}
    moot body list [--json]
        {"bodies": [{"body", "name", "classification", "terms": {"version", "in_force_from",
         "in_force_to"} or null, "members": int}]}

The file holds a ``[body]`` (name, slug, classification, purpose, default_venue,
access_regime), its ``[terms]`` (version, approved_on, approved_by, in_force_from,
quorum_minimum, quorum_fraction such as "1/3", quorum_floor, decision_method,
chair_casting_vote, minimum_meetings_per_year, standing_items, chair_fallback_sections,
text, source_note, ``[[terms.sections]]`` with name, cap, voting, and
``[[terms.quorum_groups]]`` with name, minimum, sections, organisations) and optionally
``[[members]]`` (person: a slug in the record, or name: a new person; section; role; from)
and ``[[standing_invitees]]`` (person or name, title, organisation, from, to). A body whose
slug is in the record gets the terms as its new version (the version before ends the day
before); a version already recorded is compared with the file: the same is "unchanged"
(exit 0, nothing written), a difference is refused naming the version (recorded terms are
history; a changed version is a new version). The checks are those of
the workspace's forms (``moot.governance.terms``); one line names the input at fault and
nothing is written. The command line is the server's operator, so no further permission is
asked; the same is at /clerk/bodies/ for clerks of every body and administrators.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

from moot.cli.registry import JSON, UserError, arg, command, emit, group, setup

group("body", help="set up bodies from their terms of reference", metavar="load|appoint|list")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"{option} '{text}': not a date (YYYY-MM-DD).") from exc


@command(
    "body load",
    arg("file", help="a terms-of-reference file, .toml or .json"),
    JSON,
    help="set up a body (or its new terms of reference) and its members from a file",
)
def body_load(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot be read ({exc.__class__.__name__}).") from exc
    setup()
    from django.db import transaction

    from moot.governance import selectors as gov_selectors
    from moot.governance import services
    from moot.governance import terms as checks
    from moot.governance.models import Body

    try:
        draft = checks.read_setup(text, suffix=path.suffix)
    except checks.SetupInvalid as invalid:
        raise UserError(f"{path}: " + " ".join(invalid.problems.values())) from invalid
    place = "body"
    try:
        with transaction.atomic():
            slug = checks.slug_for(draft.body.name, draft.body.slug)
            body = Body.objects.filter(slug=slug).first()
            draft = _with_record_names(draft)
            recorded = None
            if body is not None:
                version = draft.terms.version.strip()
                recorded = body.terms_of_reference.filter(version=version).first()
            if recorded is not None:
                return _already_recorded(args, path, draft, body, recorded)
            created = body is None
            if created:
                body = services.body_create(draft=draft.body)
            previous = body.terms_of_reference.order_by("-in_force_from").first()
            place = "terms"
            terms = services.terms_of_reference_adopt(body=body, draft=draft.terms)
            sections = {s.name.casefold(): s for s in terms.sections.all()}
            members = []
            for member in draft.members:
                place = f"members[{member.row}]"
                membership = services.membership_appoint(
                    section=sections[member.section.casefold()],
                    person=_person(member.person),
                    new_name=member.name,
                    role=member.role,
                    start_date=member.start_date,
                )
                members.append(_member(membership))
            invited = {
                checks.invitee_key(i)
                for i in gov_selectors.recorded_setup(body, terms).standing_invitees
            }
            invitees = []
            for entry in draft.standing_invitees:
                place = f"standing_invitees[{entry.row}]"
                if checks.invitee_key(entry) in invited:
                    continue  # already invited, as the file says
                invitee = services.standing_invitee_add(
                    body=body,
                    person=_person(entry.person),
                    new_name=entry.name,
                    title=entry.title,
                    organisation=services.organisation_named(entry.organisation)
                    if entry.organisation
                    else None,
                    start_date=entry.start_date,
                    end_date=entry.end_date,
                )
                invitees.append(_invitee(invitee))
    except services.GovernanceError as refused:
        field = getattr(refused, "field", "")
        where = place
        if field and place in ("body", "terms"):
            where = checks.place_in_file(place, field)
        raise UserError(f"{path}: {where}: {refused}") from refused
    superseded = previous.version if previous is not None else None
    terms.refresh_from_db()
    payload = {
        "body": body.slug,
        "name": body.name,
        "created": created,
        "unchanged": False,
        "terms": {
            "version": terms.version,
            "in_force_from": terms.in_force_from,
            "in_force_to": terms.in_force_to,
            "superseded": superseded,
        },
        "sections": [
            {"name": s.name, "cap": s.cap, "voting": s.voting} for s in terms.sections.all()
        ],
        "members": members,
        "standing_invitees": invitees,
    }
    lines = (
        [
            f"{body.name} ({body.slug}) {'set up' if created else 'found'}; terms of reference "
            f"version {terms.version} in force from {terms.in_force_from}"
            + (f" (version {superseded} ends the day before)" if superseded else "")
            + "."
        ]
        + [
            f"Appointed {m['name']} to {m['section']} from {m['from']} ({m['role']})."
            for m in members
        ]
        + [f"Invited {i['name']} to every meeting from {i['from']}." for i in invitees]
    )
    emit(args, payload, "\n".join(lines))
    return 0


def _person(slug: str):
    """The person a file names by slug (None for a new person, named instead)."""
    from moot.governance import services
    from moot.governance.models import Person

    if not slug:
        return None
    person = Person.objects.filter(slug=slug).first()
    if person is None:
        raise services.SetupRefused("person", f"there is no person '{slug}' in the record.")
    return person


def _with_record_names(draft):
    """The file's organisations by the names the record gives them (a file may give a
    short name or a slug); one the record lacks is refused, naming its place."""
    from moot.governance import services

    def named(name: str, place: str) -> str:
        organisation = services.organisation_named(name)
        if organisation is None:
            raise UserError(
                f"{place}: there is no organisation '{name}' in the record (by name, short "
                "name or slug); add it in the back office first."
            )
        return organisation.name

    groups = tuple(
        replace(
            g,
            organisations=tuple(
                named(o, f"terms.quorum_groups[{g.row}].organisations") for o in g.organisations
            ),
        )
        for g in draft.terms.quorum_groups
    )
    invitees = tuple(
        replace(
            i,
            organisation=named(i.organisation, f"standing_invitees[{i.row}].organisation")
            if i.organisation
            else "",
        )
        for i in draft.standing_invitees
    )
    return replace(
        draft, terms=replace(draft.terms, quorum_groups=groups), standing_invitees=invitees
    )


def _already_recorded(args, path: Path, draft, body, recorded) -> int:
    """The file names a version already recorded: loading it again changes nothing, and a
    file that differs is refused naming the version (recorded terms are history, never
    changed in place: a changed version is a new version)."""
    from moot.governance import selectors as gov_selectors
    from moot.governance import terms as checks

    differences = checks.setup_differences(draft, gov_selectors.recorded_setup(body, recorded))
    if differences:
        first = next(iter(differences.values()))
        more = len(differences) - 1
        raise UserError(
            f"{path}: terms.version: version {recorded.version} of {body.name}'s terms of "
            f"reference is already recorded and the file differs from it ({first}"
            + (f" and {more} more" if more else "")
            + "); recorded terms are history, never changed in place: give the changed terms "
            "a new version."
        )
    payload = {
        "body": body.slug,
        "name": body.name,
        "created": False,
        "unchanged": True,
        "terms": {
            "version": recorded.version,
            "in_force_from": recorded.in_force_from,
            "in_force_to": recorded.in_force_to,
            "superseded": None,
        },
        "sections": [
            {"name": s.name, "cap": s.cap, "voting": s.voting}
            for s in recorded.sections.order_by("order")
        ],
        "members": [],
        "standing_invitees": [],
    }
    emit(
        args,
        payload,
        f"{body.name} ({body.slug}): terms of reference version {recorded.version} are "
        "already recorded as the file gives them; unchanged.",
    )
    return 0


def _invitee(invitee) -> dict:
    return {
        "person": invitee.person.slug,
        "name": invitee.person.name,
        "title": invitee.title,
        "organisation": invitee.organisation.name if invitee.organisation else None,
        "from": invitee.start_date,
        "to": invitee.end_date,
    }


def _member(membership) -> dict:
    return {
        "person": membership.person.slug,
        "name": membership.person.name,
        "section": membership.seat.section.name,
        "role": membership.role,
        "from": membership.start_date,
        "seat": membership.seat.label,
    }


@command(
    "body appoint",
    arg("body", help="the body's slug"),
    arg("--section", required=True, help="the membership section's name"),
    arg("--person", default="", help="the slug of a person in the record"),
    arg("--name", default="", help="or a new person's name"),
    arg("--role", default="member", help="chair, vice_chair or member (default member)"),
    arg("--from", dest="start", required=True, help="the first day held, YYYY-MM-DD"),
    JSON,
    help="appoint a person to a section of the body's terms of reference",
)
def body_appoint(args: argparse.Namespace) -> int:
    start = _day(args.start, "--from")
    setup()
    from moot.governance import selectors, services
    from moot.governance.models import Body, Person

    body = Body.objects.filter(slug=args.body).first()
    if body is None:
        raise UserError(f"There is no body called '{args.body}'.")
    if bool(args.person) == bool(args.name):
        raise UserError("--person or --name: give one (a person in the record, or a new name).")
    person = None
    if args.person:
        person = Person.objects.filter(slug=args.person).first()
        if person is None:
            raise UserError(f"--person '{args.person}': there is no such person in the record.")
    terms = selectors.terms_in_force(body, start)
    if terms is None:
        raise UserError(f"--from {start}: {body.name} has no terms of reference in force then.")
    section = terms.sections.filter(name__iexact=args.section.strip()).first()
    if section is None:
        names = ", ".join(s.name for s in terms.sections.all())
        raise UserError(
            f"--section '{args.section}': not a section of version {terms.version} ({names})."
        )
    try:
        membership = services.membership_appoint(
            section=section, person=person, new_name=args.name, role=args.role, start_date=start
        )
    except services.GovernanceError as refused:
        field = getattr(refused, "field", "")
        option = {"start_date": "--from", "new_name": "--name"}.get(field, f"--{field}")
        raise UserError(f"{option}: {refused}" if field else str(refused)) from refused
    payload = {"body": body.slug, **_member(membership)}
    emit(
        args,
        payload,
        f"Appointed {payload['name']} to {payload['section']} of {body.name} from {start}.",
    )
    return 0


@command("body list", JSON, help="every body, its terms of reference in force and its members")
def body_list(args: argparse.Namespace) -> int:
    setup()
    from django.db.models import Count, Q
    from django.utils import timezone

    from moot.governance.models import Body, Membership, TermsOfReference

    today = timezone.localdate()
    in_force = {
        t.body_id: t
        for t in TermsOfReference.objects.filter(in_force_from__lte=today).filter(
            Q(in_force_to__isnull=True) | Q(in_force_to__gte=today)
        )
    }
    counts = dict(
        Membership.objects.filter(
            seat__section__terms_of_reference__in=list(in_force.values()), start_date__lte=today
        )
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values_list("seat__section__terms_of_reference__body_id")
        .annotate(n=Count("pk"))
        .values_list("seat__section__terms_of_reference__body_id", "n")
    )
    rows = []
    for body in Body.objects.all():
        terms = in_force.get(body.pk)
        rows.append(
            {
                "body": body.slug,
                "name": body.name,
                "classification": body.classification,
                "terms": None
                if terms is None
                else {
                    "version": terms.version,
                    "in_force_from": terms.in_force_from,
                    "in_force_to": terms.in_force_to,
                },
                "members": counts.get(body.pk, 0),
            }
        )
    lines = [
        f"{r['body']}: {r['name']}, "
        + (
            f"terms version {r['terms']['version']}, {r['members']} member"
            + ("" if r["members"] == 1 else "s")
            if r["terms"]
            else "no terms of reference in force"
        )
        for r in rows
    ]
    emit(args, {"bodies": rows}, "\n".join(lines) or "There are no bodies.")
    return 0
