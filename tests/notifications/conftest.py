"""A real SMTP server on loopback (aiosmtpd), so e-mail tests see what goes on the wire."""

from __future__ import annotations

import pytest

from tests.mail import loopback_smtp


@pytest.fixture
def smtp_server(settings):
    """Start aiosmtpd on 127.0.0.1 and point Django's SMTP backend at it, through the same
    ``MOOT_EMAIL_URL`` reading that production uses."""
    with loopback_smtp(settings) as mailbox:
        yield mailbox
