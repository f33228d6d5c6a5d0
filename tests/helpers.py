"""Helpers shared by the tests that are not fixtures: where the example's seed documents are."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "moot" / "examples" / "leicester_hwb" / "sources"
PACK_SEED = SOURCES / "000_a93c50df3d0e3c6c.txt"
PAGE_SEED = SOURCES / "001_4b3bab8d5dc41280.txt"
