"""The rules of a body's terms of reference, as pure functions over plain values.

Nothing here touches the database. Views, services and commands build these plain
values from the record and call these functions; they never re-implement a rule.
Every verdict carries an ``explanation`` written for a clerk.

Sources quoted below:
- ToR: the body's terms of reference (for the bundled example, Leicester City Health
  and Wellbeing Board, version 9.7 April 2021, sections 4-6).
- LGA 1972 Sched 12 para 39: decisions by a majority of members present and voting;
  the person presiding has a second, casting vote on an equality of votes.
- SI 2020/392 and Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin): remote attendance
  counted as presence in England only from 4 April 2020 to 6 May 2021.
- Localism Act 2011 s31: a member with a disclosable pecuniary interest in an item may not
  take part or vote unless a dispensation is held.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction


class Capacity(StrEnum):
    """In what capacity a person is at a meeting."""

    MEMBER = "member"  # a member in their own seat
    SUBSTITUTE = "substitute"  # attending in an absent member's seat (ToR 5.3)
    STANDING_INVITEE = "standing_invitee"  # invited by the chair; no vote, not counted
    IN_ATTENDANCE = "in_attendance"  # officers supporting the meeting; not counted
    NON_MEMBER = "non_member"  # listed as present but holding no seat on the date


class Mode(StrEnum):
    IN_ROOM = "in_room"
    REMOTE = "remote"


class Nation(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


COUNTED_CAPACITIES = frozenset({Capacity.MEMBER, Capacity.SUBSTITUTE})

# SI 2020/392 reg 5 allowed remote attendance in England from 4 April 2020; it lapsed
# at the end of 6 May 2021 (Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)).
ENGLAND_REMOTE_FROM = date(2020, 4, 4)
ENGLAND_REMOTE_UNTIL = date(2021, 5, 6)


@dataclass(frozen=True)
class Attendee:
    """A person at a meeting, as the rules see them.

    ``section`` is the membership section of the seat they hold or fill; ``organisations``
    holds the organisation they represent and every organisation it belongs to (so a rule
    naming "LLR Clinical Commissioning Groups" is met by a member from one of its CCGs).
    ``voting`` is the vote carried by the seat (ToR 6: votes belong to seats).
    """

    name: str
    capacity: Capacity
    section: str | None = None
    organisations: frozenset[str] = frozenset()
    voting: bool = False
    mode: Mode = Mode.IN_ROOM
    substitute_for: str | None = None


def display_name(honorific: str, name: str) -> str:
    """A person's name as the record prints it: the honorific before the name ("Cllr Ann
    Jones"), or the name alone."""
    return f"{honorific} {name}".strip() if honorific else name


def remote_attendance_counts(meeting_date: date, nation: Nation | str) -> bool:
    """Whether a member attending remotely is legally "present" on this date.

    England: only from 4 April 2020 to 6 May 2021 (SI 2020/392; Hertfordshire CC v SSHCLG
    [2021] EWHC 1093 (Admin) para 89). Wales (Local Government and Elections (Wales) Act
    2021 s47) and Scotland (Local Government in Scotland Act 2003 s43) allow it. Northern
    Ireland is treated like England (no standing provision).
    """
    nation = Nation(nation)
    if nation in (Nation.WALES, Nation.SCOTLAND):
        return True
    return ENGLAND_REMOTE_FROM <= meeting_date <= ENGLAND_REMOTE_UNTIL


def not_counted_reason(
    attendee: Attendee, *, meeting_date: date, nation: Nation | str
) -> str | None:
    """Why this attendee does not count towards quorum, or None if they count."""
    if attendee.capacity == Capacity.STANDING_INVITEE:
        return "standing invitees are not members and do not count to quorum"
    if attendee.capacity == Capacity.IN_ATTENDANCE:
        return "people in attendance support the meeting and do not count to quorum"
    if attendee.capacity == Capacity.NON_MEMBER:
        return "holds no seat on the body on the meeting's date"
    if attendee.capacity == Capacity.SUBSTITUTE and not attendee.substitute_for:
        return "a substitute must fill an absent member's seat (ToR 5.3)"
    if attendee.mode == Mode.REMOTE and not remote_attendance_counts(meeting_date, nation):
        return (
            "joined remotely; from 7 May 2021 a member attending remotely in England is "
            "not present in law"
        )
    return None


@dataclass(frozen=True)
class QuorumGroup:
    """A group that must be represented: "at least one from each of ..." (ToR 5.1).

    A group may name membership sections, organisations, or both. With both, an attendee
    must be in one of the sections *and* represent one of the organisations.
    """

    name: str
    sections: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    minimum: int = 1

    def __post_init__(self) -> None:
        if not self.sections and not self.organisations:
            raise ValueError(f"quorum group {self.name!r} names no section and no organisation")
        if self.minimum < 1:
            raise ValueError(f"quorum group {self.name!r} needs a minimum of at least 1")

    def admits(self, attendee: Attendee) -> bool:
        in_section = not self.sections or attendee.section in self.sections
        in_organisation = not self.organisations or bool(
            self.organisations & attendee.organisations
        )
        return in_section and in_organisation


@dataclass(frozen=True)
class QuorumRule:
    """How many members make a quorum, and who must be among them.

    ``minimum``: a fixed number ("at least six members"). ``fraction``: a share of the
    current membership, rounded up ("one quarter"), never less than ``floor``. The number
    required is the largest of these. ``groups``: representation requirements.
    """

    minimum: int = 0
    fraction: Fraction | None = None
    floor: int = 0
    groups: tuple[QuorumGroup, ...] = ()

    def required(self, membership_size: int) -> int:
        by_fraction = 0
        if self.fraction is not None:
            by_fraction = max(math.ceil(self.fraction * membership_size), self.floor)
        return max(self.minimum, by_fraction, 1 if self.groups else 0)

    def describe(self, membership_size: int) -> str:
        parts = []
        if self.minimum:
            parts.append(f"at least {self.minimum} members present")
        if self.fraction is not None:
            parts.append(
                f"{self.fraction} of the {membership_size} members rounded up "
                f"(never fewer than {self.floor})"
            )
        for group in self.groups:
            parts.append(f"at least {group.minimum} from {group.name}")
        return "; ".join(parts) or "no quorum requirement"

    def in_words(self) -> str:
        """The rule as the terms of reference state it, for any size of membership: what the
        body's public page and the clerk's set-up page print. A number and a share both set
        make the larger of the two."""
        counts = []
        if self.minimum:
            counts.append(_members(self.minimum))
        if self.fraction is not None:
            share = f"{self.fraction} of the membership, rounded up"
            if self.floor:
                share += f" and never fewer than {_members(self.floor)}"
            counts.append(share)
        if not counts and not self.groups:
            return "No quorum is set."
        if len(counts) == 2:
            number = f"the larger of {counts[0]} and {counts[1]}"
        else:
            number = counts[0] if counts else _members(1)
        among = "".join(
            f"; among them at least {group.minimum} from {group.name}" for group in self.groups
        )
        return f"A quorum is {number}{among}."


def _members(count: int) -> str:
    return f"{count} member{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class GroupVerdict:
    name: str
    satisfied: bool
    by: tuple[str, ...]
    minimum: int = 1


@dataclass(frozen=True)
class QuorumVerdict:
    quorate: bool
    present_members: int
    required: int
    groups: tuple[GroupVerdict, ...]
    counted: tuple[str, ...]
    not_counted: tuple[tuple[str, str], ...]
    explanation: str


def _join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def judge_quorum(
    rule: QuorumRule,
    attendees: Iterable[Attendee],
    *,
    membership_size: int,
    meeting_date: date,
    nation: Nation | str = Nation.ENGLAND,
) -> QuorumVerdict:
    """Is the meeting quorate? (ToR 5.1)

    Members in their own seats and substitutes count; standing invitees, people in
    attendance and people holding no seat never do; a member attending remotely counts
    only where and when the law allows (see ``remote_attendance_counts``).
    """
    attendees = list(attendees)
    counted: list[Attendee] = []
    not_counted: list[tuple[str, str]] = []
    for attendee in attendees:
        reason = not_counted_reason(attendee, meeting_date=meeting_date, nation=nation)
        if reason is None:
            counted.append(attendee)
        else:
            not_counted.append((attendee.name, reason))

    required = rule.required(membership_size)
    group_verdicts = []
    for group in rule.groups:
        by = tuple(a.name for a in counted if group.admits(a))
        group_verdicts.append(
            GroupVerdict(
                name=group.name, satisfied=len(by) >= group.minimum, by=by, minimum=group.minimum
            )
        )
    enough = len(counted) >= required
    missing = [g.name for g in group_verdicts if not g.satisfied]
    quorate = enough and not missing

    sentences = []
    if quorate:
        sentences.append(
            f"Quorate: {len(counted)} members present against {required} required"
            + (", and every required group is represented." if group_verdicts else ".")
        )
    else:
        problems = []
        if not enough:
            problems.append(f"only {len(counted)} members present against {required} required")
        if missing:
            problems.append("no one present from " + _join(missing))
        sentences.append("Inquorate: " + "; ".join(problems) + ".")
    for verdict in group_verdicts:
        if verdict.satisfied:
            sentences.append(f"{verdict.name}: {_join(verdict.by)}.")
    for name, reason in not_counted:
        sentences.append(f"Not counted: {name} ({reason}).")
    return QuorumVerdict(
        quorate=quorate,
        present_members=len(counted),
        required=required,
        groups=tuple(group_verdicts),
        counted=tuple(a.name for a in counted),
        not_counted=tuple(not_counted),
        explanation=" ".join(sentences),
    )


# --- Voting ---------------------------------------------------------------------------


class VoteChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


@dataclass(frozen=True)
class Eligibility:
    allowed: bool
    reason: str


def may_vote(
    attendee: Attendee,
    *,
    meeting_date: date,
    nation: Nation | str = Nation.ENGLAND,
    has_pecuniary_interest: bool = False,
    has_dispensation: bool = False,
) -> Eligibility:
    """May this person vote on this item?

    ToR 6.1-6.3: votes belong to seats; officers' seats and standing invitees do not vote;
    a substitute takes the vote of the seat they fill (ToR 5.3). Localism Act 2011 s31: a
    member with a disclosable pecuniary interest does not vote unless dispensed.
    """
    if attendee.capacity == Capacity.STANDING_INVITEE:
        return Eligibility(
            False, f"{attendee.name} is a standing invitee and has no vote (ToR 6.2)"
        )
    if attendee.capacity == Capacity.IN_ATTENDANCE:
        return Eligibility(
            False, f"{attendee.name} is in attendance, not a member, and has no vote"
        )
    if attendee.capacity == Capacity.NON_MEMBER:
        return Eligibility(False, f"{attendee.name} holds no seat on the body and has no vote")
    if attendee.capacity == Capacity.SUBSTITUTE and not attendee.substitute_for:
        return Eligibility(
            False, f"{attendee.name} is not substituting for a named member and has no vote"
        )
    if not attendee.voting:
        section = f" in {attendee.section}" if attendee.section else ""
        return Eligibility(
            False, f"{attendee.name} holds a non-voting seat{section} (ToR 6.1) and has no vote"
        )
    if attendee.mode == Mode.REMOTE and not remote_attendance_counts(meeting_date, nation):
        return Eligibility(
            False,
            f"{attendee.name} joined remotely and is not present in law on "
            f"{meeting_date:%-d %B %Y}, so cannot vote",
        )
    if has_pecuniary_interest and not has_dispensation:
        return Eligibility(
            False,
            f"{attendee.name} declared a disclosable pecuniary interest and holds no "
            "dispensation (Localism Act 2011 s31)",
        )
    return Eligibility(True, f"{attendee.name} may vote")


@dataclass(frozen=True)
class VotingRule:
    """ToR 6.4: consensus first; otherwise a majority of voting members present and voting;
    on an equality the chair has a second, casting vote."""

    consensus_first: bool = True
    chair_casting_vote: bool = True


class Outcome(StrEnum):
    CARRIED = "carried"
    LOST = "lost"


@dataclass(frozen=True)
class VoteResult:
    outcome: Outcome
    votes_for: int
    votes_against: int
    abstentions: int
    casting_vote: VoteChoice | None
    rejected: tuple[tuple[str, str], ...]
    explanation: str


class VoteRejected(ValueError):
    """A vote was recorded for someone who may not vote; the message names them."""


_SIDES = (VoteChoice.FOR, VoteChoice.AGAINST)


def count_votes(
    *,
    votes_for: int,
    votes_against: int,
    abstentions: int = 0,
    chair: str | None = None,
    casting_vote: VoteChoice | str | None = None,
    rule: VotingRule = VotingRule(),
) -> VoteResult:
    """The outcome of a vote from its counts (LGA 1972 Sched 12 para 39; ToR 6.4).

    A majority of those voting decides; on an equality the chair's second, casting vote
    decides where the rules give one; with no casting vote the motion is not carried.
    """
    if min(votes_for, votes_against, abstentions) < 0:
        raise ValueError("Vote counts cannot be negative.")
    cast = VoteChoice(casting_vote) if casting_vote else None
    used: VoteChoice | None = None
    if votes_for > votes_against:
        outcome = Outcome.CARRIED
        text = f"Carried by {votes_for} votes to {votes_against}"
    elif votes_against > votes_for:
        outcome = Outcome.LOST
        text = f"Lost by {votes_against} votes to {votes_for}"
    elif rule.chair_casting_vote and cast in _SIDES:
        used = cast
        outcome = Outcome.CARRIED if cast == VoteChoice.FOR else Outcome.LOST
        who = f" ({chair} cast it {cast.value})" if chair else f" ({cast.value})"
        text = f"{votes_for} votes each; {outcome.value} on the chair's casting vote{who}"
    else:
        outcome = Outcome.LOST
        text = f"{votes_for} votes each and no casting vote given, so not carried"
    if abstentions:
        text += f", {abstentions} abstaining"
    return VoteResult(
        outcome=outcome,
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        casting_vote=used,
        rejected=(),
        explanation=text + ".",
    )


def decide_vote(
    votes: Mapping[str, VoteChoice],
    attendees: Sequence[Attendee],
    *,
    meeting_date: date,
    nation: Nation | str = Nation.ENGLAND,
    chair: str | None = None,
    casting_vote: VoteChoice | None = None,
    rule: VotingRule = VotingRule(),
    interests: frozenset[str] = frozenset(),
    dispensations: frozenset[str] = frozenset(),
    strict: bool = False,
) -> VoteResult:
    """Count a vote (LGA 1972 Sched 12 para 39; ToR 6.4).

    Votes from people who may not vote are rejected with a reason (or raise
    ``VoteRejected`` when ``strict``). On an equality of votes the chair's second, casting
    vote decides; it is the chair's own choice, recorded separately (it need not follow
    their first vote), and with no casting vote given the motion is not carried.
    """
    by_name = {a.name: a for a in attendees}
    accepted: dict[str, VoteChoice] = {}
    rejected: list[tuple[str, str]] = []
    for name, choice in votes.items():
        attendee = by_name.get(name)
        if attendee is None:
            reason = f"{name} is not recorded as attending the meeting"
        else:
            eligibility = may_vote(
                attendee,
                meeting_date=meeting_date,
                nation=nation,
                has_pecuniary_interest=name in interests,
                has_dispensation=name in dispensations,
            )
            reason = None if eligibility.allowed else eligibility.reason
        if reason:
            if strict:
                raise VoteRejected(reason)
            rejected.append((name, reason))
        else:
            accepted[name] = VoteChoice(choice)

    result = count_votes(
        votes_for=sum(1 for c in accepted.values() if c == VoteChoice.FOR),
        votes_against=sum(1 for c in accepted.values() if c == VoteChoice.AGAINST),
        abstentions=sum(1 for c in accepted.values() if c == VoteChoice.ABSTAIN),
        chair=chair,
        casting_vote=casting_vote,
        rule=rule,
    )
    text = result.explanation
    for _name, reason in rejected:
        text += f" Vote not counted: {reason}."
    return VoteResult(
        outcome=result.outcome,
        votes_for=result.votes_for,
        votes_against=result.votes_against,
        abstentions=result.abstentions,
        casting_vote=result.casting_vote,
        rejected=tuple(rejected),
        explanation=text,
    )


# --- Seats and caps -------------------------------------------------------------------


class SeatCapExceeded(ValueError):
    """A section would hold more current members than its cap (ToR 4)."""


@dataclass(frozen=True)
class Tenure:
    """Who held a seat and when (end None: still holds it). ``seat`` is the seat's key:
    unique within the section (labels may repeat: "Elected Member nominated by ...")."""

    seat: str
    person: str
    start: date
    end: date | None = None

    def current_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class SeatState:
    seat: str
    holder: str | None

    @property
    def vacant(self) -> bool:
        return self.holder is None


@dataclass(frozen=True)
class SectionState:
    name: str
    cap: int
    seats: tuple[SeatState, ...]
    filled: int
    vacancies: int
    explanation: str


def section_on(
    name: str, cap: int, seats: Sequence[str], tenures: Iterable[Tenure], day: date
) -> SectionState:
    """The section's seats as of ``day``: who holds each, and how many are vacant (ToR 4).

    A section never holds more current members than its cap; the vacancies are the seats
    without a current holder.
    """
    holders: dict[str, str] = {}
    for tenure in tenures:
        if tenure.current_on(day) and tenure.seat in seats:
            holders.setdefault(tenure.seat, tenure.person)
    states = tuple(SeatState(seat=s, holder=holders.get(s)) for s in seats)
    filled = sum(1 for s in states if not s.vacant)
    vacancies = max(cap - filled, 0)
    explanation = f"{name}: {filled} of {cap} places filled"
    if vacancies:
        explanation += f", {vacancies} {'vacancy' if vacancies == 1 else 'vacancies'}"
    return SectionState(
        name=name,
        cap=cap,
        seats=states,
        filled=filled,
        vacancies=vacancies,
        explanation=explanation + f" on {day:%-d %B %Y}.",
    )


def check_cap(section: str, cap: int, current_members: int, adding: int = 1) -> None:
    """Refuse a membership that would take a section over its cap (ToR 4)."""
    if current_members + adding > cap:
        raise SeatCapExceeded(
            f"{section} is capped at {cap} member{'' if cap == 1 else 's'} and already has "
            f"{current_members}; "
            f"adding {adding} more would exceed the cap (terms of reference, membership)."
        )


# --- The chair ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChairDecision:
    chair: str | None
    explanation: str


def who_chairs(
    attendees: Sequence[Attendee],
    *,
    designated_chair: str | None,
    fallback_sections: frozenset[str],
    vice_chair: str | None = None,
    elected_by_meeting: str | None = None,
    meeting_date: date,
    nation: Nation | str = Nation.ENGLAND,
) -> ChairDecision:
    """Who chairs the meeting (ToR 5.4).

    The designated chair if present; else the vice-chair if present; else a member of the
    fallback sections (for the example, another elected member), the meeting's own choice
    ``elected_by_meeting`` if it names one of them, otherwise the first listed. No one
    eligible present means no one may chair.
    """
    counted = [
        a
        for a in attendees
        if not_counted_reason(a, meeting_date=meeting_date, nation=nation) is None
    ]
    names = {a.name for a in counted}
    if designated_chair and designated_chair in names:
        return ChairDecision(designated_chair, f"{designated_chair}, the designated chair, chairs.")
    absent = f"{designated_chair} is absent" if designated_chair else "No chair is designated"
    if vice_chair and vice_chair in names:
        return ChairDecision(vice_chair, f"{absent}; the vice-chair, {vice_chair}, chairs.")
    eligible = [a.name for a in counted if a.section in fallback_sections]
    sections = _join(sorted(fallback_sections))
    if not eligible:
        return ChairDecision(None, f"{absent} and no member of {sections} is present to chair.")
    chosen = elected_by_meeting if elected_by_meeting in eligible else eligible[0]
    return ChairDecision(chosen, f"{absent}; {chosen}, a member of {sections}, chairs (ToR 5.4).")


@dataclass(frozen=True)
class TermsOfReferenceRules:
    """Everything the rules need from one terms-of-reference version, as plain data."""

    quorum: QuorumRule
    voting: VotingRule = field(default_factory=VotingRule)
    chair_fallback_sections: frozenset[str] = frozenset()


def periods_overlap(a_from: date, a_to: date | None, b_from: date, b_to: date | None) -> bool:
    """Two periods, each inclusive of both ends and open-ended when ``to`` is None, share a
    day. Used for terms-of-reference versions (never two in force on a date) and for a seat
    (held by one person on a date); PostgreSQL holds the same rule as an exclusion
    constraint over ``daterange(from, to, '[]')``."""
    return (b_to is None or a_from <= b_to) and (a_to is None or b_from <= a_to)
