import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Search answers are cached per version; each test starts and ends without any (the
    versions protect committed changes, not a rolled-back test database)."""
    cache.clear()
    yield
    cache.clear()
