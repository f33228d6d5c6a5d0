"""Documents attached to meetings and items: reports, appendices, presentations, packs."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from moot.meetings.models import AgendaItem, Meeting


def document_path(instance: Document, filename: str) -> str:
    meeting = instance.meeting
    return f"documents/{meeting.body.slug}/{meeting.date_slug}/{filename}"


class DocumentQuerySet(models.QuerySet):
    def without_text(self) -> DocumentQuerySet:
        """The documents without their extracted text (tens of kilobytes a report), each
        saying only whether it has any (``has_text``): what a list of documents shows."""
        return self.defer("text").annotate(
            has_text=models.ExpressionWrapper(~Q(text=""), output_field=models.BooleanField())
        )


class Document(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Report"
        APPENDIX = "appendix", "Appendix"
        PRESENTATION = "presentation", "Presentation"
        AGENDA = "agenda", "Agenda"
        AGENDA_PACK = "agenda_pack", "Agenda pack"
        MINUTES = "minutes", "Minutes"
        SUPPLEMENTARY = "supplementary", "Supplementary pack"
        OTHER = "other", "Other"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REPORT)
    title = models.CharField(max_length=400)
    letter = models.CharField(max_length=4, blank=True, help_text='"C" for Appendix C.')
    order = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(upload_to=document_path, blank=True, max_length=400)
    file_type = models.CharField(max_length=20, blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    size_bytes = models.PositiveBigIntegerField(null=True, blank=True)
    checksum = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True, help_text="Extracted text, for search.")
    exempt = models.BooleanField(default=False)
    exempt_paragraph = models.PositiveSmallIntegerField(null=True, blank=True)
    published_first_page = models.PositiveIntegerField(
        null=True, blank=True, help_text="First page in a published pack, as imported."
    )
    published_last_page = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=300, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "item__order", "order", "letter"]
        constraints = [
            models.CheckConstraint(
                condition=Q(exempt=False) | Q(exempt_paragraph__gte=1, exempt_paragraph__lte=7),
                name="exempt_document_names_paragraph",
            ),
        ]

    def __str__(self) -> str:
        if self.letter:
            return f"Appendix {self.letter}: {self.title}"
        return self.title
