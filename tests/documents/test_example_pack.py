"""The bundled example's documents: appendices A-E of the July 2021 meeting are PDFs
rendered from the seed's own appendix text when the example loads, the pack and the
minutes are built from the record, and their first pages are rendered to PNG for a person
to look at (the ``renders`` folder, under pytest's temporary folder)."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from moot.documents import services
from moot.documents.models import Document
from moot.documents.services import document_render_text, minutes_doc_build, pack_build
from moot.examples.loader import load_example, read_example
from moot.meetings.models import Meeting
from tests.documents.helpers import assert_not_blank, page_texts, render

pytestmark = pytest.mark.django_db

APPENDIX_PHRASES = {
    "A": "Version 9.7 April 2021",
    "B": "Minutes of the Meeting of the HEALTH AND WELLBEING BOARD",
    "C": "LPT",
    "D": "Integrated Care Systems",
    "E": "DEVELOPING A LEICESTER CITY PLACE LED PLAN",
}


def july_documents() -> list[Document]:
    return list(Document.objects.filter(meeting__date=date(2021, 7, 29)).order_by("letter"))


def test_appendices_a_to_e_are_pdfs_rendered_from_the_seed_text(example):
    documents = july_documents()
    assert [d.letter for d in documents] == list("ABCDE")
    data, sources, _ = read_example("leicester-hwb")
    seeds = {a["letter"]: sources.passage(a["text"]) for a in data["meetings"][1]["appendices"]}
    for document in documents:
        assert document.file and document.file_type == "pdf"
        assert document.page_count >= 1 and document.checksum
        assert document.text == seeds[document.letter]  # the seed text, not a re-extraction
        with document.file.open("rb") as handle:
            reader = PdfReader(handle)
            assert len(reader.pages) == document.page_count
            assert reader.metadata.title == f"Appendix {document.letter}: {document.title}"
            assert reader.trailer["/Root"]["/Lang"] == "en-GB"
            assert "/StructTreeRoot" in reader.trailer["/Root"]
            text = " ".join((page.extract_text() or "") for page in reader.pages)
        assert APPENDIX_PHRASES[document.letter] in " ".join(text.split())
        # The published page ranges of the seed are kept, as imported.
        assert document.published_first_page is not None


def test_rendering_again_uses_the_cache(example, monkeypatch):
    def no_rendering(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(services, "html_document", no_rendering)
    for document in july_documents():
        name = document.file.name
        document_render_text(document=document, text=document.text)
        assert document.file.name == name
    assert load_example("leicester-hwb").changed is False


def test_the_july_pack_from_the_record(example, example_builds):
    meeting = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    build = pack_build(meeting=meeting)
    documents = july_documents()
    counts = [d.page_count for d in documents]
    expected, first = [], 1
    for document, count in zip(documents, counts, strict=True):
        expected.append((document.letter, document.title, first, first + count - 1))
        first += count
    assert build.appendices == expected
    assert build.pages == build.unnumbered_pages + sum(counts)
    texts = page_texts(build.path)
    agenda = " ".join(texts[: build.unnumbered_pages])
    ranges = re.findall(r"Appendix ([A-E]): .*? \((Pages? \d+(?: - \d+)?)\)", agenda)
    assert [letter for letter, _ in ranges] == list("ABCDE")
    assert "Members of the Board are summoned to attend" in texts[0]
    assert "Councillor Vi Dempster, Assistant City Mayor, Health (Chair)" in " ".join(texts[:3])
    k = build.unnumbered_pages
    assert "Page 1" in texts[k] and APPENDIX_PHRASES["A"].split()[0] in " ".join(texts[k : k + 6])


def test_the_march_pack_lists_the_documents_it_has_no_file_for(example, example_builds):
    meeting = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    build = pack_build(meeting=meeting)
    assert build.appendices == []
    assert build.pages == build.unnumbered_pages
    assert build.not_merged == [
        "item 20: Minutes of the meeting of 19 November 2020 (minutes, PDF 246 KB)",
        "item 21: LLR System Health Inequalities Framework (report, PDF 127 KB)",
    ]
    agenda = " ".join(page_texts(build.path))
    assert "Not included in this pack (no file is held): Minutes of the meeting of 19 November" in (
        agenda
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_first_pages_render(example, example_builds, renders):
    july = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    pack = pack_build(meeting=july)
    assert_not_blank(render(pack.path, 1, renders / "example_pack_page_1"), min_dark_pixels=500)
    image = assert_not_blank(
        render(pack.path, pack.unnumbered_pages + 1, renders / "example_pack_appendix_page_1")
    )
    width, height = image.size
    foot = image.crop((int(width * 0.3), int(height * 0.9), int(width * 0.7), height))
    assert foot.getextrema()[0] < 128, "the 'Page 1' stamp is not visible"
    minutes = minutes_doc_build(meeting=march)
    assert_not_blank(
        render(minutes.path, 1, renders / "example_minutes_page_1"), min_dark_pixels=500
    )
