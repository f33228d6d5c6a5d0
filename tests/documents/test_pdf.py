import os

import pytest
from pypdf import PdfReader, PdfWriter

from moot.documents.pdf import DocumentRejected, atomic_write, inspect_pdf, validate_pdf
from tests.factories import make_appendices


@pytest.fixture
def good_pdf(tmp_path):
    return make_appendices(tmp_path, {"A": 3}, marker="MARKER-QX")["A"]


def encrypt(source, target, user_password):
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_inspect_reads_pages_size_and_text(good_pdf):
    info = inspect_pdf(good_pdf)
    assert info.page_count == 3
    assert info.size_bytes == good_pdf.stat().st_size
    pages = info.text.split("\f")
    assert len(pages) == 3
    for sheet, text in enumerate(pages, start=1):
        assert f"Appendix A sheet {sheet} MARKER-QX" in text
    assert validate_pdf(good_pdf, "Report.pdf") == 3


def test_not_a_pdf_is_refused_with_its_name(tmp_path):
    path = tmp_path / "budget.docx"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a PDF" * 10)
    with pytest.raises(DocumentRejected) as caught:
        validate_pdf(path)
    message = str(caught.value)
    assert "budget.docx" in message
    assert "not a PDF" in message
    assert caught.value.display_name == "budget.docx"
    assert message.endswith(".")


@pytest.mark.parametrize("user_password", ["letmein", ""])
def test_encrypted_pdf_is_refused(tmp_path, good_pdf, user_password):
    # Refused even with an empty user password (owner-only restrictions): a pack cannot
    # carry the restrictions over, so the clerk must upload an unprotected copy.
    path = encrypt(good_pdf, tmp_path / "locked.pdf", user_password)
    with pytest.raises(DocumentRejected, match=r"locked\.pdf was refused: it is encrypted"):
        validate_pdf(path)
    with pytest.raises(DocumentRejected, match="encrypted"):
        inspect_pdf(path)


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.95])
def test_truncated_pdf_is_refused(tmp_path, good_pdf, keep):
    data = good_pdf.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(DocumentRejected, match=r"cut\.pdf was refused: .*damaged"):
        validate_pdf(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 200, "damaged"),
    ],
)
def test_empty_and_garbage_files_are_refused(tmp_path, content, reason):
    path = tmp_path / "odd.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentRejected, match=reason):
        validate_pdf(path, "Odd upload")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(DocumentRejected, match="could not be found"):
        validate_pdf(tmp_path / "nowhere.pdf")


def test_atomic_write_replaces_the_target(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    with atomic_write(target) as handle:
        handle.write(b"new contents")
        assert target.read_bytes() == b"old"  # not replaced until the block ends
    assert target.read_bytes() == b"new contents"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]

    fresh = tmp_path / "fresh.pdf"
    with atomic_write(fresh) as handle:
        handle.write(b"x")
    assert fresh.stat().st_mode & 0o777 == 0o644


def test_atomic_write_leaves_target_untouched_on_error(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), atomic_write(target) as handle:
        handle.write(b"half written")
        raise Boom
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]

    missing = tmp_path / "never.pdf"
    with pytest.raises(Boom), atomic_write(missing) as handle:
        handle.write(b"x")
        raise Boom
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
