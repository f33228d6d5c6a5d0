"""The bulk services (moot.meetings.bulk, issue 14) leave the same rows and the same audit
trail as the one-row services called once per row, refuse what they refuse with the same
words (naming the row), write nothing when they refuse, and cost a few queries a batch."""

from datetime import date, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.governance.models import AuditEntry, Person
from moot.meetings import bulk, services
from moot.meetings.models import AgendaItem, Attendance, Meeting
from moot.meetings.services import AttendanceRow

pytestmark = pytest.mark.django_db

TODAY = date(2026, 1, 5)
# two meetings in different municipal years, so the same minute numbers fit both
DAY_ONE, DAY_TWO = date(2026, 3, 12), date(2027, 3, 11)


def person(name):
    return Person.objects.get(name=name)


def twin_meetings(body):
    return [
        services.meeting_create(body=body, day=day, at=time(9, 30), today=TODAY)
        for day in (DAY_ONE, DAY_TWO)
    ]


def audit_of(objects, actions):
    """The audit facts of these objects' entries, in the order they were written."""
    if not objects:
        return []
    model = type(objects[0])
    entries = AuditEntry.objects.filter(
        object_type=model._meta.label_lower,
        object_id__in=[str(o.pk) for o in objects],
        action__in=actions,
    ).order_by("id")
    index = {str(o.pk): n for n, o in enumerate(objects)}
    return [
        (e.action, index[e.object_id], e.object_label, e.data, e.changes, e.user_label)
        for e in entries
    ]


def agenda(meeting):
    items = list(meeting.items.order_by("order"))
    rows = [
        (
            i.order,
            i.agenda_number,
            i.title,
            i.purpose,
            i.standing,
            i.minute_number,
            i.exempt,
            i.exempt_paragraph,
            i.exempt_reason,
            [(p.person_id, p.name, p.role) for p in i.presenters.order_by("id")],
        )
        for i in items
    ]
    return rows, audit_of(items, ["moot.agenda.item_added"])


def drafts(meeting, at_end):
    """Items at the end (or before the closing items), between others, before an item of the
    batch itself, exempt, with presenters and minute numbers."""
    first = meeting.items.order_by("order").first()
    return [
        bulk.NewItem("Better Care Fund", purpose="<p>Bids <script>x()</script></p>"),
        bulk.NewItem(
            "Joint Strategic Needs Assessment",
            presenters=[(person("Ivan Browne"), "", ""), (None, "Dr A. Visitor", "GP")],
            fields={"minute_number": 40, "municipal_year": meeting.municipal_year},
        ),
        bulk.NewItem("First of all", position=first.order, fields={"standing": ""}),
        bulk.NewItem(
            "Property disposal",
            exempt_paragraph=3,
            exempt_reason="Commercially confidential.",
            position=first.order + 10,
            fields={"minute_number": 41, "municipal_year": meeting.municipal_year},
        ),
        bulk.NewItem("Closing words", position=None, fields={"standing": "urgent_business"}),
        bulk.NewItem("After the close"),
    ]


@pytest.mark.parametrize("at_end", [False, True])
def test_items_added_at_once_are_the_items_added_one_by_one(example, admin_user, at_end):
    one, batch = twin_meetings(example)
    for new in drafts(one, at_end):
        services.item_add(
            meeting=one,
            title=new.title,
            purpose=new.purpose,
            exempt_paragraph=new.exempt_paragraph,
            exempt_reason=new.exempt_reason,
            presenters=list(new.presenters),
            position=new.position,
            at_end=at_end,
            user=admin_user,
            **new.fields,
        )
    added = bulk.items_add(
        meeting=batch, items=drafts(batch, at_end), at_end=at_end, user=admin_user
    )
    assert [i.title for i in added] == [d.title for d in drafts(batch, at_end)]
    assert all(AgendaItem.objects.filter(pk=i.pk).exists() for i in added)
    rows_one, audit_one = agenda(one)
    rows_batch, audit_batch = agenda(batch)
    assert rows_batch == rows_one
    assert audit_batch == audit_one
    assert len(audit_batch) == 6 and audit_batch[0][5] == admin_user.username
    assert "<script>" not in rows_batch[-1][3] + "".join(r[3] for r in rows_batch)


def test_a_refused_item_is_named_and_nothing_is_written(example):
    (meeting, _) = twin_meetings(example)
    year = meeting.municipal_year
    before = (AgendaItem.objects.count(), AuditEntry.objects.count())
    cases = [
        ([bulk.NewItem("A"), bulk.NewItem("  ")], "item 2 of the 2 to add ('')"),
        ([bulk.NewItem("A", exempt_paragraph=9)], "exempt paragraph 9 does not exist"),
        ([bulk.NewItem("A", fields={"colour": "red"})], "has no field colour"),
        ([bulk.NewItem("A", fields={"order": 5})], "order are set by the service"),
        (
            [
                bulk.NewItem("A", fields={"minute_number": 7, "municipal_year": year}),
                bulk.NewItem("B", fields={"minute_number": 7, "municipal_year": year}),
            ],
            "items 1 and 2 of the batch both have minute 7",
        ),
    ]
    for items, words in cases:
        with pytest.raises(
            services.MeetingError, match=words.replace("(", r"\(").replace(")", r"\)")
        ):
            bulk.items_add(meeting=meeting, items=items)
    services.item_add(
        meeting=meeting, title="Held", minute_number=8, municipal_year=meeting.municipal_year
    )
    with pytest.raises(services.MeetingError, match=r"item 2 of the batch \('B'\): minute 8"):
        bulk.items_add(
            meeting=meeting,
            items=[
                bulk.NewItem("A"),
                bulk.NewItem("B", fields={"minute_number": 8, "municipal_year": year}),
            ],
        )
    assert (AgendaItem.objects.count(), AuditEntry.objects.count()) == (
        before[0] + 1,
        before[1] + 1,
    )


def test_a_published_agenda_refuses_a_batch_as_it_refuses_one_item(example):
    (meeting, _) = twin_meetings(example)
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.AGENDA_PUBLISHED)
    with pytest.raises(services.MeetingError) as one:
        services.item_add(meeting=meeting, title="Late")
    with pytest.raises(services.MeetingError) as many:
        bulk.items_add(meeting=meeting, items=[bulk.NewItem("Late")])
    assert str(many.value) == str(one.value)
    assert bulk.items_add(meeting=meeting, items=[bulk.NewItem("Late")], allow_published=True)


def test_a_batch_costs_the_same_few_queries_whatever_its_size(example):
    one, other = twin_meetings(example)
    counts = []
    for meeting, size in ((one, 2), (other, 12)):
        items = [bulk.NewItem(f"Item {n}", presenters=[(None, "Ann", "")]) for n in range(size)]
        with CaptureQueriesContext(connection) as queries:
            bulk.items_add(meeting=meeting, items=items)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 10  # item_add: about 11 queries per item


def hold(meeting):
    return services.meeting_hold(
        meeting=meeting, allow_unpublished=True, today=meeting.date, judge_quorum=False
    )


def test_minutes_recorded_at_once_are_the_minutes_recorded_one_by_one(example, admin_user):
    one, batch = (hold(m) for m in twin_meetings(example))
    results = []
    for meeting, at_once in ((one, False), (batch, True)):
        items = list(meeting.items.order_by("order"))
        services.minutes_record(item=items[0], text="<p>Earlier.</p>")
        wanted = [
            (items[0], "<p>Noted.<script>x()</script></p>", False),
            (items[1], "<p>Part of it</p>", True),
            (items[0], "<p>Noted, again.</p>", False),
        ]
        if at_once:
            with CaptureQueriesContext(connection) as queries:
                bulk.minutes_record_many(meeting=meeting, minutes=wanted, user=admin_user)
            assert len(queries) <= 8
        else:
            for item, text, partial in wanted:
                services.minutes_record(item=item, text=text, partial=partial, user=admin_user)
        rows = [
            (i.minutes, i.minutes_partial, i.minutes_version)
            for i in meeting.items.order_by("order")
        ]
        results.append((rows, audit_of(items, ["moot.minutes.recorded"])))
    assert results[1] == results[0]
    assert results[1][0][0] == ("<p>Noted, again.</p>", False, 3)


def test_minutes_of_another_meetings_item_or_locked_minutes_are_refused(example):
    one, other = (hold(m) for m in twin_meetings(example))
    stranger = other.items.order_by("order").first()
    mine = one.items.order_by("order").first()
    with pytest.raises(services.MeetingError, match="minutes 2 of the 2 to record are for item"):
        bulk.minutes_record_many(
            meeting=one, minutes=[(mine, "<p>A</p>", False), (stranger, "<p>B</p>", False)]
        )
    mine.refresh_from_db()
    assert mine.minutes == ""
    Meeting.objects.filter(pk=one.pk).update(status=Meeting.Status.MINUTES_APPROVED)
    with pytest.raises(services.MinutesLocked) as many:
        bulk.minutes_record_many(meeting=one, minutes=[(mine, "<p>A</p>", False)])
    with pytest.raises(services.MinutesLocked) as single:
        services.minutes_record(item=mine, text="<p>A</p>")
    assert str(many.value) == str(single.value)


ROSTER = [
    ("Oliver Newbould", Attendance.Status.APOLOGIES, None, ""),
    ("Vi Dempster", Attendance.Status.PRESENT, None, "Chair"),
    ("Hayley Jackson", Attendance.Status.SUBSTITUTE, "Oliver Newbould", ""),
    ("Ivan Browne", Attendance.Status.PRESENT, None, ""),
    ("Gordon King", Attendance.Status.IN_ATTENDANCE, None, "Officer"),
    ("Ivan Browne", Attendance.Status.APOLOGIES, None, "listed twice"),
]


def rows_of(roster, mode=Attendance.Mode.IN_ROOM):
    return [
        AttendanceRow(
            person=person(name),
            status=status,
            substitute_for=person(sub) if sub else None,
            mode=mode,
            role_text=role,
        )
        for name, status, sub, role in roster
    ]


def attendance(meeting):
    records = list(meeting.attendance.order_by("order", "id"))
    rows = [
        (a.person_id, a.status, a.substitute_for_id, a.mode, a.role_text, a.order) for a in records
    ]
    return rows, audit_of(records, ["moot.attendance.recorded"])


def test_attendance_recorded_at_once_is_attendance_recorded_line_by_line(example, admin_user):
    one, batch = twin_meetings(example)
    for meeting in (one, batch):  # an earlier line the roster replaces
        services.attendance_record(
            meeting=meeting, person=person("Vi Dempster"), status=Attendance.Status.APOLOGIES
        )
    for row in rows_of(ROSTER):
        services.attendance_record(
            meeting=one,
            person=row.person,
            status=row.status,
            substitute_for=row.substitute_for,
            mode=row.mode,
            role_text=row.role_text,
            user=admin_user,
        )
    rows = rows_of(ROSTER)
    with CaptureQueriesContext(connection) as queries:
        records = bulk.attendance_record_batch(meeting=batch, rows=rows, user=admin_user)
    assert len(queries) <= 10  # attendance_record: some ten queries a line
    assert [r.person.name for r in records] == [name for name, *_ in ROSTER]
    assert attendance(batch) == attendance(one)
    rows, audit = attendance(batch)
    assert len(rows) == 5 and len(audit) == 7
    assert audit[-1][2] == "Ivan Browne: Apologies"


@pytest.mark.parametrize(
    "roster",
    [
        [
            ("Oliver Newbould", Attendance.Status.PRESENT, None, ""),
            ("Hayley Jackson", Attendance.Status.SUBSTITUTE, "Oliver Newbould", ""),
        ],
        [("Hayley Jackson", Attendance.Status.SUBSTITUTE, "Gordon King", "")],
        [("Hayley Jackson", Attendance.Status.SUBSTITUTE, None, "")],
        [
            ("Oliver Newbould", Attendance.Status.APOLOGIES, None, ""),
            ("Hayley Jackson", Attendance.Status.SUBSTITUTE, "Oliver Newbould", ""),
            ("Gordon King", Attendance.Status.SUBSTITUTE, "Oliver Newbould", ""),
        ],
        [("Gordon King", "lurking", None, "")],
    ],
)
def test_a_refused_roster_says_what_the_line_by_line_service_says_and_writes_nothing(
    example, roster
):
    one, batch = (  # on one day (the refusals name it)
        services.meeting_create(body=example, day=DAY_ONE, at=at, today=TODAY)
        for at in (time(9, 30), time(14, 0))
    )
    with pytest.raises(services.MeetingError) as line_by_line:
        for row in rows_of(roster):
            services.attendance_record(
                meeting=one,
                person=row.person,
                status=row.status,
                substitute_for=row.substitute_for,
            )
    audit_before = AuditEntry.objects.count()
    with pytest.raises(services.MeetingError) as at_once:
        bulk.attendance_record_batch(meeting=batch, rows=rows_of(roster))
    assert str(at_once.value) == str(line_by_line.value)
    assert not batch.attendance.exists()
    assert AuditEntry.objects.count() == audit_before


def test_locked_minutes_refuse_a_roster(example):
    (meeting, _) = twin_meetings(example)
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.MINUTES_APPROVED)
    with pytest.raises(services.MinutesLocked, match="locked"):
        bulk.attendance_record_batch(meeting=meeting, rows=rows_of(ROSTER[:1]))
