"""Stamp every page of a PDF with one line of text (pypdf): the member's name on an exempt
paper. The line is drawn in the standard Helvetica font across the foot of each page (and
again, larger and pale, across the middle), so it survives printing and shows in the
text a PDF reader extracts."""

from __future__ import annotations

import io
from typing import BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)


def _pdf_string(text: str) -> str:
    plain = text.encode("latin-1", "replace").decode("latin-1")
    return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stamp(width: float, height: float, line: str) -> PageObject:
    page = PageObject.create_blank_page(width=width, height=height)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/MootWm"): font})}
    )
    text = _pdf_string(line)
    size = 8 if width < 700 else 10
    content = (
        f"q 0.6 0 0 rg BT /MootWm {size} Tf 28 14 Td ({text}) Tj ET Q "
        f"q 0.85 0.85 0.85 rg BT /MootWm {size} Tf 1 0 0 1 28 {height - 18:.1f} Tm "
        f"({text}) Tj ET Q"
    )
    stream = DecodedStreamObject()
    stream.set_data(content.encode("latin-1"))
    page[NameObject("/Contents")] = stream
    return page


def watermark(source: BinaryIO | bytes, line: str) -> bytes:
    """The PDF with ``line`` printed at the foot and head of every page."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    writer = PdfWriter(clone_from=reader)  # keeps the pack's bookmarks
    for page in writer.pages:
        box = page.mediabox
        page.merge_page(_stamp(float(box.width), float(box.height), line))
    writer.add_metadata({"/Subject": line})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def reader_name(user) -> str:
    """The name printed on an exempt paper: the person's name in the record, else the
    account's full name, else its user name."""
    person = getattr(user, "person", None)
    if person is not None and getattr(person, "display_name", ""):
        return person.display_name
    return user.get_full_name() or user.get_username()


def stamped_response(user, data: bytes, filename: str, *, inline: bool = False):
    """An exempt PDF sent to ``user``: every page stamped with their name and the moment,
    never cached."""
    from django.http import HttpResponse
    from django.utils import timezone

    from moot.members.rules import watermark_line

    line = watermark_line(reader_name(user), timezone.localtime())
    response = HttpResponse(watermark(data, line), content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
