"""Sign-off steps in the admin (administrators only, as the whole back office): saved
through ``services.step_save``, so each change is logged. Drafts and decisions are read
only here: they are made in the workspace."""

from __future__ import annotations

from django.contrib import admin

from moot.reports import services
from moot.reports.models import Report, SignOff, SignOffStep


@admin.register(SignOffStep)
class SignOffStepAdmin(admin.ModelAdmin):
    list_display = ["name", "order", "active"]
    list_editable: list[str] = []
    filter_horizontal = ["signatories"]
    fields = ["name", "order", "active", "signatories"]

    def has_delete_permission(self, request, obj=None):
        return False  # a step is made inactive, so drafts keep their history

    def save_model(self, request, obj, form, change):
        pass  # saved with its signatories in save_related, through the service

    def save_related(self, request, form, formsets, change):
        data = form.cleaned_data
        saved = services.step_save(
            name=data["name"],
            order=data["order"],
            active=data["active"],
            signatories=list(data["signatories"]),
            step=form.instance if change else None,
            user=request.user,
        )
        form.instance.pk = saved.pk


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(ReadOnly):
    list_display = ["title", "item", "author_name", "status", "submitted_at", "accepted_at"]
    list_filter = ["status"]


@admin.register(SignOff)
class SignOffAdmin(ReadOnly):
    list_display = ["report", "step_name", "signed", "by_name", "at"]
