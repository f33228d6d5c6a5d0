"""The portal keeps one row of its own: the content version its page cache is keyed on."""

from __future__ import annotations

from django.db import models


class ContentVersion(models.Model):
    """A token that changes whenever the public record changes (see ``moot.portal.cache``).

    Kept in the database, not in the cache, so that every process serving pages (several
    gunicorn workers, each with its own local-memory cache) and every process writing the
    record (the CLI importing a pack) agree on it.
    """

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
