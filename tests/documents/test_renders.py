"""Render real pages to PNG with Poppler's pdftoppm and check they are not blank.

The PNGs are left in <repo>/var/renders/ for a person to look at.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from moot.documents.minutes_doc import build_minutes_pdf
from moot.documents.pack import PackAppendix, PackItem, build_pack
from tests.documents.factories import leicester_front, make_appendices
from tests.documents.test_minutes_doc import march_minutes

RENDERS = Path(__file__).resolve().parents[2] / "var" / "renders"

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed; apt-get install -y poppler-utils",
)


def render(pdf: Path, page_number: int, stem: str) -> Path:
    """Render one page (1-based) at 50 dpi to RENDERS/<stem>.png."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    prefix = RENDERS / stem
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


def test_pack_pages_render(tmp_path):
    paths = make_appendices(tmp_path, {"A": 2, "B": 1})
    out = tmp_path / "pack.pdf"
    result = build_pack(
        leicester_front(),
        [
            PackItem(4, "Terms of reference", appendices=[PackAppendix("A", "ToR", paths["A"])]),
            PackItem(5, "Minutes", appendices=[PackAppendix("B", "Minutes", paths["B"])]),
        ],
        out,
        title="Render check",
        author="Leicester City Council",
    )
    assert_not_blank(render(out, 1, "pack_front_sheet"), min_dark_pixels=500)
    # pack page 1 = the first page of Appendix A, after the unnumbered pages
    image = assert_not_blank(render(out, result.unnumbered_pages + 1, "pack_page_1"))
    width, height = image.size
    foot = image.crop((int(width * 0.3), int(height * 0.9), int(width * 0.7), height))
    assert foot.getextrema()[0] < 128, "the 'Page 1' stamp is not visible at the foot"


def test_minutes_page_renders(tmp_path):
    out = tmp_path / "minutes.pdf"
    build_minutes_pdf(march_minutes(), out)
    assert_not_blank(render(out, 1, "minutes_page_1"), min_dark_pixels=500)
