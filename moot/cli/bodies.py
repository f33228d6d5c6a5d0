"""`moot body`: set up a body from its terms of reference (README "Setting up a body").

    moot body load FILE.toml|FILE.json [--json]
        {"body", "name", "created", "terms": {"version", "in_force_from", "in_force_to",
         "superseded"}, "sections": [{"name", "cap", "voting"}],
         "members": [{"person", "name", "section", "role", "from"}]}
    moot body appoint BODY --section NAME (--person SLUG | --name NAME) [--role ROLE]
        --from DATE [--json]
        {"body", "person", "name", "section", "role", "from", "seat"}
    moot body list [--json]
        {"bodies": [{"body", "name", "classification", "terms": {"version", "in_force_from",
         "in_force_to"} or null, "members": int}]}

The file holds a ``[body]`` (name, slug, classification, purpose, default_venue,
access_regime), its ``[terms]`` (version, approved_on, approved_by, in_force_from,
quorum_minimum, quorum_fraction such as "1/3", quorum_floor, decision_method,
chair_casting_vote, minimum_meetings_per_year, standing_items, and ``[[terms.sections]]``
with name, cap, voting) and optionally ``[[members]]`` (person: a slug in the record, or
name: a new person; section; role; from). A body whose slug is in the record gets the
terms as its new version (the version before ends the day before). The checks are those of
the workspace's forms (``moot.governance.terms``); one line names the input at fault and
nothing is written. The command line is the server's operator, so no further permission is
asked; the same is at /clerk/bodies/ for clerks of every body and administrators.
"""

from __future__ import annotations

import argparse
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

    from moot.governance import services
    from moot.governance import terms as checks
    from moot.governance.models import Body, Person

    try:
        draft = checks.read_setup(text, suffix=path.suffix)
    except checks.SetupInvalid as invalid:
        raise UserError(f"{path}: " + " ".join(invalid.problems.values())) from invalid
    place = "body"
    try:
        with transaction.atomic():
            slug = checks.slug_for(draft.body.name, draft.body.slug)
            body = Body.objects.filter(slug=slug).first()
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
                person = None
                if member.person:
                    person = Person.objects.filter(slug=member.person).first()
                    if person is None:
                        raise services.SetupRefused(
                            "person", f"there is no person '{member.person}' in the record."
                        )
                membership = services.membership_appoint(
                    section=sections[member.section.casefold()],
                    person=person,
                    new_name=member.name,
                    role=member.role,
                    start_date=member.start_date,
                )
                members.append(_member(membership))
    except services.GovernanceError as refused:
        field = getattr(refused, "field", "")
        where = f"{place}.{field}" if field and not place.startswith("members") else place
        raise UserError(f"{path}: {where}: {refused}") from refused
    superseded = previous.version if previous is not None else None
    terms.refresh_from_db()
    payload = {
        "body": body.slug,
        "name": body.name,
        "created": created,
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
    }
    lines = [
        f"{body.name} ({body.slug}) {'set up' if created else 'found'}; terms of reference "
        f"version {terms.version} in force from {terms.in_force_from}"
        + (f" (version {superseded} ends the day before)" if superseded else "")
        + "."
    ] + [
        f"Appointed {m['name']} to {m['section']} from {m['from']} ({m['role']})." for m in members
    ]
    emit(args, payload, "\n".join(lines))
    return 0


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
