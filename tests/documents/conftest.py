"""Fixtures for the documents tests that use the database: private data folders, PDFs of
known page counts, and meetings built through the services as a clerk would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import LEICESTER_PAGES, make_appendices


@pytest.fixture
def store(settings, tmp_path) -> Path:
    """A private data folder (uploaded files, packs, caches) for a test that builds its own
    meeting: nothing it stores or corrupts is seen by another test."""
    data = tmp_path / "data"
    data.mkdir()
    settings.DATA_DIR = data
    settings.MEDIA_ROOT = data / "media"
    return data


@pytest.fixture(scope="session")
def example_builds_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("example-builds")


@pytest.fixture
def example_builds(settings, example_builds_dir) -> Path:
    """Builds of the example go to a folder shared by the session: the example is the same
    in every test, so a pack built once is a cache hit afterwards. The example's uploaded
    files stay where the example keeps them."""
    settings.DATA_DIR = example_builds_dir
    return example_builds_dir


@pytest.fixture(scope="session")
def leicester_pdfs(tmp_path_factory) -> dict[str, Path]:
    """Five appendix PDFs of seed 000's page counts (6, 12, 26, 18 and 16 pages)."""
    return make_appendices(tmp_path_factory.mktemp("leicester-pdfs"), LEICESTER_PAGES)


@pytest.fixture(scope="session")
def renders(tmp_path_factory) -> Path:
    """Rendered pages (PNG) for a person to look at: under pytest's temporary folder
    (``--basetemp DIR`` chooses it), never in the repository's var/."""
    return tmp_path_factory.mktemp("renders", numbered=False)
