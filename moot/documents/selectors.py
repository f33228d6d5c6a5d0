"""Reads for the documents area: the record turned into the plain data the PDF engine takes.

``pack_plan`` maps a meeting to a :class:`~moot.documents.pack.FrontSheet` and
:class:`~moot.documents.pack.PackItem` list; ``minutes_plan`` maps it to a
:class:`~moot.documents.minutes_doc.MinutesDocument`. Nothing here reads a file or writes:
appendices carry their storage name and checksum, and the service fetches and checks the
files only when a pack has to be built. Every query is bounded (a fixed number whatever
the size of the meeting).

What the public versions leave out is decided by the one visibility gate
(``moot.access.visibility.document_exempt`` and friends) and by the engine; the public
plans also leave exempt text out of the data itself, so that it can neither print nor
change the public pack's fingerprint.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import escape, strip_tags

from moot.access import visibility
from moot.documents import rules
from moot.documents.minutes_doc import MinuteEntry, MinutesDocument
from moot.documents.models import Document
from moot.documents.pack import TEMPLATES_DIR, FrontSheet, MemberSection, PackAppendix, PackItem
from moot.governance import selectors as governance
from moot.governance.models import Body, Membership
from moot.meetings.models import (
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Presenter,
    Resolution,
    Vote,
)

# Bumped when the way a pack or minutes document is made changes in a way the inputs do
# not show (the templates are fingerprinted separately).
ENGINE_VERSION = "1"

# Documents that are themselves agendas or packs are never merged into a pack.
NOT_MERGED_KINDS = frozenset(
    {Document.Kind.AGENDA, Document.Kind.AGENDA_PACK, Document.Kind.SUPPLEMENTARY}
)

# How the summons names the body: "Members of the Board are summoned ...".
SUMMONS_NAMES = {
    Body.Classification.BOARD: "Board",
    Body.Classification.COMMITTEE: "Committee",
    Body.Classification.SUB_COMMITTEE: "Sub-Committee",
    Body.Classification.CABINET: "Cabinet",
    Body.Classification.PANEL: "Panel",
    Body.Classification.JOINT_COMMITTEE: "Joint Committee",
    Body.Classification.COMMISSION: "Commission",
    Body.Classification.COUNCIL: "Council",
}

HELD_STATUSES = frozenset(
    {Meeting.Status.HELD, Meeting.Status.MINUTES_DRAFT, Meeting.Status.MINUTES_APPROVED}
)


class PlanError(ValueError):
    """The record cannot be printed as asked; the message names the meeting and the fix."""


# --- text -------------------------------------------------------------------------------

_BLOCK_END = re.compile(r"(?i)</(?:p|div|ul|ol|h[1-6]|table|tr|blockquote|pre)\s*>")
_LINE_END = re.compile(r"(?i)<br\s*/?>|</li\s*>")
_LIST_ITEM = re.compile(r"(?i)<li(?:\s[^>]*)?>")


def html_to_text(value: str) -> str:
    """Stored rich text (or the seed's lightly marked-up text) as plain text: a blank line
    between paragraphs, a line per list entry ("- ..."), no tags, entities decoded."""
    text = _BLOCK_END.sub("\n\n", value or "")
    text = _LINE_END.sub("\n", text)
    text = _LIST_ITEM.sub("- ", text)
    text = html.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def summons_line(body: Body) -> str:
    name = SUMMONS_NAMES.get(body.classification, body.get_classification_display())
    return (
        f"Members of the {name} are summoned to attend the above meeting to consider the "
        "items of business listed overleaf."
    )


def held_line(meeting: Meeting) -> str:
    """``"THURSDAY, 25 MARCH 2021 at 10:00 am"``, as Leicester's minutes print it."""
    start = timezone.localtime(meeting.start)
    return f"{rules.format_meeting_date(meeting.date)} at {rules.format_meeting_time(start.time())}"


def membership_role(membership: Membership) -> str:
    """``"Assistant City Mayor, Health (Chair)"``: the printed title and the chair's role."""
    role = membership.title.strip()
    suffix = {
        Membership.Role.CHAIR: "(Chair)",
        Membership.Role.VICE_CHAIR: "(Vice-Chair)",
    }.get(membership.role, "")
    if suffix and suffix.lower() not in role.lower():
        role = f"{role} {suffix}".strip()
    return role


@lru_cache(maxsize=1)
def templates_digest() -> str:
    """A digest of the print templates: a changed template means new packs."""
    digest = hashlib.sha256()
    for path in sorted((TEMPLATES_DIR / "documents").glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(*parts) -> str:
    """SHA-256 over the printed inputs, the engine version and the templates."""
    payload = json.dumps(
        [ENGINE_VERSION, templates_digest(), *parts], default=str, sort_keys=True
    ).encode()
    return hashlib.sha256(payload).hexdigest()


# --- the agenda pack ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredAppendix:
    """Where an appendix's PDF is kept: the service fetches it only to build."""

    letter: str
    document_id: int
    title: str
    file_name: str  # the storage name
    checksum: str  # SHA-256 recorded at upload ("" for a file recorded without one)

    @property
    def label(self) -> str:
        """Names the document in an error: letter, title and file."""
        return f"Appendix {self.letter}: {self.title} ({PurePosixPath(self.file_name).name})"


@dataclass(frozen=True)
class PackPlan:
    """Everything the pack prints, as plain data, and where each appended file is kept.

    The appendices' ``path`` is the storage name until the service swaps in a local copy.
    """

    meeting: str  # BODY-SLUG/DATE
    body_slug: str
    date_slug: str
    include_exempt: bool
    title: str
    author: str
    front: FrontSheet
    items: tuple[PackItem, ...]
    stored: dict[str, StoredAppendix] = field(default_factory=dict)  # by letter
    not_merged: tuple[str, ...] = ()  # documents listed without a file

    @property
    def variant(self) -> str:
        return "members" if self.include_exempt else "public"

    def fingerprint(self) -> str:
        return fingerprint(
            "pack",
            self.variant,
            self.title,
            self.author,
            asdict(self.front),
            [asdict(item) for item in self.items],
            {letter: asdict(s) for letter, s in sorted(self.stored.items())},
        )


def front_sheet(meeting: Meeting) -> FrontSheet:
    """The front sheet: the authority's texts, the body, when and where, the summons, the
    webcast, the members by section on the meeting's date (with vacancies, ToR 4), the
    standing invitees and the contact officer."""
    body = meeting.body
    authority = governance.authority()
    _, rows = governance.members_by_section(body, meeting.date)
    sections = [
        MemberSection(
            row.section.name,
            [
                (seat.membership.person.display_name, membership_role(seat.membership))
                for seat in row.seats
                if seat.membership is not None
            ],
            row.state.vacancies,
        )
        for row in rows
    ]
    invitees = [
        (invitee.person.display_name, invitee.title)
        for invitee in governance.standing_invitees_on(body, meeting.date)
    ]
    contact_name = meeting.contact_name or (authority.contact_name if authority else "")
    if contact_name and authority and authority.contact_team:
        contact_name = f"{contact_name}, {authority.contact_team}"
    start = timezone.localtime(meeting.start)
    return FrontSheet(
        authority_name=authority.name if authority else "",
        authority_address=" ".join((authority.address if authority else "").split()),
        body_name=body.name,
        meeting_title="" if meeting.kind == Meeting.Kind.ORDINARY else meeting.get_kind_display(),
        date=meeting.date,
        start_time=start.time().replace(tzinfo=None),
        venue=meeting.venue,
        summons_line=summons_line(body),
        webcast_url=meeting.webcast_url,
        webcast_archive_url=meeting.webcast_archive_url,
        sections=sections,
        standing_invitees=invitees,
        public_information=html_to_text(authority.public_information) if authority else "",
        accessibility=html_to_text(authority.accessibility_text) if authority else "",
        filming=html_to_text(authority.filming_text) if authority else "",
        evacuation=html_to_text(authority.evacuation_text) if authority else "",
        contact_name=contact_name,
        contact_phone=meeting.contact_phone or (authority.contact_phone if authority else ""),
        contact_email=meeting.contact_email or (authority.contact_email if authority else ""),
    )


def _pack_items_queryset(meeting: Meeting):
    documents = Document.objects.filter(meeting=meeting).order_by("order", "pk")
    return (
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("order")
        .prefetch_related(
            Prefetch("presenters", queryset=_presenters()),
            Prefetch("documents", queryset=documents),
        )
    )


def _presenters():
    return Presenter.objects.select_related("person").order_by("pk")


def _presenter_line(presenter: Presenter) -> str:
    name = presenter.person.display_name if presenter.person_id else presenter.name
    return f"{name} ({presenter.role})" if presenter.role else name


def _free_letters(used: set[str]):
    """A, B, ... Z, AA, AB, ...: letters not used by any lettered document."""
    alphabet = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    candidates = alphabet + [a + b for a in alphabet for b in alphabet]
    for letter in candidates:
        if letter not in used:
            used.add(letter)
            yield letter


def _document_line(document: Document) -> str:
    """How a document without a file is named in the agenda text."""
    label = f"Appendix {document.letter}: {document.title}" if document.letter else document.title
    details = [document.get_kind_display().lower()]
    if document.size_bytes:
        size = max(round(document.size_bytes / 1024), 1)
        details.append(f"{(document.file_type or 'file').upper()} {size} KB")
    return f"{label} ({', '.join(details)})"


def pack_plan(meeting: Meeting, *, include_exempt: bool = False) -> PackPlan:
    """The agenda pack of ``meeting`` as plain data, items in agenda order.

    An item's appendices are its documents that hold a file, in letter order (then the
    order they were added); a document with a file but no letter gets the next letter no
    other document of the meeting uses. Documents known to the record without a file (an
    import's "PDF 246 KB") are named in the item's agenda text as not included.
    Raises :class:`PlanError` if two documents of the meeting share a letter.
    """
    items = list(_pack_items_queryset(meeting))
    all_documents = [d for item in items for d in item.documents.all()]
    seen: dict[str, Document] = {}
    for document in all_documents:
        if not document.letter or not document.file or document.kind in NOT_MERGED_KINDS:
            continue
        other = seen.get(document.letter)
        if other is not None:
            raise PlanError(
                f"Appendix {document.letter} of {meeting.identifier} is used by two documents, "
                f"'{other.title}' and '{document.title}'; give each appendix its own letter."
            )
        seen[document.letter] = document
    free = _free_letters({d.letter for d in all_documents if d.letter})

    pack_items: list[PackItem] = []
    stored: dict[str, StoredAppendix] = {}
    not_merged: list[str] = []
    for item in items:
        withheld_item = visibility.item_exempt(item) and not include_exempt
        with_files = [d for d in item.documents.all() if d.file and d.kind not in NOT_MERGED_KINDS]
        with_files.sort(key=lambda d: (not d.letter, len(d.letter), d.letter, d.order, d.pk))
        appendices: list[PackAppendix] = []
        for document in with_files:
            letter = document.letter or next(free)
            exempt = visibility.document_exempt(document, item)
            paragraph = document.exempt_paragraph or item.exempt_paragraph
            hidden = exempt and not include_exempt
            appendices.append(
                PackAppendix(
                    letter=letter,
                    title="" if hidden else document.title,
                    path=Path(document.file.name),
                    exempt=exempt,
                    exempt_paragraph=paragraph if exempt else None,
                )
            )
            if not hidden:
                stored[letter] = StoredAppendix(
                    letter, document.pk, document.title, document.file.name, document.checksum
                )
        notes: list[str] = []
        withheld_notes: list[str] = []
        for document in item.documents.all():
            if document.file or document.kind in NOT_MERGED_KINDS:
                continue
            if visibility.document_exempt(document, item) and not include_exempt:
                if not withheld_item:
                    paragraph = document.exempt_paragraph or item.exempt_paragraph
                    withheld_notes.append(
                        visibility.document_exempt_notice(document.letter, paragraph)
                    )
                continue
            line = _document_line(document)
            notes.append(line)
            not_merged.append(f"item {item.number}: {line}")
        paragraphs = [] if withheld_item else [html_to_text(item.purpose)]
        if notes and not withheld_item:
            paragraphs.append("Not included in this pack (no file is held):\n" + "\n".join(notes))
        paragraphs.extend(withheld_notes)
        text = "\n\n".join(p for p in paragraphs if p)
        presenters = ()
        if not withheld_item:
            presenters = tuple(_presenter_line(p) for p in item.presenters.all())
        pack_items.append(
            PackItem(
                number=item.number,
                title=item.title,
                text=text,
                presenters=presenters,
                appendices=tuple(appendices),
                exempt=item.exempt,
                exempt_paragraph=item.exempt_paragraph if item.exempt else None,
            )
        )
    front = front_sheet(meeting)
    title = f"{meeting.body.name}, {meeting.date.day} {meeting.date:%B %Y}: agenda pack"
    if include_exempt:
        title += " (members' pack, not for publication)"
    return PackPlan(
        meeting=meeting.identifier,
        body_slug=meeting.body.slug,
        date_slug=meeting.date_slug,
        include_exempt=include_exempt,
        title=title,
        author=front.authority_name,
        front=front,
        items=tuple(pack_items),
        stored=stored,
        not_merged=tuple(not_merged),
    )


# --- the minutes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinutesPlan:
    meeting: str
    body_slug: str
    date_slug: str
    include_exempt: bool
    document: MinutesDocument

    @property
    def variant(self) -> str:
        return "members" if self.include_exempt else "public"

    def fingerprint(self) -> str:
        return fingerprint("minutes", self.variant, asdict(self.document))


def _attendee(record: Attendance) -> tuple[str, str]:
    role = record.role_text
    if record.status == Attendance.Status.SUBSTITUTE and record.substitute_for_id:
        name = record.substitute_for.display_name
        role = f"{role} (substitute for {name})" if role else f"Substitute for {name}"
    return record.person.display_name, role


def _vote_text(resolution: Resolution) -> str:
    try:
        vote = resolution.vote
    except Vote.DoesNotExist:
        return ""
    text = (
        f" (Vote: {vote.votes_for} for, {vote.votes_against} against, {vote.abstentions} "
        f"abstaining; {vote.get_outcome_display().lower()}"
    )
    if vote.casting_vote:
        text += " on the chair's casting vote"
    return text + ".)"


def _resolution_text(resolution: Resolution) -> str:
    text = resolution.text
    if resolution.kind == Resolution.Kind.RECOMMENDED and resolution.recommended_to:
        text += f" (Recommended to {resolution.recommended_to}.)"
    text += _vote_text(resolution)
    if resolution.needs_ratification:
        text += (
            " This decision was made at an inquorate meeting and is for ratification at the "
            "next quorate meeting (terms of reference 5.2)."
        )
    return text


def _declarations_html(item: AgendaItem) -> str:
    lines = []
    for declaration in item.declarations.all():
        nature = (
            visibility.SENSITIVE_INTEREST if declaration.sensitive else declaration.nature.strip()
        )
        lines.append(
            f"<li>{escape(declaration.person.display_name)}: "
            f"{escape(declaration.get_kind_display())}. {escape(nature)} "
            f"{escape(declaration.get_action_display())}.</li>"
        )
    return f"<p>Declarations of interest:</p><ul>{''.join(lines)}</ul>" if lines else ""


def _questions_by_item(meeting: Meeting) -> dict:
    """The meeting's accepted and answered public questions by the item they were put
    under (None: under "Questions from Members of the Public")."""
    from moot.meetings.models import PublicQuestion

    grouped: dict = {}
    for question in meeting.questions.filter(
        status__in=[PublicQuestion.Status.ACCEPTED, PublicQuestion.Status.ANSWERED]
    ).order_by("submitted_at", "pk"):
        grouped.setdefault(question.item_id, []).append(question)
    return grouped


def _questions_html(questions: dict, item: AgendaItem) -> str:
    rows = list(questions.get(item.pk, []))
    if item.standing == AgendaItem.Standing.QUESTIONS:
        rows += questions.get(None, [])
    html = ""
    for question in rows:
        html += (
            f"<p><strong>Question from {escape(question.name)}:</strong> "
            f"{escape(question.question)}</p>"
        )
        if question.answer:
            html += f"<p><strong>Answer:</strong> {escape(question.answer)}</p>"
    return html


def minutes_plan(meeting: Meeting, *, include_exempt: bool = False) -> MinutesPlan:
    """The minutes of a held meeting as plain data, grouped as Leicester's minutes are:
    Present (members in their own seat and substitutes, with the role text as minuted),
    Standing Invitees, In Attendance, Apologies; then each minute with its text and
    resolutions. DRAFT until the minutes are approved.

    Raises :class:`PlanError` for a meeting that has not been held.
    """
    from moot.meetings.services import sanitise

    if meeting.status not in HELD_STATUSES:
        raise PlanError(
            f"{meeting.identifier} has no minutes: the meeting is "
            f"{meeting.get_status_display().lower()}, not held."
        )
    records = list(
        Attendance.objects.filter(meeting=meeting)
        .select_related("person", "substitute_for")
        .order_by("order", "pk")
    )
    groups: dict[str, list[tuple[str, str]]] = {
        "present": [],
        "standing_invitees": [],
        "in_attendance": [],
        "apologies": [],
    }
    status_group = {
        Attendance.Status.PRESENT: "present",
        Attendance.Status.SUBSTITUTE: "present",
        Attendance.Status.STANDING_INVITEE: "standing_invitees",
        Attendance.Status.IN_ATTENDANCE: "in_attendance",
        Attendance.Status.APOLOGIES: "apologies",
    }
    for record in records:
        group = status_group.get(record.status)
        if group:
            groups[group].append(_attendee(record))

    items = (
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("order")
        .prefetch_related(
            Prefetch(
                "resolutions",
                queryset=Resolution.objects.select_related("vote").order_by("order", "pk"),
            ),
            Prefetch(
                "declarations",
                queryset=Declaration.objects.select_related("person").order_by("pk"),
            ),
        )
    )
    questions = _questions_by_item(meeting)
    entries = []
    for item in items:
        if item.exempt and not include_exempt:
            entries.append(
                MinuteEntry(
                    item.number, item.title, exempt=True, exempt_paragraph=item.exempt_paragraph
                )
            )
            continue
        text_html = sanitise(item.minutes)
        if item.urgency_reason:
            text_html = (
                "<p>Taken as urgent business (Local Government Act 1972, section 100B(4)(b)). "
                f"The chair's reasons: {escape(item.urgency_reason)}</p>" + text_html
            )
        text_html += _declarations_html(item)
        text_html += _questions_html(questions, item)
        entries.append(
            MinuteEntry(
                item.number,
                item.title,
                text_html,
                resolutions=tuple(_resolution_text(r) for r in item.resolutions.all()),
                exempt=item.exempt,
                exempt_paragraph=item.exempt_paragraph if item.exempt else None,
            )
        )
    authority = governance.authority()
    document = MinutesDocument(
        authority_name=authority.name if authority else "",
        body_name=meeting.body.name,
        held_line=held_line(meeting),
        draft=meeting.status != Meeting.Status.MINUTES_APPROVED,
        present=tuple(groups["present"]),
        standing_invitees=tuple(groups["standing_invitees"]),
        in_attendance=tuple(groups["in_attendance"]),
        apologies=tuple(groups["apologies"]),
        minutes=tuple(entries),
    )
    return MinutesPlan(
        meeting=meeting.identifier,
        body_slug=meeting.body.slug,
        date_slug=meeting.date_slug,
        include_exempt=include_exempt,
        document=document,
    )
