import os
from pathlib import Path

import pytest

os.environ.setdefault("MOOT_TESTING", "1")

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "moot" / "examples" / "leicester_hwb" / "sources"
PACK_SEED = SOURCES / "000_a93c50df3d0e3c6c.txt"
PAGE_SEED = SOURCES / "001_4b3bab8d5dc41280.txt"


@pytest.fixture
def pack_seed_text() -> str:
    return PACK_SEED.read_text(encoding="utf-8")


@pytest.fixture
def page_seed_text() -> str:
    return PAGE_SEED.read_text(encoding="utf-8")


@pytest.fixture
def example(db):
    """The bundled Leicester example, loaded into the test database."""
    from moot.examples.loader import load_example

    load_example("leicester-hwb")
    from moot.governance.models import Body

    return Body.objects.get(slug="health-and-wellbeing-board")
