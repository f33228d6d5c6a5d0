"""A body and its terms of reference as a clerk sets them up: plain drafts, the checks they
must pass, and the reader of a terms-of-reference file (JSON or TOML).

Pure functions over plain values (no ORM, no I/O): the workspace's forms and ``moot body
load`` build the same drafts and ask the same checks, so a clerk reads the same sentence
whichever way the terms came in. Writing a draft is a service
(``moot.governance.services.body_create``, ``terms_of_reference_adopt``,
``membership_appoint``).

Each problem is keyed by the field at fault, as the workspace's forms name their fields
(``version``, ``quorum_fraction``, ``section_2_cap``), and its message names the input
itself ("Section 2 (Elected members): ..."), so it reads alone on a command line.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from django.utils.text import slugify

from moot.governance.models import AccessRegime, Body, Membership, TermsOfReference

CLASSIFICATIONS = tuple(Body.Classification.values)
ACCESS_REGIMES = tuple(AccessRegime.values)
DECISION_METHODS = tuple(TermsOfReference.DecisionMethod.values)
ROLES = tuple(Membership.Role.values)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
#: The model's limits, repeated here so a file is refused with a sentence, not a database
#: error (moot/governance/models.py).
NAME_LIMIT, SLUG_LIMIT, VERSION_LIMIT, SECTION_LIMIT = 250, 120, 50, 200
SMALL_LIMIT = 32767  # PositiveSmallIntegerField


class SetupInvalid(ValueError):
    """A draft, or a file, that the checks refuse: ``problems`` maps each field at fault to
    a sentence naming it."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


@dataclass(frozen=True)
class BodyDraft:
    name: str
    slug: str = ""
    classification: str = Body.Classification.COMMITTEE
    purpose: str = ""
    default_venue: str = ""
    access_regime: str = AccessRegime.PART_VA


@dataclass(frozen=True)
class SectionDraft:
    """A membership section (ToR 4): ``row`` is its place on the form or in the file, from
    1, so a problem names the row the clerk typed."""

    name: str
    cap: int
    voting: bool = True
    row: int = 1


@dataclass(frozen=True)
class QuorumGroupDraft:
    """A representation requirement of the quorum: "at least ``minimum`` from ..." (ToR
    5.1), naming sections of the same terms (by name), organisations in the record (by
    name, short name or slug), or both; ``row`` is its place on the form or in the file."""

    name: str
    minimum: int = 1
    sections: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    row: int = 1


@dataclass(frozen=True)
class TermsDraft:
    version: str
    in_force_from: date
    approved_on: date | None = None
    approved_by: str = ""
    quorum_minimum: int = 0
    quorum_fraction: tuple[int, int] | None = None
    quorum_floor: int = 0
    decision_method: str = TermsOfReference.DecisionMethod.CONSENSUS_THEN_MAJORITY
    chair_casting_vote: bool = True
    minimum_meetings_per_year: int = 0
    standing_items: tuple[str, ...] = ()
    sections: tuple[SectionDraft, ...] = ()
    #: Carry the previous version's members over to sections of the same name.
    carry_members: bool = True
    #: The sections whose members may chair when the chair is absent (ToR 5.4), by name.
    chair_fallback_sections: tuple[str, ...] = ()
    quorum_groups: tuple[QuorumGroupDraft, ...] = ()
    #: The terms' full text as approved, and where it comes from.
    text: str = ""
    source_note: str = ""


@dataclass(frozen=True)
class MemberDraft:
    """An appointment in a file: ``person`` is a person's slug in the record, or else
    ``name`` is a new person's name."""

    section: str
    start_date: date
    role: str = Membership.Role.MEMBER
    person: str = ""
    name: str = ""
    row: int = 1


@dataclass(frozen=True)
class InviteeDraft:
    """A standing invitee (ToR 6.2): invited by the chair to every meeting, not a member,
    no vote, not counted to the quorum. ``person`` is a person's slug in the record, or else
    ``name`` a new person's name; ``organisation`` one in the record (name, short name or
    slug), or blank."""

    start_date: date
    person: str = ""
    name: str = ""
    title: str = ""
    organisation: str = ""
    end_date: date | None = None
    row: int = 1


@dataclass(frozen=True)
class SetupDraft:
    """What a terms-of-reference file holds: the body, one version of its terms, the
    members appointed under it and the body's standing invitees."""

    body: BodyDraft
    terms: TermsDraft
    members: tuple[MemberDraft, ...] = field(default=())
    standing_invitees: tuple[InviteeDraft, ...] = field(default=())


# --- checks -------------------------------------------------------------------------------


def slug_for(name: str, slug: str = "") -> str:
    """The body's address name: as given, else made from its name ("Health and Wellbeing
    Board" -> "health-and-wellbeing-board")."""
    return slug.strip() or slugify(name)[:SLUG_LIMIT].strip("-")


def body_problems(draft: BodyDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = draft.name.strip()
    if not name:
        problems["name"] = "Enter the body's name."
    elif len(name) > NAME_LIMIT:
        problems["name"] = f"The body's name is {len(name)} characters; at most {NAME_LIMIT}."
    slug = slug_for(name, draft.slug)
    if name and not slug:
        problems["slug"] = (
            f"The name '{name}' makes no address name; enter one (lower-case letters, digits "
            "and hyphens)."
        )
    elif slug and (not SLUG.match(slug) or len(slug) > SLUG_LIMIT):
        problems["slug"] = (
            f"The address name '{slug}' may hold only lower-case letters, digits and single "
            f"hyphens between them, at most {SLUG_LIMIT} characters."
        )
    if draft.classification not in CLASSIFICATIONS:
        problems["classification"] = (
            f"The classification '{draft.classification}' is not one Moot knows: "
            f"{', '.join(CLASSIFICATIONS)}."
        )
    if draft.access_regime not in ACCESS_REGIMES:
        problems["access_regime"] = (
            f"The access regime '{draft.access_regime}' is not one Moot knows: "
            f"{', '.join(ACCESS_REGIMES)}."
        )
    return problems


def parse_fraction(text: str) -> tuple[int, int] | None:
    """ "1/3" -> (1, 3); blank -> None; anything else is refused (``ValueError``)."""
    if not text.strip():
        return None
    match = FRACTION.match(text)
    if match is None:
        raise ValueError(
            f"The quorum's fraction '{text.strip()}' is not a fraction such as 1/3 (a whole "
            "number, a slash, a whole number)."
        )
    return int(match.group(1)), int(match.group(2))


def quorum_problems(minimum: int, fraction: tuple[int, int] | None, floor: int) -> dict[str, str]:
    """The quorum is a number of members, or a fraction of the membership rounded up with a
    floor, or both (the larger applies; ToR 5.1, ``rules.QuorumRule``)."""
    problems: dict[str, str] = {}
    for name, value, label in (
        ("quorum_minimum", minimum, "The quorum's number of members"),
        ("quorum_floor", floor, "The quorum's floor"),
    ):
        if value < 0 or value > SMALL_LIMIT:
            problems[name] = f"{label} is {value}; it is a whole number from 0 to {SMALL_LIMIT}."
    if fraction is not None:
        numerator, denominator = fraction
        if denominator <= 0 or numerator <= 0 or numerator > denominator:
            problems["quorum_fraction"] = (
                f"The quorum's fraction {numerator}/{denominator} is not a share of the "
                "membership: it is above 0 and at most 1, such as 1/3."
            )
        elif denominator > SMALL_LIMIT:
            problems["quorum_fraction"] = (
                f"The quorum's fraction {numerator}/{denominator} has a denominator over "
                f"{SMALL_LIMIT}."
            )
    elif floor and "quorum_floor" not in problems:
        problems["quorum_floor"] = (
            f"A floor of {floor} applies only to a quorum that is a fraction of the "
            "membership; give the fraction, or leave the floor blank."
        )
    if minimum == 0 and fraction is None and not problems:
        problems["quorum_minimum"] = (
            "Give the quorum: a number of members, or a fraction of the membership (with a "
            "floor), as the terms of reference say."
        )
    return problems


def _row_name_problem(
    name: str, row: int, seen: dict[str, int], noun: str, limit: int, example: str = ""
) -> str:
    """What is wrong with the name of a row of the form or the file (a section, a quorum
    group): none given, too long, or another row's; "" when nothing is. ``seen`` keeps
    each name's first row."""
    if not name:
        return f"enter the {noun}'s name" + (f", such as {example}." if example else ".")
    if len(name) > limit:
        return f"the name is {len(name)} characters; at most {limit}."
    first = seen.setdefault(name.casefold(), row)
    if first != row:
        return f"{noun} {first} already has this name; each {noun}'s name is its own."
    return ""


def section_problems(sections: Sequence[SectionDraft]) -> dict[str, str]:
    """Each section has a name of its own and a seat cap of at least 1 (ToR 4); a body's
    terms have at least one section."""
    problems: dict[str, str] = {}
    seen: dict[str, int] = {}
    for section in sections:
        name = section.name.strip()
        where = f"Section {section.row}" + (f" ({name})" if name else "")
        problem = _row_name_problem(name, section.row, seen, "section", SECTION_LIMIT)
        if problem:
            problems[f"section_{section.row}_name"] = f"{where}: {problem}"
        if section.cap < 1 or section.cap > SMALL_LIMIT:
            problems[f"section_{section.row}_cap"] = (
                f"{where}: the seat cap is {section.cap}; it is a whole number of at least 1 "
                "(the most members the section may hold)."
            )
    if not sections:
        problems["sections"] = (
            "Give at least one membership section: its name and seat cap (how many members "
            "it may hold)."
        )
    return problems


def quorum_group_problems(
    groups: Sequence[QuorumGroupDraft], section_names: Sequence[str]
) -> dict[str, str]:
    """Each quorum group has a name of its own, a minimum of at least 1, and names at least
    one section or organisation; the sections it names are sections of the same terms
    (``rules.QuorumGroup`` counts members by their section's name)."""
    problems: dict[str, str] = {}
    known = {n.strip().casefold() for n in section_names if n.strip()}
    seen: dict[str, int] = {}
    for group in groups:
        name = group.name.strip()
        where = f"Quorum group {group.row}" + (f" ({name})" if name else "")
        problem = _row_name_problem(
            name, group.row, seen, "group", NAME_LIMIT, example="Councillors"
        )
        if problem:
            problems[f"group_{group.row}_name"] = f"{where}: {problem}"
        if group.minimum < 1 or group.minimum > SMALL_LIMIT:
            problems[f"group_{group.row}_minimum"] = (
                f"{where}: the minimum is {group.minimum}; it is a whole number of at least 1 "
                "(how many of the group must be present)."
            )
        unknown = [s for s in group.sections if s.strip().casefold() not in known]
        if unknown:
            problems[f"group_{group.row}_sections"] = (
                f"{where}: '{unknown[0]}' is not one of the terms' sections "
                f"({', '.join(sorted(section_names)) or 'none given'})."
            )
        elif not group.sections and not group.organisations:
            problems[f"group_{group.row}_sections"] = (
                f"{where}: name the sections or the organisations whose members count to the group."
            )
    return problems


def chair_fallback_problems(
    fallback: Sequence[str], section_names: Sequence[str]
) -> dict[str, str]:
    """The sections whose members may chair in the chair's absence are sections of the same
    terms (ToR 5.4)."""
    known = {n.strip().casefold() for n in section_names if n.strip()}
    unknown = [s for s in fallback if s.strip().casefold() not in known]
    if unknown:
        return {
            "chair_fallback_sections": (
                f"The chair's fallback section '{unknown[0]}' is not one of the terms' "
                f"sections ({', '.join(sorted(section_names)) or 'none given'})."
            )
        }
    return {}


def terms_problems(draft: TermsDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    version = draft.version.strip()
    if not version:
        problems["version"] = "Enter the version of the terms of reference, such as 1.0."
    elif len(version) > VERSION_LIMIT:
        problems["version"] = f"The version '{version}' is longer than {VERSION_LIMIT} characters."
    if draft.decision_method not in DECISION_METHODS:
        problems["decision_method"] = (
            f"The decision method '{draft.decision_method}' is not one Moot knows: "
            f"{', '.join(DECISION_METHODS)}."
        )
    if not 0 <= draft.minimum_meetings_per_year <= 366:
        problems["minimum_meetings_per_year"] = (
            f"The minimum meetings a year is {draft.minimum_meetings_per_year}; it is a "
            "whole number from 0 to 366."
        )
    problems.update(
        quorum_problems(draft.quorum_minimum, draft.quorum_fraction, draft.quorum_floor)
    )
    problems.update(section_problems(draft.sections))
    names = [s.name.strip() for s in draft.sections if s.name.strip()]
    problems.update(quorum_group_problems(draft.quorum_groups, names))
    problems.update(chair_fallback_problems(draft.chair_fallback_sections, names))
    return problems


def _one_person(draft: MemberDraft | InviteeDraft) -> dict[str, str]:
    """A file's member or standing invitee names one person: a slug in the record, or a
    new name."""
    if bool(draft.person) == bool(draft.name):
        return {
            "person": "give either person (the slug of someone in the record) or name (a new "
            "person), not both and not neither."
        }
    return {}


def invitee_problems(draft: InviteeDraft) -> dict[str, str]:
    """A standing invitee names one person (a slug in the record, or a new name) and, when
    given, ends on or after the day the invitation starts."""
    problems = _one_person(draft)
    if draft.end_date is not None and draft.end_date < draft.start_date:
        problems["to"] = (
            f"the invitation ends on {draft.end_date:%-d %B %Y}, before it starts "
            f"({draft.start_date:%-d %B %Y})."
        )
    return problems


def standing_items_from(text: str) -> tuple[str, ...]:
    """The standing items, one a line (blank lines dropped), as the agenda lists them."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


# --- the file ------------------------------------------------------------------------------


def read_setup(text: str, *, suffix: str) -> SetupDraft:
    """A terms-of-reference file (``.json`` or ``.toml``) as a draft, checked.

    Refused with ``SetupInvalid``, each problem naming its place in the file
    (``terms.sections[2].cap``); nothing is guessed.
    """
    suffix = suffix.lower().lstrip(".")
    try:
        if suffix == "json":
            data = json.loads(text)
        elif suffix == "toml":
            data = tomllib.loads(text)
        else:
            raise SetupInvalid(
                {"file": f"A terms-of-reference file is .json or .toml, not .{suffix}."}
            )
    except json.JSONDecodeError as exc:
        raise SetupInvalid({"file": f"Not JSON: {exc.msg} (line {exc.lineno})."}) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SetupInvalid({"file": f"Not TOML: {exc}."}) from exc
    return setup_from(data)


Row = TypeVar("Row")
#: A file's row naming a person: a member or a standing invitee.
Named = TypeVar("Named", MemberDraft, InviteeDraft)


class _Reader:
    """Take typed values out of a mapping, noting each problem by its place in the file."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems

    def table(self, data: Any, where: str) -> Mapping[str, Any]:
        if isinstance(data, Mapping):
            return data
        self.problems[where] = f"{where}: expected a table of fields, found {_kind(data)}."
        return {}

    def text(self, data: Mapping, key: str, where: str, default: str = "") -> str:
        value = data.get(key, default)
        if isinstance(value, str):
            return value.strip()
        self.problems[f"{where}.{key}"] = f"{where}.{key}: expected text, found {_kind(value)}."
        return default

    def number(self, data: Mapping, key: str, where: str, default: int = 0) -> int:
        value = data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.problems[f"{where}.{key}"] = (
            f"{where}.{key}: expected a whole number, found {_kind(value)}."
        )
        return default

    def flag(self, data: Mapping, key: str, where: str, default: bool) -> bool:
        value = data.get(key, default)
        if isinstance(value, bool):
            return value
        self.problems[f"{where}.{key}"] = (
            f"{where}.{key}: expected true or false, found {_kind(value)}."
        )
        return default

    def day(self, data: Mapping, key: str, where: str, *, required: bool) -> date | None:
        value = data.get(key)
        if value is None:
            if required:
                self.problems[f"{where}.{key}"] = f"{where}.{key}: give a date (YYYY-MM-DD)."
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problems[f"{where}.{key}"] = f"{where}.{key}: {value!r} is not a date (YYYY-MM-DD)."
        return None

    def lines(self, data: Mapping, key: str, where: str, what: str = "titles") -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(v.strip() for v in value if v.strip())
        self.problems[f"{where}.{key}"] = f"{where}.{key}: expected a list of {what}."
        return ()

    def rows(self, data: Mapping, key: str, where: str) -> list[Any]:
        value = data.get(key, [])
        if isinstance(value, list):
            return value
        self.problems[f"{where}.{key}"] = f"{where}.{key}: expected a list of tables."
        return []

    def unknown(self, data: Mapping, known: set[str], where: str) -> None:
        for key in data:
            if key not in known:
                self.problems[f"{where}.{key}"] = (
                    f"{where}.{key}: not a field Moot reads here (it reads "
                    f"{', '.join(sorted(known))})."
                )

    def drafts(
        self,
        data: Mapping,
        key: str,
        known: set[str],
        draft_of: Callable[[Mapping[str, Any], str, int], Row],
        check: Callable[[Row], Mapping[str, str]] | None = None,
        *,
        within: str = "file",
    ) -> tuple[Row, ...]:
        """The rows of a list of tables (the terms' sections and quorum groups, the file's
        members and standing invitees), each read into a draft by ``draft_of`` given its
        table, place and row number, and checked by ``check`` (its problems noted under its
        place, ``members[2].role``); places in the file's top table name no table."""
        drafts = []
        for row, item in enumerate(self.rows(data, key, within), start=1):
            where = f"{key}[{row}]" if within == "file" else f"{within}.{key}[{row}]"
            entry = self.table(item, where)
            self.unknown(entry, known, where)
            draft = draft_of(entry, where, row)
            if check is not None:
                self.problems.update(
                    {f"{where}.{k}": f"{where}: {v}" for k, v in check(draft).items()}
                )
            drafts.append(draft)
        return tuple(drafts)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, int | float):
        return str(value)
    return type(value).__name__


_BODY_FIELDS = {"name", "slug", "classification", "purpose", "default_venue", "access_regime"}
_TERMS_FIELDS = {
    "version",
    "approved_on",
    "approved_by",
    "in_force_from",
    "quorum_minimum",
    "quorum_fraction",
    "quorum_floor",
    "decision_method",
    "chair_casting_vote",
    "minimum_meetings_per_year",
    "standing_items",
    "sections",
    "carry_members",
    "chair_fallback_sections",
    "quorum_groups",
    "text",
    "source_note",
}
_SECTION_FIELDS = {"name", "cap", "voting"}
_GROUP_FIELDS = {"name", "minimum", "sections", "organisations"}
_MEMBER_FIELDS = {"person", "name", "section", "role", "from"}
_INVITEE_FIELDS = {"person", "name", "title", "organisation", "from", "to"}


def setup_from(data: Any) -> SetupDraft:
    """The draft a parsed file describes (see ``read_setup``), every problem found at once."""
    problems: dict[str, str] = {}
    read = _Reader(problems)
    top = read.table(data, "file")
    read.unknown(top, {"body", "terms", "members", "standing_invitees"}, "file")
    body_data = read.table(top.get("body"), "body")
    read.unknown(body_data, _BODY_FIELDS, "body")
    body = BodyDraft(
        name=read.text(body_data, "name", "body"),
        slug=read.text(body_data, "slug", "body"),
        classification=read.text(
            body_data, "classification", "body", Body.Classification.COMMITTEE
        ),
        purpose=read.text(body_data, "purpose", "body"),
        default_venue=read.text(body_data, "default_venue", "body"),
        access_regime=read.text(body_data, "access_regime", "body", AccessRegime.PART_VA),
    )
    _add(problems, body_problems(body), "body")

    terms_data = read.table(top.get("terms"), "terms")
    read.unknown(terms_data, _TERMS_FIELDS, "terms")
    fraction = None
    fraction_text = terms_data.get("quorum_fraction", "")
    if not isinstance(fraction_text, str):
        problems["terms.quorum_fraction"] = (
            f'terms.quorum_fraction: expected a fraction such as "1/3", found '
            f"{_kind(fraction_text)}."
        )
    else:
        try:
            fraction = parse_fraction(fraction_text)
        except ValueError as exc:
            problems["terms.quorum_fraction"] = f"terms.quorum_fraction: {exc}"

    def section_of(section: Mapping, where: str, row: int) -> SectionDraft:
        return SectionDraft(
            name=read.text(section, "name", where),
            cap=read.number(section, "cap", where),
            voting=read.flag(section, "voting", where, True),
            row=row,
        )

    def group_of(group: Mapping, where: str, row: int) -> QuorumGroupDraft:
        return QuorumGroupDraft(
            name=read.text(group, "name", where),
            minimum=read.number(group, "minimum", where, 1),
            sections=read.lines(group, "sections", where, "section names"),
            organisations=read.lines(group, "organisations", where, "organisation names"),
            row=row,
        )

    sections = read.drafts(terms_data, "sections", _SECTION_FIELDS, section_of, within="terms")
    groups = read.drafts(terms_data, "quorum_groups", _GROUP_FIELDS, group_of, within="terms")
    in_force_from = read.day(terms_data, "in_force_from", "terms", required=True)
    terms = TermsDraft(
        version=read.text(terms_data, "version", "terms"),
        in_force_from=in_force_from or date.min,
        approved_on=read.day(terms_data, "approved_on", "terms", required=False),
        approved_by=read.text(terms_data, "approved_by", "terms"),
        quorum_minimum=read.number(terms_data, "quorum_minimum", "terms"),
        quorum_fraction=fraction,
        quorum_floor=read.number(terms_data, "quorum_floor", "terms"),
        decision_method=read.text(
            terms_data,
            "decision_method",
            "terms",
            TermsOfReference.DecisionMethod.CONSENSUS_THEN_MAJORITY,
        ),
        chair_casting_vote=read.flag(terms_data, "chair_casting_vote", "terms", True),
        minimum_meetings_per_year=read.number(terms_data, "minimum_meetings_per_year", "terms"),
        standing_items=read.lines(terms_data, "standing_items", "terms"),
        sections=sections,
        carry_members=read.flag(terms_data, "carry_members", "terms", True),
        chair_fallback_sections=read.lines(
            terms_data, "chair_fallback_sections", "terms", "section names"
        ),
        quorum_groups=groups,
        text=read.text(terms_data, "text", "terms"),
        source_note=read.text(terms_data, "source_note", "terms"),
    )
    _add(problems, terms_problems(terms), "terms")

    names = {s.name.strip().casefold() for s in sections}
    first_day = in_force_from or date.min

    def member_of(member: Mapping, where: str, row: int) -> MemberDraft:
        return MemberDraft(
            person=read.text(member, "person", where),
            name=read.text(member, "name", where),
            section=read.text(member, "section", where),
            role=read.text(member, "role", where, Membership.Role.MEMBER),
            start_date=read.day(member, "from", where, required=False) or first_day,
            row=row,
        )

    def invitee_of(entry: Mapping, where: str, row: int) -> InviteeDraft:
        return InviteeDraft(
            person=read.text(entry, "person", where),
            name=read.text(entry, "name", where),
            title=read.text(entry, "title", where),
            organisation=read.text(entry, "organisation", where),
            start_date=read.day(entry, "from", where, required=False) or first_day,
            end_date=read.day(entry, "to", where, required=False),
            row=row,
        )

    members = read.drafts(
        top, "members", _MEMBER_FIELDS, member_of, lambda draft: member_problems(draft, names)
    )
    invitees = read.drafts(top, "standing_invitees", _INVITEE_FIELDS, invitee_of, invitee_problems)
    if problems:
        raise SetupInvalid(problems)
    return SetupDraft(body=body, terms=terms, members=members, standing_invitees=invitees)


def member_problems(draft: MemberDraft, section_names: set[str]) -> dict[str, str]:
    """An appointment names one person (a slug in the record, or a new name), a section of
    the terms, and a role."""
    problems = _one_person(draft)
    if draft.section.casefold() not in section_names:
        problems["section"] = f"the section '{draft.section}' is not one of the terms' sections."
    if draft.role not in ROLES:
        problems["role"] = f"the role '{draft.role}' is not one of {', '.join(ROLES)}."
    return problems


def place_in_file(where: str, field: str) -> str:
    """The place in the file of a form's field of a table (``terms`` and ``section_2_cap``
    -> ``terms.sections[2].cap``), as the checks and the services name fields."""
    match = re.fullmatch(r"(section|group)_(\d+)_(\w+)", field)
    if match:
        table = "sections" if match[1] == "section" else "quorum_groups"
        return f"{where}.{table}[{match[2]}].{match[3]}"
    return f"{where}.{field}"


def _add(problems: dict[str, str], found: Mapping[str, str], where: str) -> None:
    """Add a draft's problems under their place in the file (``place_in_file``),
    prefixing the place when the sentence does not name it."""
    for key, message in found.items():
        place = place_in_file(where, key)
        problems.setdefault(place, f"{place}: {message}")


# --- a file read again ----------------------------------------------------------------------


def _shown(value: Any) -> str:
    if value is None or value == "" or value == ():
        return "nothing"
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return f"{value[0]}/{value[1]}"
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _folded(names: Sequence[str]) -> frozenset[str]:
    return frozenset(" ".join(n.split()).casefold() for n in names)


def _group_key(group: QuorumGroupDraft) -> tuple:
    return (
        group.name.strip().casefold(),
        group.minimum,
        _folded(group.sections),
        _folded(group.organisations),
    )


def _who(draft: MemberDraft | InviteeDraft) -> str:
    """Who a row names, as a file and the record both say it: the slug, else the name."""
    return draft.person or " ".join(draft.name.split()).casefold()


def member_key(member: MemberDraft) -> tuple:
    """An appointment as a file and the record both say it: who (slug, else name), the
    section, the role and the first day."""
    return (_who(member), member.section.strip().casefold(), member.role, member.start_date)


def invitee_key(invitee: InviteeDraft) -> tuple:
    return (
        _who(invitee),
        invitee.title.strip(),
        " ".join(invitee.organisation.split()).casefold(),
        invitee.start_date,
        invitee.end_date,
    )


def setup_differences(file: SetupDraft, recorded: SetupDraft) -> dict[str, str]:
    """How a file differs from the version of the terms it names as the record holds it
    (both as drafts; ``recorded`` lists every member and standing invitee in the record,
    so a file naming some of them does not differ): each difference by its place in the
    file, in a sentence. Empty: the file is already recorded, and loading it again changes
    nothing. Recorded terms are history: a changed version is a new version.

    Organisations are compared by the names the record gives them (the caller resolves a
    file's short names and slugs first)."""
    differences: dict[str, str] = {}

    def differ(place: str, in_file: Any, in_record: Any) -> None:
        if in_file != in_record:
            differences[place] = (
                f"{place}: the file says {_shown(in_file)}, the record {_shown(in_record)}."
            )

    def unrecorded(
        place: str,
        in_file: Sequence[Named],
        in_record: Sequence[Named],
        key: Callable[[Named], tuple],
        held_as: Callable[[Named], str],
    ) -> None:
        held = {key(draft) for draft in in_record}
        for draft in in_file:
            if key(draft) not in held:
                where = f"{place}[{draft.row}]"
                differences[where] = (
                    f"{where}: {draft.person or draft.name} is not recorded {held_as(draft)}."
                )

    for name in ("name", "classification", "purpose", "default_venue", "access_regime"):
        differ(f"body.{name}", getattr(file.body, name).strip(), getattr(recorded.body, name))
    mine, theirs = file.terms, recorded.terms
    for name in (
        "in_force_from",
        "approved_on",
        "approved_by",
        "quorum_minimum",
        "quorum_fraction",
        "quorum_floor",
        "decision_method",
        "chair_casting_vote",
        "minimum_meetings_per_year",
        "standing_items",
        "text",
        "source_note",
    ):
        value = getattr(mine, name)
        differ(
            f"terms.{name}",
            value.strip() if isinstance(value, str) else value,
            getattr(theirs, name),
        )
    differ(
        "terms.sections",
        tuple(
            f"{s.name.strip()} ({s.cap}{'' if s.voting else ', no vote'})" for s in mine.sections
        ),
        tuple(f"{s.name} ({s.cap}{'' if s.voting else ', no vote'})" for s in theirs.sections),
    )
    if _folded(mine.chair_fallback_sections) != _folded(theirs.chair_fallback_sections):
        differ(
            "terms.chair_fallback_sections",
            mine.chair_fallback_sections,
            theirs.chair_fallback_sections,
        )
    if {_group_key(g) for g in mine.quorum_groups} != {_group_key(g) for g in theirs.quorum_groups}:
        differences["terms.quorum_groups"] = (
            "terms.quorum_groups: the file's groups (their names, minimums, sections or "
            "organisations) are not the record's ("
            + "; ".join(
                f"{g.name}: at least {g.minimum} from {', '.join(g.sections + g.organisations)}"
                for g in theirs.quorum_groups
            )
            + ")."
            if theirs.quorum_groups
            else "terms.quorum_groups: the file gives quorum groups; the record has none."
        )
    unrecorded(
        "members",
        file.members,
        recorded.members,
        member_key,
        lambda member: f"in {member.section} as {member.role} from {member.start_date}",
    )
    unrecorded(
        "standing_invitees",
        file.standing_invitees,
        recorded.standing_invitees,
        invitee_key,
        lambda invitee: f"as a standing invitee from {invitee.start_date}",
    )
    return differences
