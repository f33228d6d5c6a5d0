import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from tests.helpers import PACK_SEED, PAGE_SEED

os.environ.setdefault("MOOT_TESTING", "1")

# Hypothesis draws new examples on every run of `make test`, to keep finding what no one
# thought of; CI (.ci/run sets HYPOTHESIS_PROFILE=ci) draws the same ones each time, so a
# landing is judged on the code, not on the luck of the draw. A failure found locally is
# kept in .hypothesis/ and replayed first until it is fixed.
# Neither profile has a deadline: an example that takes longer than Hypothesis's default
# 200 ms on a loaded machine is not a failure of the rule (speed is measured by the
# benchmarks under bench/, never by timed assertions in tests).
hypothesis_settings.register_profile("default", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """How ``make test`` shares the tests between pytest-xdist workers (``--dist
    loadgroup``): the browser folder runs on one worker, as one unit; every other test goes
    to whichever worker is free.

    The browser folder shares one live server and one browser (tests/browser/conftest.py),
    and its pages write through that server, which commits: until the folder puts the
    example back at its end, another test on the same worker's database would see the
    browser's changes (the example's October agenda with items added or withdrawn). Every
    other test runs in a transaction rolled back at its end (or, if transactional, flushes
    the database and the ``example`` fixture loads the example again), so it may run on any
    worker in any order.

    ``tryfirst``: xdist reads the ``xdist_group`` marks in its own
    ``pytest_collection_modifyitems``; marks added after it are not seen, and the browser
    tests were then spread over both workers, each with its own live server (the cause of
    an October agenda failing the live-mode tests now and then)."""
    for item in items:
        if item.nodeid.startswith("tests/browser/"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory) -> Path:
    """The data folder (uploaded files, built packs and minutes, caches) of the whole test
    session: a temporary folder, so no test writes into the repository's var/."""
    from django.test.utils import override_settings

    folder = tmp_path_factory.mktemp("moot-data", numbered=False)
    with override_settings(
        DATA_DIR=folder, MEDIA_ROOT=folder / "media", STATIC_ROOT=folder / "static"
    ):
        yield folder


@pytest.fixture
def pack_seed_text() -> str:
    return PACK_SEED.read_text(encoding="utf-8")


@pytest.fixture
def page_seed_text() -> str:
    return PAGE_SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def django_db_setup(data_dir, django_db_setup, django_db_blocker):
    """Load the bundled example once per test database; each test then runs inside a
    transaction that is rolled back, so the example is the same for every test."""
    from moot.examples.loader import load_example

    with django_db_blocker.unblock():
        load_example("leicester-hwb")


@pytest.fixture
def example(db):
    """The bundled Leicester example in the test database (reloaded if a transactional
    test flushed it)."""
    from moot.examples.loader import load_example
    from moot.governance.models import Body

    body = Body.objects.filter(slug="health-and-wellbeing-board").first()
    if body is None:
        load_example("leicester-hwb")
        body = Body.objects.get(slug="health-and-wellbeing-board")
    return body


@pytest.fixture(autouse=True)
def _fresh_rate_limits(monkeypatch):
    """Each test starts with no request counted against the rate limits (accounts), and
    the limits' clock stands still during the test: a counting window that ended between
    two requests would otherwise start the count again and make a limit test flaky."""
    import time
    from types import SimpleNamespace

    import django_ratelimit.core
    from django.core.cache import caches

    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))
    caches["ratelimit"].clear()
    yield


@pytest.fixture
def admin_user(db, django_user_model):
    """pytest-django's ``admin_user`` (and so ``admin_client``), enrolled in TOTP: a
    superuser must use MFA before anything outside /accounts/ (moot.accounts)."""
    from tests.accounts.support import enrol_totp

    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "password")
    enrol_totp(user)
    return user


@pytest.fixture
def empty_queue(db):
    """No queued job at the start of the test (inside its transaction, so rolled back): a
    browser test's live server commits, and the jobs its writes queued may still be here."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.all().delete()
