"""The one visibility gate: what an anonymous visitor may see of the record.

It lives in the core access package (``moot.access``), beside the access rule for
signed-in people (``moot.access.rules.decide``), so that the portal, documents, search and
the API all depend downward on it.

Protection is inherited down the tree body -> meeting -> item -> document (Indico's
``ProtectionMode``, STYLE.md): every page, JSON twin, feed, calendar and API response of
the portal is built from the ``Public*`` values made here, never from model instances, so
a template or a serialiser cannot reach text this module has not let through.

The law it applies:

- Access to information (LGA 1972 s100B): the agenda and reports are open to the public
  once published. Before publication a meeting shows only its date, time and place.
- Minutes (s100C): the record of what happened (attendance, minutes, decisions, votes,
  declarations, actions) is public once the minutes are published, in draft or approved.
- Exempt information (LGA 1972 Schedule 12A, paragraphs 1-7; s100A(4)): an exempt item's
  public rendering is only its number, its title and "This item is exempt under paragraph
  N of Schedule 12A to the Local Government Act 1972". Its agenda text, presenters,
  reports and appendices, minutes, resolutions, votes, declarations and actions are never
  shown. A document is exempt when it is marked so or when its item is; an exempt
  document of a public item shows only that it is withheld and why.
- Sensitive interests (Localism Act 2011 s32): the register and the minutes say only that
  the member has an interest whose details are withheld.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from moot.access.addresses import address, label, value_label
from moot.documents.rules import exempt_line
from moot.governance.rules import display_name
from moot.meetings.models import Attendance, Meeting, PersonVote, Vote
from moot.meetings.services import sanitise

AGENDA_PUBLIC_STATUSES = frozenset(
    {
        Meeting.Status.AGENDA_PUBLISHED,
        Meeting.Status.HELD,
        Meeting.Status.MINUTES_DRAFT,
        Meeting.Status.MINUTES_APPROVED,
    }
)
MINUTES_PUBLIC_STATUSES = frozenset({Meeting.Status.MINUTES_DRAFT, Meeting.Status.MINUTES_APPROVED})

SENSITIVE_INTEREST = (
    "A sensitive interest: its details are withheld under section 32 of the Localism Act 2011."
)


# --- the tree: body -> meeting -> item -> document ----------------------------------------
# Every body, its purpose, terms of reference and membership are public; so are a meeting's
# own facts (when, where, its status and the reasons given). Below that:


def agenda_public(meeting) -> bool:
    """The agenda and reports are open to inspection once published (s100B)."""
    return meeting.status in AGENDA_PUBLIC_STATUSES or meeting.agenda_published_at is not None


def minutes_public(meeting) -> bool:
    """The record of the meeting is public once its minutes are published (s100C)."""
    return meeting.status in MINUTES_PUBLIC_STATUSES


def item_exempt(item) -> bool:
    return bool(item.exempt)


def document_exempt(document, item=None) -> bool:
    """A document is exempt when marked so, or when its item is (inherited down)."""
    if document.exempt:
        return True
    item = item if item is not None else (document.item if document.item_id else None)
    return bool(item is not None and item.exempt)


def exempt_notice(paragraph: int | None) -> str:
    """The public line of an exempt item: "This item is exempt under paragraph 3 of
    Schedule 12A to the Local Government Act 1972." (the database refuses an exempt item
    without a paragraph)."""
    return f"This item is {exempt_line(paragraph)}." if paragraph else "This item is exempt."


def document_exempt_notice(letter: str, paragraph: int | None) -> str:
    name = f"Appendix {letter}" if letter else "A document of this item"
    reason = exempt_line(paragraph) if paragraph else "exempt"
    return f"{name} is {reason} and is not published."


# --- query filters, for lists that cross meetings ------------------------------------------


def agenda_public_q(prefix: str = "") -> Q:
    """``agenda_public`` as a query condition on a meeting (``prefix`` reaches it)."""
    return Q(**{f"{prefix}status__in": AGENDA_PUBLIC_STATUSES}) | Q(
        **{f"{prefix}agenda_published_at__isnull": False}
    )


def public_minuted_items(queryset: QuerySet, prefix: str = "") -> QuerySet:
    """Items whose minutes, decisions, votes, declarations and actions are public."""
    return queryset.filter(
        **{f"{prefix}exempt": False, f"{prefix}meeting__status__in": MINUTES_PUBLIC_STATUSES}
    )


def public_resolutions(queryset: QuerySet) -> QuerySet:
    return public_minuted_items(queryset, "item__")


def public_declarations(queryset: QuerySet) -> QuerySet:
    return public_minuted_items(queryset, "item__")


def public_actions(queryset: QuerySet) -> QuerySet:
    return public_minuted_items(queryset, "item__")


def public_forward_plan(queryset: QuerySet) -> QuerySet:
    """Forward plan entries anyone may read: none that comes from, or is taken as, exempt
    business, nor from papers that are not yet published."""
    return queryset.filter(
        Q(item__isnull=True) | (Q(item__exempt=False) & agenda_public_q("item__meeting__")),
        Q(source_item__isnull=True)
        | (Q(source_item__exempt=False) & agenda_public_q("source_item__meeting__")),
    )


def public_documents(queryset: QuerySet) -> QuerySet:
    """Documents anyone may read: not exempt, not of an exempt item, agenda published."""
    return queryset.filter(
        Q(exempt=False), Q(item__isnull=True) | Q(item__exempt=False), agenda_public_q("meeting__")
    )


# --- the public values ------------------------------------------------------------------


class TemplateValue:
    """A value the templates read by name. Django's template language looks ``x.name`` up
    as ``x["name"]`` first and as an attribute only once that raises: on a plain dataclass
    every look-up raised (and caught) a TypeError, a tenth of the meeting page's rendering.
    Here the subscript answers with the attribute, or a KeyError, as a dict would."""

    __slots__ = ()

    def __getitem__(self, name):
        try:
            return getattr(self, name)
        except (AttributeError, TypeError):
            raise KeyError(name) from None


@dataclass(frozen=True)
class PersonRef(TemplateValue):
    """A person as named in the record: one of the record's people (``slug``, with a page),
    or only a name as printed (``in_record`` False: no page)."""

    name: str
    slug: str = ""
    in_record: bool = False

    @property
    def url(self) -> str:
        """The person's page (``Person.get_absolute_url()``, to the byte), made only when
        read: the API reads thousands of references a page and never their addresses."""
        return address("portal:person", self.slug) if self.in_record else ""


def person_ref(person, fallback: str = "") -> PersonRef | None:
    if person is None:
        return PersonRef(fallback) if fallback else None
    return PersonRef(person.display_name, person.slug, in_record=True)


@functools.lru_cache(maxsize=4096)
def person_ref_of_values(honorific: str, name: str, slug: str) -> PersonRef:
    """``person_ref`` of a person read as values (``person_values``). One value per person,
    made once: a page of the API names the same few hundred people thousands of times."""
    return PersonRef(display_name(honorific, name), slug, in_record=True)


def person_values(path: str) -> tuple[str, ...]:
    """The fields ``person_ref_of_values`` takes, in its order, of the person at ``path``."""
    return (f"{path}__honorific", f"{path}__name", f"{path}__slug")


@dataclass(frozen=True)
class PublicDocument(TemplateValue):
    id: int
    letter: str
    exempt: bool
    exempt_notice: str = ""
    title: str = ""
    kind: str = ""
    kind_label: str = ""
    file_type: str = ""
    size_bytes: int | None = None
    page_count: int | None = None
    first_page: int | None = None
    last_page: int | None = None
    text: str = ""
    uploaded_at: datetime | None = None
    has_text: bool = False  # read as a web page on the item's page

    @property
    def label(self) -> str:
        if self.exempt:
            return f"Appendix {self.letter}" if self.letter else "Exempt document"
        return f"Appendix {self.letter}: {self.title}" if self.letter else self.title

    @property
    def size_label(self) -> str:
        """The size as the Agenda and minutes pages print it: "PDF 246 KB"."""
        kind = (self.file_type or "").upper()
        if not self.size_bytes:
            return kind
        if self.size_bytes >= 1024 * 1024:
            size = f"{self.size_bytes / (1024 * 1024):.1f} MB"
        else:
            size = f"{max(round(self.size_bytes / 1024), 1)} KB"
        return f"{kind} {size}".strip()

    @property
    def pages_label(self) -> str:
        if self.first_page and self.last_page:
            if self.first_page == self.last_page:
                return f"Page {self.first_page}"
            return f"Pages {self.first_page} - {self.last_page}"
        if self.page_count:
            return f"{self.page_count} page{'s' if self.page_count != 1 else ''}"
        return ""


def _document_text(document) -> tuple[str, bool]:
    """The document's text and whether it has any; a document read without its text
    (``Document.objects.without_text()``) gives only the second."""
    if "text" in document.__dict__:  # not deferred
        return document.text, bool(document.text)
    return "", document.has_text


def public_document(document, item=None) -> PublicDocument:
    letter = document.letter
    if document_exempt(document, item):
        paragraph = document.exempt_paragraph or (item.exempt_paragraph if item else None)
        return PublicDocument(
            id=document.pk,
            letter=letter,
            exempt=True,
            exempt_notice=document_exempt_notice(letter, paragraph),
        )
    text, has_text = _document_text(document)
    return PublicDocument(
        id=document.pk,
        letter=letter,
        exempt=False,
        title=document.title,
        kind=document.kind,
        kind_label=label(document, "kind"),
        file_type=document.file_type,
        size_bytes=document.size_bytes,
        page_count=document.page_count,
        first_page=document.published_first_page,
        last_page=document.published_last_page,
        text=text,
        has_text=has_text,
        uploaded_at=document.uploaded_at,
    )


@dataclass(frozen=True)
class PublicVote(TemplateValue):
    votes_for: int
    votes_against: int
    abstentions: int
    outcome: str
    outcome_label: str
    casting_vote: str
    explanation: str
    recorded: bool
    named: tuple[tuple[PersonRef, str], ...] = ()


@dataclass(frozen=True)
class PublicResolution(TemplateValue):
    id: int
    order: int
    kind: str
    kind_label: str
    text: str
    recommended_to: str
    needs_ratification: bool
    ratified: bool
    vote: PublicVote | None


def _vote(resolution) -> PublicVote | None:
    try:
        vote = resolution.vote
    except Vote.DoesNotExist:
        return None
    rows = vote.__dict__.get(prefetched("roll_call"))
    if rows is not None:
        named = roll_call(rows)
    else:
        named = tuple(
            (person_ref(pv.person), label(pv, "choice")) for pv in vote.person_votes.all()
        )
    return PublicVote(
        votes_for=vote.votes_for,
        votes_against=vote.votes_against,
        abstentions=vote.abstentions,
        outcome=vote.outcome,
        outcome_label=label(vote, "outcome"),
        casting_vote=vote.casting_vote,
        explanation=vote.explanation,
        recorded=vote.recorded,
        named=named,
    )


ROLL_CALL_VALUES = ("vote_id", "choice", *person_values("person"))


def roll_call(rows) -> tuple[tuple[PersonRef, str], ...]:
    """A recorded vote's names and choices from its PersonVote rows read as
    ``.values_list(*ROLL_CALL_VALUES)``, in the vote's order, as ``_vote`` makes them from
    instances. A selector reading thousands of names a page keeps the rows in the vote's
    ``prefetched("roll_call")``."""
    return tuple(
        (person_ref_of_values(honorific, name, slug), value_label(PersonVote, "choice", choice))
        for _vote, choice, honorific, name, slug in rows
    )


def public_resolution(resolution) -> PublicResolution:
    """Only for resolutions of public, minuted items (callers pass them through
    ``public_resolutions`` or ``public_item``)."""
    return PublicResolution(
        id=resolution.pk,
        order=resolution.order,
        kind=resolution.kind,
        kind_label=label(resolution, "kind"),
        text=resolution.text,
        recommended_to=resolution.recommended_to,
        needs_ratification=resolution.needs_ratification,
        ratified=resolution.ratified_by_id is not None,
        vote=_vote(resolution),
    )


@dataclass(frozen=True)
class PublicDeclaration(TemplateValue):
    person: PersonRef
    kind: str
    kind_label: str
    nature: str
    action_label: str
    sensitive: bool


def public_declaration(declaration) -> PublicDeclaration:
    sensitive = bool(declaration.sensitive)
    return PublicDeclaration(
        person=person_ref(declaration.person),
        kind=declaration.kind,
        kind_label=label(declaration, "kind"),
        nature=SENSITIVE_INTEREST if sensitive else declaration.nature,
        action_label=label(declaration, "action"),
        sensitive=sensitive,
    )


@dataclass(frozen=True)
class PublicAction(TemplateValue):
    id: int
    description: str
    owner: PersonRef | None
    due_date: date | None
    status: str
    status_label: str
    update: str


def public_action(action) -> PublicAction:
    return PublicAction(
        id=action.pk,
        description=action.description,
        owner=person_ref(action.owner, action.owner_text),
        due_date=action.due_date,
        status=action.status,
        status_label=label(action, "status"),
        update=action.update,
    )


@dataclass(frozen=True)
class PublicPresenter(TemplateValue):
    person: PersonRef
    role: str


@dataclass(frozen=True)
class PublicItem(TemplateValue):
    id: int
    number: str
    title: str
    url: str
    order: int
    exempt: bool
    exempt_paragraph: int | None = None
    exempt_notice: str = ""
    standing: str = ""
    agenda_number: str = ""
    minute_number: int | None = None
    purpose_html: str = ""
    urgency_reason: str = ""
    supplement_published_at: datetime | None = None
    # A revised agenda's changes (docs/adr/0018-revised-agenda.md): the chair who agreed a
    # late item is urgent; a withdrawn item's date and reason (an exempt one's is withheld).
    urgency_agreed_by: str = ""
    withdrawn_at: datetime | None = None
    withdrawn_reason: str = ""
    presenters: tuple[PublicPresenter, ...] = ()
    documents: tuple[PublicDocument, ...] = ()
    minutes_html: str = ""
    minutes_partial: bool = False
    resolutions: tuple[PublicResolution, ...] = ()
    declarations: tuple[PublicDeclaration, ...] = ()
    actions: tuple[PublicAction, ...] = ()

    @property
    def readable_documents(self) -> tuple[PublicDocument, ...]:
        """Documents whose text is held: the page shows it as their HTML equivalent."""
        return tuple(d for d in self.documents if not d.exempt and d.text)


def prefetched(relation: str) -> str:
    """The attribute a selector's ``Prefetch(..., to_attr=)`` keeps a relation's rows in."""
    return f"prefetched_{relation}"


def related(obj, relation: str):
    """A relation's rows: the list a selector prefetched (``prefetched``), else ``.all()``
    (which a plain ``prefetch_related`` serves too)."""
    rows = obj.__dict__.get(prefetched(relation))
    return rows if rows is not None else getattr(obj, relation).all()


def item_url(item, meeting) -> str:
    """The item's address, without asking the database for its meeting again."""
    return address("portal:item", meeting.body.slug, meeting.date_slug, item.number)


def withdrawn_at(item) -> datetime | None:
    """When the item was withdrawn from the published agenda (its revised agenda's date), or
    None while it stands."""
    return item.withdrawn_in.published_at if item.withdrawn_in_id else None


def public_item(item, meeting, *, content_wanted: bool = True) -> PublicItem:
    """The item as an anonymous visitor may see it. Relations are read through ``.all()``
    so that a caller's ``prefetch_related`` serves them (selectors prefetch); with
    ``content_wanted=False`` only the heading (number, title, exempt notice) is made."""
    base = {
        "id": item.pk,
        "number": item.number,
        "title": item.title,
        "url": item_url(item, meeting),
        "order": item.order,
        "agenda_number": item.agenda_number,
        "minute_number": item.minute_number,
        "withdrawn_at": withdrawn_at(item),
    }
    if item_exempt(item):
        return PublicItem(
            **base,
            exempt=True,
            exempt_paragraph=item.exempt_paragraph,
            exempt_notice=exempt_notice(item.exempt_paragraph),
        )
    content: dict = {}
    if not content_wanted:
        return PublicItem(**base, exempt=False)
    if agenda_public(meeting):
        content.update(
            standing=item.standing,
            purpose_html=clean_html(item.purpose),
            urgency_reason=item.urgency_reason,
            urgency_agreed_by=item.urgency_agreed_by,
            withdrawn_reason=item.withdrawn_reason,
            supplement_published_at=item.supplement.published_at if item.supplement_id else None,
            presenters=tuple(
                PublicPresenter(person_ref(p.person, p.name), p.role)
                for p in related(item, "presenters")
            ),
            documents=tuple(public_document(d, item) for d in related(item, "documents")),
        )
    if minutes_public(meeting):
        content.update(
            minutes_html=clean_html(item.minutes),
            minutes_partial=item.minutes_partial,
            resolutions=tuple(public_resolution(r) for r in related(item, "resolutions")),
            declarations=tuple(public_declaration(d) for d in related(item, "declarations")),
            actions=tuple(public_action(a) for a in related(item, "actions")),
        )
    return PublicItem(**base, exempt=False, **content)


@dataclass(frozen=True)
class PublicMeeting(TemplateValue):
    id: int
    identifier: str
    url: str
    body_name: str
    body_slug: str
    body_url: str
    date: date
    date_slug: str
    start: datetime
    end: datetime | None
    closed_at: time | None
    kind: str
    kind_label: str
    mode: str
    mode_label: str
    venue: str
    webcast_url: str
    webcast_archive_url: str
    contact_name: str
    contact_phone: str
    contact_email: str
    status: str
    status_label: str
    status_reason: str
    cancelled: bool
    municipal_year: str
    agenda_public: bool
    minutes_public: bool
    agenda_published_at: datetime | None
    late_publication_reason: str
    minutes_published_at: datetime | None
    minutes_approved_at: date | None
    quorate: bool | None = None
    quorum_present: int | None = None
    quorum_required: int | None = None
    quorum_explanation: str = ""
    quorum_groups: tuple[dict, ...] = field(default_factory=tuple)
    body_id: int = 0

    @property
    def title(self) -> str:
        return f"{self.body_name}, {self.date:%A} {self.date.day} {self.date:%B %Y}"

    @property
    def pack_url(self) -> str:
        return f"{self.url}pack.pdf"

    @property
    def question_url(self) -> str:
        return f"{self.url}question/"


@functools.lru_cache(maxsize=512)
def clean_html(stored: str) -> SafeString:
    """Stored rich text cleaned again on its way out (``sanitise``), and marked safe: the
    portal's ``rich`` filter then does not clean it a third time. Remembered for the last
    512 texts (cleaning is a pure function of the text; a page shown again cleans nothing)."""
    return mark_safe(sanitise(stored))  # noqa: S308 - nh3 allows only its listed tags


def public_meeting(meeting) -> PublicMeeting:
    """A meeting's own facts are public (when, where, its status and the reasons given);
    the quorum verdict is part of the record and waits for the minutes."""
    minutes = minutes_public(meeting)
    body = meeting.body
    return PublicMeeting(
        id=meeting.pk,
        identifier=meeting.identifier,
        url=address("portal:meeting", body.slug, meeting.date_slug),  # get_absolute_url()
        body_name=body.name,
        body_slug=body.slug,
        body_url=address("portal:body", body.slug),  # get_absolute_url()
        date=meeting.date,
        date_slug=meeting.date_slug,
        start=timezone.localtime(meeting.start),
        end=timezone.localtime(meeting.expected_end) if meeting.expected_end else None,
        closed_at=meeting.closed_at,
        kind=meeting.kind,
        kind_label=label(meeting, "kind"),
        mode=meeting.mode,
        mode_label=label(meeting, "mode"),
        venue=meeting.venue,
        webcast_url=meeting.webcast_url,
        webcast_archive_url=meeting.webcast_archive_url,
        contact_name=meeting.contact_name,
        contact_phone=meeting.contact_phone,
        contact_email=meeting.contact_email,
        status=meeting.status,
        status_label=label(meeting, "status"),
        status_reason=meeting.status_reason,
        cancelled=meeting.is_cancelled,
        municipal_year=meeting.municipal_year,
        agenda_public=agenda_public(meeting),
        minutes_public=minutes,
        agenda_published_at=meeting.agenda_published_at,
        late_publication_reason=meeting.late_publication_reason,
        minutes_published_at=meeting.minutes_published_at,
        minutes_approved_at=meeting.minutes_approved_at,
        quorate=meeting.quorate if minutes else None,
        quorum_present=meeting.quorum_present if minutes else None,
        quorum_required=meeting.quorum_required if minutes else None,
        quorum_explanation=meeting.quorum_explanation if minutes else "",
        quorum_groups=tuple(meeting.quorum_groups or ()) if minutes else (),
        body_id=meeting.body_id,
    )


@dataclass(frozen=True)
class PublicAttendee(TemplateValue):
    person: PersonRef
    status: str
    status_label: str
    mode: str
    mode_label: str
    role_text: str
    substitute_for: PersonRef | None = None


def _attendee(person, substitute_for, status: str, mode: str, role_text: str) -> PublicAttendee:
    return PublicAttendee(
        person=person,
        status=status,
        status_label=value_label(Attendance, "status", status),
        mode=mode,
        mode_label=value_label(Attendance, "mode", mode),
        role_text=role_text,
        substitute_for=substitute_for,
    )


def public_attendance(meeting, records) -> tuple[PublicAttendee, ...]:
    """Attendance is part of the minutes: public once they are."""
    if not minutes_public(meeting):
        return ()
    return tuple(
        _attendee(
            person_ref(r.person),
            person_ref(r.substitute_for) if r.substitute_for_id else None,
            r.status,
            r.mode,
            r.role_text,
        )
        for r in records
    )


ATTENDANCE_VALUES = (
    "meeting_id",
    "status",
    "mode",
    "role_text",
    "substitute_for_id",
    *person_values("person"),
    *person_values("substitute_for"),
)


def _attendee_of_values(row: tuple) -> PublicAttendee:
    _meeting, status, mode, role_text, substitute_id, *people = row
    substitute = person_ref_of_values(*people[3:]) if substitute_id else None
    return _attendee(person_ref_of_values(*people[:3]), substitute, status, mode, role_text)


def public_attendance_of_values(meeting, rows) -> tuple[PublicAttendee, ...]:
    """``public_attendance`` of Attendance rows read as ``.values_list(*ATTENDANCE_VALUES)``,
    for a selector reading thousands a page."""
    if not minutes_public(meeting):
        return ()
    return tuple(_attendee_of_values(row) for row in rows)


@dataclass(frozen=True)
class PublicInterest(TemplateValue):
    category_label: str
    description: str
    sensitive: bool
    registered_on: date | None
    ended_on: date | None


def public_interest(entry) -> PublicInterest:
    """Localism Act 2011 s32: a sensitive interest shows only that it exists."""
    if entry.sensitive:
        return PublicInterest("", SENSITIVE_INTEREST, True, None, None)
    return PublicInterest(
        category_label=entry.get_category_display(),
        description=entry.description,
        sensitive=False,
        registered_on=entry.registered_on,
        ended_on=entry.ended_on,
    )


# --- public questions ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublicQuestionView(TemplateValue):
    """An accepted public question as published: the questioner's name and question (never
    their e-mail address), and the answer once the minutes are public."""

    id: int
    name: str
    question: str
    answer: str


def public_questions(meeting, queryset: QuerySet) -> tuple[PublicQuestionView, ...]:
    """The questions anyone may read: accepted or answered ones, once the agenda is public
    (none on an exempt item); their answers once the minutes are public."""
    if not agenda_public(meeting):
        return ()
    answers = minutes_public(meeting)
    rows = queryset.filter(status__in=["accepted", "answered"]).filter(
        Q(item__isnull=True) | Q(item__exempt=False)
    )
    return tuple(
        PublicQuestionView(
            id=q.pk,
            name=q.name,
            question=q.question,
            answer=q.answer if answers and q.status == "answered" else "",
        )
        for q in rows.order_by("submitted_at", "id")
    )


# --- executive decisions and the forward plan (moot/executive/) ---------------------------
# A notice of a key decision is public from its first-published date (reg 9 of SI 2012/2089);
# a decision record from its publication (regs 12-13). Exempt details of a decision
# (Schedule 12A) are never copied into the public values: only the paragraph is named.


@dataclass(frozen=True, kw_only=True)
class PublicExecutiveRecord(TemplateValue):
    """What the public view of a notice and of a decision record share: the address and
    the deciding body (empty when an individual decides), and the Welsh text of the public
    fields for a bilingual authority (``moot.governance.welsh``; empty otherwise)."""

    id: int
    url: str
    body_name: str
    body_slug: str
    cy: dict[str, str] = field(default_factory=dict)


def _record_fields(record, url_name: str) -> dict:
    return {
        "id": record.pk,
        "url": reverse(url_name, args=[record.pk]),
        "body_name": record.body.name if record.body_id else "",
        "body_slug": record.body.slug if record.body_id else "",
    }


@dataclass(frozen=True, kw_only=True)
class PublicNotice(PublicExecutiveRecord):
    matter: str
    summary: str
    decision_maker: str
    decision_date: date
    decision_period: str
    documents: tuple[str, ...]
    documents_address: str
    other_documents: str
    request_procedure: str
    key_reason: str
    wards: str
    first_published: date
    status: str
    private_notice: str
    exception_kind: str
    exception_reasons: str
    decision_url: str


def public_notices_q() -> Q:
    """Notices anyone may read: published (or since decided), never drafts."""
    return Q(first_published__isnull=False, first_published__lte=timezone.localdate()) & ~Q(
        status="draft"
    )


def public_notice(notice) -> PublicNotice:
    exception = getattr(notice, "exception", None)
    decision = getattr(notice, "decision", None)
    decision_public = decision is not None and decision.published_at <= timezone.now()
    return PublicNotice(
        **_record_fields(notice, "executive:notice"),
        matter=notice.matter,
        summary=notice.summary,
        decision_maker=notice.decision_maker,
        decision_date=notice.decision_date,
        decision_period=notice.decision_period,
        documents=tuple(line.strip() for line in notice.documents.splitlines() if line.strip()),
        documents_address=notice.documents_address,
        other_documents=notice.other_documents,
        request_procedure=notice.request_procedure,
        key_reason=notice.key_reason,
        wards=notice.wards,
        first_published=notice.first_published,
        status=notice.get_status_display(),
        private_notice=exempt_notice(notice.private_paragraph) if notice.private_paragraph else "",
        exception_kind=exception.get_kind_display() if exception else "",
        exception_reasons=exception.reasons if exception else "",
        decision_url=reverse("executive:decision", args=[decision.pk]) if decision_public else "",
    )


@dataclass(frozen=True, kw_only=True)
class PublicExecutiveDecision(PublicExecutiveRecord):
    title: str
    maker: str
    by_officer: bool
    decision: str
    decided_on: date
    reasons: str
    alternatives: str
    conflicts: str
    dispensations: str
    key: bool
    route: str
    route_explanation: str
    urgent: bool
    urgency_reason: str
    published_at: datetime
    call_in_status: str
    called_in: bool
    call_in_closes_at: datetime | None
    effective_from: date
    call_in_explanation: str
    exempt_notice: str
    notice_url: str


def public_executive_decisions_q() -> Q:
    return Q(published_at__lte=timezone.now())


def public_executive_decision(decision, *, now: datetime | None = None) -> PublicExecutiveDecision:
    """The public record of an executive or officer decision, with its call-in status."""
    now = now or timezone.now()
    call_in = getattr(decision, "call_in", None)
    if decision.call_in_closes_at is None:
        status = "Not subject to call-in"
    elif call_in is not None:
        status = "Called in: not in effect until the scrutiny committee has considered it"
    elif now <= decision.call_in_closes_at:
        status = "Open to call-in"
    else:
        status = "Call-in period ended; not called in"
    return PublicExecutiveDecision(
        **_record_fields(decision, "executive:decision"),
        title=decision.title,
        maker=decision.maker,
        by_officer=decision.by_officer,
        decision=decision.decision,
        decided_on=decision.decided_on,
        reasons=decision.reasons,
        alternatives=decision.alternatives,
        conflicts=decision.conflicts,
        dispensations=decision.dispensations,
        key=decision.key,
        route=decision.get_route_display(),
        route_explanation=decision.route_explanation,
        urgent=decision.urgent,
        urgency_reason=decision.urgency_reason,
        published_at=decision.published_at,
        call_in_status=status,
        called_in=call_in is not None,
        call_in_closes_at=decision.call_in_closes_at,
        effective_from=decision.effective_from,
        call_in_explanation=decision.call_in_explanation,
        exempt_notice=exempt_notice(decision.exempt_paragraph) if decision.exempt_paragraph else "",
        notice_url=reverse("executive:notice", args=[decision.notice_id])
        if decision.notice_id
        else "",
    )


# --- the change history of a published agenda (supplementary and revised agendas) ----------


@dataclass(frozen=True)
class AgendaChange(TemplateValue):
    """One dated change to a published agenda, as a supplementary or revised agenda
    records it: when, what changed, and why."""

    published_at: datetime
    label: str
    what: str
    reason: str
    item_number: str
    item_url: str
    exempt: bool = False


#: What the public reads in place of an exempt item's reasons.
WITHHELD = "Withheld with the exempt item."


@dataclass(frozen=True)
class ChangedItem(TemplateValue):
    """The item a change to the agenda is about, as its own page shows it: its number,
    title and address, and whether it is exempt (under which paragraph of Schedule 12A)."""

    number: str
    title: str
    url: str
    exempt: bool = False
    paragraph: int | None = None


def _change_row(
    item: ChangedItem, published_at: datetime, label: str, done: str, reason: str
) -> AgendaChange:
    """The row of one change: "Item 8 added: Title", with an exempt item's paragraph (public,
    as the item's own page says it), and why."""
    what = f"Item {item.number} {done}: {item.title}"
    if item.exempt:
        what += f" (exempt under paragraph {item.paragraph} of Schedule 12A)"
    return AgendaChange(
        published_at=published_at,
        label=label,
        what=what,
        reason=reason,
        item_number=item.number,
        item_url=item.url,
        exempt=item.exempt,
    )


def agenda_change(
    item: ChangedItem,
    *,
    published_at: datetime,
    urgency_reason: str,
    note: str,
    public: bool = True,
    agreed_by: str = "",
) -> AgendaChange:
    """The change that added ``item`` on a supplementary agenda. Publicly, an exempt item's
    change says only its number, title and paragraph (as the item does): its reasons,
    which may describe the exempt business, are withheld. The clerk (``public=False``)
    sees everything."""
    withheld = item.exempt and public
    reason = "" if withheld else (urgency_reason or note).strip()
    if reason and urgency_reason.strip() and agreed_by.strip():
        reason = (
            f"Urgent business: the chair, {agreed_by.strip()}, agreed it should be considered "
            f"as a matter of urgency (LGA 1972 s100B(4)(b)). Special circumstances: {reason}"
        )
    if not reason:
        reason = WITHHELD if withheld else "Published before the deadline."
    return _change_row(item, published_at, "Supplementary agenda", "added", reason)


def item_withdrawn_change(
    item: ChangedItem, *, published_at: datetime, reason: str, public: bool = True
) -> AgendaChange:
    """The change that withdrew ``item`` on a revised agenda: it keeps its number (so the
    others keep theirs). Publicly, an exempt item's reason is withheld, as its content is;
    the clerk (``public=False``) sees it."""
    shown = WITHHELD if item.exempt and public else reason.strip()
    return _change_row(item, published_at, "Revised agenda", "withdrawn", shown)


def agenda_changes(meeting, *, public: bool = True, items=None) -> tuple[AgendaChange, ...]:
    """The dated changes to the meeting's agenda since it was published, oldest first: items
    added on a supplementary agenda and items withdrawn on a revised one (one query, or
    none from ``items`` already read with their supplements); nothing before the agenda is
    public, for the public."""
    if public and not agenda_public(meeting):
        return ()
    if items is None:
        items = meeting.items.filter(
            Q(supplement__isnull=False) | Q(withdrawn_in__isnull=False)
        ).select_related("supplement", "withdrawn_in")
    changes = []
    for item in items:
        changed = ChangedItem(
            number=item.number,
            title=item.title,
            url=item_url(item, meeting),
            exempt=item_exempt(item),
            paragraph=item.exempt_paragraph,
        )
        if item.supplement_id:
            change = agenda_change(
                changed,
                published_at=item.supplement.published_at,
                urgency_reason=item.urgency_reason,
                note=item.supplement.note,
                public=public,
                agreed_by=item.urgency_agreed_by,
            )
            changes.append((change, item.order, 0))
        if item.withdrawn_in_id:
            change = item_withdrawn_change(
                changed,
                published_at=item.withdrawn_in.published_at,
                reason=item.withdrawn_reason,
                public=public,
            )
            changes.append((change, item.order, 1))
    changes.sort(key=lambda row: (row[0].published_at, row[1], row[2]))
    return tuple(change for change, _, _ in changes)
