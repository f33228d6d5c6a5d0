"""Settings, read once from the environment (see README "Configuration").

DATABASE_URL   default: SQLite file under MOOT_DATA_DIR
MOOT_DATA_DIR  database, uploaded documents, built packs (default ./var/)
MOOT_SECRET_KEY required when MOOT_DEBUG is off
MOOT_DEBUG     "1"/"true" turns on debug
MOOT_ALLOWED_HOSTS comma separated
MOOT_EMAIL_URL smtp://, smtp+tls://, smtps://user:pass@host:port (default: console backend)
MOOT_EMAIL_FROM the sender of every message (default moot@localhost)
MOOT_SITE_URL  the public address that links in e-mail start with (default http://localhost:8000)
MOOT_TRUSTED_PROXIES addresses or networks whose X-Forwarded-Proto/-For are believed
MOOT_SSL_REDIRECT "0" turns off the redirect to https in production
MOOT_CACHE_URL redis://host:6379/0 (default: a file cache under MOOT_DATA_DIR)
MOOT_STORAGE_URL s3://BUCKET[/PREFIX]?endpoint=... (default: the folder MOOT_DATA_DIR/media)
MOOT_WORKERS   server processes `moot serve` starts (default: 2 x CPUs + 1, at most 8)
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from moot.notifications.config import email_settings_from_url

BASE_DIR = Path(__file__).resolve().parent


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DATA_DIR = Path(os.environ.get("MOOT_DATA_DIR", "var")).resolve()
DEBUG = _flag("MOOT_DEBUG", False)
TESTING = _flag("MOOT_TESTING", False) or "pytest" in sys.modules
# moot.operations.prepared: while the tests run, every prepared query is compiled by Django
# as well and must give the same SQL and values as the one compiled once
MOOT_PREPARED_CHECK = TESTING or DEBUG

SECRET_KEY = os.environ.get("MOOT_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "moot-insecure-development-key-only-for-debug-and-tests"  # noqa: S105
    else:
        raise ImproperlyConfigured(
            "MOOT_SECRET_KEY must be set when MOOT_DEBUG is off "
            "(set MOOT_DEBUG=1 for a development server)."
        )

ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("MOOT_ALLOWED_HOSTS", "").split(",") if h.strip()
]
if DEBUG or TESTING:
    ALLOWED_HOSTS += ["localhost", "127.0.0.1", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "moot.governance",
    "moot.meetings",
    "moot.documents",
    "moot.ingest",
    "moot.search",
    "moot.portal",
    "moot.examples",
    "moot.access",
    # accounts: sign-in, MFA, lockout (moot/accounts/)
    "moot.accounts",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    "moot.notifications",
    "django_tasks",
    "django_tasks_db",
    "moot.jobs",
    "moot.workspace",
    # executive decisions, forward plan, call-in (moot/executive/)
    "moot.executive",
    "moot.reports",
    "moot.members",
    "moot.alerts",
    # the open data API and the ModernGov-compatible web service (moot/api/)
    "moot.api",
]

MIDDLEWARE = [
    "moot.accounts.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "csp.middleware.CSPMiddleware",
    "moot.accounts.middleware.SecurityHeadersMiddleware",
    "moot.accounts.middleware.ApiRateLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "moot.accounts.middleware.MfaRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

# The API and the ModernGov web service: ETag/304, CORS, gzip (issue 15); outside the rate
# limit, so that its 429 answers carry CORS headers too.
MIDDLEWARE.insert(
    MIDDLEWARE.index("moot.accounts.middleware.ApiRateLimitMiddleware"),
    "moot.api.middleware.HarvestHeadersMiddleware",
)

# A NUL character in the address is refused with the 400 page (PostgreSQL refuses it in a
# query: it would be a server error otherwise).
MIDDLEWARE.append("moot.portal.middleware.NullCharacterMiddleware")

ROOT_URLCONF = "moot.urls"
# Moot's 404 page with MOOT_DEBUG on too (issue 10 item 5); after CommonMiddleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.common.CommonMiddleware") + 1,
    "moot.portal.middleware.NotFoundPageMiddleware",
)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moot.portal.context.site",
                "moot.portal.language.switch",
            ],
        },
    },
]

WSGI_APPLICATION = "moot.wsgi.application"

_default_db = f"sqlite:///{DATA_DIR / 'moot.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_db))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
else:  # issue 17: a database server's connection is kept between requests (checked first)
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("MOOT_DB_CONN_MAX_AGE", "60"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
STATICFILES_DIRS = [d for d in [BASE_DIR / "portal" / "build"] if d.exists()]
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
with contextlib.suppress(OSError):  # a read-only data folder: collectstatic will say so
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# The page cache and its versions (moot.portal.cache) must be shared by every process
# that serves or changes the record: a file cache under MOOT_DATA_DIR by default, Redis
# with MOOT_CACHE_URL=redis://HOST:6379/0. Tests run in one process: local memory.
_cache_url = os.environ.get("MOOT_CACHE_URL", "")
if _cache_url:
    if urlparse(_cache_url).scheme not in {"redis", "rediss", "unix"}:
        raise ImproperlyConfigured(
            f"MOOT_CACHE_URL {_cache_url!r}: only redis://, rediss:// or unix:// addresses "
            "are supported."
        )
    CACHES = {
        "default": {
            # Django's RedisCache that serves from the database while Redis is down
            "BACKEND": "moot.operations.cache_backend.ResilientRedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": "moot",
        }
    }
elif TESTING:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "moot",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "moot.operations.cache_backend.FileCache",  # Django's, cheaper writes
            "LOCATION": str(DATA_DIR / "cache" / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Background jobs (moot.jobs): the database queue, run by `moot worker`; see docs/adr/.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
MOOT_JOB_STALE_SECONDS = 6 * 3600

# --- accounts (moot/accounts/): allauth sign-in by e-mail address, MFA, axes lockout ------
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out account or address
    "allauth.account.auth_backends.AuthenticationBackend",
    "django.contrib.auth.backends.ModelBackend",
    # an administrator granted by role holds the back office's permissions (moot/access)
    "moot.access.backends.AdministratorBackend",
]
ACCOUNT_ADAPTER = "moot.accounts.adapter.AccountAdapter"  # no public self-sign-up
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"  # accounts are made by administrators
ACCOUNT_SESSION_REMEMBER = False  # a session ends when the browser closes, or sooner:
SESSION_COOKIE_AGE = 8 * 60 * 60  # eight hours after sign-in (a working day), then sign in again
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Moot: "
PASSWORD_RESET_TIMEOUT = 60 * 60  # a reset link works for one hour, and only once
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "moot.accounts.adapter.MfaAdapter"
MFA_TOTP_ISSUER = "Moot"
# For how long after setting up an authenticator its new recovery codes are shown without the
# password again (the set-up shows them next); later, seeing them asks for it.
MOOT_MFA_NEW_CODES_SECONDS = 600
# Failed sign-ins are counted by django-axes (below) and sign-in attempts by Moot's own
# rate limit; allauth's two counters for the same thing would answer first, and vaguely.
ACCOUNT_RATE_LIMITS = {"login": False, "login_failed": False}
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes after the last failed attempt
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # the account, and the address, apart
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "moot.accounts.lockout.username_from_credentials"
AXES_CLIENT_IP_CALLABLE = "moot.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "moot.accounts.views.locked_out"
AXES_VERBOSE = False

# --- rate limits (moot/accounts/ratelimits.py), counted in a cache every process shares ----
# A file cache under MOOT_DATA_DIR: every server worker and command on the machine sees the
# same counts, with no database query per request (tests: local memory, cleared per test).
# django_ratelimit is not in INSTALLED_APPS: its system check accepts only memcached and
# Redis; the file cache's increment is not atomic, so a burst of parallel requests may get
# a few more through than the limit, which a flood limiter can live with.
CACHES["ratelimit"] = (
    {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "moot-ratelimit"}
    if TESTING
    else {
        "BACKEND": "moot.operations.cache_backend.FileCache",  # Django's, cheaper writes
        "LOCATION": str(DATA_DIR / "cache" / "ratelimit"),
    }
)
if _cache_url:  # several servers: the counters live in Redis too, under their own prefix
    CACHES["ratelimit"] = {
        "BACKEND": "moot.operations.cache_backend.ResilientRedisCache",
        "LOCATION": _cache_url,
        "KEY_PREFIX": "moot-ratelimit",
    }
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_FAIL_OPEN = True  # a broken counter must not shut the public out (axes still locks)
MOOT_RATE_LIMITS = {"sign_in": "10/m", "question": "10/h", "api": "300/m"}
MOOT_RATE_LIMITS["subscribe"] = "5/h"  # public alerts: subscriptions asked from one address

# --- e-mail (moot/notifications/) -----------------------------------------------------------
globals().update(email_settings_from_url(os.environ.get("MOOT_EMAIL_URL", "")))
DEFAULT_FROM_EMAIL = os.environ.get("MOOT_EMAIL_FROM", "moot@localhost")
# Links in e-mail (sent by the worker, with no request to take the host from).
MOOT_SITE_URL = os.environ.get("MOOT_SITE_URL", "http://localhost:8000").rstrip("/")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- secure by default (moot/accounts/middleware.py) ----------------------------------------
# No inline script or style anywhere: every page's scripts and styles are static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # data: for the MFA set-up page's QR code
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# X-Forwarded-Proto and X-Forwarded-For are believed only from these peers; from any other
# address TrustedProxyMiddleware removes them. `moot serve` binds 127.0.0.1, so the default
# trusts a proxy on the same machine and nothing else.
MOOT_TRUSTED_PROXIES = [
    p.strip()
    for p in os.environ.get("MOOT_TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if p.strip()
]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

if not DEBUG and not TESTING:
    SECURE_SSL_REDIRECT = _flag("MOOT_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    X_FRAME_OPTIONS = "DENY"

# --- production: shared storage, conditional GETs, health (docs/operations.md) -------------
# Uploaded documents (and, with an object store, built packs and minutes) live where
# MOOT_STORAGE_URL says: the folder MOOT_DATA_DIR/media by default, or an S3-compatible
# object store that every server shares (moot/operations/config.py).
from moot.operations.config import (  # noqa: E402
    ConfigurationError,
    parse_storage_url,
    storages_setting,
)

try:
    MOOT_STORAGE = parse_storage_url(
        os.environ.get("MOOT_STORAGE_URL", ""), default_folder=str(MEDIA_ROOT)
    )
except ConfigurationError as _error:
    raise ImproperlyConfigured(str(_error)) from None
STORAGES = storages_setting(
    MOOT_STORAGE,
    static_backend=(
        "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "moot.operations.staticfiles.StaticStorage"
    ),
)
# Public pages answer If-None-Match / If-Modified-Since with 304 Not Modified.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "django.middleware.http.ConditionalGetMiddleware",
)
# Cached public pages are answered to anonymous readers before the session, CSRF, sign-in
# and lockout middleware (issue 16; moot/operations/early.py, docs/adr/0016).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "moot.operations.early.EarlyCacheMiddleware",
)
# A load balancer's health probe over plain http is answered, not redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
MOOT_WORKERS = os.environ.get("MOOT_WORKERS", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
