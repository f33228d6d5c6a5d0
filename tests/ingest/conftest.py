import pytest

from tests.helpers import PACK_SEED as PACK
from tests.helpers import PAGE_SEED as PAGE


@pytest.fixture(scope="session")
def pack_text() -> str:
    return PACK.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")
