"""No write waits on another: a long import holds its transaction open while a member of
the public submits a question, and the question is saved at once (issue 11). Before, every
write updated one shared row (the page cache's version), so the question waited for the
import to finish."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from django.db import connection, transaction

from moot.meetings import services
from moot.meetings.models import AgendaItem, Meeting, PublicQuestion
from tests.factories import aware

LOCK_TIMEOUT_SECONDS = 3


@pytest.mark.django_db(transaction=True)
def test_a_question_is_saved_while_an_import_holds_its_transaction_open(example):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite has one writer at a time by design; concurrent writers are a "
            "PostgreSQL matter (run with DATABASE_URL=postgres://...)."
        )
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    october = Meeting.objects.get(body=example, date=date(2021, 10, 28))
    holding, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def import_in_progress() -> None:
        """What an import does to a past meeting: rewrite its items, in one transaction."""
        try:
            with transaction.atomic():
                for item in AgendaItem.objects.filter(meeting=march):
                    item.minutes += " "
                    item.save()
                march.venue = "Town Hall"
                march.save()
                holding.set()
                release.wait(60)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)
        finally:
            connection.close()

    importer = threading.Thread(target=import_in_progress)
    importer.start()
    try:
        assert holding.wait(60), "the import did not start"
        with connection.cursor() as cursor:  # waiting on a lock fails instead of hanging
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_SECONDS}s'")
        started = time.monotonic()
        question = services.question_submit(
            meeting=october,
            name="A Resident",
            email="resident@example.org",
            question="How will the Board spend the winter pressures money?",
            now=aware(date(2021, 10, 1)),
        )
        elapsed = time.monotonic() - started
    finally:
        release.set()
        importer.join(60)
    assert not failures, failures
    assert PublicQuestion.objects.filter(pk=question.pk).exists()
    assert elapsed < LOCK_TIMEOUT_SECONDS
    assert Meeting.objects.get(pk=march.pk).venue == "Town Hall"  # the import committed too
