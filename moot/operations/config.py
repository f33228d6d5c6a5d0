"""Pure readers of the production addresses in the environment (no Django needed).

``MOOT_STORAGE_URL`` says where uploaded documents and built packs live:

- unset, or ``file:///absolute/folder``: a folder on this machine (the embedded default is
  ``MOOT_DATA_DIR/media``); several machines need an object store.
- ``s3://BUCKET`` or ``s3://BUCKET/PREFIX``: an S3-compatible object store through
  django-storages. Query options: ``endpoint`` (the store's address, for anything that is
  not AWS itself, e.g. ``http://127.0.0.1:9000``), ``region``, ``addressing``
  (``path`` or ``virtual``). Keys come from the URL's user and password
  (``s3://KEY:SECRET@BUCKET``) or, better, from the usual ``AWS_ACCESS_KEY_ID`` and
  ``AWS_SECRET_ACCESS_KEY`` variables.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlparse

S3_OPTIONS = {"endpoint", "region", "addressing"}


class ConfigurationError(ValueError):
    """An address in the environment that Moot cannot use; the message names it."""


@dataclass(frozen=True)
class StorageConfig:
    kind: str  # "folder" or "s3"
    default: bool = False  # the embedded default folder (MEDIA_ROOT)
    folder: str = ""
    bucket: str = ""
    prefix: str = ""
    endpoint: str = ""
    region: str = ""
    addressing: str = ""
    access_key: str = ""
    secret_key: str = ""

    def describe(self) -> str:
        """The address without its secret, for messages and the health check."""
        if self.kind == "folder":
            return f"file://{self.folder}"
        where = f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        return f"{where} (endpoint {self.endpoint})" if self.endpoint else where


def parse_storage_url(url: str, *, default_folder: str) -> StorageConfig:
    """Read ``MOOT_STORAGE_URL``; raise :class:`ConfigurationError` naming what is wrong."""
    url = (url or "").strip()
    if not url:
        return StorageConfig(kind="folder", folder=default_folder, default=True)
    parsed = urlparse(url)
    name = "MOOT_STORAGE_URL"
    if parsed.scheme == "file":
        if parsed.netloc or not parsed.path.startswith("/"):
            raise ConfigurationError(f"{name} {url!r}: a folder is given as file:///absolute/path.")
        return StorageConfig(kind="folder", folder=unquote(parsed.path))
    if parsed.scheme != "s3":
        raise ConfigurationError(
            f"{name} {_redact(url)!r}: only s3://BUCKET[/PREFIX] or file:///FOLDER "
            "addresses are supported."
        )
    bucket = parsed.hostname or ""
    if not bucket:
        raise ConfigurationError(f"{name} {_redact(url)!r}: the bucket name is missing.")
    query = parse_qs(parsed.query, keep_blank_values=True)
    unknown = sorted(set(query) - S3_OPTIONS)
    if unknown:
        raise ConfigurationError(
            f"{name} {_redact(url)!r}: unknown option {unknown[0]!r} "
            f"(known: {', '.join(sorted(S3_OPTIONS))})."
        )
    options = {k: v[-1] for k, v in query.items()}
    endpoint = options.get("endpoint", "")
    if endpoint and urlparse(endpoint).scheme not in {"http", "https"}:
        raise ConfigurationError(
            f"{name} {_redact(url)!r}: endpoint {endpoint!r} is not an http(s) address."
        )
    addressing = options.get("addressing", "")
    if addressing not in {"", "path", "virtual"}:
        raise ConfigurationError(
            f"{name} {_redact(url)!r}: addressing is 'path' or 'virtual', not {addressing!r}."
        )
    return StorageConfig(
        kind="s3",
        bucket=bucket,
        prefix=parsed.path.strip("/"),
        endpoint=endpoint,
        region=options.get("region", ""),
        addressing=addressing,
        access_key=unquote(parsed.username or ""),
        secret_key=unquote(parsed.password or ""),
    )


def _redact(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@", 1)
    return url


def storages_setting(config: StorageConfig, *, static_backend: str) -> dict:
    """Django's ``STORAGES`` for a storage address: ``default`` holds the documents,
    ``moot_builds`` (an object store only) holds built packs and minutes that every server
    shares."""
    static = {"BACKEND": static_backend}
    if config.kind == "folder":
        documents = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
        if not config.default:  # the default follows MEDIA_ROOT (and tests that move it)
            documents["OPTIONS"] = {"location": config.folder}
        return {"default": documents, "staticfiles": static}
    common = {"bucket_name": config.bucket, "file_overwrite": True, "querystring_auth": True}
    if config.endpoint:
        common["endpoint_url"] = config.endpoint
    if config.region:
        common["region_name"] = config.region
    if config.access_key:
        common["access_key"] = config.access_key
        common["secret_key"] = config.secret_key
    from botocore.config import Config  # django-storages[s3] brings boto3 and botocore

    # Fail in seconds, not minutes, when the store cannot be reached.
    common["client_config"] = Config(
        connect_timeout=3,
        read_timeout=20,
        retries={"max_attempts": 2, "mode": "standard"},
        signature_version="s3v4",
        s3={"addressing_style": config.addressing or "auto"},
    )
    prefix = f"{config.prefix}/" if config.prefix else ""
    backend = "storages.backends.s3.S3Storage"
    return {
        "default": {"BACKEND": backend, "OPTIONS": {**common, "location": prefix + "media"}},
        "moot_builds": {"BACKEND": backend, "OPTIONS": {**common, "location": prefix + "builds"}},
        "staticfiles": static,
    }
