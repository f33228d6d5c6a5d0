"""The default file cache (``moot.operations.cache_backend.FileCache``): Django's files,
written more cheaply (the folder listed on one write in CULL_EVERY, lighter compression),
still kept within its size."""

from __future__ import annotations

from unittest import mock

import pytest
from django.core.cache.backends.filebased import FileBasedCache

from moot.operations.cache_backend import FileCache

PAGE = ("<html>" + "<p>Resolved: that the minutes be confirmed.</p>" * 600 + "</html>").encode()


def _caches(folder, max_entries=300):
    params = {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 3}}
    return FileCache(str(folder), params), FileBasedCache(str(folder), params)


def test_its_files_are_djangos_both_ways(tmp_path):
    ours, djangos = _caches(tmp_path)
    value = (["a", "b"], PAGE, {"Content-Type": "text/html"})
    ours.set("page", value, 60)
    assert djangos.get("page") == value
    djangos.set("other", value, 60)
    assert ours.get("other") == value
    assert ours.touch("page", 120) and djangos.get("page") == value


def test_the_folder_is_listed_once_in_cull_every_writes(tmp_path):
    ours, _ = _caches(tmp_path / "one")
    with mock.patch.object(FileCache, "_list_cache_files", return_value=[]) as listing:
        for n in range(FileCache.CULL_EVERY * 3):
            ours.set(f"key{n}", n)
    assert listing.call_count == 3


def test_two_folders_are_each_kept_in_bounds_whatever_the_order_of_writes(tmp_path):
    """Writes to one folder do not skip the other's turns (each folder counts its own)."""
    pages, counters = _caches(tmp_path / "pages", 200)[0], _caches(tmp_path / "counts", 200)[0]
    for n in range(FileCache.CULL_EVERY * 6):
        counters.set(f"count{n}", n)
        pages.set(f"page{n}", n)
    for folder in ("pages", "counts"):
        held = len(list((tmp_path / folder).glob("*.djcache")))
        assert held <= 200 + FileCache.CULL_EVERY, folder  # room made in both


def test_room_is_still_made_past_max_entries(tmp_path):
    ours, _ = _caches(tmp_path, 300)
    writes = FileCache.CULL_EVERY * 8
    for n in range(writes):
        ours.set(f"key{n}", PAGE[:100])
    held = len(list(tmp_path.glob("*.djcache")))
    assert held < writes  # room was made
    assert held <= 300 + FileCache.CULL_EVERY
    assert ours.get(f"key{writes - 1}") == PAGE[:100]  # the newest is kept


def test_a_new_copy_is_never_renamed_over_the_old(tmp_path, monkeypatch):
    """ext4 writes a file out at once when it is renamed over another (1 to 3 ms a page
    on the benchmarks' machine): the old copy is removed first, and the new one is still
    complete when it appears."""
    import os

    ours, djangos = _caches(tmp_path)
    ours.set("page", ("old", PAGE), 60)
    real_rename = os.rename
    renames = []

    def rename(source, target):
        renames.append(os.path.exists(target))
        assert FileCache(str(tmp_path), {}).get("page") is None  # a reader: a miss, no error
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename)
    ours.set("page", ("new", PAGE), 60)
    assert renames == [False]
    assert djangos.get("page") == ("new", PAGE)
    assert len(list(tmp_path.glob("*"))) == 1  # no temporary file left behind


def test_a_failed_write_keeps_the_old_copy_and_leaves_nothing_behind(tmp_path, monkeypatch):
    ours, _ = _caches(tmp_path)
    ours.set("page", ("old", PAGE), 60)

    def broken(self, file, timeout, value):
        file.write(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(FileCache, "_write_content", broken)
    with pytest.raises(OSError, match="disk full"):
        ours.set("page", ("new", PAGE), 60)
    monkeypatch.undo()
    assert ours.get("page") == ("old", PAGE)
    assert len(list(tmp_path.glob("*"))) == 1
