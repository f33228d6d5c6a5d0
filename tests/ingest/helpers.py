"""Helpers for the import tests that are not fixtures: the example's meeting names, row
counts (the test that an import wrote nothing) and finding a meeting in a report."""

from __future__ import annotations

from django.apps import apps

BODY = "health-and-wellbeing-board"
MARCH = f"{BODY}/2021-03-25"
JULY = f"{BODY}/2021-07-29"


def row_counts() -> dict[str, int]:
    """Rows of every model: the test that an import wrote nothing (or nothing new)."""
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models(include_auto_created=True)
    }


def meeting_report(report: dict, identifier: str) -> dict:
    return next(m for m in report["meetings"] if m["meeting"] == identifier)
