"""Factories for the tests: factory_boy factories for records, and builders of the plain
values, PDFs and meetings that several test packages share. Each test builds the few
records its case needs (pretix's habit; STYLE.md "Tests build small records")."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path

import factory
from factory.django import DjangoModelFactory
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from moot.documents.minutes_doc import MinuteEntry, MinutesDocument
from moot.documents.models import Document
from moot.documents.pack import FrontSheet, MemberSection
from moot.documents.services import document_upload
from moot.governance.models import Person
from moot.meetings import services as meeting_services
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

LONDON = meeting_services.LONDON


def aware(day: date, at: time = time(12, 0)) -> datetime:
    """A London time on ``day``."""
    return datetime.combine(day, at, tzinfo=LONDON)


# --- records (factory_boy) --------------------------------------------------------------------


class MeetingFactory(DjangoModelFactory):
    """A meeting written straight to the table (no life-cycle checks): for tests of pages
    and queries that need a meeting in a given state, not of the services."""

    class Meta:
        model = Meeting

    date = date(2023, 6, 1)
    start = factory.LazyAttribute(lambda m: aware(m.date, time(9, 30)))
    status = Meeting.Status.SCHEDULED
    municipal_year = factory.LazyAttribute(lambda m: f"{m.date.year}/{(m.date.year + 1) % 100:02d}")


class AgendaItemFactory(DjangoModelFactory):
    class Meta:
        model = AgendaItem

    body = factory.SelfAttribute("meeting.body")
    order = factory.Sequence(lambda n: (n + 1) * 10)
    agenda_number = factory.Sequence(lambda n: str(n + 1))
    title = factory.LazyAttribute(lambda i: f"Business {i.agenda_number}")
    purpose = factory.LazyAttribute(lambda i: f"<p>Purpose {i.agenda_number}</p>")
    minutes = factory.LazyAttribute(lambda i: f"<p>Minutes {i.agenda_number}</p>")


class AttendanceFactory(DjangoModelFactory):
    class Meta:
        model = Attendance

    status = Attendance.Status.PRESENT
    order = factory.Sequence(int)


class PresenterFactory(DjangoModelFactory):
    class Meta:
        model = Presenter

    role = "Lead"


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document

    meeting = factory.SelfAttribute("item.meeting")
    title = factory.LazyAttribute(lambda d: f"Report {d.item.agenda_number}.{d.letter}")
    letter = "A"
    kind = Document.Kind.APPENDIX
    file_type = "pdf"
    size_bytes = 100_000
    text = "Some text."


class ResolutionFactory(DjangoModelFactory):
    class Meta:
        model = Resolution

    text = factory.LazyAttribute(lambda r: f"Decision {r.item.agenda_number}")


class VoteFactory(DjangoModelFactory):
    class Meta:
        model = Vote

    votes_for = 2
    outcome = "carried"
    recorded = True


class PersonVoteFactory(DjangoModelFactory):
    class Meta:
        model = PersonVote

    choice = "for"


class DeclarationFactory(DjangoModelFactory):
    class Meta:
        model = Declaration

    kind = "non_registrable"
    nature = "GP"
    action = "stayed"


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    description = factory.LazyAttribute(lambda a: f"Follow up {a.item.agenda_number}")


def _bulk(factory_class, rows: list[dict]) -> list:
    """Build with the factory, save in one query (a big meeting in a few queries)."""
    model = factory_class._meta.model
    return model.objects.bulk_create(factory_class.build(**row) for row in rows)


def big_meeting(body, day: date, items: int, documents_per_item: int) -> Meeting:
    """A held meeting with published minutes: every item with a presenter, documents, a
    resolution with a named vote, a declaration and an action; every tenth item exempt."""
    people = list(Person.objects.order_by("pk")[:12])
    meeting = MeetingFactory(
        body=body,
        date=day,
        status=Meeting.Status.MINUTES_DRAFT,
        quorate=True,
        quorum_present=8,
        quorum_required=6,
        quorum_explanation="Quorate.",
    )
    _bulk(
        AttendanceFactory,
        [{"meeting": meeting, "person": p, "order": n} for n, p in enumerate(people)],
    )
    rows = _bulk(
        AgendaItemFactory,
        [
            {
                "meeting": meeting,
                "order": (n + 1) * 10,
                "agenda_number": str(n + 1),
                "exempt": (n + 1) % 10 == 0,
                "exempt_paragraph": 3 if (n + 1) % 10 == 0 else None,
            }
            for n in range(items)
        ],
    )
    _bulk(PresenterFactory, [{"item": i, "person": people[0]} for i in rows])
    _bulk(
        DocumentFactory,
        [
            {"item": i, "letter": chr(65 + d), "title": f"Report {i.agenda_number}.{d}"}
            for i in rows
            for d in range(documents_per_item)
        ],
    )
    resolutions = _bulk(ResolutionFactory, [{"item": i} for i in rows])
    votes = _bulk(VoteFactory, [{"resolution": r} for r in resolutions])
    _bulk(PersonVoteFactory, [{"vote": v, "person": p} for v in votes for p in people[:2]])
    _bulk(DeclarationFactory, [{"item": i, "person": people[1]} for i in rows])
    _bulk(ActionFactory, [{"item": i, "owner": people[2]} for i in rows])
    return meeting


# --- meetings built through the services, as a clerk would ----------------------------------

LEICESTER_PAGES = {"A": 6, "B": 12, "C": 26, "D": 18, "E": 16}
LEICESTER_RANGES = [
    "Pages 1 - 6",
    "Pages 7 - 18",
    "Pages 19 - 44",
    "Pages 45 - 62",
    "Pages 63 - 78",
]
# Seed 000's agenda: the items that carry appendices A-E, between standing items.
LEICESTER_AGENDA = [
    ("Apologies for Absence", None),
    ("Declarations of Interest", None),
    ("Terms of Reference", ("A", "Terms of Reference")),
    ("Minutes of the Previous Meeting", ("B", "Minutes of the Previous Meeting")),
    ("Spotlight on Good Practice and Innovation", ("C", "Spotlight on Good Practice")),
    (
        "Integrated Care System - Principles, Priorities and Purpose",
        ("D", "Integrated Care System presentation"),
    ),
    ("Place Led Plans", ("E", "Place Led Plans")),
    ("Questions from Members of the Public", None),
]


def build_meeting(
    body,
    pdfs: dict[str, Path],
    *,
    day: date = date(2024, 7, 4),
    agenda=LEICESTER_AGENDA,
    exempt: dict[str, int] | None = None,
    publish: bool = True,
) -> Meeting:
    """A meeting built through the services: items in agenda order, each appendix uploaded
    as a PDF; ``exempt`` maps letters to the Schedule 12A paragraph of their document."""
    exempt = exempt or {}
    meeting = meeting_services.meeting_create(
        body=body,
        day=day,
        at=time(9, 30),
        venue="Meeting Room G.01, City Hall",
        recording_past=True,
        standing_items=False,
    )
    for title, appendix in agenda:
        item = meeting_services.item_add(
            meeting=meeting,
            title=title,
            purpose=f"<p>To consider <em>{title}</em>.</p>",
            at_end=True,
        )
        if appendix is None:
            continue
        letter, document_title = appendix
        document_upload(
            meeting=meeting,
            item=item,
            uploaded_file=pdfs[letter],
            title=document_title,
            kind=Document.Kind.APPENDIX,
            letter=letter,
            exempt_paragraph=exempt.get(letter),
        )
    if publish:
        meeting_services.agenda_publish(
            meeting=meeting,
            now=datetime.combine(
                day - timedelta(days=14), time(12), tzinfo=meeting_services.LONDON
            ),
        )
    meeting.refresh_from_db()
    return meeting


# --- documents: PDFs and the engines' plain values ----------------------------------------------


def make_appendices(
    directory: Path, pages: Mapping[str, int], *, marker: str = "", landscape: bool = False
) -> dict[str, Path]:
    """One PDF per letter, page i reading "Appendix X sheet i MARKER".

    All pages come from a single WeasyPrint run, split with pypdf (much faster than one
    render per file).
    """
    size = "A4 landscape" if landscape else "A4"
    blocks = []
    for letter, count in pages.items():
        for sheet in range(1, count + 1):
            blocks.append(
                f"<div style='break-after: page'>Appendix {letter} sheet {sheet} {marker}</div>"
            )
    html = f"<style>@page {{ size: {size}; margin: 20mm }}</style>{''.join(blocks)}"
    reader = PdfReader(io.BytesIO(HTML(string=html).write_pdf()))
    paths: dict[str, Path] = {}
    index = 0
    for letter, count in pages.items():
        writer = PdfWriter()
        for _ in range(count):
            writer.add_page(reader.pages[index])
            index += 1
        path = directory / f"appendix_{letter.lower()}.pdf"
        with path.open("wb") as handle:
            writer.write(handle)
        paths[letter] = path
    return paths


def leicester_front(**overrides) -> FrontSheet:
    values = {
        "authority_name": "Leicester City Council",
        "authority_address": "City Hall, 115 Charles Street, Leicester, LE1 1FZ",
        "body_name": "Health and Wellbeing Board",
        "date": date(2021, 7, 29),
        "start_time": time(9, 30),
        "venue": "Meeting Room G.01, Ground Floor, City Hall, 115 Charles Street, Leicester",
        "summons_line": (
            "Members of the Board are summoned to attend the above meeting to consider the "
            "items of business listed overleaf."
        ),
        "webcast_url": "http://www.leicester.public-i.tv",
        "webcast_archive_url": "http://www.leicester.public-i.tv/core/portal/webcasts",
        "sections": [
            MemberSection(
                "Councillors",
                [
                    ("Councillor Vi Dempster", "Assistant City Mayor, Health (Chair)"),
                    ("Councillor Sarah Russell", "Deputy City Mayor, Social Care"),
                ],
                0,
            ),
            ("City Council Officers", [("Ivan Browne", "Director Public Health")], 1),
        ],
        "standing_invitees": [("Cathy Ellis", "Chair of Leicestershire Partnership NHS Trust")],
        "public_information": (
            "You have the right to attend formal meetings.\n\nDates of meetings are on the "
            "Council's website."
        ),
        "accessibility": "Public meeting rooms at City Hall are accessible to wheelchair users.",
        "filming": "The Council supports efforts to record and share reports of proceedings.",
        "evacuation": "If the emergency alarm sounds, you must evacuate the building immediately.",
        "contact_name": "Graham Carey, Democratic Support",
        "contact_phone": "(0116) 454 6356",
        "contact_email": "graham.carey@leicester.gov.uk",
    }
    values.update(overrides)
    return FrontSheet(**values)


def march_minutes(**overrides) -> MinutesDocument:
    values = {
        "authority_name": "Leicester City Council",
        "body_name": "Health and Wellbeing Board",
        "held_line": "THURSDAY, 25 MARCH 2021 at 10:00 am",
        "draft": True,
        "present": [
            ("Councillor Dempster", "Assistant City Mayor, Health, Leicester City Council (Chair)"),
            ("Ivan Browne", "Director of Public Health, Leicester City Council"),
        ],
        "standing_invitees": [("Cathy Ellis", "Chair of Leicestershire Partnership NHS Trust")],
        "in_attendance": [("Graham Carey", "Democratic Services, Leicester City Council")],
        "apologies": [("Andrew Fry", "College Director of Research, Leicester University")],
        "minutes": [
            MinuteEntry(17, "Welcome", "<p>The Chair welcomed Dr Katherine Packham.</p>"),
            MinuteEntry(
                20,
                "Minutes of the previous meeting",
                resolutions=[
                    "The Minutes of the previous meeting of the Board held on 19 November 2020 "
                    "be confirmed as a correct record."
                ],
            ),
            MinuteEntry(
                21,
                "Leicester, Leicestershire and Rutland Health Inequalities Framework",
                "<p>Sarah Prema presented a report.</p><ul><li>Provide a system mandate.</li></ul>",
                resolutions=[
                    "Officers were thanked for the work in producing the Framework.",
                    "There should be a development session to discuss the Framework.",
                ],
            ),
            MinuteEntry(
                25,
                "Acquisition of property",
                "<p>EXEMPT-DISCUSSION of the price.</p>",
                resolutions=["EXEMPT-RESOLUTION to buy."],
                exempt=True,
                exempt_paragraph=3,
            ),
            MinuteEntry(
                26, "Close of meeting", "<p>The Chair declared the meeting closed at 12.05pm.</p>"
            ),
        ],
    }
    values.update(overrides)
    return MinutesDocument(**values)
