"""Template tags for pages that link to documents' files."""

from __future__ import annotations

from django import template

from moot.documents.models import Document

register = template.Library()


@register.simple_tag
def documents_with_files(meeting_id: int | None) -> frozenset[int]:
    """The ids of the meeting's documents that hold a file, in one query: the portal's
    document lists (already filtered by the visibility gate) link these for download."""
    if not meeting_id:
        return frozenset()
    return frozenset(
        Document.objects.filter(meeting_id=meeting_id).exclude(file="").values_list("pk", flat=True)
    )
