"""The index follows the record after each commit: once per changed meeting, nothing for
a rolled-back write, and presenters included (issue 10 items 11 and 12)."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Meeting, Presenter
from moot.search import services as search_services
from moot.search.backends import search

pytestmark = pytest.mark.django_db

MARCH, JULY, OCTOBER = date(2021, 3, 25), date(2021, 7, 29), date(2021, 10, 28)


@pytest.fixture
def index_calls(monkeypatch):
    """The meetings indexed, in order (the real indexing still runs)."""
    calls: list[int] = []
    real = search_services.index_meeting

    def counting(meeting):
        calls.append(meeting.pk)
        return real(meeting)

    monkeypatch.setattr(search_services, "index_meeting", counting)
    return calls


def test_a_bulk_write_indexes_each_changed_meeting_once_after_commit(
    example, index_calls, django_capture_on_commit_callbacks
):
    march = Meeting.objects.get(date=MARCH)
    july = Meeting.objects.get(date=JULY)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for item in AgendaItem.objects.filter(meeting__in=[march, july]):
            item.title += " zebrafish"
            item.save()
        assert index_calls == []  # nothing before the commit
        assert search("zebrafish").total == 0
    assert sorted(index_calls) == sorted([march.pk, july.pk])
    assert search("zebrafish").total >= 2


def test_a_rolled_back_write_indexes_nothing(example, index_calls):
    item = AgendaItem.objects.get(meeting__date=MARCH, minute_number=23)
    with pytest.raises(RuntimeError), transaction.atomic():
        item.title = "Mental Health Services and Quagga"
        item.save()
        raise RuntimeError("the import failed")
    assert index_calls == []
    assert search("quagga").total == 0


def test_a_savepoint_rolled_back_inside_a_committed_transaction_keeps_outer_changes(
    example, index_calls, django_capture_on_commit_callbacks
):
    """The request made before the savepoint is the one kept: the outer change is indexed
    although the inner one (asking for the same meeting) was rolled back."""
    item = AgendaItem.objects.get(meeting__date=MARCH, minute_number=23)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        item.title = "Mental Health Services and Okapi"
        item.save()
        with pytest.raises(RuntimeError), transaction.atomic():
            item.purpose = "changed"
            item.save()
            raise RuntimeError("inner step refused")
    assert index_calls == [item.meeting_id]
    assert search("okapi").total >= 1


def test_adding_a_presenter_updates_search(example, django_capture_on_commit_callbacks):
    item = AgendaItem.objects.get(meeting__date=JULY, agenda_number="8")
    with django_capture_on_commit_callbacks(execute=True):
        presenter = Presenter.objects.create(item=item, name="Dr Ottoline Pangolin", role="GP")
    assert search("Pangolin").total >= 1
    with django_capture_on_commit_callbacks(execute=True):
        presenter.name = "Dr Ottoline Armadillo"
        presenter.save()
    assert search("Pangolin").total == 0
    assert search("Armadillo").total >= 1
    with django_capture_on_commit_callbacks(execute=True):
        presenter.delete()
    assert search("Armadillo").total == 0


def test_renaming_a_presenting_person_updates_search(example, django_capture_on_commit_callbacks):
    from moot.governance.models import Person

    item = AgendaItem.objects.get(meeting__date=JULY, agenda_number="8")
    person = Person.objects.order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        Presenter.objects.create(item=item, person=person, role="Director")
    assert search("Narwhal").total == 0
    with django_capture_on_commit_callbacks(execute=True):  # a later, separate change
        person.name = "Councillor Perpetua Narwhal"
        person.save()
    assert search("Narwhal").total >= 1


def test_adding_an_item_renumbers_in_one_update_and_indexes_once(
    example, index_calls, django_capture_on_commit_callbacks
):
    october = Meeting.objects.get(date=OCTOBER)
    before = list(october.items.order_by("order").values_list("agenda_number", "title"))
    assert len(before) >= 5
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        CaptureQueriesContext(connection) as queries,
    ):
        item = meeting_services.item_add(meeting=october, title="Pharmaceutical needs assessment")
    item_updates = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('UPDATE "meetings_agendaitem"')
    ]
    assert len(item_updates) <= 3  # move the closing items (2), renumber (1): not one per item
    # one index request, one page-cache renewal, one API change stamp, and the renewal of
    # the search version that the index write asks for once it is written
    assert len(callbacks) == 4
    assert index_calls == [october.pk]
    after = list(october.items.order_by("order").values_list("agenda_number", "title"))
    assert [number for number, _ in after] == [str(n) for n in range(1, len(before) + 2)]
    assert (item.agenda_number, item.title) in after
    assert [title for _, title in after if title != item.title] == [t for _, t in before]
