"""Build an agenda pack PDF from plain data: front sheet + agenda, then every report.

The pack is assembled the way modern.gov packs are:

1. every appendix PDF is checked and its real page count read (never typed in);
2. the page ranges are worked out (:func:`moot.documents.rules.appendix_page_ranges`);
3. the front sheet and agenda are rendered from ``documents/agenda_pack.html`` with
   WeasyPrint as tagged PDF/UA-1; those pages are unnumbered;
4. the appendix PDFs are appended as they are (never re-rendered) with pypdf, and each
   appended page is stamped "Page N" at its visual foot, as a marked artifact;
5. an outline is added ("Agenda", then each item with appendices and a child per
   appendix) and the file is written atomically.

Exempt business (Local Government Act 1972, Schedule 12A): in the public pack an exempt
appendix, or any appendix of an exempt item, is left out entirely and the agenda says only
"Appendix C: exempt under paragraph N of ..."; an exempt item keeps its number and title
but its text and presenters are withheld. With ``include_exempt=True`` (the members' pack)
everything is included and numbered, and the front sheet carries a not-for-publication
banner.

Accessibility note: the front sheet and agenda are rendered as PDF/UA-1. Appended reports
are other people's PDFs and are not in the structure tree, so once any report is appended
the PDF/UA identifier is removed from the XMP metadata rather than claimed falsely; the
tags, language, title and DisplayDocTitle of the rendered pages are kept.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import NamedTuple

from django.template import Context, Engine
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    PdfObject,
)

from moot.documents import rules
from moot.documents.pdf import (
    CheckedPdf,
    DocumentRejected,
    atomic_write,
    check_pdf_bytes,
    read_document,
)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
PDF_VARIANT = "pdf/ua-1"

# The "Page N" stamp: a WeasyPrint page of this size (points), centred horizontally on the
# visual foot of each appended page, its box starting STAMP_BOTTOM_PT above the edge.
STAMP_WIDTH_PT = 120
STAMP_HEIGHT_PT = 16
STAMP_BOTTOM_PT = 14
STAMP_CHUNK = 64  # stamp pages rendered (and cached) per WeasyPrint run

_engine: Engine | None = None
_engine_lock = threading.Lock()


def template_engine() -> Engine:
    """A standalone Django template engine over moot/documents/templates (no settings)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = Engine(dirs=[str(TEMPLATES_DIR)], autoescape=True)
        return _engine


def offline_url_fetcher(url: str, *args, **kwargs):
    """WeasyPrint URL fetcher that fetches nothing but ``data:`` URLs.

    Styles are inlined, and text (such as minutes HTML) must never make the server fetch
    a remote or local file while rendering.
    """
    from weasyprint import default_url_fetcher

    if not url.startswith("data:"):
        raise ValueError(f"documents are rendered offline; not fetching {url[:80]!r}")
    return default_url_fetcher(url, *args, **kwargs)


def html_document(html: str):
    """A WeasyPrint ``HTML`` for rendered template output, fetching nothing."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(TEMPLATES_DIR), url_fetcher=offline_url_fetcher)


def render_template(name: str, context: dict) -> str:
    """Render with the standalone engine. Pass numbers as strings: formatting a number
    would consult Django's localisation settings, which this module does not need."""
    return template_engine().get_template(name).render(Context(context))


# ---------------------------------------------------------------------------------------
# Plain data in, plain data out
# ---------------------------------------------------------------------------------------


class MemberSection(NamedTuple):
    """One block of the membership list, e.g. ("Councillors", [(name, role), ...], 0)."""

    name: str
    members: Sequence[tuple[str, str]]
    vacancies: int = 0


@dataclass(frozen=True, kw_only=True)
class FrontSheet:
    """What the front sheet of an agenda pack says.

    Long texts (public_information, accessibility, filming, evacuation) are plain text:
    a blank line starts a new paragraph and a single newline is a line break.
    """

    authority_name: str
    body_name: str
    date: date
    start_time: time
    venue: str
    authority_address: str = ""
    meeting_title: str = ""
    summons_line: str = ""
    webcast_url: str = ""
    webcast_archive_url: str = ""
    sections: Sequence[MemberSection | tuple[str, Sequence[tuple[str, str]], int]] = ()
    standing_invitees: Sequence[tuple[str, str]] = ()
    public_information: str = ""
    accessibility: str = ""
    filming: str = ""
    evacuation: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class PackAppendix:
    """A report or appendix PDF for an item. ``exempt_paragraph`` defaults to the item's."""

    letter: str
    title: str
    path: Path
    exempt: bool = False
    exempt_paragraph: int | None = None


@dataclass(frozen=True)
class PackItem:
    """One agenda item; ``text`` is plain text (blank line = new paragraph)."""

    number: int | str
    title: str
    text: str = ""
    presenters: Sequence[str] = ()
    appendices: Sequence[PackAppendix] = ()
    exempt: bool = False
    exempt_paragraph: int | None = None


class AppendixPlacement(NamedTuple):
    letter: str
    title: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class PackResult:
    pages: int  # all pages in the file
    appendices: list[AppendixPlacement]  # the appendices in the pack, in order
    unnumbered_pages: int  # front sheet + agenda pages before pack page 1
    agenda_page_index: int = 0  # 0-based page index where the agenda starts
    withheld: list[str] = field(default_factory=list)  # letters left out as exempt


# ---------------------------------------------------------------------------------------
# The front sheet and agenda
# ---------------------------------------------------------------------------------------


@dataclass
class _Included:
    item_index: int
    appendix_index: int
    appendix: PackAppendix
    checked: CheckedPdf
    display_name: str


def _appendix_paragraph(item: PackItem, appendix: PackAppendix) -> int:
    paragraph = appendix.exempt_paragraph or item.exempt_paragraph
    if paragraph is None:
        raise ValueError(
            f"item {item.number}, appendix {appendix.letter} is exempt but no paragraph of "
            "Schedule 12A is given"
        )
    return paragraph


def _check_items(items: Sequence[PackItem]) -> None:
    """Refuse data that would print a misleading agenda (ValueError, for the caller)."""
    seen: set[str] = set()
    for item in items:
        for appendix in item.appendices:
            if not appendix.letter.strip():
                raise ValueError(f"item {item.number} has an appendix without a letter")
            if appendix.letter in seen:
                raise ValueError(f"appendix letter {appendix.letter} is used twice")
            seen.add(appendix.letter)
        if item.exempt:
            if item.exempt_paragraph is None:
                raise ValueError(
                    f"item {item.number} is exempt but no paragraph of Schedule 12A is given"
                )
            rules.exempt_line(item.exempt_paragraph)
        for appendix in item.appendices:
            if appendix.exempt or item.exempt:
                rules.exempt_line(_appendix_paragraph(item, appendix))


def agenda_context(
    front: FrontSheet,
    items: Sequence[PackItem],
    placements: dict[tuple[int, int], AppendixPlacement],
    *,
    include_exempt: bool,
    title: str,
    author: str,
    lang: str,
) -> dict:
    """The context for ``documents/agenda_pack.html``; ``placements`` maps (item index,
    appendix index) to the appendix's pack pages and leaves out withheld appendices."""
    sections = []
    for section in front.sections:
        name, members, vacancies = MemberSection(*section)
        sections.append(
            {
                "name": name,
                "members": [rules.person_line(n, r) for n, r in members],
                "vacancies": rules.vacancy_text(vacancies),
            }
        )
    groups: list[dict] = []
    for item_index, item in enumerate(items):
        withheld_item = item.exempt and not include_exempt
        appendices = []
        for appendix_index, appendix in enumerate(item.appendices):
            exempt = item.exempt or appendix.exempt
            exempt_text = rules.exempt_line(_appendix_paragraph(item, appendix)) if exempt else ""
            placement = placements.get((item_index, appendix_index))
            if placement is None:  # withheld from this pack
                appendices.append(
                    {"letter": appendix.letter, "withheld": True, "exempt_text": exempt_text}
                )
            else:
                appendices.append(
                    {
                        "letter": appendix.letter,
                        "title": appendix.title,
                        "withheld": False,
                        "range_text": rules.format_page_range(
                            placement.first_page, placement.last_page
                        ),
                        "exempt_text": exempt_text,
                    }
                )
        entry = {
            "number": str(item.number),
            "title": item.title,
            "text": "" if withheld_item else item.text,
            "presenters": [] if withheld_item else list(item.presenters),
            "exempt_text": rules.exempt_line(item.exempt_paragraph) if item.exempt else "",
            "appendices": appendices,
        }
        if groups and groups[-1]["exempt"] == item.exempt:
            groups[-1]["items"].append(entry)
        else:
            groups.append({"exempt": item.exempt, "items": [entry]})
    members_pack = include_exempt and any(
        item.exempt or any(a.exempt for a in item.appendices) for item in items
    )
    return {
        "title": title,
        "author": author,
        "lang": lang,
        "front": front,
        "date_text": rules.format_meeting_date(front.date),
        "time_text": rules.format_meeting_time(front.start_time),
        "sections": sections,
        "standing_invitees": [rules.person_line(n, r) for n, r in front.standing_invitees],
        "groups": groups,
        "members_pack": members_pack,
    }


def render_front_and_agenda(context: dict) -> tuple[bytes, int, int]:
    """Render the front sheet and agenda; return (PDF bytes, page count, agenda page index)."""
    html = render_template("documents/agenda_pack.html", context)
    document = html_document(html).render()
    agenda_index = 0
    for index, page in enumerate(document.pages):
        if "agenda" in page.anchors:
            agenda_index = index
            break
    data = document.write_pdf(pdf_variant=PDF_VARIANT)
    return data, len(document.pages), agenda_index


# ---------------------------------------------------------------------------------------
# "Page N" stamps: rendered once per number with WeasyPrint, cached for the process
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _StampChunk:
    reader: PdfReader
    contents: list[bytes]  # the content stream of each stamp page
    resources: DictionaryObject  # shared by every stamp page of the chunk


_stamp_chunks: dict[int, _StampChunk] = {}
_stamp_lock = threading.Lock()


def _render_stamp_chunk(chunk: int) -> _StampChunk:
    first = chunk * STAMP_CHUNK + 1
    labels = [rules.stamp_label(n) for n in range(first, first + STAMP_CHUNK)]
    html = render_template(
        "documents/page_stamps.html",
        {"labels": labels, "width_pt": str(STAMP_WIDTH_PT), "height_pt": str(STAMP_HEIGHT_PT)},
    )
    data = html_document(html).write_pdf()
    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) != STAMP_CHUNK:
        raise RuntimeError(f"stamp sheet has {len(reader.pages)} pages, not {STAMP_CHUNK}")
    contents = [page.get_contents().get_data() for page in reader.pages]
    resources = [page["/Resources"].get_object() for page in reader.pages]
    if any(r != resources[0] for r in resources):
        raise RuntimeError("stamp pages do not share their resources")
    return _StampChunk(reader=reader, contents=contents, resources=resources[0])


def _stamp_chunk(chunk: int) -> _StampChunk:
    with _stamp_lock:
        cached = _stamp_chunks.get(chunk)
        if cached is None:
            cached = _stamp_chunks[chunk] = _render_stamp_chunk(chunk)
        return cached


def warm_stamp_cache(last_page: int) -> None:
    """Render (if not yet cached) the stamps for pack pages 1..last_page."""
    for chunk in range((last_page + STAMP_CHUNK - 1) // STAMP_CHUNK):
        _stamp_chunk(chunk)


class _Stamper:
    """Adds "Page N" form XObjects to one writer and draws them on appended pages."""

    def __init__(self, writer: PdfWriter):
        self.writer = writer
        save = DecodedStreamObject()
        save.set_data(b"q\n")
        self.save_ref = writer._add_object(save)
        self._resource_refs: dict[int, PdfObject] = {}

    def _form(self, number: int) -> PdfObject:
        chunk = _stamp_chunk((number - 1) // STAMP_CHUNK)
        index = (number - 1) % STAMP_CHUNK
        form = DecodedStreamObject()
        form.set_data(chunk.contents[index])
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(
            [
                FloatObject(0),
                FloatObject(0),
                FloatObject(STAMP_WIDTH_PT),
                FloatObject(STAMP_HEIGHT_PT),
            ]
        )
        form[NameObject("/Resources")] = self._resources(number, chunk)
        return self.writer._add_object(form)

    def _resources(self, number: int, chunk: _StampChunk) -> PdfObject:
        """One indirect copy per chunk in this writer (WeasyPrint gives every stamp page
        of a chunk the same fonts and graphics states)."""
        key = (number - 1) // STAMP_CHUNK
        ref = self._resource_refs.get(key)
        if ref is None:
            # The cached stamp reader is shared by every build in the process and pypdf
            # readers are not thread-safe, so copying its font into a writer is serialised.
            with _stamp_lock:
                copy = chunk.resources.clone(self.writer)
            ref = self._resource_refs[key] = self.writer._add_object(copy)
        return ref

    @staticmethod
    def _matrix(page) -> tuple[float, ...]:
        box = page.cropbox
        x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
        xc, yc = (x0 + x1) / 2, (y0 + y1) / 2
        half = STAMP_WIDTH_PT / 2
        rotation = page.rotation % 360
        # Place the stamp's box at the foot of the page as displayed, upright.
        if rotation == 90:
            return (0, 1, -1, 0, x1 - STAMP_BOTTOM_PT, yc - half)
        if rotation == 180:
            return (-1, 0, 0, -1, xc + half, y1 - STAMP_BOTTOM_PT)
        if rotation == 270:
            return (0, -1, 1, 0, x0 + STAMP_BOTTOM_PT, yc + half)
        return (1, 0, 0, 1, xc - half, y0 + STAMP_BOTTOM_PT)

    def stamp(self, page, number: int) -> None:
        name = f"/MootPage{number}"
        resources = page.get("/Resources")
        if resources is None:
            resources = DictionaryObject()
            page[NameObject("/Resources")] = resources
        else:
            resources = resources.get_object()
        xobjects = resources.get("/XObject")
        if xobjects is None:
            xobjects = DictionaryObject()
            resources[NameObject("/XObject")] = xobjects
        else:
            xobjects = xobjects.get_object()
        xobjects[NameObject(name)] = self._form(number)

        matrix = " ".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in self._matrix(page))
        draw = DecodedStreamObject()
        draw.set_data(
            f"\nQ\nq /Artifact <</Type /Pagination /Subtype /Footer>> BDC "
            f"{matrix} cm {name} Do EMC Q\n".encode("ascii")
        )
        contents = page.get("/Contents")
        existing: list[PdfObject] = []
        if contents is not None:
            resolved = contents.get_object()
            existing = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject(
            [self.save_ref, *existing, self.writer._add_object(draw)]
        )


# ---------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------

_PDFUA_CLAIM = re.compile(rb"<rdf:Description[^>]*pdfuaid:part=\"\d\"[^>]*/>")


def _drop_pdfua_claim(writer: PdfWriter) -> None:
    metadata = writer.root_object.get("/Metadata")
    if metadata is None:
        return
    stream = metadata.get_object()
    stream.set_data(_PDFUA_CLAIM.sub(b"", stream.get_data()))


def _strip_struct_links(page) -> None:
    """Appended pages keep their content but not their old structure-tree links."""
    annots = page.get("/Annots")
    if annots is None:
        return
    for annot in annots.get_object():
        annot = annot.get_object()
        if "/StructParent" in annot:
            del annot["/StructParent"]


def build_pack(
    front: FrontSheet,
    items: Sequence[PackItem],
    out_path: Path | str,
    *,
    include_exempt: bool = False,
    title: str,
    author: str,
    lang: str = "en-GB",
) -> PackResult:
    """Build the agenda pack at ``out_path`` (written atomically) and describe it.

    Raises :class:`DocumentRejected` naming the appendix (letter and file name) if any
    appendix is not a readable, unencrypted PDF; nothing is written in that case.
    Raises ValueError for an exempt item or appendix without a Schedule 12A paragraph.
    """
    _check_items(items)

    # 1. Check every appendix going into this pack and count its real pages.
    included: list[_Included] = []
    withheld: list[str] = []
    for item_index, item in enumerate(items):
        for appendix_index, appendix in enumerate(item.appendices):
            if (item.exempt or appendix.exempt) and not include_exempt:
                withheld.append(appendix.letter)
                continue
            path = Path(appendix.path)
            display = f"Appendix {appendix.letter} ({path.name})"
            data = read_document(path, display)
            included.append(
                _Included(
                    item_index, appendix_index, appendix, check_pdf_bytes(data, display), display
                )
            )

    # 2. Page ranges, from the real counts.
    ranges = rules.appendix_page_ranges([inc.checked.page_count for inc in included])
    placements: dict[tuple[int, int], AppendixPlacement] = {}
    result_appendices: list[AppendixPlacement] = []
    for inc, (first, last) in zip(included, ranges, strict=True):
        placement = AppendixPlacement(inc.appendix.letter, inc.appendix.title, first, last)
        placements[(inc.item_index, inc.appendix_index)] = placement
        result_appendices.append(placement)
    numbered = ranges[-1][1] if ranges else 0

    # 3. Front sheet and agenda (unnumbered).
    context = agenda_context(
        front,
        items,
        placements,
        include_exempt=include_exempt,
        title=title,
        author=author,
        lang=lang,
    )
    front_pdf, unnumbered, agenda_index = render_front_and_agenda(context)
    warm_stamp_cache(numbered)

    # 4. Append the reports as they are and stamp each page with its pack number.
    writer = PdfWriter(clone_from=io.BytesIO(front_pdf))
    root = writer.root_object
    if "/Outlines" in root:
        del root["/Outlines"]
    stamper = _Stamper(writer)
    number = 0
    for inc in included:
        try:
            for source_page in inc.checked.reader.pages:
                number += 1
                page = writer.add_page(source_page)
                _strip_struct_links(page)
                stamper.stamp(page, number)
        except DocumentRejected:
            raise
        except Exception:
            raise DocumentRejected(
                inc.display_name, "the file is damaged and its pages cannot be copied"
            ) from None
    if included:
        _drop_pdfua_claim(writer)

    # 5. Outline, metadata, atomic write.
    writer.add_outline_item("Agenda", agenda_index)
    by_item: dict[int, list[AppendixPlacement]] = {}
    for inc, placement in zip(included, result_appendices, strict=True):
        by_item.setdefault(inc.item_index, []).append(placement)
    for item_index, placements_for_item in by_item.items():
        item = items[item_index]
        parent = writer.add_outline_item(
            f"{item.number}. {item.title}", unnumbered + placements_for_item[0].first_page - 1
        )
        for placement in placements_for_item:
            writer.add_outline_item(
                rules.appendix_reference(
                    placement.letter, placement.title, placement.first_page, placement.last_page
                ),
                unnumbered + placement.first_page - 1,
                parent=parent,
            )
    writer.page_mode = "/UseOutlines"
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Creator": "Moot",
        }
    )
    with atomic_write(out_path) as handle:
        writer.write(handle)
    return PackResult(
        pages=unnumbered + numbered,
        appendices=result_appendices,
        unnumbered_pages=unnumbered,
        agenda_page_index=agenda_index,
        withheld=withheld,
    )
