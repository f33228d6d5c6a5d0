"""Load a bundled example: structured data (``example.toml``) plus its source documents.

The loader is generic: everything particular to an example lives in its folder. Passages
of the source documents are named by where they start and end, and read from the sources,
never copied into the data. Loading twice changes nothing: every object is found by its
natural key before it is created.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from moot.governance import services as governance_services
from moot.governance.models import (
    Authority,
    Body,
    Membership,
    MembershipSection,
    Organisation,
    Person,
    PersonAlias,
    QuorumGroup,
    StandingInvitee,
    TermsOfReference,
)

EXAMPLES_DIR = Path(__file__).resolve().parent
EXAMPLES = {"leicester-hwb": EXAMPLES_DIR / "leicester_hwb"}


class ExampleError(ValueError):
    pass


@dataclass
class LoadReport:
    example: str
    created: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str, created: bool) -> None:
        if created:
            self.created[kind] = self.created.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return any(self.created.values())


class Sources:
    """The example's source documents, and passages read from them by their bounds."""

    def __init__(self, folder: Path, names: dict[str, str]):
        self.folder = folder
        self.texts: dict[str, list[str]] = {}
        for key, relative in names.items():
            path = folder / relative
            if not path.exists():
                raise ExampleError(f"The example's source document {relative} is missing.")
            self.texts[key] = path.read_text(encoding="utf-8").splitlines()

    def line_index(self, source: str, starts_with: str, begin: int = 0) -> int:
        lines = self.texts[source]
        for index in range(begin, len(lines)):
            if lines[index].strip().startswith(starts_with):
                return index
        raise ExampleError(f"The passage bound {starts_with!r} was not found in source {source!r}.")

    def passage(self, spec: dict[str, str] | str) -> str:
        """Lines from the first starting with ``from`` to the first starting with ``to``
        (inclusive) or up to the first starting with ``until`` (exclusive), searching after
        the first line starting with ``after`` if given."""
        if isinstance(spec, str):
            return spec
        source = spec["source"]
        begin = 0
        if "after" in spec:
            begin = self.line_index(source, spec["after"]) + 1
        first = self.line_index(source, spec["from"], begin)
        if "until" in spec:
            last = self.line_index(source, spec["until"], first + 1) - 1
        else:
            last = self.line_index(source, spec["to"], first)
        lines = self.texts[source][first : last + 1]
        return "\n".join(lines).strip()


def read_example(name: str) -> tuple[dict[str, Any], Sources, Path]:
    folder = EXAMPLES.get(name)
    if folder is None:
        known = ", ".join(sorted(EXAMPLES))
        raise ExampleError(f"There is no example called {name!r}; the examples are: {known}.")
    with open(folder / "example.toml", "rb") as handle:
        data = tomllib.load(handle)
    return data, Sources(folder, data["sources"]), folder


def load_example(name: str) -> LoadReport:
    """Build the example in one transaction; running it again changes nothing."""
    if name == "executive":  # a cabinet and its decisions (moot/executive/example.py)
        from moot.executive.example import load

        return load()
    data, sources, folder = read_example(name)
    report = LoadReport(example=name)
    with transaction.atomic():
        context = _load_governance(data, sources, report)
        from moot.examples import meetings_loader

        meetings_loader.load_meetings(data, sources, folder, context, report)
    return report


@dataclass
class Context:
    authority: Authority
    body: Body
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    terms: dict[str, TermsOfReference]
    sections: dict[str, list[MembershipSection]]  # terms version -> sections in order


def _get_or_create(model, report: LoadReport, kind: str, defaults=None, **lookup):
    obj, created = model.objects.get_or_create(defaults=defaults or {}, **lookup)
    report.count(kind, created)
    return obj


def _load_governance(data: dict, sources: Sources, report: LoadReport) -> Context:
    auth = data["authority"]
    text_fields = ["public_information", "accessibility_text", "filming_text", "evacuation_text"]
    authority = Authority.objects.first()
    if authority is None:
        authority = Authority.objects.create(
            name=auth["name"],
            slug=auth["slug"],
            **{k: auth[k] for k in auth if k not in text_fields + ["name", "slug"]},
            **{k: sources.passage(auth[k]) for k in text_fields if k in auth},
        )
        report.count("authority", True)

    organisations: dict[str, Organisation] = {}
    for org in data["organisations"]:
        organisations[org["name"]] = _get_or_create(
            Organisation,
            report,
            "organisations",
            name=org["name"],
            defaults={
                "slug": slugify(org["name"])[:120],
                "short_name": org.get("short_name", ""),
                "classification": org.get("classification", ""),
            },
        )
    for org in data["organisations"]:
        if "parent" in org:
            child = organisations[org["name"]]
            if child.parent_id is None:
                child.parent = organisations[org["parent"]]
                child.save(update_fields=["parent"])

    people: dict[str, Person] = {}
    for entry in data["people"]:
        given, _, family = entry["name"].rpartition(" ")
        person = _get_or_create(
            Person,
            report,
            "people",
            slug=slugify(entry["name"]),
            defaults={
                "name": entry["name"],
                "honorific": entry.get("honorific", ""),
                "given_name": given,
                "family_name": family,
            },
        )
        people[entry["name"]] = person
        for alias in entry.get("aliases", []):
            _get_or_create(
                PersonAlias,
                report,
                "aliases",
                person=person,
                name=alias,
                defaults={"source": "example"},
            )

    spec = data["body"]
    body = _get_or_create(
        Body,
        report,
        "bodies",
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "classification": spec.get("classification", "committee"),
            "purpose": sources.passage(spec.get("purpose", "")),
            "default_venue": spec.get("default_venue", ""),
        },
    )

    terms_by_version: dict[str, TermsOfReference] = {}
    sections_by_version: dict[str, list[MembershipSection]] = {}
    for version in data["terms"]:
        terms = TermsOfReference.objects.filter(body=body, version=version["version"]).first()
        if terms is None:
            rules_from = version
            if "copy_rules_from" in version:
                rules_from = next(
                    t for t in data["terms"] if t["version"] == version["copy_rules_from"]
                )
            terms = governance_services.terms_of_reference_create(
                body=body,
                version=version["version"],
                in_force_from=version["in_force_from"],
                in_force_to=version.get("in_force_to"),
                approved_on=version.get("approved_on"),
                approved_by=version.get("approved_by", ""),
                text=sources.passage(version["text"]) if "text" in version else "",
                source_note=version.get("note", ""),
                quorum_minimum=rules_from.get("quorum_minimum", 0),
                decision_method=rules_from.get("decision_method", "consensus_then_majority"),
                chair_casting_vote=rules_from.get("chair_casting_vote", True),
                minimum_meetings_per_year=rules_from.get("minimum_meetings_per_year", 0),
                standing_items=rules_from.get("standing_items", []),
            )
            report.count("terms_of_reference", True)
            sections = _create_sections(terms, data, organisations)
            by_name = {s.name: s for s in sections}
            terms.chair_fallback_sections.set(
                [by_name[n] for n in rules_from.get("chair_fallback_sections", [])]
            )
            for order, group in enumerate(data.get("quorum_groups", []), start=1):
                stored = QuorumGroup.objects.create(
                    terms_of_reference=terms,
                    name=group["name"],
                    minimum=group.get("minimum", 1),
                    order=order,
                )
                stored.sections.set([by_name[n] for n in group.get("sections", [])])
                stored.organisations.set([organisations[n] for n in group.get("organisations", [])])
            _create_memberships(
                terms,
                data["memberships"][version["membership"]],
                sections,
                people,
                organisations,
                body,
                report,
            )
        terms_by_version[version["version"]] = terms
        sections_by_version[version["version"]] = list(terms.sections.all())

    return Context(authority, body, people, organisations, terms_by_version, sections_by_version)


def _create_sections(terms, data, organisations) -> list[MembershipSection]:
    sections = []
    for order, spec in enumerate(data["sections"], start=1):
        section = MembershipSection.objects.create(
            terms_of_reference=terms,
            name=spec["name"],
            description=spec.get("description", ""),
            cap=spec["cap"],
            voting=spec.get("voting", True),
            order=order,
        )
        for seat_spec in spec["seats"]:
            governance_services.seat_create(
                section=section,
                label=seat_spec["label"],
                organisation=organisations.get(seat_spec.get("organisation", "")),
            )
        sections.append(section)
    return sections


def _create_memberships(terms, spec, sections, people, organisations, body, report):
    start: date = spec["start"]
    end: date | None = spec.get("end")
    for entry in spec["members"]:
        section = sections[entry["section"] - 1]
        seat = section.seats.get(order=entry["seat"])
        org = organisations.get(entry.get("organisation", "")) or seat.organisation
        governance_services.membership_create(
            person=people[entry["person"]],
            seat=seat,
            start_date=start,
            end_date=end,
            role=entry.get("role", Membership.Role.MEMBER),
            title=entry.get("title", ""),
            on_behalf_of=org,
        )
        report.count("memberships", True)
    for order, entry in enumerate(spec.get("standing_invitees", []), start=1):
        StandingInvitee.objects.create(
            body=body,
            person=people[entry["person"]],
            title=entry.get("title", ""),
            organisation=organisations.get(entry.get("organisation", "")),
            start_date=start,
            end_date=end,
            order=order,
        )
        report.count("standing_invitees", True)
