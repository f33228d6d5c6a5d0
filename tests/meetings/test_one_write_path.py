"""One path for each agenda rule and write (issue 12, mended duplications): the
workspace's item_edit changes an item through item_update (one audit entry with old and
new values), agenda_publish asks rules.publication_verdict, and exempt_consistent is
exempt_marking without the reason."""

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.governance.models import AuditEntry
from moot.meetings import rules, services

LONDON = services.LONDON
pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(example):
    meeting = services.meeting_create(
        body=example, day=date(2026, 3, 12), at=time(9, 30), today=date(2026, 1, 5)
    )
    services.item_add(meeting=meeting, title="Better Care Fund")
    return meeting


def test_an_edit_is_one_change_logged_with_old_and_new_values(meeting, django_user_model):
    # the trail is append-only (browser tests commit theirs): this test's entries by its user
    user = django_user_model.objects.create_user(username="editor", password="x")
    item = meeting.items.get(title="Better Care Fund")
    services.item_edit(
        user=user,
        item=item,
        title="Better Care Fund: bids",
        exempt=True,
        exempt_paragraph=3,
        exempt_reason="Commercially confidential.",
    )
    (entry,) = AuditEntry.objects.filter(
        object_id=str(item.pk),
        action__in=["moot.agenda.item_changed", "moot.agenda.item_updated"],
        user=user,
    )
    assert entry.action == "moot.agenda.item_changed"
    assert entry.changes["title"] == {"old": "Better Care Fund", "new": "Better Care Fund: bids"}
    assert entry.changes["exempt_paragraph"] == {"old": None, "new": 3}
    assert "purpose" not in entry.changes  # unchanged values are not logged
    # saving the same values again logs nothing
    services.item_edit(
        user=user,
        item=item,
        title="Better Care Fund: bids",
        exempt=True,
        exempt_paragraph=3,
        exempt_reason="Commercially confidential.",
    )
    assert (
        AuditEntry.objects.filter(
            object_id=str(item.pk), action="moot.agenda.item_changed", user=user
        ).count()
        == 1
    )


def test_publication_asks_the_publication_verdict(meeting, monkeypatch):
    asked = []
    real = rules.publication_verdict

    def verdict(publish_by, today):
        asked.append((publish_by, today))
        return real(publish_by, today)

    monkeypatch.setattr(rules, "publication_verdict", verdict)
    late = datetime(2026, 3, 10, 9, 0, tzinfo=LONDON)
    with pytest.raises(services.PublicationTooLate):
        services.agenda_publish(meeting=meeting, now=late)
    assert asked and asked[-1][1] == date(2026, 3, 10)
    services.agenda_publish(meeting=meeting, now=late, late_reason="The report was late.")


@given(exempt=st.booleans(), paragraph=st.none() | st.integers(-2, 10))
def test_exempt_consistent_is_exempt_marking_without_the_reason(exempt, paragraph):
    allowed, explanation = rules.exempt_consistent(exempt, paragraph)
    with_reason = rules.exempt_marking(
        exempt=exempt, paragraph=paragraph, reason="A reason." if exempt else ""
    )
    assert allowed == with_reason.ok
    assert explanation == with_reason.explanation.rstrip(".")
