"""The API's records, with Open Civic Data / Popolo field names. These classes are the one
description of each record: the OpenAPI document is generated from them and every answer
is validated against them before it is sent."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """A record of the API. The serialiser (``moot.api.serialise``) builds every record as
    a plain dict, validated as it is: a pydantic model, not ninja's ``Schema``, whose
    validator reads the attributes of model instances through a wrapper (for the ORM) and
    runs in Python for every nested record (about 14,000 a page of 50 events), where a
    plain model is validated by pydantic-core alone. The checks and the published schema
    are the same (``from_attributes`` as ninja's)."""

    model_config = ConfigDict(from_attributes=True)


class ErrorDetail(Record):
    field: str | None = Field(None, description="The parameter at fault")
    value: str | None = Field(None, description="What was given")
    expected: str | None = Field(None, description="What would have been read")
    message: str | None = None


class Error(Record):
    error: ErrorDetail


class RateLimited(Record):
    error: str = Field(description="When to try again, in a sentence")
    retry_after: int = Field(description="Seconds to wait")


class Ref(Record):
    id: str = Field(description="The record's stable URI")
    name: str


class PersonRef(Record):
    id: str | None = Field(None, description="The person's stable URI, when on record")
    name: str


class Link(Record):
    note: str = ""
    url: str
    media_type: str | None = None


class Document(Record):
    id: str
    letter: str = ""
    exempt: bool = Field(description="Withheld under Schedule 12A: only note says so")
    note: str = Field(description="The title, or why it is withheld")
    classification: str | None = Field(None, description="report, appendix, minutes ...")
    media_type: str | None = None
    size_bytes: int | None = None
    pages: int | None = None
    first_page: int | None = None
    last_page: int | None = None
    url: str | None = Field(None, description="The file, where published")
    text_url: str | None = Field(None, description="Its text as HTML, where held")
    event_id: str | None = None


class VoteCount(Record):
    option: Literal["yes", "no", "abstain"]
    value: int


class PersonVote(Record):
    option: str
    voter_name: str
    voter_id: str | None = None


class VoteEvent(Record):
    id: str
    motion_text: str
    result: Literal["pass", "fail"]
    counts: list[VoteCount]
    votes: list[PersonVote]
    casting_vote: str | None = None
    explanation: str = ""
    event_id: str
    decision_id: str
    organization: Ref
    start_date: datetime


class ItemRef(Record):
    order: int
    number: str
    description: str
    url: str


class Decision(Record):
    id: str
    classification: str = Field(description="resolved, recommended, noted ...")
    text: str
    order: int
    recommended_to: str | None = None
    needs_ratification: bool
    ratified: bool
    vote_event: VoteEvent | None = None
    event_id: str
    organization: Ref
    date: date
    agenda_item: ItemRef


class DecisionInItem(Record):
    id: str
    classification: str
    text: str
    order: int
    recommended_to: str | None = None
    needs_ratification: bool
    ratified: bool
    vote_event: VoteEvent | None = None


class Declaration(Record):
    person: PersonRef
    classification: str
    nature: str = Field(description="Withheld for a sensitive interest (Localism Act s32)")
    action: str
    sensitive: bool


class Action(Record):
    id: str
    description: str
    owner: PersonRef | None = None
    due_date: date | None = None
    status: str
    update: str | None = None


class Presenter(Record):
    person: PersonRef
    role: str


class AgendaItem(Record):
    order: int
    number: str
    description: str
    exempt: bool
    exempt_paragraph: int | None = Field(None, ge=1, le=7)
    exempt_notice: str | None = None
    agenda_number: str | None = None
    minute_number: int | None = None
    notes_html: str | None = None
    presenters: list[Presenter] = []
    documents: list[Document] = []
    minutes_html: str | None = None
    minutes_partial: bool = False
    decisions: list[DecisionInItem] = []
    declarations: list[Declaration] = []
    actions: list[Action] = []
    url: str


class Participant(Record):
    entity_type: Literal["person"] = "person"
    name: str
    id: str | None = None
    note: str = Field(description="present, apologies, absent, substitute ...")
    role: str | None = None
    attendance_mode: str
    substitute_for: PersonRef | None = None


class Location(Record):
    name: str


class EventSummary(Record):
    """A meeting as listed: the first fields of ``Event``, with the same values."""

    id: str
    identifier: str = Field(description="BODY-SLUG/YYYY-MM-DD, as the command line names it")
    moderngov_id: int = Field(description="lMeetingId in /mgWebService.asmx")
    name: str
    classification: str
    organization: Ref
    start_date: datetime
    end_date: datetime | None = None
    timezone: Literal["Europe/London"] = "Europe/London"
    all_day: bool = False
    status: Literal["confirmed", "cancelled", "passed"]
    moot_status: str
    status_reason: str = ""
    location: Location
    attendance_mode: str
    media: list[Link] = Field(description="The webcast and its archive")
    agenda_published: bool
    minutes_published: bool
    url: str


class Event(EventSummary):
    participants: list[Participant]
    agenda: list[AgendaItem]
    documents: list[Document] = Field(description="The meeting's own documents")
    updated_at: datetime | None = None


class Organization(Record):
    id: str
    name: str
    classification: str
    moot_classification: str | None = None
    parent_id: str | None = None
    founding_date: date | None = None
    dissolution_date: date | None = None
    purpose: str | None = None
    moderngov_id: int | None = Field(None, description="lCommitteeId, for bodies")
    url: str | None = None


class Post(Record):
    id: str
    label: str
    role: str
    section: str
    organization_id: str
    maximum_memberships: int = 1
    voting: bool
    on_behalf_of: Ref | None = None


class Membership(Record):
    id: str
    person_id: str
    person_name: str
    post_id: str
    organization_id: str
    role: str
    label: str | None = None
    on_behalf_of: Ref | None = None
    start_date: date
    end_date: date | None = None


class OtherName(Record):
    name: str


class Person(Record):
    id: str
    name: str
    sort_name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    honorific_prefix: str | None = None
    other_names: list[OtherName]
    memberships: list[Membership]
    url: str


def page_of(item_type, name: str):
    """A page of a list: the records and the address of the next page (a cursor)."""
    return type(
        name,
        (Record,),
        {
            "__annotations__": {"results": list[item_type], "next": str | None},
            "next": Field(None, description="The next page, or null at the end"),
        },
    )


EventPage = page_of(Event, "EventPage")
OrganizationPage = page_of(Organization, "OrganizationPage")
PostPage = page_of(Post, "PostPage")
PersonPage = page_of(Person, "PersonPage")
MembershipPage = page_of(Membership, "MembershipPage")
DocumentPage = page_of(Document, "DocumentPage")
DecisionPage = page_of(Decision, "DecisionPage")
VoteEventPage = page_of(VoteEvent, "VoteEventPage")


class ForwardPlanEntry(Record):
    id: str
    subject: str
    organization: Ref
    intended_date: date | None = None
    intended_event_id: str | None = None
    status: str = Field(description="planned, on_agenda, done, withdrawn")
    key_decision: bool


class ActionRecord(Action):
    event_id: str
    agenda_item: ItemRef


class IssueItem(Record):
    event_id: str
    organization: Ref
    date: date
    agenda_item: ItemRef
    exempt: bool
    exempt_notice: str | None = None


class Issue(Record):
    id: str
    title: str
    description: str
    history: list[IssueItem]


ForwardPlanPage = page_of(ForwardPlanEntry, "ForwardPlanPage")
ActionPage = page_of(ActionRecord, "ActionPage")
IssuePage = page_of(Issue, "IssuePage")
