"""Failed jobs, for administrators: read-only, with the error each one ended with."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html

from moot.access.selectors import can
from moot.jobs.models import FailedJob


@admin.register(FailedJob)
class FailedJobAdmin(admin.ModelAdmin):
    list_display = ("task_name", "error", "attempts", "enqueued_at", "finished_at")
    ordering = ["-finished_at"]
    fields = readonly_fields = (
        "id",
        "task_path",
        "args_kwargs",
        "attempts",
        "enqueued_at",
        "started_at",
        "finished_at",
        "error",
        "formatted_traceback",
    )

    def has_module_permission(self, request) -> bool:
        return can(request.user, "admin.repair").allowed

    def has_view_permission(self, request, obj=None) -> bool:
        return can(request.user, "admin.repair").allowed

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="error")
    def error(self, obj: FailedJob) -> str:
        lines = [line for line in obj.traceback.strip().splitlines() if line.strip()]
        return lines[-1] if lines else obj.exception_class_path

    @admin.display(description="attempts")
    def attempts(self, obj: FailedJob) -> int:
        return len(obj.worker_ids)

    @admin.display(description="traceback")
    def formatted_traceback(self, obj: FailedJob) -> str:
        return format_html("<pre>{}</pre>", obj.traceback or "-")
