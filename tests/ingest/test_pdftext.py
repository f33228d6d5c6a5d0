import pytest
from pypdf import PdfWriter
from weasyprint import HTML

from moot.ingest.drafts import ParseError
from moot.ingest.pdftext import extract_pdf_text


def test_text_per_page(tmp_path):
    path = tmp_path / "pack.pdf"
    HTML(
        string="<p>HEALTH AND WELLBEING BOARD</p><p>Date: THURSDAY, 29 JULY 2021</p>"
        "<p style='page-break-before: always'>1. APOLOGIES FOR ABSENCE</p>"
    ).write_pdf(path)
    pages = extract_pdf_text(path)
    assert len(pages) == 2
    assert "HEALTH AND WELLBEING BOARD" in pages[0]
    assert "29 JULY 2021" in pages[0]
    assert pages[1].strip() == "1. APOLOGIES FOR ABSENCE"


def test_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(ParseError, match="no text layer: run OCR first"):
        extract_pdf_text(path)


def test_not_a_pdf(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_text("hello")
    with pytest.raises(ParseError, match="not a readable PDF"):
        extract_pdf_text(path)
