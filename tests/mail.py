"""A real SMTP server on loopback (aiosmtpd), so tests see what goes on the wire: the
e-mail tests' ``smtp_server`` fixture (tests/notifications/conftest.py) and the browser
tests' clerk cycle use it."""

from __future__ import annotations

import email
import email.policy
import socket
from contextlib import contextmanager


class Mailbox:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.envelopes.append(envelope)
        self.messages.append(
            email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def loopback_smtp(settings):
    """Start aiosmtpd on 127.0.0.1 and point Django's SMTP backend at it (through
    pytest-django's ``settings``), read the way production reads ``MOOT_EMAIL_URL``."""
    from aiosmtpd.controller import Controller

    from moot.notifications.config import email_settings_from_url

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    url = f"smtp://127.0.0.1:{controller.port}"
    for name, value in email_settings_from_url(url).items():
        setattr(settings, name, value)
    try:
        yield mailbox
    finally:
        controller.stop()
