"""The importer writes through the services, so what it completes is in the audit trail
with its old and new values."""

import pytest

from moot.governance.models import AuditEntry
from moot.ingest.services import import_file
from moot.meetings.models import AgendaItem, Meeting
from tests.helpers import PACK_SEED


@pytest.mark.django_db
def test_a_pack_import_logs_the_previous_minutes_link_with_its_new_value(example):
    Meeting.objects.all().delete()
    import_file(PACK_SEED, kind="agenda-pack")
    item = AgendaItem.objects.get(previous_meeting__isnull=False, meeting__date="2021-07-29")
    entry = AuditEntry.objects.get(
        action="moot.import.previous_minutes_linked", object_id=str(item.pk)
    )
    assert entry.content_object == item
    assert entry.changes == {"previous_meeting": {"old": None, "new": item.previous_meeting_id}}
