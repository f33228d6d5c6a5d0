"""Writes of public alerts: subscribe (double opt-in), confirm, unsubscribe, record what
was published, deliver it (background jobs, e-mail through ``notifications.email_queue``).

Nothing is ever sent to an address that has not confirmed, except the one message that
asks it to confirm. Each event goes to each subscription at most once (``Delivery``).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from moot.access import visibility
from moot.alerts import rules
from moot.alerts.models import AlertEvent, Delivery, Subscription
from moot.governance.services import log_action
from moot.notifications.services import email_queue

logger = logging.getLogger(__name__)

SALT = "moot.alerts.confirm"
PER_ADDRESS_PER_HOUR = 5


class Refused(ValueError):
    """A request refused; ``errors`` maps each field at fault to a sentence."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(errors.values()))


class LinkRefused(ValueError):
    """A confirmation link that is malformed, expired or already used (the sentence says
    which)."""


def _site() -> str:
    return settings.MOOT_SITE_URL


def confirm_token(subscription: Subscription) -> str:
    return signing.dumps({"s": subscription.pk, "n": subscription.confirm_nonce}, salt=SALT)


def confirm_url(subscription: Subscription) -> str:
    return _site() + reverse("alerts:confirm", args=[confirm_token(subscription)])


def unsubscribe_url(subscription: Subscription) -> str:
    return _site() + reverse("alerts:unsubscribe", args=[subscription.unsubscribe_token])


@transaction.atomic
def subscribe(
    *,
    email: str,
    kind: str,
    body=None,
    person=None,
    query: str = "",
    frequency: str = Subscription.Frequency.IMMEDIATE,
    now: datetime | None = None,
) -> Subscription:
    """Record a subscription waiting for confirmation and e-mail the confirmation link.
    Refused: a malformed address, nothing to follow, or more than five requests for one
    address in an hour (a flood)."""
    now = now or timezone.now()
    email = email.strip()
    errors: dict[str, str] = {}
    problem = rules.email_error(email)
    if problem:
        errors["email"] = problem
    if kind == Subscription.Kind.BODY and body is None:
        errors["body"] = "Choose the committee or board to follow."
    elif kind == Subscription.Kind.PERSON and person is None:
        errors["person"] = "Choose the person to follow."
    elif kind == Subscription.Kind.SEARCH:
        problem = rules.query_error(query)
        if problem:
            errors["query"] = problem
    elif kind not in Subscription.Kind.values:
        errors["kind"] = "Choose what to follow: a committee, a person or a search."
    if frequency not in Subscription.Frequency.values:
        errors["frequency"] = "Choose how often to be told: at once or once a day."
    if errors:
        raise Refused(errors)
    recent = Subscription.objects.filter(
        email__iexact=email, created_at__gte=now - timedelta(hours=1)
    ).count()
    if recent >= PER_ADDRESS_PER_HOUR:
        raise Refused(
            {
                "email": f"{email} has asked for {recent} subscriptions in the last hour; try "
                "again in an hour (this stops anyone flooding an address with e-mail)."
            }
        )
    subscription = Subscription.objects.create(
        email=email,
        kind=kind,
        body=body if kind == Subscription.Kind.BODY else None,
        person=person if kind == Subscription.Kind.PERSON else None,
        query=" ".join(query.split()) if kind == Subscription.Kind.SEARCH else "",
        frequency=frequency,
    )
    email_queue(
        to=email,
        subject=f"Confirm your alerts about {subscription.subject_label}",
        text=(
            f"Someone, we hope you, asked for e-mail alerts about {subscription.subject_label} "
            f"to be sent to this address.\n\nTo confirm, open this link within "
            f"{rules.CONFIRM_DAYS} days and press Confirm:\n{confirm_url(subscription)}\n\n"
            "If it was not you, ignore this message: nothing more will be sent."
        ),
        reason="You get this e-mail because this address was entered on the alerts form; "
        "it is the only message sent until the address is confirmed.",
    )
    log_action("moot.alerts.subscribed", subscription, data={"kind": kind})
    return subscription


def subscription_for_token(token: str) -> Subscription:
    """The subscription a confirmation link names, or ``LinkRefused`` saying why not."""
    try:
        value = signing.loads(token, salt=SALT, max_age=rules.CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        raise LinkRefused(
            f"This confirmation link has expired (links work for {rules.CONFIRM_DAYS} days). "
            "Subscribe again to get a new one."
        ) from None
    except signing.BadSignature:
        raise LinkRefused(
            "This confirmation link is not valid: check it was copied whole."
        ) from None
    subscription = Subscription.objects.filter(pk=value.get("s")).first()
    if subscription is None:
        raise LinkRefused("This subscription no longer exists. Subscribe again.")
    if subscription.confirmed_at is not None or subscription.confirm_nonce != value.get("n"):
        raise LinkRefused(
            "This confirmation link has already been used: a link works once. Your "
            "subscription stays as it is."
        )
    return subscription


@transaction.atomic
def confirm(token: str, *, now: datetime | None = None) -> Subscription:
    subscription = subscription_for_token(token)
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    if subscription.confirmed_at is not None or not subscription.confirm_nonce:
        raise LinkRefused("This confirmation link has already been used: a link works once.")
    subscription.confirmed_at = now or timezone.now()
    subscription.confirm_nonce = ""  # the link cannot be used again
    subscription.save(update_fields=["confirmed_at", "confirm_nonce"])
    log_action("moot.alerts.confirmed", subscription)
    return subscription


@transaction.atomic
def unsubscribe(token: str, *, now: datetime | None = None) -> Subscription | None:
    """Stop a subscription at once (RFC 8058 one-click); None for an unknown token."""
    subscription = Subscription.objects.select_for_update().filter(unsubscribe_token=token).first()
    if subscription is None:
        return None
    if subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = now or timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
        log_action("moot.alerts.unsubscribed", subscription)
    return subscription


# --- what was published ------------------------------------------------------------------------


def _active() -> Q:
    return Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


def _public_words(meeting) -> str:
    from moot.documents.models import Document

    words = [meeting.body.name]
    words += [item.title for item in meeting.items.all()]  # exempt items: title only (public)
    words += list(
        visibility.public_documents(Document.objects.filter(meeting=meeting)).values_list(
            "title", flat=True
        )
    )
    return " ".join(words)


def event_record(*, meeting, kind: str, title: str | None = None, url: str | None = None):
    """Record a newly public thing about ``meeting`` and queue its immediate delivery;
    nothing is recorded while nobody subscribes."""
    if not Subscription.objects.filter(_active()).exists():
        return None
    labels = {
        AlertEvent.Kind.AGENDA: "Agenda published",
        AlertEvent.Kind.DECISIONS: "Draft minutes and decisions published",
        AlertEvent.Kind.DOCUMENT: "New document",
    }
    heading = title or f"{labels[kind]}: {meeting.body.name}, {meeting.date:%-d %B %Y}"
    event = AlertEvent.objects.create(
        kind=kind,
        meeting=meeting,
        title=heading[:400],
        text=_public_words(meeting) + " " + heading,
        url=url or (_site() + meeting.get_absolute_url()),
    )
    from moot.alerts.tasks import alerts_deliver

    transaction.on_commit(lambda: alerts_deliver.enqueue(event_id=event.pk))
    return event


def _published(event: AlertEvent) -> rules.Published:
    from moot.governance import selectors as gov_selectors

    meeting = event.meeting
    terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
    people = (
        frozenset(m.person_id for m in gov_selectors.memberships_on(terms, meeting.date))
        if terms
        else frozenset()
    )
    return rules.Published(body_id=meeting.body_id, people=people, text=event.text)


def _follow(subscription: Subscription) -> rules.Follow:
    return rules.Follow(
        kind=subscription.kind,
        body_id=subscription.body_id,
        person_id=subscription.person_id,
        query=subscription.query,
    )


def _reason(subscription: Subscription) -> str:
    return (
        f"You get this e-mail because you subscribed to alerts about "
        f"{subscription.subject_label}. Unsubscribe: {unsubscribe_url(subscription)}"
    )


def _send(subscription: Subscription, *, subject: str, lines: list[str]) -> None:
    url = unsubscribe_url(subscription)
    email_queue(
        to=subscription.email,
        subject=subject,
        text="\n\n".join(lines),
        reason=_reason(subscription),
        unsubscribe_url=url if url.startswith("https://") else None,
    )


@transaction.atomic
def event_deliver(event_id: int) -> int:
    """Send one event to every confirmed immediate subscriber it matches, once each."""
    event = AlertEvent.objects.select_related("meeting__body").filter(pk=event_id).first()
    if event is None:
        return 0
    published = _published(event)
    sent = 0
    candidates = Subscription.objects.filter(
        _active(), frequency=Subscription.Frequency.IMMEDIATE, confirmed_at__lte=event.created_at
    ).exclude(deliveries__event=event)
    for subscription in candidates.select_related("body", "person"):
        if not rules.matches(_follow(subscription), published):
            continue
        try:
            with transaction.atomic():
                Delivery.objects.create(subscription=subscription, event=event)
        except IntegrityError:
            continue  # already sent by another run
        _send(subscription, subject=event.title, lines=[event.title, event.url])
        sent += 1
    logger.info("moot.alerts.delivered event=%s messages=%d", event.pk, sent)
    return sent


@transaction.atomic
def digest_send(*, now: datetime | None = None) -> dict:
    """Send each daily subscriber due a digest one e-mail listing what matched since the
    last one (nothing when nothing matched)."""
    now = now or timezone.now()
    summary = {"subscriptions": 0, "messages": 0, "events": 0}
    daily = Subscription.objects.filter(_active(), frequency=Subscription.Frequency.DAILY)
    cache: dict[int, rules.Published] = {}
    for subscription in daily.select_related("body", "person").select_for_update(of=("self",)):
        if not rules.digest_due(
            last_digest_at=subscription.last_digest_at,
            confirmed_at=subscription.confirmed_at,
            now=now,
        ):
            continue
        summary["subscriptions"] += 1
        since = subscription.last_digest_at or subscription.confirmed_at
        events = (
            AlertEvent.objects.filter(created_at__gt=since, created_at__lte=now)
            .exclude(deliveries__subscription=subscription)
            .select_related("meeting__body")
        )
        chosen = []
        for event in events:
            if event.pk not in cache:
                cache[event.pk] = _published(event)
            if rules.matches(_follow(subscription), cache[event.pk]):
                chosen.append(event)
        if chosen:
            Delivery.objects.bulk_create(
                [Delivery(subscription=subscription, event=e) for e in chosen],
                ignore_conflicts=True,
            )
            _send(
                subscription,
                subject=f"Your daily alert: {len(chosen)} new about {subscription.subject_label}",
                lines=[f"{e.title}\n{e.url}" for e in chosen],
            )
            summary["messages"] += 1
            summary["events"] += len(chosen)
        subscription.last_digest_at = now
        subscription.save(update_fields=["last_digest_at"])
    return summary
