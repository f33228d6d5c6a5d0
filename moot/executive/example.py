"""`moot load-example executive`: a small fictional cabinet built through the services.

The data is ``moot/examples/executive/example.toml``. Loading twice changes nothing: each
object is found by its natural key (a body's slug, a notice's matter) before it is made.
The installation's authority is used as it is; one is created (fictional) only if none
exists, so the Leicester example is never changed.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction

from moot.examples.loader import EXAMPLES_DIR, LoadReport
from moot.executive import services
from moot.executive.models import ExecutiveSettings, KeyDecisionNotice
from moot.governance.models import Authority, Body
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting

FOLDER = EXAMPLES_DIR / "executive"
LONDON = ZoneInfo("Europe/London")


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=LONDON)


def load(folder: Path = FOLDER) -> LoadReport:
    with open(folder / "example.toml", "rb") as handle:
        data = tomllib.load(handle)
    report = LoadReport(example="executive")
    with transaction.atomic():
        _load(data, report)
    return report


def _load(data: dict, report: LoadReport) -> None:
    authority = Authority.objects.first()
    if authority is None:
        spec = data["authority"]
        authority = Authority.objects.create(name=spec["name"], slug=spec["slug"])
        services.authority_apply_nation(authority=authority, nation=spec["nation"])
        report.count("authority", True)
    bodies: dict[str, Body] = {}
    for spec in data["bodies"]:
        body, created = Body.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "classification": spec["classification"],
                "access_regime": spec["access_regime"],
                "purpose": spec["purpose"],
            },
        )
        report.count("bodies", created)
        bodies[spec["key"]] = body
    settings, created = ExecutiveSettings.objects.get_or_create(
        authority=authority,
        defaults={
            "revenue_threshold": Decimal(data["settings"]["revenue_threshold"]),
            "capital_threshold": Decimal(data["settings"]["capital_threshold"]),
            "wards_threshold": data["settings"]["wards_threshold"],
            "call_in_working_days": data["settings"]["call_in_working_days"],
            "call_in_cut_off": time.fromisoformat(data["settings"]["call_in_cut_off"]),
            "call_in_members_needed": data["settings"]["call_in_members_needed"],
            "scrutiny_chair": data["settings"]["scrutiny_chair"],
            "scrutiny_body": bodies["scrutiny"],
        },
    )
    report.count("executive settings", created)
    for spec in data["meetings"]:
        day = date.fromisoformat(spec["date"])
        body = bodies[spec["body"]]
        if not Meeting.objects.filter(body=body, date=day).exists():
            meeting_services.meeting_create(
                body=body,
                day=day,
                at=time.fromisoformat(spec["time"]),
                venue=spec["venue"],
                recording_past=True,
            )
            report.count("meetings", True)
    common = data["common"]
    cabinet = bodies["cabinet"]
    for spec in data["decisions"]:
        if KeyDecisionNotice.objects.filter(body=cabinet, matter=spec["matter"]).exists():
            continue
        notice = services.notice_create(
            body=cabinet,
            matter=spec["matter"],
            decision_maker=common["decision_maker"],
            decision_date=date.fromisoformat(spec["decision_date"]),
            documents=spec["documents"].replace("; ", "\n"),
            documents_address=common["documents_address"],
            other_documents=common["other_documents"],
            request_procedure=common["request_procedure"],
            key_reason=spec["key_reason"],
            wards=spec["wards"],
        )
        services.notice_publish(notice=notice, on=date.fromisoformat(spec["first_published"]))
        report.count("notices", True)
        if spec["route"] == "general_exception":
            services.exception_record(
                notice=notice,
                kind="general_exception",
                reasons=spec["exception_reasons"],
                scrutiny_chair_informed_on=date.fromisoformat(spec["scrutiny_chair_informed_on"]),
                public_notice_on=date.fromisoformat(spec["public_notice_on"]),
            )
        elif spec["route"] == "special_urgency":
            services.exception_record(
                notice=notice,
                kind="special_urgency",
                reasons=spec["exception_reasons"],
                agreed_by_role=spec["agreed_by_role"],
                agreed_by_name=spec["agreed_by_name"],
                agreed_on=date.fromisoformat(spec["agreed_on"]),
            )
        decision = services.decision_record(
            notice=notice,
            title=spec["matter"],
            decision=spec["decision"],
            decided_on=date.fromisoformat(spec["decision_date"]),
            reasons=spec["reasons"],
            alternatives=spec["alternatives"],
            maker=cabinet.name,
            conflicts="None declared.",
            urgent=spec.get("urgent", False),
            urgency_reason=spec.get("urgency_reason", ""),
            published_at=_at(spec["published_at"]),
        )
        report.count("decisions", True)
        if "call_in_members" in spec:
            services.call_in_request(
                decision=decision,
                members=spec["call_in_members"],
                grounds=spec["call_in_grounds"],
                requested_at=_at(spec["call_in_requested_at"]),
            )
            report.count("call-ins", True)
