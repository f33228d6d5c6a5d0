from django.contrib import admin

from moot.documents.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "kind", "page_count", "size_bytes", "exempt"]
    list_filter = ["kind", "exempt", "meeting__body", "meeting__date"]
    search_fields = ["title", "text"]
    readonly_fields = ["page_count", "size_bytes", "checksum", "uploaded_at"]
