"""The members' area's own records: apologies a member sent, changes a member asked for to
their register of interests (reviewed by the clerk before they are published), and a
member's private notes on a paper.

The published register is ``meetings.InterestRegisterEntry``: a change becomes (or ends)
an entry there only when a clerk publishes it, so the public register never shows an
unreviewed change. Attendance is ``meetings.Attendance``: apologies sent here are recorded
there through ``meetings.services.attendance_record``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from moot.meetings.models import InterestRegisterEntry


class Apology(models.Model):
    """A member's apologies for a meeting, as they sent them (the attendance record takes
    them at once; this row is what the clerk's dashboard lists)."""

    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="member_apologies"
    )
    person = models.ForeignKey(
        "governance.Person", on_delete=models.CASCADE, related_name="member_apologies"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(blank=True)
    substitute = models.ForeignKey(
        "governance.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The substitute the member's organisation nominates (ToR 5.3), if any.",
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="apology_once_per_meeting")
        ]

    def __str__(self) -> str:
        return f"Apologies from {self.person} for {self.meeting}"


class InterestChange(models.Model):
    """A change a member asked for to their register of interests: a new interest, or the
    end of a registered one. Pending until a clerk publishes or returns it."""

    class Kind(models.TextChoices):
        ADD = "add", "New interest"
        END = "end", "Interest ended"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for the clerk"
        PUBLISHED = "published", "Published"
        RETURNED = "returned", "Returned to the member"

    person = models.ForeignKey(
        "governance.Person", on_delete=models.CASCADE, related_name="interest_changes"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    entry = models.ForeignKey(
        InterestRegisterEntry,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="changes",
        help_text="The registered interest this change ends, or the one it became.",
    )
    category = models.CharField(max_length=30, choices=InterestRegisterEntry.Category.choices)
    description = models.TextField()
    sensitive = models.BooleanField(default=False)
    effective_on = models.DateField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="end") | Q(entry__isnull=False),
                name="interest_end_names_entry",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()} ({self.get_category_display()})"


class PaperNote(models.Model):
    """A member's private note on one page of a paper (a highlight with a comment). Only its
    author ever reads it: every read and write is filtered on the signed-in user."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="paper_notes"
    )
    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="member_notes"
    )
    page = models.PositiveIntegerField()
    highlight = models.CharField(max_length=500, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document", "page", "created_at"]
        indexes = [models.Index(fields=["author", "document"])]

    def __str__(self) -> str:
        return f"Note on page {self.page} of document {self.document_id}"


class InterestReminder(models.Model):
    """A reminder sent to a member to check their register of interests (within 28 days of
    taking office, then yearly): kept so that a member is not reminded twice in 28 days."""

    person = models.ForeignKey(
        "governance.Person", on_delete=models.CASCADE, related_name="interest_reminders"
    )
    sent_on = models.DateField()
    reason = models.CharField(max_length=300)

    class Meta:
        ordering = ["-sent_on"]

    def __str__(self) -> str:
        return f"Reminder to {self.person} on {self.sent_on}"
