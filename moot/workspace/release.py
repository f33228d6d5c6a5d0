"""Release review: exempt items and papers whose reason may have lapsed (their meeting is
past the review period), listed for the clerk's bodies; releasing one publishes it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.access import selectors as access
from moot.documents.models import Document
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem
from moot.workspace import after_selectors, views
from moot.workspace.permissions import AGENDA_PUBLISH, require


def _render(request, *, error: str = "", status: int = 200) -> HttpResponse:
    bodies = access.bodies_where(request.user, AGENDA_PUBLISH)
    if not bodies.exists():
        raise PermissionDenied(
            f"{request.user.get_username()} may not publish for any body: release review is "
            "for clerks."
        )
    today = views._today()
    context = {
        "candidates": after_selectors.release_review([b.pk for b in bodies], today),
        "months": rules.RELEASE_REVIEW_MONTHS,
        "error": error,
    }
    return render(request, "workspace/release.html", context, status=status)


@login_required
def review(request: HttpRequest) -> HttpResponse:
    return _render(request)


@login_required
@require_POST
def item_release(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.select_related("meeting"), pk=pk)
    require(request.user, AGENDA_PUBLISH, item.meeting)
    try:
        meeting_services.item_release(item=item, user=request.user)
    except meeting_services.MeetingError as exc:
        return _render(request, error=str(exc), status=400)
    return redirect(reverse("workspace:release"))


@login_required
@require_POST
def document_release(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("meeting"), pk=pk)
    require(request.user, AGENDA_PUBLISH, document.meeting)
    try:
        meeting_services.document_release(document=document, user=request.user)
    except meeting_services.MeetingError as exc:
        return _render(request, error=str(exc), status=400)
    return redirect(reverse("workspace:release"))
