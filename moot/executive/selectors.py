"""Reads of the executive record: the public forward plan and decisions (through the
visibility gate only) and the reg 19 report for the clerk."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from moot.access import visibility
from moot.executive import rules
from moot.executive.models import ExecutiveDecision, KeyDecisionNotice
from moot.governance import bilingual, welsh
from moot.governance.models import Body
from moot.portal.errors import NotFound


@dataclass(frozen=True)
class ForwardPlanFilters:
    body: str = ""
    maker: str = ""
    month: date | None = None  # first day of the month
    key_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.body or self.maker or self.month or self.key_only)


@dataclass(frozen=True)
class ForwardPlanPage:
    filters: ForwardPlanFilters
    notices: list[visibility.PublicNotice]
    bodies: list[tuple[str, str]]  # (slug, name) of bodies with public notices
    makers: list[str]
    body: Body | None = None


def _notices():
    return KeyDecisionNotice.objects.filter(visibility.public_notices_q()).select_related(
        "body", "exception", "decision"
    )


def in_language(public, record, texts: dict, language: str):
    """The public view of a notice or decision record as the reader sees it, with the
    Welsh of its public fields beside the English (``cy``, for the JSON twin). The Welsh
    of a field the gate withholds (empty in English) is withheld too."""
    own = texts.get((record._meta.label_lower, record.pk), {})
    body = texts.get(("governance.body", record.body_id), {}) if record.body_id else {}
    english = {name: getattr(public, name) for name in welsh.fields_of(record)}
    given = dict(own)
    if public.body_name:
        english["body_name"] = public.body_name
        given["body_name"] = body.get("name", "")
    cy = {name: given[name] for name in english if english[name] and given.get(name, "").strip()}
    shown = {
        name: bilingual.shown_text(text, given.get(name, ""), language)
        for name, text in english.items()
    }
    return replace(public, **shown, cy=cy)


def _in_language(pairs, language: str, bilingual_authority: bool):
    """Each (public view, record) pair in the reader's language: one query for them all,
    none when the authority does not publish in Welsh."""
    if not bilingual_authority:
        return [public for public, _ in pairs]
    records = [record for _, record in pairs]
    texts = welsh.welsh_of(records + [r.body for r in records if r.body_id])
    return [in_language(public, record, texts, language) for public, record in pairs]


def forward_plan_page(
    filters: ForwardPlanFilters,
    *,
    body_slug: str = "",
    language: str = bilingual.ENGLISH,
    bilingual_authority: bool = False,
) -> ForwardPlanPage:
    """The public forward plan, soonest decision first. Three queries whatever its length."""
    body = None
    if body_slug:
        body = Body.objects.filter(slug=body_slug).first()
        if body is None:
            raise NotFound(f"There is no committee, board or cabinet called '{body_slug}'.")
    everything = list(_notices().order_by("decision_date", "id"))
    bodies = sorted(
        {(n.body.slug, n.body.name) for n in everything if n.body_id}, key=lambda b: b[1]
    )
    makers = sorted({n.decision_maker for n in everything})
    chosen = []
    for notice in everything:
        if body is not None and notice.body_id != body.pk:
            continue
        if filters.body and (not notice.body_id or notice.body.slug != filters.body):
            continue
        if filters.maker and notice.decision_maker != filters.maker:
            continue
        if filters.month and (
            notice.decision_date.year,
            notice.decision_date.month,
        ) != (filters.month.year, filters.month.month):
            continue
        if filters.key_only and not notice.key:
            continue
        chosen.append((visibility.public_notice(notice), notice))
    shown = _in_language(chosen, language, bilingual_authority)
    return ForwardPlanPage(filters, shown, bodies, makers, body)


def notice_page(
    pk: int, *, language: str = bilingual.ENGLISH, bilingual_authority: bool = False
) -> visibility.PublicNotice:
    notice = _notices().filter(pk=pk).first()
    if notice is None:
        raise NotFound(f"There is no published notice of a key decision numbered {pk}.")
    return _in_language(
        [(visibility.public_notice(notice), notice)], language, bilingual_authority
    )[0]


def decision_page(
    pk: int, *, language: str = bilingual.ENGLISH, bilingual_authority: bool = False
) -> visibility.PublicExecutiveDecision:
    decision = (
        ExecutiveDecision.objects.filter(visibility.public_executive_decisions_q(), pk=pk)
        .select_related("body", "call_in")
        .first()
    )
    if decision is None:
        raise NotFound(f"There is no published decision record numbered {pk}.")
    return _in_language(
        [(visibility.public_executive_decision(decision), decision)],
        language,
        bilingual_authority,
    )[0]


def recent_notices(limit: int = 50) -> list[visibility.PublicNotice]:
    rows = _notices().order_by("-first_published", "-id")[:limit]
    return [visibility.public_notice(n) for n in rows]


def reg19(date_from: date, date_to: date) -> rules.Reg19Report:
    """Every special urgency decision made in the period, with its reasons (reg 19)."""
    rows = (
        ExecutiveDecision.objects.filter(
            route=ExecutiveDecision.Route.SPECIAL_URGENCY,
            decided_on__gte=date_from,
            decided_on__lte=date_to,
        )
        .select_related("notice__exception")
        .order_by("decided_on", "id")
    )
    urgent = []
    for d in rows:
        exception = d.notice.exception if d.notice_id else None
        urgent.append(
            rules.UrgentDecision(
                decided_on=d.decided_on,
                title=d.title,
                maker=d.maker,
                reasons=exception.reasons if exception else d.route_explanation,
                agreed_by=(
                    f"{exception.agreed_by_name} "
                    f"({rules.URGENCY_AGREER_NAMES.get(exception.agreed_by_role, '')})"
                    if exception
                    else ""
                ),
            )
        )
    return rules.reg19_report(urgent, date_from, date_to)
