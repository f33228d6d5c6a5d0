"""Helpers for the import tests that are not fixtures: the example's meeting names, row
counts (the test that an import wrote nothing) and finding a meeting in a report."""

from __future__ import annotations

from django.apps import apps

from bench.fidelity import FIDELITY
from moot.ingest.names import fold, normalise_name

BODY = "health-and-wellbeing-board"
MARCH = f"{BODY}/2021-03-25"
JULY = f"{BODY}/2021-07-29"

# The item titles of seed 001 (the "Agenda and minutes" page of 25 March 2021), as printed:
# the answer the page's readers are checked against.
SEED_PAGE_TITLES = [
    "WELCOME",
    "APOLOGIES FOR ABSENCE",
    "DECLARATIONS OF INTEREST",
    "MINUTES OF THE PREVIOUS MEETING",
    "LEICESTER, LEICESTERSHIRE AND RUTLAND HEALTH INEQUALITIES FRAMEWORK",
    "ENGAGEMENT WORK",
    "MENTAL HEALTH SERVICES",
    "DATES OF FUTURE MEETINGS",
    "ANY OTHER URGENT BUSINESS",
    "CLOSE OF MEETING",
]


def row_counts() -> dict[str, int]:
    """Rows of every model: the test that an import wrote nothing (or nothing new)."""
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models(include_auto_created=True)
    }


def meeting_report(report: dict, identifier: str) -> dict:
    return next(m for m in report["meetings"] if m["meeting"] == identifier)


def fidelity_text(name: str) -> str:
    """A document of the fidelity corpus (tests/fidelity/documents), as text."""
    return (FIDELITY / "documents" / name).read_text(encoding="utf-8")


def fidelity_meeting(name: str):
    """The one meeting a corpus document is read as (``parse_document``)."""
    from moot.ingest.parse import parse_document

    (meeting,) = parse_document(fidelity_text(name)).meetings
    return meeting


def families(entries) -> list[str]:
    """The family names of an attendance list, folded: what the minutes tests compare."""
    return [fold(normalise_name(p.name).family) for p in entries]
