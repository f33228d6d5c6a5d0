"""Editing a draft agenda through the services: update, remove, move; each logged, each
refused once the agenda is published."""

from datetime import date, datetime, time

import pytest

from moot.governance.models import AuditEntry, Person
from moot.meetings import services
from moot.meetings.models import AgendaItem

LONDON = services.LONDON
TODAY = date(2026, 1, 5)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(example):
    meeting = services.meeting_create(
        body=example, day=date(2026, 3, 12), at=time(9, 30), today=TODAY
    )
    services.item_add(meeting=meeting, title="Better Care Fund")
    services.item_add(meeting=meeting, title="Joint Strategy")
    return meeting


def agenda(meeting):
    return [(i.agenda_number, i.title) for i in meeting.items.order_by("order")]


def test_moving_an_item_renumbers_the_agenda_and_is_logged(meeting):
    item = meeting.items.get(title="Joint Strategy")
    services.item_move(item=item, to_index=0)
    assert agenda(meeting)[0] == ("1", "Joint Strategy")
    assert [n for n, _ in agenda(meeting)] == [str(n) for n in range(1, 11)]
    services.item_move(item=item, to_index=99)
    assert agenda(meeting)[-1] == ("10", "Joint Strategy")
    entries = AuditEntry.objects.filter(action="moot.agenda.item_moved", object_id=str(item.pk))
    assert entries.count() == 2


def test_moving_keeps_every_other_item_in_its_relative_order(meeting):
    before = [t for _, t in agenda(meeting)]
    item = meeting.items.get(title="Better Care Fund")
    services.item_move(item=item, to_index=2)
    after = [t for _, t in agenda(meeting)]
    assert after[2] == "Better Care Fund"
    assert [t for t in after if t != "Better Care Fund"] == [
        t for t in before if t != "Better Care Fund"
    ]


def test_removing_an_item_renumbers_and_logs(meeting):
    item = meeting.items.get(title="Better Care Fund")
    services.item_remove(item=item)
    assert "Better Care Fund" not in [t for _, t in agenda(meeting)]
    assert [n for n, _ in agenda(meeting)] == [str(n) for n in range(1, 10)]
    assert AuditEntry.objects.filter(
        action="moot.agenda.item_removed", data__title="Better Care Fund"
    ).exists()


def test_updating_marks_an_item_exempt_with_paragraph_and_reason(meeting):
    item = meeting.items.get(title="Better Care Fund")
    presenter = Person.objects.order_by("pk").first()
    services.item_edit(
        item=item,
        title="Better Care Fund: provider bids",
        exempt=True,
        exempt_paragraph=3,
        exempt_reason="Bids are confidential until the award.",
        presenters=[(presenter, "", "Director")],
    )
    item.refresh_from_db()
    assert (item.title, item.exempt, item.exempt_paragraph) == (
        "Better Care Fund: provider bids",
        True,
        3,
    )
    assert [(p.person, p.role) for p in item.presenters.all()] == [(presenter, "Director")]
    services.item_edit(item=item, title=item.title, exempt=False)
    item.refresh_from_db()
    assert (item.exempt, item.exempt_paragraph, item.exempt_reason) == (False, None, "")


@pytest.mark.parametrize(
    ("exempt", "paragraph", "reason", "message"),
    [
        (True, None, "Confidential", "names its paragraph"),
        (False, 3, "", "not marked exempt"),
        (True, 3, "", "give the reason"),
        (True, 9, "Confidential", "paragraphs 1 to 7"),
    ],
)
def test_an_incomplete_exempt_marking_is_refused_and_nothing_changes(
    meeting, exempt, paragraph, reason, message
):
    item = meeting.items.get(title="Better Care Fund")
    with pytest.raises(services.MeetingError, match=message):
        services.item_edit(
            item=item,
            title="Changed",
            exempt=exempt,
            exempt_paragraph=paragraph,
            exempt_reason=reason,
        )
    item.refresh_from_db()
    assert (item.title, item.exempt) == ("Better Care Fund", False)


def test_a_published_agenda_refuses_edits_moves_and_removals(meeting):
    services.agenda_publish(meeting=meeting, now=datetime(2026, 3, 2, 9, tzinfo=LONDON))
    item = meeting.items.get(title="Better Care Fund")
    before = agenda(meeting)
    for change in (
        lambda: services.item_edit(item=item, title="Changed"),
        lambda: services.item_move(item=item, to_index=0),
        lambda: services.item_remove(item=item),
    ):
        with pytest.raises(services.MeetingError, match="published and frozen"):
            change()
    assert agenda(meeting) == before
    assert AgendaItem.objects.filter(pk=item.pk, title="Better Care Fund").exists()
