"""What django-axes counts failed sign-ins by: the account's e-mail address and the
visitor's address (the one TrustedProxyMiddleware leaves in REMOTE_ADDR)."""

from __future__ import annotations


def username_from_credentials(request, credentials: dict | None) -> str:
    """Allauth authenticates with ``email=``; the form field is ``login``."""
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username") or credentials.get("login")
    if not value and request is not None and request.method == "POST":
        value = request.POST.get("login", "")
    return (value or "").strip().lower()


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
