"""Writes to the executive record: transactional, validated by the pure rules, audited.

Every refusal is an :class:`ExecutiveError` naming the field at fault and the rule.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from moot.executive import profiles, rules
from moot.executive.models import (
    CallIn,
    ExceptionRecord,
    ExecutiveDecision,
    ExecutiveSettings,
    KeyDecisionNotice,
)
from moot.governance import bilingual
from moot.governance import selectors as gov_selectors
from moot.governance import welsh as welsh_text
from moot.governance.models import Authority, Membership
from moot.governance.services import changes_between, log_action
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting

LONDON = ZoneInfo("Europe/London")


class ExecutiveError(ValueError):
    """A record the rules refuse; ``errors`` maps each field at fault to the rule's words."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(f"{k}: {v}" for k, v in errors.items()))


# --- settings and policies ----------------------------------------------------------------


def settings_for(authority: Authority | None = None) -> ExecutiveSettings:
    authority = authority or gov_selectors.authority()
    if authority is None:
        return ExecutiveSettings()
    found = ExecutiveSettings.objects.filter(authority=authority).first()
    return found or ExecutiveSettings(authority=authority)


def _working_policy():
    return meeting_services.clear_day_policy()


def key_decision_policy(settings: ExecutiveSettings | None = None) -> rules.KeyDecisionPolicy:
    settings = settings or settings_for()
    if settings.notice_counting == ExecutiveSettings.Counting.WORKING:
        return rules.KeyDecisionPolicy(counting=_working_policy())
    return rules.KeyDecisionPolicy()


def call_in_policy(
    settings: ExecutiveSettings | None = None, *, on: date | None = None
) -> rules.CallInPolicy:
    """The authority's call-in rules, with the scrutiny committee's members and chair on
    ``on`` (today) by name when the rule limits call-in to them."""
    settings = settings or settings_for()
    members, chair = frozenset(), settings.scrutiny_chair
    scrutiny = settings.scrutiny_body
    if settings.call_in_who != rules.CALL_IN_ANY and scrutiny is not None:
        day = on or timezone.localdate()
        current = Membership.objects.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=day),
            seat__section__terms_of_reference__body=scrutiny,
            start_date__lte=day,
        ).select_related("person")
        members = frozenset(m.person.name for m in current)
        chair = chair or next((m.person.name for m in current if m.role == "chair"), "")
    return rules.CallInPolicy(
        working_days=settings.call_in_working_days,
        cut_off=settings.call_in_cut_off,
        members_needed=settings.call_in_members_needed,
        counting=_working_policy(),
        who=settings.call_in_who,
        scrutiny_name=scrutiny.name if scrutiny is not None else "",
        scrutiny_members=members,
        scrutiny_chair=chair,
    )


def thresholds(settings: ExecutiveSettings | None = None) -> rules.Thresholds:
    settings = settings or settings_for()
    return rules.Thresholds(
        revenue=settings.revenue_threshold,
        capital=settings.capital_threshold,
        wards=settings.wards_threshold,
    )


@transaction.atomic
def authority_apply_nation(*, authority: Authority, nation: str, user=None) -> Authority:
    """Set the authority's nation and the clocks that follow from it: agenda clear days and
    whose bank holidays do not count (``moot.executive.profiles``)."""
    profile = profiles.nation_profile(nation)
    before = (authority.nation, authority.clear_days, authority.bank_holiday_region)
    authority.nation = nation
    authority.clear_days = profile.agenda_clear_days
    authority.bank_holiday_region = profile.bank_holiday_region
    authority.save(update_fields=["nation", "clear_days", "bank_holiday_region"])
    log_action(
        "moot.authority.nation_applied",
        authority,
        user=user,
        changes={
            "nation": [before[0], nation],
            "clear_days": [before[1], profile.agenda_clear_days],
            "bank_holiday_region": [before[2], profile.bank_holiday_region],
        },
    )
    return authority


# --- notices (reg 9) --------------------------------------------------------------------------


def _clean(values: dict) -> dict:
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}


def _notice_errors(values: dict) -> dict[str, str]:
    """Why a notice's values are refused: a missing reg 9 field, or a key decision that
    does not say why it is key (reg 8)."""
    errors = rules.notice_errors(values)
    if values.get("key", True) and not values.get("key_reason"):
        errors["key_reason"] = (
            "Say why this is a key decision: the amount spent or saved, or the wards "
            f"significantly affected (reg 8 of {rules.REGS_2012})."
        )
    return errors


@transaction.atomic
def notice_create(*, user=None, welsh: dict | None = None, **values) -> KeyDecisionNotice:
    """A forward plan entry, refused if any reg 9 field is missing; ``welsh``: the Welsh
    text of its fields, for an authority that publishes in Welsh and English."""
    values = _clean(values)
    errors = _notice_errors(values)
    if errors:
        raise ExecutiveError(errors)
    notice = KeyDecisionNotice.objects.create(**values)
    log_action("moot.executive.notice_created", notice, user=user, data={"matter": notice.matter})
    if welsh:
        welsh_text.welsh_set(notice, welsh, user=user)
    return notice


#: What a clerk may change on a notice (its first-published date never moves).
NOTICE_FIELDS = (
    "body",
    "matter",
    "summary",
    "decision_maker",
    "decision_date",
    "decision_period",
    "documents",
    "documents_address",
    "other_documents",
    "request_procedure",
    "key",
    "key_reason",
    "wards",
    "private_paragraph",
)


@transaction.atomic
def notice_change(
    *, notice: KeyDecisionNotice, user=None, welsh: dict | None = None, **values
) -> KeyDecisionNotice:
    """Change a notice that is not yet decided or withdrawn, checked as ``notice_create``
    checks a new one; each changed field is audited with its old and new value."""
    notice = KeyDecisionNotice.objects.select_for_update().get(pk=notice.pk)
    if notice.status in (KeyDecisionNotice.Status.DECIDED, KeyDecisionNotice.Status.WITHDRAWN):
        raise ExecutiveError(
            {
                "notice": f"{notice} is {notice.get_status_display().lower()}: it can no longer change."
            }
        )
    unknown = set(values) - set(NOTICE_FIELDS)
    if unknown:
        raise ExecutiveError({name: "This is not a field of a notice." for name in sorted(unknown)})
    values = _clean(values)
    merged = {name: getattr(notice, name) for name in NOTICE_FIELDS} | values
    errors = _notice_errors(merged)
    if errors:
        raise ExecutiveError(errors)
    changes = changes_between({name: getattr(notice, name) for name in values}, values)
    for name in changes:
        setattr(notice, name, values[name])
    if changes:
        notice.save(update_fields=list(changes))
        log_action("moot.executive.notice_changed", notice, user=user, changes=changes)
    if welsh is not None:
        welsh_text.welsh_set(notice, welsh, user=user)
    return notice


@transaction.atomic
def notice_publish(
    *, notice: KeyDecisionNotice, on: date | None = None, user=None
) -> KeyDecisionNotice:
    """Publish the notice; its first-published date starts the 28 clear days and never moves.
    Refused while a field has English but no Welsh, where the authority's Welsh language
    standards require both (``moot.governance.bilingual``)."""
    notice = KeyDecisionNotice.objects.select_for_update().get(pk=notice.pk)
    refusal = welsh_text.publication_refusal("a notice of a key decision", [notice])
    if refusal:
        raise ExecutiveError({"welsh": refusal})
    if notice.first_published is None:
        notice.first_published = on or timezone.localdate()
    notice.status = KeyDecisionNotice.Status.PUBLISHED
    notice.save(update_fields=["first_published", "status"])
    log_action(
        "moot.executive.notice_published",
        notice,
        user=user,
        data={"first_published": notice.first_published.isoformat()},
    )
    return notice


def _as_rule_record(record: ExceptionRecord) -> rules.ExceptionRecord:
    return rules.ExceptionRecord(
        kind=record.kind,
        reasons=record.reasons,
        scrutiny_chair_informed_on=record.scrutiny_chair_informed_on,
        public_notice_on=record.public_notice_on,
        agreed_by_role=record.agreed_by_role,
        agreed_by_name=record.agreed_by_name,
        agreed_on=record.agreed_on,
    )


@transaction.atomic
def exception_record(*, notice: KeyDecisionNotice, user=None, **values) -> ExceptionRecord:
    """Record a general exception (reg 10) or special urgency (reg 11) for ``notice``."""
    values = _clean(values)
    record = ExceptionRecord(notice=notice, **values)
    errors = rules.exception_errors(_as_rule_record(record))
    if errors:
        raise ExecutiveError(errors)
    if ExceptionRecord.objects.filter(notice=notice).exists():
        raise ExecutiveError({"notice": f"{notice} already has an exception record."})
    record.save()
    log_action(
        "moot.executive.exception_recorded",
        record,
        user=user,
        data={"kind": record.kind, "notice": notice.pk},
    )
    return record


# --- decision records and call-in ------------------------------------------------------------


@transaction.atomic
def decision_record(
    *,
    title: str,
    decision: str,
    decided_on: date,
    reasons: str,
    alternatives: str,
    maker: str,
    notice: KeyDecisionNotice | None = None,
    body=None,
    by_officer: bool = False,
    conflicts: str = "",
    dispensations: str = "",
    urgent: bool = False,
    urgency_reason: str = "",
    published_at: datetime | None = None,
    exempt_paragraph: int | None = None,
    exempt_details: str = "",
    welsh: dict | None = None,
    user=None,
) -> ExecutiveDecision:
    """Record and publish a decision (regs 12-13; Openness reg 7).

    A decision on a key decision notice is checked against regs 9-11: it is refused before
    first-published + 28 clear days unless the notice has a complete exception record. The
    call-in window and the date the decision takes effect are computed and stored.
    ``welsh``: the Welsh text of its public fields; an authority whose Welsh language
    standards require both languages publishes no record without it.
    """
    errors = rules.decision_record_errors(
        decision=decision,
        decided_on=decided_on,
        reasons=reasons,
        alternatives=alternatives,
        maker=maker,
    )
    if not title.strip():
        errors["title"] = "A decision record needs a title."
    if exempt_paragraph is not None and not 1 <= exempt_paragraph <= 7:
        errors["exempt_paragraph"] = (
            "Schedule 12A to the Local Government Act 1972 has paragraphs 1 to 7."
        )
    if not errors:
        unsaved = ExecutiveDecision(
            title=title, decision=decision, reasons=reasons, alternatives=alternatives
        )
        if welsh_text.authority_bilingual() and (
            missing := welsh_text.missing_labels(unsaved, welsh or {})
        ):
            errors["welsh"] = bilingual.welsh_refusal("a decision record", missing)
    if errors:
        raise ExecutiveError(errors)
    route, route_text, key = ExecutiveDecision.Route.NOT_KEY, "", False
    if notice is not None:
        notice = KeyDecisionNotice.objects.select_for_update().get(pk=notice.pk)
        if hasattr(notice, "decision"):
            raise ExecutiveError({"notice": f"{notice} already has a decision record."})
        exception = getattr(notice, "exception", None)
        if notice.key:
            timing = rules.key_decision_timing(
                first_published=notice.first_published,
                decision_date=decided_on,
                exception=_as_rule_record(exception) if exception else None,
                policy=key_decision_policy(),
            )
            if not timing.allowed:
                raise ExecutiveError({timing.field or "decided_on": timing.explanation})
            route, route_text, key = timing.route, timing.explanation, True
        body = body or notice.body
    published_at = published_at or timezone.now()
    policy = call_in_policy()
    regime_has_call_in = not by_officer
    if body is not None:
        nation = gov_selectors.nation()
        try:
            regime_has_call_in = profiles.regime_rules(body.access_regime, nation).call_in
        except ValueError:
            regime_has_call_in = True
    local = published_at.astimezone(LONDON)
    try:
        if regime_has_call_in:
            window = rules.call_in_window(
                local, policy, urgent=urgent, urgency_reason=urgency_reason
            )
        else:
            window = rules.CallInWindow(
                True,
                None,
                local.date(),
                "Not subject to call-in: an officer's or committee's decision takes effect "
                "when published.",
            )
    except rules.Refused as refused:
        raise ExecutiveError({refused.field: str(refused)}) from None
    record = ExecutiveDecision.objects.create(
        notice=notice,
        body=body,
        maker=maker.strip(),
        by_officer=by_officer,
        title=title.strip(),
        decision=decision.strip(),
        decided_on=decided_on,
        reasons=reasons.strip(),
        alternatives=alternatives.strip(),
        conflicts=conflicts.strip(),
        dispensations=dispensations.strip(),
        key=key,
        route=route,
        route_explanation=route_text,
        urgent=urgent,
        urgency_reason=urgency_reason.strip(),
        published_at=published_at,
        call_in_closes_at=window.closes_at,
        effective_from=window.effective_from,
        call_in_explanation=window.explanation,
        exempt_paragraph=exempt_paragraph,
        exempt_details=exempt_details,
    )
    if notice is not None:
        notice.status = KeyDecisionNotice.Status.DECIDED
        notice.save(update_fields=["status"])
    log_action(
        "moot.executive.decision_recorded",
        record,
        user=user,
        data={"route": route, "effective_from": record.effective_from.isoformat()},
    )
    if welsh:
        welsh_text.welsh_set(record, welsh, user=user)
    return record


def records_due(notices, today: date) -> list[tuple[KeyDecisionNotice, rules.RecordClock]]:
    """The published notices whose decision date has come (or comes within a week) and
    that have no decision record yet, each with its record's clock, soonest first."""
    settings = settings_for()
    policy = _working_policy()
    rows = [
        (n, rules.record_clock(n.decision_date, today, settings.record_due_working_days, policy))
        for n in notices
        if n.status == KeyDecisionNotice.Status.PUBLISHED
        and n.decision_date <= today + timedelta(days=7)
    ]
    return sorted(rows, key=lambda row: (row[1].due_by, row[0].pk))


def window_of(decision: ExecutiveDecision) -> rules.CallInWindow:
    return rules.CallInWindow(
        exempt=decision.call_in_closes_at is None,
        closes_at=decision.call_in_closes_at,
        effective_from=decision.effective_from,
        explanation=decision.call_in_explanation,
    )


@transaction.atomic
def call_in_request(
    *,
    decision: ExecutiveDecision,
    members: list[str],
    grounds: str,
    requested_at: datetime | None = None,
    user=None,
) -> CallIn:
    """Call a decision in: refused after the window or for an urgent decision; otherwise
    the decision is suspended and put on the next agenda of the scrutiny committee."""
    decision = ExecutiveDecision.objects.select_for_update().get(pk=decision.pk)
    if CallIn.objects.filter(decision=decision).exists():
        raise ExecutiveError({"decision": f"{decision} has already been called in."})
    requested_at = requested_at or timezone.now()
    settings = settings_for()
    policy = call_in_policy(settings, on=requested_at.astimezone(LONDON).date())
    window = window_of(decision)
    if window.closes_at is not None:
        window = replace(window, closes_at=window.closes_at.astimezone(LONDON))
    errors = rules.call_in_errors(
        window=window,
        requested_at=requested_at.astimezone(LONDON),
        members=members,
        grounds=grounds,
        policy=policy,
    )
    if errors:
        raise ExecutiveError(errors)
    scrutiny = settings.scrutiny_body
    if scrutiny is None:
        raise ExecutiveError(
            {"scrutiny_body": "Name the overview and scrutiny committee that hears call-ins."}
        )
    meeting = (
        Meeting.objects.filter(
            body=scrutiny,
            status=Meeting.Status.SCHEDULED,
            date__gte=requested_at.astimezone(LONDON).date(),
        )
        .order_by("start", "id")
        .first()
    )
    if meeting is None:
        raise ExecutiveError(
            {
                "meeting": f"{scrutiny} has no scheduled meeting with an open agenda to hear "
                "the call-in: schedule one first."
            }
        )
    names = ", ".join(m.strip() for m in members if m.strip())
    item = meeting_services.item_add(
        meeting=meeting,
        title=f"Call-in: {decision.title}",
        purpose=(
            f"<p>Decision of {escape(decision.maker)} on "
            f"{rules.long_date(decision.decided_on)} called in by {escape(names)}.</p>"
            f"<p>Grounds: {escape(grounds.strip())}</p>"
        ),
        user=user,
    )
    call_in = CallIn.objects.create(
        decision=decision,
        requested_at=requested_at,
        members="\n".join(m.strip() for m in members if m.strip()),
        grounds=grounds.strip(),
        item=item,
    )
    log_action(
        "moot.executive.called_in",
        call_in,
        user=user,
        data={"decision": decision.pk, "item": item.pk, "meeting": meeting.pk},
    )
    return call_in


# --- the Welsh text of an agenda -------------------------------------------------------------


@transaction.atomic
def meeting_welsh_set(*, body, body_name: str, titles: dict, user=None) -> None:
    """Keep the Welsh name of a body and the Welsh titles of items (``{item: title}``),
    each change audited (``moot.governance.welsh.welsh_set``)."""
    welsh_text.welsh_set(body, {"name": body_name}, user=user)
    for item, title in titles.items():
        welsh_text.welsh_set(item, {"title": title}, user=user)


# --- private meetings (reg 5) ------------------------------------------------------------------


def private_meeting_verdict(notice) -> rules.PrivateMeetingVerdict:
    urgency = None
    if notice.urgency_agreed_by_name or notice.urgency_agreed_on or notice.urgency_agreed_by_role:
        urgency = rules.ExceptionRecord(
            kind=rules.SPECIAL_URGENCY,
            reasons=notice.urgency_reasons,
            agreed_by_role=notice.urgency_agreed_by_role,
            agreed_by_name=notice.urgency_agreed_by_name,
            agreed_on=notice.urgency_agreed_on,
        )
    errors = {}
    if not 1 <= (notice.paragraph or 0) <= 7:
        errors["paragraph"] = "Schedule 12A to the Local Government Act 1972 has paragraphs 1 to 7."
    verdict = rules.private_meeting_verdict(
        meeting_date=notice.meeting.date,
        reasons=notice.reasons,
        first_notice_on=notice.first_notice_on,
        second_notice_on=notice.second_notice_on,
        representations=notice.representations,
        response=notice.response,
        urgency=urgency,
        policy=key_decision_policy().counting,
    )
    if errors:
        verdict = replace(verdict, allowed=False, errors={**errors, **verdict.errors})
    return verdict


@transaction.atomic
def private_meeting_record(*, notice, user=None):
    """Record the notices of a private executive meeting, refused unless reg 5 is met."""
    verdict = private_meeting_verdict(notice)
    if not verdict.allowed:
        raise ExecutiveError(verdict.errors)
    adding = notice.pk is None
    notice.explanation = verdict.explanation
    notice.save()
    log_action(
        "moot.executive.private_meeting_" + ("recorded" if adding else "changed"),
        notice,
        user=user,
        data={"meeting": notice.meeting_id, "explanation": verdict.explanation},
    )
    return notice
