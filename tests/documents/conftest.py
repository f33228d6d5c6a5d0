"""Fixtures for the documents tests that use the database: private data folders, PDFs of
known page counts, and meetings built through the services as a clerk would."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from moot.documents.models import Document
from moot.documents.services import document_upload
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting
from tests.documents.factories import make_appendices

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


@pytest.fixture
def store(settings, tmp_path) -> Path:
    """A private data folder (uploaded files, packs, caches) for a test that builds its own
    meeting: nothing it stores or corrupts is seen by another test."""
    data = tmp_path / "data"
    data.mkdir()
    settings.DATA_DIR = data
    settings.MEDIA_ROOT = data / "media"
    return data


@pytest.fixture(scope="session")
def example_builds_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("example-builds")


@pytest.fixture
def example_builds(settings, example_builds_dir) -> Path:
    """Builds of the example go to a folder shared by the session: the example is the same
    in every test, so a pack built once is a cache hit afterwards. The example's uploaded
    files stay where the example keeps them."""
    settings.DATA_DIR = example_builds_dir
    return example_builds_dir


@pytest.fixture(scope="session")
def leicester_pdfs(tmp_path_factory) -> dict[str, Path]:
    """Five appendix PDFs of seed 000's page counts (6, 12, 26, 18 and 16 pages)."""
    return make_appendices(tmp_path_factory.mktemp("leicester-pdfs"), LEICESTER_PAGES)


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


def files_under(folder: Path) -> list[Path]:
    """Every file below ``folder``, hidden ones (temporary files) included."""
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
