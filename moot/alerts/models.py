"""Public alerts: subscriptions by e-mail (no account), the events they are told about,
and the record of each event sent to each subscriber (so nobody gets one twice)."""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Q


def _token() -> str:
    return secrets.token_urlsafe(32)


class Subscription(models.Model):
    """One address following one thing: a body, a person, or a search (words that appear
    in what is published). Nothing is sent until the address is confirmed (double opt-in);
    an unsubscribed subscription is kept (with when) so the address is not asked again by
    mistake, and never sent to."""

    class Kind(models.TextChoices):
        BODY = "body", "A committee or board"
        PERSON = "person", "A person"
        SEARCH = "search", "A search or keyword"

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", "As soon as something is published"
        DAILY = "daily", "One e-mail a day at most (a digest)"

    email = models.EmailField(max_length=254)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    body = models.ForeignKey(
        "governance.Body", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    person = models.ForeignKey(
        "governance.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(max_length=200, blank=True)
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirm_nonce = models.CharField(max_length=64, blank=True, default=_token)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=_token)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="body", body__isnull=False)
                    | Q(kind="person", person__isnull=False)
                    | (Q(kind="search") & ~Q(query=""))
                ),
                name="subscription_names_what_it_follows",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} follows {self.subject_label}"

    @property
    def subject_label(self) -> str:
        if self.kind == self.Kind.BODY and self.body_id:
            return self.body.name
        if self.kind == self.Kind.PERSON and self.person_id:
            return self.person.display_name
        return f'the search "{self.query}"'

    @property
    def active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class AlertEvent(models.Model):
    """Something newly public that subscribers may be told about. Only public text is
    stored (the visibility gate's titles and addresses), so an alert can never carry
    exempt information."""

    class Kind(models.TextChoices):
        AGENDA = "agenda", "New agenda"
        DOCUMENT = "document", "New document"
        DECISIONS = "decisions", "Decisions and draft minutes"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="alert_events"
    )
    title = models.CharField(max_length=400)
    text = models.TextField(blank=True, help_text="Public words matched against searches.")
    url = models.CharField(max_length=400)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.title


class Delivery(models.Model):
    """One event sent (queued) to one subscription: at most once."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(AlertEvent, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "event"], name="delivery_once")
        ]

    def __str__(self) -> str:
        return f"Event {self.event_id} to subscription {self.subscription_id}"
