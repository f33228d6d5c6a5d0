"""Plain-data builders and PDF helpers for the document tests (no database)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import date, time
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from moot.documents.pack import FrontSheet, MemberSection


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


def page_texts(path: Path) -> list[str]:
    """Each page's text (PDFium), whitespace collapsed to single spaces."""
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_bounded().split()))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def stamp_lines(text: str) -> list[str]:
    return re.findall(r"(?<![\w(])Page \d+(?![\d)])", text)


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
