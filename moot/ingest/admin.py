"""Imports in the back office: read-only provenance (imports are made with `moot import`)."""

from django.contrib import admin

from moot.ingest.models import ImportRecord


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    list_display = ["source_name", "kind", "body", "imported_at", "short_checksum"]
    list_filter = ["kind", "body", "imported_at"]
    search_fields = ["source_name", "checksum"]
    date_hierarchy = "imported_at"
    filter_horizontal = ["meetings"]
    readonly_fields = [
        "source_name",
        "checksum",
        "kind",
        "body",
        "imported_at",
        "pages",
        "summary",
        "meetings",
    ]

    @admin.display(description="SHA-256")
    def short_checksum(self, obj: ImportRecord) -> str:
        return obj.checksum[:12]

    def has_add_permission(self, request) -> bool:
        return False
