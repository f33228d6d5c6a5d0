"""Text out of a PDF, one string per page, with pypdfium2.

``extract_pdf_text(path)`` raises ``ParseError`` when the file is not a readable PDF, and
``ParseError("no text layer: run OCR first")`` when it has pages but none carries text (a
scan). Pages are returned in order; a page without text is "" (a blank page inside a
text PDF is normal). Join them with "\\f" to hand a whole pack to ``parse_agenda_pack``.
"""

from __future__ import annotations

from os import PathLike

import pypdfium2 as pdfium

from moot.ingest.drafts import ParseError


def extract_pdf_text(path: str | PathLike[str]) -> list[str]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        raise ParseError(f"not a readable PDF: {path} ({exc})") from exc
    pages: list[str] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_bounded()
                finally:
                    textpage.close()
            finally:
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            pages.append(text)
    except pdfium.PdfiumError as exc:
        raise ParseError(f"could not read the text of {path}: {exc}") from exc
    finally:
        pdf.close()
    if pages and not any(p.strip() for p in pages):
        raise ParseError("no text layer: run OCR first")
    return pages
