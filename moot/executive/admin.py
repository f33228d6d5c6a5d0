"""The back office for executive records: every write goes through the executive services,
so the regulations' checks apply and each change is audited."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import ValidationError

from moot.executive import rules, services
from moot.executive.models import (
    CallIn,
    ExceptionRecord,
    ExecutiveDecision,
    ExecutiveSettings,
    KeyDecisionNotice,
    PrivateMeetingNotice,
)
from moot.governance.admin_base import ServiceModelAdmin


@admin.register(ExecutiveSettings)
class ExecutiveSettingsAdmin(ServiceModelAdmin):
    list_display = ["authority", "revenue_threshold", "capital_threshold", "wards_threshold"]


@admin.register(KeyDecisionNotice)
class KeyDecisionNoticeAdmin(ServiceModelAdmin):
    list_display = ["matter", "decision_maker", "decision_date", "first_published", "status"]
    list_filter = ["status", "key", "body"]
    search_fields = ["matter"]

    def service_check(self, obj, changed):
        values = {name: getattr(obj, name) for name in rules.REG9_FIELDS}
        errors = rules.notice_errors(values)
        if errors:
            raise ValidationError(errors)


@admin.register(ExceptionRecord)
class ExceptionRecordAdmin(ServiceModelAdmin):
    list_display = ["notice", "kind", "agreed_by_name", "agreed_on"]

    def service_check(self, obj, changed):
        errors = rules.exception_errors(
            rules.ExceptionRecord(
                kind=obj.kind,
                reasons=obj.reasons,
                scrutiny_chair_informed_on=obj.scrutiny_chair_informed_on,
                public_notice_on=obj.public_notice_on,
                agreed_by_role=obj.agreed_by_role,
                agreed_by_name=obj.agreed_by_name,
                agreed_on=obj.agreed_on,
            )
        )
        if errors:
            raise ValidationError(errors)


class _RecordedOnce:
    """A record is added through its service and never edited afterwards (a published
    decision or call-in is shown read-only)."""

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExecutiveDecision)
class ExecutiveDecisionAdmin(_RecordedOnce, ServiceModelAdmin):
    list_display = ["title", "maker", "decided_on", "route", "effective_from"]
    list_filter = ["route", "urgent", "by_officer"]
    search_fields = ["title"]
    fields = [
        "notice",
        "body",
        "maker",
        "by_officer",
        "title",
        "decision",
        "decided_on",
        "reasons",
        "alternatives",
        "conflicts",
        "dispensations",
        "urgent",
        "urgency_reason",
        "published_at",
        "exempt_paragraph",
        "exempt_details",
    ]

    def service_check(self, obj, changed):
        errors = rules.decision_record_errors(
            decision=obj.decision,
            decided_on=obj.decided_on,
            reasons=obj.reasons,
            alternatives=obj.alternatives,
            maker=obj.maker,
        )
        if errors:
            raise ValidationError(errors)

    def service_save(self, request, obj, changed):
        return services.decision_record(
            **{name: getattr(obj, name) for name in self.fields}, user=request.user
        )


@admin.register(CallIn)
class CallInAdmin(_RecordedOnce, ServiceModelAdmin):
    list_display = ["decision", "requested_at"]
    fields = ["decision", "requested_at", "members", "grounds"]

    def service_save(self, request, obj, changed):
        return services.call_in_request(
            decision=obj.decision,
            members=obj.members.splitlines(),
            grounds=obj.grounds,
            requested_at=obj.requested_at,
            user=request.user,
        )


@admin.register(PrivateMeetingNotice)
class PrivateMeetingNoticeAdmin(ServiceModelAdmin):
    list_display = ["meeting", "paragraph", "first_notice_on", "second_notice_on"]
    readonly_fields = ["explanation"]

    def service_check(self, obj, changed):
        if obj.meeting_id is None:
            return
        verdict = services.private_meeting_verdict(obj)
        if not verdict.allowed:
            raise ValidationError(list(verdict.errors.values()))

    def service_save(self, request, obj, changed):
        return services.private_meeting_record(notice=obj, user=request.user)
