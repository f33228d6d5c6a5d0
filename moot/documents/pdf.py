"""Checking uploaded PDFs, reading their text, and writing files atomically.

An appendix must be a real, unencrypted, readable PDF before it goes into a pack: the pack's
page numbers are computed from its real page count, so a file that two independent parsers
(pypdf and PDFium) do not agree on is refused rather than guessed at.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
from pypdf import PdfReader

PDF_MAGIC = b"%PDF-"
# The PDF header may follow a little leading junk (ISO 32000-1 implementation note 13:
# readers accept it within the first 1024 bytes); anything else is not a PDF.
_HEADER_WINDOW = 1024


class DocumentRejected(Exception):
    """A file refused as a document; ``str()`` is one sentence naming the file and reason."""

    def __init__(self, display_name: str, reason: str):
        self.display_name = display_name
        self.reason = reason
        super().__init__(f"{display_name} was refused: {reason}.")


@dataclass(frozen=True)
class PdfInfo:
    page_count: int
    size_bytes: int
    text: str  # every page's text, pages separated by a form feed ("\f")


@dataclass
class CheckedPdf:
    """A PDF that passed :func:`check_pdf_bytes`, with the parsed reader kept for reuse."""

    reader: PdfReader
    page_count: int
    size_bytes: int


def read_document(path: Path | str, display_name: str) -> bytes:
    """The bytes of an uploaded file, or :class:`DocumentRejected` if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DocumentRejected(display_name, "the file could not be found") from None
    except OSError as exc:
        raise DocumentRejected(
            display_name, f"the file could not be read ({exc.strerror or exc})"
        ) from None


def check_pdf_bytes(data: bytes, display_name: str) -> CheckedPdf:
    """Refuse ``data`` unless it is an unencrypted PDF that pypdf and PDFium both read.

    Returns the pypdf reader so callers (the pack builder) never parse the file twice.
    """
    if not data:
        raise DocumentRejected(display_name, "the file is empty")
    if PDF_MAGIC not in data[:_HEADER_WINDOW]:
        raise DocumentRejected(display_name, "it is not a PDF file (it has no PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception:
        raise DocumentRejected(
            display_name, "the file is damaged or incomplete and cannot be read"
        ) from None
    if reader.is_encrypted:
        raise DocumentRejected(
            display_name,
            "it is encrypted or password-protected; save an unprotected copy and upload "
            "that instead",
        )
    try:
        page_count = len(reader.pages)
    except Exception:
        raise DocumentRejected(
            display_name, "the file is damaged and its pages cannot be read"
        ) from None
    if page_count < 1:
        raise DocumentRejected(display_name, "it has no pages")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentRejected(display_name, "it is encrypted or password-protected") from None
        raise DocumentRejected(
            display_name, "the file is damaged or incomplete and cannot be read"
        ) from None
    try:
        pdfium_count = len(document)
    finally:
        document.close()
    if pdfium_count != page_count:
        raise DocumentRejected(
            display_name,
            "the file is damaged: its page count cannot be determined reliably "
            f"({page_count} or {pdfium_count})",
        )
    return CheckedPdf(reader=reader, page_count=page_count, size_bytes=len(data))


def validate_pdf(path: Path | str, display_name: str | None = None) -> int:
    """Raise :class:`DocumentRejected` unless ``path`` is a readable, unencrypted PDF.

    Returns its page count.
    """
    path = Path(path)
    name = display_name or path.name
    return check_pdf_bytes(read_document(path, name), name).page_count


def extract_text(data: bytes) -> list[str]:
    """The text of each page, read with PDFium."""
    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                texts.append(textpage.get_text_bounded())
            finally:
                textpage.close()
                page.close()
        return texts
    finally:
        document.close()


def inspect_pdf(path: Path | str, display_name: str | None = None) -> PdfInfo:
    """Validate ``path`` and return its page count, size and text (PDFium extraction)."""
    path = Path(path)
    name = display_name or path.name
    data = read_document(path, name)
    checked = check_pdf_bytes(data, name)
    try:
        pages = extract_text(data)
    except pdfium.PdfiumError:
        raise DocumentRejected(name, "the text of the file cannot be read") from None
    return PdfInfo(
        page_count=checked.page_count, size_bytes=checked.size_bytes, text="\f".join(pages)
    )


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not support fsync on a directory
    finally:
        os.close(fd)


def remove_abandoned_temporaries(directory: Path | str) -> list[Path]:
    """Remove the temporary files ``atomic_write`` left in ``directory`` when the process
    writing them was killed (SIGKILL gives it no chance to clean up); the writer's process
    id is in the name, so a file still being written by a live process is kept."""
    removed = []
    for path in Path(directory).glob(".*.tmp"):
        parts = path.name.removesuffix(".tmp").rsplit(".", 2)
        pid_text = parts[-2] if len(parts) == 3 else ""
        if not pid_text.isdigit() or _process_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def atomic_write(target_path: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``target_path`` in one step.

    The data go to a temporary file in the target's folder (so ``os.replace`` is atomic),
    are flushed and fsynced, then renamed over the target. On any exception the target is
    left as it was and the temporary file is removed. A new file gets mode 0644; a replaced
    file keeps its mode.
    """
    target = Path(target_path)
    directory = target.parent
    fd, temp_name = tempfile.mkstemp(
        dir=directory, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_directory(directory)
