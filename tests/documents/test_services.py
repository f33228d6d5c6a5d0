"""The documents store and the builds from the record: uploads are checked before anything
is kept, packs are numbered from real page counts, cached on their inputs, and a stored
file gone bad stops the build naming it, leaving nothing behind."""

from __future__ import annotations

import hashlib
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter

from moot.documents import services
from moot.documents.models import Document
from moot.documents.services import (
    DocumentRejected,
    PlanError,
    document_render_text,
    document_upload,
    minutes_doc_build,
    pack_build,
)
from moot.governance.models import AuditEntry
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem
from tests.documents.helpers import files_under, page_texts, stamp_lines
from tests.factories import LEICESTER_PAGES, LEICESTER_RANGES, build_meeting
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(example, store, leicester_pdfs):
    return build_meeting(example, leicester_pdfs)


def empty_meeting(body):
    from datetime import date, time

    meeting = meeting_services.meeting_create(
        body=body, day=date(2024, 9, 5), at=time(10), recording_past=True, standing_items=False
    )
    item = meeting_services.item_add(meeting=meeting, title="Budget", at_end=True)
    return meeting, item


# --- the store ------------------------------------------------------------------------------


def test_upload_records_pages_size_checksum_and_text(
    example, store, leicester_pdfs, django_capture_on_commit_callbacks
):
    meeting, item = empty_meeting(example)
    data = leicester_pdfs["A"].read_bytes()
    upload = SimpleUploadedFile("Terms of Reference.pdf", data, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        document = document_upload(
            meeting=meeting, item=item, uploaded_file=upload, title="Terms of Reference", letter="A"
        )
    run_jobs()  # the text is read by the job the upload queued
    document.refresh_from_db()
    assert (document.page_count, document.size_bytes) == (6, len(data))
    assert document.checksum == hashlib.sha256(data).hexdigest()
    assert document.file_type == "pdf"
    assert "Appendix A sheet 1" in document.text and "Appendix A sheet 6" in document.text
    assert document.file.name.startswith(
        f"documents/{example.slug}/{meeting.date_slug}/{document.checksum[:16]}-"
    )
    assert document.file.name.endswith(".pdf")
    stored = store / "media" / document.file.name
    assert stored.read_bytes() == data
    entry = AuditEntry.objects.get(action="moot.document.uploaded", object_id=str(document.pk))
    assert entry.data["pages"] == 6 and entry.data["sha256"] == document.checksum


def test_the_same_bytes_are_stored_once(example, store, leicester_pdfs):
    meeting, item = empty_meeting(example)
    first = document_upload(
        meeting=meeting, item=item, uploaded_file=leicester_pdfs["A"], title="Report"
    )
    second = document_upload(
        meeting=meeting, item=item, uploaded_file=leicester_pdfs["A"], title="Report again"
    )
    assert first.file.name == second.file.name
    assert len(files_under(store / "media")) == 1
    assert second.order == first.order + 1


def test_a_document_of_an_exempt_item_is_exempt(example, store, leicester_pdfs):
    meeting, _ = empty_meeting(example)
    item = meeting_services.item_add(
        meeting=meeting, title="Property", exempt_paragraph=3, at_end=True
    )
    document = document_upload(
        meeting=meeting, item=item, uploaded_file=leicester_pdfs["B"], title="Valuation"
    )
    assert (document.exempt, document.exempt_paragraph) == (True, 3)
    own = document_upload(
        meeting=meeting,
        item=meeting.items.get(title="Budget"),
        uploaded_file=leicester_pdfs["C"],
        title="Legal advice",
        exempt_paragraph=5,
    )
    assert (own.exempt, own.exempt_paragraph) == (True, 5)


def encrypted(data: bytes) -> bytes:
    import io

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="", owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("budget.docx", lambda pdf: b"PK\x03\x04 a zip, not a PDF" * 20, "not a PDF"),
        ("locked.pdf", encrypted, "encrypted"),
        ("cut.pdf", lambda pdf: pdf[: len(pdf) // 2], "damaged"),
        ("empty.pdf", lambda pdf: b"", "empty"),
    ],
)
@pytest.mark.parametrize("as_path", [False, True])
def test_bad_uploads_are_refused_naming_the_file_and_nothing_is_stored(
    example, store, leicester_pdfs, tmp_path, name, make, reason, as_path
):
    meeting, item = empty_meeting(example)
    content = make(leicester_pdfs["A"].read_bytes())
    if as_path:
        source = tmp_path / name
        source.write_bytes(content)
    else:
        source = SimpleUploadedFile(name, content)
    before = Document.objects.count(), AuditEntry.objects.count()
    with pytest.raises(DocumentRejected) as caught:
        document_upload(meeting=meeting, item=item, uploaded_file=source, title="Report")
    message = str(caught.value)
    assert message.startswith(f"{name} was refused: ") and reason in message
    assert (Document.objects.count(), AuditEntry.objects.count()) == before
    assert files_under(store / "media") == []


def test_render_text_attaches_a_tagged_pdf_and_keeps_the_text(example, store, monkeypatch):
    meeting, item = empty_meeting(example)
    document = services.document_record(
        meeting=meeting, item=item, title="Budget report", letter="F"
    )
    text = "Budget 2024/25\n\nThe Board is asked to note:\n- the savings;\n- the risks."
    document_render_text(document=document, text=text)
    document.refresh_from_db()
    assert document.page_count == 1 and document.file_type == "pdf"
    assert document.text == text
    reader = PdfReader(store / "media" / document.file.name)
    assert reader.metadata.title == "Appendix F: Budget report"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB" and "/StructTreeRoot" in root
    pdf_text = " ".join(page_texts(store / "media" / document.file.name))
    assert "The Board is asked to note" in pdf_text and "the risks." in pdf_text
    assert len(files_under(store / "cache" / "rendered")) == 1

    # Rendered again (the example loaded again): from the cache, without WeasyPrint.
    def no_rendering(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(services, "html_document", no_rendering)
    name = document.file.name
    document_render_text(document=document, text=text)
    assert document.file.name == name
    assert len(files_under(store / "media")) == 1


# --- the pack -------------------------------------------------------------------------------


def test_pack_numbering_as_seed_000_through_the_record(meeting):
    build = pack_build(meeting=meeting)
    assert not build.cached
    reader = PdfReader(build.path)
    k = build.unnumbered_pages
    assert build.pages == len(reader.pages) == k + 78
    assert build.appendices == [
        ("A", "Terms of Reference", 1, 6),
        ("B", "Minutes of the Previous Meeting", 7, 18),
        ("C", "Spotlight on Good Practice", 19, 44),
        ("D", "Integrated Care System presentation", 45, 62),
        ("E", "Place Led Plans", 63, 78),
    ]
    texts = page_texts(build.path)
    agenda = " ".join(texts[:k])
    assert re.findall(r"\bPages? \d+(?: - \d+)?", agenda) == LEICESTER_RANGES
    assert "Appendix C: Spotlight on Good Practice (Pages 19 - 44)" in agenda
    assert "To consider Terms of Reference." in agenda  # the purpose, as plain text
    for number in (1, 6, 7, 19, 44, 45, 78):
        assert stamp_lines(texts[k + number - 1]) == [f"Page {number}"], number
    assert "Appendix C sheet 1" in texts[k + 18]

    def flatten(entries, depth=0):
        rows = []
        for entry in entries:
            if isinstance(entry, list):
                rows.extend(flatten(entry, depth + 1))
            else:
                rows.append((depth, entry.title, reader.get_destination_page_number(entry)))
        return rows

    outline = flatten(reader.outline)
    assert outline[0][1] == "Agenda"
    assert outline[1:] == [
        (0, "3. Terms of Reference", k),
        (1, "Appendix A: Terms of Reference (Pages 1 - 6)", k),
        (0, "4. Minutes of the Previous Meeting", k + 6),
        (1, "Appendix B: Minutes of the Previous Meeting (Pages 7 - 18)", k + 6),
        (0, "5. Spotlight on Good Practice and Innovation", k + 18),
        (1, "Appendix C: Spotlight on Good Practice (Pages 19 - 44)", k + 18),
        (0, "6. Integrated Care System - Principles, Priorities and Purpose", k + 44),
        (1, "Appendix D: Integrated Care System presentation (Pages 45 - 62)", k + 44),
        (0, "7. Place Led Plans", k + 62),
        (1, "Appendix E: Place Led Plans (Pages 63 - 78)", k + 62),
    ]
    assert sum(LEICESTER_PAGES.values()) == 78
    assert reader.metadata.title.startswith(f"{meeting.body.name}, 4 July 2024: agenda pack")


def test_unchanged_inputs_are_a_cache_hit_and_a_change_rebuilds(meeting, store):
    first = pack_build(meeting=meeting)
    second = pack_build(meeting=meeting)
    assert (first.cached, second.cached) == (False, True)
    assert second.path == first.path and second.appendices == first.appendices

    item = AgendaItem.objects.get(meeting=meeting, title="Place Led Plans")
    item.title = "Place-led Plans for Leicester"
    item.save()
    third = pack_build(meeting=meeting)
    assert not third.cached and third.path != first.path
    assert not first.path.exists()  # the earlier build is replaced, not kept
    agenda = " ".join(page_texts(third.path)[: third.unnumbered_pages])
    assert "7. PLACE-LED PLANS FOR LEICESTER" in agenda
    packs = files_under(store / "packs")
    assert [p.suffix for p in packs] == [".json", ".pdf"]

    # The members' pack is a separate build of the same inputs.
    members = pack_build(meeting=meeting, include_exempt=True)
    assert not members.cached and "-members-" in members.path.name


@pytest.mark.parametrize("damage", ["corrupt", "missing", "replaced"])
def test_a_stored_file_gone_bad_stops_the_build_naming_it(meeting, store, leicester_pdfs, damage):
    document = Document.objects.get(meeting=meeting, letter="D")
    stored = store / "media" / document.file.name
    if damage == "corrupt":
        stored.write_bytes(stored.read_bytes()[:2000])
    elif damage == "missing":
        stored.unlink()
    else:  # a different, valid PDF put in its place
        stored.write_bytes(leicester_pdfs["A"].read_bytes())
    with pytest.raises(DocumentRejected) as caught:
        pack_build(meeting=meeting)
    message = str(caught.value)
    assert message.startswith(
        f"Appendix D: Integrated Care System presentation ({stored.name}) was refused: "
    )
    assert {"corrupt": "damaged", "missing": "missing", "replaced": "checksum"}[damage] in message
    assert files_under(store / "packs") == []  # no pack, no temporary file


def test_an_exempt_appendix_is_left_out_of_the_public_pack(example, store, leicester_pdfs):
    meeting = build_meeting(example, leicester_pdfs, exempt={"C": 3})
    public = pack_build(meeting=meeting)
    assert [a[0] for a in public.appendices] == ["A", "B", "D", "E"]
    assert public.withheld == ["C"]
    assert public.pages == public.unnumbered_pages + 78 - 26
    agenda = " ".join(page_texts(public.path)[: public.unnumbered_pages])
    assert "Appendix C: exempt under paragraph 3 of Schedule 12A" in agenda
    assert "Spotlight on Good Practice (" not in agenda
    members = pack_build(meeting=meeting, include_exempt=True)
    assert [a[0] for a in members.appendices] == list("ABCDE")


def test_documents_without_a_file_are_listed_not_merged(example, store, leicester_pdfs):
    meeting = build_meeting(example, leicester_pdfs, publish=False)
    item = AgendaItem.objects.get(meeting=meeting, title="Declarations of Interest")
    services.document_record(
        meeting=meeting, item=item, title="Register extract", size_bytes=246 * 1024, file_type="pdf"
    )
    build = pack_build(meeting=meeting)
    assert build.not_merged == ["item 2: Register extract (report, PDF 246 KB)"]
    agenda = " ".join(page_texts(build.path)[: build.unnumbered_pages])
    assert "Not included in this pack (no file is held): Register extract (report, PDF 246 KB)" in (
        agenda
    )


def test_an_unlettered_report_with_a_file_gets_the_next_free_letter(example, store, leicester_pdfs):
    meeting = build_meeting(example, leicester_pdfs, publish=False)
    item = AgendaItem.objects.get(meeting=meeting, title="Questions from Members of the Public")
    document_upload(meeting=meeting, item=item, uploaded_file=leicester_pdfs["A"], title="Answers")
    build = pack_build(meeting=meeting)
    assert build.appendices[-1] == ("F", "Answers", 79, 84)


def test_two_appendices_with_one_letter_are_refused(example, store, leicester_pdfs):
    meeting = build_meeting(example, leicester_pdfs, publish=False)
    item = AgendaItem.objects.get(meeting=meeting, title="Place Led Plans")
    document_upload(
        meeting=meeting, item=item, uploaded_file=leicester_pdfs["A"], title="Annex", letter="C"
    )
    with pytest.raises(PlanError, match=r"Appendix C of .* is used by two documents"):
        pack_build(meeting=meeting)
    assert files_under(store / "packs") == []


def test_minutes_of_a_meeting_not_held_are_refused(example, store, leicester_pdfs):
    meeting, _ = empty_meeting(example)
    with pytest.raises(PlanError, match="has no minutes: the meeting is scheduled, not held"):
        minutes_doc_build(meeting=meeting)
