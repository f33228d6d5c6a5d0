"""`moot serve` collects the static files into hashed, compressed names before it starts
(WhiteNoise's manifest storage). Every file the front-end build ships must survive that: a
stylesheet or script naming a source map or image that the build did not copy stops the
server at start-up."""

from __future__ import annotations

import json
import threading

from django.core.management import call_command
from hypothesis import given
from hypothesis import strategies as st

from moot.operations.staticfiles import STAMP_NAME, _source_files, collect_static, stamp


def test_the_built_front_end_collects_under_production_storage(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "moot.operations.staticfiles.StaticStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "swagger-ui/swagger-ui.css" in manifest


def _production_static(settings, tmp_path):
    """Production storage over a small source folder of its own (a stylesheet naming an
    image, a script), so that each collection takes a moment, not the whole front end's."""
    source = tmp_path / "source"
    (source / "moot").mkdir(parents=True)
    (source / "moot" / "site.css").write_text("body { background: url(dot.png); }\n")
    (source / "moot" / "dot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (source / "moot" / "init.js").write_text("console.log('moot');\n" * 200)
    settings.STATICFILES_DIRS = [source]
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "moot.operations.staticfiles.StaticStorage"},
    }


def test_two_servers_starting_together_collect_once_and_completely(settings, tmp_path):
    """Two `moot serve` on one data directory: one collects while the other waits on the
    lock, then finds the files current (issue 16)."""
    _production_static(settings, tmp_path)
    results, errors = [], []

    def start() -> None:
        try:
            results.append(collect_static())
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == [False, True]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    sources = {name for name, _size, _mtime in _source_files()}
    assert sources <= set(manifest)
    for hashed in manifest.values():
        assert (tmp_path / "static" / hashed).is_file(), hashed
    assert {"moot/site.css", "moot/dot.png", "moot/init.js"} <= set(manifest)
    assert (tmp_path / "static" / (manifest["moot/init.js"] + ".gz")).is_file()
    assert collect_static() is False  # current: nothing to do at the next start


def test_a_stale_or_missing_stamp_collects_again(settings, tmp_path):
    _production_static(settings, tmp_path)
    assert collect_static() is True
    (tmp_path / "static" / STAMP_NAME).write_text("an older release")
    assert collect_static() is True
    (tmp_path / "static" / STAMP_NAME).unlink()
    assert collect_static() is True
    assert collect_static() is False
    (tmp_path / "source" / "moot" / "init.js").write_text("console.log('new release');\n")
    assert collect_static() is True  # a source changed


files = st.lists(
    st.tuples(st.text(min_size=1, max_size=8), st.integers(0, 10**6), st.integers(0, 10**12)),
    max_size=6,
    unique_by=lambda f: f[0],
)


@given(files, st.randoms())
def test_the_stamp_depends_on_the_files_not_their_order(found, random):
    shuffled = list(found)
    random.shuffle(shuffled)
    assert stamp("1", "backend", found) == stamp("1", "backend", shuffled)
    assert stamp("1", "backend", found) != stamp("2", "backend", found)
    assert stamp("1", "backend", found) != stamp("1", "other", found)
    if found:
        name, size, mtime = found[0]
        touched = [(name, size, mtime + 1), *found[1:]]
        assert stamp("1", "backend", found) != stamp("1", "backend", touched)
        assert stamp("1", "backend", found) != stamp("1", "backend", found[1:])
