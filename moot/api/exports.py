"""Bulk export files: each body's public meetings of one calendar year (1 January to
31 December, by the meeting's date) as a JSON Lines file, one event per line exactly as
``/api/v1/events/ID`` answers it (through the visibility gate, so never an exempt item's
content).

Files are built by a background job (``export_build_job``), queued when a transaction
that changes a meeting of that body and year commits (``moot.api.stamps``); one job
waits per file at most. A build writes a new file under a name of its own in the
storage (``default_storage``: a folder or the object store), and only when that file is
complete switches the ``ExportFile`` row to it and removes the old one; a build that
fails half way leaves the previous file served. ``moot export build`` builds every file
at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import FileResponse
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.responses import NinjaJSONEncoder

from moot.api import schemas, selectors, serialise
from moot.jobs.policy import moot_task

logger = logging.getLogger("moot.api.exports")

FOLDER = "exports"
PAGE = 50
MEDIA_TYPE = "application/x-ndjson; charset=utf-8"


# --- rules -------------------------------------------------------------------------------


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last day of a calendar year: a file holds the meetings dated in it."""
    return date(year, 1, 1), date(year, 12, 31)


def file_name(body_slug: str, year: int, sha256: str) -> str:
    """Where a built file is kept in the storage: named by its content, so a new build
    never writes over the file being served."""
    return f"{FOLDER}/{body_slug}/{year}-{sha256[:16]}.jsonl"


def address(body_slug: str, year: int) -> str:
    """The file's public address under the API."""
    return f"{serialise.BASE}/exports/{body_slug}/{year}.jsonl"


# --- building ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    body: str
    year: int
    records: int
    bytes: int
    sha256: str
    changed: bool


def event_lines(body_slug: str, year: int, uris: serialise.Uris):
    """Each public meeting of the body in the year as one line of JSON (a page of meetings
    at a time, so the queries are bounded whatever the year holds)."""
    first, last = year_bounds(year)
    after = 0
    while True:
        rows = selectors.events(
            selectors.Filters(
                body=body_slug, date_from=first, date_to=last, after=after, limit=PAGE
            )
        )
        for row in rows[:PAGE]:
            record = schemas.Event.model_validate(serialise.event(row, uris)).model_dump()
            yield json.dumps(record, cls=NinjaJSONEncoder, separators=(",", ":")) + "\n"
        if len(rows) <= PAGE:
            return
        after = rows[PAGE - 1].meeting.id


def export_build(body, year: int) -> Built:
    """Build one body's file for one year and make it the one served. The lines go to a
    temporary file first; the storage receives it only once it is whole, and the row
    moves to it only once the storage holds it. A year without public meetings has no
    file."""
    from moot.api.models import ExportFile

    uris = serialise.Uris.for_site(settings.MOOT_SITE_URL)
    digest = hashlib.sha256()
    records = size = 0
    with tempfile.TemporaryFile() as scratch:
        for line in event_lines(body.slug, year, uris):
            data = line.encode()
            scratch.write(data)
            digest.update(data)
            records += 1
            size += len(data)
        sha = digest.hexdigest()
        current = ExportFile.objects.filter(body=body, year=year).first()
        if records == 0:
            if current is not None:
                current.delete()
                _remove(current.name)
            return Built(body.slug, year, 0, 0, sha, changed=current is not None)
        if current is not None and current.sha256 == sha and default_storage.exists(current.name):
            current.built_at = timezone.now()
            current.save(update_fields=["built_at"])
            return Built(body.slug, year, records, size, sha, changed=False)
        scratch.seek(0)
        name = default_storage.save(file_name(body.slug, year, sha), File(scratch))
    try:
        with transaction.atomic():
            ExportFile.objects.update_or_create(
                body=body,
                year=year,
                defaults={
                    "name": name,
                    "records": records,
                    "bytes": size,
                    "sha256": sha,
                    "built_at": timezone.now(),
                },
            )
    except Exception:
        _remove(name)
        raise
    if current is not None and current.name != name:
        _remove(current.name)
    logger.info("moot.api.export_built %s %s records=%s", body.slug, year, records)
    return Built(body.slug, year, records, size, sha, changed=True)


def _remove(name: str) -> None:
    try:
        default_storage.delete(name)
    except Exception as error:  # an object store's errors are not OSErrors
        logger.warning("moot.api.export_not_removed %s: %s", name, error)


def years_of(body) -> list[int]:
    """The calendar years in which the body has meetings, and those it has a file for."""
    from moot.api.models import ExportFile

    held = body.meetings.dates("date", "year").values_list("date__year", flat=True)
    kept = ExportFile.objects.filter(body=body).values_list("year", flat=True)
    return sorted(set(held) | set(kept))


def export_build_all(*, body_slug: str | None = None) -> list[Built]:
    """Build every body's file for every year it has meetings in (or one body's)."""
    from moot.governance.models import Body

    bodies = Body.objects.order_by("slug")
    if body_slug:
        bodies = bodies.filter(slug=body_slug)
    return [export_build(body, year) for body in bodies for year in years_of(body)]


# --- the job and its queueing ------------------------------------------------------------


@moot_task(attempts=3, base_seconds=30)
def export_build_job(body_id: int, year: int) -> dict:
    """Rebuild one body's export file for one year (a body since deleted has none)."""
    from moot.governance.models import Body

    body = Body.objects.filter(pk=body_id).first()
    if body is None:
        return {"body": body_id, "year": year, "built": False}
    built = export_build(body, year)
    return {"body": built.body, "year": year, "records": built.records, "changed": built.changed}


def _waiting(body_id: int, year: int) -> bool:
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY,
        task_path=export_build_job.module_path,
        args_kwargs__kwargs__body_id=body_id,
        args_kwargs__kwargs__year=year,
    ).exists()


def queue_builds(files) -> int:
    """Queue a rebuild of each ``(body_id, year)`` file, unless one is already waiting
    (a job that has started may have read the record before the change, so it does not
    count); returns how many were queued."""
    queued = 0
    for body_id, year in sorted(set(files)):
        if not _waiting(body_id, year):
            export_build_job.enqueue(body_id=body_id, year=year)
            queued += 1
    return queued


def queue_for_change(*, meeting_ids=(), body_ids=(), files=(), governance: bool = False) -> int:
    """Queue the rebuilds a committed change calls for: the file of each changed meeting's
    body and year (``files`` names those of meetings already deleted), and every existing
    file of a changed body; a change to people or seats touches every existing file."""
    from moot.api.models import ExportFile
    from moot.meetings.models import Meeting

    wanted = set(files)
    if meeting_ids:
        wanted |= set(
            Meeting.objects.filter(pk__in=meeting_ids).values_list("body_id", "date__year")
        )
    existing = ExportFile.objects.all()
    if not governance:
        existing = existing.filter(body_id__in=body_ids) if body_ids else existing.none()
    wanted |= set(existing.values_list("body_id", "year"))
    return queue_builds(wanted) if wanted else 0


# --- the API -----------------------------------------------------------------------------


class ExportOut(Schema):
    body: str
    year: int
    url: str
    records: int
    bytes: int
    sha256: str
    built_at: datetime


class ExportList(Schema):
    results: list[ExportOut]


router = Router(tags=["exports"])


@router.get("/", response={200: ExportList, 429: schemas.RateLimited}, summary="Bulk files")
def export_list(request):
    """Each body's public meetings of one calendar year as a JSON Lines file (one event per
    line, as ``/events/ID`` answers it), rebuilt in the background when the record
    changes; ``sha256`` lets a harvester skip a file it already has."""
    from moot.api.models import ExportFile

    files = ExportFile.objects.select_related("body").order_by("body__slug", "year")
    return {
        "results": [
            {
                "body": f.body.slug,
                "year": f.year,
                "url": request.build_absolute_uri(address(f.body.slug, f.year)),
                "records": f.records,
                "bytes": f.bytes,
                "sha256": f.sha256,
                "built_at": f.built_at,
            }
            for f in files
        ]
    }


@router.get(
    "/{body}/{year}.jsonl",
    response={200: None, 400: schemas.Error, 404: schemas.Error, 429: schemas.RateLimited},
    summary="One bulk file",
    openapi_extra={"responses": {200: {"content": {"application/x-ndjson": {}}}}},
)
def export_file(request, body: str, year: int):
    """The file: one JSON event per line (``ETag`` is its SHA-256)."""
    from moot.api.models import ExportFile

    found = ExportFile.objects.filter(body__slug=body, year=year).first()
    if found is None:
        return Status(404, {"error": {"message": f"No export file for body {body!r} in {year}."}})
    try:
        handle = default_storage.open(found.name, "rb")
    except FileNotFoundError:
        return Status(
            404,
            {"error": {"message": f"No export file for body {body!r} in {year}: it is missing."}},
        )
    response = FileResponse(handle, content_type=MEDIA_TYPE)
    response["Content-Length"] = str(found.bytes)
    response["ETag"] = f'"{found.sha256}"'
    response["Content-Disposition"] = f'inline; filename="{body}-{year}.jsonl"'
    return response
