"""The substitute rule (ToR 5.3), a pure function: who attended in whose place.

In words a clerk reads: a person listed as present who holds a seat is present in their own
seat; a standing invitee is a standing invitee; anyone else listed as present whose printed
role names the organisation of a member who sent apologies is that member's substitute (one
substitute per absent member: the first listed; a second from the same organisation is
present without a seat). Anyone else listed present is present without a seat, which the
quorum does not count, and a warning says so (one warning for the meeting, naming them
all, where no one holds a seat on its date). Someone whose attendance is already recorded
keeps it. ``decide_attendance`` takes plain facts and returns plain decisions; the apply
step (``moot.ingest.apply_attendance``) reads the facts from the record and writes the
decisions through the meetings services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from moot.ingest.matching import _norm
from moot.ingest.parse.people import JOB_WORDS, ORG_WORDS

if TYPE_CHECKING:
    from moot.governance.models import Membership

# --- organisations, for substitutes ---------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return _norm(text).split()


def _org_phrases(membership: Membership) -> list[str]:
    """The normalised names by which a member's organisation can be printed."""
    phrases: list[str] = []
    for org in (membership.seat.organisation, membership.on_behalf_of):
        for node in org.lineage() if org else []:
            for name in (node.name, re.split(r"\s+[-–—]\s+", node.name)[0], node.short_name):
                phrase = _norm(name)
                if len(phrase) >= 3 and phrase not in phrases:
                    phrases.append(phrase)
    return phrases


def _common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of tokens shared by ``a`` and ``b`` that holds a proper
    name (a word that is neither a job nor an organisation word: "Leicester")."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > best and any(
                t not in JOB_WORDS and t not in ORG_WORDS and not t.isdigit() for t in a[i : i + k]
            ):
                best = k
    return best


def organisation_score(role_text: str, membership: Membership, member_roles: list[str]) -> int:
    """How strongly ``role_text`` (printed beside a present non-member) names the
    organisation of ``membership``'s holder: 0 for not at all, else the words in common."""
    return phrase_score(role_text, _org_phrases(membership), member_roles)


def phrase_score(
    role_text: str, phrases: list[str] | tuple[str, ...], member_roles: list[str]
) -> int:
    """``organisation_score`` on plain text: ``phrases`` are the normalised names of the
    member's organisation, ``member_roles`` the roles printed for the member."""
    role = f" {_norm(role_text)} "
    score = 0
    for phrase in phrases:
        if f" {phrase} " in role:
            score = max(score, len(phrase.split()) + 10)
    tokens = _tokens(role_text)
    for other in member_roles:
        run = _common_run(tokens, _tokens(other))
        if run >= 3:
            score = max(score, run)
    return score


PRESENT = "present"
APOLOGIES = "apologies"
ABSENT = "absent"
SUBSTITUTE = "substitute"
IN_ATTENDANCE = "in_attendance"
STANDING_INVITEE = "standing_invitee"
# The status of each list a file prints (other than "present", which the rule decides).
_STATUS_FOR = {
    "apologies": APOLOGIES,
    "standing_invitees": STANDING_INVITEE,
    "in_attendance": IN_ATTENDANCE,
}
# Recorded statuses that agree with the list a file prints a person under.
COMPATIBLE = {
    "present": {PRESENT, SUBSTITUTE, STANDING_INVITEE},
    "apologies": {APOLOGIES, ABSENT},
    "standing_invitees": {STANDING_INVITEE, PRESENT},
    "in_attendance": {IN_ATTENDANCE, PRESENT},
}


@dataclass(frozen=True)
class Seat:
    """A member holding a seat on the meeting's day."""

    person_id: int
    name: str
    title: str = ""
    phrases: tuple[str, ...] = ()  # normalised names of the member's organisation


@dataclass(frozen=True)
class Listing:
    """One person as the file lists them: under which heading, with what printed role."""

    person_id: int
    name: str
    heading: str  # present | apologies | standing_invitees | in_attendance
    role_text: str = ""


@dataclass(frozen=True)
class Recorded:
    """An attendance the record already holds."""

    status: str
    label: str = ""  # the status in words ("present")
    role_text: str = ""
    substitute_for: int | None = None


@dataclass(frozen=True)
class Decision:
    status: str
    substitute_for: int | None = None
    existing: bool = False  # the record already had it: nothing to write


def decide_attendance(
    listings: list[Listing],
    *,
    seats: dict[int, Seat],
    invitees: frozenset[int] | set[int],
    recorded: dict[int, Recorded],
    where: str,
    body_name: str,
    day: date,
) -> tuple[list[Decision], list[str]]:
    """One decision per listing (same order) and the warnings (see the module docstring)."""
    warnings: list[str] = []
    decisions: list[Decision | None] = [None] * len(listings)
    absent: dict[int, list[str]] = {}
    for index, listing in enumerate(listings):
        record = recorded.get(listing.person_id)
        if record is not None:
            decisions[index] = Decision(record.status, record.substitute_for, existing=True)
            if record.status not in COMPATIBLE[listing.heading]:
                warnings.append(
                    f"{where}: {listing.name} is recorded as {record.label or record.status}; "
                    f"the file's {listing.heading.replace('_', ' ')} is not applied"
                )
        elif listing.heading == "apologies" and listing.person_id in seats:
            absent.setdefault(listing.person_id, []).append(listing.role_text)
    for person_id, record in recorded.items():
        if record.status in (APOLOGIES, ABSENT) and person_id in seats:
            absent.setdefault(person_id, []).append(record.role_text)
    taken = {r.substitute_for for r in recorded.values() if r.status == SUBSTITUTE}
    claims: dict[int, Listing] = {}
    unseated: list[str] = []
    for index, listing in enumerate(listings):
        if decisions[index] is not None:
            continue
        if listing.heading != "present":
            decisions[index] = Decision(_STATUS_FOR[listing.heading])
            continue
        if listing.person_id in seats:
            decisions[index] = Decision(PRESENT)
            continue
        if listing.person_id in invitees:
            decisions[index] = Decision(STANDING_INVITEE)
            continue
        best, best_score = None, 0
        for member_id, roles in absent.items():
            if member_id in taken:
                continue
            seat = seats[member_id]
            score = phrase_score(listing.role_text, seat.phrases, [*roles, seat.title])
            if score > best_score:
                best, best_score = seat, score
        if best is not None and best.person_id in claims:
            other = claims[best.person_id]
            warnings.append(
                f"{where}: {listing.name} and {other.name} could both be substituting for "
                f"{best.name} (same organisation); {other.name}, listed first, is recorded as "
                f"the substitute and {listing.name} as present without a seat"
            )
            decisions[index] = Decision(PRESENT)
            continue
        if best is not None:
            claims[best.person_id] = listing
            decisions[index] = Decision(SUBSTITUTE, best.person_id)
            continue
        decisions[index] = Decision(PRESENT)
        unseated.append(listing.name)
        if seats:
            warnings.append(
                f"{where}: {listing.name} is listed as present but holds no seat on {body_name} "
                f"on {day:%-d %B %Y} and no member of their organisation sent apologies: "
                "recorded as present without a seat (not counted for the quorum)"
            )
    if unseated and not seats:
        # no seat at all on the meeting's date (a body created by the import, its history
        # without terms of reference): one warning for the meeting, not one per person
        warnings.append(
            f"{where}: no one holds a seat on {body_name} on {day:%-d %B %Y} (no membership "
            f"recorded for that date): the {len(unseated)} listed as present are recorded as "
            f"present without a seat (not counted for the quorum): {', '.join(unseated)}"
        )
    return [d for d in decisions if d is not None], warnings
