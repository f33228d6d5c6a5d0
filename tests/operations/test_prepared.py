"""Queries compiled once (moot.operations.prepared): the same rows as Django's own
compiling for every value, no compiling after the first call of a shape, and a clear
refusal of a build whose SQL depends on a value."""

from __future__ import annotations

from datetime import date

import pytest
from django.db.models import Q
from django.db.models.sql.compiler import SQLCompiler
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot.documents.models import Document
from moot.meetings.models import AgendaItem, Attendance, Meeting
from moot.operations.prepared import PreparedQueryError, prepared

pytestmark = pytest.mark.django_db


def items_of(meeting_id: int):
    return (
        AgendaItem.objects.filter(meeting_id=meeting_id)
        .select_related("meeting__body", "supplement")
        .order_by("order")
    )


def meeting_on(slug: str, day: date, sequence: int):
    return Meeting.objects.select_related("body").filter(
        body__slug=slug, date=day, sequence=sequence
    )


def documents_of(item_ids: list[int]):
    return Document.objects.without_text().filter(item_id__in=item_ids).order_by("id")


def attendance_of(meeting_id: int, status: str | None):
    rows = Attendance.objects.filter(meeting_id=meeting_id)
    if status is not None:  # a None is part of the shape: compiled apart
        rows = rows.filter(status=status)
    return rows.order_by("id").values_list("id", "person__name", "status")


@pytest.fixture
def counted_compiles(monkeypatch, settings):
    """How many times Django compiles a query, with the tests' own check turned off."""
    settings.MOOT_PREPARED_CHECK = False
    calls = {"n": 0}
    original = SQLCompiler.as_sql

    def counting(self, *args, **kwargs):
        calls["n"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counting)
    return calls


def test_the_same_instances_and_related_objects_as_django(example):
    query = prepared(items_of)
    for meeting in Meeting.objects.all():
        got = query(meeting.pk)
        expected = list(items_of(meeting.pk))
        assert [i.pk for i in got] == [i.pk for i in expected]
        assert [(i.title, i.meeting.body.name) for i in got] == [
            (i.title, i.meeting.body.name) for i in expected
        ]


def test_dates_and_text_are_values_too(example):
    query = prepared(meeting_on)
    for meeting in Meeting.objects.select_related("body"):
        (found,) = query(meeting.body.slug, meeting.date, meeting.sequence)
        assert found.pk == meeting.pk and found.body.slug == meeting.body.slug
    assert query("no-such-body", date(2021, 3, 25), 1) == []


def test_values_lists_and_none_shapes(example):
    query = prepared(attendance_of)
    meeting = Meeting.objects.filter(attendance__isnull=False).first()
    for status in (None, "present", "apologies", "nobody-has-this"):
        assert query(meeting.pk, status) == list(attendance_of(meeting.pk, status))


def test_compiled_once_a_shape(example, counted_compiles):
    query = prepared(items_of)
    meetings = list(Meeting.objects.values_list("pk", flat=True))
    query(meetings[0])
    counted_compiles["n"] = 0
    for pk in meetings:
        assert [i.pk for i in query(pk)] == list(
            AgendaItem.objects.filter(meeting_id=pk).order_by("order").values_list("pk", flat=True)
        )
    # only the plain queries of the comparison compiled, none of the prepared calls
    assert counted_compiles["n"] == len(meetings)


def test_a_list_of_ids_is_compiled_per_length(example, counted_compiles):
    query = prepared(documents_of)
    ids = list(AgendaItem.objects.order_by("pk").values_list("pk", flat=True))
    query(ids[:3])
    counted_compiles["n"] = 0
    query(ids[3:6])
    assert counted_compiles["n"] == 0
    query(ids[:4])  # a new length: compiled once more (and checked against Django once)
    assert counted_compiles["n"] == 2
    assert query([]) == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_ids_read_what_django_reads(example, data):
    ids = list(AgendaItem.objects.order_by("pk").values_list("pk", flat=True))
    chosen = data.draw(st.lists(st.sampled_from(ids) | st.integers(-5, 10**6), max_size=8))
    assert [d.pk for d in prepared(documents_of)(chosen)] == [d.pk for d in documents_of(chosen)]


def test_a_build_that_chooses_its_shape_by_a_value_is_refused(example, settings):
    settings.MOOT_PREPARED_CHECK = False

    def by_value(order: int):
        items = AgendaItem.objects.order_by("pk")
        return items.filter(order__gt=order) if order > 0 else items.filter(order=order)

    with pytest.raises(PreparedQueryError, match="must not choose the query's shape"):
        prepared(by_value)(0)


def test_a_value_changed_on_its_way_in_is_refused(example):
    def containing(text: str):
        return AgendaItem.objects.filter(title__icontains=text)

    with pytest.raises(PreparedQueryError, match="only plain comparisons"):
        prepared(containing)("Minutes")


def test_a_slice_by_a_value_is_refused(example):
    def first(n: int):
        return AgendaItem.objects.order_by("pk")[:n]

    with pytest.raises(PreparedQueryError, match="written into the SQL's text"):
        prepared(first)(3)


def test_a_prefetch_is_refused(example):
    def with_documents(meeting_id: int):
        return AgendaItem.objects.filter(meeting_id=meeting_id).prefetch_related("documents")

    with pytest.raises(PreparedQueryError, match="cannot prefetch"):
        prepared(with_documents)(1)


def test_while_testing_every_call_is_checked(example, settings):
    """A build whose shape changes only after its first call is caught by the check the
    tests keep on (``MOOT_PREPARED_CHECK``)."""
    settings.MOOT_PREPARED_CHECK = True
    flip = {"on": False}

    def moody(meeting_id: int):
        rows = AgendaItem.objects.filter(meeting_id=meeting_id)
        return rows.filter(Q(exempt=True)) if flip["on"] else rows

    query = prepared(moody)
    query(1)
    flip["on"] = True
    with pytest.raises(PreparedQueryError):
        query(2)


def test_a_value_of_another_kind_is_refused_not_compiled_for_each(example):
    """A float or a datetime would be compiled once for every value met: refused."""
    from datetime import datetime

    def by_order(order):
        return AgendaItem.objects.filter(order=order)

    for value in (1.5, datetime(2021, 3, 25, 10, 0), object()):
        with pytest.raises(PreparedQueryError, match="by_order: a prepared query takes"):
            prepared(by_order)(value)
