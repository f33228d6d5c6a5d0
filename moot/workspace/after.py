"""After the meeting: mark it held, publish the draft minutes, approve the previous
meeting's minutes from "Minutes of the previous meeting", each item's audit history, and the
actions followed up. Thin views: parse, ask ``permissions.require``, call one service."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.governance.models import Body
from moot.governance.selectors import audit_history
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import Action, Meeting
from moot.workspace import after_forms, after_selectors, views
from moot.workspace.permissions import MINUTES_APPROVE, MINUTES_RECORD, require


def _after_url(meeting: Meeting) -> str:
    return reverse("workspace:after", args=[meeting.body.slug, meeting.date_slug])


def _context(meeting: Meeting, **extra) -> dict:
    previous = after_selectors.previous_meeting(meeting)
    context = {
        "meeting": meeting,
        "today": views._today(),
        "items": meeting.items.order_by("order"),
        "can_hold": meeting.status == Meeting.Status.AGENDA_PUBLISHED and not meeting.is_cancelled,
        "can_publish_draft": meeting.status == Meeting.Status.HELD,
        "locked": meeting.status == Meeting.Status.MINUTES_APPROVED,
        "previous": previous,
        "previous_item": after_selectors.previous_minutes_item(meeting),
        "can_approve": previous is not None
        and previous.status in (Meeting.Status.HELD, Meeting.Status.MINUTES_DRAFT)
        and meeting.status in after_selectors.HELD_OR_LATER,
        "error": "",
    }
    context.update(extra)
    return context


@login_required
def after(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    return render(request, "workspace/after.html", _context(meeting))


def _refused(request, meeting, message: str) -> HttpResponse:
    return render(request, "workspace/after.html", _context(meeting, error=message), status=400)


@login_required
@require_POST
def hold(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    try:
        meeting_services.meeting_hold(meeting=meeting, user=request.user, today=views._today())
    except (meeting_services.MeetingError, rules.TransitionRefused) as exc:
        return _refused(request, meeting, str(exc))
    return redirect(_after_url(meeting))


@login_required
@require_POST
def publish_draft(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    try:
        meeting_services.minutes_publish_draft(
            meeting=meeting, now=views.clock(), user=request.user
        )
    except (meeting_services.MeetingError, rules.TransitionRefused) as exc:
        return _refused(request, meeting, str(exc))
    return redirect(_after_url(meeting))


@login_required
@require_POST
def approve(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """Approve the previous meeting's minutes under this meeting's "Minutes of the previous
    meeting" item, in one step; the earlier meeting's minutes are then locked."""
    meeting = views._meeting(body_slug, date_slug)
    previous = after_selectors.previous_meeting(meeting)
    item = after_selectors.previous_minutes_item(meeting)
    if previous is None or item is None:
        require(request.user, MINUTES_APPROVE, meeting)
        return _refused(
            request,
            meeting,
            f"{meeting} has no earlier held meeting and 'Minutes of the previous meeting' "
            "item to approve minutes under.",
        )
    require(request.user, MINUTES_APPROVE, previous)
    require(request.user, MINUTES_RECORD, meeting)
    try:
        meeting_services.minutes_approve(meeting=previous, by_item=item, user=request.user)
    except (meeting_services.MeetingError, rules.TransitionRefused) as exc:
        return _refused(request, meeting, str(exc))
    return redirect(_after_url(meeting) + "#approve")


@login_required
def history(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """The audit history of one item (its minutes, exemption, release) and its actions."""
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    item = views._item(meeting, pk)
    entries = list(audit_history(item))
    return render(
        request,
        "workspace/after_history.html",
        {"meeting": meeting, "item": item, "entries": entries},
    )


def _actions_context(body: Body, *, forms: dict | None = None, error_pk=None) -> dict:
    today = views._today()
    rows = []
    for action, overdue in after_selectors.open_actions([body.pk], today):
        form = (forms or {}).get(action.pk) or after_forms.ActionUpdateForm(
            prefix=f"action-{action.pk}",
            initial={"status": action.status, "note": action.update},
        )
        rows.append((action, overdue, form))
    return {"body": body, "rows": rows, "today": today, "error_pk": error_pk}


@login_required
def actions(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, MINUTES_RECORD, body)
    return render(request, "workspace/after_actions.html", _actions_context(body))


@login_required
@require_POST
def action_update(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    body = get_object_or_404(Body, slug=body_slug)
    action = get_object_or_404(
        Action.objects.select_related("item__meeting"), pk=pk, item__meeting__body=body
    )
    require(request.user, MINUTES_RECORD, action.item.meeting)
    form = after_forms.ActionUpdateForm(request.POST, prefix=f"action-{action.pk}")
    if form.is_valid():
        try:
            meeting_services.action_update(
                action=action,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(reverse("workspace:actions", args=[body.slug]))
    context = _actions_context(body, forms={action.pk: form}, error_pk=action.pk)
    return render(request, "workspace/after_actions.html", context, status=400)
