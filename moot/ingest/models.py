"""Provenance of imports: which file, by checksum, was applied to which meetings.

One ``ImportRecord`` per source file (by SHA-256) and body. Importing the same file again
finds its record; if the import changed nothing, the record is left as it was, so a repeated
import adds no rows anywhere. The meetings a file described are linked to its record, so a
meeting built from several files (an agenda pack and a web page) shows every one of them.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from moot.governance.models import Body
from moot.meetings.models import Meeting


class ImportRecord(models.Model):
    class Kind(models.TextChoices):
        AGENDA_PACK = "agenda-pack", "Agenda pack"
        MODERNGOV_PAGE = "moderngov-page", "Agenda and minutes page"

    source_name = models.CharField(max_length=300, help_text="The file name as imported.")
    checksum = models.CharField(max_length=64, db_index=True, help_text="SHA-256 of the file.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="imports")
    imported_at = models.DateTimeField(default=timezone.now)
    pages = models.PositiveIntegerField(null=True, blank=True, help_text="Pages of a PDF.")
    summary = models.JSONField(default=dict, blank=True, help_text="The import's report.")
    meetings = models.ManyToManyField(Meeting, blank=True, related_name="imports")

    class Meta:
        ordering = ["-imported_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["checksum", "body"], name="import_once_per_body"),
        ]

    def __str__(self) -> str:
        return f"{self.source_name} ({self.get_kind_display().lower()})"
