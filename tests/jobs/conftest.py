import pytest

from tests.installation import Installation, make_installation


@pytest.fixture
def installation(tmp_path) -> Installation:
    return make_installation(tmp_path)
