import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """The page cache is process-wide; each test starts and ends without cached pages
    (the version token protects changes made through the ORM, not a rolled-back test
    database)."""
    cache.clear()
    yield
    cache.clear()
