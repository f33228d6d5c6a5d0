"""Reads for the public pages, in a bounded number of queries whatever the size of a
meeting, a body or a register.

Each ``*_page`` function returns plain values built by the visibility gate
(``moot.access.visibility``); pages, JSON twins, feeds and calendars render those and
nothing else.
"""

from __future__ import annotations

import calendar as calendar_module
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)
from django.utils import timezone

from moot.access import visibility
from moot.access.visibility import (
    PublicAction,
    PublicAttendee,
    PublicDeclaration,
    PublicDocument,
    PublicInterest,
    PublicItem,
    PublicMeeting,
    PublicResolution,
    TemplateValue,
)
from moot.api import selectors as api_selectors
from moot.documents.models import Document
from moot.governance import selectors as gov_selectors
from moot.governance.models import (
    Authority,
    Body,
    Membership,
    Person,
    StandingInvitee,
    TermsOfReference,
)
from moot.meetings import rules as meeting_rules
from moot.meetings import services as meeting_services
from moot.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    ForwardPlanEntry,
    InterestRegisterEntry,
    Meeting,
    PersonVote,
    Presenter,
    PublicQuestion,
    Resolution,
)
from moot.operations.prepared import prepared
from moot.portal import cache as page_cache
from moot.portal.errors import InvalidInput, NotFound

DECISIONS_PER_PAGE = 50
RECENT = 10


# --- shared pieces ------------------------------------------------------------------------


def authority() -> Authority | None:
    return gov_selectors.authority()


def _meetings() -> QuerySet[Meeting]:
    return Meeting.objects.select_related("body")


def _named_votes() -> Prefetch:
    return Prefetch("vote__person_votes", queryset=PersonVote.objects.select_related("person"))


def _resolutions():
    """Resolutions with what their rows show, votes and named votes included."""
    return Resolution.objects.select_related("vote").prefetch_related(_named_votes())


@dataclass(frozen=True)
class ItemRef(TemplateValue):
    """Where a decision, declaration or action was made: item and meeting headings."""

    item: PublicItem
    meeting: PublicMeeting


# An item's agenda text and minutes (HTML, kilobytes each): a heading (``_item_ref``) shows
# neither, so the lists of headings leave them in the database.
ITEM_TEXTS = ("purpose", "minutes")


def headings_only(queryset: QuerySet, path: str = "item__") -> QuerySet:
    """``queryset`` without the texts of the item at ``path`` ("" for items themselves)."""
    return queryset.defer(*(path + name for name in ITEM_TEXTS))


def _item_ref(item: AgendaItem, meetings: dict[int, PublicMeeting] | None = None) -> ItemRef:
    """The item's heading; ``meetings`` keeps each meeting's public values made for a list
    (many rows of one meeting)."""
    meeting = item.meeting
    if meetings is None:
        public = visibility.public_meeting(meeting)
    elif (public := meetings.get(meeting.pk)) is None:
        public = meetings[meeting.pk] = visibility.public_meeting(meeting)
    return ItemRef(visibility.public_item(item, meeting, content_wanted=False), public)


@dataclass(frozen=True)
class DecisionRow(TemplateValue):
    resolution: PublicResolution
    where: ItemRef


def _decision_rows(resolutions) -> list[DecisionRow]:
    meetings: dict[int, PublicMeeting] = {}
    return [
        DecisionRow(visibility.public_resolution(r), _item_ref(r.item, meetings))
        for r in resolutions
    ]


def public_decisions():
    """Every resolution anyone may read, newest meeting first (one meeting's together)."""
    return (
        headings_only(visibility.public_resolutions(_resolutions()))
        .select_related("item__meeting__body")
        .order_by(
            "-item__meeting__date",
            "-item__meeting__sequence",
            "-item__meeting_id",
            "item__order",
            "order",
        )
    )


def _minuted_meetings() -> QuerySet[Meeting]:
    """The meetings whose decisions are public, in the decisions' order."""
    return Meeting.objects.filter(status__in=visibility.MINUTES_PUBLIC_STATUSES).order_by(
        "-date", "-sequence", "-pk"
    )


MEETINGS_PER_STEP = 50


def decisions_window(decisions, meetings, offset: int, limit: int) -> list[Resolution]:
    """``decisions[offset:offset + limit]`` (in :func:`public_decisions`' order), read
    without sorting every decision of the record: the meetings are walked newest first, 50
    at a time (an index on the date serves that), counting their decisions until the window
    is covered; then only those meetings' decisions are sorted. ``meetings`` must hold every
    meeting of ``decisions``, in their order. The cost grows with the page number, not with
    the years of record."""
    chosen: list[int] = []
    before = seen = start = 0  # decisions before the first chosen meeting; seen so far
    while seen < offset + limit:
        step = list(meetings.values_list("pk", flat=True)[start : start + MEETINGS_PER_STEP])
        if not step:
            break
        counts = dict(
            decisions.filter(item__meeting__in=step)
            .order_by()
            .values_list("item__meeting")
            .annotate(n=Count("pk"))
        )
        for pk in step:
            n = counts.get(pk, 0)
            if seen + n <= offset:
                before += n
            elif n:
                chosen.append(pk)
            seen += n
            if seen >= offset + limit:
                break
        if len(step) < MEETINGS_PER_STEP:
            break  # the last meetings
        start += MEETINGS_PER_STEP
    if not chosen:
        return []
    window = decisions.filter(item__meeting__in=chosen)
    return list(window[offset - before : offset - before + limit])


def find_meeting(
    body_slug: str, day: date, sequence: int, meetings: QuerySet[Meeting] | None = None
) -> Meeting:
    meetings = _meetings() if meetings is None else meetings
    meeting = meetings.filter(body__slug=body_slug, date=day, sequence=sequence).first()
    if meeting is None:
        _no_such_meeting(body_slug, day, sequence)
    return meeting


def _no_such_meeting(body_slug: str, day: date, sequence: int):
    body = _find_body(body_slug)
    raise NotFound(
        f"{body.name} has no meeting on {day:%A} {day.day} {day:%B %Y}"
        + (f" (meeting {sequence} of the day)" if sequence > 1 else "")
        + "."
    )


def _find_body(slug: str) -> Body:
    body = Body.objects.filter(slug=slug).first()
    if body is None:
        raise NotFound(f"There is no committee or board called '{slug}'.")
    return body


# --- home ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomePage(TemplateValue):
    upcoming: list[PublicMeeting]
    recent_meetings: list[PublicMeeting]
    recent_decisions: list[DecisionRow]
    bodies: list[Body]


def home_page(today: date) -> HomePage:
    upcoming = _meetings().filter(date__gte=today).order_by("date", "sequence")[:RECENT]
    recent = _meetings().filter(date__lt=today).order_by("-date", "-sequence")[:5]
    return HomePage(
        upcoming=[visibility.public_meeting(m) for m in upcoming],
        recent_meetings=[visibility.public_meeting(m) for m in recent],
        recent_decisions=_decision_rows(
            decisions_window(public_decisions(), _minuted_meetings(), 0, RECENT)
        ),
        bodies=list(Body.objects.all()),
    )


# --- bodies -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRow(TemplateValue):
    body: Body
    next_meeting: PublicMeeting | None


def bodies_page(today: date) -> list[BodyRow]:
    bodies = list(Body.objects.all())
    upcoming = _meetings().filter(date__gte=today).order_by("date", "sequence")
    first: dict[int, Meeting] = {}
    for meeting in upcoming.filter(body__in=bodies):
        first.setdefault(meeting.body_id, meeting)
    return [
        BodyRow(b, visibility.public_meeting(first[b.pk]) if b.pk in first else None)
        for b in bodies
    ]


@dataclass(frozen=True)
class YearOfMeetings(TemplateValue):
    label: str
    meetings: list[PublicMeeting]
    frequency: meeting_rules.FrequencyCheck | None


@dataclass(frozen=True)
class BodyPage(TemplateValue):
    body: Body
    on: date
    terms: TermsOfReference | None
    sections: list[gov_selectors.SectionRow]
    invitees: list[StandingInvitee]
    years: list[YearOfMeetings]
    forward_plan: list[ForwardPlanEntry]
    year: str = ""  # the municipal year asked for (?year=), or "" for the current ones
    other_years: list[str] = field(default_factory=list)  # linked, newest first
    quorum: str = ""  # the terms' quorum in words (rules.QuorumRule.in_words)


def years_shown(labels: set[str], current: str, chosen: str = "") -> list[str]:
    """Which municipal years of meetings a body's page lists, newest first.

    A year asked for, alone. Otherwise every year after the current one (meetings already
    fixed) and the two newest up to and including the current one: this year's and last
    year's, or the last two in which the body met. Other years are links, so the page is
    the same size however many years of record there are.
    """
    if chosen:
        return [chosen]
    ordered = sorted(labels, reverse=True)
    return [y for y in ordered if y > current] + [y for y in ordered if y <= current][:2]


def _year_of(meeting: Meeting) -> str:
    return meeting.municipal_year or str(meeting.date.year)


def _terms_on(all_terms: list[TermsOfReference], day: date) -> TermsOfReference | None:
    for terms in all_terms:
        if terms.in_force_from <= day and (terms.in_force_to is None or day <= terms.in_force_to):
            return terms
    return None


def body_page(slug: str, today: date, year: str = "") -> BodyPage:
    """A body's page: its terms, members, forward plan and the meetings of the years
    :func:`years_shown` picks (``year``: one municipal year asked for, such as 2020/21)."""
    body = _find_body(slug)
    held = Meeting.objects.filter(body=body)
    labels = {
        label or str(year_number)
        for label, year_number in held.order_by().values_list("municipal_year", "date__year")
    }
    if year and year not in labels:
        newest = max(labels, default="2024/25")
        raise InvalidInput("year", year, f"a municipal year of its meetings, such as {newest}")
    shown = years_shown(labels, meeting_rules.municipal_year(today).label, year)
    numbers = [int(label) for label in shown if label.isdigit()]
    all_terms = list(TermsOfReference.objects.filter(body=body))
    terms = _terms_on(all_terms, today)  # read once: the years' frequency checks use them too
    sections = gov_selectors.sections_on(terms, today)
    by_year: dict[str, list[Meeting]] = defaultdict(list)
    in_shown = Q(municipal_year__in=shown) | Q(municipal_year="", date__year__in=numbers)
    for meeting in _meetings().filter(in_shown, body=body).order_by("date", "sequence"):
        by_year[_year_of(meeting)].append(meeting)
    years = []
    for label in sorted(by_year, reverse=True):
        meetings = by_year[label]
        held = [m for m in meetings if not m.is_cancelled]
        year_terms = _terms_on(all_terms, meetings[0].date)
        frequency = None
        if year_terms is not None and year_terms.minimum_meetings_per_year:
            frequency = meeting_rules.frequency_check(
                len(held), year_terms.minimum_meetings_per_year, label
            )
        years.append(
            YearOfMeetings(label, [visibility.public_meeting(m) for m in meetings], frequency)
        )
    forward_plan = list(
        visibility.public_forward_plan(
            ForwardPlanEntry.objects.filter(body=body, intended_date__gte=today)
        )
        .exclude(status=ForwardPlanEntry.Status.WITHDRAWN)
        .select_related("body", "intended_meeting__body")
    )
    return BodyPage(
        body=body,
        on=today,
        terms=terms,
        sections=sections,
        invitees=gov_selectors.standing_invitees_on(body, today),
        years=years,
        forward_plan=forward_plan,
        year=year,
        other_years=sorted(labels - set(shown), reverse=True),
        quorum=gov_selectors.quorum_rule(terms).in_words() if terms else "",
    )


def body_meetings(slug: str | None) -> tuple[Body | None, list[PublicMeeting]]:
    """Every meeting, or one body's, for the calendar feeds."""
    body = _find_body(slug) if slug else None
    meetings = _meetings().order_by("date", "sequence")
    if body is not None:
        meetings = meetings.filter(body=body)
    return body, [visibility.public_meeting(m) for m in meetings]


# --- one meeting --------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterArising(TemplateValue):
    action: PublicAction
    where: ItemRef


@dataclass(frozen=True)
class MeetingPage(TemplateValue):
    meeting: PublicMeeting
    items: list[PublicItem]
    documents: list[PublicDocument]
    attendance: dict[str, list[PublicAttendee]]
    matters_arising: list[MatterArising]
    forward_plan: list[ForwardPlanEntry]
    publication_deadline: meeting_rules.Deadline
    question_deadline: meeting_rules.Deadline
    questions_open: bool
    filming_text: str
    has_exempt_items: bool = False
    questions: tuple[visibility.PublicQuestionView, ...] = ()
    agenda_changes: tuple[visibility.AgendaChange, ...] = ()
    attendees: tuple[PublicAttendee, ...] = ()  # in the minutes' order, for the JSON twin

    @property
    def public_items(self) -> list[PublicItem]:
        return [i for i in self.items if not i.exempt]

    @property
    def exempt_items(self) -> list[PublicItem]:
        return [i for i in self.items if i.exempt]


ATTENDANCE_GROUPS = (
    ("present", "Present"),
    ("substitute", "Substitutes"),
    ("standing_invitee", "Standing invitees"),
    ("in_attendance", "In attendance"),
    ("apologies", "Apologies"),
    ("absent", "Absent"),
)


def _presenters(item_ids: list[int]) -> QuerySet[Presenter]:
    return Presenter.objects.select_related("person").filter(item_id__in=item_ids).order_by("id")


def _item_documents(item_ids: list[int]) -> QuerySet[Document]:
    return Document.objects.filter(item_id__in=item_ids).order_by("order", "letter", "id")


def _item_resolutions(item_ids: list[int]) -> QuerySet[Resolution]:
    """Resolutions with their votes; the named votes are read after, as values."""
    return (
        Resolution.objects.select_related("vote")
        .filter(item_id__in=item_ids)
        .order_by("order", "id")
    )


def _declarations(item_ids: list[int]) -> QuerySet[Declaration]:
    return Declaration.objects.select_related("person").filter(item_id__in=item_ids).order_by("id")


def _actions(item_ids: list[int]) -> QuerySet[Action]:
    return Action.objects.select_related("owner").filter(item_id__in=item_ids).order_by("id")


# Each relation an item's page shows, read by the public items' ids and ordered on its own
# columns (the models' default orderings join the item and meeting tables); compiled once
# (moot.operations.prepared): the pages' shapes never change, only the ids.
_RELATIONS = {
    "presenters": prepared(_presenters),
    "documents": prepared(_item_documents),
    "resolutions": prepared(_item_resolutions),
    "declarations": prepared(_declarations),
    "actions": prepared(_actions),
}


def _item_relations(*, minutes: bool, documents: bool) -> list[str]:
    """The relations of an item a page shows."""
    relations = ["presenters"]
    if documents:
        relations.append("documents")
    if minutes:
        relations += ["resolutions", "declarations", "actions"]
    return relations


def _with_content(items: list[AgendaItem], *, minutes: bool, documents: bool = True):
    """The items, each with every relation a page shows, one query per relation by the
    public items' ids. Exempt items' relations are not even read: the gate would drop them
    anyway.

    Each relation is kept as a plain list (``visibility.prefetched``, read by
    ``visibility.related``): Django's ``prefetch_related`` would build a filtered queryset
    per item and relation and costs more than the queries themselves (docs/benchmarks.md,
    "Scale")."""
    public = [item.pk for item in items if not visibility.item_exempt(item)]
    for relation in _item_relations(minutes=minutes, documents=documents):
        by_item: dict[int, list] = {item.pk: [] for item in items}
        rows = _RELATIONS[relation](public) if public else []
        if relation == "resolutions":
            api_selectors.keep_roll_calls(rows)  # the named votes as plain rows
        for row in rows:
            by_item[row.item_id].append(row)
        for item in items:
            setattr(item, visibility.prefetched(relation), by_item[item.pk])
    return items


def _items_of(meeting_id: int) -> QuerySet[AgendaItem]:
    return (
        AgendaItem.objects.filter(meeting_id=meeting_id)
        .select_related("supplement", "withdrawn_in")
        .order_by("order")
    )


_ITEMS = prepared(_items_of)


def _items(meeting: Meeting) -> QuerySet[AgendaItem]:
    return _items_of(meeting.pk)


def questions_open(meeting: Meeting, deadline: meeting_rules.Deadline, today: date) -> bool:
    """Questions are taken for a meeting still to be held, until the deadline."""
    return (
        meeting.status in (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED)
        and today <= deadline.publish_by
    )


def _documents_of(meeting_id: int) -> QuerySet[Document]:
    """Each public item's documents (exempt ones included: the item shows their notice)
    and the public documents of no item."""
    return (
        Document.objects.without_text()
        .filter(meeting_id=meeting_id)
        .filter(Q(item__isnull=True, exempt=False) | Q(item__exempt=False))
        .order_by("order", "letter", "id")
    )


_DOCUMENTS = prepared(_documents_of)


def _meeting_documents(meeting: Meeting, items: list[AgendaItem]) -> list[Document]:
    """The meeting's documents in one query: each public item's (kept on the item as its
    prefetched documents) and the public documents of no item, which are returned."""
    rows = _DOCUMENTS(meeting.pk)
    by_item: dict[int, list[Document]] = {item.pk: [] for item in items}
    for row in rows:
        if row.item_id in by_item:
            by_item[row.item_id].append(row)
    for item in items:
        setattr(item, visibility.prefetched("documents"), by_item[item.pk])
    return [row for row in rows if row.item_id is None]


def _attendance_of(meeting_id: int):
    return (
        Attendance.objects.filter(meeting_id=meeting_id)
        .order_by("order", "id")
        .values_list(*visibility.ATTENDANCE_VALUES)
    )


_ATTENDANCE = prepared(_attendance_of)


_UNKNOWN = object()


def _meetings_with_flags() -> QuerySet[Meeting]:
    """Meetings, each saying whether it has any planned business, public questions and open
    actions of earlier meetings (matters arising), in the meeting's own query: the page
    skips the lookup (one query each) of what is not there. A flag counts every row, public
    or not: where it is set, the gate's own query still decides what is shown."""
    return _meetings().annotate(
        any_planned_business=Exists(
            ForwardPlanEntry.objects.filter(intended_meeting=OuterRef("pk"))
        ),
        any_questions=Exists(PublicQuestion.objects.filter(meeting=OuterRef("pk"))),
        any_open_actions=Exists(
            meeting_services.open_actions_before(OuterRef("body"), OuterRef("date"))
        ),
    )


def _meeting_with_flags(body_slug: str, day: date, sequence: int) -> QuerySet[Meeting]:
    return _meetings_with_flags().filter(body__slug=body_slug, date=day, sequence=sequence)[:1]


_MEETING_WITH_FLAGS = prepared(_meeting_with_flags)


def _open_actions_of(body_id: int, day: date) -> QuerySet[Action]:
    return headings_only(meeting_services.matters_arising_query(body_id, day))


_OPEN_ACTIONS = prepared(_open_actions_of)


def _matters_arising(meeting: Meeting) -> list[MatterArising]:
    """The open actions of the body's earlier meetings whose minutes are public, from
    public items; the body is the meeting's own (read with it)."""
    matters = []
    meetings: dict[int, PublicMeeting] = {}
    for action in _OPEN_ACTIONS(meeting.body_id, meeting.date):
        earlier = action.item
        earlier.meeting.body = meeting.body
        if visibility.item_exempt(earlier) or not visibility.minutes_public(earlier.meeting):
            continue
        matters.append(
            MatterArising(visibility.public_action(action), _item_ref(earlier, meetings))
        )
    return matters


def _planned_business(meeting: Meeting) -> list[ForwardPlanEntry]:
    if not meeting.any_planned_business:
        return []
    return list(visibility.public_forward_plan(meeting.planned_business.select_related("body")))


def _public_questions(meeting: Meeting) -> tuple[visibility.PublicQuestionView, ...]:
    if not meeting.any_questions:
        return ()
    return visibility.public_questions(meeting, meeting.questions.all())


def meeting_page(
    body_slug: str, day: date, sequence: int, *, today: date, site=_UNKNOWN
) -> MeetingPage:
    """The meeting page; ``site`` is the authority when the caller has read it already."""
    site = authority() if site is _UNKNOWN else site
    found = _MEETING_WITH_FLAGS(body_slug, day, sequence)
    if not found:
        _no_such_meeting(body_slug, day, sequence)
    meeting = found[0]
    public = visibility.public_meeting(meeting)
    items: list[PublicItem] = []
    documents: list[PublicDocument] = []
    matters: list[MatterArising] = []
    changes: tuple[visibility.AgendaChange, ...] = ()
    if public.agenda_public:
        stored = _with_content(_ITEMS(meeting.pk), minutes=public.minutes_public, documents=False)
        unattached = _meeting_documents(meeting, stored)
        items = [visibility.public_item(i, meeting) for i in stored]
        changes = visibility.agenda_changes(meeting, items=stored)
        documents = [visibility.public_document(d) for d in unattached]
        if meeting.any_open_actions:
            matters = _matters_arising(meeting)
    attendance: dict[str, list[PublicAttendee]] = {key: [] for key, _ in ATTENDANCE_GROUPS}
    attendees: tuple[PublicAttendee, ...] = ()
    if public.minutes_public:
        attendees = visibility.public_attendance_of_values(meeting, _ATTENDANCE(meeting.pk))
        for attendee in attendees:
            attendance[attendee.status].append(attendee)
    publication = meeting_rules.publication_deadline(
        meeting.date, meeting_services.clear_day_policy(site)
    )
    question = meeting_rules.public_question_deadline(
        meeting.date, meeting_services.clear_day_policy(site, questions=True)
    )
    return MeetingPage(
        meeting=public,
        items=items,
        documents=documents,
        attendance=attendance,
        attendees=attendees,
        matters_arising=matters,
        forward_plan=_planned_business(meeting),
        publication_deadline=publication,
        question_deadline=question,
        questions_open=questions_open(meeting, question, today),
        filming_text=site.filming_text if site else "",
        has_exempt_items=any(i.exempt for i in items),
        questions=_public_questions(meeting),
        agenda_changes=changes,
    )


# --- one item -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemPage(TemplateValue):
    meeting: PublicMeeting
    item: PublicItem
    issue_title: str
    issue_description: str
    issue_history: list[ItemRef]
    forward_plan: list[ForwardPlanEntry]
    filming_text: str


def _find_item(meeting: Meeting, number: str) -> AgendaItem:
    lookup = Q(minute_number__isnull=True, agenda_number=number)
    if re.fullmatch(r"[0-9]{1,9}", number):  # ASCII digits that fit an integer column
        lookup |= Q(minute_number=int(number))
    item = _items(meeting).filter(lookup).select_related("issue").first()
    if item is None:
        raise NotFound(f"The meeting of {meeting} has no item {number}.")
    return _with_content([item], minutes=visibility.minutes_public(meeting))[0]


def item_page(body_slug: str, day: date, sequence: int, number: str) -> ItemPage:
    site = authority()
    meeting = find_meeting(body_slug, day, sequence)
    if not visibility.agenda_public(meeting):
        raise NotFound(
            f"The agenda of the meeting of {meeting} has not been published yet, so its "
            "items are not public."
        )
    item = _find_item(meeting, number)
    public = visibility.public_item(item, meeting)
    history: list[ItemRef] = []
    forward_plan: list[ForwardPlanEntry] = []
    issue_title = issue_description = ""
    if item.issue_id and not public.exempt:
        issue_title, issue_description = item.issue.title, item.issue.description
        others = (
            headings_only(AgendaItem.objects.filter(issue_id=item.issue_id), "")
            .exclude(pk=item.pk)
            .filter(visibility.agenda_public_q("meeting__"))
            .select_related("meeting__body")
            .order_by("meeting__date", "order")
        )
        history = [_item_ref(other) for other in others]
    if not public.exempt:
        forward_plan = list(
            visibility.public_forward_plan(
                ForwardPlanEntry.objects.filter(Q(item=item) | Q(source_item=item))
            )
            .select_related("body", "intended_meeting__body")
            .order_by("intended_date", "id")
        )
    return ItemPage(
        meeting=visibility.public_meeting(meeting),
        item=public,
        issue_title=issue_title,
        issue_description=issue_description,
        issue_history=history,
        forward_plan=forward_plan,
        filming_text=site.filming_text if site else "",
    )


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MembershipRow(TemplateValue):
    body: Body
    seat: str
    section: str
    voting: bool
    role: str
    role_label: str
    title: str
    on_behalf_of: str
    start_date: date
    end_date: date | None
    current: bool


@dataclass(frozen=True)
class AttendanceRow(TemplateValue):
    meeting: PublicMeeting
    status: str
    status_label: str
    expected: bool


@dataclass(frozen=True)
class AttendanceRecord(TemplateValue):
    expected: int
    attended: int
    rows: list[AttendanceRow]

    @property
    def percentage(self) -> int | None:
        return round(100 * self.attended / self.expected) if self.expected else None


@dataclass(frozen=True)
class DeclarationRow(TemplateValue):
    declaration: PublicDeclaration
    where: ItemRef


@dataclass(frozen=True)
class ActionRow(TemplateValue):
    action: PublicAction
    where: ItemRef


@dataclass(frozen=True)
class PersonPage(TemplateValue):
    person: Person
    memberships: list[MembershipRow]
    invitations: list[StandingInvitee]
    attendance: AttendanceRecord
    declarations: list[DeclarationRow]
    interests: list[PublicInterest]
    actions: list[ActionRow]


ATTENDED = (Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE)


def attendance_record(memberships: list[Membership], person: Person) -> AttendanceRecord:
    """Meetings the person was expected at (a meeting of a body where they held a seat on
    the day, held and minuted) and how many of them they attended; meetings they attended
    in another capacity are listed too, but do not count."""
    bodies = {m.seat.section.terms_of_reference.body_id for m in memberships}
    records = {
        a.meeting_id: a
        for a in Attendance.objects.filter(
            person=person, meeting__status__in=visibility.MINUTES_PUBLIC_STATUSES
        )
    }
    meetings = (
        _meetings()
        .filter(status__in=visibility.MINUTES_PUBLIC_STATUSES)
        .filter(Q(body_id__in=bodies) | Q(pk__in=list(records)))
        .order_by("-date", "-sequence")
    )
    rows, expected, attended = [], 0, 0
    for meeting in meetings:
        seated = any(
            m.seat.section.terms_of_reference.body_id == meeting.body_id
            and m.current_on(meeting.date)
            for m in memberships
        )
        record = records.get(meeting.pk)
        if not seated and record is None:
            continue
        if seated:
            expected += 1
            attended += record is not None and record.status in ATTENDED
        rows.append(
            AttendanceRow(
                meeting=visibility.public_meeting(meeting),
                status=record.status if record else "",
                status_label=record.get_status_display() if record else "Not recorded",
                expected=seated,
            )
        )
    return AttendanceRecord(expected, attended, rows)


def person_page(slug: str, today: date) -> PersonPage:
    person = Person.objects.filter(slug=slug).first()
    if person is None:
        raise NotFound(f"There is no person called '{slug}' in the record.")
    memberships = list(
        Membership.objects.filter(person=person)
        .select_related("seat__section__terms_of_reference__body", "on_behalf_of")
        .order_by("-start_date")
    )
    rows = [
        MembershipRow(
            body=m.seat.section.terms_of_reference.body,
            seat=m.seat.label,
            section=m.seat.section.name,
            voting=m.seat.has_vote,
            role=m.role,
            role_label=m.get_role_display(),
            title=m.title,
            on_behalf_of=m.on_behalf_of.name if m.on_behalf_of_id else "",
            start_date=m.start_date,
            end_date=m.end_date,
            current=m.current_on(today),
        )
        for m in memberships
    ]
    declarations = headings_only(
        visibility.public_declarations(Declaration.objects.filter(person=person))
    ).select_related("person", "item__meeting__body")
    actions = headings_only(
        visibility.public_actions(Action.objects.filter(owner=person))
    ).select_related("owner", "item__meeting__body")
    meetings: dict[int, PublicMeeting] = {}
    return PersonPage(
        person=person,
        memberships=rows,
        invitations=list(
            StandingInvitee.objects.filter(person=person).select_related("body", "organisation")
        ),
        attendance=attendance_record(memberships, person),
        declarations=[
            DeclarationRow(visibility.public_declaration(d), _item_ref(d.item, meetings))
            for d in declarations.order_by("-item__meeting__date")
        ],
        interests=[
            visibility.public_interest(e)
            for e in InterestRegisterEntry.objects.filter(person=person).order_by(
                "sensitive", "category", "registered_on"
            )
        ],
        actions=[
            ActionRow(visibility.public_action(a), _item_ref(a.item, meetings))
            for a in actions.order_by("-item__meeting__date", "id")
        ],
    )


# --- the decisions register ---------------------------------------------------------------


@dataclass(frozen=True)
class DecisionFilters(TemplateValue):
    body: str = ""
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.body or self.date_from or self.date_to or self.text)


@dataclass(frozen=True)
class DecisionsPage(TemplateValue):
    filters: DecisionFilters
    rows: list[DecisionRow]
    count: int
    page: int
    pages: int
    bodies: list[Body]


def decisions_count(decisions, filters: DecisionFilters) -> int:
    """How many public decisions match ``filters``: a count over the whole record, made
    once per version of the record's lists (any change to a meeting's record, a meeting, a
    body or the governance record gives them a new one) and kept in the shared cache, so
    the register's pages, its JSON twin and each language share it until the next change
    (docs/benchmarks.md, "Found at 1/10 scale")."""
    identity = "decisions-count|" + "|".join(
        str(value or "")
        for value in (filters.body, filters.date_from, filters.date_to, filters.text)
    )
    return page_cache.remembered(list(page_cache.LIST_SCOPES), identity, decisions.count)


def decisions_page(filters: DecisionFilters, page: int) -> DecisionsPage:
    bodies = list(Body.objects.all())
    if filters.body and filters.body not in {b.slug for b in bodies}:
        example = bodies[0].slug if bodies else "health-and-wellbeing-board"
        raise InvalidInput(
            "body", filters.body, f"the short name of a committee or board, such as {example}"
        )
    decisions, meetings = public_decisions(), _minuted_meetings()
    if filters.body:
        decisions = decisions.filter(item__meeting__body__slug=filters.body)
        meetings = meetings.filter(body__slug=filters.body)
    if filters.date_from:
        decisions = decisions.filter(item__meeting__date__gte=filters.date_from)
        meetings = meetings.filter(date__gte=filters.date_from)
    if filters.date_to:
        decisions = decisions.filter(item__meeting__date__lte=filters.date_to)
        meetings = meetings.filter(date__lte=filters.date_to)
    for word in filters.text.split():
        decisions = decisions.filter(Q(text__icontains=word) | Q(item__title__icontains=word))
    paginator = Paginator(decisions, DECISIONS_PER_PAGE, allow_empty_first_page=True)
    paginator.count = decisions_count(decisions, filters)
    if page > paginator.num_pages:
        raise NotFound(
            f"The decisions register has {paginator.num_pages} page"
            f"{'s' if paginator.num_pages != 1 else ''} for this search, not {page}."
        )
    if filters.text:  # words found in few meetings: walking them all would cost more
        rows = list(paginator.page(page).object_list)
    else:
        offset = (page - 1) * DECISIONS_PER_PAGE
        rows = decisions_window(decisions, meetings, offset, DECISIONS_PER_PAGE)
    return DecisionsPage(
        filters=filters,
        rows=_decision_rows(rows),
        count=paginator.count,
        page=page,
        pages=paginator.num_pages,
        bodies=bodies,
    )


# --- the calendar -------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarDay(TemplateValue):
    day: date
    in_month: bool
    meetings: list[PublicMeeting]


@dataclass(frozen=True)
class CalendarMonth(TemplateValue):
    month: date
    weeks: list[list[CalendarDay]]
    meetings: list[PublicMeeting]
    earlier: date | None
    later: date | None


def calendar_month(month: date) -> CalendarMonth:
    """A month of meetings; links lead to the nearest months that have meetings."""
    weeks_of_days = calendar_module.Calendar(firstweekday=0).monthdatescalendar(
        month.year, month.month
    )
    first, last = weeks_of_days[0][0], weeks_of_days[-1][-1]
    end_of_month = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    meetings = [
        visibility.public_meeting(m)
        for m in _meetings().filter(date__gte=first, date__lte=last).order_by("date", "start")
    ]
    on_day: dict[date, list[PublicMeeting]] = defaultdict(list)
    for meeting in meetings:
        on_day[meeting.date].append(meeting)
    bounds = Meeting.objects.aggregate(
        earlier=Max("date", filter=Q(date__lt=month)),
        later=Min("date", filter=Q(date__gt=end_of_month)),
    )
    return CalendarMonth(
        month=month,
        weeks=[
            [CalendarDay(d, d.month == month.month, on_day.get(d, [])) for d in week]
            for week in weeks_of_days
        ],
        meetings=[m for m in meetings if m.date.month == month.month],
        earlier=bounds["earlier"].replace(day=1) if bounds["earlier"] else None,
        later=bounds["later"].replace(day=1) if bounds["later"] else None,
    )


@dataclass(frozen=True)
class CalendarList(TemplateValue):
    months: list[tuple[date, str, list[PublicMeeting]]] = field(default_factory=list)


def calendar_list() -> CalendarList:
    """Every meeting, month by month, oldest first."""
    months: dict[date, list[PublicMeeting]] = defaultdict(list)
    for meeting in _meetings().order_by("date", "start"):
        months[meeting.date.replace(day=1)].append(visibility.public_meeting(meeting))
    return CalendarList(
        [(month, f"{month:%B %Y}", meetings) for month, meetings in sorted(months.items())]
    )


# --- feeds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow(TemplateValue):
    document: PublicDocument
    where: ItemRef | None
    meeting: PublicMeeting


def recent_documents(limit: int = 50) -> list[DocumentRow]:
    documents = (
        headings_only(visibility.public_documents(Document.objects.without_text()))
        .select_related("item__meeting__body", "meeting__body")
        .order_by("-uploaded_at", "-id")[:limit]
    )
    return [
        DocumentRow(
            visibility.public_document(d, d.item),
            _item_ref(d.item) if d.item_id else None,
            visibility.public_meeting(d.meeting),
        )
        for d in documents
    ]


def recent_decisions(limit: int = 50) -> list[DecisionRow]:
    return _decision_rows(decisions_window(public_decisions(), _minuted_meetings(), 0, limit))


# --- public questions ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionContext(TemplateValue):
    meeting: Meeting
    public: PublicMeeting
    deadline: meeting_rules.Deadline
    open: bool


def question_context(body_slug: str, day: date, sequence: int, *, today: date) -> QuestionContext:
    meeting = find_meeting(body_slug, day, sequence)
    deadline = meeting_services.question_deadline(meeting)
    return QuestionContext(
        meeting=meeting,
        public=visibility.public_meeting(meeting),
        deadline=deadline,
        open=questions_open(meeting, deadline, today),
    )


def today() -> date:
    """Today in London: what is upcoming, and whether questions are still open."""
    return timezone.localdate()
