"""Reconciling people and bodies: who a printed name is, and which body a file is for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.text import slugify
from rapidfuzz import fuzz

from moot.governance import selectors as gov_selectors
from moot.governance.models import Body, Person, PersonAlias
from moot.governance.services import (
    person_alias_add,
    person_create,
)
from moot.ingest.drafts import (
    PersonEntry,
)
from moot.ingest.matching import _clip, _norm
from moot.ingest.names import normalise_name
from moot.ingest.reconcile import Candidate, reconcile

# Titles or offices closer than this (rapidfuzz ratio of the folded texts) are the same.
TITLE_SIMILAR = 90.0
OFFICE_SIMILAR = 92.0


# --- people -----------------------------------------------------------------------------


@dataclass
class PersonOutcome:
    """What became of one printed name."""

    status: str  # matched | created | uncertain | new (not created)
    person: Person | None = None
    candidates: list[Person] = field(default_factory=list)
    reason: str = ""


class PeopleResolver:
    """Decides who a printed name is, against the record's people and their aliases.

    Never duplicates a person: a person created here is a candidate for every later name.
    """

    def __init__(self, *, body: Body, source_name: str):
        self.body = body
        self.source_name = source_name
        self.people: dict[str, Person] = {}
        self.names: dict[str, list[str]] = {}
        for person in Person.objects.all():
            self._add(person)
        for alias in PersonAlias.objects.values_list("person_id", "name"):
            self.names.setdefault(str(alias[0]), []).append(alias[1])
        self._cache: dict[tuple[str, str, date | None, bool], PersonOutcome] = {}
        self._offices: dict[date, list[tuple[str, Person]]] = {}
        self.matched: dict[str, Person] = {}
        self.created: list[Person] = []
        self.uncertain: dict[str, list[Person]] = {}
        self.changes = 0

    def _add(self, person: Person) -> None:
        key = str(person.pk)
        self.people[key] = person
        self.names.setdefault(key, []).extend(
            n for n in (person.name, person.display_name) if n and n not in self.names[key]
        )

    def _candidates(self) -> list[Candidate]:
        return [Candidate(key, tuple(names)) for key, names in self.names.items()]

    def offices_on(self, day: date) -> list[tuple[str, Person]]:
        """(office, holder) for the body's current members and standing invitees."""
        if day not in self._offices:
            offices: list[tuple[str, Person]] = []
            terms = gov_selectors.terms_in_force(self.body, day)
            memberships = gov_selectors.memberships_on(terms, day) if terms else []
            labels = [m.seat.label for m in memberships]
            for membership in memberships:
                if membership.title:
                    offices.append((membership.title, membership.person))
                if labels.count(membership.seat.label) == 1:
                    offices.append((membership.seat.label, membership.person))
            for invitee in gov_selectors.standing_invitees_on(self.body, day):
                if invitee.title:
                    offices.append((invitee.title, invitee.person))
            self._offices[day] = offices
        return self._offices[day]

    def _office_holders(self, role_text: str, day: date | None) -> list[Person]:
        role = _norm(re.sub(r"\([^)]*\)", " ", role_text or ""))
        if day is None or len(role) < 12:
            return []
        holders: list[Person] = []
        for office, holder in self.offices_on(day):
            office_key = _norm(office)
            similar = len(office_key) >= 12 and fuzz.ratio(role, office_key) >= OFFICE_SIMILAR
            if similar and holder not in holders:
                holders.append(holder)
        return holders

    def resolve(
        self, entry: PersonEntry, *, day: date | None = None, create: bool = True
    ) -> PersonOutcome:
        printed = " ".join((entry.name or "").split())
        key = (printed, entry.role_text or "", day, create)
        if key in self._cache:
            return self._cache[key]
        outcome = self._resolve(printed, entry.role_text or "", day, create)
        self._cache[key] = outcome
        if outcome.status in ("matched", "created") and outcome.person is not None:
            self.matched.setdefault(printed, outcome.person)
        elif outcome.status == "uncertain":
            self.uncertain.setdefault(printed, outcome.candidates)
        return outcome

    def _resolve(self, printed: str, role_text: str, day: date | None, create: bool):
        parts = normalise_name(printed)
        if not parts.key:
            return PersonOutcome("new", reason="no name to read")
        match = reconcile(printed, self._candidates())
        if match.status == "matched" and match.person_key:
            person = self.people[match.person_key]
            self._keep_spelling(person, printed)
            return PersonOutcome("matched", person, reason=match.reason)
        if match.status == "uncertain":
            candidates = [self.people[k] for k in match.candidates if k in self.people]
            return PersonOutcome("uncertain", None, candidates, match.reason)
        holders = [
            h
            for h in self._office_holders(role_text, day)
            if normalise_name(h.name).key != parts.key
        ]
        if holders:
            return PersonOutcome(
                "uncertain",
                None,
                holders,
                "a new name printed with the office of a current member or invitee",
            )
        if not create:
            return PersonOutcome("new", reason=match.reason)
        person = self._create(parts, printed)
        return PersonOutcome("created", person, reason=match.reason)

    def _create(self, parts, printed: str) -> Person:
        name = _clip(Person, "name", parts.full or printed)
        base = slugify(name)[:110] or "person"
        slug, n = base, 1
        while Person.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        person = person_create(
            name=name,
            slug=slug,
            honorific=_clip(Person, "honorific", parts.honorific),
            given_name=_clip(Person, "given_name", parts.given),
            family_name=_clip(Person, "family_name", parts.family),
            action="moot.import.person_created",
            data={"source": self.source_name},
        )
        self.changes += 1
        self.created.append(person)
        self._add(person)
        return person

    def _keep_spelling(self, person: Person, printed: str) -> None:
        """Keep a new spelling of a known person's name as an alias."""
        parts = normalise_name(printed)
        known = {normalise_name(n).key for n in self.names.get(str(person.pk), [])}
        if not parts.key or parts.key in known:
            return
        alias_name = _clip(PersonAlias, "name", parts.full if parts.given else printed)
        if not alias_name:
            return
        _, created = person_alias_add(
            person=person,
            name=alias_name,
            source=_clip(PersonAlias, "source", self.source_name),
        )
        if created:
            self.changes += 1
        self.names.setdefault(str(person.pk), []).append(alias_name)

    def report(self) -> dict[str, Any]:
        created_ids = {p.pk for p in self.created}
        return {
            "matched": [
                {"name": name, "person": person.name, "slug": person.slug}
                for name, person in self.matched.items()
                if person.pk not in created_ids or normalise_name(name).full != person.name
            ],
            "created": [p.name for p in self.created],
            "uncertain": [
                {"name": name, "candidates": [p.name for p in candidates]}
                for name, candidates in self.uncertain.items()
            ],
        }


def match_bodies(printed: str) -> list[Body]:
    """Bodies whose name the printed name can be: the same words (case, "&"/"and" and
    punctuation aside), one name inside the other ("Leicester City Health and Wellbeing
    Board" ~ "Health and Wellbeing Board"), or a near spelling. Best first; an exact match
    alone if there is one."""
    wanted = _norm(printed)
    if not wanted:
        return []
    exact, contained, near = [], [], []
    for body in Body.objects.all():
        name = _norm(body.name)
        if not name:
            continue
        if name == wanted:
            exact.append(body)
        elif f" {name} " in f" {wanted} " or f" {wanted} " in f" {name} ":
            contained.append(body)
        elif fuzz.ratio(name, wanted) >= TITLE_SIMILAR:
            near.append(body)
    if exact:
        return exact
    if contained:
        longest = max(len(_norm(b.name)) for b in contained)
        best = [b for b in contained if len(_norm(b.name)) == longest]
        return best
    return near
