"""A real SMTP server on loopback (aiosmtpd), so e-mail tests see what goes on the wire."""

from __future__ import annotations

import email
import email.policy
import socket

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


@pytest.fixture
def smtp_server(settings):
    """Start aiosmtpd on 127.0.0.1 and point Django's SMTP backend at it, through the same
    ``MOOT_EMAIL_URL`` reading that production uses."""
    from aiosmtpd.controller import Controller

    from moot.notifications.config import email_settings_from_url

    mailbox = Mailbox()
    port = _free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    for name, value in email_settings_from_url(f"smtp://127.0.0.1:{port}").items():
        setattr(settings, name, value)
    try:
        yield mailbox
    finally:
        controller.stop()
