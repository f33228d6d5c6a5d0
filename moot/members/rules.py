"""The members' area's rules, as pure functions of plain values (no database, no clock).

- Apologies are sent before the meeting: on or before its date, while it is scheduled or
  its agenda published; not once it is held, cancelled or postponed.
- The register of interests (Localism Act 2011 ss29-30; SI 2012/1464): a member registers
  their disclosable pecuniary interests within 28 days of taking office and keeps the
  register up to date (a change within 28 days of it); Moot reminds them within 28 days of
  taking office and then once a year. A sensitive interest (s32) is registered as
  existing, its details withheld from the public register.
- Private notes: on a page of the paper that exists, with something written.
- The watermark: the member's name and the moment, on every page of an exempt paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

OPEN_FOR_APOLOGIES = frozenset({"scheduled", "agenda_published"})
DESCRIPTION_MAX = 2000
MESSAGE_MAX = 1000
NOTE_MAX = 4000
HIGHLIGHT_MAX = 500
TAKING_OFFICE_DAYS = 28
YEARLY_DAYS = 365


def apologies_refusal(*, status: str, meeting_date: date, today: date) -> str | None:
    """Why apologies cannot be sent for this meeting now, or None when they can."""
    if status in {"cancelled", "postponed"}:
        return "This meeting is cancelled or postponed, so there is nothing to send apologies for."
    if status not in OPEN_FOR_APOLOGIES:
        return (
            "This meeting has been held: apologies are sent before a meeting. Ask the clerk if "
            "the attendance record is wrong."
        )
    if meeting_date < today:
        return f"This meeting was on {meeting_date:%-d %B %Y}: apologies are sent before a meeting."
    return None


def message_errors(message: str) -> dict[str, str]:
    if len(message) > MESSAGE_MAX:
        return {
            "message": f"The message is {len(message)} characters long; it can be at most "
            f"{MESSAGE_MAX}."
        }
    return {}


def interest_errors(
    *,
    category: str,
    description: str,
    effective_on: date | None,
    today: date,
    categories: frozenset[str],
) -> dict[str, str]:
    """The fields at fault in a new interest, each with a sentence (empty when it is fine)."""
    errors: dict[str, str] = {}
    if category not in categories:
        errors["category"] = "Choose the category of the interest, as the regulations name them."
    text = description.strip()
    if not text:
        errors["description"] = (
            "Describe the interest (for example the employer, the land's address or the "
            "company's name)."
        )
    elif len(text) > DESCRIPTION_MAX:
        errors["description"] = (
            f"The description is {len(text)} characters long; it can be at most {DESCRIPTION_MAX}."
        )
    if effective_on is None:
        errors["effective_on"] = "Give the date the interest began, as day, month and year."
    elif effective_on > today:
        errors["effective_on"] = (
            f"The date {effective_on:%-d %B %Y} is in the future: register an interest once "
            "you have it."
        )
    return errors


def end_errors(*, ended_on: date | None, registered_on: date, today: date) -> dict[str, str]:
    if ended_on is None:
        return {"effective_on": "Give the date the interest ended, as day, month and year."}
    if ended_on > today:
        return {"effective_on": f"The date {ended_on:%-d %B %Y} is in the future."}
    if ended_on < registered_on:
        return {
            "effective_on": f"The interest was registered on {registered_on:%-d %B %Y}; it "
            "cannot end before that."
        }
    return {}


@dataclass(frozen=True)
class Reminder:
    due: bool
    reason: str


def interest_reminder(
    *, took_office: date | None, last_change: date | None, today: date
) -> Reminder:
    """Whether to remind a member to check their register of interests, and why.

    Within 28 days of taking office with no change sent since: remind (s30(1)). Otherwise
    once a year: when nothing was sent for 365 days (counting from taking office)."""
    if took_office is None:
        return Reminder(False, "You hold no seat today.")
    since_office = (today - took_office).days
    if 0 <= since_office <= TAKING_OFFICE_DAYS and (
        last_change is None or last_change < took_office
    ):
        deadline = took_office + timedelta(days=TAKING_OFFICE_DAYS)
        return Reminder(
            True,
            f"You took office on {took_office:%-d %B %Y}: register your interests by "
            f"{deadline:%-d %B %Y} (Localism Act 2011 s30).",
        )
    latest = max(d for d in (took_office, last_change) if d is not None)
    if (today - latest).days >= YEARLY_DAYS:
        return Reminder(
            True,
            f"Your register was last brought up to date on {latest:%-d %B %Y}: check it is "
            "still right (once a year).",
        )
    return Reminder(False, "Your register is up to date as far as Moot knows.")


def note_errors(
    *, page: int | None, pages: int | None, highlight: str, comment: str
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if page is None or page < 1:
        errors["page"] = "Give the page number the note is about (1 or more)."
    elif pages is not None and page > pages:
        errors["page"] = f"The paper has {pages} pages; there is no page {page}."
    if not highlight.strip() and not comment.strip():
        errors["comment"] = "Write a comment or copy the words you want to highlight."
    if len(highlight) > HIGHLIGHT_MAX:
        errors["highlight"] = f"A highlight can be at most {HIGHLIGHT_MAX} characters."
    if len(comment) > NOTE_MAX:
        errors["comment"] = (
            f"The comment is {len(comment)} characters long; it can be at most {NOTE_MAX}."
        )
    return errors


def watermark_line(name: str, at: datetime) -> str:
    """The line printed on every page of an exempt paper sent to a member."""
    who = " ".join(name.split()) or "a named reader"
    return (
        f"NOT FOR PUBLICATION - supplied to {who} on {at:%-d %B %Y at %H:%M} - "
        "do not copy or pass on"
    )
