"""Readers and checks for the document tests that are not fixtures: PDF text, page
stamps, files in a folder, and rendering a page to PNG with Poppler's pdftoppm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image


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


def files_under(folder: Path) -> list[Path]:
    """Every file below ``folder``, hidden ones (temporary files) included."""
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def render(pdf: Path, page_number: int, prefix: Path) -> Path:
    """Render one page (1-based) at 50 dpi to <prefix>.png (a path under a temporary
    folder: the ``renders`` fixture's)."""
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-png",
            "-singlefile",
            "-f",
            str(page_number),
            "-l",
            str(page_number),
            str(pdf),
            str(prefix),
        ],
        check=True,
        timeout=60,
    )
    return prefix.with_suffix(".png")


def assert_not_blank(png: Path, min_dark_pixels: int = 50) -> Image.Image:
    image = Image.open(png).convert("L")
    darkest, lightest = image.getextrema()
    assert darkest < 100, f"{png.name} has no dark pixels"
    assert lightest > 200, f"{png.name} has no light pixels"
    dark = sum(count for value, count in enumerate(image.histogram()) if value < 128)
    assert dark >= min_dark_pixels, f"{png.name} has only {dark} dark pixels"
    return image
