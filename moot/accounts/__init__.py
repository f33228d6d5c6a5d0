"""Accounts: sign-in (django-allauth), MFA, lockout (django-axes), rate limits, and the
secure-by-default middleware (trusted proxies, security headers)."""
