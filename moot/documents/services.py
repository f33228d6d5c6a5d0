"""Writes to the documents store."""

from __future__ import annotations

from django.db import transaction

from moot.documents.models import Document
from moot.governance.services import log_action
from moot.meetings.models import AgendaItem, Meeting


@transaction.atomic
def document_record(
    *,
    meeting: Meeting,
    title: str,
    kind: str = Document.Kind.REPORT,
    item: AgendaItem | None = None,
    letter: str = "",
    size_bytes: int | None = None,
    text: str = "",
    user=None,
    **fields,
) -> Document:
    """Record a document known to the record (an import's "PDF 246 KB", an appendix whose
    text we hold) without a file; uploads go through ``document_upload``."""
    order = meeting.documents.count() + 1
    document = Document.objects.create(
        meeting=meeting,
        item=item,
        title=title,
        kind=kind,
        letter=letter,
        size_bytes=size_bytes,
        text=text,
        order=order,
        exempt=bool(item and item.exempt),
        exempt_paragraph=item.exempt_paragraph if item else None,
        **fields,
    )
    log_action("moot.document.recorded", document, user=user)
    return document
