"""Key decisions, their notices and exceptions, decision records and call-in requests.

The rules these obey are in ``moot.executive.rules``; writes go through
``moot.executive.services``; the public sees them only through ``moot.access.visibility``.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal

from django.db import models
from django.urls import reverse

from moot.executive.rules import CALL_IN_ANY, CALL_IN_WHO
from moot.governance.models import Authority, Body


class ExecutiveSettings(models.Model):
    """The authority's settings for executive decisions (one row per authority)."""

    class Counting(models.TextChoices):
        CALENDAR = "calendar", "Calendar days (only the first and last day left out)"
        WORKING = "working", "Working days (the authority's agenda counting)"

    authority = models.OneToOneField(
        Authority, on_delete=models.CASCADE, related_name="executive_settings"
    )
    revenue_threshold = models.DecimalField(
        max_digits=14, decimal_places=2, default=Decimal("500000")
    )
    capital_threshold = models.DecimalField(
        max_digits=14, decimal_places=2, default=Decimal("1000000")
    )
    wards_threshold = models.PositiveSmallIntegerField(default=2)
    notice_counting = models.CharField(
        max_length=10, choices=Counting.choices, default=Counting.CALENDAR
    )
    call_in_working_days = models.PositiveSmallIntegerField(default=5)
    call_in_cut_off = models.TimeField(default=time(17, 0))
    call_in_members_needed = models.PositiveSmallIntegerField(default=2)
    call_in_who = models.CharField(
        max_length=20,
        choices=list(CALL_IN_WHO.items()),
        default=CALL_IN_ANY,
        help_text="Who may call a decision in (moot.executive.rules.call_in_rights_error): "
        "the number of members above, of the council or of the scrutiny committee.",
    )
    record_due_working_days = models.PositiveSmallIntegerField(
        default=2,
        help_text="Working days after a decision within which its record is published: the "
        "authority's reading of 'as soon as reasonably practicable' (regs 12-13).",
    )
    scrutiny_body = models.ForeignKey(
        Body,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The overview and scrutiny committee that hears call-ins.",
    )
    scrutiny_chair = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name_plural = "executive settings"

    def __str__(self) -> str:
        return f"Executive settings of {self.authority}"


class KeyDecisionNotice(models.Model):
    """One entry of the forward plan: the notice of a key decision (reg 9)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Not yet published"
        PUBLISHED = "published", "Published"
        DECIDED = "decided", "Decided"
        WITHDRAWN = "withdrawn", "Withdrawn"

    body = models.ForeignKey(
        Body,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="key_decision_notices",
        help_text="The decision-making body; blank when an individual decides.",
    )
    matter = models.CharField(max_length=400)
    summary = models.TextField(blank=True)
    decision_maker = models.CharField(
        max_length=400, help_text="The person's name and title, or the body and its members."
    )
    decision_date = models.DateField()
    decision_period = models.CharField(max_length=200, blank=True)
    documents = models.TextField(help_text="The documents to be submitted, one a line.")
    documents_address = models.TextField()
    other_documents = models.TextField()
    request_procedure = models.TextField()
    key = models.BooleanField(default=True, help_text="A key decision (reg 8).")
    key_reason = models.TextField(blank=True, help_text="Why this is a key decision (reg 8).")
    wards = models.CharField(max_length=400, blank=True)
    first_published = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    private_paragraph = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Paragraph of Schedule 12A if the decision is to be made in private (reg 5).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decision_date", "id"]

    def __str__(self) -> str:
        return self.matter

    def get_absolute_url(self) -> str:
        return reverse("executive:notice", args=[self.pk])


class ExceptionRecord(models.Model):
    """A general exception (reg 10) or special urgency (reg 11) record for a notice."""

    class Kind(models.TextChoices):
        GENERAL_EXCEPTION = "general_exception", "General exception (reg 10)"
        SPECIAL_URGENCY = "special_urgency", "Special urgency (reg 11)"

    notice = models.OneToOneField(
        KeyDecisionNotice, on_delete=models.CASCADE, related_name="exception"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    reasons = models.TextField()
    scrutiny_chair_informed_on = models.DateField(null=True, blank=True)
    public_notice_on = models.DateField(null=True, blank=True)
    agreed_by_role = models.CharField(max_length=30, blank=True)
    agreed_by_name = models.CharField(max_length=200, blank=True)
    agreed_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.notice}"


class ExecutiveDecision(models.Model):
    """The record of an executive or officer decision (regs 12-13; Openness reg 7)."""

    class Route(models.TextChoices):
        NORMAL = "normal", "28 clear days' notice (reg 9)"
        GENERAL_EXCEPTION = "general_exception", "General exception (reg 10)"
        SPECIAL_URGENCY = "special_urgency", "Special urgency (reg 11)"
        NOT_KEY = "not_key", "Not a key decision"

    notice = models.OneToOneField(
        KeyDecisionNotice,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decision",
    )
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="executive_decisions"
    )
    maker = models.CharField(max_length=400)
    by_officer = models.BooleanField(default=False)
    title = models.CharField(max_length=400)
    # Checked by moot.executive.rules.decision_record_errors, which names the regulation.
    decision = models.TextField(blank=True)
    decided_on = models.DateField()
    reasons = models.TextField(blank=True)
    alternatives = models.TextField(blank=True)
    conflicts = models.TextField(blank=True)
    dispensations = models.TextField(blank=True)
    key = models.BooleanField(default=False)
    route = models.CharField(max_length=20, choices=Route.choices, default=Route.NOT_KEY)
    route_explanation = models.TextField(blank=True)
    urgent = models.BooleanField(default=False, help_text="Exempt from call-in.")
    urgency_reason = models.TextField(blank=True)
    published_at = models.DateTimeField()
    call_in_closes_at = models.DateTimeField(null=True, blank=True)
    effective_from = models.DateField()
    call_in_explanation = models.TextField(blank=True)
    exempt_paragraph = models.PositiveSmallIntegerField(null=True, blank=True)
    exempt_details = models.TextField(
        blank=True, help_text="Exempt information (Schedule 12A): never shown to the public."
    )

    class Meta:
        ordering = ["-decided_on", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("executive:decision", args=[self.pk])


class CallIn(models.Model):
    """A request by members that scrutiny review a decision before it takes effect."""

    decision = models.OneToOneField(
        ExecutiveDecision, on_delete=models.CASCADE, related_name="call_in"
    )
    requested_at = models.DateTimeField()
    members = models.TextField(help_text="The members calling in, one a line.")
    grounds = models.TextField()
    item = models.ForeignKey(
        "meetings.AgendaItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The scrutiny meeting's item that hears it.",
    )

    def __str__(self) -> str:
        return f"Call-in of {self.decision}"


class PrivateMeetingNotice(models.Model):
    """Notices that an executive meeting (or part of one) will be held in private (reg 5)."""

    meeting = models.OneToOneField(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="private_notice"
    )
    paragraph = models.PositiveSmallIntegerField(
        help_text="The paragraph of Schedule 12A relied on (1-7)."
    )
    reasons = models.TextField(blank=True)
    first_notice_on = models.DateField(null=True, blank=True, help_text="28 clear days before.")
    second_notice_on = models.DateField(null=True, blank=True, help_text="5 clear days before.")
    representations = models.TextField(blank=True)
    response = models.TextField(blank=True)
    urgency_agreed_by_role = models.CharField(max_length=30, blank=True)
    urgency_agreed_by_name = models.CharField(max_length=200, blank=True)
    urgency_agreed_on = models.DateField(null=True, blank=True)
    urgency_reasons = models.TextField(blank=True)
    explanation = models.TextField(blank=True, editable=False)

    def __str__(self) -> str:
        return f"Private meeting notice: {self.meeting}"
