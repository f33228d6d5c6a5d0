"""Browser tests: Debian's Chromium driven by Playwright for Python, against pytest-django's
live server with the Leicester example loaded.

Speed (the whole folder should stay well under 90 s): one browser for the session, and one
live server for this folder. The folder-scoped ``site`` fixture makes sure the example is
in the test database (tests/conftest.py loads it once per database; ``load_example`` is
idempotent and commits, so the server thread sees it) and runs
``pytest_django.live_server_helper.LiveServer``, which is what the ``live_server`` fixture
runs; it serves static files through ``StaticFilesHandler`` because
django.contrib.staticfiles is installed, whatever DEBUG says. It does not use the
``live_server`` fixture itself because that fixture requests ``transactional_db``, which
flushes the database after every test and so would mean reloading the example for each
page. These tests only read: nothing here writes to the database.

Tests must not query the database while a page is loading: with SQLite's in-memory test
database the server thread shares the test's connection. ``site`` works out every address
the tests need up front.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.helpers import BODY, CHROMIUM, CHROMIUM_ARGS, JULY, MARCH, sync_database_calls


@dataclass
class Site:
    """The running portal and the addresses of each page type in the example."""

    url: str
    pages: dict[str, str] = field(default_factory=dict)

    def __call__(self, path: str) -> str:
        return self.url + path


def _join_request_threads(timeout: float = 5.0) -> None:
    """Wait for the live server's request threads (kept open by HTTP keep-alive until the
    browser has gone) so their database connections are closed before the test database
    is dropped; PostgreSQL refuses to drop a database that has sessions."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(max(0.0, deadline - time.monotonic()))


def _close_stray_sessions(connection) -> None:
    """On PostgreSQL, end this test database's other sessions. With Playwright's loop in
    the main thread, the tests' database work lands in a context other than this
    fixture's, and the connection it opened would otherwise outlive the tests and stop
    pytest-django from dropping the test database."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    from moot.examples.loader import load_example
    from moot.meetings.models import Meeting

    name = str(connection.settings_dict["NAME"])
    if not (name.startswith("test_") or "memorydb" in name):
        pytest.fail(f"refusing to run the browser tests against {name!r}, not a test database")
    # The server thread reads the database for the whole folder, so keep it unblocked.
    with sync_database_calls(), django_db_blocker.unblock():
        load_example("leicester-hwb")  # idempotent; back if a transactional test flushed it
        march = Meeting.objects.get(body__slug=BODY, date=MARCH)
        present = march.attendance.filter(status="present").select_related("person").first()
        upcoming = (
            Meeting.objects.filter(body__slug=BODY, status=Meeting.Status.SCHEDULED)
            .order_by("date")
            .first()
        )
        meeting = f"/bodies/{BODY}/meetings/{MARCH}/"
        pages = {
            "home": "/",
            "bodies": "/bodies/",
            "body": f"/bodies/{BODY}/",
            "meeting": meeting,
            "meeting-agenda": f"/bodies/{BODY}/meetings/{JULY}/",
            "item": f"{meeting}items/21/",
            "person": f"/people/{present.person.slug}/",
            "decisions": "/decisions/",
            "search": "/search/?q=health+inequalities",
            "search-form": "/search/",
            "search-none": "/search/?q=xylophonic",
            "search-page-2": "/search/?q=health+or+board&page=2",
            "search-error": "/search/?q=health&since=2021-02-30",
            "calendar": "/calendar/",
            "question": f"/bodies/{BODY}/meetings/{upcoming.date_slug}/question/",
            "404": "/no-such-page/",
        }
        from django_tasks_db.models import DBTaskResult

        jobs_before = set(DBTaskResult.objects.values_list("pk", flat=True))
        server = LiveServer("localhost")
        try:
            yield Site(url=server.url, pages=pages)
        finally:
            server.stop()
            _join_request_threads()
            _close_stray_sessions(connection)
            _leave_the_record_consistent(jobs_before)


def _leave_the_record_consistent(jobs_before: set) -> None:
    """The live server commits. The browser tests put the example's meetings back as they
    were (with bulk updates that send no signals), but the jobs their writes queued
    (e-mails, pack builds, text extraction) and the search entries of what they changed
    would stay for the tests that follow: drop those jobs and index the record afresh."""
    from django_tasks_db.models import DBTaskResult

    from moot.search.services import reindex_all

    DBTaskResult.objects.exclude(pk__in=jobs_before).delete()
    reindex_all()


@pytest.fixture(scope="package")
def browser(site):
    """One Chromium for all the browser tests. Folder-scoped rather than session-scoped so
    that Playwright's event loop is gone before other folders' tests run, and so that it
    closes (ending its keep-alive connections) before the live server stops."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"Debian's Chromium is not installed at {CHROMIUM} "
            "(apt-get install chromium); the browser tests need it"
        )
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    # launch() gives the browser a fresh temporary user-data directory, deleted on close
    # (Playwright refuses --user-data-dir among the arguments).
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


@pytest.fixture
def page(site, browser):
    context = browser.new_context(
        base_url=site.url,
        viewport={"width": 1280, "height": 900},
        locale="en-GB",
        timezone_id="Europe/London",
        bypass_csp=True,  # lets the test inject axe-core whatever the page's policy
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots_dir(tmp_path_factory) -> Path:
    """Screenshots go under pytest's temporary folder (``--basetemp DIR`` chooses it),
    never into the repository."""
    return tmp_path_factory.mktemp("screenshots", numbered=False)


@pytest.fixture
def screenshot(screenshots_dir):
    """``screenshot(page, name)`` saves a full-page PNG for a person to look at."""

    def take(page, name: str) -> Path:
        path = screenshots_dir / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
