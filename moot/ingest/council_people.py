"""Whose people a printed name can be in an import of several councils' documents.

Two councils' councillors are never the same person for the importer unless the record
already links one person to both: "E Seward" in a district council's minutes is never
reported uncertain against "Endaf Edwards" of a town council imported with it, nor "J Smith"
matched to the other council's "John Smith". So, when one import (``moot import folder
--several-councils``) holds documents of more than one council, each printed name is
reconciled only with its document's council's people:

* the people this import created or matched for that council's documents; and
* the people the record links to the council's bodies: members of them (a seat under their
  terms of reference), standing invitees, anyone in the attendance of their meetings (a
  substitute's member too) or who sent apologies to one, declared an interest, voted by name,
  presented an item or owns an action in them, holds a dispensation for them, or whose other
  spelling of their name was kept from a file imported for one of them.

Moot keeps no council on a body, so **the bodies of a council** are: every body this import
matched or created for that council's documents (a document's council is the one its heading
names: ``moot.ingest.council``), the body that bears the council's own name ("Thame Town
Council"), when Moot has one, and the bodies above and below each of these (a committee's
parent body, and its parent's other committees and sub-committees). A document naming no
council is reconciled with the people of its own body (and those this import found for that
body's other documents naming none).

An import of one council's documents (the usual case, ``moot import`` of one file, or a
folder whose documents name at most one council) reconciles with everyone, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from moot.governance.models import Body, Person
from moot.ingest.council import council_key


def bodies_of_council(council: str, found: set[int]) -> set[int]:
    """The primary keys of the bodies of ``council`` (see the module docstring): ``found``
    (those the import matched or created for its documents), the body named as the council,
    and the bodies above and below any of them."""
    rows = list(Body.objects.values_list("pk", "name", "parent_id"))
    parents = {pk: parent for pk, _, parent in rows}
    wanted = council_key(council)
    start = set(found) | {pk for pk, name, _ in rows if wanted and council_key(name) == wanted}

    def top(pk: int) -> int:
        seen = {pk}
        while parents.get(pk) is not None and parents[pk] not in seen:
            pk = parents[pk]
            seen.add(pk)
        return pk

    tops = {top(pk) for pk in start if pk in parents}
    return {pk for pk in parents if top(pk) in tops} | (start - set(parents))


def people_linked_to(bodies: set[int]) -> QuerySet[Person]:
    """The people the record links to any of ``bodies`` (see the module docstring)."""
    from moot.governance.models import Membership, PersonAlias, StandingInvitee
    from moot.ingest.models import ImportRecord
    from moot.meetings.models import (
        Action,
        Attendance,
        Declaration,
        Dispensation,
        PersonVote,
        Presenter,
    )
    from moot.members.models import Apology

    if not bodies:
        return Person.objects.none()
    in_meetings = {"meeting__body__in": bodies}
    at_items = {"item__meeting__body__in": bodies}
    files = ImportRecord.objects.filter(body__in=bodies).values("source_name")
    links = [
        Membership.objects.filter(seat__section__terms_of_reference__body__in=bodies).values(
            "person"
        ),
        StandingInvitee.objects.filter(body__in=bodies).values("person"),
        Attendance.objects.filter(**in_meetings).values("person"),
        Attendance.objects.filter(**in_meetings, substitute_for__isnull=False).values(
            "substitute_for"
        ),
        Apology.objects.filter(**in_meetings).values("person"),
        Declaration.objects.filter(**at_items).values("person"),
        PersonVote.objects.filter(vote__resolution__item__meeting__body__in=bodies).values(
            "person"
        ),
        Presenter.objects.filter(**at_items, person__isnull=False).values("person"),
        Action.objects.filter(**at_items, owner__isnull=False).values("owner"),
        Dispensation.objects.filter(body__in=bodies).values("person"),
        PersonAlias.objects.filter(source__in=files).values("person"),
    ]
    linked = Q()
    for link in links:
        linked |= Q(pk__in=link)
    return Person.objects.filter(linked)


class CouncilPeople:
    """The bodies and people one import of several councils' documents has found so far,
    council by council (``of`` gives a file's share). Only what a file that imported found
    is kept: a refused file's bodies and people were never written."""

    def __init__(self) -> None:
        self.bodies: dict[str, set[int]] = {}
        self.people: dict[str, set[int]] = {}
        self.names: dict[str, str] = {}  # a council's key: its name as printed

    def of(self, council: str) -> FileCouncil:
        """One file's share, the file being of ``council`` ("" when it names none)."""
        return FileCouncil(self, council)


@dataclass
class FileCouncil:
    """One file of an import of several councils' documents: whom its printed names can
    be (``candidates``), and what it found (``found``, kept by ``keep`` once it imported)."""

    several: CouncilPeople
    council: str
    pending: list[tuple[Body | None, set[int]]] = field(default_factory=list)

    def key(self, body: Body | None) -> str:
        """Whose the file is: its council; a file naming none, its body's."""
        if self.council:
            return council_key(self.council)
        return f"body {body.pk}" if body is not None else ""

    def candidates(self, body: Body | None) -> QuerySet[Person]:
        """The people the file's printed names can be: its council's (module docstring)."""
        key = self.key(body)
        found = set(self.several.bodies.get(key, set()))
        if body is not None:
            found.add(body.pk)
        bodies = bodies_of_council(self.council, found)
        kept = self.several.people.get(key, set())
        return Person.objects.filter(Q(pk__in=kept) | Q(pk__in=people_linked_to(bodies)))

    def other_council(self, body: Body) -> str:
        """The council (as the import names it) that another council's documents, imported
        before this file, put into ``body``; "" when none did. A committee's name printed
        alike by two councils ("Planning Committee") matches one body: a file of one council
        finding the body another council's file used is refused, never merged into it."""
        if not self.council:
            return ""
        mine = council_key(self.council)
        for key, bodies in self.several.bodies.items():
            if key != mine and not key.startswith("body ") and body.pk in bodies:
                return self.several.names.get(key, key)
        return ""

    def found(self, body: Body | None, people: list[Person]) -> None:
        """The body a part of the file was imported into, and the people it named."""
        self.pending.append((body, {p.pk for p in people if p.pk is not None}))

    def keep(self) -> None:
        """The file imported: what it found is its council's from now on."""
        for body, people in self.pending:
            key = self.key(body)
            if body is not None:
                self.several.bodies.setdefault(key, set()).add(body.pk)
            if self.council:
                self.several.names.setdefault(key, self.council)
            self.several.people.setdefault(key, set()).update(people)
        self.pending.clear()

    def discard(self) -> None:
        """The file failed: nothing it found was written."""
        self.pending.clear()


def several_councils(councils: dict[str, str]) -> bool:
    """Do a folder's documents (``councils``: each file's council, "" unknown) name more
    than one council? Only then are names reconciled council by council."""
    return len({council_key(c) for c in councils.values() if c}) > 1
