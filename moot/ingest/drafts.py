"""Drafts: what the importers read out of a document, before anything touches the database.

These are plain dataclasses with no Django in them. A parser fills them in from one source
document; a later step decides who is who and writes the lot in one transaction.

Conventions:

* Text fields hold text as printed, tidied only of layout (non-breaking spaces, bullets
  glyphs, runs of blank lines). Item titles keep their printed case ("APOLOGIES FOR
  ABSENCE"); body names are put into title case when printed in capitals.
* Anything the parser had to guess, or could not read, is said in a ``warnings`` list on the
  draft it concerns (the item, the meeting, or the whole result).
* ``ParseError`` is the only exception a parser raises on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

MeetingKind = Literal["ordinary", "special", "annual", "informal"]
SourceKind = Literal[
    "agenda-pack", "agenda-notice", "moderngov-page", "moderngov-xml", "printed-minutes"
]


class ParseError(ValueError):
    """The document could not be read as what it claims (or is expected) to be.

    The message is one line and names what was expected.
    """


@dataclass
class PersonEntry:
    """One person in a list (present, apologies, members...), as printed.

    ``name`` keeps honorifics ("Councillor Ann Green"); ``role_text`` is whatever role,
    office or organisation text stood with the name, in print order ("Assistant Director of
    Strategy and Integration, NHS England & NHS Improvement"). Deciding who the person is,
    or whether they were a substitute, is the apply step's job.
    """

    name: str
    role_text: str = ""


@dataclass
class SectionDraft:
    """A front-sheet membership section ("Councillors:", "NHS Representatives:")."""

    name: str
    members: list[PersonEntry] = field(default_factory=list)
    vacancies: int = 0


@dataclass
class ContactDraft:
    name: str = ""
    phone: str = ""
    email: str = ""
    team: str = ""


@dataclass
class DocumentRefDraft:
    """A document linked from an item.

    ``kind`` is "report" (linked from the item title), "additional" (listed under
    "Additional documents:") or "appendix". ``size_bytes`` is the size as published
    (246 KB -> 246 * 1024), or None when not stated. ``url`` is only known from HTML.
    """

    title: str
    kind: str = "report"
    size_bytes: int | None = None
    file_type: str = ""
    url: str = ""


@dataclass
class VoteDraft:
    """A recorded vote as printed: counts (None where not printed) and, where the document
    names them, who voted each way."""

    votes_for: int | None = None
    against: int | None = None
    abstain: int | None = None
    named_for: list[str] = field(default_factory=list)
    named_against: list[str] = field(default_factory=list)
    named_abstain: list[str] = field(default_factory=list)


@dataclass
class DeclarationDraft:
    """A declaration of interest as printed: who, and the words of the interest; the kind
    ("dpi", "other_registrable", "non_registrable") and what the member did ("left_room",
    "did_not_vote", "stayed") only where the words say so ("" otherwise); the number of the
    item it names ("" when it names none)."""

    name: str
    interest: str = ""
    kind: str = ""
    action: str = ""
    item: str = ""


@dataclass
class ItemDraft:
    number: str
    title: str
    agenda_text: str = ""
    minutes_text: str = ""
    minutes_partial: bool = False
    resolutions: list[str] = field(default_factory=list)
    documents: list[DocumentRefDraft] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    appendix_letters: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # "Minutes" or "Decision": the label the minutes text stood under on a web page.
    minutes_label: str = ""
    # Dates read from the item's agenda text (e.g. dates of future meetings).
    dates_mentioned: list[date] = field(default_factory=list)
    votes: list[VoteDraft] = field(default_factory=list)
    declarations: list[DeclarationDraft] = field(default_factory=list)


@dataclass
class AppendixDraft:
    """A lettered appendix of an agenda pack.

    ``letter`` is "" for a page range cited without a letter ("(Pages 1 - 6)").
    ``title`` is the title of the item that cites it. ``text`` is the appendix's body text
    when the pack carries it and its extent could be found ("" otherwise).
    """

    letter: str
    title: str
    first_page: int | None = None
    last_page: int | None = None
    item_number: str = ""
    text: str = ""


@dataclass
class AttendanceDraft:
    present: list[PersonEntry] = field(default_factory=list)
    apologies: list[PersonEntry] = field(default_factory=list)
    standing_invitees: list[PersonEntry] = field(default_factory=list)
    in_attendance: list[PersonEntry] = field(default_factory=list)


@dataclass
class MeetingDraft:
    body_name: str
    kind: MeetingKind = "ordinary"
    date: date | None = None
    start_time: time | None = None
    venue: str = ""
    contact: ContactDraft = field(default_factory=ContactDraft)
    webcast_url: str = ""
    items: list[ItemDraft] = field(default_factory=list)
    appendices: list[AppendixDraft] = field(default_factory=list)
    attendance: AttendanceDraft | None = None
    members_by_section: list[SectionDraft] = field(default_factory=list)
    standing_invitees: list[PersonEntry] = field(default_factory=list)
    closed_at: time | None = None
    warnings: list[str] = field(default_factory=list)
    # Where this meeting's text came from inside the source: "front-sheet",
    # "minutes-in-pack" (minutes printed in an appendix), "web-page".
    origin: str = ""
    # "cancelled" or "postponed" when the document says so ("" otherwise).
    status: str = ""
    status_reason: str = ""
    # Dates of future meetings of the body the document lists ("Dates of future meetings").
    future_dates: list[date] = field(default_factory=list)
    # The heading names only the kind of council ("Minutes of the Parish Council meeting held
    # on ..."): ``body_name`` is that kind, and the importer decides whose body it is.
    body_kind_only: bool = False

    def item(self, number: str) -> ItemDraft | None:
        """The item numbered ``number`` ("17"), or None."""
        for it in self.items:
            if it.number == number:
                return it
        return None


# The words that end a parser's warning asking for ``--body`` (a document naming no body):
# the importer drops such a warning when ``--body`` was given, since it has been answered.
ASKS_FOR_BODY = "name it with --body"


@dataclass
class ParseResult:
    meetings: list[MeetingDraft]
    source_kind: SourceKind
    warnings: list[str] = field(default_factory=list)
    # Bodies a document lists without meetings (ModernGov GetCommittees).
    bodies: list[str] = field(default_factory=list)
    # People a document lists without a meeting (ModernGov GetCouncillorsByWard): the
    # role text holds the ward and the party ("Central ward; Labour").
    people: list[PersonEntry] = field(default_factory=list)
    # Which response a web-service file is ("GetMeetings"...), for the report.
    response: str = ""
