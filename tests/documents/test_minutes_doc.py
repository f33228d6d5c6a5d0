import pytest
from pypdf import PdfReader

from moot.documents.minutes_doc import MinuteEntry, build_minutes_pdf
from tests.documents.helpers import page_texts
from tests.factories import march_minutes


def test_minutes_read_back_in_order(tmp_path):
    out = tmp_path / "minutes.pdf"
    pages = build_minutes_pdf(march_minutes(), out)
    assert pages == len(PdfReader(out).pages)
    text = " ".join(page_texts(out))
    expected_in_order = [
        "DRAFT",
        "Minutes of the Meeting of the HEALTH AND WELLBEING BOARD",
        "Held: THURSDAY, 25 MARCH 2021 at 10:00 am",
        "PRESENT",
        "Councillor Dempster Assistant City Mayor, Health",
        "STANDING INVITEES",
        "Cathy Ellis",
        "IN ATTENDANCE",
        "Graham Carey",
        "APOLOGIES",
        "Andrew Fry",
        "17. WELCOME",
        "The Chair welcomed Dr Katherine Packham.",
        "20. MINUTES OF THE PREVIOUS MEETING",
        "RESOLVED:",
        "held on 19 November 2020 be confirmed as a correct record.",
        "21. LEICESTER, LEICESTERSHIRE AND RUTLAND HEALTH INEQUALITIES FRAMEWORK",
        "Provide a system mandate.",
        "RESOLVED:",
        "Officers were thanked for the work in producing the Framework.",
        "There should be a development session to discuss the Framework.",
        "25. ACQUISITION OF PROPERTY",
        "This minute is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972",
        "26. CLOSE OF MEETING",
        "closed at 12.05pm",
    ]
    position = 0
    for fragment in expected_in_order:
        found = text.find(fragment, position)
        assert found >= 0, f"{fragment!r} missing or out of order"
        position = found + len(fragment)
    assert "EXEMPT-DISCUSSION" not in text
    assert "EXEMPT-RESOLUTION" not in text

    reader = PdfReader(out)
    assert reader.metadata.title.startswith("Draft minutes of the meeting of the Health")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert all("DRAFT" in page for page in page_texts(out))


def test_approved_minutes_have_no_draft_mark(tmp_path):
    out = tmp_path / "approved.pdf"
    build_minutes_pdf(march_minutes(draft=False), out)
    text = " ".join(page_texts(out))
    assert "DRAFT" not in text.upper()
    assert "17. WELCOME" in text
    assert PdfReader(out).metadata.title.startswith("Minutes of the meeting")


def test_members_version_shows_exempt_minutes(tmp_path):
    out = tmp_path / "members.pdf"
    build_minutes_pdf(march_minutes(), out, include_exempt=True)
    text = " ".join(page_texts(out))
    assert "EXEMPT-DISCUSSION" in text
    assert "EXEMPT-RESOLUTION" in text
    assert "(not for publication)" in text


def test_exempt_minute_needs_a_paragraph(tmp_path):
    doc = march_minutes(minutes=[MinuteEntry(1, "Secret", exempt=True)])
    with pytest.raises(ValueError, match="no paragraph"):
        build_minutes_pdf(doc, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_minutes_html_cannot_fetch_anything(tmp_path, caplog):
    doc = march_minutes(
        minutes=[MinuteEntry(1, "Pictures", '<p>x</p><img src="http://127.0.0.1:9/x.png">')]
    )
    build_minutes_pdf(doc, tmp_path / "m.pdf")
    assert "rendered offline" in caplog.text
