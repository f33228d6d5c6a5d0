"""Sending e-mail: one plain function, so that a background job can wrap it.

Every message has a plain-text and an HTML part and ends with a line saying why the
recipient got it. A message about a subscription carries RFC 8058 one-click unsubscribe
headers, so that a mail client can offer "Unsubscribe" and unsubscribe with one POST.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.utils import DNS_NAME
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
    """Build and send one message to one recipient.

    ``text`` is the plain-text body; ``html`` the HTML body, trusted markup from a template
    (made from ``text`` when not given). ``reason`` is the sentence saying why the recipient got it ("You get this
    because you asked to reset the password of your Moot account."), added to both parts.
    ``unsubscribe_url`` (an https address that unsubscribes on a POST, RFC 8058) marks a
    subscription: it adds ``List-Unsubscribe`` and ``List-Unsubscribe-Post``.
    """
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
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("notifications/email.txt", context),
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers,
        connection=connection,
    )
    message.attach_alternative(render_to_string("notifications/email.html", context), "text/html")
    message.send()
    message_id = headers["Message-ID"]
    logger.info("moot.email.sent to=%s subject=%r", to, subject)
    return SentEmail(to=to, subject=subject, message_id=message_id)
