"""Render real pages to PNG with Poppler's pdftoppm and check they are not blank.

The PNGs are left in the ``renders`` folder (pytest's temporary folder) for a person to
look at.
"""

import shutil

import pytest

from moot.documents.minutes_doc import build_minutes_pdf
from moot.documents.pack import PackAppendix, PackItem, build_pack
from tests.documents.helpers import assert_not_blank, render
from tests.factories import leicester_front, make_appendices, march_minutes

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed; apt-get install -y poppler-utils",
)


def test_pack_pages_render(tmp_path, renders):
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
    assert_not_blank(render(out, 1, renders / "pack_front_sheet"), min_dark_pixels=500)
    # pack page 1 = the first page of Appendix A, after the unnumbered pages
    image = assert_not_blank(render(out, result.unnumbered_pages + 1, renders / "pack_page_1"))
    width, height = image.size
    foot = image.crop((int(width * 0.3), int(height * 0.9), int(width * 0.7), height))
    assert foot.getextrema()[0] < 128, "the 'Page 1' stamp is not visible at the foot"


def test_minutes_page_renders(tmp_path, renders):
    out = tmp_path / "minutes.pdf"
    build_minutes_pdf(march_minutes(), out)
    assert_not_blank(render(out, 1, renders / "minutes_page_1"), min_dark_pixels=500)
