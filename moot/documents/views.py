"""A meeting's PDFs: the agenda pack, the members' pack, the minutes and each public document.

Thin: find the meeting, ask the one visibility gate (``moot.access.visibility``)
what an anonymous visitor may have, call one service, send the file. Built files come from
the build cache (``services.pack_build``/``minutes_doc_build``); their name is the
fingerprint of what they print, so it doubles as the ETag.

The members' pack and an exempt document hold exempt information (LGA 1972 Schedule
12A): the access rule (``moot.access.selectors.can``, ``paper.read_exempt``) decides who
may have them (members of the body on the meeting's date, its clerks, readers of exempt
papers, administrators; one document also whoever was given it under s100F), and every
one sent is logged (``ExemptDownload``).
"""

from __future__ import annotations

import logging
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponse, HttpResponseNotModified
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from moot.access import visibility
from moot.access.rules import Action
from moot.access.selectors import can
from moot.access.services import exempt_download_record
from moot.documents import services
from moot.documents.models import Document
from moot.meetings.models import Meeting
from moot.members.watermark import stamped_response
from moot.portal import inputs
from moot.portal.errors import InvalidInput, NotFound

logger = logging.getLogger(__name__)

PDF = "application/pdf"


def _not_found(request, error: NotFound):
    from moot.portal.views import not_found

    return not_found(request, error)


def pdf_view(view):
    """GET and HEAD only; "not here" is the portal's helpful 404 page."""

    @require_safe
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotFound as error:
            return _not_found(request, error)

    return wrapper


def _meeting(slug: str, date_slug: str) -> Meeting:
    try:
        day, sequence = inputs.date_slug(date_slug)
    except InvalidInput as error:
        raise NotFound(str(error)) from None
    meeting = (
        Meeting.objects.select_related("body")
        .filter(body__slug=slug, date=day, sequence=sequence)
        .first()
    )
    if meeting is None:
        raise NotFound(f"There is no meeting of '{slug}' on {date_slug}.")
    return meeting


def _unavailable(meeting: Meeting, error: Exception) -> HttpResponse:
    logger.error("Cannot build a PDF of %s: %s", meeting.identifier, error)
    return HttpResponse(
        f"This PDF cannot be made at the moment: {error} Democratic Services have been told.",
        status=503,
        content_type="text/plain; charset=utf-8",
    )


def _send_build(request, build, filename: str, *, public: bool):
    etag = f'"{build.path.stem}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = FileResponse(build.path.open("rb"), content_type=PDF, filename=filename)
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache" if public else "private, no-store"
    return response


def _serve(request, meeting: Meeting, make, filename: str, *, public: bool):
    """Build (or take from the cache) and send; a build replaced by a newer one between
    the two steps is built again."""
    for attempt in (1, 2):
        try:
            build = make()
        except (services.DocumentRejected, services.PlanError) as error:
            return _unavailable(meeting, error)
        try:
            return _send_build(request, build, filename, public=public)
        except FileNotFoundError:
            if attempt == 2:
                raise


def _stem(meeting: Meeting) -> str:
    return f"{meeting.body.slug}-{meeting.date_slug}"


@pdf_view
def pack(request, slug, date_slug):
    """The public agenda pack: once the agenda is published (s100B); exempt papers left out."""
    meeting = _meeting(slug, date_slug)
    if not visibility.agenda_public(meeting):
        raise NotFound(f"The agenda of {meeting} is not published yet, so it has no agenda pack.")
    return _serve(
        request,
        meeting,
        lambda: services.pack_build(meeting=meeting),
        f"{_stem(meeting)}-agenda-pack.pdf",
        public=True,
    )


@login_required
@pdf_view
def members_pack(request, slug, date_slug):
    """The members' pack, with exempt papers, marked not for publication."""
    meeting = _meeting(slug, date_slug)
    decision = can(request.user, Action.PAPER_READ_EXEMPT, meeting)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    try:
        build = services.pack_build(meeting=meeting, include_exempt=True)
    except (services.DocumentRejected, services.PlanError) as error:
        return _unavailable(meeting, error)
    # Every copy carries the reader's name (issue 13): stamped, never cached.
    response = stamped_response(
        request.user,
        build.path.read_bytes(),
        f"{_stem(meeting)}-members-pack-not-for-publication.pdf",
    )
    exempt_download_record(user=request.user, meeting=meeting, reason=decision.reason)
    return response


@pdf_view
def minutes(request, slug, date_slug):
    """The minutes as a PDF, once they are published (s100C); exempt minutes show only
    their number, title and paragraph."""
    meeting = _meeting(slug, date_slug)
    if not visibility.minutes_public(meeting):
        raise NotFound(f"The minutes of {meeting} are not published yet.")
    draft = meeting.status != Meeting.Status.MINUTES_APPROVED
    return _serve(
        request,
        meeting,
        lambda: services.minutes_doc_build(meeting=meeting),
        f"{_stem(meeting)}-{'draft-' if draft else ''}minutes.pdf",
        public=True,
    )


@pdf_view
def document(request, slug, date_slug, document_id):
    """A document's file. A public one for anyone, through the visibility gate; an exempt
    one (or one of an exempt item) only for whom the access rule allows, logged, never
    cached; to anyone else it is not here, as a document of an unpublished agenda is."""
    meeting = _meeting(slug, date_slug)
    missing = NotFound(f"{meeting} has no published document number {document_id}.")
    found = (
        Document.objects.select_related("item")
        .filter(meeting=meeting, pk=document_id)
        .exclude(file="")
        .first()
    )
    if found is None:
        raise missing
    public = visibility.public_documents(Document.objects.filter(pk=found.pk)).exists()
    decision = None
    if not public:
        found.meeting = meeting
        decision = can(request.user, Action.PAPER_READ_EXEMPT, found)
        if not decision.allowed:
            raise missing
    label = f"appendix-{found.letter}-{found.title}" if found.letter else found.title
    filename = f"{_stem(meeting)}-{slugify(label)[:80] or 'document'}.pdf"
    try:
        handle = default_storage.open(found.file.name, "rb")
    except OSError:
        logger.error("The stored file of document %s (%s) is missing", found.pk, found.file.name)
        raise NotFound(f"The file of '{found.title}' is not available at the moment.") from None
    if not public and visibility.document_exempt(found, found.item):
        with handle:  # an exempt paper carries the reader's name (issue 13)
            response = stamped_response(request.user, handle.read(), filename)
        exempt_download_record(
            user=request.user, meeting=meeting, document=found, reason=decision.reason
        )
        return response
    response = FileResponse(handle, content_type=PDF, filename=filename)
    if public:
        if found.checksum:
            response["ETag"] = f'"{found.checksum}"'
        response["Cache-Control"] = "no-cache"
    else:
        response["Cache-Control"] = "private, no-store"
        if visibility.document_exempt(found, found.item):
            exempt_download_record(
                user=request.user, meeting=meeting, document=found, reason=decision.reason
            )
    return response
