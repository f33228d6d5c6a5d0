"""Which rules apply to a body: its access regime and its authority's nation, as pure values.

A body works under one *access regime*:

Part VA committee
    Full council, its committees and sub-committees, joint committees: Part VA of the Local
    Government Act 1972 (ss100A-100K) in England and Wales; Part IIIA of the Local
    Government (Scotland) Act 1973 (ss50A-50K) in Scotland.
Executive
    A cabinet, a cabinet member deciding alone, a committee of the executive or a joint
    executive committee: in England the Local Authorities (Executive Arrangements)
    (Meetings and Access to Information) (England) Regulations 2012 (SI 2012/2089); in
    Wales the Local Authorities (Executive Arrangements) (Access to Information) (Wales)
    Regulations 2001 (SI 2001/2290). Scottish councils have no executive arrangements in
    statute, so an "executive" body in Scotland is treated as a Part IIIA committee.
Officer delegation
    An officer deciding under delegated powers: the Openness of Local Government Bodies
    Regulations 2014 (SI 2014/2095) reg 7 in England (a written record of the decision).

The authority's *nation* fixes the clocks:

========= ===================== =============== ========================================
Nation    Agenda clear days     Bank holidays   Remote attendance counts as present
========= ===================== =============== ========================================
England   5 (s100B(3), SI       England         only 4 April 2020 to 6 May 2021
          2002/715)                             (SI 2020/392; Hertfordshire CC [2021])
Wales     3 (s100B(3))          Wales           yes (Local Government and Elections
                                                (Wales) Act 2021 s47)
Scotland  3 (1973 Act s50B(3))  Scotland        yes
========= ===================== =============== ========================================

A Welsh authority bound by Welsh language standards (Welsh Language (Wales) Measure 2011)
publishes its agendas and notices in Welsh and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from moot.governance.rules import remote_attendance_counts
from moot.meetings.rules import ClearDayPolicy

__all__ = [
    "NationProfile",
    "REGIMES",
    "RegimeRules",
    "agenda_policy",
    "nation_profile",
    "regime_rules",
]

#: Access regimes (stored on Body.access_regime).
PART_VA = "part_va"
EXECUTIVE = "executive"
OFFICER = "officer"
REGIMES: dict[str, str] = {
    PART_VA: "Part VA committee",
    EXECUTIVE: "Executive (cabinet, cabinet member, executive committee)",
    OFFICER: "Officer delegation",
}


@dataclass(frozen=True)
class NationProfile:
    nation: str
    name: str
    agenda_clear_days: int
    agenda_source: str
    bank_holiday_region: str
    executive_regulations: str | None
    officer_decision_regulations: str | None
    bilingual_if_standards: bool

    def remote_attendance_counts(self, day: date) -> bool:
        return remote_attendance_counts(day, self.nation)


_PROFILES = {
    "england": NationProfile(
        nation="england",
        name="England",
        agenda_clear_days=5,
        agenda_source="Local Government Act 1972 s100B(3), as amended by SI 2002/715",
        bank_holiday_region="ENG",
        executive_regulations=(
            "Local Authorities (Executive Arrangements) (Meetings and Access to "
            "Information) (England) Regulations 2012"
        ),
        officer_decision_regulations="Openness of Local Government Bodies Regulations 2014",
        bilingual_if_standards=False,
    ),
    "wales": NationProfile(
        nation="wales",
        name="Wales",
        agenda_clear_days=3,
        agenda_source="Local Government Act 1972 s100B(3)",
        bank_holiday_region="WLS",
        executive_regulations=(
            "Local Authorities (Executive Arrangements) (Access to Information) (Wales) "
            "Regulations 2001"
        ),
        officer_decision_regulations=None,
        bilingual_if_standards=True,
    ),
    "scotland": NationProfile(
        nation="scotland",
        name="Scotland",
        agenda_clear_days=3,
        agenda_source="Local Government (Scotland) Act 1973 s50B(3)",
        bank_holiday_region="SCT",
        executive_regulations=None,
        officer_decision_regulations=None,
        bilingual_if_standards=False,
    ),
}


def nation_profile(nation: str) -> NationProfile:
    """The statutory clocks of ``nation`` ("england", "wales" or "scotland").

    Northern Ireland is not modelled: asking for it is refused rather than guessed.
    """
    try:
        return _PROFILES[nation]
    except KeyError:
        raise ValueError(
            f"nation {nation!r}: Moot models England, Wales and Scotland; "
            "set the authority's clear days and bank holidays by hand elsewhere."
        ) from None


def agenda_policy(nation: str, base: ClearDayPolicy | None = None) -> ClearDayPolicy:
    """The agenda clear-day policy of ``nation``: its number of clear days and its own bank
    holidays; weekdays and the s243 breaks are kept from ``base`` (the authority's choice)."""
    profile = nation_profile(nation)
    base = base or ClearDayPolicy()
    return ClearDayPolicy(
        clear_days=profile.agenda_clear_days,
        non_counting_weekdays=base.non_counting_weekdays,
        bank_holiday_region=profile.bank_holiday_region,
        exclude_christmas_break=base.exclude_christmas_break,
        exclude_easter_break=base.exclude_easter_break,
    )


@dataclass(frozen=True)
class RegimeRules:
    """What the law asks of one body, in words a clerk reads."""

    regime: str
    nation: str
    agenda_clear_days: int | None
    key_decisions: bool
    call_in: bool
    decision_record_source: str
    explanation: str


def regime_rules(regime: str, nation: str) -> RegimeRules:
    """The rules that follow from a body's regime and its authority's nation."""
    if regime not in REGIMES:
        raise ValueError(f"access regime {regime!r}: use one of {', '.join(REGIMES)}.")
    profile = nation_profile(nation)
    if regime == EXECUTIVE and profile.executive_regulations is None:
        regime = PART_VA  # Scotland: no statutory executive arrangements
    if regime == PART_VA:
        return RegimeRules(
            regime,
            nation,
            profile.agenda_clear_days,
            key_decisions=False,
            call_in=False,
            decision_record_source="minutes (Local Government Act 1972 Sched 12 para 41)",
            explanation=(
                f"A committee in {profile.name}: its agenda and reports are public at least "
                f"{profile.agenda_clear_days} clear days before the meeting "
                f"({profile.agenda_source}); its decisions are recorded in its minutes."
            ),
        )
    if regime == EXECUTIVE:
        return RegimeRules(
            regime,
            nation,
            profile.agenda_clear_days,
            key_decisions=True,
            call_in=True,
            decision_record_source=f"{profile.executive_regulations}, regs 12-13",
            explanation=(
                f"An executive body in {profile.name}: its agenda is public at least "
                f"{profile.agenda_clear_days} clear days before a meeting; a key decision "
                "needs 28 clear days' notice in the forward plan unless a general exception "
                "or special urgency applies; every decision is recorded with its reasons and "
                "the alternatives rejected, and may be called in by scrutiny "
                f"({profile.executive_regulations})."
            ),
        )
    source = profile.officer_decision_regulations or "the authority's scheme of delegation"
    return RegimeRules(
        regime,
        nation,
        None,
        key_decisions=True,
        call_in=False,
        decision_record_source=source + (", reg 7" if profile.officer_decision_regulations else ""),
        explanation=(
            f"An officer deciding under delegated powers in {profile.name}: no meeting or "
            f"agenda; the decision is recorded in writing with its reasons ({source})."
        ),
    )
