"""An import writes a page's items, minutes and attendance in a few batched writes
(``moot.meetings.bulk``, issue 14): a bounded number of queries a page, still one
transaction (a refusal writes nothing) and still idempotent (a second import changes
nothing)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.governance.models import AuditEntry
from moot.ingest import apply_attendance
from moot.ingest.services import ImportFailed, import_file
from moot.meetings import bulk
from moot.meetings.models import AgendaItem, Attendance, Meeting
from tests.helpers import PAGE_SEED

pytestmark = pytest.mark.django_db

# Writing the seed page (10 items with minutes, 20 attendance lines) took 316 to 322
# queries before the batched writes (docs/benchmarks.md, "Import speed").
CEILING = 150


def counts():
    return (
        Meeting.objects.count(),
        AgendaItem.objects.count(),
        Attendance.objects.count(),
        AuditEntry.objects.count(),
    )


def test_a_page_is_written_in_a_bounded_number_of_queries(fresh):
    with CaptureQueriesContext(connection) as queries:
        report = import_file(PAGE_SEED)
    assert report["changed"]
    meeting = Meeting.objects.get(date="2021-03-25")
    assert meeting.items.count() == 10
    assert meeting.attendance.count() == 4  # the apologies the page lists
    assert sum(bool(i.minutes) for i in meeting.items.all()) >= 8
    assert len(queries) <= CEILING, len(queries)


def test_a_second_import_changes_nothing(fresh):
    import_file(PAGE_SEED)
    before = counts()
    report = import_file(PAGE_SEED)
    assert report["changed"] is False
    assert counts() == before


def test_a_refused_attendance_line_fails_the_import_and_writes_nothing(fresh, monkeypatch):
    real = bulk.attendance_record_batch

    def with_a_bad_line(*, meeting, rows, user=None):
        bad = [*rows]
        bad[-1] = bulk.AttendanceRow(person=bad[-1].person, status="lurking")
        return real(meeting=meeting, rows=bad, user=user)

    monkeypatch.setattr(apply_attendance, "attendance_record_batch", with_a_bad_line)
    before = counts()
    with pytest.raises(ImportFailed, match=r"001_4b3bab8d5dc41280.txt: 'lurking' is not an"):
        import_file(PAGE_SEED)
    assert counts() == before
