"""Dates of future meetings a document lists become scheduled meetings of the body, once."""

from __future__ import annotations

import pytest

from moot.ingest.services import import_text
from moot.meetings.models import Meeting
from tests.helpers import PAGE_SEED
from tests.ingest.helpers import BODY, row_counts
from tests.ingest.test_apply_rules import variant

PAGE = PAGE_SEED.read_text(encoding="utf-8")
TO_BE_APPROVED = (
    "To note that future meetings of the Board will be held on dates to be approved at the "
    "Annual Council Meeting in May 2021."
)


@pytest.mark.django_db
def test_dates_of_future_meetings_become_scheduled_meetings_once(fresh):
    text = variant(
        PAGE,
        TO_BE_APPROVED,
        "To note that future meetings of the Board will be held on Thursday, 24 June 2021 and "
        "Thursday, 29 July 2021.",
    )
    report = import_text(text, name="page.txt", body=BODY)
    assert report["scheduled"] == [f"{BODY}/2021-06-24", f"{BODY}/2021-07-29"]
    scheduled = Meeting.objects.filter(body__slug=BODY, date__month__in=[6, 7])
    assert {m.status for m in scheduled} == {Meeting.Status.SCHEDULED}
    assert scheduled.count() == 2 and not any(m.items.exists() for m in scheduled)
    counts = row_counts()
    again = import_text(text, name="page.txt", body=BODY)
    assert again["scheduled"] == [] and not again["changed"] and row_counts() == counts
