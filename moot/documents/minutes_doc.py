"""The minutes of a meeting as a PDF, laid out like Leicester's published minutes.

"Minutes of the Meeting of the BODY", "Held: ...", the attendance blocks (Present,
Standing Invitees, In Attendance, Apologies), then each numbered minute with its text and
"RESOLVED:" block. Until the minutes are approved (``draft=True``) every page carries a
DRAFT header and watermark and the first page a DRAFT heading.

An exempt minute (Local Government Act 1972, Schedule 12A) shows only its number, title and
the paragraph line in the published document; ``include_exempt=True`` gives the full
members' version, still marked as exempt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from moot.documents import rules
from moot.documents.pack import PDF_VARIANT, html_document, render_template
from moot.documents.pdf import atomic_write


@dataclass(frozen=True)
class MinuteEntry:
    number: int | str
    title: str
    text_html: str = ""  # already sanitised HTML (the caller runs nh3); inserted as is
    resolutions: Sequence[str] = ()
    exempt: bool = False
    exempt_paragraph: int | None = None


@dataclass(frozen=True, kw_only=True)
class MinutesDocument:
    authority_name: str
    body_name: str
    held_line: str  # e.g. "THURSDAY, 25 MARCH 2021 at 10:00 am"
    draft: bool = True
    present: Sequence[tuple[str, str]] = ()
    standing_invitees: Sequence[tuple[str, str]] = ()
    in_attendance: Sequence[tuple[str, str]] = ()
    apologies: Sequence[tuple[str, str]] = ()
    minutes: Sequence[MinuteEntry] = field(default_factory=tuple)


def minutes_title(doc: MinutesDocument) -> str:
    prefix = "Draft minutes" if doc.draft else "Minutes"
    return f"{prefix} of the meeting of the {doc.body_name}, {doc.held_line}"


def minutes_context(
    doc: MinutesDocument, *, include_exempt: bool = False, lang: str = "en-GB"
) -> dict:
    """The template context for ``documents/minutes.html`` (the portal can reuse it)."""
    attendance = [
        {"heading": heading, "people": [(name, role) for name, role in people]}
        for heading, people in (
            ("Present:", doc.present),
            ("Standing Invitees", doc.standing_invitees),
            ("In Attendance", doc.in_attendance),
            ("Apologies", doc.apologies),
        )
        if people
    ]
    minutes = []
    for entry in doc.minutes:
        if entry.exempt and entry.exempt_paragraph is None:
            raise ValueError(
                f"minute {entry.number} is exempt but no paragraph of Schedule 12A is given"
            )
        minutes.append(
            {
                "number": str(entry.number),
                "title": entry.title,
                "text_html": entry.text_html,
                "resolutions": list(entry.resolutions),
                "exempt_text": rules.exempt_line(entry.exempt_paragraph) if entry.exempt else "",
                "withheld": entry.exempt and not include_exempt,
            }
        )
    return {
        "title": minutes_title(doc),
        "author": doc.authority_name,
        "lang": lang,
        "authority_name": doc.authority_name,
        "body_name": doc.body_name,
        "held_line": doc.held_line,
        "draft": doc.draft,
        "attendance": attendance,
        "minutes": minutes,
    }


def build_minutes_pdf(
    doc: MinutesDocument,
    out_path: Path | str,
    *,
    include_exempt: bool = False,
    lang: str = "en-GB",
) -> int:
    """Render the minutes (tagged PDF/UA-1) atomically to ``out_path``; return the page count."""
    html = render_template(
        "documents/minutes.html", minutes_context(doc, include_exempt=include_exempt, lang=lang)
    )
    document = html_document(html).render()
    with atomic_write(out_path) as handle:
        document.write_pdf(handle, pdf_variant=PDF_VARIANT)
    return len(document.pages)
