"""Key decisions, exceptions, decision records and call-in, as pure functions.

No ORM, no clock, no I/O: plain values in, a verdict out, each with an explanation for a
clerk that names the rule and the regulation. "The 2012 Regulations" are the Local
Authorities (Executive Arrangements) (Meetings and Access to Information) (England)
Regulations 2012 (SI 2012/2089).

Clear days
    The 2012 Regulations do not define "clear days"; as for agendas (see
    ``moot.meetings.rules``) the day of publication and the day of the decision never count.
    By default every other day counts, weekends and bank holidays included (the plain
    reading of "28 clear days" that most councils follow); an authority whose constitution
    counts working days only sets ``KeyDecisionPolicy.counting`` to its agenda policy.

Key decision (reg 8)
    Likely to incur expenditure or make savings that are significant for the service's
    budget, or significant in its effects on communities in two or more wards. The
    authority sets what "significant" means (reg 8(2)): revenue and capital thresholds and
    a number of wards.

Notice (reg 9)
    At least 28 clear days before the decision, a notice stating the matter, the decision
    maker, the date or period, the documents to be submitted, where copies can be had, that
    other documents may be submitted, and how to ask for them.

General exception (reg 10)
    When 28 days' notice is impracticable: the chair of the relevant overview and scrutiny
    committee is told in writing, a notice is made public, and at least 5 clear days pass
    after both before the decision.

Special urgency (reg 11)
    When even 5 clear days are impossible: the agreement of the chair of the overview and
    scrutiny committee, or if there is none or they cannot act, the chair of the council,
    or failing that the vice-chair; then a notice of the reasons is published. Each case is
    reported to council (reg 19).

Decision records (regs 12-13; Openness Regulations 2014 reg 7)
    The decision, its date, the reasons, the alternatives considered and rejected, any
    conflict of interest declared and any dispensation granted.

Call-in (Local Government Act 2000 s9F; the authority's scrutiny procedure rules)
    An executive decision is not implemented until a set number of working days after it is
    published, in case scrutiny calls it in. Urgent decisions are exempt, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from moot.meetings.rules import ClearDayPolicy, counts_as_clear_day, non_counting_reason

REGS_2012 = "the 2012 Regulations (SI 2012/2089)"
NOTICE_CLEAR_DAYS = 28
EXCEPTION_CLEAR_DAYS = 5

NORMAL = "normal"
GENERAL_EXCEPTION = "general_exception"
SPECIAL_URGENCY = "special_urgency"
ROUTES = {
    NORMAL: "28 clear days' notice (reg 9)",
    GENERAL_EXCEPTION: "general exception (reg 10)",
    SPECIAL_URGENCY: "special urgency (reg 11)",
}

#: Who may agree to a special urgency decision, in the order reg 11 asks them.
URGENCY_AGREERS = ("scrutiny_chair", "council_chair", "council_vice_chair")
URGENCY_AGREER_NAMES = {
    "scrutiny_chair": "the chair of the overview and scrutiny committee",
    "council_chair": "the chair of the council",
    "council_vice_chair": "the vice-chair of the council",
}

_MONTHS = [
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
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_MAX_DAYS = 3 * 366


def long_date(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


class Refused(ValueError):
    """A record the rules do not allow. ``field`` names the input at fault, ``rule`` the
    regulation."""

    def __init__(self, field: str, message: str, rule: str):
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {message} ({rule}).")


# --- counting -----------------------------------------------------------------------------

#: Calendar clear days: only the day of publication and the day of decision are left out.
CALENDAR = ClearDayPolicy(
    clear_days=NOTICE_CLEAR_DAYS, non_counting_weekdays=frozenset(), bank_holiday_region=None
)


def clear_days_after(start: date, days: int, policy: ClearDayPolicy) -> date:
    """The first date D such that ``days`` counting days lie strictly between ``start`` and
    D. Publishing on ``start``, a decision may be made on D or later."""
    if days < 0:
        raise ValueError("days must be 0 or more.")
    counted = 0
    day = start
    for _ in range(_MAX_DAYS):
        if counted == days:
            return day + timedelta(days=1)
        day += timedelta(days=1)
        if counts_as_clear_day(day, policy):
            counted += 1
    raise ValueError("The counting policy leaves almost no counting days.")


def clear_days_strictly_between(start: date, end: date, policy: ClearDayPolicy) -> int:
    count, day = 0, start + timedelta(days=1)
    while day < end:
        count += counts_as_clear_day(day, policy)
        day += timedelta(days=1)
    return count


# --- key decision (reg 8) -------------------------------------------------------------------


@dataclass(frozen=True)
class Thresholds:
    """What the authority counts as "significant" (reg 8(2))."""

    revenue: Decimal = Decimal("500000")
    capital: Decimal = Decimal("1000000")
    wards: int = 2


@dataclass(frozen=True)
class KeyTest:
    key: bool
    reasons: tuple[str, ...]
    explanation: str


def is_key_decision(
    *,
    revenue: Decimal | int = 0,
    capital: Decimal | int = 0,
    wards_affected: int = 0,
    thresholds: Thresholds = Thresholds(),
) -> KeyTest:
    """Whether a proposed executive decision is a key decision under reg 8 and the
    authority's thresholds (amounts spent or saved; wards significantly affected)."""
    reasons = []
    if Decimal(revenue) >= thresholds.revenue:
        reasons.append(
            f"revenue of £{Decimal(revenue):,.0f} (threshold £{thresholds.revenue:,.0f})"
        )
    if Decimal(capital) >= thresholds.capital:
        reasons.append(
            f"capital of £{Decimal(capital):,.0f} (threshold £{thresholds.capital:,.0f})"
        )
    if wards_affected >= thresholds.wards:
        reasons.append(
            f"significant effect in {wards_affected} wards (threshold {thresholds.wards})"
        )
    if reasons:
        text = "A key decision (reg 8 of " + REGS_2012 + "): " + "; ".join(reasons) + "."
    else:
        text = (
            "Not a key decision: below the authority's thresholds for spending, savings and "
            f"wards affected (reg 8 of {REGS_2012})."
        )
    return KeyTest(bool(reasons), tuple(reasons), text)


# --- notice (reg 9) -------------------------------------------------------------------------

#: The reg 9(1) fields of a notice of a key decision, with the words a clerk reads.
REG9_FIELDS: dict[str, str] = {
    "matter": "the matter in respect of which the decision is to be made (reg 9(1)(b))",
    "decision_maker": "the decision maker: the person's name and title, or the body "
    "and its members (reg 9(1)(c))",
    "decision_date": "the date on which, or period within which, the decision is to be "
    "made (reg 9(1)(d))",
    "documents": "the list of documents submitted to the decision maker (reg 9(1)(e))",
    "documents_address": "the address from which copies of the documents are available "
    "(reg 9(1)(f))",
    "other_documents": "that other documents relevant to the matter may be submitted (reg 9(1)(g))",
    "request_procedure": "the procedure for requesting details of those documents (reg 9(1)(h))",
}


def notice_errors(values: dict[str, object]) -> dict[str, str]:
    """Each reg 9 field missing from ``values``, with what it must say."""
    errors = {}
    for name, words in REG9_FIELDS.items():
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors[name] = f"A notice of a key decision must state {words} of {REGS_2012}."
    return errors


# --- may the decision be made? (regs 9-11) -------------------------------------------------


@dataclass(frozen=True)
class ExceptionRecord:
    """A general exception or special urgency record, as plain values."""

    kind: str  # GENERAL_EXCEPTION or SPECIAL_URGENCY
    reasons: str
    scrutiny_chair_informed_on: date | None = None  # reg 10(2)(a)
    public_notice_on: date | None = None  # reg 10(2)(b) / reg 11 notice
    agreed_by_role: str = ""  # reg 11: one of URGENCY_AGREERS
    agreed_by_name: str = ""
    agreed_on: date | None = None


@dataclass(frozen=True)
class Timing:
    allowed: bool
    route: str
    earliest: date | None
    field: str = ""
    rule: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class KeyDecisionPolicy:
    counting: ClearDayPolicy = CALENDAR
    notice_days: int = NOTICE_CLEAR_DAYS
    exception_days: int = EXCEPTION_CLEAR_DAYS


def exception_errors(record: ExceptionRecord) -> dict[str, str]:
    """What an exception record lacks under reg 10 or reg 11."""
    errors: dict[str, str] = {}
    if not record.reasons.strip():
        errors["reasons"] = (
            "An exception must give the reasons why notice could not be given "
            f"(reg {'10(3)' if record.kind == GENERAL_EXCEPTION else '11(2)'} of {REGS_2012})."
        )
    if record.kind == GENERAL_EXCEPTION:
        if record.scrutiny_chair_informed_on is None:
            errors["scrutiny_chair_informed_on"] = (
                "A general exception needs the date on which the chair of the overview and "
                "scrutiny committee was told in writing (reg 10(2)(a) of " + REGS_2012 + ")."
            )
        if record.public_notice_on is None:
            errors["public_notice_on"] = (
                "A general exception needs the date its notice was made available to the "
                "public (reg 10(2)(b) of " + REGS_2012 + ")."
            )
    elif record.kind == SPECIAL_URGENCY:
        if record.agreed_by_role not in URGENCY_AGREERS:
            errors["agreed_by_role"] = (
                "Special urgency needs the agreement of the chair of the overview and "
                "scrutiny committee, or else the chair of the council, or else its "
                "vice-chair (reg 11(2) of " + REGS_2012 + ")."
            )
        if not record.agreed_by_name.strip():
            errors["agreed_by_name"] = (
                "Name the person who agreed that the decision is urgent and cannot "
                "reasonably be deferred (reg 11(2) of " + REGS_2012 + ")."
            )
        if record.agreed_on is None:
            errors["agreed_on"] = "Give the date of that agreement (reg 11 of " + REGS_2012 + ")."
    else:
        errors["kind"] = "An exception is a general exception (reg 10) or special urgency (reg 11)."
    return errors


def key_decision_timing(
    *,
    first_published: date | None,
    decision_date: date,
    exception: ExceptionRecord | None = None,
    policy: KeyDecisionPolicy = KeyDecisionPolicy(),
) -> Timing:
    """Whether a key decision may be made on ``decision_date``.

    On the normal route the notice must have been first published at least 28 clear days
    before (reg 9(2)); otherwise only a complete general exception with 5 clear days after
    both the scrutiny chair's notice and the public notice (reg 10), or a complete special
    urgency record agreed on or before the decision date (reg 11), allows it.
    """
    if first_published is not None:
        earliest = clear_days_after(first_published, policy.notice_days, policy.counting)
        if decision_date >= earliest:
            return Timing(
                True,
                NORMAL,
                earliest,
                explanation=(
                    f"First published on {long_date(first_published)}; at least "
                    f"{policy.notice_days} clear days have passed, so the decision may be "
                    f"made from {long_date(earliest)} (reg 9 of {REGS_2012})."
                ),
            )
    else:
        earliest = None
    if exception is None:
        got = (
            f"only {clear_days_strictly_between(first_published, decision_date, policy.counting)}"
            f" clear days after the notice was first published on {long_date(first_published)}"
            if first_published
            else "without any notice in the forward plan"
        )
        when = f"; the earliest date is {long_date(earliest)}" if earliest else ""
        return Timing(
            False,
            NORMAL,
            earliest,
            field="decision_date",
            rule="reg 9 of " + REGS_2012,
            explanation=(
                f"A key decision on {long_date(decision_date)} would come {got}: it needs "
                f"{policy.notice_days} clear days' notice{when}, or a general exception "
                f"(reg 10) or special urgency (reg 11) record (reg 9 of {REGS_2012})."
            ),
        )
    errors = exception_errors(exception)
    if errors:
        name, text = next(iter(errors.items()))
        return Timing(False, exception.kind, earliest, field=name, rule=text, explanation=text)
    if exception.kind == GENERAL_EXCEPTION:
        latest_notice = max(exception.scrutiny_chair_informed_on, exception.public_notice_on)
        allowed_from = clear_days_after(latest_notice, policy.exception_days, policy.counting)
        if decision_date < allowed_from:
            return Timing(
                False,
                GENERAL_EXCEPTION,
                allowed_from,
                field="decision_date",
                rule="reg 10 of " + REGS_2012,
                explanation=(
                    f"Under the general exception the decision needs {policy.exception_days} "
                    f"clear days after the scrutiny chair was told and the public notice "
                    f"(the later was {long_date(latest_notice)}): not before "
                    f"{long_date(allowed_from)} (reg 10(2)(c) of {REGS_2012}); if it cannot "
                    "wait, special urgency applies (reg 11)."
                ),
            )
        return Timing(
            True,
            GENERAL_EXCEPTION,
            allowed_from,
            explanation=(
                f"Made under the general exception (reg 10 of {REGS_2012}): the scrutiny "
                f"chair was told on {long_date(exception.scrutiny_chair_informed_on)} and the "
                f"public notice given on {long_date(exception.public_notice_on)}. Reasons: "
                f"{exception.reasons.strip()}"
            ),
        )
    if exception.agreed_on > decision_date:
        return Timing(
            False,
            SPECIAL_URGENCY,
            exception.agreed_on,
            field="agreed_on",
            rule="reg 11 of " + REGS_2012,
            explanation=(
                "Special urgency must be agreed before the decision is made: agreed on "
                f"{long_date(exception.agreed_on)}, after the decision date "
                f"{long_date(decision_date)} (reg 11 of {REGS_2012})."
            ),
        )
    return Timing(
        True,
        SPECIAL_URGENCY,
        exception.agreed_on,
        explanation=(
            f"Made under special urgency (reg 11 of {REGS_2012}), agreed by "
            f"{exception.agreed_by_name.strip()} "
            f"({URGENCY_AGREER_NAMES[exception.agreed_by_role]}) on "
            f"{long_date(exception.agreed_on)}. Reasons: {exception.reasons.strip()}"
        ),
    )


# --- decision records (regs 12-13; Openness reg 7) ----------------------------------------


def decision_record_errors(
    *, decision: str, decided_on: date | None, reasons: str, alternatives: str, maker: str
) -> dict[str, str]:
    """What a decision record lacks (regs 12-13 of the 2012 Regulations; for officers,
    reg 7 of the Openness of Local Government Bodies Regulations 2014)."""
    rule = f"regs 12-13 of {REGS_2012}; reg 7 of the Openness Regulations 2014"
    errors = {}
    if not decision.strip():
        errors["decision"] = f"A decision record must state the decision taken ({rule})."
    if decided_on is None:
        errors["decided_on"] = f"A decision record must give the date it was made ({rule})."
    if not reasons.strip():
        errors["reasons"] = f"A decision record must give the reasons for the decision ({rule})."
    if not alternatives.strip():
        errors["alternatives"] = (
            "A decision record must give the alternative options considered and rejected "
            f"(write 'None' if there were none) ({rule})."
        )
    if not maker.strip():
        errors["maker"] = f"A decision record must name the decision maker ({rule})."
    return errors


# --- call-in ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CallInPolicy:
    """The authority's call-in rules (its scrutiny procedure rules): the window, and who
    may call in (``who``, one of ``CALL_IN_WHO``; the scrutiny committee's members and
    chair by name when the rule names them)."""

    working_days: int = 5
    cut_off: time = time(17, 0)
    members_needed: int = 2
    counting: ClearDayPolicy = field(default_factory=ClearDayPolicy)  # working days
    who: str = "any"
    scrutiny_name: str = ""
    scrutiny_members: frozenset[str] = frozenset()
    scrutiny_chair: str = ""


#: Who may call a decision in (LGA 2000 s9F and the authority's scrutiny procedure rules,
#: which say how many members and of which committee; many also let the chair alone).
CALL_IN_ANY = "any"
CALL_IN_SCRUTINY = "scrutiny"
CALL_IN_SCRUTINY_OR_CHAIR = "scrutiny_or_chair"
CALL_IN_WHO: dict[str, str] = {
    CALL_IN_ANY: "Any members of the council",
    CALL_IN_SCRUTINY: "Members of the scrutiny committee",
    CALL_IN_SCRUTINY_OR_CHAIR: "Members of the scrutiny committee, or its chair alone",
}
_HONORIFICS = re.compile(r"^(?:(?:cllr|councillor|county councillor|dr|mr|mrs|ms|miss)\.?\s+)+")


def plain_name(name: str) -> str:
    """A member's name as compared: lower case, single spaces, no "Cllr" or title before it
    ("Cllr  Jane Smith" and "jane smith" are the same member)."""
    return _HONORIFICS.sub("", " ".join(name.lower().split()))


def call_in_rights_text(policy: CallInPolicy) -> str:
    """Who may call a decision in, in a sentence for the clerk's call-in form."""
    needed = policy.members_needed
    if policy.who not in (CALL_IN_SCRUTINY, CALL_IN_SCRUTINY_OR_CHAIR):
        return f"Any {needed} members of the council may call a decision in."
    text = f"{needed} members of {policy.scrutiny_name or 'the scrutiny committee'}"
    if policy.who == CALL_IN_SCRUTINY_OR_CHAIR:
        chair = f" ({policy.scrutiny_chair})" if policy.scrutiny_chair else ""
        text += f", or its chair{chair} alone,"
    return text + " may call a decision in."


def call_in_rights_error(members: Sequence[str], policy: CallInPolicy) -> str:
    """Why the members named may not call a decision in ("" when they may), naming the
    rule: how many members are needed, of which committee, or its chair alone."""
    rule = "the authority's call-in rules (Local Government Act 2000 s9F)"
    names = list(dict.fromkeys(m.strip() for m in members if m.strip()))
    needed = policy.members_needed
    if policy.who not in (CALL_IN_SCRUTINY, CALL_IN_SCRUTINY_OR_CHAIR):
        if len({plain_name(n) for n in names}) >= needed:
            return ""
        return f"A call-in needs {needed} members; {len(names)} named ({rule})."
    committee = policy.scrutiny_name or "the scrutiny committee"
    chair = policy.scrutiny_chair
    if (
        policy.who == CALL_IN_SCRUTINY_OR_CHAIR
        and chair
        and plain_name(chair) in {plain_name(n) for n in names}
    ):
        return ""
    eligible = {plain_name(m) for m in policy.scrutiny_members}
    on = [n for n in names if plain_name(n) in eligible]
    if len({plain_name(n) for n in on}) >= needed:
        return ""
    text = f"Under {rule} a call-in needs {needed} members of {committee}"
    if policy.who == CALL_IN_SCRUTINY_OR_CHAIR:
        text += f", or its chair{f' ({chair})' if chair else ''} alone"
    text += f"; {len(on)} of them named" + (f" ({', '.join(on)})" if on else "")
    off = [n for n in names if n not in on]
    if off:
        text += f"; not members of {committee}: {', '.join(off)}"
    return text + "."


@dataclass(frozen=True)
class CallInWindow:
    exempt: bool
    closes_at: datetime | None
    effective_from: date
    explanation: str


def _next_working_day(day: date, policy: ClearDayPolicy) -> date:
    day += timedelta(days=1)
    while not counts_as_clear_day(day, policy):
        day += timedelta(days=1)
    return day


# --- the decision record's clock (regs 12-13) -------------------------------------------------

RECORD_WAITING = "waiting"
RECORD_DUE = "due"
RECORD_OVERDUE = "overdue"


@dataclass(frozen=True)
class RecordClock:
    """Where a decision's record stands before it is published: ``state`` is waiting (the
    decision is not yet due), due (publish it by ``due_by``) or overdue."""

    state: str
    due_by: date
    explanation: str


def record_clock(
    decision_date: date, today: date, working_days: int, policy: ClearDayPolicy
) -> RecordClock:
    """The clock of a decision whose record is not yet published.

    Regs 12-13 of the 2012 Regulations: after an executive decision the proper officer
    produces a written record "as soon as reasonably practicable", and the call-in period
    runs only from its publication. The authority says what that means in working days
    (``working_days`` after the day of the decision, counted as its agenda days are).
    """
    due_by = decision_date
    for _ in range(working_days):
        due_by = _next_working_day(due_by, policy)
    rule = "regs 12-13 of the 2012 Regulations: as soon as reasonably practicable"
    target = f"the authority's {working_days} working days"
    if today < decision_date:
        return RecordClock(
            RECORD_WAITING,
            due_by,
            f"To be decided on {long_date(decision_date)}; the record will be due by "
            f"{long_date(due_by)} ({target}; {rule}).",
        )
    if today <= due_by:
        return RecordClock(
            RECORD_DUE,
            due_by,
            f"Decided on {long_date(decision_date)}: publish the record by {long_date(due_by)} "
            f"({target}; {rule}). The call-in period starts only when it is published.",
        )
    late = (today - due_by).days
    return RecordClock(
        RECORD_OVERDUE,
        due_by,
        f"Overdue: the record was due by {long_date(due_by)}, {late} day{'s' if late != 1 else ''}"
        f" ago ({target}; {rule}). The decision cannot take effect until it is published.",
    )


def call_in_window(
    published_at: datetime,
    policy: CallInPolicy = CallInPolicy(),
    *,
    urgent: bool = False,
    urgency_reason: str = "",
) -> CallInWindow:
    """When the call-in period closes and from when the decision takes effect.

    Day one of the count is the first working day after publication (the day of
    publication never counts); the window closes at the cut-off hour on the last of
    ``working_days`` working days, and the decision takes effect on the next working day.
    ``published_at`` is local time (Europe/London). An urgent decision is exempt from
    call-in and takes effect on the day it is published; the reason must be given.
    """
    published_on = published_at.date()
    if urgent:
        if not urgency_reason.strip():
            raise Refused(
                "urgency_reason",
                "an urgent decision is exempt from call-in only with the reason it cannot wait",
                "the authority's scrutiny procedure rules",
            )
        return CallInWindow(
            True,
            None,
            published_on,
            f"Urgent: not subject to call-in, effective from {long_date(published_on)}. "
            f"Reason: {urgency_reason.strip()}",
        )
    day, counted, skipped = published_on, 0, []
    while counted < policy.working_days:
        day += timedelta(days=1)
        if counts_as_clear_day(day, policy.counting):
            counted += 1
        else:
            reason = non_counting_reason(day, policy.counting)
            if reason not in ("Saturday", "Sunday"):
                skipped.append(f"{long_date(day)} ({reason})")
    closes = datetime.combine(day, policy.cut_off, tzinfo=published_at.tzinfo)
    effective = _next_working_day(day, policy.counting)
    text = (
        f"Published {long_date(published_on)}. It may be called in until "
        f"{policy.cut_off.strftime('%H:%M')} on {long_date(day)}, working day "
        f"{policy.working_days} after publication"
    )
    if skipped:
        text += "; not counting " + ", ".join(skipped)
    text += f". Unless called in, it takes effect on {long_date(effective)}."
    return CallInWindow(False, closes, effective, text)


def call_in_errors(
    *,
    window: CallInWindow,
    requested_at: datetime,
    members: Sequence[str],
    grounds: str,
    policy: CallInPolicy = CallInPolicy(),
) -> dict[str, str]:
    """Why a call-in request cannot be accepted (the scrutiny procedure rules)."""
    rule = "the authority's call-in rules (Local Government Act 2000 s9F)"
    errors = {}
    if window.exempt:
        errors["decision"] = (
            f"This decision was taken as urgent and is not subject to call-in ({rule}). "
            + window.explanation
        )
    elif requested_at > window.closes_at:
        errors["requested_at"] = (
            f"The call-in period closed at {window.closes_at.strftime('%H:%M')} on "
            f"{long_date(window.closes_at.date())}; a request made later is refused ({rule})."
        )
    refusal = call_in_rights_error(members, policy)
    if refusal:
        errors["members"] = refusal
    if not grounds.strip():
        errors["grounds"] = f"A call-in must give its grounds ({rule})."
    return errors


# --- reg 19 report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UrgentDecision:
    decided_on: date
    title: str
    maker: str
    reasons: str
    agreed_by: str


@dataclass(frozen=True)
class Reg19Report:
    date_from: date
    date_to: date
    decisions: tuple[UrgentDecision, ...]
    explanation: str


def reg19_report(
    decisions: Iterable[UrgentDecision], date_from: date, date_to: date
) -> Reg19Report:
    """The executive's report to council of the special urgency decisions made in a period
    (reg 19 of the 2012 Regulations), oldest first."""
    if date_from > date_to:
        raise Refused("--to", f"must be on or after --from ({date_from.isoformat()})", "reg 19")
    rows = tuple(
        sorted(
            (d for d in decisions if date_from <= d.decided_on <= date_to),
            key=lambda d: (d.decided_on, d.title),
        )
    )
    count = len(rows)
    text = (
        f"Between {long_date(date_from)} and {long_date(date_to)}, {count} executive "
        f"decision{'s were' if count != 1 else ' was'} made under special urgency "
        f"(reg 11); reg 19 of {REGS_2012} requires this report to council."
    )
    return Reg19Report(date_from, date_to, rows, text)


# --- private meetings of the executive (reg 5) -------------------------------------------

PRIVATE_FIRST_NOTICE_DAYS = 28
PRIVATE_SECOND_NOTICE_DAYS = 5


@dataclass(frozen=True)
class PrivateMeetingVerdict:
    allowed: bool
    first_notice_by: date
    second_notice_by: date
    errors: dict[str, str]
    explanation: str


def _latest_publication(meeting_date: date, days: int, policy: ClearDayPolicy) -> date:
    """The latest date a notice may be published leaving ``days`` clear days before the
    meeting (the day of publication and of the meeting never count)."""
    day, counted = meeting_date, 0
    for _ in range(_MAX_DAYS):
        day -= timedelta(days=1)
        if counts_as_clear_day(day, policy):
            counted += 1
            if counted == days:
                return day - timedelta(days=1)
    raise ValueError("The counting policy leaves almost no counting days.")


def private_meeting_verdict(
    *,
    meeting_date: date,
    reasons: str,
    first_notice_on: date | None,
    second_notice_on: date | None,
    representations: str = "",
    response: str = "",
    urgency: ExceptionRecord | None = None,
    policy: ClearDayPolicy = CALENDAR,
) -> PrivateMeetingVerdict:
    """Whether an executive meeting (or part of one) may be held in private (reg 5).

    28 clear days before, a notice of the intention with the reasons (reg 5(1)-(2)); 5
    clear days before, a further notice with the reasons, any representations that it
    should be open and the response to them (reg 5(3)-(4)). If the 28 days cannot be kept,
    only the agreement of the scrutiny chair (else the chair, else the vice-chair, of the
    council) that the meeting is urgent allows it, with a notice of the reasons
    (reg 5(6)-(7)).
    """
    rule = f"reg 5 of {REGS_2012}"
    first_by = _latest_publication(meeting_date, PRIVATE_FIRST_NOTICE_DAYS, policy)
    second_by = _latest_publication(meeting_date, PRIVATE_SECOND_NOTICE_DAYS, policy)
    errors: dict[str, str] = {}
    if not reasons.strip():
        errors["reasons"] = f"A notice of a private meeting must give the reasons ({rule}(2))."
    if representations.strip() and not response.strip():
        errors["response"] = (
            "Representations were received that the meeting should be open: the second "
            f"notice must give the response to them ({rule}(4)(c))."
        )
    first_ok = first_notice_on is not None and first_notice_on <= first_by
    if not first_ok:
        if urgency is None:
            given = (
                f"was given on {long_date(first_notice_on)}" if first_notice_on else "was not given"
            )
            errors["first_notice_on"] = (
                f"The notice of intention to meet in private {given}; it is due by "
                f"{long_date(first_by)}, 28 clear days before the meeting, unless the scrutiny "
                f"chair agrees the meeting is urgent ({rule}(1), (6))."
            )
        else:
            # Named as the notice's urgency fields, so they never clash with its reasons.
            problems = exception_errors(replace(urgency, kind=SPECIAL_URGENCY))
            if problems:
                errors.update({f"urgency_{name}": text for name, text in problems.items()})
            elif urgency.agreed_on > meeting_date:
                errors["urgency_agreed_on"] = (
                    f"The urgency agreement must come before the meeting ({rule}(6))."
                )
    if urgency is None and (second_notice_on is None or second_notice_on > second_by):
        errors["second_notice_on"] = (
            f"The further notice is due by {long_date(second_by)}, 5 clear days before the "
            f"meeting ({rule}(3))."
        )
    if errors:
        text = " ".join(errors.values())
    elif first_ok:
        text = (
            f"Notices given on {long_date(first_notice_on)} and {long_date(second_notice_on)}: "
            f"the meeting on {long_date(meeting_date)} may be held in private ({rule})."
        )
    else:
        text = (
            f"Held in private under the urgency procedure, agreed by "
            f"{urgency.agreed_by_name.strip()} on {long_date(urgency.agreed_on)} ({rule}(6)). "
            f"Reasons: {urgency.reasons.strip()}"
        )
    return PrivateMeetingVerdict(not errors, first_by, second_by, errors, text)
