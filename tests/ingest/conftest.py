from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parents[2] / "moot" / "examples" / "leicester_hwb" / "sources"
PACK = SOURCES / "000_a93c50df3d0e3c6c.txt"
PAGE = SOURCES / "001_4b3bab8d5dc41280.txt"


@pytest.fixture(scope="session")
def pack_text() -> str:
    return PACK.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")
