"""Built packs and minutes shared through the object store, so every server serves the
same file and builds it at most once.

A build is kept on the machine that made it (``MOOT_DATA_DIR/packs/...``, named by the
fingerprint of everything printed in it) and, when ``MOOT_STORAGE_URL`` names an object
store, copied there (``builds/packs/BODY/STEM.pdf`` then ``STEM.json``: the description is
written last, so a build is complete in the store exactly when its description is there).
A server that does not have a build on its own disk fetches it from the store before
building. The names carry the fingerprint, so a changed meeting never finds an old
build: nothing can be stale. With the default folder storage there is one machine and
nothing to share.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from django.conf import settings
from django.core.files.base import File

from moot.documents.pdf import atomic_write

logger = logging.getLogger("moot.builds")

ALIAS = "moot_builds"


def _store():
    if ALIAS not in getattr(settings, "STORAGES", {}):
        return None
    from django.core.files.storage import storages

    return storages[ALIAS]


def _names(kind: str, body_slug: str, stem: str) -> tuple[str, str]:
    base = f"{kind}/{body_slug}/{stem}"
    return base + ".pdf", base + ".json"


def fetch(kind: str, body_slug: str, pdf: Path, meta_path: Path) -> bool:
    """Copy a complete shared build to ``pdf`` and ``meta_path`` (each written
    atomically, the description last); False when the store has none (or no store)."""
    store = _store()
    if store is None:
        return False
    pdf_name, meta_name = _names(kind, body_slug, pdf.stem)
    try:
        if not store.exists(meta_name):
            return False
        pdf.parent.mkdir(parents=True, exist_ok=True)
        with store.open(pdf_name, "rb") as reader, atomic_write(pdf) as writer:
            for chunk in iter(lambda: reader.read(1 << 20), b""):
                writer.write(chunk)
        with store.open(meta_name, "rb") as reader, atomic_write(meta_path) as writer:
            writer.write(reader.read())
    except FileNotFoundError:
        return False
    return True


def publish(kind: str, body_slug: str, pdf: Path, meta_path: Path) -> None:
    """Copy a finished local build to the store (the PDF first, its description last).
    A store that refuses is logged: this server still serves its own copy."""
    store = _store()
    if store is None:
        return
    pdf_name, meta_name = _names(kind, body_slug, pdf.stem)
    try:
        with pdf.open("rb") as handle:
            _save(store, pdf_name, handle)
        with meta_path.open("rb") as handle:
            _save(store, meta_name, handle)
    except Exception as error:  # OSError, and botocore's errors, which are not OSErrors
        logger.error("moot.builds.not_shared %s: %s", pdf_name, error)


def _save(store, name: str, handle) -> None:
    with contextlib.suppress(FileNotFoundError):
        if store.exists(name):
            store.delete(name)
    stored = store.save(name, File(handle, name=Path(name).name))
    if stored != name:  # pragma: no cover - an object store keeps the name given
        raise OSError(f"the store kept {name} as {stored}")
