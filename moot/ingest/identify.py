"""Reconciling people and bodies: who a printed name is, and which body a file is for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import QuerySet
from django.utils.text import slugify
from rapidfuzz import fuzz

from moot.governance import selectors as gov_selectors
from moot.governance.models import Body, Person, PersonAlias
from moot.governance.services import (
    person_alias_add,
    person_create,
    record_save,
)
from moot.ingest.council import bodies_of_kind, council_key
from moot.ingest.drafts import (
    PersonEntry,
)
from moot.ingest.matching import _clip, _norm
from moot.ingest.names import normalise_name
from moot.ingest.parse.common import tidy_body_name
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
    ``people``, when given, are the only people already in the record a name can be (in an
    import of several councils' documents, the file's council's: ``council_people``);
    otherwise everyone.
    """

    def __init__(
        self,
        *,
        body: Body | None,
        source_name: str,
        people: QuerySet[Person] | None = None,
    ):
        self.body = body
        self.source_name = source_name
        self.people: dict[str, Person] = {}
        self.names: dict[str, list[str]] = {}
        known = Person.objects.all() if people is None else people
        aliases = PersonAlias.objects.all()
        if people is not None:
            aliases = aliases.filter(person__in=people.values("pk"))
        for person in known:
            self._add(person)
        for alias in aliases.values_list("person_id", "name"):
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
        if self.body is None:
            return []
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
            candidates = sorted(
                (self.people[k] for k in match.candidates if k in self.people),
                key=lambda p: (p.name, p.pk),
            )  # in a stable order, whatever order the record was read in
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

    def found(self) -> list[Person]:
        """Everyone a name was matched to or created as, in the order first named."""
        return list(dict.fromkeys([*self.matched.values(), *self.created]))

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


# --- bodies -------------------------------------------------------------------------------

# Words that end (or head) the name of a council's body; a printed "body name" without one is
# not a body's name (a letter's reference line, a heading) and no body is created from it.
_BODY_WORDS = re.compile(
    r"\b(?:board|committee|sub-committee|subcommittee|council|cabinet|panel|commission|"
    r"forum|group|assembly|partnership|authority|executive|meeting|scrutiny|conference|"
    r"working party|trust|fund|sub-group)\b",
    re.IGNORECASE,
)
_CLASSIFICATIONS = (
    (re.compile(r"\bsub-?committee\b", re.I), Body.Classification.SUB_COMMITTEE),
    (re.compile(r"\bjoint\b.*\bcommittee\b", re.I), Body.Classification.JOINT_COMMITTEE),
    (re.compile(r"\bcabinet\b|\bexecutive\b", re.I), Body.Classification.CABINET),
    (re.compile(r"\bboard\b", re.I), Body.Classification.BOARD),
    (re.compile(r"\bpanel\b", re.I), Body.Classification.PANEL),
    (re.compile(r"\bscrutiny commission\b", re.I), Body.Classification.COMMISSION),
    (re.compile(r"\bcommittee\b", re.I), Body.Classification.COMMITTEE),
    (
        re.compile(r"^(?:full\s+)?(?:[\w'.-]+\s+){0,4}(?:council)$", re.I),
        Body.Classification.COUNCIL,
    ),
)
MAX_BODY_WORDS = 14


def body_name_problem(printed: str) -> str | None:
    """Why ``printed`` cannot be the name of a body to create (None: it can be).

    A body's name is a few words naming a board, committee, council, cabinet, panel and the
    like; it holds no date, no e-mail address and no reference number."""
    name = " ".join((printed or "").split())
    if not name:
        return "no body is named"
    if len(name.split()) > MAX_BODY_WORDS:
        return f"{name[:60]!r}... is too long for the name of a committee or board"
    if re.search(r"@|https?:|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:19|20)\d\d\b|\bref\b", name, re.I):
        return f"{name!r} holds a date, address or reference, not the name of a committee or board"
    if not _BODY_WORDS.search(name):
        return f"{name!r} does not read as the name of a committee or board"
    return None


def classification_for(name: str) -> str:
    """The kind of body its name says (committee when the name does not say)."""
    for pattern, classification in _CLASSIFICATIONS:
        if pattern.search(name or ""):
            return classification
    return Body.Classification.COMMITTEE


def body_create_from_name(printed: str, *, source_name: str, user=None) -> Body:
    """Create the body a file names (an import into a Moot that does not know it yet)."""
    name = _clip(Body, "name", tidy_body_name(" ".join(printed.split())))
    base = slugify(name)[:110] or "body"
    slug, n = base, 1
    while Body.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    body = Body(name=name, slug=slug, classification=classification_for(name))
    return record_save(obj=body, user=user, action="moot.import.body_created")


@dataclass
class BodyOutcome:
    body: Body
    status: str  # matched | created | named (by --body)
    printed: str = ""

    def report(self) -> dict[str, list]:
        entry = {
            "name": self.printed or self.body.name,
            "body": self.body.name,
            "slug": self.body.slug,
        }
        return {
            "created": [entry] if self.status == "created" else [],
            "matched": [entry] if self.status in ("matched", "named") else [],
            "uncertain": [],
        }


def resolve_body(
    printed: str,
    slug: str | None,
    *,
    source_name: str,
    warnings: list[str],
    create: bool = True,
    user=None,
    kind_only: bool = False,
    council: str = "",
) -> BodyOutcome:
    """The body a file is for: ``--body SLUG`` if given; else the one body its printed name
    matches; else, when it matches none, a new body of that name. A name that could be
    several bodies refuses the file (nothing is guessed). A heading naming only the kind of
    council (``kind_only``) is matched by ``_body_of_kind``."""
    from moot.ingest.source import ImportFailed

    if slug:
        body = Body.objects.filter(slug=slug).first()
        if body is None:
            raise ImportFailed(f"--body {slug!r}: no committee or board has that slug")
        fits = bodies_of_kind(printed, [body.name]) if kind_only else body in match_bodies(printed)
        if printed and not fits:
            warnings.append(
                f"the file names its body {printed!r}; imported into {body.name} as "
                f"--body {slug} says"
            )
        return BodyOutcome(body, "named", printed)
    if not printed:
        raise ImportFailed(
            f"{source_name} does not name its body (it names no council or committee whose "
            "meeting it is): name it with --body SLUG"
        )
    if kind_only:
        return _body_of_kind(
            printed, source_name=source_name, warnings=warnings, user=user, council=council
        )
    found = match_bodies(printed)
    if len(found) == 1:
        return BodyOutcome(found[0], "matched", printed)
    if found:
        names = ", ".join(f"{b.name} ({b.slug})" for b in found)
        raise ImportFailed(
            f"{source_name} is for {printed!r}, which could be any of: {names}; choose with "
            "--body SLUG",
            uncertain_body={"name": printed, "candidates": [b.slug for b in found]},
        )
    problem = body_name_problem(printed)
    if problem or not create:
        raise ImportFailed(
            f"{source_name} is for {printed!r}, which matches no body in Moot"
            + (f" and cannot be created ({problem})" if problem else "")
            + ": name the body with --body SLUG"
        )
    return BodyOutcome(
        body_create_from_name(printed, source_name=source_name, user=user), "created", printed
    )


def _body_of_kind(
    kind: str, *, source_name: str, warnings: list[str], user=None, council: str = ""
) -> BodyOutcome:
    """The body of a heading that names only the kind of council ("Minutes of the Parish
    Council meeting held on ..."): the council's own body of that kind (docs/contract.md).

    The one body whose name is that kind or ends with it (``bodies_of_kind``) is matched;
    in a folder of one council's documents (``council``, the council the other files
    name), that council's body, created under its name when Moot does not know it yet.
    Several bodies refuse the file, naming them (uncertain, never guessed); none creates a
    body under the kind's name, with a warning."""
    from moot.ingest.source import ImportFailed

    bodies = list(Body.objects.order_by("name"))
    names = set(bodies_of_kind(kind, [b.name for b in bodies]))
    found = [b for b in bodies if b.name in names]
    if council and bodies_of_kind(kind, [council]) and len(found) != 1:
        own = [b for b in found if council_key(b.name) == council_key(council)]
        if own:
            found = own
        elif not found:
            warnings.append(
                f"the heading names only the kind of council ({kind!r}): imported into "
                f"{council}, the council the folder's other documents name"
            )
            return BodyOutcome(
                body_create_from_name(council, source_name=source_name, user=user),
                "created",
                kind,
            )
    if len(found) == 1:
        return BodyOutcome(found[0], "matched", kind)
    if found:
        listed = ", ".join(f"{b.name} ({b.slug})" for b in found)
        raise ImportFailed(
            f"{source_name}'s heading names only the kind of council ({kind!r}), which could "
            f"be any of: {listed}; choose with --body SLUG",
            uncertain_body={"name": kind, "candidates": [b.slug for b in found]},
        )
    warnings.append(
        f"the heading names only the kind of council ({kind!r}) and no body of that kind is "
        f"in Moot: created the body {kind!r}; rename it to the council's name, or import with "
        "--body SLUG"
    )
    return BodyOutcome(
        body_create_from_name(kind, source_name=source_name, user=user), "created", kind
    )
