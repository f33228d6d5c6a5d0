"""Documents in the admin: a clerk uploads a PDF through the documents service, so it is
checked (a real, unencrypted, readable PDF) before it is kept and its pages, size and
checksum are recorded (its text is read by a background job). The stored file itself is never edited here. Other edits are
validated and logged through ``governance.services.record_save`` (``ServiceModelAdmin``)."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from moot.documents import services
from moot.documents.models import Document
from moot.governance.admin_base import ServiceModelAdmin

# What the service sets from the upload; the form never edits these.
MANAGED = ("file", "file_type", "page_count", "size_bytes", "checksum", "uploaded_at")
# What a clerk edits.
EDITABLE = (
    "meeting",
    "item",
    "kind",
    "title",
    "letter",
    "order",
    "exempt",
    "exempt_paragraph",
    "published_first_page",
    "published_last_page",
    "text",
    "source",
)
# What the service takes as its own arguments.
SERVICE_INPUTS = {"meeting", "item", "title", "kind", "letter", "exempt", "exempt_paragraph"}


class DocumentAdminForm(forms.ModelForm):
    upload = forms.FileField(
        required=False,
        label="PDF file",
        help_text="A PDF, not password-protected. It is checked before it is kept; its page "
        "count, size and checksum are recorded, and its text is read in the background "
        "(search finds it a moment later). Leave empty to record a document "
        "without its file.",
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    class Meta:
        model = Document
        fields = EDITABLE

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            try:
                services.document_check(upload)
            except services.DocumentRejected as error:
                raise ValidationError(str(error)) from None
        return upload

    def clean(self):
        cleaned = super().clean()
        meeting, item = cleaned.get("meeting"), cleaned.get("item")
        if meeting and item and item.meeting_id != meeting.pk:
            self.add_error("item", f"Item {item} is not on the agenda of {meeting}.")
        return cleaned


@admin.register(Document)
class DocumentAdmin(ServiceModelAdmin):
    form = DocumentAdminForm
    list_display = ["__str__", "meeting", "kind", "page_count", "size_bytes", "has_file", "exempt"]
    list_filter = ["kind", "exempt", "meeting__body", "meeting__date"]
    search_fields = ["title", "text"]
    readonly_fields = list(MANAGED)
    list_select_related = ["meeting", "meeting__body"]

    @admin.display(boolean=True, description="File")
    def has_file(self, obj: Document) -> bool:
        return bool(obj.file)

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data.get("upload")
        if not upload:
            super().save_model(request, obj, form, change)
            return
        if change:
            super().save_model(request, obj, form, change)
            services.document_attach(document=obj, uploaded_file=upload, user=request.user)
            return
        document = services.document_upload(
            meeting=obj.meeting,
            item=obj.item,
            uploaded_file=upload,
            title=obj.title,
            kind=obj.kind,
            letter=obj.letter,
            exempt_paragraph=obj.exempt_paragraph if obj.exempt else None,
            user=request.user,
        )
        extra = [
            name
            for name in form.changed_data
            if name not in SERVICE_INPUTS and name != "upload" and name in form.fields
        ]
        for name in extra:
            setattr(document, name, getattr(obj, name))
        if extra:
            document.save(update_fields=extra)
        for model_field in Document._meta.concrete_fields:
            setattr(obj, model_field.attname, getattr(document, model_field.attname))
        obj._state.adding = False
        obj._state.db = document._state.db
