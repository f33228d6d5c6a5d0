"""Apply an importer's drafts to the record: one file, one transaction, one report.

``import_file(path, kind=..., body=..., dry_run=...)`` reads a file (PDF, HTML or text),
parses it (``moot.ingest.parse``), decides who is who (``moot.ingest.reconcile``) and writes
the meetings it describes through the meetings and documents services. It returns the
report of CONTRACT.md ("Import JSON") and raises ``ImportFailed`` (one line, naming the file
and what was expected) for anything the user can fix. Nothing is written when it fails, and
nothing at all on a dry run: the whole import runs in one transaction that is rolled back.

The importer is split by what it does: ``source`` (reading the file and choosing the
parser), ``identify`` (reconciling people and bodies), ``substitutes`` (the substitute rule,
a pure function), ``apply`` / ``apply_items`` / ``apply_attendance`` (writing meetings,
items, documents, minutes and attendance through the meetings, documents and governance
services) and ``report`` (the import JSON). This module holds the entry points.

How a file's meetings meet the record (the rules a clerk can rely on):

* **Which meeting**: the body's meeting on the file's date (and, with two that day, at the
  file's start time); else a new one. Meetings whose minutes are approved are never changed:
  the import reports them and says so in a warning.
* **Items** are matched by number (minute number for minutes, agenda number for an agenda)
  and title (case, punctuation and "&"/"and" ignored, or the same standing item); failing
  the number, by title alone. Missing items are added in number order. Minute numbers from
  the source are kept; one already used in the body's municipal year is reported and the
  item left unnumbered (holding the meeting then numbers it as the services do).
* **Fields** of the meeting and of items are filled only where empty; **minutes** are
  written where there are none, and partial minutes (a web page's "view the full minutes
  text") are replaced by full ones, never the reverse. Resolutions, documents, presenters
  and attendance are added only when not already recorded (resolutions by their words,
  documents by letter, title or published size, attendance by person). Recorded votes and
  declarations of interest the minutes state are written through the meetings services when
  the file says which resolution, item, person, kind and action (``apply_recorded``).
* **People**: each printed name is reconciled with the record's people and their aliases.
  *matched*: used, and a new spelling is kept as an alias (source: the file name).
  *new*: a person is created, unless the role printed with the name is the office of a
  current member or standing invitee of the body under another name ("Rupert Harding, ...
  Police and Crime Commissioner" beside member Rupert Matthews holding that office): then
  it is *uncertain*. *uncertain*: nobody is guessed or created; the attendance line is not
  recorded and a warning says so (add an alias and import again to record it). In an
  import of several councils' documents, a name is reconciled only with its document's
  council's people, never another council's (``moot.ingest.council_people``).
* **Attendance**: a present person holding a seat on the meeting's date is present; one who
  does not, from the organisation of a member who sent apologies, is that member's
  substitute (ToR 5.3); anyone else present is recorded present without a seat (the quorum
  does not count them) with a warning. Standing invitees and officers in attendance are
  recorded as such.
* **Status**: a file with minutes moves the meeting to held (the quorum is judged) and
  draft minutes published; an agenda alone to agenda published.
* **Provenance**: an ``ImportRecord`` keeps the file name and SHA-256; new meetings and
  documents carry the file name in ``source``. Importing the same file again changes
  nothing and adds no rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from django.db import transaction

from moot.governance.services import GovernanceError
from moot.ingest.apply import _Importer
from moot.ingest.batch import collapse_commit_callbacks
from moot.ingest.council import (
    council_named,
    folder_council,
    kind_only_refusals,
    refusals,
)
from moot.ingest.council_people import CouncilPeople, FileCouncil, several_councils
from moot.ingest.drafts import ParseResult, SourceKind
from moot.ingest.identify import PeopleResolver, PersonOutcome, match_bodies, resolve_body
from moot.ingest.matching import minutes_discussion, tidy_capitals
from moot.ingest.source import (
    IMPORTABLE_SUFFIXES,
    KIND_LABELS,
    KINDS,
    TEXT_SUFFIXES,
    ImportFailed,
    Source,
    parse_source,
    read_source,
)
from moot.ingest.substitutes import organisation_score
from moot.meetings import services as meeting_services

# --- entry points -----------------------------------------------------------------------

# inside ``dry_run_together``: a dry run's file keeps its writes until the block rolls back
_SHARED_DRY_RUN: ContextVar[bool] = ContextVar("moot_ingest_shared_dry_run", default=False)


@contextmanager
def dry_run_together() -> Iterator[None]:
    """Run several files' dry runs (``dry_run=True``) as one: each file is imported as a real
    run would be, in its own savepoint (a failed file undoes only its own writes), so a later
    file meets what the earlier ones would have created; the whole block is rolled back at
    the end, with the jobs, index and cache requests queued for its commit. Nothing an import
    does outside the database happens before commit, so nothing at all is written."""
    token = _SHARED_DRY_RUN.set(True)
    try:
        with transaction.atomic():
            try:
                yield
            finally:
                transaction.set_rollback(True)
    finally:
        _SHARED_DRY_RUN.reset(token)


def import_file(
    path: str | Path,
    *,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
    council: str = "",
    council_people: FileCouncil | None = None,
) -> dict[str, Any]:
    """Import one file (see the module docstring); returns the report. ``council`` is the
    council of the folder the file is imported with (``folder_council``): a heading naming
    only the kind of council is that council's body. ``council_people``: in an import of
    several councils' documents, the file's council, whose people alone its names can be
    (``moot.ingest.council_people``)."""
    source = read_source(path)
    return import_source(
        source,
        kind=kind,
        body=body,
        dry_run=dry_run,
        user=user,
        council=council,
        council_people=council_people,
    )


def import_text(
    text: str,
    *,
    name: str,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
) -> dict[str, Any]:
    """Import a document's text as if read from a file called ``name``."""
    checksum = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    source = Source(name, text, checksum)
    return import_source(source, kind=kind, body=body, dry_run=dry_run, user=user)


def import_source(
    source: Source,
    *,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
    council: str = "",
    council_people: FileCouncil | None = None,
) -> dict[str, Any]:
    # PostgreSQL text cannot hold NUL characters; they carry nothing in a document.
    source = replace(source, text=source.text.replace("\x00", ""))
    parsed = parse_source(source, kind)
    if council_people is not None:
        council_people.discard()
    try:
        with transaction.atomic():
            if not parsed.meetings:
                report = import_lists(
                    source, parsed, body=body, user=user, council_people=council_people
                )
            else:
                # A web service's list of meetings can span committees, and so can an
                # issue history (the one kind of ModernGov page with several meetings); a
                # pack or page is one body's (its minutes-in-pack may print the body's name
                # differently).
                web = parsed.source_kind == "moderngov-xml" or (
                    parsed.source_kind == "moderngov-page" and len(parsed.meetings) > 1
                )
                groups = split_by_body(parsed) if web and not body else [parsed]
                report = merge_reports(
                    [
                        _Importer(
                            source,
                            group,
                            user=user,
                            council=council,
                            council_people=council_people,
                        ).run(body)
                        for group in groups
                    ]
                )
            if dry_run and not _SHARED_DRY_RUN.get():
                transaction.set_rollback(True)
            else:
                collapse_commit_callbacks()
    except (meeting_services.MeetingError, GovernanceError) as exc:
        raise ImportFailed(f"{source.name}: {exc}") from exc
    if council_people is not None:
        council_people.keep()  # only once the file imported: a failed one wrote nothing
    report["dry_run"] = dry_run
    return report


def folder_councils(paths: list[Path], kinds: dict[str, str] | None = None) -> dict[str, str]:
    """Each file's council ("" when it names none: ``moot.ingest.council.council_named``),
    by file name. A file that cannot be read or parsed is left to its own import, which
    says why. ``kinds``, when given, gets the files whose heading names only the kind of
    council, with that kind ("Parish Council")."""
    councils: dict[str, str] = {}
    for path in paths:
        try:
            source = read_source(path)
            parsed = parse_source(source)
        except ImportFailed:
            continue
        named = next((d for d in parsed.meetings if d.body_name), None)
        body_name = named.body_name if named else ""
        councils[Path(path).name] = council_named(body_name, source.text)
        if kinds is not None and named is not None and named.body_kind_only:
            kinds[Path(path).name] = body_name
    return councils


def folder_refusals(paths: list[Path], councils: dict[str, str] | None = None) -> dict[str, str]:
    """The files of a folder refused because the folder holds several councils' documents
    (``moot.ingest.council.refusals``), by file name, each with its one-line reason."""
    return refusals(folder_councils(paths) if councils is None else councils)


@dataclass
class CouncilPlan:
    """How the files of one import are shared among councils (``plan_councils``)."""

    councils: dict[str, str]  # each file's council by file name ("" when it names none)
    refused: dict[str, str]  # files refused before anything is written, with the reason
    council: str  # the council a heading naming only the kind of council is ("" none)
    several: CouncilPeople | None  # names reconciled council by council, when several

    def people_of(self, name: str) -> FileCouncil | None:
        """The file's share of the import's people, when names go council by council."""
        return self.several.of(self.councils.get(name, "")) if self.several else None


def plan_councils(paths: list[Path], *, together: bool, body: str | None) -> CouncilPlan:
    """The councils of an import's files, read before anything is written.

    One council's files (``together`` false, a folder without ``--several-councils``):
    another council's strays are refused (``refusals``) and a heading naming only the kind of
    council is the folder's council. Several councils' files imported together (``together``):
    each name is reconciled only with its own council's people, and, without ``body``, a file
    naming only the kind of council is refused when the files name more than one council
    (``kind_only_refusals``)."""
    kinds: dict[str, str] = {}  # files whose heading names only the kind of council
    councils = folder_councils(paths, kinds)
    if not together:
        return CouncilPlan(councils, refusals(councils), folder_council(councils), None)
    refused = {} if body else kind_only_refusals(councils, kinds)
    several = CouncilPeople() if several_councils(councils) else None
    return CouncilPlan(councils, refused, "", several)


def split_by_body(parsed: ParseResult) -> list[ParseResult]:
    """One result per body a file's meetings name (a web service's list of meetings can
    span committees), in the order they first appear."""
    names: list[str] = []
    for draft in parsed.meetings:
        if draft.body_name not in names:
            names.append(draft.body_name)
    if len(names) <= 1:
        return [parsed]
    return [
        ParseResult(
            [d for d in parsed.meetings if d.body_name == name],
            parsed.source_kind,
            list(parsed.warnings) if index == 0 else [],
            response=parsed.response,
        )
        for index, name in enumerate(names)
    ]


def merge_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One report for a file whose meetings were applied body by body."""
    if len(reports) == 1:
        return reports[0]
    first = dict(reports[0])
    first["meetings"] = [m for r in reports for m in r["meetings"]]
    first["scheduled"] = [m for r in reports for m in r.get("scheduled", [])]
    first["warnings"] = list(dict.fromkeys(w for r in reports for w in r["warnings"]))
    first["changed"] = any(r["changed"] for r in reports)
    for key in ("bodies", "people"):
        merged: dict[str, list] = {}
        for r in reports:
            for name, entries in r[key].items():
                bucket = merged.setdefault(name, [])
                bucket.extend(e for e in entries if e not in bucket)
        first[key] = merged
    return first


def import_lists(
    source: Source,
    parsed: ParseResult,
    *,
    body: str | None,
    user=None,
    council_people: FileCouncil | None = None,
) -> dict:
    """A file that lists bodies (GetCommittees) or people (GetCouncillorsByWard) and no
    meeting: each body is matched or created, each person matched or created (among the
    file's council's people alone, with ``council_people``)."""
    warnings: list[str] = list(parsed.warnings)
    bodies: dict[str, list] = {"created": [], "matched": [], "uncertain": []}
    changes = 0
    for name in parsed.bodies:
        try:
            outcome = resolve_body(
                name, None, source_name=source.name, warnings=warnings, user=user
            )
        except ImportFailed as exc:
            if exc.uncertain_body:
                bodies["uncertain"].append(exc.uncertain_body)
            else:
                warnings.append(str(exc))
            continue
        for key, entries in outcome.report().items():
            bodies[key].extend(entries)
        changes += outcome.status == "created"
    people_report: dict[str, list] = {"matched": [], "created": [], "uncertain": []}
    if parsed.people:
        target = (
            resolve_body("", body, source_name=source.name, warnings=warnings).body
            if body
            else None
        )
        own = council_people.candidates(target) if council_people else None
        resolver = PeopleResolver(body=target, source_name=source.name, people=own)
        for entry in parsed.people:
            resolver.resolve(entry)
        if council_people is not None:
            council_people.found(target, resolver.found())
        people_report = resolver.report()
        changes += resolver.changes
    return {
        "source": {
            "file": source.name,
            "sha256": source.checksum,
            "kind": parsed.source_kind,
            "pages": source.pages,
            "response": parsed.response,
        },
        "body": body,
        "bodies": bodies,
        "meetings": [],
        "scheduled": [],
        "people": people_report,
        "warnings": list(dict.fromkeys(warnings)),
        "changed": bool(changes),
    }


__all__ = [
    "KINDS",
    "KIND_LABELS",
    "IMPORTABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "CouncilPeople",
    "ImportFailed",
    "PeopleResolver",
    "PersonOutcome",
    "Source",
    "import_file",
    "import_source",
    "import_text",
    "folder_council",
    "folder_councils",
    "folder_refusals",
    "plan_councils",
    "match_bodies",
    "minutes_discussion",
    "organisation_score",
    "parse_source",
    "read_source",
    "several_councils",
    "tidy_capitals",
    "kind_only_refusals",
]
