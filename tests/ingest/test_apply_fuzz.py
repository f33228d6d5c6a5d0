"""Mangled seeds through the whole import, writes included: either it succeeds, or it fails
with a clean one-line ``ImportFailed`` and leaves the record exactly as it was.

30 examples by default (the suite's time budget); ``MOOT_FUZZ_EXAMPLES=600`` for a longer
hunt (run clean at 600 on SQLite and 300 on PostgreSQL when written)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from moot.ingest.services import ImportFailed, import_file
from tests.helpers import PACK_SEED, PAGE_SEED
from tests.ingest.helpers import BODY, row_counts
from tests.ingest.mangling import mangled_lines

SEEDS = {
    "pack": PACK_SEED.read_bytes().split(b"\n"),
    "page": PAGE_SEED.read_bytes().split(b"\n"),
}
JUNK = st.binary(min_size=1, max_size=12) | st.sampled_from(
    [
        b"\x00",
        b"\xff\xfe",
        b"\f",
        "\u00a0\u00a0".encode(),
        b"RESOLVED:",
        b"17.",
        b"Present:",
        b"Apologies for absence were received from:-",
        b"Held: THURSDAY, 31 FEBRUARY 2021 at 10:00 am",
        b"Date: THURSDAY, 29 JULY 2021",
        b"Appendix Z (Pages 99 - 1)",
        b"Councillor",
        b"Councillor Patel",
        b"Standing Invitees",
        b"Minutes of the Meeting of the HEALTH AND WELLBEING BOARD",
        b"99. MINUTES OF THE PREVIOUS MEETING",
        b"view the full minutes text for item 21",
        b"Minutes:",
        b"pdf icon PDF 9999999999999 KB",
        b"Special Meeting, Licensing Committee - Thursday, 1 April 2021 10:00 am",
    ]
)


@st.composite
def mangled(draw) -> tuple[str, bytes]:
    """A seed's lines as bytes, edited as ``mangled_lines`` edits them (a window of the
    document sometimes, bytes that are no text among the junk), then sometimes cut short
    at any byte."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = draw(mangled_lines(SEEDS[name], JUNK, edits=20, window=True, window_lines=600))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return name, data


@settings(
    max_examples=int(os.environ.get("MOOT_FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mangled(), named_body=st.booleans(), dry_run=st.booleans())
def test_a_mangled_seed_imports_or_fails_cleanly(fresh, case, named_body, dry_run):
    name, data = case
    kind = "agenda-pack" if name == "pack" else "moderngov-page"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.txt"
        path.write_bytes(data)
        before = row_counts()
        try:
            report = import_file(
                path, kind=kind, body=BODY if named_body else None, dry_run=dry_run
            )
        except ImportFailed as exc:
            message = str(exc)
            assert message and "\n" not in message
            assert row_counts() == before
            event("refused")
            return
    event("imported")
    # A pack cut down to minutes printed alone may be read by the printed-minutes reader
    # (parse_pack_or_minutes), and the report says which reader it used.
    readers = {kind, "printed-minutes"} if kind == "agenda-pack" else {kind}
    assert report["source"]["kind"] in readers
    if dry_run:
        assert row_counts() == before
    # Without --body, a mangled heading may name another body: the importer then creates it
    # and says so under bodies.created (import into an empty Moot), never files it silently.
    allowed = (
        {BODY}
        if named_body
        else {BODY} | {b["slug"] for b in report.get("bodies", {}).get("created", [])}
    )
    for meeting in report["meetings"]:
        assert meeting["meeting"].split("/")[0] in allowed
