"""The rules of report sign-off (issue 12 item 3), as pure functions on plain values.

A report author uploads a draft for an agenda item; the sign-off steps the authority has
configured (by default lead officer, legal, finance) are taken in their order, each signed
off or sent back with a reason by one of the step's named signatories; once every step is
signed off the clerk accepts the report, which becomes the item's published report.

- ``progress``: where a draft stands, and which step it waits on;
- ``may_decide``: whether a step may be signed off (or the draft sent back) now;
- ``may_accept``: whether the clerk may accept the report onto the agenda;
- ``lateness``: whether the report is late for the agenda's publication deadline.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


class Stage(enum.StrEnum):
    AWAITING = "awaiting"  # a step is still to sign off
    SENT_BACK = "sent_back"  # a signatory sent the draft back: a new draft is needed
    SIGNED_OFF = "signed_off"  # every step signed off: the clerk may accept it


@dataclass(frozen=True)
class Step:
    id: int
    name: str


@dataclass(frozen=True)
class Mark:
    """One decision on a draft: the step, and whether it was signed off (or sent back)."""

    step_id: int
    signed: bool


@dataclass(frozen=True)
class Progress:
    stage: Stage
    waiting_on: Step | None
    signed: tuple[Step, ...]
    explanation: str


@dataclass(frozen=True)
class Check:
    ok: bool
    explanation: str


def _names(steps: Sequence[Step]) -> str:
    names = [s.name for s in steps]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def progress(steps: Sequence[Step], marks: Sequence[Mark]) -> Progress:
    """Where a draft stands. ``steps``: the sign-off steps in their order, as they were when
    the draft was uploaded; ``marks``: the decisions made on it, oldest first.

    A draft sent back by any step waits for a new draft; otherwise it waits on the first
    step in order not yet signed off; with none left (or no steps at all) it is signed off.
    """
    signed_ids = {m.step_id for m in marks if m.signed}
    signed = tuple(s for s in steps if s.id in signed_ids)
    sent_back = [m for m in marks if not m.signed]
    if sent_back:
        by = next((s.name for s in steps if s.id == sent_back[0].step_id), "a signatory")
        return Progress(
            Stage.SENT_BACK,
            None,
            signed,
            f"Sent back at the {by} step: the author uploads a new draft, which goes through "
            "every step again.",
        )
    waiting = next((s for s in steps if s.id not in signed_ids), None)
    if waiting is None:
        why = (
            f"Signed off by every step ({_names(steps)})"
            if steps
            else "No sign-off steps are configured"
        )
        return Progress(
            Stage.SIGNED_OFF, None, signed, f"{why}: the clerk may accept it onto the agenda."
        )
    done = f" ({_names(signed)} signed off)" if signed else ""
    return Progress(
        Stage.AWAITING,
        waiting,
        signed,
        f"Waits on the {waiting.name} sign-off{done}; steps are signed off in order: "
        f"{_names(steps)}.",
    )


def may_decide(current: Progress, step_id: int) -> Check:
    """A step may be signed off, or the draft sent back, only when the draft waits on that
    very step: steps go in order, and a sent-back or signed-off draft takes no more."""
    if current.stage is Stage.SENT_BACK:
        return Check(False, "This draft was sent back: it waits for a new draft from the author.")
    if current.stage is Stage.SIGNED_OFF:
        return Check(False, "Every step has signed this draft off already.")
    assert current.waiting_on is not None
    if current.waiting_on.id != step_id:
        return Check(
            False,
            f"This draft waits on the {current.waiting_on.name} sign-off: steps are signed "
            "off in order.",
        )
    return Check(True, f"The draft waits on the {current.waiting_on.name} sign-off.")


def send_back_reason(reason: str) -> Check:
    """Sending a draft back needs the reason, for the author to act on."""
    if not reason.strip():
        return Check(False, "Say why the report is sent back, so that the author can put it right.")
    return Check(True, "")


def may_accept(current: Progress, *, accepted: bool, agenda_open: bool) -> Check:
    """The clerk accepts a report onto the agenda only once every step has signed it off,
    once, and while the agenda is still open (a published agenda is changed by a
    supplementary agenda)."""
    if accepted:
        return Check(False, "This report is already accepted onto the agenda.")
    if not agenda_open:
        return Check(
            False,
            "The agenda is published and frozen: a report added now goes in a supplementary "
            "agenda.",
        )
    if current.stage is not Stage.SIGNED_OFF:
        return Check(False, f"Not yet signed off. {current.explanation}")
    return Check(True, current.explanation)


@dataclass(frozen=True)
class Lateness:
    late: bool
    days_left: int
    explanation: str


def lateness(publish_by: date, today: date, *, accepted: bool) -> Lateness:
    """Whether a report is late relative to the agenda's publication deadline (computed by
    the clear-day rule, ``moot.meetings.rules.publication_deadline``): a report not yet
    accepted is late once the day to publish the agenda has passed. ``days_left`` counts
    to that day (negative when past)."""
    days_left = (publish_by - today).days
    when = f"{publish_by:%A} {publish_by.day} {publish_by:%B %Y}"
    if accepted:
        return Lateness(False, days_left, "Accepted onto the agenda.")
    if days_left < 0:
        late = -days_left
        return Lateness(
            True,
            days_left,
            f"Late: the agenda had to be published by {when}, {late} day"
            f"{'s' if late != 1 else ''} ago, and this report is not accepted yet.",
        )
    if days_left == 0:
        return Lateness(False, 0, f"Due today: the agenda is to be published by {when}.")
    return Lateness(
        False,
        days_left,
        f"{days_left} day{'s' if days_left != 1 else ''} left: the agenda is to be published "
        f"by {when}.",
    )
