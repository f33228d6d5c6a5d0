"""Static files in production: WhiteNoise's compressed, content-hashed names (served with
far-future cache headers), made by ``collectstatic`` (``moot serve`` runs it). A process
that renders a page before any ``collectstatic`` (a command in a fresh checkout, a test
of the production settings) links the plain name instead of failing the page.

Several ``moot serve`` on one data directory start together (issue 16): ``collect_static``
lets one of them collect while the others wait on an exclusive lock, and then finds the
files current and collects nothing. "Current" is a stamp written after a complete
collection: Moot's version and a fingerprint of every source file (its name, size and
modification time) and of the storage that names them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import StaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

import moot

LOCK_NAME = ".moot-collect.lock"
STAMP_NAME = ".moot-collected"
IGNORE_PATTERNS = ["CVS", ".*", "*~"]  # collectstatic's own default


class StaticStorage(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def url(self, name, force=False):
        try:
            return super().url(name, force)
        except ValueError:  # not collected yet: the plain name, as without hashing
            return StaticFilesStorage.url(self, name)


def stamp(version: str, backend: str, files: Iterable[tuple[str, int, int]]) -> str:
    """The fingerprint of one collection: the version, the storage backend and each
    source file's (name, size, modification time in ns), in any order. The same sources
    give the same stamp; a file added, removed, resized or touched gives another."""
    digest = hashlib.sha256(f"{version}\n{backend}\n".encode())
    for name, size, mtime in sorted(files):
        digest.update(f"{name}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


def _source_files() -> list[tuple[str, int, int]]:
    """Every file collectstatic would copy, as (name, size, mtime), from Django's finders."""
    from django.contrib.staticfiles.finders import get_finders

    found = []
    for finder in get_finders():
        for name, storage in finder.list(IGNORE_PATTERNS):
            info = os.stat(storage.path(name))
            found.append((name, info.st_size, info.st_mtime_ns))
    return found


def current_stamp() -> str:
    return stamp(moot.__version__, settings.STORAGES["staticfiles"]["BACKEND"], _source_files())


def collect_static() -> bool:
    """Run collectstatic unless the files under STATIC_ROOT are already current; True if
    it collected. Safe to call from several processes at once: they take turns on an
    exclusive lock under STATIC_ROOT, and the stamp is written (whole, by rename) only
    once a collection completed, so a crashed one is done again."""
    from django.core.management import call_command

    root = Path(settings.STATIC_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    stamp_file = root / STAMP_NAME
    with open(root / LOCK_NAME, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        wanted = current_stamp()
        if stamp_file.exists() and stamp_file.read_text() == wanted:
            return False
        stamp_file.unlink(missing_ok=True)
        call_command("collectstatic", interactive=False, verbosity=0)
        partial = root / f"{STAMP_NAME}.{os.getpid()}"
        partial.write_text(wanted)
        os.replace(partial, stamp_file)
    return True
