import pytest

from moot.meetings.models import AgendaItem, Meeting
from tests.helpers import PACK_SEED as PACK
from tests.helpers import PAGE_SEED as PAGE


@pytest.fixture(scope="session")
def pack_text() -> str:
    return PACK.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture
def fresh(example):
    """The example's governance and people, without any meeting."""
    Meeting.objects.all().delete()
    assert not AgendaItem.objects.exists()
    return example
