"""Stored grants of access, and the log of exempt papers read.

Member and chair are never stored: they come from the governance record (a Membership held
on the date, and its role). Only the roles nobody can derive are granted here.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from moot.access.rules import GRANTABLE_ROLES, ROLE_LABELS


class RoleGrant(models.Model):
    """A role given to a user on one body, or across the authority when ``body`` is empty.
    A revoked grant is kept (with who revoked it and when) so the history stays readable."""

    ROLE_CHOICES = [(role.value, ROLE_LABELS[role]) for role in sorted(GRANTABLE_ROLES)]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(max_length=20, choices=ROLE_CHOICES)
    body = models.ForeignKey(
        "governance.Body",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_grants",
        help_text="Empty: across the whole authority.",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(auto_now_add=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "role", "body"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "body"],
                condition=Q(revoked_at__isnull=True, body__isnull=False),
                name="role_grant_once_per_body",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(revoked_at__isnull=True, body__isnull=True),
                name="role_grant_once_authority_wide",
            ),
            models.CheckConstraint(
                condition=~Q(role="administrator") | Q(body__isnull=True),
                name="administrator_is_authority_wide",
            ),
        ]

    def __str__(self) -> str:
        where = self.body.name if self.body_id else "the authority"
        return f"{self.user} — {self.get_role_display()} of {where}"


class DocumentGrant(models.Model):
    """One exempt document given to a named person who needs to know (LGA 1972 s100F)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="document_grants"
    )
    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="grants"
    )
    reason = models.TextField()
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "document"], name="document_grant_once"),
            models.CheckConstraint(condition=~Q(reason=""), name="document_grant_has_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.document}"


class ExemptDownload(models.Model):
    """Every exempt paper sent to someone: who, when, which document (or which meeting's
    members' pack), and the decision's reason."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", "Exempt document"
        MEMBERS_PACK = "members_pack", "Members' pack"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="exempt_downloads"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exempt_downloads",
    )
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="exempt_downloads"
    )
    reason = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        what = self.document if self.document_id else self.get_kind_display()
        return f"{self.user} — {what} ({self.at:%Y-%m-%d %H:%M})"
