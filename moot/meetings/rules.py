"""Statutory publication deadlines for council committee meetings, as pure functions.

Everything here works on plain values (dates, frozen dataclasses). There is no ORM,
no I/O and no clock: the same inputs always give the same answer, and every answer
carries an ``explanation`` written for a council clerk.

The law



Local Government Act 1972, s100B(3)
    The agenda and the reports for a meeting of a principal council, or of one of its
    committees or sub-committees, must be open to public inspection at least a set
    number of *clear days* before the meeting. In England that number is five: the
    Local Government (Access to Information) (Variation) Order 2002 (SI 2002/715)
    raised it from three. In Wales it is still three. (The short-notice and urgent-item
    exceptions in s100B(3)(a) and s100B(4) are not modelled here.)

What a "clear day" is
    The Act does not define the phrase. The courts have read "clear days" as whole days
    that exclude both the day on which the thing is done and the day of the event:
    R v Herefordshire Justices (1820) 3 B & Ald 581, applied to council agendas in
    R v Swansea City Council, ex p Elitestone Ltd (1993) 66 P & CR 422 (CA). So the day
    of publication and the day of the meeting never count.

Weekends and holidays
    The statute does not say that weekends or bank holidays are skipped, but most
    councils' standing orders (and the cautious reading clerks are advised to take)
    count only working days, leaving out Saturdays, Sundays and the bank holidays of
    the council's part of the United Kingdom (Banking and Financial Dealings Act 1971,
    Schedule 1, plus days appointed by proclamation). Section 243 of the 1972 Act, which
    sets the rules for computing time for parish and community notices and for some
    election deadlines, goes further and also sets aside a "Christmas break" and an
    "Easter break" (defined in s243(4)). Authorities that adopt the s243 approach in
    their standing orders can switch those breaks on.

Because practice differs between authorities, every part of the count is a setting on
:class:`ClearDayPolicy`.

Definitions chosen here
================


Publish-by date
    ``publish_by`` is the *latest* date D such that at least ``clear_days`` counting days
    lie strictly between D and the meeting. D itself may be a Saturday, a Sunday or a
    bank holiday: an agenda put on the website on a Sunday is still published. When D
    is not a counting day the explanation also gives the last working day on or before
    it (``Deadline.publish_by_working_day``) for offices that only publish on working
    days.

Christmas break
    As in s243(4) of the 1972 Act: from the last week day (Monday to Friday) before
    Christmas Day to the first week day after Christmas Day that is not a bank holiday,
    both inclusive. In 2021 that is Friday 24 to Wednesday 29 December. It does not
    reach New Year's Day, which is left to the bank-holiday rule. The bank holidays used
    to find the end of the break are those of the policy's region (England and Wales
    when the policy excludes no bank holidays).

Easter break
    As in s243(4): from the Thursday before Easter Day (Maundy Thursday) to the Tuesday
    after it, both inclusive, six days in all. Easter Day is computed with
    ``dateutil.easter`` (Western, Gregorian).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

__all__ = [
    "ClearDayPolicy",
    "Deadline",
    "PUBLIC_QUESTIONS_CLEAR_DAYS",
    "REGION_NAMES",
    "christmas_break",
    "clear_days_between",
    "counts_as_clear_day",
    "easter_break",
    "is_published_in_time",
    "non_counting_reason",
    "public_question_deadline",
    "publication_deadline",
    "TransitionRefused",
    "check_transition",
    "minutes_editable",
    "standing_agenda",
    "standing_key",
    "StandingItem",
    "STANDING_TITLES",
    "MunicipalYear",
    "municipal_year",
    "next_minute_numbers",
    "frequency_check",
    "FrequencyCheck",
    "QUESTION_MAX_CHARACTERS",
    "question_errors",
]

#: Bank-holiday regions, as ``holidays`` subdivision codes for ``GB``.
REGION_NAMES: dict[str, str] = {
    "ENG": "England",
    "WLS": "Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
}

#: Default number of clear working days before a meeting by which a member of the
#: public must submit a question. Not statutory: it is the usual figure in councils'
#: council procedure rules (constitutions); each authority can set its own.
PUBLIC_QUESTIONS_CLEAR_DAYS = 3

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
_CHRISTMAS_BREAK = "Christmas break"
_EASTER_BREAK = "Easter break"
_DEFAULT_BREAK_REGION = "ENG"
# Guard against a policy under which (almost) nothing counts: no real policy needs to
# look further back than this to find its clear days.
_MAX_LOOKBACK_DAYS = 3 * 366


@dataclass(frozen=True)
class ClearDayPolicy:
    """How an authority counts clear days before a meeting.

    ``clear_days``
        How many clear days are needed: 5 for agendas in England (LGA 1972 s100B(3) as
        amended by SI 2002/715), 3 in Wales; 3 is also the usual deadline for public
        questions (see :meth:`for_public_questions`).
    ``non_counting_weekdays``
        Days of the week that never count (Monday=0 ... Sunday=6). Default Saturday and
        Sunday, as in most standing orders; the statute itself excludes neither.
    ``bank_holiday_region``
        Whose bank holidays do not count: ``"ENG"`` (the default; England and Wales share
        one list), ``"WLS"``, ``"SCT"`` or ``"NIR"``; ``None`` to count bank holidays
        as ordinary days.
    ``exclude_christmas_break`` / ``exclude_easter_break``
        Also leave out the LGA 1972 s243(4) Christmas and Easter breaks (see the module
        docstring for the exact dates).
    """

    clear_days: int = 5
    non_counting_weekdays: frozenset[int] = frozenset({5, 6})  # Monday=0
    bank_holiday_region: str | None = "ENG"  # None: no bank holidays excluded
    exclude_christmas_break: bool = False
    exclude_easter_break: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.clear_days, bool) or not isinstance(self.clear_days, int):
            raise ValueError(f"clear_days must be a whole number, not {self.clear_days!r}.")
        if self.clear_days < 1:
            raise ValueError(
                f"clear_days must be at least 1 (got {self.clear_days}): a meeting needs "
                "at least one clear day's notice; England requires 5 and Wales 3."
            )
        weekdays = frozenset(self.non_counting_weekdays)
        if any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in weekdays):
            raise ValueError(
                "non_counting_weekdays must hold weekday numbers from 0 (Monday) to "
                f"6 (Sunday); got {sorted(weekdays, key=repr)!r}."
            )
        if len(weekdays) == 7:
            raise ValueError("non_counting_weekdays cannot exclude every day of the week.")
        object.__setattr__(self, "non_counting_weekdays", weekdays)
        if self.bank_holiday_region is not None and self.bank_holiday_region not in REGION_NAMES:
            raise ValueError(
                f"Unknown bank_holiday_region {self.bank_holiday_region!r}: use one of "
                f"{', '.join(sorted(REGION_NAMES))}, or None for no bank holidays."
            )

    @classmethod
    def england(cls) -> ClearDayPolicy:
        """Five clear days, weekends and English bank holidays not counted.

        LGA 1972 s100B(3), as amended for England by SI 2002/715.
        """
        return cls(clear_days=5, bank_holiday_region="ENG")

    @classmethod
    def wales(cls) -> ClearDayPolicy:
        """Three clear days, weekends and Welsh bank holidays not counted.

        LGA 1972 s100B(3), unamended for Wales.
        """
        return cls(clear_days=3, bank_holiday_region="WLS")

    def for_public_questions(self, clear_days: int = PUBLIC_QUESTIONS_CLEAR_DAYS) -> ClearDayPolicy:
        """The same counting rules with the public-questions notice period.

        Deadlines for public questions come from each authority's procedure rules, not
        from statute; three clear working days is the common default.
        """
        return replace(self, clear_days=clear_days)

    def describe(self, thing: str = "publication") -> str:
        """One sentence saying which days do not count, for explanations."""
        parts = [_WEEKDAY_NAMES[d] + "s" for d in sorted(self.non_counting_weekdays)]
        if self.bank_holiday_region is not None:
            parts.append(f"bank holidays in {REGION_NAMES[self.bank_holiday_region]}")
        if self.exclude_christmas_break:
            parts.append("the Christmas break")
        if self.exclude_easter_break:
            parts.append("the Easter break")
        base = f"The day of {thing} and the day of the meeting never count"
        if not parts:
            return base + "; every other day does."
        return base + "; nor do " + _join(parts) + "."


@dataclass(frozen=True)
class Deadline:
    """The answer to "by when must this be published for that meeting?".

    ``publish_by``
        The latest date on which publication still leaves ``clear_days`` counting days
        before the meeting. It may itself be a weekend or bank holiday.
    ``clear_days``
        The counted clear days, strictly between ``publish_by`` and the meeting, ascending.
    ``excluded``
        Every date strictly between ``publish_by`` and the meeting that did not count,
        ascending. Together with ``clear_days`` it covers that whole gap exactly.
    ``publish_by_working_day``
        The latest counting day on or before ``publish_by`` (equal to it when it counts),
        for offices that only publish on working days.
    ``explanation``
        Plain English for a clerk.
    """

    meeting_date: date
    publish_by: date
    clear_days: tuple[date, ...]
    excluded: tuple[date, ...]
    explanation: str
    publish_by_working_day: date


#: The default policies (frozen, so safe as argument defaults).
_DEFAULT_POLICY = ClearDayPolicy()
_DEFAULT_QUESTIONS_POLICY = _DEFAULT_POLICY.for_public_questions()


# ---------------------------------------------------------------------------
# Which days count
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _bank_holidays(region: str, year: int) -> dict[date, str]:
    """Bank holidays of ``region`` in ``year``, from the ``holidays`` package."""
    return dict(holidays.country_holidays("GB", subdiv=region, years=year))


def _bank_holiday_name(day: date, region: str) -> str | None:
    return _bank_holidays(region, day.year).get(day)


@functools.lru_cache(maxsize=512)
def christmas_break(year: int, region: str | None = "ENG") -> tuple[date, date]:
    """First and last day (inclusive) of the s243(4) Christmas break in ``year``.

    LGA 1972 s243(4): from the last week day before Christmas Day to the first week day
    after Christmas Day that is not a bank holiday. "Week day" is read as Monday to
    Friday. Bank holidays are those of ``region`` (England and Wales if ``None``).
    """
    region = region or _DEFAULT_BREAK_REGION
    christmas = date(year, 12, 25)
    start = christmas - timedelta(days=1)
    while start.weekday() >= 5:
        start -= timedelta(days=1)
    end = christmas + timedelta(days=1)
    while end.weekday() >= 5 or _bank_holiday_name(end, region) is not None:
        end += timedelta(days=1)
    return start, end


def easter_break(year: int) -> tuple[date, date]:
    """First and last day (inclusive) of the s243(4) Easter break in ``year``.

    LGA 1972 s243(4): the Thursday before Easter Day to the Tuesday after it.
    """
    easter_day = easter(year)
    return easter_day - timedelta(days=3), easter_day + timedelta(days=2)


def _non_counting_reasons(day: date, policy: ClearDayPolicy) -> list[str]:
    """Every reason ``day`` does not count, most informative first."""
    reasons: list[str] = []
    if policy.bank_holiday_region is not None:
        name = _bank_holiday_name(day, policy.bank_holiday_region)
        if name is not None:
            reasons.append(name)
    if policy.exclude_christmas_break:
        start, end = christmas_break(day.year, policy.bank_holiday_region)
        if start <= day <= end:
            reasons.append(_CHRISTMAS_BREAK)
    if policy.exclude_easter_break:
        start, end = easter_break(day.year)
        if start <= day <= end:
            reasons.append(_EASTER_BREAK)
    if day.weekday() in policy.non_counting_weekdays:
        reasons.append(_WEEKDAY_NAMES[day.weekday()])
    return reasons


def non_counting_reason(day: date, policy: ClearDayPolicy) -> str | None:
    """Why ``day`` is not a clear day under ``policy``, or ``None`` if it counts.

    Returns the most informative reason when there are several: a bank holiday's name
    (as the ``holidays`` package gives it, e.g. "Late Summer Bank Holiday", "Christmas
    Day (observed)"), then "Christmas break" or "Easter break", then the weekday name
    ("Saturday"). So Saturday 25 December 2021 gives "Christmas Day".
    """
    reasons = _non_counting_reasons(day, policy)
    return reasons[0] if reasons else None


def counts_as_clear_day(day: date, policy: ClearDayPolicy) -> bool:
    """True if ``day`` would count as a clear day (were it between publication and meeting)."""
    return not _non_counting_reasons(day, policy)


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------


def clear_days_between(published_on: date, meeting_date: date, policy: ClearDayPolicy) -> int:
    """How many counting days lie strictly between publication and the meeting.

    Neither the day of publication nor the day of the meeting counts (the "clear day"
    rule, R v Herefordshire Justices; ex p Elitestone). 0 if published on or after the
    meeting date.
    """
    count = 0
    day = published_on + timedelta(days=1)
    while day < meeting_date:
        if counts_as_clear_day(day, policy):
            count += 1
        day += timedelta(days=1)
    return count


def is_published_in_time(published_on: date, meeting_date: date, policy: ClearDayPolicy) -> bool:
    """True if publishing on ``published_on`` leaves enough clear days before the meeting.

    LGA 1972 s100B(3): at least ``policy.clear_days`` clear days. Equivalent to
    ``published_on <= publication_deadline(meeting_date, policy).publish_by``.
    """
    if published_on >= meeting_date:
        return False
    return published_on <= _walk_back(meeting_date, policy)[0]


def _walk_back(meeting_date: date, policy: ClearDayPolicy) -> tuple[date, list[date], list[date]]:
    """Walk back from the meeting collecting ``policy.clear_days`` counting days.

    Returns (publish_by, counted days descending, excluded days descending).
    """
    counted: list[date] = []
    excluded: list[date] = []
    day = meeting_date
    for _ in range(_MAX_LOOKBACK_DAYS):
        day -= timedelta(days=1)
        if counts_as_clear_day(day, policy):
            counted.append(day)
            if len(counted) == policy.clear_days:
                return day - timedelta(days=1), counted, excluded
        else:
            excluded.append(day)
    raise ValueError(
        f"Could not find {policy.clear_days} clear days in the {_MAX_LOOKBACK_DAYS} days "
        f"before {_long_date(meeting_date)}: the policy leaves almost no counting days."
    )


def _last_counting_day_on_or_before(day: date, policy: ClearDayPolicy) -> date:
    for _ in range(_MAX_LOOKBACK_DAYS):
        if counts_as_clear_day(day, policy):
            return day
        day -= timedelta(days=1)
    raise ValueError(f"No working day found in the {_MAX_LOOKBACK_DAYS} days before {day}.")


def _deadline(meeting_date: date, policy: ClearDayPolicy, verb: str, thing: str) -> Deadline:
    publish_by, counted, excluded = _walk_back(meeting_date, policy)
    counted.reverse()
    excluded.reverse()
    working_day = _last_counting_day_on_or_before(publish_by, policy)
    explanation = _explain(
        meeting_date, publish_by, counted, excluded, working_day, policy, verb, thing
    )
    return Deadline(
        meeting_date=meeting_date,
        publish_by=publish_by,
        clear_days=tuple(counted),
        excluded=tuple(excluded),
        explanation=explanation,
        publish_by_working_day=working_day,
    )


def publication_deadline(meeting_date: date, policy: ClearDayPolicy = _DEFAULT_POLICY) -> Deadline:
    """The latest date the agenda and reports may be published for a meeting.

    LGA 1972 s100B(3) (five clear days in England after SI 2002/715, three in Wales),
    counting clear days as described in this module's docstring and ``policy``.
    """
    return _deadline(meeting_date, policy, "Publish", "publication")


def public_question_deadline(
    meeting_date: date,
    policy: ClearDayPolicy = _DEFAULT_QUESTIONS_POLICY,
) -> Deadline:
    """The latest date a member of the public may submit a question for a meeting.

    Same counting as :func:`publication_deadline`; the number of clear days comes from
    the authority's procedure rules (default :data:`PUBLIC_QUESTIONS_CLEAR_DAYS`). Pass
    ``policy.for_public_questions()`` to reuse an authority's agenda policy.
    """
    return _deadline(meeting_date, policy, "Submit questions", "submission")


# ---------------------------------------------------------------------------
# Wording
# ---------------------------------------------------------------------------


def _long_date(day: date, *, year: bool = True) -> str:
    text = f"{_WEEKDAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _number(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _day_list(days: list[date]) -> str:
    """'22, 23, 26, 27 and 28 July 2021', grouping days by month."""
    groups: list[tuple[tuple[int, int], list[int]]] = []
    for day in days:
        key = (day.year, day.month)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(day.day)
        else:
            groups.append((key, [day.day]))
    return "; ".join(
        f"{_join([str(d) for d in numbers])} {_MONTH_NAMES[month - 1]} {year}"
        for (year, month), numbers in groups
    )


def _explain(
    meeting_date: date,
    publish_by: date,
    counted: list[date],
    excluded: list[date],
    working_day: date,
    policy: ClearDayPolicy,
    verb: str,
    thing: str,
) -> str:
    n = policy.clear_days
    plural = "clear day" if n == 1 else "clear days"
    text = (
        f"{verb} by {_long_date(publish_by)} for the meeting on {_long_date(meeting_date)}: "
        f"that leaves {_number(n)} {plural} ({_day_list(counted)}) between {thing} and "
        f"the meeting. {policy.describe(thing)}"
    )
    if excluded:
        with_year = publish_by.year != meeting_date.year
        items = []
        for day in excluded:
            reason = non_counting_reason(day, policy)
            label = _long_date(day, year=with_year)
            if reason is not None and reason != _WEEKDAY_NAMES[day.weekday()]:
                label += f" ({reason})"
            items.append(label)
        text += f" Not counted: {_join(items)}."
    if working_day != publish_by:
        reason = non_counting_reason(publish_by, policy)
        text += (
            f" {_long_date(publish_by)} is not itself a working day ({reason}); "
            f"if {thing} can only happen on a working day, {verb.lower()} by "
            f"{_long_date(working_day)}."
        )
    return text


# --- The meeting's life -----------------------------------------------------------------
# DOMAIN.md "The meeting's life": scheduled -> agenda published -> held -> draft minutes
# published -> minutes approved; scheduled or published meetings may be cancelled or
# postponed, with a reason shown publicly.

SCHEDULED = "scheduled"
AGENDA_PUBLISHED = "agenda_published"
HELD = "held"
MINUTES_DRAFT = "minutes_draft"
MINUTES_APPROVED = "minutes_approved"
CANCELLED = "cancelled"
POSTPONED = "postponed"

TRANSITIONS: dict[str, frozenset[str]] = {
    SCHEDULED: frozenset({AGENDA_PUBLISHED, CANCELLED, POSTPONED}),
    AGENDA_PUBLISHED: frozenset({HELD, CANCELLED, POSTPONED}),
    HELD: frozenset({MINUTES_DRAFT, MINUTES_APPROVED}),
    MINUTES_DRAFT: frozenset({MINUTES_APPROVED}),
    MINUTES_APPROVED: frozenset(),
    CANCELLED: frozenset(),
    POSTPONED: frozenset({SCHEDULED}),
}

_STATE_WORDS = {
    SCHEDULED: "scheduled",
    AGENDA_PUBLISHED: "has its agenda published",
    HELD: "has been held",
    MINUTES_DRAFT: "has draft minutes published",
    MINUTES_APPROVED: "has approved minutes",
    CANCELLED: "is cancelled",
    POSTPONED: "is postponed",
}


class TransitionRefused(ValueError):
    """A change the meeting's life cycle does not allow; the message says why."""


def check_transition(current: str, target: str, *, meeting: str = "The meeting") -> None:
    """Refuse a status change the life cycle does not allow."""
    if target not in TRANSITIONS.get(current, frozenset()):
        allowed = sorted(TRANSITIONS.get(current, frozenset()))
        options = ", ".join(_STATE_WORDS[a].replace("has ", "").replace("is ", "") for a in allowed)
        raise TransitionRefused(
            f"{meeting} {_STATE_WORDS[current]}, so it cannot move to "
            f"'{target.replace('_', ' ')}'"
            + (f"; from here it may only be: {options}." if allowed else "; nothing follows.")
        )


def minutes_editable(status: str) -> tuple[bool, str]:
    """Minutes may be written once the meeting is held and until they are approved; approved
    minutes are never edited (a correction is itself minuted at a later meeting)."""
    if status in (SCHEDULED, AGENDA_PUBLISHED, CANCELLED, POSTPONED):
        return False, "minutes cannot be recorded before the meeting is held"
    if status == MINUTES_APPROVED:
        return False, (
            "the minutes have been approved and are locked; a correction must be minuted "
            "at a later meeting"
        )
    return True, "minutes may be recorded"


# --- The standing agenda ----------------------------------------------------------------
# ToR 8.2 names standing items; the seeds' agendas also always carry Apologies for Absence,
# Questions from Members of the Public, Dates of Future Meetings and Any Other Urgent
# Business. Their order follows the seeds: opening items, the business, then closing items.

OPENING = ("apologies", "declarations", "previous_minutes", "matters_arising", "subgroups")
CLOSING = ("questions", "future_dates", "urgent_business")
ALWAYS = ("apologies", "questions", "future_dates", "urgent_business")

STANDING_TITLES = {
    "apologies": "Apologies for Absence",
    "declarations": "Declarations of Interest",
    "previous_minutes": "Minutes of the Previous Meeting",
    "matters_arising": "Matters Arising",
    "subgroups": "Updates from the Working Subgroups",
    "questions": "Questions from Members of the Public",
    "future_dates": "Dates of Future Meetings",
    "urgent_business": "Any Other Urgent Business",
}

_KEY_WORDS = {
    "apologies": ("apolog",),
    "declarations": ("declaration",),
    "previous_minutes": ("minutes of the previous", "previous meeting"),
    "matters_arising": ("matters arising",),
    "subgroups": ("subgroup", "sub-group", "working group"),
    "questions": ("question",),
    "future_dates": ("future meeting", "dates of"),
    "urgent_business": ("urgent business", "any other business"),
}


def standing_key(title: str) -> str | None:
    """Recognise a standing item from its title ("Declarations of Interest" -> declarations)."""
    lowered = title.casefold()
    for key, words in _KEY_WORDS.items():
        if any(w in lowered for w in words):
            return key
    return None


@dataclass(frozen=True)
class StandingItem:
    key: str  # one of STANDING_TITLES, or "other"
    title: str
    closing: bool


def standing_agenda(terms_standing_items: Sequence[str]) -> tuple[StandingItem, ...]:
    """The items a new agenda starts with: the terms of reference's standing items plus
    those the body's agendas always carry, in the seeds' order (opening items, then closing
    items; the business goes between them)."""
    keys: list[str] = list(ALWAYS)
    others: list[str] = []
    for title in terms_standing_items:
        key = standing_key(title)
        if key is None:
            others.append(title)
        elif key not in keys:
            keys.append(key)
    items = [StandingItem(k, STANDING_TITLES[k], False) for k in OPENING if k in keys]
    items += [StandingItem("other", t, False) for t in others]
    items += [StandingItem(k, STANDING_TITLES[k], True) for k in CLOSING if k in keys]
    return tuple(items)


# --- Municipal years and minute numbers ---------------------------------------------------


@dataclass(frozen=True)
class MunicipalYear:
    start: date
    end: date | None
    label: str


def municipal_year(day: date, annual_meetings: Sequence[date] = ()) -> MunicipalYear:
    """The municipal year containing ``day`` (LGA 1972 Sched 12 para 1).

    It starts at the authority's annual meeting; where that date is not known the year is
    taken to start on 1 May. Minute numbers restart at 1 at its start.
    """
    may_first = date(day.year if day.month >= 5 else day.year - 1, 5, 1)
    known = [d for d in annual_meetings if d <= day and (day - d).days < 400]
    later = sorted(d for d in annual_meetings if d > day)
    start = max(known) if known else may_first
    end = None
    if later:
        end = later[0] - timedelta(days=1)
    label = f"{start.year}/{(start.year + 1) % 100:02d}"
    return MunicipalYear(start=start, end=end, label=label)


def next_minute_numbers(used: Iterable[int], count: int) -> list[int]:
    """The next ``count`` minute numbers after those already used in the municipal year."""
    highest = max(used, default=0)
    return list(range(highest + 1, highest + 1 + count))


@dataclass(frozen=True)
class FrequencyCheck:
    ok: bool
    meetings: int
    minimum: int
    explanation: str


def frequency_check(meetings_in_year: int, minimum: int, year_label: str) -> FrequencyCheck:
    """ToR 8.3: the body meets at least ``minimum`` times a municipal year."""
    counted = f"{meetings_in_year} meeting{'' if meetings_in_year == 1 else 's'}"
    if minimum <= 0 or meetings_in_year >= minimum:
        return FrequencyCheck(True, meetings_in_year, minimum, f"{counted} in {year_label}.")
    verb = "is" if meetings_in_year == 1 else "are"
    return FrequencyCheck(
        False,
        meetings_in_year,
        minimum,
        f"Only {counted} {verb} scheduled in {year_label}; the terms of reference require "
        f"at least {minimum}.",
    )


# --- Public questions ---------------------------------------------------------------------

QUESTION_MAX_CHARACTERS = 2000


def question_errors(*, name: str, email: str, question: str) -> dict[str, str]:
    """What is missing or too long in a public question, field by field, in form order.

    Every problem is reported at once (GOV.UK error summary pattern), so a visitor fixes
    the form in one go; an empty answer means the fields may be submitted.
    """
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Enter your name."
    if not email.strip():
        errors["email"] = "Enter your email address."
    text = question.strip()
    if not text:
        errors["question"] = "Enter your question."
    elif len(text) > QUESTION_MAX_CHARACTERS:
        errors["question"] = (
            f"Your question is {len(text)} characters long; it must be "
            f"{QUESTION_MAX_CHARACTERS:,} characters or fewer."
        )
    return errors


# --- Changes to the record after the fact -------------------------------------------------
# What the clerk may still change on a meeting, an item or a question once the record has
# moved on. Each answers (allowed, explanation) over plain values.

MINUTES_PUBLISHED_STATUSES = (MINUTES_DRAFT, MINUTES_APPROVED)


def meeting_change_allowed(
    status: str, changed: frozenset[str], *, minutes_published_at_set: bool = False
) -> tuple[bool, str]:
    """Approved minutes are never edited, and neither is the meeting they record (its
    venue, times, attendance): a correction is itself minuted at a later meeting. The date
    the draft minutes were published is recorded by publishing them, so it is set only on a
    meeting whose minutes are published (LGA 1972 Sched 12 para 41; ToR 9)."""
    if not changed:
        return True, "nothing changed"
    names = ", ".join(sorted(changed))
    if status == MINUTES_APPROVED:
        return False, (
            f"the minutes have been approved and are locked, so {names} can no longer change; "
            "a correction must be minuted at a later meeting"
        )
    if (
        "minutes_published_at" in changed
        and minutes_published_at_set
        and status not in MINUTES_PUBLISHED_STATUSES
    ):
        return False, (
            f"a date the minutes were published cannot be set on a meeting whose status is "
            f"'{status}': draft minutes are published after the meeting is held, by "
            "publishing them"
        )
    return True, f"{names} may change"


def exempt_consistent(exempt: bool, paragraph: int | None) -> tuple[bool, str]:
    """An exempt item names its paragraph of Schedule 12A to the LGA 1972 (1-7), and only
    an exempt item carries one: ``exempt_marking`` without its reason (records repaired in
    the admin or imported may carry no reason), as ``(allowed, explanation)``."""
    check = exempt_marking(exempt=exempt, paragraph=paragraph, reason=None)
    return check.ok, check.explanation.rstrip(".")


def question_state_valid(
    status: str, reason: str, *, item_meeting_id: int | None, meeting_id: int | None
) -> tuple[bool, str]:
    """A rejected public question carries the reason sent to the questioner; a question
    about an item asks about an item of the meeting it was submitted to."""
    if status == "rejected" and not reason.strip():
        return False, "rejecting a question needs a reason (it is sent to the questioner)"
    if item_meeting_id is not None and item_meeting_id != meeting_id:
        return False, "the question's item is not on the agenda of the question's meeting"
    return True, "the question's state is consistent"


# ---------------------------------------------------------------------------
# The clerk's agenda: exempt marking, order, publication verdict
# ---------------------------------------------------------------------------

SCHEDULE_12A_PARAGRAPHS = range(1, 8)


@dataclass(frozen=True)
class ExemptCheck:
    """Whether an item's exempt marking is complete; ``field`` names the input at fault."""

    ok: bool
    field: str
    explanation: str


def exempt_marking(*, exempt: bool, paragraph: int | None, reason: str | None) -> ExemptCheck:
    """An exempt item names its paragraph of Schedule 12A to the LGA 1972 (1-7) and the
    reason the public interest in withholding it outweighs disclosure (s100A(4)); a
    paragraph or reason without the exempt flag is a contradiction, not a default.
    ``reason=None``: the reason is not checked (``exempt_consistent``)."""
    rule = "Schedule 12A to the Local Government Act 1972"
    has_reason = reason is None or bool(reason.strip())
    if not exempt and reason is None:
        has_reason = False
    if not exempt:
        if paragraph is not None:
            return ExemptCheck(
                False,
                "exempt_paragraph",
                f"Paragraph {paragraph} is chosen but the item is not marked exempt: tick "
                f"'Exempt' or clear the paragraph (an item is withheld only under {rule}).",
            )
        if has_reason:
            return ExemptCheck(
                False,
                "exempt_reason",
                "An exemption reason is given but the item is not marked exempt: tick "
                "'Exempt' or clear the reason.",
            )
        return ExemptCheck(True, "", "The item is public.")
    if paragraph is None:
        return ExemptCheck(
            False,
            "exempt_paragraph",
            f"An exempt item names its paragraph (1 to 7) of {rule}; choose the paragraph.",
        )
    if paragraph not in SCHEDULE_12A_PARAGRAPHS:
        return ExemptCheck(
            False,
            "exempt_paragraph",
            f"Exempt paragraph {paragraph} does not exist: {rule} has paragraphs 1 to 7.",
        )
    if not has_reason:
        return ExemptCheck(
            False,
            "exempt_reason",
            "An exempt item records why the public interest in withholding it outweighs "
            f"the public interest in disclosure ({rule}, paragraph {paragraph}); give the "
            "reason.",
        )
    return ExemptCheck(
        True, "", f"Exempt under paragraph {paragraph} of {rule}: only its title is public."
    )


def moved(order: Sequence[int], item: int, to_index: int) -> list[int]:
    """The agenda's item ids after moving ``item`` to position ``to_index`` (0-based,
    clamped to the agenda), every other item keeping its relative order."""
    rest = [i for i in order if i != item]
    if len(rest) == len(order):
        raise ValueError(f"Item {item} is not on this agenda.")
    to_index = max(0, min(to_index, len(rest)))
    return rest[:to_index] + [item] + rest[to_index:]


@dataclass(frozen=True)
class PublicationVerdict:
    on_time: bool
    days_left: int
    explanation: str


def publication_verdict(publish_by: date, today: date) -> PublicationVerdict:
    """Is publishing today on time for a deadline (from ``publication_deadline``)?
    Late publication needs its reason recorded and shown publicly (LGA 1972 s100B)."""
    days_left = (publish_by - today).days
    when = _long_date(publish_by)
    if days_left < 0:
        late = -days_left
        return PublicationVerdict(
            False,
            days_left,
            f"Late: the agenda had to be published by {when}, {_number(late)} "
            f"day{'s' if late != 1 else ''} ago. Publishing now needs the reason for the late "
            "publication, which is shown publicly (LGA 1972 s100B).",
        )
    if days_left == 0:
        return PublicationVerdict(True, 0, f"On time if published today, {when}: the last day.")
    return PublicationVerdict(
        True,
        days_left,
        f"On time: publish by {when}, {_number(days_left)} day{'s' if days_left != 1 else ''} "
        "from today.",
    )


# --- release review of exempt information -------------------------------------------------

#: Exempt information is reviewed for release this many months after its meeting.
RELEASE_REVIEW_MONTHS = 6


def release_review_due(
    meeting_date: date, today: date, *, months: int = RELEASE_REVIEW_MONTHS
) -> tuple[bool, str]:
    """Whether exempt information from a meeting is due for release review: the reason for
    withholding it (Schedule 12A) may lapse with time, so each exempt item or paper is
    reviewed once its meeting is ``months`` months past. Answers (due, explanation)."""
    review_on = meeting_date + relativedelta(months=months)
    if today >= review_on:
        return True, (
            f"Exempt since the meeting of {meeting_date:%-d %B %Y}: review for release was due "
            f"on {review_on:%-d %B %Y} ({months} months after the meeting)."
        )
    return False, (
        f"Exempt since the meeting of {meeting_date:%-d %B %Y}: review for release is due on "
        f"{review_on:%-d %B %Y}."
    )


# --- Live minute-taking ---------------------------------------------------------------------

#: The openings a clerk starts an item's minutes with (live mode), in the wording of the
#: example's minutes.
MINUTES_TEMPLATES: dict[str, str] = {
    "noted": "RESOLVED: that the report be noted.",
    "agreed": "RESOLVED: that the recommendations in the report be agreed.",
    "recommended": "RECOMMENDED: that",
    "deferred": "RESOLVED: that the item be deferred to a future meeting.",
}


def minutes_with_template(kind: str, text: str) -> tuple[str, str]:
    """The minutes' plain text with the template ``kind`` at its start, and an explanation.

    What was typed is kept after the opening; a text already starting with it is unchanged,
    so pressing the button twice adds nothing. An unknown kind is refused.
    """
    if kind not in MINUTES_TEMPLATES:
        known = ", ".join(MINUTES_TEMPLATES)
        raise ValueError(f"'{kind}' is not a minutes template (known: {known}).")
    opening = MINUTES_TEMPLATES[kind]
    body = text.strip()
    if body.startswith(opening):
        return text, f"The minutes already start with the '{kind}' wording."
    joined = f"{opening}\n\n{body}" if body else opening
    return joined, f"The '{kind}' wording starts the minutes; what was typed follows it."


def minutes_text_to_html(text: str) -> str:
    """Plain text typed in live mode as minutes' HTML: a blank line separates paragraphs,
    a line break stays a line break; everything is escaped (no raw HTML is ever taken)."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p
    )


def minutes_html_to_text(minutes: str) -> str:
    """The stored minutes' HTML as the plain text live mode edits (inverse of
    ``minutes_text_to_html`` for what it made; other markup is reduced to its text)."""
    text = re.sub(r"<br\s*/?>", "\n", minutes or "")
    text = re.sub(r"</(p|li|h3|h4|tr|blockquote)>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- live mode: counted votes against who may vote -----------------------------------------


@dataclass(frozen=True)
class VotersCheck:
    """Whether a counted vote fits the people who may vote on the item."""

    ok: bool
    may_vote: int
    excluded: tuple[tuple[str, str], ...]
    explanation: str


def counts_within_voters(
    *,
    votes_for: int,
    votes_against: int,
    abstentions: int,
    voters: Sequence[str],
    excluded: Sequence[tuple[str, str]] = (),
) -> VotersCheck:
    """Counted votes cannot outnumber the people who may vote on the item: the voting
    members present (in their own seat or as a substitute) less those with a disclosable
    pecuniary interest declared on it and no dispensation (LGA 1972 Schedule 12 paragraph
    39; Localism Act 2011 s31(4)). Abstentions are counted too: an abstainer is a voter
    present who did not vote for or against. ``excluded`` names who may not vote and why."""
    total = votes_for + votes_against + abstentions
    may_vote = len(voters)
    excluded = tuple(excluded)
    who = "; ".join(reason for _, reason in excluded)
    not_counted = f" Not counted: {who}." if who else ""
    if total > may_vote:
        return VotersCheck(
            False,
            may_vote,
            excluded,
            f"The counts add up to {_number(total)} vote{'s' if total != 1 else ''} but only "
            f"{_number(may_vote)} {'person' if may_vote == 1 else 'people'} may vote on this "
            "item: the voting members present less those with an undispensed disclosable "
            "pecuniary interest (Local Government Act 1972 Schedule 12 paragraph 39; Localism "
            f"Act 2011 s31(4)).{not_counted}",
        )
    return VotersCheck(
        True,
        may_vote,
        excluded,
        f"{_number(may_vote).capitalize()} {'person' if may_vote == 1 else 'people'} may vote "
        f"on this item.{not_counted}",
    )


# ---------------------------------------------------------------------------
# Revising a published agenda: late items and withdrawals (docs/adr/0018-revised-agenda.md)
# ---------------------------------------------------------------------------

_S100B4 = "LGA 1972 s100B(4)(b)"


def late_item_errors(
    *,
    title: str,
    added_on: date,
    publish_by: date,
    special_circumstances: str,
    chair: str,
    chair_agreed: bool,
) -> dict[str, str]:
    """What stops an item being added to a published agenda, by the form's field ('' for
    none). An item open to inspection by the publication deadline may be considered
    (s100B(4)(a)); after the deadline, only if the chair is of the opinion, by reason of
    special circumstances specified in the minutes, that it should be considered as a
    matter of urgency (s100B(4)(b)): the special circumstances and the chair who agreed
    are then required, and shown publicly."""
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = "Enter the title of the late item."
    if added_on <= publish_by:
        return errors
    late = f"After the deadline of {_long_date(publish_by)} the item"
    if not special_circumstances.strip():
        errors["urgency_reason"] = (
            f"{late} may be considered only as a matter of urgency: enter the special "
            f"circumstances, which the minutes will specify ({_S100B4})."
        )
    if not chair.strip():
        errors["chair"] = f"{late} needs the chair's opinion that it is urgent: name the chair."
    if not chair_agreed:
        errors["chair_agreed"] = (
            f"{late} may be considered only if the chair agrees it is urgent: confirm that "
            f"the chair agreed ({_S100B4})."
        )
    return errors


def withdrawal_errors(*, status: str, withdrawn: bool, reason: str) -> dict[str, str]:
    """What stops an item being withdrawn from a published agenda, by the form's field ('' for
    none). Withdrawal is for a published agenda before the meeting is held (a draft
    agenda's item is simply removed; after the meeting the minutes record what happened).
    The item stays in the record with its number, so the other items keep theirs, and the
    reason is shown publicly."""
    if status == SCHEDULED:
        return {"": "The agenda is not published yet: remove the item instead of withdrawing it."}
    if status != AGENDA_PUBLISHED:
        return {
            "": f"The meeting {_STATE_WORDS.get(status, status)}: an item is withdrawn "
            "only from a published agenda before the meeting is held."
        }
    if withdrawn:
        return {"": "The item is already withdrawn."}
    if not reason.strip():
        return {"reason": "Enter why the item is withdrawn (shown publicly)."}
    return {}


# --- many rows at once: items added and attendance recorded in one write (issue 14) -----


@dataclass(frozen=True)
class AgendaSlot:
    """One item's place on an agenda, as plain values: ``ref`` names the item (a stored
    item's id, or a new item's place in a batch), ``order`` sorts the agenda,
    ``agenda_number`` is the number printed beside it, ``standing`` its standing-item key
    ('' for ordinary business) and ``minute_number`` its minute number, if any."""

    ref: object
    order: int = 0
    agenda_number: str = ""
    standing: str = ""
    minute_number: int | None = None


def agenda_with_item(
    slots: Sequence[AgendaSlot],
    new: AgendaSlot,
    *,
    position: int | None = None,
    at_end: bool = False,
) -> tuple[AgendaSlot, ...]:
    """The agenda after one more item is added, in order, as a clerk adding it sees it.

    The item goes at ``position`` (the place of the item it goes before: that item and
    every later one move down one place), or else just before the closing standing items
    (questions, dates of future meetings, any other urgent business), or at the very end
    when the agenda is recorded as it was printed (``at_end``). The items are then numbered
    1, 2, 3 ... in order; minute numbers are not touched. ``new.order`` is not read."""
    ordered = sorted(slots, key=lambda s: s.order)
    if position is None:
        closing = [] if at_end else [s for s in ordered if s.standing in CLOSING]
        order = closing[0].order if closing else (ordered[-1].order + 10 if ordered else 10)
    else:
        order = position
    moved = [replace(s, order=s.order + 10) if s.order >= order else s for s in ordered]
    placed = sorted([*moved, replace(new, order=order)], key=lambda s: s.order)
    return tuple(replace(s, agenda_number=str(n)) for n, s in enumerate(placed, start=1))


ATTENDANCE_PRESENT = "present"
ATTENDANCE_SUBSTITUTE = "substitute"


@dataclass(frozen=True)
class RosterLine:
    """One attendance line to record: who (``person``, an id, and ``name``), their status,
    and for a substitute the member whose place they take (``substitute_for``, an id, and
    ``substitute_for_name``)."""

    person: int
    name: str
    status: str
    substitute_for: int | None = None
    substitute_for_name: str = ""


def roster_refusal(
    lines: Sequence[RosterLine],
    *,
    statuses: Iterable[str],
    members: Iterable[int],
    recorded: Sequence[tuple[int, str, int | None, str]] = (),
    body: str,
    day: date,
) -> str | None:
    """Why these attendance lines cannot be recorded, or None when they can.

    The lines are read in turn, each against the record as the lines before it leave it
    (a person listed twice keeps the later line). A status must be one Moot knows. A
    substitute attends in a named member's place (terms of reference 5.3): that member
    must be a member of the body on the meeting's day, must not be present in their own
    seat, and must not already have someone else substituting for them. Only a substitute
    attends for another member. ``members``: the ids of the body's members on the day;
    ``recorded``: the attendance already recorded, in order, as (person id, status,
    substitute-for id, name). The refusal is in the words of recording one line at a time.
    """
    known = frozenset(statuses)
    seated = frozenset(members)
    state: dict[int, tuple[str, int | None, str]] = {
        pid: (status, sub, name) for pid, status, sub, name in recorded
    }
    for line in lines:
        if line.status not in known:
            return f"'{line.status}' is not an attendance status."
        if line.status == ATTENDANCE_SUBSTITUTE:
            if line.substitute_for is None:
                return (
                    f"{line.name} is recorded as a substitute but for no member; a substitute "
                    "attends in a named member's place (terms of reference 5.3)."
                )
            member = line.substitute_for_name
            if line.substitute_for not in seated:
                return (
                    f"{line.name} cannot substitute for {member}: {member} is not a member of "
                    f"{body} on {day:%-d %B %Y}."
                )
            own = state.get(line.substitute_for)
            if own is not None and own[0] == ATTENDANCE_PRESENT:
                return (
                    f"{line.name} cannot substitute for {member}, who is present in their own seat."
                )
            taken = [
                name
                for pid, (_status, sub, name) in state.items()
                if sub == line.substitute_for and pid != line.person
            ]
            if taken:
                return f"{member} already has a substitute at this meeting ({taken[0]})."
        elif line.substitute_for is not None:
            return f"Only a substitute attends for another member; {line.name} is {line.status}."
        state[line.person] = (line.status, line.substitute_for, line.name)
    return None
