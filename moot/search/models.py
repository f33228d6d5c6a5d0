"""The search index: one row per public thing a visitor can find.

Rows are written only by ``services.index_meeting`` / ``services.reindex_all``. The full-text
structures around the table are vendor-specific and live in ``schema.py``: on SQLite an FTS5
external-content table kept in step by triggers; on PostgreSQL a generated ``tsvector``
column with a GIN index. Exempt information (LGA 1972 Schedule 12A) never reaches this table.

The meeting is referenced by id, not by foreign key, on purpose: a meeting being deleted
cascades to its items, whose delete signals would otherwise re-insert rows pointing at a
row about to vanish. ``signals.py`` removes a deleted meeting's rows.
"""

from __future__ import annotations

from django.db import models


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        ITEM = "item", "Agenda item"
        MINUTES = "minutes", "Minutes"
        RESOLUTION = "resolution", "Decision"
        DOCUMENT = "document", "Document"
        EXECUTIVE_DECISION = "executive_decision", "Executive decision"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    meeting_id = models.PositiveBigIntegerField(db_index=True)
    meeting_identifier = models.CharField(max_length=200)
    meeting_date = models.DateField(db_index=True)
    body_slug = models.CharField(max_length=120, db_index=True)
    body_name = models.CharField(max_length=250)
    title = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    url = models.CharField(max_length=500)

    class Meta:
        ordering = ["-meeting_date", "id"]
        verbose_name_plural = "search entries"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_once"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
