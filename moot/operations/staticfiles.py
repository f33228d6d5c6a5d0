"""Static files in production: WhiteNoise's compressed, content-hashed names (served with
far-future cache headers), made by ``collectstatic`` (``moot serve`` runs it). A process
that renders a page before any ``collectstatic`` (a command in a fresh checkout, a test
of the production settings) links the plain name instead of failing the page."""

from __future__ import annotations

from django.contrib.staticfiles.storage import StaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def url(self, name, force=False):
        try:
            return super().url(name, force)
        except ValueError:  # not collected yet: the plain name, as without hashing
            return StaticFilesStorage.url(self, name)
