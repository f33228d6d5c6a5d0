"""The API's reads: querysets with every relation prefetched (a bounded number of queries
per page whatever its length), turned into the gate's public values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Exists, OuterRef, Prefetch, Q

from moot.access import visibility
from moot.api.models import BodyStamp, MeetingStamp, RecordStamp
from moot.documents.models import Document
from moot.governance.models import Authority, Body, Membership, Organisation, Person, Seat
from moot.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    PersonVote,
    Presenter,
    Resolution,
    Vote,
)
from moot.operations.prepared import prepared


@dataclass(frozen=True)
class Filters:
    body: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    updated_since: datetime | None = None
    after: int = 0
    limit: int = 50


def _governance_changed_since(since: datetime) -> bool:
    return RecordStamp.objects.filter(scope="governance", updated_at__gte=since).exists()


def _resolutions():
    return Resolution.objects.select_related("vote")


def _roll_calls_of(vote_ids: list[int]):
    return (
        PersonVote.objects.filter(vote_id__in=vote_ids)
        .order_by("vote_id", "id")
        .values_list(*visibility.ROLL_CALL_VALUES)
    )


_ROLL_CALLS = prepared(_roll_calls_of)


def keep_roll_calls(resolutions) -> None:
    """Read the names of the resolutions' recorded votes in one query, as plain rows, into
    each vote's ``visibility.prefetched("roll_call")`` (the gate reads them there): a page
    names thousands of voters, and a model instance for each voter and person cost more
    than everything else in the page."""
    votes = {}
    for resolution in resolutions:
        try:
            votes[resolution.vote.pk] = resolution.vote
        except Vote.DoesNotExist:
            continue
    if not votes:
        return
    for vote in votes.values():
        vote.__dict__[visibility.prefetched("roll_call")] = []
    for row in _ROLL_CALLS(list(votes)):
        votes[row[0]].__dict__[visibility.prefetched("roll_call")].append(row)


def _attendance_values(meetings) -> dict[int, list[tuple]]:
    """The attendance of the meetings whose minutes are published, as plain rows by
    meeting, in one query (``visibility.public_attendance_of_values`` reads them)."""
    ids = [m.pk for m in meetings if visibility.minutes_public(m)]
    by_meeting: dict[int, list[tuple]] = {pk: [] for pk in ids}
    if ids:
        rows = Attendance.objects.filter(meeting_id__in=ids).order_by("order", "id")
        for row in rows.values_list(*visibility.ATTENDANCE_VALUES):
            by_meeting[row[0]].append(row)
    return by_meeting


def _item_relations() -> dict:
    """The relations of an item the gate reads (``visibility.related``), of public items."""
    public_item = Q(item__exempt=False)
    return {
        "presenters": Presenter.objects.filter(public_item).select_related("person"),
        "documents": Document.objects.without_text().filter(public_item),
        "resolutions": _resolutions().filter(public_item),
        "declarations": Declaration.objects.filter(public_item).select_related("person"),
        "actions": Action.objects.filter(public_item).select_related("owner"),
    }


def _keep_item_relations(items, meeting_ids) -> None:
    """Read each relation of the meetings' items in one query, selected by meeting, into
    plain lists on the items (``visibility.prefetched``, which ``visibility.related``
    reads), in each relation's own order. Django's ``prefetch_related`` would select them
    by the ids of every item of the page (hundreds of parameters a query, each prepared
    and quoted one by one) and set a cache on every row."""
    by_id = {item.pk: item for item in items}
    for relation, queryset in _item_relations().items():
        attr = visibility.prefetched(relation)
        for item in items:
            item.__dict__[attr] = []
        for row in queryset.filter(item__meeting_id__in=meeting_ids):
            by_id[row.item_id].__dict__[attr].append(row)


@dataclass(frozen=True)
class EventRow:
    meeting: visibility.PublicMeeting
    items: tuple
    attendance: tuple
    documents: tuple
    person_ids: dict
    updated_at: datetime | None


def _filter_by_meeting(qs, filters: Filters, path: str):
    """Keep the rows whose meeting (reached through ``path``; "" for meetings themselves) is
    of the filters' body and dated within their range: every list of meeting business
    filters the same way."""
    prefix = f"{path}__" if path else ""
    if filters.body:
        qs = qs.filter(**{f"{prefix}body__slug": filters.body})
    if filters.date_from:
        qs = qs.filter(**{f"{prefix}date__gte": filters.date_from})
    if filters.date_to:
        qs = qs.filter(**{f"{prefix}date__lte": filters.date_to})
    return qs


def _meeting_changed_since(qs, filters: Filters, path: str):
    """Keep the rows whose meeting changed at or after ``updated_since`` (all of them when
    the governance record changed since: never too few)."""
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        qs = qs.filter(**{f"{path}__api_stamp__updated_at__gte": filters.updated_since})
    return qs


def events_queryset(filters: Filters):
    qs = _filter_by_meeting(Meeting.objects.select_related("body", "api_stamp"), filters, "")
    if filters.text:
        qs = qs.filter(
            Q(body__name__icontains=filters.text)
            | Q(venue__icontains=filters.text)
            | Q(
                Exists(
                    AgendaItem.objects.filter(meeting=OuterRef("pk"), title__icontains=filters.text)
                )
            )
        )
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        since = filters.updated_since
        qs = qs.filter(
            Q(api_stamp__updated_at__gte=since)
            | Q(Exists(BodyStamp.objects.filter(body=OuterRef("body"), updated_at__gte=since)))
        )
    return qs


def events(filters: Filters, *, pk: int | None = None) -> list[EventRow]:
    qs = events_queryset(filters) if pk is None else Meeting.objects.select_related("body")
    if pk is not None:
        qs = qs.filter(pk=pk)
    else:
        qs = qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1]
    qs = qs.prefetch_related(
        Prefetch(
            "items",
            queryset=AgendaItem.objects.select_related("supplement", "withdrawn_in").order_by(
                "order"
            ),
            to_attr="item_rows",
        ),
        Prefetch(
            "documents",
            queryset=Document.objects.without_text()
            .filter(item__isnull=True, exempt=False)
            .order_by("order", "letter", "id"),
            to_attr="own_documents",
        ),
    )
    meetings = list(qs)
    if not meetings:
        return []
    _keep_item_relations([i for m in meetings for i in m.item_rows], [m.pk for m in meetings])
    keep_roll_calls(
        r
        for m in meetings
        for i in m.item_rows
        for r in i.__dict__.get(visibility.prefetched("resolutions"), ())
    )
    attendance = _attendance_values(meetings)
    ids = person_slugs()
    rows = []
    for meeting in meetings:
        public = visibility.public_meeting(meeting)
        items = (
            tuple(visibility.public_item(i, meeting) for i in meeting.item_rows)
            if public.agenda_public
            else ()
        )
        docs = (
            tuple(visibility.public_document(d) for d in meeting.own_documents)
            if public.agenda_public
            else ()
        )
        stamp = getattr(meeting, "api_stamp", None) if _has_stamp(meeting) else None
        rows.append(
            EventRow(
                meeting=public,
                items=items,
                attendance=visibility.public_attendance_of_values(
                    meeting, attendance.get(meeting.pk, ())
                ),
                documents=docs,
                person_ids=ids,
                updated_at=stamp.updated_at if stamp else None,
            )
        )
    return rows


def meeting_updated_at(pk: int) -> datetime | None:
    """When the meeting's public record last changed (its ``updated_at``)."""
    return MeetingStamp.objects.filter(meeting_id=pk).values_list("updated_at", flat=True).first()


def _has_stamp(meeting) -> bool:
    try:
        meeting.api_stamp  # noqa: B018
    except MeetingStamp.DoesNotExist:
        return False
    return True


@dataclass(frozen=True)
class DecisionRow:
    resolution: visibility.PublicResolution
    item: visibility.PublicItem
    meeting: visibility.PublicMeeting
    person_ids: dict


def decisions(filters: Filters, *, pk: int | None = None, voted: bool = False) -> list[DecisionRow]:
    qs = visibility.public_resolutions(
        _resolutions().select_related("item__meeting__body", "item__meeting__api_stamp")
    )
    if voted:
        qs = qs.filter(vote__isnull=False)
    if pk is not None:
        qs = qs.filter(pk=pk)
    else:
        qs = _filter_by_meeting(qs, filters, "item__meeting")
        if filters.text:
            qs = qs.filter(Q(text__icontains=filters.text) | Q(item__title__icontains=filters.text))
        qs = _meeting_changed_since(qs, filters, "item__meeting")
        qs = qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1]
    resolutions = list(qs)
    if not resolutions:
        return []
    keep_roll_calls(resolutions)
    ids = person_slugs()
    rows = []
    for res in resolutions:
        item, meeting = res.item, res.item.meeting
        rows.append(
            DecisionRow(
                resolution=visibility.public_resolution(res),
                item=visibility.public_item(item, meeting, content_wanted=False),
                meeting=visibility.public_meeting(meeting),
                person_ids=ids,
            )
        )
    return rows


@dataclass(frozen=True)
class DocumentRow:
    document: visibility.PublicDocument
    meeting: visibility.PublicMeeting
    item_url: str


def documents(filters: Filters, *, pk: int | None = None) -> list[DocumentRow]:
    qs = visibility.public_documents(
        Document.objects.without_text().select_related(
            "meeting__body", "item", "meeting__api_stamp"
        )
    )
    if pk is not None:
        qs = qs.filter(pk=pk)
    else:
        qs = _filter_by_meeting(qs, filters, "meeting")
        if filters.text:
            qs = qs.filter(title__icontains=filters.text)
        qs = _meeting_changed_since(qs, filters, "meeting")
        qs = qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1]
    return [
        DocumentRow(
            document=visibility.public_document(d, d.item),
            meeting=visibility.public_meeting(d.meeting),
            item_url=visibility.item_url(d.item, d.meeting) if d.item_id else "",
        )
        for d in qs
    ]


def _governance_window(qs, filters: Filters, stamp_field: str | None = None):
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        if stamp_field is None:
            return qs.none()
        qs = qs.filter(**{f"{stamp_field}__gte": filters.updated_since})
    return qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1]


def bodies(filters: Filters, *, pk: int | None = None):
    qs = Body.objects.all()
    if pk is not None:
        return list(qs.filter(pk=pk))
    if filters.body:
        qs = qs.filter(slug=filters.body)
    if filters.text:
        qs = qs.filter(Q(name__icontains=filters.text) | Q(purpose__icontains=filters.text))
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        qs = qs.filter(api_stamp__updated_at__gte=filters.updated_since)
    return list(qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1])


def organisations(filters: Filters, *, pk: int | None = None):
    qs = Organisation.objects.all()
    if pk is not None:
        return list(qs.filter(pk=pk))
    if filters.text:
        qs = qs.filter(name__icontains=filters.text)
    return list(_governance_window(qs, filters))


def authority():
    return Authority.objects.first()


def seats(filters: Filters, *, pk: int | None = None):
    qs = Seat.objects.select_related("section__terms_of_reference", "organisation")
    if pk is not None:
        return list(qs.filter(pk=pk))
    if filters.body:
        qs = qs.filter(section__terms_of_reference__body__slug=filters.body)
    if filters.text:
        qs = qs.filter(Q(label__icontains=filters.text) | Q(section__name__icontains=filters.text))
    return list(_governance_window(qs, filters))


def memberships(filters: Filters, *, pk: int | None = None):
    qs = Membership.objects.select_related(
        "person", "seat__section__terms_of_reference", "on_behalf_of"
    )
    if pk is not None:
        return list(qs.filter(pk=pk))
    if filters.body:
        qs = qs.filter(seat__section__terms_of_reference__body__slug=filters.body)
    if filters.date_from:
        qs = qs.filter(Q(end_date__isnull=True) | Q(end_date__gte=filters.date_from))
    if filters.date_to:
        qs = qs.filter(start_date__lte=filters.date_to)
    if filters.text:
        qs = qs.filter(person__name__icontains=filters.text)
    return list(_governance_window(qs, filters))


def people(filters: Filters, *, pk: int | None = None):
    qs = Person.objects.prefetch_related(
        "aliases",
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related(
                "person", "seat__section__terms_of_reference", "on_behalf_of"
            ).order_by("start_date", "id"),
        ),
    )
    if pk is not None:
        return list(qs.filter(pk=pk))
    if filters.body:
        qs = qs.filter(
            memberships__seat__section__terms_of_reference__body__slug=filters.body
        ).distinct()
    if filters.text:
        qs = qs.filter(Q(name__icontains=filters.text) | Q(aliases__name__icontains=filters.text))
        qs = qs.distinct()
    return list(_governance_window(qs, filters))


def last_modified() -> datetime | None:
    return RecordStamp.objects.filter(scope="any").values_list("updated_at", flat=True).first()


def forward_plan(filters: Filters):
    from moot.meetings.models import ForwardPlanEntry

    qs = visibility.public_forward_plan(ForwardPlanEntry.objects.select_related("body"))
    if filters.body:
        qs = qs.filter(body__slug=filters.body)
    if filters.date_from:
        qs = qs.filter(intended_date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(intended_date__lte=filters.date_to)
    if filters.text:
        qs = qs.filter(subject__icontains=filters.text)
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        qs = qs.filter(
            Q(intended_meeting__api_stamp__updated_at__gte=filters.updated_since)
            | Q(body__api_stamp__updated_at__gte=filters.updated_since)
        )
    return list(qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1])


def actions(filters: Filters):
    qs = visibility.public_actions(Action.objects.select_related("owner", "item__meeting__body"))
    qs = _filter_by_meeting(qs, filters, "item__meeting")
    if filters.text:
        qs = qs.filter(description__icontains=filters.text)
    qs = _meeting_changed_since(qs, filters, "item__meeting")
    return list(qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1])


def issues(filters: Filters):
    from moot.meetings.models import Issue

    qs = Issue.objects.prefetch_related(
        Prefetch(
            "items",
            queryset=AgendaItem.objects.select_related("meeting__body").order_by(
                "meeting__start", "order"
            ),
        )
    )
    if filters.body:
        qs = qs.filter(items__meeting__body__slug=filters.body).distinct()
    if filters.text:
        qs = qs.filter(title__icontains=filters.text)
    if filters.updated_since and not _governance_changed_since(filters.updated_since):
        qs = qs.filter(items__meeting__api_stamp__updated_at__gte=filters.updated_since).distinct()
    return list(qs.filter(pk__gt=filters.after).order_by("pk")[: filters.limit + 1])


def person_slugs() -> dict[str, int]:
    """People's numeric ids by slug: the gate's values name people by slug."""
    return dict(Person.objects.values_list("slug", "pk"))
