"""The back office asks the access rule: only administrators (``admin.repair``) enter.

Grants are read here; they are made through the services (``moot role grant``), so each
is checked and logged. Revoking is an admin action that calls ``role_revoke``. The log of
exempt papers sent can be neither changed nor deleted.
"""

from __future__ import annotations

from django.contrib import admin, messages

from moot.access import selectors, services
from moot.access.models import DocumentGrant, ExemptDownload, RoleGrant
from moot.access.rules import Action


def admin_has_permission(request) -> bool:
    """``AdminSite.has_permission``: an active administrator (a superuser, or a user
    granted the administrator role), whatever ``is_staff`` says."""
    return selectors.can(request.user, Action.ADMIN_REPAIR).allowed


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RoleGrant)
class RoleGrantAdmin(ReadOnlyAdmin):
    list_display = ["user", "role", "body", "granted_by", "granted_at", "revoked_at"]
    list_filter = ["role", "body", "revoked_at"]
    search_fields = ["user__email", "user__username"]
    actions = ["revoke"]

    @admin.action(description="Revoke the selected roles")
    def revoke(self, request, queryset):
        for grant in queryset.filter(revoked_at__isnull=True).select_related("user", "body"):
            try:
                services.role_revoke(
                    user=grant.user, role=grant.role, body=grant.body, by=request.user
                )
            except services.AccessError as error:
                self.message_user(request, str(error), messages.ERROR)
                return
        self.message_user(request, "The selected roles are revoked.", messages.SUCCESS)


@admin.register(DocumentGrant)
class DocumentGrantAdmin(ReadOnlyAdmin):
    list_display = ["user", "document", "granted_by", "granted_at"]
    search_fields = ["user__email", "document__title"]


@admin.register(ExemptDownload)
class ExemptDownloadAdmin(ReadOnlyAdmin):
    list_display = ["at", "user", "kind", "document", "meeting"]
    list_filter = ["kind", "at"]
    date_hierarchy = "at"
