"""A synthetic, clearly fictional council record for measuring Moot at scale.

This is a *fixture generator*, not an import path: it writes straight to the tables with
``bulk_create`` (a few statements per table per body and year), so that ten years of a
county council (40 bodies, about 600 meetings a year) can be written in minutes. The
clerk's services and the importer do one row at a time and check each rule as they go;
here the rows are built to satisfy the same rules from the start (one chair per seat,
seats within their section's cap, minute numbers restarting each municipal year, exempt
items with a paragraph, public text never under an exempt item). Documents are real PDFs:
three files (2, 8 and 30 pages: one report rendered by the documents' own renderer, its
pages repeated for the longer ones) are made once per run and stored once, and every report or appendix points at one of them, as many
uploads of the same bytes would; each row keeps its own text for search. Then the search
index and the page cache are renewed once through their own services. One audit entry
records the generation.

Every name is invented ("Fictional", "Synthetic") and every body's purpose says so, so
the record can never be taken for a real council's. The output depends only on the seed.

The generic path: :func:`plan` (pure: what to build from ``years``, ``bodies``, ``seed``),
:func:`refusal` (pure: why not), :func:`generate` (the writes).
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

MARKER = "moot generate-fixture (synthetic, fictional)"
SLUG_PREFIX = "fictional-"

# (classification, name, meetings a year, seats, most items beyond 8): about 14 meetings a
# year per body on average, so 40 bodies hold about 560 a year (a county council's 600).
KINDS = [
    ("council", "Full Council", 8, 60, 16),
    ("cabinet", "Cabinet", 20, 10, 14),
    ("commission", "Scrutiny Commission", 15, 12, 12),
    ("committee", "Planning Committee", 24, 12, 16),
    ("committee", "Licensing Committee", 12, 12, 10),
    ("board", "Health and Wellbeing Board", 6, 16, 12),
    ("joint_committee", "Joint Committee", 6, 10, 8),
    ("sub_committee", "Sub-committee", 20, 6, 8),
]
TOPICS = [
    "Highways Maintenance Programme",
    "Adult Social Care Budget",
    "Libraries Strategy",
    "School Place Planning",
    "Flood Risk Management",
    "Waste Collection Contract",
    "Housing Delivery Plan",
    "Public Health Annual Report",
    "Air Quality Action Plan",
    "Capital Programme Monitoring",
    "Children's Services Improvement",
    "Bus Service Improvement Plan",
    "Leisure Centres Review",
    "Climate Emergency Progress",
    "Digital Inclusion Strategy",
    "Council Tax Support Scheme",
    "Treasury Management Update",
    "Community Safety Partnership",
    "Parks and Open Spaces",
    "Corporate Risk Register",
]
GIVEN = ["Ada", "Bram", "Cora", "Dev", "Elin", "Fenn", "Gwen", "Hal", "Isla", "Jory", "Kit", "Lark"]
FAMILY = ["Ashdown", "Brookfield", "Calloway", "Dunmore", "Ellery", "Farrant", "Glenister",
          "Hartwell", "Ingram", "Jessop", "Kilbride", "Lindqvist", "Marchetti", "Norbury",
          "Okonkwo", "Pemberton", "Quayle", "Rowntree", "Sefton", "Tregarthen"]  # fmt: skip
WORDS = [
    "the",
    "report",
    "set",
    "out",
    "progress",
    "against",
    "the",
    "agreed",
    "plan",
    "and",
    "members",
    "asked",
    "about",
    "costs",
    "risks",
    "timescales",
    "consultation",
    "outcomes",
    "equality",
    "impacts",
    "and",
    "the",
    "views",
    "of",
    "residents",
    "officers",
    "explained",
    "the",
    "options",
    "considered",
    "and",
    "the",
    "reasons",
    "for",
    "the",
    "recommendation",
]


# The documents' files: real PDFs made once per run and shared by every document of that
# length. One two-page report is rendered by the documents' own renderer (cached, so a second
# run renders nothing); the longer files repeat its pages, which keeps generation fast.
PDF_VARIANTS = {"short": 2, "medium": 8, "long": 30}  # name: pages
PARAGRAPHS = 16  # 60-word paragraphs that fill two A4 pages of the text document template


class FixtureRefused(Exception):
    """Why the fixture is not generated (a sentence naming the argument or the record)."""


def refusal(years: int, bodies: int, holding: dict[str, int], force: bool) -> str | None:
    """Why generating is refused, in a sentence, or None when it may go ahead.

    A record of 0 bodies or of no years is no record; more than 400 bodies or 50 years is
    beyond any council. A database that already holds bodies, meetings or people not made
    by this generator holds real data: the fictional record would be mixed into it (its
    bodies listed beside the real ones, its meetings in the real calendar and search), so
    that needs ``--force``.
    """
    if bodies < 1:
        return f"--bodies {bodies}: a council has at least 1 body; give a number from 1 to 400."
    if bodies > 400:
        return f"--bodies {bodies}: more bodies than any council holds; give at most 400."
    if years < 1:
        return f"--years {years}: the record must cover at least 1 year; give 1 to 50."
    if years > 50:
        return f"--years {years}: more than 50 years is beyond the record; give at most 50."
    real = {name: n for name, n in holding.items() if n}
    if real and not force:
        listed = ", ".join(f"{n} {name}" for name, n in real.items())
        return (
            f"this database already holds real data ({listed}); the fictional record would "
            "be mixed into it (its bodies beside the real ones, its meetings in the same "
            "calendar, decisions and search). Use an empty database, or --force to mix them."
        )
    return None


@dataclass
class Report:
    years: int
    bodies: int
    seed: int
    created: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    indexed: int = 0
    files: dict[str, int] = field(default_factory=dict)  # PDF variant: its real page count


def real_data() -> dict[str, int]:
    """What the database holds that this generator did not make."""
    from moot.governance.models import Body, Person
    from moot.meetings.models import Meeting

    return {
        "bodies": Body.objects.exclude(slug__startswith=SLUG_PREFIX).count(),
        "meetings": Meeting.objects.exclude(source=MARKER).count(),
        "people": Person.objects.exclude(slug__startswith=SLUG_PREFIX).count(),
    }


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng: random.Random, count: int, words: int = 40) -> str:
    return "\n\n".join(_sentence(rng, words) for _ in range(count))


@dataclass(frozen=True)
class StoredPdf:
    """One rendered PDF in storage, as a document row points at it."""

    name: str
    checksum: str
    size_bytes: int
    page_count: int


def _stored_pdfs() -> dict[str, StoredPdf]:
    """The PDF variants, stored once under documents/fictional/ by their SHA-256 (a file
    already there with the same name is kept, as an upload of the same bytes is)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from moot.documents.pdf import check_pdf_bytes

    stored = {}
    for variant, data in _pdf_variants().items():
        checksum = hashlib.sha256(data).hexdigest()
        name = f"documents/fictional/{checksum[:16]}-{variant}.pdf"
        if not default_storage.exists(name):
            name = default_storage.save(name, ContentFile(data))
        checked = check_pdf_bytes(data, name)
        stored[variant] = StoredPdf(name, checksum, checked.size_bytes, checked.page_count)
    return stored


def _pdf_variants() -> dict[str, bytes]:
    """The two-page report rendered (tagged A4, as a clerk's text document), then the
    longer variants made of its pages repeated."""
    import io

    from pypdf import PdfReader, PdfWriter

    from moot.documents.services import render_text_pdf

    rng = random.Random(0)  # the files' text is the same in every run, whatever the seed
    text = _paragraphs(rng, PARAGRAPHS, 60)
    rendered = render_text_pdf(title=f"Fictional report ({MARKER})", text=text)
    pages = PdfReader(io.BytesIO(rendered)).pages
    variants = {}
    for variant, count in PDF_VARIANTS.items():
        writer = PdfWriter()
        for n in range(count):
            writer.add_page(pages[n % len(pages)])
        buffer = io.BytesIO()
        writer.write(buffer)
        variants[variant] = buffer.getvalue()
    return variants


def _file_fields(pdf: StoredPdf) -> dict:
    return {
        "file": pdf.name,
        "file_type": "pdf",
        "checksum": pdf.checksum,
        "size_bytes": pdf.size_bytes,
        "page_count": pdf.page_count,
    }


def _meeting_dates(start_year: int, years: int, per_year: int, rng: random.Random) -> list[date]:
    days = []
    for year in range(years):
        first = date(start_year + year, 5, 10)
        step = 365 // per_year
        for n in range(per_year):
            day = first + timedelta(days=n * step + rng.randint(0, 3))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            days.append(day)
    return days


def generate(
    *, years: int, bodies: int, seed: int = 1, force: bool = False, today: date | None = None
) -> Report:
    """Write the fictional record (see the module docstring); refused as ``refusal`` says."""
    reason = refusal(years, bodies, real_data(), force)
    if reason:
        raise FixtureRefused(reason)
    started = time.perf_counter()
    report = Report(years=years, bodies=bodies, seed=seed)
    pdfs = _stored_pdfs()
    report.files = {variant: pdf.page_count for variant, pdf in pdfs.items()}
    with transaction.atomic():
        _write(report, years, bodies, seed, today or timezone.localdate(), pdfs)
    _renew_index_and_cache(report)
    report.seconds = time.perf_counter() - started
    return report


def _write(
    report: Report, years: int, bodies: int, seed: int, today: date, pdfs: dict[str, StoredPdf]
) -> None:
    from moot.documents.models import Document
    from moot.governance.models import (
        Authority,
        Body,
        Membership,
        MembershipSection,
        Person,
        Seat,
        TermsOfReference,
    )
    from moot.governance.services import log_action
    from moot.meetings import rules as meeting_rules
    from moot.meetings.models import (
        Action,
        AgendaItem,
        Attendance,
        Declaration,
        ForwardPlanEntry,
        Meeting,
        PersonVote,
        PublicQuestion,
        Resolution,
        Vote,
    )

    rng = random.Random(seed)
    if not Authority.objects.exists():
        Authority.objects.create(name="Fictional County Council", slug=SLUG_PREFIX + "county")
    run = Body.objects.filter(slug__startswith=SLUG_PREFIX).count()  # several runs side by side
    tag = f"{SLUG_PREFIX}{run}-" if run else SLUG_PREFIX
    # the last year of record is the current municipal year (from May), its later meetings
    # still to come
    start_year = (today.year if today.month >= 5 else today.year - 1) - years + 1
    tz = timezone.get_current_timezone()
    STATUS = Meeting.Status

    for b in range(bodies):
        classification, kind, per_year, members, items_top = KINDS[b % len(KINDS)]
        name = f"Fictional {kind} {b + 1}"
        body = Body.objects.create(
            name=name,
            slug=f"{tag}body-{b + 1}",
            classification=classification,
            purpose=f"A fictional {kind.lower()} generated by {MARKER}; it is no real body.",
            founding_date=date(start_year, 5, 1),
        )
        report.created["bodies"] += 1
        tor = TermsOfReference.objects.create(
            body=body,
            version="1",
            in_force_from=date(start_year, 5, 1),
            text=_paragraphs(rng, 3),
            quorum_fraction_numerator=1,
            quorum_fraction_denominator=3,
            quorum_floor=2,
            standing_items=["Apologies for Absence", "Declarations of Interest"],
        )
        section = MembershipSection.objects.create(
            terms_of_reference=tor, name="Elected Members", cap=members
        )
        seats = Seat.objects.bulk_create(
            Seat(section=section, label=f"Seat {n + 1}", order=n) for n in range(members)
        )
        report.created["terms of reference"] += 1
        report.created["seats"] += len(seats)
        # People: a new intake every four years (an election), one membership per term.
        people_by_term: list[list] = []
        memberships = []
        for term_start in range(0, years, 4):
            people = Person.objects.bulk_create(
                Person(
                    name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                    given_name="",
                    family_name=f"Fictional {b + 1}.{term_start}.{n}",
                    honorific="Cllr",
                    slug=f"{tag}person-{b + 1}-{term_start}-{n + 1}",
                )
                for n in range(members)
            )
            people_by_term.append(people)
            end_offset = min(term_start + 4, years)
            for n, (seat, person) in enumerate(zip(seats, people, strict=True)):
                role = (
                    Membership.Role.CHAIR
                    if n == 0
                    else Membership.Role.VICE_CHAIR
                    if n == 1
                    else Membership.Role.MEMBER
                )
                memberships.append(
                    Membership(
                        person=person,
                        seat=seat,
                        role=role,
                        start_date=date(start_year + term_start, 5, 1),
                        end_date=(
                            date(start_year + end_offset, 4, 30) if end_offset < years else None
                        ),
                    )
                )
            report.created["people"] += len(people)
        Membership.objects.bulk_create(memberships)
        report.created["memberships"] += len(memberships)

        # Meetings, then their items, documents, attendance, resolutions and votes.
        meetings = []
        for day in _meeting_dates(start_year, years, per_year, rng):
            start = datetime(day.year, day.month, day.day, 10, 0, tzinfo=tz)
            if day > today:
                status = STATUS.SCHEDULED
            elif rng.random() < 0.03:
                status = STATUS.CANCELLED
            elif day > today - timedelta(days=40):
                status = STATUS.MINUTES_DRAFT
            else:
                status = STATUS.MINUTES_APPROVED
            meetings.append(
                Meeting(
                    body=body,
                    date=day,
                    start=start,
                    status=status,
                    status_reason="No business." if status == STATUS.CANCELLED else "",
                    venue="Fictional County Hall",
                    municipal_year=meeting_rules.municipal_year(day).label,
                    agenda_published_at=(
                        None if status == STATUS.SCHEDULED else start - timedelta(days=8)
                    ),
                    minutes_published_at=(
                        start + timedelta(days=7)
                        if status in (STATUS.MINUTES_DRAFT, STATUS.MINUTES_APPROVED)
                        else None
                    ),
                    minutes_approved_at=(
                        day + timedelta(days=40) if status == STATUS.MINUTES_APPROVED else None
                    ),
                    source=MARKER,
                )
            )
        meetings = Meeting.objects.bulk_create(meetings)
        report.created["meetings"] += len(meetings)

        items, minute_numbers = [], Counter()
        for meeting in meetings:
            if meeting.status in (STATUS.SCHEDULED, STATUS.CANCELLED):
                continue
            count = rng.randint(8, 8 + items_top)  # 8 to 24 items
            minuted = meeting.status != STATUS.SCHEDULED
            for order in range(1, count + 1):
                exempt = order == count and rng.random() < 0.15
                topic = TOPICS[rng.randrange(len(TOPICS))]
                number = None
                if minuted:
                    minute_numbers[meeting.municipal_year] += 1
                    number = minute_numbers[meeting.municipal_year]
                items.append(
                    AgendaItem(
                        meeting=meeting,
                        body=body,
                        order=order,
                        agenda_number=str(order),
                        minute_number=number,
                        municipal_year=meeting.municipal_year,
                        title=topic if order > 2 else ["Apologies", "Declarations"][order - 1],
                        purpose=f"<p>{_sentence(rng, 30)}</p>",
                        exempt=exempt,
                        exempt_paragraph=3 if exempt else None,
                        exempt_reason="Commercial terms (fictional)." if exempt else "",
                        minutes=f"<p>{_paragraphs(rng, 2, 35)}</p>" if minuted else "",
                    )
                )
        items = AgendaItem.objects.bulk_create(items, batch_size=2000)
        report.created["agenda items"] += len(items)

        documents, resolutions = [], []
        for item in items:
            if item.order <= 2:
                continue
            report_pdf = pdfs[rng.choice(["medium", "medium", "long", "short"])]
            documents.append(
                Document(
                    meeting=item.meeting,
                    item=item,
                    kind=Document.Kind.REPORT,
                    title=f"{item.title}: report",
                    text=f"Report reference fx{item.pk}. " + _paragraphs(rng, 6, 60),
                    source=MARKER,
                    **_file_fields(report_pdf),
                )
            )
            if rng.random() < 0.4:
                exempt = not item.exempt and rng.random() < 0.1  # a public item's exempt annex
                documents.append(
                    Document(
                        meeting=item.meeting,
                        item=item,
                        kind=Document.Kind.APPENDIX,
                        title=f"{item.title}: appendix",
                        letter="A",
                        order=1,
                        text=_paragraphs(rng, 3, 60),
                        exempt=exempt,
                        exempt_paragraph=3 if exempt else None,
                        source=MARKER,
                        **_file_fields(pdfs[rng.choice(["short", "medium"])]),
                    )
                )
            resolutions.append(
                Resolution(
                    item=item,
                    kind=Resolution.Kind.RESOLVED,
                    text=f"That the {item.title.lower()} be approved.",
                )
            )
        Document.objects.bulk_create(documents, batch_size=2000)
        resolutions = Resolution.objects.bulk_create(resolutions, batch_size=2000)
        report.created["documents"] += len(documents)
        report.created["resolutions"] += len(resolutions)

        attendance = []
        term_of = {}
        for meeting in meetings:
            if meeting.status in (STATUS.SCHEDULED, STATUS.CANCELLED):
                continue
            term = min((meeting.date.year - start_year - (meeting.date.month < 5)) // 4, 99)
            people = people_by_term[min(max(term, 0), len(people_by_term) - 1)]
            term_of[meeting.pk] = people
            for order, person in enumerate(people):
                attendance.append(
                    Attendance(
                        meeting=meeting,
                        person=person,
                        order=order,
                        status=(
                            Attendance.Status.APOLOGIES
                            if rng.random() < 0.1
                            else Attendance.Status.PRESENT
                        ),
                    )
                )
        Attendance.objects.bulk_create(attendance, batch_size=2000)
        report.created["attendance"] += len(attendance)

        votes, person_votes = [], []
        voted = [r for r in resolutions if rng.random() < 0.2]
        for resolution in voted:
            people = term_of[resolution.item.meeting.pk]
            choices = [rng.random() < 0.7 for _ in people]
            votes.append(
                Vote(
                    resolution=resolution,
                    votes_for=sum(choices),
                    votes_against=len(choices) - sum(choices),
                    recorded=True,
                    outcome=(
                        Vote.Outcome.CARRIED
                        if sum(choices) * 2 > len(choices)
                        else Vote.Outcome.LOST
                    ),
                )
            )
        votes = Vote.objects.bulk_create(votes, batch_size=2000)
        for vote in votes:
            people = term_of[vote.resolution.item.meeting.pk]
            for person, n in zip(people, range(vote.votes_for + vote.votes_against), strict=False):
                choice = PersonVote.Choice.FOR if n < vote.votes_for else PersonVote.Choice.AGAINST
                person_votes.append(PersonVote(vote=vote, person=person, choice=choice))
        PersonVote.objects.bulk_create(person_votes, batch_size=2000)
        report.created["votes"] += len(votes)
        report.created["recorded votes"] += len(person_votes)

        held = [item for item in items if item.order > 2 and item.meeting.pk in term_of]
        report.created["declarations"] += len(
            Declaration.objects.bulk_create(_declarations(rng, held, term_of), batch_size=2000)
        )
        report.created["actions"] += len(
            Action.objects.bulk_create(_actions(rng, held, term_of, today), batch_size=2000)
        )
        report.created["public questions"] += len(
            PublicQuestion.objects.bulk_create(_questions(rng, meetings, b), batch_size=2000)
        )
        report.created["forward plan entries"] += len(
            ForwardPlanEntry.objects.bulk_create(
                _forward_plan(rng, body, meetings, items, classification), batch_size=2000
            )
        )

    first = Body.objects.filter(slug__startswith=tag).order_by("pk").first()
    log_action(
        "moot.fixture.generated",
        first,
        user="moot generate-fixture",
        data={"years": years, "bodies": bodies, "seed": seed, "created": dict(report.created)},
    )


def _declarations(rng: random.Random, items: list, term_of: dict) -> list:
    """About one item in twelve has a member declaring an interest (some on exempt items:
    those stay out of public pages with the rest of the item)."""
    from moot.meetings.models import Declaration

    kinds, actions = list(Declaration.Kind), list(Declaration.Action)
    return [
        Declaration(
            item=item,
            person=rng.choice(term_of[item.meeting.pk]),
            kind=rng.choice(kinds),
            nature=f"Fictional interest: {_sentence(rng, 8)}",
            action=rng.choice(actions),
            sensitive=rng.random() < 0.05,
        )
        for item in items
        if rng.random() < 0.08
    ]


def _actions(rng: random.Random, items: list, term_of: dict, today: date) -> list:
    """About one item in six leaves an action for a member, due one to three months on;
    done once due (most of them), open before."""
    from moot.meetings.models import Action

    actions = []
    for item in items:
        if rng.random() >= 0.16:
            continue
        due = item.meeting.date + timedelta(days=rng.randint(30, 90))
        done = due < today and rng.random() < 0.9
        actions.append(
            Action(
                item=item,
                description=f"To report back on the {item.title.lower()}: {_sentence(rng, 10)}",
                owner=rng.choice(term_of[item.meeting.pk]),
                due_date=due,
                status=Action.Status.DONE if done else Action.Status.OPEN,
                update=_sentence(rng, 12) if done else "",
            )
        )
    return actions


def _questions(rng: random.Random, meetings: list, body_number: int) -> list:
    """Questions from the public at about one meeting in four (one to three each):
    answered at held meetings, accepted at those to come; none at a cancelled one."""
    from moot.meetings.models import Meeting, PublicQuestion

    questions = []
    for meeting in meetings:
        if meeting.status == Meeting.Status.CANCELLED or rng.random() >= 0.25:
            continue
        held = meeting.status != Meeting.Status.SCHEDULED
        for n in range(rng.randint(1, 3)):
            text = f"Will the {rng.choice(TOPICS).lower()} say {_sentence(rng, 12).lower()}"
            name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} (fictional resident)"
            questions.append(
                PublicQuestion(
                    meeting=meeting,
                    name=name,
                    email=f"resident-{body_number + 1}-{meeting.pk}-{n}@example.invalid",
                    question=text,
                    submitted_at=meeting.start - timedelta(days=5, hours=n),
                    status=(
                        PublicQuestion.Status.ANSWERED if held else PublicQuestion.Status.ACCEPTED
                    ),
                    answer=f"Answer: {_paragraphs(rng, 1, 30)}" if held else "",
                    fingerprint=hashlib.sha256(f"{meeting.pk} {n} {text}".encode()).hexdigest(),
                )
            )
    return questions


def _forward_plan(
    rng: random.Random, body, meetings: list, items: list, classification: str
) -> list:
    """The body's forward plan: two or three entries for each meeting still to come
    (planned), and for each held meeting one entry met by one of its items (considered).
    Key decisions are a cabinet's."""
    from moot.meetings.models import ForwardPlanEntry, Meeting

    first_item = {}
    for item in items:
        if item.order == 3:
            first_item[item.meeting.pk] = item
    entries = []
    for meeting in meetings:
        if meeting.status == Meeting.Status.CANCELLED:
            continue
        item = first_item.get(meeting.pk)
        planned = item is None
        for _ in range(rng.randint(2, 3) if planned else 1):
            entries.append(
                ForwardPlanEntry(
                    body=body,
                    subject=item.title if item else rng.choice(TOPICS),
                    intended_meeting=meeting,
                    intended_date=meeting.date,
                    status=(
                        ForwardPlanEntry.Status.PLANNED if planned else ForwardPlanEntry.Status.DONE
                    ),
                    item=item,
                    key_decision=classification == "cabinet" and rng.random() < 0.5,
                    notes=_sentence(rng, 12),
                )
            )
    return entries


def _renew_index_and_cache(report: Report) -> None:
    """The search index through its own service, once per new meeting; then every cached
    page is renewed (bulk writes send no signals)."""
    from moot.meetings.models import Meeting
    from moot.portal.cache import content_changed
    from moot.search import services as search
    from moot.search.models import SearchEntry

    indexed = SearchEntry.objects.values("meeting_id")
    meetings = Meeting.objects.select_related("body").filter(source=MARKER).exclude(pk__in=indexed)
    with transaction.atomic():
        report.indexed = search.reindex_all(meetings.iterator(chunk_size=500))
        content_changed()
