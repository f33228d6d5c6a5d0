"""Report sign-off: the authority's sign-off steps, draft reports for agenda items, and the
decisions on them (docs/adr/0013-report-sign-off.md)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from moot.meetings.models import AgendaItem


class SignOffStep(models.Model):
    """One step every draft report goes through (e.g. lead officer, legal, finance), in
    ``order``, signed by one of its named signatories. The authority's data: edited by an
    administrator (``moot report-step``, or the admin). A step no longer wanted is made
    inactive, so the drafts that went through it keep their history."""

    name = models.CharField(max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)
    signatories = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="signoff_steps",
        help_text="The people who may sign this step off (or send a draft back).",
    )

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


def report_path(instance: Report, filename: str) -> str:
    meeting = instance.item.meeting
    return f"reports/{meeting.body.slug}/{meeting.date_slug}/{filename}"


class Report(models.Model):
    """One draft of a report for an agenda item. A new draft of the same item supersedes
    the earlier one (kept, with its decisions). ``steps`` holds the sign-off steps as they
    were when the draft was uploaded ([{"id", "name"}] in order), so a change of the
    configuration does not change a draft already in sign-off. The draft is not public:
    only the accepted report becomes a published ``Document`` of the item."""

    class Status(models.TextChoices):
        IN_SIGN_OFF = "in_sign_off", "In sign-off"
        SENT_BACK = "sent_back", "Sent back"
        SIGNED_OFF = "signed_off", "Signed off"
        ACCEPTED = "accepted", "Accepted"
        SUPERSEDED = "superseded", "Superseded"

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="draft_reports")
    title = models.CharField(max_length=400)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150, blank=True)
    file = models.FileField(upload_to=report_path, max_length=400)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    size_bytes = models.PositiveBigIntegerField(null=True, blank=True)
    checksum = models.CharField(max_length=64, blank=True)
    steps = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_SIGN_OFF)
    submitted_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The published report, once accepted.",
    )

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="accepted") | Q(accepted_at__isnull=False),
                name="accepted_report_is_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} (item {self.item.number})"


class SignOff(models.Model):
    """A step's decision on a draft: signed off, or sent back with the reason; by whom and
    when."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="signoffs")
    step = models.ForeignKey(SignOffStep, on_delete=models.PROTECT, related_name="+")
    step_name = models.CharField(max_length=100)
    signed = models.BooleanField(help_text="Signed off; otherwise sent back.")
    reason = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_name = models.CharField(max_length=150)
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["report", "step"], name="one_decision_per_step"),
            models.CheckConstraint(
                condition=Q(signed=True) | ~Q(reason=""), name="sent_back_has_reason"
            ),
        ]

    def __str__(self) -> str:
        what = "signed off" if self.signed else "sent back"
        return f"{self.step_name} {what} by {self.by_name}"
