from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "moot.access"
    label = "access"
    verbose_name = "Access"

    def ready(self) -> None:
        from django.contrib import admin

        from moot.access.admin import admin_has_permission

        # The back office asks the access rule too: only administrators (admin.repair).
        admin.site.has_permission = admin_has_permission
