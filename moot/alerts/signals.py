"""What publication tells public alerts, without changing the publishing services: when a
meeting's agenda or draft minutes are published (the ``Meeting`` saved with
``agenda_published_at`` or ``minutes_published_at``), or a document is added to a meeting
whose agenda is public, an event is recorded once the change commits (so a rolled-back
publication alerts nobody) and its delivery queued as a job."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from moot.documents.models import Document
from moot.meetings.models import Meeting, SupplementaryAgenda


def _on_commit_record(meeting_id: int, kind: str, document_id: int | None = None) -> None:
    def record() -> None:
        from moot.access import visibility
        from moot.alerts.models import AlertEvent
        from moot.alerts.services import _site, event_record

        meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
        if meeting is None:
            return
        if kind in (AlertEvent.Kind.AGENDA, "revised") and not visibility.agenda_public(meeting):
            return
        if kind == AlertEvent.Kind.DECISIONS and not visibility.minutes_public(meeting):
            return
        if kind == AlertEvent.Kind.DOCUMENT:
            public = visibility.public_documents(Document.objects.filter(pk=document_id))
            document = public.first()
            if document is None:
                return  # exempt, or its agenda not public: never alerted
            from django.urls import reverse

            event_record(
                meeting=meeting,
                kind=kind,
                title=f"New document: {document.title} ({meeting.body.name}, "
                f"{meeting.date:%-d %B %Y})",
                url=_site()
                + reverse(
                    "documents:document", args=[meeting.body.slug, meeting.date_slug, document.pk]
                ),
            )
            return
        if kind == "revised":  # a supplementary or revised agenda: an agenda alert
            event_record(
                meeting=meeting,
                kind=AlertEvent.Kind.AGENDA,
                title=f"Agenda revised: {meeting.body.name}, {meeting.date:%-d %B %Y}",
            )
            return
        event_record(meeting=meeting, kind=kind)

    transaction.on_commit(record)


@receiver(post_save, sender=Meeting, dispatch_uid="moot.alerts.meeting_published")
def meeting_published(sender, instance: Meeting, created: bool, update_fields=None, **kwargs):
    if kwargs.get("raw") or not update_fields:
        return
    fields = set(update_fields)
    if "agenda_published_at" in fields and instance.agenda_published_at:
        _on_commit_record(instance.pk, "agenda")
    if "minutes_published_at" in fields and instance.minutes_published_at:
        _on_commit_record(instance.pk, "decisions")


@receiver(post_save, sender=Document, dispatch_uid="moot.alerts.document_added")
def document_added(sender, instance: Document, created: bool, **kwargs):
    if kwargs.get("raw") or not created or not instance.file:
        return
    meeting = Meeting.objects.filter(pk=instance.meeting_id).first()
    if meeting is None or meeting.agenda_published_at is None:
        return
    _on_commit_record(instance.meeting_id, "document", instance.pk)


@receiver(post_save, sender=SupplementaryAgenda, dispatch_uid="moot.alerts.agenda_revised")
def agenda_revised(sender, instance: SupplementaryAgenda, created: bool, **kwargs):
    """A published agenda changed (an item added or withdrawn): its followers are told."""
    if kwargs.get("raw") or not created:
        return
    _on_commit_record(instance.meeting_id, "revised")
