"""Reading the source: a file's bytes to text (PDF, HTML or text) and the parser that fits.

``read_source`` refuses what cannot be read with ``ImportFailed`` (one line naming the file);
``parse_source`` picks the parser and turns its ``ParseError`` into ``ImportFailed``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from moot.ingest.drafts import (
    ParseError,
    ParseResult,
    SourceKind,
)
from moot.ingest.parse import (
    detect_kind,
    keep_people_only,
    mark_kind_only,
    parse_agenda_notice,
    parse_moderngov_page,
    parse_moderngov_xml,
    parse_pack_or_minutes,
    parse_printed_minutes,
    refuse_title_lists,
    without_site_chrome,
)
from moot.ingest.pdftext import extract_pdf_text
from moot.ingest.recorded import read_recorded

KINDS: tuple[SourceKind, ...] = (
    "agenda-pack",
    "moderngov-page",
    "moderngov-xml",
    "printed-minutes",
    "agenda-notice",
)
KIND_LABELS = {
    "agenda-pack": "an agenda pack",
    "moderngov-page": "an Agenda and minutes page",
    "moderngov-xml": "a ModernGov web-service response",
    "printed-minutes": "printed minutes",
    "agenda-notice": "an agenda notice",
}
PARSERS = {
    "agenda-pack": parse_pack_or_minutes,
    "moderngov-page": parse_moderngov_page,
    "moderngov-xml": parse_moderngov_xml,
    "printed-minutes": parse_printed_minutes,
    "agenda-notice": parse_agenda_notice,
}
TEXT_SUFFIXES = {".txt", ".html", ".htm", ".xml", ".md"}
# A meeting document is far smaller; a larger file is refused before it is read.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Archives and compressed files are refused unopened (no zip bomb can go off).
_ARCHIVE_MAGIC = {
    b"PK\x03\x04": "a zip archive (or Word/OpenDocument file)",
    b"PK\x05\x06": "a zip archive",
    b"\x1f\x8b": "a gzip-compressed file",
    b"BZh": "a bzip2-compressed file",
    b"\xfd7zXZ\x00": "an xz-compressed file",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
}
IMPORTABLE_SUFFIXES = {".pdf"} | TEXT_SUFFIXES


class ImportFailed(Exception):
    """The file cannot be imported; the message is one line naming the file and the rule."""

    def __init__(self, message: str, *, uncertain_body: dict | None = None):
        super().__init__(" ".join(str(message).split()))
        # {"name": printed, "candidates": [...]} when the file's body could be several.
        self.uncertain_body = uncertain_body


# --- reading the source -----------------------------------------------------------------


@dataclass
class Source:
    """One file's text and identity."""

    name: str
    text: str
    checksum: str
    pages: int | None = None


def read_source(path: str | Path) -> Source:
    """The file's text: a PDF's pages joined with form feeds, or the text of an HTML or text
    file. Raises ``ImportFailed`` for a missing, unreadable or scanned file."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    if not path.is_file():
        raise ImportFailed(f"{path}: not a file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                f"{name}: {size // (1024 * 1024)} MB is larger than the "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB a meeting document can be; not read"
            )
        with path.open("rb") as handle:
            head = handle.read(8)
        for magic, what in _ARCHIVE_MAGIC.items():
            if head.startswith(magic):
                raise ImportFailed(
                    f"{name}: {what}, which Moot does not open: unpack it and import the "
                    "PDF, HTML or text files inside"
                )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    checksum = hashlib.sha256(data).hexdigest()
    if data[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        try:
            pages = extract_pdf_text(path)
        except ParseError as exc:
            raise ImportFailed(f"{name}: {exc}") from exc
        if not pages:
            raise ImportFailed(f"{name}: the PDF has no pages")
        return Source(name, "\f".join(pages), checksum, len(pages))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(f"{name}: not a text file: expected a PDF, an .html page or a .txt file")
    text = _decode(data)
    return Source(name, text, checksum)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    # Saved web pages are often Windows-1252; undecodable bytes become U+FFFD.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def parse_source(source: Source, kind: SourceKind | None = None) -> ParseResult:
    """Parse the source as ``kind`` (or whichever kind it is); ``ImportFailed`` otherwise."""
    text = without_site_chrome(source.text)
    found = detect_kind(source.text)
    if found is None:
        raise ImportFailed(
            f"{source.name}: not a document Moot can import: expected an agenda pack, printed "
            "minutes, an agenda notice, a ModernGov meeting page or a ModernGov web-service response"
        )
    if kind is not None and found != kind:
        raise ImportFailed(
            f"{source.name} is {KIND_LABELS[found]}, not {KIND_LABELS[kind]}: import it with "
            f"`moot import {found}`"
        )
    parser = PARSERS[found]
    try:
        parsed = parser(text)
    except ParseError as exc:
        raise ImportFailed(f"{source.name}: {exc}") from exc
    try:
        refuse_title_lists(parsed, text)
    except ParseError as exc:
        raise ImportFailed(f"{source.name}: {exc}") from exc
    for meeting in parsed.meetings:
        read_recorded(meeting)
    return mark_kind_only(keep_people_only(parsed))
