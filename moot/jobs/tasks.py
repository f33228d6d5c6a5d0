"""Moot's background jobs. Each takes plain, JSON-serialisable arguments (ids, not model
instances: the row is read again when the job runs) and returns a small JSON result.

Enqueue with ``tasks.pack_build.enqueue(meeting_id=...)``; ``moot worker`` runs them.
"""

from __future__ import annotations

from moot.jobs.policy import moot_task


@moot_task(attempts=3, base_seconds=30)
def pack_build(meeting_id: int, include_exempt: bool = False) -> dict:
    """Build (or find in the build cache) a meeting's agenda pack; the file is written
    atomically, so a build stopped half way leaves no partial pack."""
    from moot.documents.services import pack_build as build
    from moot.meetings.models import Meeting

    meeting = Meeting.objects.select_related("body").get(pk=meeting_id)
    result = build(meeting=meeting, include_exempt=include_exempt)
    return {"path": str(result.path), "pages": result.pages, "cached": result.cached}


@moot_task(attempts=3, base_seconds=30)
def minutes_doc_build(meeting_id: int, include_exempt: bool = False) -> dict:
    """Build (or find in the build cache) a held meeting's minutes document."""
    from moot.documents.services import minutes_doc_build as build
    from moot.meetings.models import Meeting

    meeting = Meeting.objects.select_related("body").get(pk=meeting_id)
    result = build(meeting=meeting, include_exempt=include_exempt)
    return {"path": str(result.path), "pages": result.pages, "draft": result.draft}


@moot_task(attempts=3, base_seconds=30)
def document_text_extract(document_id: int) -> dict:
    """Read the text of an uploaded document's PDF into the record (and so the index)."""
    from moot.documents.models import Document
    from moot.documents.services import document_text_extract as extract

    document = Document.objects.get(pk=document_id)
    document = extract(document=document)
    return {"document": document.pk, "characters": len(document.text)}


@moot_task(attempts=5, base_seconds=10)
def search_meeting_index(meeting_id: int) -> dict:
    """Bring one meeting's search entries in step with the record."""
    from moot.meetings.models import Meeting
    from moot.search import services

    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None:
        services.unindex_meeting(meeting_id)
        return {"meeting": meeting_id, "indexed": False}
    services.index_meeting(meeting)
    return {"meeting": meeting_id, "indexed": True}


@moot_task(attempts=5, base_seconds=60)
def send_email(
    *,
    to: list[str],
    subject: str,
    text: str,
    html: str = "",
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
) -> dict:
    """Send one message (plain text, and HTML when given) through ``MOOT_EMAIL_URL``.

    Plain arguments only, so the caller composes the message and this job only delivers
    it; an SMTP failure raises and the job is tried again later.
    """
    from django.core.mail import EmailMultiAlternatives

    if not to:
        raise ValueError("send_email needs at least one address in 'to'")
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=from_email, to=list(to), headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    sent = message.send(fail_silently=False)
    return {"sent": sent, "to": list(to)}
