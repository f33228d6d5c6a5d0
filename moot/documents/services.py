"""Writes to the documents store, and the agenda pack and minutes document built from the
record.

The store: a PDF is checked (``moot.documents.pdf``: a real, unencrypted PDF that pypdf and
PDFium both read) before anything is kept; then it is saved through Django's storage API
(``default_storage``: a folder under MOOT_DATA_DIR/media today, an object store tomorrow)
under a name that starts with its SHA-256, so storing the same bytes twice keeps one file,
and its page count, size, checksum and text are recorded on the ``Document``.

The builds: ``pack_build`` and ``minutes_doc_build`` turn the record into the engine's plain
data (``moot.documents.selectors``), fingerprint every printed input and keep the result
under MOOT_DATA_DIR/packs/ and MOOT_DATA_DIR/minutes/, named by that fingerprint: an
unchanged meeting is served from there, any change builds a new file. Files are written
atomically (``pdf.atomic_write``); a stored appendix that has gone bad stops the build with
:class:`DocumentRejected` naming it, and nothing is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

import pypdfium2 as pdfium
from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import get_valid_filename, slugify

from moot.documents import selectors
from moot.documents.minutes_doc import build_minutes_pdf
from moot.documents.models import Document
from moot.documents.pack import PDF_VARIANT, build_pack, html_document, render_template
from moot.documents.pdf import (
    DocumentRejected,
    atomic_write,
    check_pdf_bytes,
    extract_text,
    read_document,
    remove_abandoned_temporaries,
)
from moot.documents.selectors import PlanError
from moot.governance.services import log_action
from moot.jobs.services import text_extract_queue
from moot.meetings.models import AgendaItem, Meeting
from moot.meetings.text import text_to_html
from moot.operations import shared_builds

__all__ = [
    "DocumentRejected",
    "DocumentsError",
    "MinutesBuild",
    "PackBuild",
    "PlanError",
    "copy_atomically",
    "document_attach",
    "document_check",
    "document_record",
    "document_render_text",
    "document_upload",
    "minutes_doc_build",
    "pack_build",
]

MAX_UPLOAD_BYTES = 100 * 1024 * 1024

# What an upload may be: a Django File/UploadedFile, or a path to a file.
Upload = File | str | os.PathLike
RENDER_VERSION = "1"


class DocumentsError(ValueError):
    """A documents request the record does not allow; the message names the input."""


# --- recording and uploading ------------------------------------------------------------


@transaction.atomic
def document_record(
    *,
    meeting: Meeting,
    title: str,
    kind: str = Document.Kind.REPORT,
    item: AgendaItem | None = None,
    letter: str = "",
    size_bytes: int | None = None,
    text: str = "",
    user=None,
    **fields,
) -> Document:
    """Record a document known to the record (an import's "PDF 246 KB", an appendix whose
    text we hold) without a file; uploads go through ``document_upload``."""
    order = meeting.documents.count() + 1
    document = Document.objects.create(
        meeting=meeting,
        item=item,
        title=title,
        kind=kind,
        letter=letter,
        size_bytes=size_bytes,
        text=text,
        order=order,
        exempt=bool(item and item.exempt),
        exempt_paragraph=item.exempt_paragraph if item else None,
        **fields,
    )
    log_action("moot.document.recorded", document, user=user)
    return document


@dataclass(frozen=True)
class CheckedUpload:
    """A PDF that passed the checks, with what the record keeps about it."""

    data: bytes = field(repr=False)
    filename: str
    page_count: int
    size_bytes: int
    checksum: str
    text: str | None  # every page's text, "\f" between pages; None when not extracted


def _source_name(source: Upload) -> str:
    if isinstance(source, str | os.PathLike):
        return PurePath(source).name
    return PurePath(getattr(source, "name", "") or "upload.pdf").name


def _read_source(source: Upload, display_name: str) -> bytes:
    if isinstance(source, str | os.PathLike):
        return read_document(source, display_name)
    if not isinstance(source, File) and not hasattr(source, "read"):
        raise TypeError(f"not a file or a path: {source!r}")
    size = getattr(source, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise DocumentRejected(display_name, _too_large())
    with contextlib.suppress(AttributeError, OSError, ValueError):
        source.seek(0)
    if hasattr(source, "chunks"):
        chunks, total = [], 0
        for chunk in source.chunks():
            total += len(chunk)
            if total > MAX_UPLOAD_BYTES:
                raise DocumentRejected(display_name, _too_large())
            chunks.append(chunk)
        return b"".join(chunks)
    return source.read(MAX_UPLOAD_BYTES + 1)


def _too_large() -> str:
    return f"it is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB"


def _check_bytes(data: bytes, display_name: str, *, extract: bool) -> CheckedUpload:
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentRejected(display_name, _too_large())
    checked = check_pdf_bytes(data, display_name)
    text = None
    if extract:
        try:
            text = "\f".join(extract_text(data))
        except pdfium.PdfiumError:
            raise DocumentRejected(display_name, "the text of the file cannot be read") from None
    return CheckedUpload(
        data=data,
        filename=display_name,
        page_count=checked.page_count,
        size_bytes=checked.size_bytes,
        checksum=hashlib.sha256(data).hexdigest(),
        text=text,
    )


def document_check(
    source: Upload, *, display_name: str | None = None, extract: bool = True
) -> CheckedUpload:
    """Check an upload (a Django ``File``/``UploadedFile`` or a path) without storing it.

    Raises :class:`DocumentRejected` ("NAME was refused: REASON.") for a file that is not a
    PDF, is encrypted, is damaged, is empty or is over the size limit. ``extract``: read
    its text too (``text`` is None otherwise; uploads leave it to a background job).
    """
    name = display_name or _source_name(source)
    return _check_bytes(_read_source(source, name), name, extract=extract)


def _storage_filename(checked: CheckedUpload) -> str:
    stem = get_valid_filename(PurePath(checked.filename).stem) or "document"
    return f"{checked.checksum[:16]}-{stem[:80]}.pdf"


def _stored_checksum(name: str) -> str | None:
    try:
        with default_storage.open(name, "rb") as handle:
            digest = hashlib.sha256()
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
            return digest.hexdigest()
    except OSError:
        return None


def _store(document: Document, checked: CheckedUpload) -> bool:
    """Put the bytes in storage and point ``document.file`` at them (not saved).

    The name starts with the SHA-256, so an identical file already stored (the example
    loaded again) is reused after its checksum is confirmed; returns whether a new file
    was written.
    """
    filename = _storage_filename(checked)
    name = document.file.field.generate_filename(document, filename)
    if default_storage.exists(name) and _stored_checksum(name) == checked.checksum:
        document.file.name = name
        return False
    document.file.save(filename, ContentFile(checked.data), save=False)
    return True


def _apply(document: Document, checked: CheckedUpload, text: str | None) -> None:
    document.file_type = "pdf"
    document.page_count = checked.page_count
    document.size_bytes = checked.size_bytes
    document.checksum = checked.checksum
    if text is not None:
        document.text = text


def _discard(document: Document, written: bool) -> None:
    if written and document.file.name:
        with contextlib.suppress(OSError):
            default_storage.delete(document.file.name)


def document_upload(
    *,
    meeting: Meeting,
    uploaded_file: Upload,
    title: str,
    kind: str = Document.Kind.REPORT,
    item: AgendaItem | None = None,
    letter: str = "",
    exempt_paragraph: int | None = None,
    user=None,
) -> Document:
    """Add a document with its PDF: checked first (nothing is stored if it is refused),
    then kept through the storage API with its page count, size and SHA-256; its text is
    read by a background job queued on commit (``document_text_extract``), and search
    indexes it when the job saves it.

    ``uploaded_file`` is a Django ``File``/``UploadedFile`` or a path. The document is
    exempt when its item is (protection inherits down) or when ``exempt_paragraph`` names
    the paragraph of Schedule 12A to the Local Government Act 1972 (1-7) it falls under.
    """
    if item is not None and item.meeting_id != meeting.pk:
        raise DocumentsError(
            f"Item {item.number} '{item.title}' is not on the agenda of {meeting}."
        )
    if exempt_paragraph is not None and not 1 <= exempt_paragraph <= 7:
        raise DocumentsError(
            f"Exempt paragraph {exempt_paragraph} does not exist: Schedule 12A to the Local "
            "Government Act 1972 has paragraphs 1 to 7."
        )
    if not title.strip():
        raise DocumentsError("A document needs a title.")
    checked = document_check(uploaded_file, extract=False)  # the text: a job, on commit
    exempt = bool(item and item.exempt) or exempt_paragraph is not None
    document = Document(
        meeting=meeting,
        item=item,
        title=title.strip(),
        kind=kind,
        letter=letter.strip(),
        exempt=exempt,
        exempt_paragraph=(exempt_paragraph or (item.exempt_paragraph if item else None))
        if exempt
        else None,
        source="upload",
    )
    _apply(document, checked, "")
    written = _store(document, checked)
    try:
        with transaction.atomic():
            document.order = meeting.documents.count() + 1
            document.save()
            log_action(
                "moot.document.uploaded",
                document,
                user=user,
                data=_log_data(document, checked),
            )
            text_extract_queue(document=document)
    except BaseException:
        _discard(document, written)
        raise
    return document


def _log_data(document: Document, checked: CheckedUpload) -> dict:
    return {
        "file": document.file.name,
        "from": checked.filename,
        "pages": checked.page_count,
        "bytes": checked.size_bytes,
        "sha256": checked.checksum,
    }


def _attach_checked(
    document: Document, checked: CheckedUpload, *, text: str | None, user, how: str
) -> Document:
    previous = document.file.name
    written = _store(document, checked)
    _apply(document, checked, text)
    try:
        with transaction.atomic():
            document.save(
                update_fields=["file", "file_type", "page_count", "size_bytes", "checksum", "text"]
            )
            data = _log_data(document, checked) | {"how": how, "replaced": previous or ""}
            log_action("moot.document.uploaded", document, user=user, data=data)
    except BaseException:
        _discard(document, written)
        document.file.name = previous
        raise
    return document


def document_attach(*, document: Document, uploaded_file: Upload, user=None) -> Document:
    """Give a recorded document its PDF (or a new version of it), checked as an upload is.
    The earlier file, if any, stays in storage (files are named by their content)."""
    checked = document_check(uploaded_file, extract=False)
    document = _attach_checked(document, checked, text="", user=user, how="upload")
    text_extract_queue(document=document)  # the new file's text: a job, on commit
    return document


def render_text_pdf(*, title: str, text: str) -> bytes:
    """Plain text as a tagged A4 PDF (PDF/UA-1, language en-GB, titled), rendered with
    WeasyPrint: paragraphs at blank lines, runs of "- " lines as lists.

    Cached under MOOT_DATA_DIR/cache/rendered/ by the SHA-256 of (title, text) and the
    template, so that loading the example again does not render again.
    """
    key = hashlib.sha256(
        json.dumps([RENDER_VERSION, selectors.templates_digest(), title, text]).encode()
    ).hexdigest()
    cached = Path(settings.DATA_DIR) / "cache" / "rendered" / f"{key}.pdf"
    with contextlib.suppress(OSError):
        return cached.read_bytes()
    html = render_template(
        "documents/text_document.html",
        {"title": title, "lang": "en-GB", "author": "", "body_html": text_to_html(text)},
    )
    data = html_document(html).write_pdf(pdf_variant=PDF_VARIANT)
    with contextlib.suppress(OSError):  # a read-only data folder: render every time
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cached) as handle:
            handle.write(data)
    return data


def document_render_text(*, document: Document, text: str, user=None) -> Document:
    """Render ``text`` to a PDF titled with the document's title and attach it to the
    document through the same checks as an upload. The document keeps ``text`` as its text
    (it is the source the PDF was made from)."""
    label = f"appendix-{document.letter}-{document.title}" if document.letter else document.title
    filename = f"{slugify(label)[:80] or 'document'}.pdf"
    title = f"Appendix {document.letter}: {document.title}" if document.letter else document.title
    data = render_text_pdf(title=title, text=text)
    checked = _check_bytes(data, filename, extract=False)
    return _attach_checked(document, checked, text=text, user=user, how="rendered from text")


# --- builds ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackBuild:
    path: Path
    pages: int
    appendices: list[tuple[str, str, int, int]]  # (letter, title, first page, last page)
    cached: bool
    unnumbered_pages: int = 0
    withheld: list[str] = field(default_factory=list)  # letters left out as exempt
    not_merged: list[str] = field(default_factory=list)  # documents listed without a file


@dataclass(frozen=True)
class MinutesBuild:
    path: Path
    pages: int
    draft: bool
    cached: bool


def _build_dir(kind: str, body_slug: str) -> Path:
    return Path(settings.DATA_DIR) / kind / body_slug


def _read_meta(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_meta(path: Path, meta: dict) -> None:
    with atomic_write(path) as handle:
        handle.write(json.dumps(meta, indent=1).encode())


def _remove_stale(directory: Path, prefix: str, keep: str) -> None:
    """Remove earlier builds of the same meeting and variant (best effort)."""
    for path in directory.glob(f"{prefix}*"):
        if path.name.startswith(".") or path.stem == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()


def _fetch_appendix(stored: selectors.StoredAppendix) -> bytes:
    """The stored bytes of an appendix, refused (naming it) if missing, changed or damaged."""
    try:
        with default_storage.open(stored.file_name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise DocumentRejected(stored.label, "the stored file is missing") from None
    except OSError as exc:
        raise DocumentRejected(
            stored.label, f"the stored file cannot be read ({exc.strerror or exc})"
        ) from None
    if stored.checksum and hashlib.sha256(data).hexdigest() != stored.checksum:
        raise DocumentRejected(
            stored.label,
            "the stored file is damaged or has been changed since it was uploaded (its "
            "SHA-256 checksum no longer matches); upload it again",
        )
    check_pdf_bytes(data, stored.label)
    return data


def pack_build(*, meeting: Meeting, include_exempt: bool = False) -> PackBuild:
    """The agenda pack of ``meeting`` (public, or the members' pack with exempt papers),
    from the cache when nothing printed in it has changed.

    Raises :class:`DocumentRejected` naming the appendix (letter, title, file) whose stored
    file is missing, changed or not a readable PDF, and :class:`PlanError` for a record
    that cannot be printed (two appendices with one letter); nothing is written then.
    """
    plan = selectors.pack_plan(meeting, include_exempt=include_exempt)
    digest = plan.fingerprint()[:16]
    directory = _build_dir("packs", plan.body_slug)
    prefix = f"{plan.date_slug}-{plan.variant}-"
    stem = prefix + digest
    pdf, meta_path = directory / f"{stem}.pdf", directory / f"{stem}.json"
    meta = _read_meta(meta_path) if pdf.exists() else None
    if meta is None and shared_builds.fetch("packs", plan.body_slug, pdf, meta_path):
        meta = _read_meta(meta_path)  # built by another server (MOOT_STORAGE_URL)
    if meta is not None:
        return _pack_result(pdf, meta, cached=True)

    directory.mkdir(parents=True, exist_ok=True)
    remove_abandoned_temporaries(directory)
    with tempfile.TemporaryDirectory(prefix="moot-pack-") as temp:
        local: dict[str, Path] = {}
        for letter, stored in plan.stored.items():
            data = _fetch_appendix(stored)
            path = Path(temp) / f"{letter}-{PurePath(stored.file_name).name}"
            path.write_bytes(data)
            local[letter] = path
        items = [
            replace(
                item,
                appendices=tuple(
                    replace(a, path=local.get(a.letter, a.path)) for a in item.appendices
                ),
            )
            for item in plan.items
        ]
        try:
            result = build_pack(
                plan.front,
                items,
                pdf,
                include_exempt=include_exempt,
                title=plan.title,
                author=plan.author,
            )
        except DocumentRejected:
            raise
        except ValueError as exc:
            raise PlanError(f"{plan.meeting}: {exc}") from exc
    meta = {
        "meeting": plan.meeting,
        "pages": result.pages,
        "unnumbered_pages": result.unnumbered_pages,
        "appendices": [list(a) for a in result.appendices],
        "withheld": list(result.withheld),
        "not_merged": list(plan.not_merged),
    }
    try:
        _write_meta(meta_path, meta)
    except BaseException:
        with contextlib.suppress(OSError):
            pdf.unlink()
        raise
    _remove_stale(directory, prefix, stem)
    shared_builds.publish("packs", plan.body_slug, pdf, meta_path)
    return _pack_result(pdf, meta, cached=False)


def _pack_result(pdf: Path, meta: dict, *, cached: bool) -> PackBuild:
    return PackBuild(
        path=pdf,
        pages=meta["pages"],
        appendices=[tuple(a) for a in meta["appendices"]],
        cached=cached,
        unnumbered_pages=meta.get("unnumbered_pages", 0),
        withheld=list(meta.get("withheld", [])),
        not_merged=list(meta.get("not_merged", [])),
    )


def minutes_doc_build(*, meeting: Meeting, include_exempt: bool = False) -> MinutesBuild:
    """The minutes of a held meeting as a PDF (DRAFT until approved; in the public version
    an exempt minute shows only its number, title and paragraph of Schedule 12A), from the
    cache when nothing printed in it has changed. Raises :class:`PlanError` for a meeting
    that has not been held."""
    plan = selectors.minutes_plan(meeting, include_exempt=include_exempt)
    directory = _build_dir("minutes", plan.body_slug)
    prefix = f"{plan.date_slug}-{plan.variant}-"
    stem = prefix + plan.fingerprint()[:16]
    pdf, meta_path = directory / f"{stem}.pdf", directory / f"{stem}.json"
    meta = _read_meta(meta_path) if pdf.exists() else None
    if meta is None and shared_builds.fetch("minutes", plan.body_slug, pdf, meta_path):
        meta = _read_meta(meta_path)  # built by another server (MOOT_STORAGE_URL)
    if meta is not None:
        return MinutesBuild(pdf, meta["pages"], meta["draft"], cached=True)
    directory.mkdir(parents=True, exist_ok=True)
    remove_abandoned_temporaries(directory)
    pages = build_minutes_pdf(plan.document, pdf, include_exempt=include_exempt)
    meta = {"meeting": plan.meeting, "pages": pages, "draft": plan.document.draft}
    try:
        _write_meta(meta_path, meta)
    except BaseException:
        with contextlib.suppress(OSError):
            pdf.unlink()
        raise
    _remove_stale(directory, prefix, stem)
    shared_builds.publish("minutes", plan.body_slug, pdf, meta_path)
    return MinutesBuild(pdf, pages, plan.document.draft, cached=False)


def copy_atomically(source: Path, target: Path | str) -> None:
    """Copy a built file to ``target`` in one step (no partial file is ever seen there)."""
    with source.open("rb") as reader, atomic_write(target) as writer:
        shutil.copyfileobj(reader, writer)


@transaction.atomic
def document_text_extract(*, document: Document, user=None) -> Document:
    """Read every page's text of a document's stored PDF into ``document.text`` ("\\f"
    between pages), so search finds it; run as a background job for large uploads.

    Raises :class:`DocumentRejected` naming the document when the stored file is missing
    or unreadable; nothing is changed then.
    """
    label = document.title or f"document {document.pk}"
    if not document.file.name:
        raise DocumentRejected(label, "it has no stored file to read")
    try:
        with default_storage.open(document.file.name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise DocumentRejected(label, f"the stored file cannot be read ({exc})") from None
    try:
        text = "\f".join(extract_text(data))
    except pdfium.PdfiumError:
        raise DocumentRejected(label, "the text of the file cannot be read") from None
    document = Document.objects.select_for_update().get(pk=document.pk)
    document.text = text
    document.save(update_fields=["text"])
    log_action("moot.document.text_extracted", document, user=user, data={"characters": len(text)})
    return document
