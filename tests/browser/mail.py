"""A real SMTP server on loopback (aiosmtpd) for the browser tests, as
tests/notifications/conftest.py has one for the e-mail tests."""

from __future__ import annotations

import email
import email.policy
import socket
from contextlib import contextmanager


class Mailbox:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(
            email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        )
        return "250 Message accepted for delivery"


@contextmanager
def loopback_smtp(settings):
    """Start aiosmtpd on 127.0.0.1 and point Django's SMTP backend at it (through
    pytest-django's ``settings``), read the way production reads ``MOOT_EMAIL_URL``."""
    from aiosmtpd.controller import Controller

    from moot.notifications.config import email_settings_from_url

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    for name, value in email_settings_from_url(f"smtp://127.0.0.1:{port}").items():
        setattr(settings, name, value)
    try:
        yield mailbox
    finally:
        controller.stop()
