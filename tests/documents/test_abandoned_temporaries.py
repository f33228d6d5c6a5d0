"""A build killed while writing (SIGKILL) leaves its temporary file; the next build in the
folder removes it, but never one that a live process is still writing."""

from __future__ import annotations

import os

from moot.documents.pdf import atomic_write, remove_abandoned_temporaries


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    dead = tmp_path / f".2021-07-29-public-abc.pdf.{_dead_pid()}.x1y2.tmp"
    live = tmp_path / f".2021-07-29-public-abc.pdf.{os.getpid()}.z3w4.tmp"
    finished = tmp_path / "2021-07-29-public-abc.pdf"
    for path in (dead, live, finished):
        path.write_bytes(b"%PDF-partial")

    assert remove_abandoned_temporaries(tmp_path) == [dead]
    assert not dead.exists()
    assert live.exists() and finished.exists()


def test_atomic_write_names_its_temporary_file_with_the_writer_process(tmp_path):
    target = tmp_path / "pack.pdf"
    with atomic_write(target) as handle:
        (temporary,) = tmp_path.glob(".*.tmp")
        assert f".pack.pdf.{os.getpid()}." in temporary.name
        handle.write(b"%PDF-1.7")
    assert target.read_bytes() == b"%PDF-1.7"
    assert not list(tmp_path.glob(".*.tmp"))
