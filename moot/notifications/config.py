"""``MOOT_EMAIL_URL`` read into Django's e-mail settings.

Imported by ``moot.settings``, so it imports nothing from Django's app registry.

| form | transport |
|---|---|
| (unset) or ``console:`` | printed on standard output (development) |
| ``smtp://user:password@host:25`` | plain SMTP |
| ``smtp+tls://user:password@host:587`` | SMTP, upgraded with STARTTLS |
| ``smtps://user:password@host:465`` | SMTP over TLS from the first byte |

User name and password are percent-decoded (``%40`` for ``@``).
"""

from __future__ import annotations

from urllib.parse import unquote, urlparse

from django.core.exceptions import ImproperlyConfigured

CONSOLE = "django.core.mail.backends.console.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_PORTS = {"smtp": 25, "smtp+tls": 587, "smtps": 465}


class EmailUrlError(ImproperlyConfigured):
    """MOOT_EMAIL_URL names a transport Moot does not know."""


def email_settings_from_url(url: str) -> dict:
    """Django settings (EMAIL_BACKEND, EMAIL_HOST, ...) for one ``MOOT_EMAIL_URL``."""
    url = url.strip()
    if not url or url in {"console:", "console://"}:
        return {"EMAIL_BACKEND": CONSOLE}
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise EmailUrlError(
            f"MOOT_EMAIL_URL {parsed.scheme or url!r} is not a known transport: "
            "use smtp://, smtp+tls://, smtps:// or console:."
        )
    if not parsed.hostname:
        raise EmailUrlError(f"MOOT_EMAIL_URL {url!r} names no host (e.g. smtp://mail.example.org).")
    return {
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": parsed.hostname,
        "EMAIL_PORT": parsed.port or DEFAULT_PORTS[scheme],
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_TLS": scheme == "smtp+tls",
        "EMAIL_USE_SSL": scheme == "smtps",
        "EMAIL_TIMEOUT": 30,
    }
