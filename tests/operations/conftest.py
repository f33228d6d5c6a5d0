"""Fixtures of the production tests: an object store and a Redis server of the test's own
(tests/operations/services.py), started once per module that asks for them."""

from __future__ import annotations

import pytest

from tests.operations.services import start_object_store, start_redis, stop


@pytest.fixture(scope="module")
def object_store():
    store = start_object_store()
    yield store
    stop(store.process)


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def reload_example():
    """Transactional tests here flush the database when they end: put the bundled example
    back for the tests that follow (they share the test database)."""
    yield
    from moot.examples.loader import load_example

    load_example("leicester-hwb")
