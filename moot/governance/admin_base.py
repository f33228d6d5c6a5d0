"""One write path for the back office: every admin save, delete and inline row goes
through a service, and each object's history page is its audit trail.

A service's check runs while the form is validated, so a refusal appears as an error on
the page with what was typed kept (never a server error, never a refused inline row
beside "changed successfully"); the service then writes and logs the change once.
Admins override ``service_check``, ``service_save`` and ``service_delete``; the defaults
validate the model (``full_clean``) and save through ``governance.services.record_save``.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from moot.governance import selectors, services


def domain_errors() -> tuple[type[Exception], ...]:
    """The refusals the services raise (each a ValueError whose message is a sentence)."""
    from moot.documents.services import DocumentsError
    from moot.executive.services import ExecutiveError
    from moot.meetings.services import MeetingError

    return (services.GovernanceError, MeetingError, DocumentsError, ExecutiveError)


def _model_fields(obj: models.Model, names) -> list[str]:
    concrete = {f.name for f in obj._meta.concrete_fields}
    return [name for name in names if name in concrete]


def _with_service_check(form_class, owner):
    """The form class with the owner's ``service_check`` run after model validation."""

    class ServiceCheckedForm(form_class):
        def _post_clean(self):
            super()._post_clean()
            if self._errors or not self.has_changed():
                return
            try:
                if getattr(self, "cleaned_data", {}).get("DELETE"):
                    if self.instance.pk is not None:
                        owner.service_check_delete(self.instance)
                    return
                owner.service_check(self.instance, _model_fields(self.instance, self.changed_data))
            except ValidationError as exc:
                self.add_error(None, exc)
            except domain_errors() as exc:
                self.add_error(None, str(exc))

    ServiceCheckedForm.__name__ = form_class.__name__
    return ServiceCheckedForm


class ServiceHooks:
    """The three hooks an admin or inline gives its writes."""

    def service_check(self, obj: models.Model, changed: list[str]) -> None:
        """Raise a domain error (a ValueError with a sentence) to refuse the change."""

    def service_check_delete(self, obj: models.Model) -> None:
        """Raise a domain error to refuse a deletion (an inline row marked for deletion)."""

    def service_save(self, request, obj: models.Model, changed: list[str]) -> models.Model:
        return services.record_save(obj=obj, user=request.user)

    def service_delete(self, request, obj: models.Model) -> None:
        services.record_delete(obj=obj, user=request.user)


def _adopt(target: models.Model, saved: models.Model) -> None:
    """Make the form's object the one a service saved (its key and stored values)."""
    if saved is target:
        return
    for field in saved._meta.concrete_fields:
        setattr(target, field.attname, getattr(saved, field.attname))
    target._state.adding = False
    target._state.db = saved._state.db


class ServiceInlineMixin(ServiceHooks):
    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _with_service_check(formset.form, self)
        formset.service_inline = self
        return formset


class ServiceTabularInline(ServiceInlineMixin, admin.TabularInline):
    pass


class ServiceStackedInline(ServiceInlineMixin, admin.StackedInline):
    pass


class ServiceModelAdmin(ServiceHooks, admin.ModelAdmin):
    """Base for the governance, meetings and documents admins."""

    object_history_template = "admin/governance/audit_history.html"

    def get_form(self, request, obj=None, change=False, **kwargs):
        return _with_service_check(super().get_form(request, obj, change=change, **kwargs), self)

    def save_model(self, request, obj, form, change):
        changed = _model_fields(obj, form.changed_data)
        _adopt(obj, self.service_save(request, obj, changed))

    def delete_model(self, request, obj):
        self.service_check_delete(obj)
        self.service_delete(request, obj)

    def delete_view(self, request, object_id, extra_context=None):
        """A refused deletion is a message on the object's page, never a server error."""
        try:
            return super().delete_view(request, object_id, extra_context)
        except domain_errors() as exc:
            self.message_user(request, str(exc), level=messages.ERROR)
            return HttpResponseRedirect(request.path.removesuffix("delete/"))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A refusal the form could not foresee (the record changed meanwhile) rolls the
        whole save back and is shown as a message, never a server error."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except domain_errors() as exc:
            if request.method != "POST":
                raise
            self.message_user(request, f"Nothing was saved: {exc}", level=messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.service_delete(request, obj)

    def save_formset(self, request, form, formset, change):
        inline = getattr(formset, "service_inline", None)
        if inline is None:
            raise TypeError(f"{formset.model.__name__} inline is not a service inline")
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            inline.service_delete(request, obj)
        changed = {id(obj): names for obj, names in formset.changed_objects}
        for obj in instances:
            names = changed.get(id(obj))
            if names is None:
                names = [f.name for f in obj._meta.concrete_fields if not f.primary_key]
            _adopt(obj, inline.service_save(request, obj, _model_fields(obj, names)))
        formset.save_m2m()

    def history_view(self, request, object_id, extra_context=None):
        """The object's own audit trail: who changed what, when, from what to what."""
        obj = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"History: {obj}",
            "subtitle": None,
            "object": obj,
            "entries": selectors.audit_history(obj),
            "opts": self.opts,
            "app_label": self.opts.app_label,
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)
