"""Sending e-mail: composed in the request, sent by a background job (``email_queue``).

Every message has a plain-text and an HTML part and ends with a line saying why the
recipient got it. A message about a subscription carries RFC 8058 one-click unsubscribe
headers, so that a mail client can offer "Unsubscribe" and unsubscribe with one POST.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.utils import make_msgid
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


class EmailRefused(ValueError):
    """The message cannot be sent as asked (the sentence names the input at fault)."""


@dataclass(frozen=True)
class SentEmail:
    to: str
    subject: str
    message_id: str


def _header_safe(name: str, value: str) -> str:
    if "\n" in value or "\r" in value:
        raise EmailRefused(f"The {name} {value!r} has a line break; a header must be one line.")
    return value


def _compose(
    *,
    to: str,
    subject: str,
    text: str,
    reason: str,
    html: str | None = None,
    unsubscribe_url: str | None = None,
    from_email: str | None = None,
) -> dict:
    """The finished message as the plain, JSON-serialisable arguments of
    ``moot.jobs.tasks.send_email``; raises :class:`EmailRefused` for bad input."""
    to = _header_safe("recipient", to.strip())
    subject = _header_safe("subject", " ".join(subject.split()))
    if "@" not in to:
        raise EmailRefused(f"The recipient {to!r} is not an e-mail address.")
    if not reason.strip():
        raise EmailRefused("Every message must say why the recipient got it (reason is empty).")
    headers = {"Message-ID": make_msgid(domain=DNS_NAME)}
    if unsubscribe_url is not None:
        unsubscribe_url = _header_safe("unsubscribe address", unsubscribe_url.strip())
        if not unsubscribe_url.startswith("https://"):
            raise EmailRefused(
                f"The unsubscribe address {unsubscribe_url!r} must start with https:// "
                "(RFC 8058 one-click unsubscribe)."
            )
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    context = {
        "text": text,
        "html": html,
        "reason": reason.strip(),
        "unsubscribe_url": unsubscribe_url,
        "subject": subject,
    }
    return {
        "to": [to],
        "subject": subject,
        "text": render_to_string("notifications/email.txt", context),
        "html": render_to_string("notifications/email.html", context),
        "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
        "headers": headers,
    }


def email_send(
    *,
    to: str,
    subject: str,
    text: str,
    reason: str,
    html: str | None = None,
    unsubscribe_url: str | None = None,
    from_email: str | None = None,
    connection=None,
) -> SentEmail:
    """Build and send one message to one recipient, now (a job's work: everything else
    calls :func:`email_queue`).

    ``text`` is the plain-text body; ``html`` the HTML body, trusted markup from a template
    (made from ``text`` when not given). ``reason`` is the sentence saying why the recipient got it ("You get this
    because you asked to reset the password of your Moot account."), added to both parts.
    ``unsubscribe_url`` (an https address that unsubscribes on a POST, RFC 8058) marks a
    subscription: it adds ``List-Unsubscribe`` and ``List-Unsubscribe-Post``.
    """
    composed = _compose(
        to=to,
        subject=subject,
        text=text,
        reason=reason,
        html=html,
        unsubscribe_url=unsubscribe_url,
        from_email=from_email,
    )
    message = EmailMultiAlternatives(
        subject=composed["subject"],
        body=composed["text"],
        from_email=composed["from_email"],
        to=composed["to"],
        headers=composed["headers"],
        connection=connection,
    )
    message.attach_alternative(composed["html"], "text/html")
    message.send()
    logger.info("moot.email.sent to=%s subject=%r", composed["to"][0], composed["subject"])
    return SentEmail(
        to=composed["to"][0],
        subject=composed["subject"],
        message_id=composed["headers"]["Message-ID"],
    )


def email_queue(
    *,
    to: str,
    subject: str,
    text: str,
    reason: str,
    html: str | None = None,
    unsubscribe_url: str | None = None,
    from_email: str | None = None,
) -> SentEmail:
    """Compose one message now (bad input is refused at once, as by :func:`email_send`)
    and send it as a background job (``moot.jobs.tasks.send_email``), enqueued when the
    current transaction commits: a rolled-back change sends nothing, and the request does
    not wait for the mail server. The worker tries again when the server is down."""
    composed = _compose(
        to=to,
        subject=subject,
        text=text,
        reason=reason,
        html=html,
        unsubscribe_url=unsubscribe_url,
        from_email=from_email,
    )
    transaction.on_commit(partial(_enqueue, composed))
    logger.info("moot.email.queued to=%s subject=%r", composed["to"][0], composed["subject"])
    return SentEmail(
        to=composed["to"][0],
        subject=composed["subject"],
        message_id=composed["headers"]["Message-ID"],
    )


def _enqueue(composed: dict) -> None:
    from moot.jobs.tasks import send_email

    send_email.enqueue(**composed)


AGENDA_REASON = (
    "You get this e-mail because you are a member of {body} and have a Moot account with "
    "this address."
)


def _agenda_context(meeting) -> dict:
    """What every message to the members about a meeting's agenda names: the body, when,
    the meeting's page and the members' pack."""
    from zoneinfo import ZoneInfo

    from django.urls import reverse
    from django.utils import timezone

    site = settings.MOOT_SITE_URL
    local = timezone.localtime(meeting.start, ZoneInfo("Europe/London"))
    return {
        "body": meeting.body.name,
        "when": f"{local:%A %-d %B %Y} at {local:%-H:%M}",
        "meeting_url": site + meeting.get_absolute_url(),
        "members_pack_url": site
        + reverse("documents:members_pack", args=[meeting.body.slug, meeting.date_slug]),
    }


def _agenda_members_queue(*, meeting, subject: str, template: str, context: dict) -> list:
    """One message per member of the body on the meeting's date with an e-mail address."""
    from moot.notifications.selectors import agenda_recipients

    body = meeting.body.name
    queued = []
    for recipient in agenda_recipients(meeting):
        personal = {**context, "name": recipient.name}
        queued.append(
            email_queue(
                to=recipient.email,
                subject=subject,
                text=render_to_string(f"notifications/{template}.txt", personal),
                html=render_to_string(f"notifications/{template}.html", personal),
                reason=AGENDA_REASON.format(body=body),
            )
        )
    return queued


def agenda_members_notify(*, meeting) -> list[SentEmail]:
    """Queue, for when the transaction commits, one message to every member of the
    meeting's body on its date who has a sign-in account with an e-mail address: the
    agenda is published, with the links to the meeting's page and the members' pack."""
    subject = f"Agenda published: {meeting.body.name}, {meeting.date:%-d %B %Y}"
    queued = _agenda_members_queue(
        meeting=meeting,
        subject=subject,
        template="agenda_published",
        context=_agenda_context(meeting),
    )
    logger.info("moot.agenda.members_notified meeting=%s messages=%d", meeting.pk, len(queued))
    return queued


def agenda_revised_notify(*, meeting, changes, revised_at) -> list[SentEmail]:
    """Queue, as ``agenda_members_notify`` does, the message that the published agenda is
    revised (a supplementary or revised agenda), listing ``changes`` (the public change
    history's rows: what changed and why)."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    local = timezone.localtime(revised_at, ZoneInfo("Europe/London"))
    subject = f"Agenda revised: {meeting.body.name}, {meeting.date:%-d %B %Y}"
    context = {
        **_agenda_context(meeting),
        "revised": f"{local:%-d %B %Y} at {local:%-H:%M}",
        "changes": changes,
    }
    queued = _agenda_members_queue(
        meeting=meeting, subject=subject, template="agenda_revised", context=context
    )
    logger.info("moot.agenda.revision_notified meeting=%s messages=%d", meeting.pk, len(queued))
    return queued
