import re
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from moot.documents.pack import PackAppendix, PackItem, build_pack
from moot.documents.pdf import DocumentRejected
from tests.documents.helpers import page_texts, stamp_lines
from tests.factories import LEICESTER_PAGES, LEICESTER_RANGES, leicester_front, make_appendices

TITLE = "Health and Wellbeing Board, 29 July 2021: agenda pack"
AUTHOR = "Leicester City Council"


def leicester_items(paths):
    return [
        PackItem(1, "Apologies for absence"),
        PackItem(
            2,
            "Declarations of interest",
            "Members are asked to declare any interests they may have in the business.",
        ),
        PackItem(
            4,
            "Terms of reference",
            "To note the Board's Terms of Reference.",
            appendices=[PackAppendix("A", "Terms of Reference", paths["A"])],
        ),
        PackItem(
            5,
            "Minutes of the previous meeting",
            appendices=[PackAppendix("B", "Minutes of 25 March 2021", paths["B"])],
        ),
        PackItem(
            6,
            "Spotlight on good practice and innovation",
            appendices=[PackAppendix("C", "Spotlight on good practice", paths["C"])],
        ),
        PackItem(
            7,
            "Integrated Care System - principles, priorities and purpose",
            presenters=["Sara Prema"],
            appendices=[PackAppendix("D", "ICS presentation", paths["D"])],
        ),
        PackItem(
            8,
            "Place led plans",
            appendices=[PackAppendix("E", "Place led plans", paths["E"])],
        ),
        PackItem(9, "Questions from members of the public"),
    ]


@pytest.fixture(scope="module")
def leicester_pack(tmp_path_factory):
    directory = tmp_path_factory.mktemp("leicester")
    paths = make_appendices(directory, LEICESTER_PAGES)
    out = directory / "pack.pdf"
    result = build_pack(leicester_front(), leicester_items(paths), out, title=TITLE, author=AUTHOR)
    return result, out, page_texts(out), paths


def test_page_ranges_come_from_the_real_page_counts(leicester_pack):
    result, out, texts, _ = leicester_pack
    agenda_text = " ".join(texts[: result.unnumbered_pages])
    assert re.findall(r"\bPages? \d+(?: - \d+)?", agenda_text) == LEICESTER_RANGES
    assert result.pages == result.unnumbered_pages + 78
    assert len(PdfReader(out).pages) == result.unnumbered_pages + 78
    assert [(a.letter, a.first_page, a.last_page) for a in result.appendices] == [
        ("A", 1, 6),
        ("B", 7, 18),
        ("C", 19, 44),
        ("D", 45, 62),
        ("E", 63, 78),
    ]
    assert "Appendix C: Spotlight on good practice (Pages 19 - 44)" in agenda_text
    assert result.withheld == []


def test_front_sheet_and_agenda_are_unnumbered(leicester_pack):
    result, _, texts, _ = leicester_pack
    front = texts[: result.unnumbered_pages]
    assert "HEALTH AND WELLBEING BOARD" in front[0]
    assert "THURSDAY, 29 JULY 2021" in front[0]
    assert "9:30 am" in front[0]
    assert "summoned to attend" in front[0]
    whole_front = " ".join(front)
    for expected in (
        "Councillor Vi Dempster, Assistant City Mayor, Health (Chair)",
        "1 Vacancy",
        "Cathy Ellis, Chair of Leicestershire Partnership NHS Trust",
        "Information for members of the public",
        "wheelchair users",
        "record and share reports",
        "evacuate the building",
        "graham.carey@leicester.gov.uk",
        "http://www.leicester.public-i.tv/core/portal/webcasts",
    ):
        assert expected.lower() in whole_front.lower(), expected
    assert "Agenda" in texts[result.agenda_page_index]
    assert all(stamp_lines(text) == [] for text in front)


def test_every_appended_page_is_stamped_with_its_pack_number(leicester_pack):
    result, _, texts, _ = leicester_pack
    k = result.unnumbered_pages
    for number in range(1, 79):
        assert stamp_lines(texts[k + number - 1]) == [f"Page {number}"], number
    # the pages are the appendices' own pages, in agenda order
    assert "Appendix A sheet 1" in texts[k]
    assert "Appendix C sheet 1" in texts[k + 18]
    assert "Page 19" in texts[k + 18]
    assert "Appendix E sheet 16" in texts[k + 77]
    assert "Page 78" in texts[k + 77]


def test_outline_titles_and_targets(leicester_pack):
    result, out, _, _ = leicester_pack
    reader = PdfReader(out)
    k = result.unnumbered_pages

    def flatten(entries, depth=0):
        rows = []
        for entry in entries:
            if isinstance(entry, list):
                rows.extend(flatten(entry, depth + 1))
            else:
                rows.append((depth, entry.title, reader.get_destination_page_number(entry)))
        return rows

    assert flatten(reader.outline) == [
        (0, "Agenda", result.agenda_page_index),
        (0, "4. Terms of reference", k),
        (1, "Appendix A: Terms of Reference (Pages 1 - 6)", k),
        (0, "5. Minutes of the previous meeting", k + 6),
        (1, "Appendix B: Minutes of 25 March 2021 (Pages 7 - 18)", k + 6),
        (0, "6. Spotlight on good practice and innovation", k + 18),
        (1, "Appendix C: Spotlight on good practice (Pages 19 - 44)", k + 18),
        (0, "7. Integrated Care System - principles, priorities and purpose", k + 44),
        (1, "Appendix D: ICS presentation (Pages 45 - 62)", k + 44),
        (0, "8. Place led plans", k + 62),
        (1, "Appendix E: Place led plans (Pages 63 - 78)", k + 62),
    ]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_metadata_title_author_language(leicester_pack):
    _, out, _, _ = leicester_pack
    reader = PdfReader(out)
    assert reader.metadata.title == TITLE
    assert reader.metadata.author == AUTHOR
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    # The appended reports are not tagged, so the pack does not claim PDF/UA.
    assert b"pdfuaid:part" not in root["/Metadata"].get_object().get_data()


def test_a_pack_without_reports_keeps_its_pdfua_claim(tmp_path):
    out = tmp_path / "agenda.pdf"
    result = build_pack(
        leicester_front(sections=[], standing_invitees=[]),
        [PackItem(1, "Apologies for absence")],
        out,
        title="Agenda only",
        author=AUTHOR,
        lang="en",
    )
    reader = PdfReader(out)
    assert result.pages == result.unnumbered_pages == len(reader.pages)
    assert result.appendices == []
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert b'pdfuaid:part="1"' in reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert [entry.title for entry in reader.outline] == ["Agenda"]


def exempt_items(paths):
    return [
        PackItem(
            4,
            "Property strategy",
            "To consider the property strategy.",
            appendices=[
                PackAppendix("A", "Property strategy report", paths["A"]),
                PackAppendix(
                    "B",
                    "Confidential valuation report",
                    paths["B"],
                    exempt=True,
                    exempt_paragraph=3,
                ),
            ],
        ),
        PackItem(5, "Questions from members of the public"),
        PackItem(
            9,
            "Staffing matter",
            "ITEMSECRETTEXT about a named employee.",
            presenters=["Director of HR"],
            appendices=[PackAppendix("C", "Named employee case", paths["C"])],
            exempt=True,
            exempt_paragraph=1,
        ),
    ]


@pytest.fixture(scope="module")
def exempt_sources(tmp_path_factory):
    directory = tmp_path_factory.mktemp("exempt")
    paths = make_appendices(directory, {"A": 2}, marker="PUBLICMARK")
    paths |= make_appendices(directory, {"B": 3}, marker="SECRETMARKER")
    paths |= make_appendices(directory, {"C": 2}, marker="PRIVATEITEMMARKER")
    return directory, paths


def test_exempt_appendices_are_left_out_of_the_public_pack(exempt_sources):
    directory, paths = exempt_sources
    out = directory / "public.pdf"
    result = build_pack(leicester_front(), exempt_items(paths), out, title=TITLE, author=AUTHOR)
    texts = page_texts(out)
    everything = " ".join(texts)
    for secret in (
        "SECRETMARKER",
        "Confidential valuation",
        "PRIVATEITEMMARKER",
        "Named employee case",
        "ITEMSECRETTEXT",
        "Director of HR",
        "NOT FOR PUBLICATION",
    ):
        assert secret not in everything, secret
    assert "PUBLICMARK" in everything
    assert result.pages == result.unnumbered_pages + 2
    assert [(a.letter, a.first_page, a.last_page) for a in result.appendices] == [("A", 1, 2)]
    assert result.withheld == ["B", "C"]
    agenda = " ".join(texts[: result.unnumbered_pages])
    assert "Appendix A: Property strategy report (Pages 1 - 2)" in agenda
    assert (
        "Appendix B: exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972"
        in agenda
    )
    assert "9. STAFFING MATTER" in agenda
    assert (
        "This item is exempt under paragraph 1 of Schedule 12A to the Local Government Act 1972"
        in agenda
    )
    assert (
        "Appendix C: exempt under paragraph 1 of Schedule 12A to the Local Government Act 1972"
        in agenda
    )
    assert re.findall(r"\bPages? \d+(?: - \d+)?", agenda) == ["Pages 1 - 2"]
    assert "PRIVATE SESSION" in agenda
    titles = [e.title for e in PdfReader(out).outline if not isinstance(e, list)]
    assert titles == ["Agenda", "4. Property strategy"]


def test_members_pack_includes_and_numbers_exempt_reports(exempt_sources):
    directory, paths = exempt_sources
    out = directory / "members.pdf"
    result = build_pack(
        leicester_front(), exempt_items(paths), out, include_exempt=True, title=TITLE, author=AUTHOR
    )
    texts = page_texts(out)
    k = result.unnumbered_pages
    everything = " ".join(texts)
    assert "NOT FOR PUBLICATION" in texts[0]
    for marker in ("SECRETMARKER", "PRIVATEITEMMARKER", "ITEMSECRETTEXT", "Director of HR"):
        assert marker in everything
    assert [(a.letter, a.first_page, a.last_page) for a in result.appendices] == [
        ("A", 1, 2),
        ("B", 3, 5),
        ("C", 6, 7),
    ]
    assert result.pages == k + 7
    assert "SECRETMARKER" in texts[k + 2] and stamp_lines(texts[k + 2]) == ["Page 3"]
    agenda = " ".join(texts[:k])
    assert "Appendix B: Confidential valuation report (Pages 3 - 5)" in agenda
    assert "paragraph 3 of Schedule 12A" in agenda


def test_exempt_without_a_paragraph_is_a_programming_error(tmp_path, exempt_sources):
    _, paths = exempt_sources
    items = [PackItem(1, "Secret", appendices=[PackAppendix("A", "x", paths["A"], exempt=True)])]
    with pytest.raises(ValueError, match="no paragraph"):
        build_pack(leicester_front(), items, tmp_path / "x.pdf", title="t", author="a")
    with pytest.raises(ValueError, match="1 to 7"):
        build_pack(
            leicester_front(),
            [PackItem(1, "Secret", exempt=True, exempt_paragraph=9)],
            tmp_path / "x.pdf",
            title="t",
            author="a",
        )
    assert list(tmp_path.iterdir()) == []


def test_duplicate_appendix_letters_are_refused(tmp_path, exempt_sources):
    _, paths = exempt_sources
    items = [
        PackItem(1, "One", appendices=[PackAppendix("A", "x", paths["A"])]),
        PackItem(2, "Two", appendices=[PackAppendix("A", "y", paths["A"])]),
    ]
    with pytest.raises(ValueError, match="letter A is used twice"):
        build_pack(leicester_front(), items, tmp_path / "x.pdf", title="t", author="a")


def test_a_corrupt_appendix_stops_the_build_and_writes_nothing(tmp_path):
    paths = make_appendices(tmp_path, {"A": 2, "B": 2, "C": 3})
    data = paths["C"].read_bytes()
    paths["C"].write_bytes(data[: len(data) // 2])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "pack.pdf"
    items = [
        PackItem(1, "One", appendices=[PackAppendix("A", "First", paths["A"])]),
        PackItem(
            2,
            "Two",
            appendices=[
                PackAppendix("B", "Second", paths["B"]),
                PackAppendix("C", "Broken", paths["C"]),
            ],
        ),
    ]
    with pytest.raises(DocumentRejected) as caught:
        build_pack(leicester_front(), items, out, title="t", author="a")
    assert "Appendix C (appendix_c.pdf)" in str(caught.value)
    assert "damaged" in str(caught.value)
    assert list(out_dir.iterdir()) == []

    # an existing pack is left exactly as it was
    out.write_bytes(b"previous pack")
    with pytest.raises(DocumentRejected):
        build_pack(leicester_front(), items, out, title="t", author="a")
    assert out.read_bytes() == b"previous pack"
    assert list(out_dir.iterdir()) == [out]


def test_missing_or_encrypted_appendix_is_named(tmp_path):
    paths = make_appendices(tmp_path, {"A": 1})
    missing = replace(PackAppendix("D", "Gone", paths["A"]), path=tmp_path / "gone.pdf")
    with pytest.raises(
        DocumentRejected, match=r"Appendix D \(gone\.pdf\) was refused: .*not be found"
    ):
        build_pack(
            leicester_front(),
            [PackItem(1, "x", appendices=[missing])],
            tmp_path / "p.pdf",
            title="t",
            author="a",
        )
    assert not (tmp_path / "p.pdf").exists()

    writer = PdfWriter(clone_from=PdfReader(paths["A"]))
    writer.encrypt(user_password="", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentRejected, match=r"Appendix E \(locked\.pdf\) .*encrypted"):
        build_pack(
            leicester_front(),
            [PackItem(1, "x", appendices=[PackAppendix("E", "Locked", locked)])],
            tmp_path / "p.pdf",
            title="t",
            author="a",
        )
    assert not (tmp_path / "p.pdf").exists()


def test_stamps_sit_upright_at_the_visual_foot_of_rotated_pages(tmp_path):
    source = make_appendices(tmp_path, {"R": 4}, landscape=True)["R"]
    writer = PdfWriter(clone_from=PdfReader(source))
    for index, page in enumerate(writer.pages):
        page.rotate(90 * index)
    rotated = tmp_path / "rotated.pdf"
    with rotated.open("wb") as handle:
        writer.write(handle)
    out = tmp_path / "pack.pdf"
    result = build_pack(
        leicester_front(),
        [PackItem(1, "Rotated pages", appendices=[PackAppendix("A", "Plans", rotated)])],
        out,
        title="t",
        author="a",
    )
    document = pdfium.PdfDocument(str(out))
    try:
        for number in range(1, 5):
            page = document[result.unnumbered_pages + number - 1]
            image = page.render(scale=0.5).to_pil().convert("L")
            width, height = image.size
            # dark pixels of the stamp: in the bottom band, around the horizontal centre
            band = image.crop((int(width * 0.3), int(height * 0.9), int(width * 0.7), height))
            assert band.getextrema()[0] < 128, f"no stamp at the foot of page {number}"
            textpage = page.get_textpage()
            assert stamp_lines(" ".join(textpage.get_text_bounded().split())) == [f"Page {number}"]
            textpage.close()
            page.close()
    finally:
        document.close()
