"""The clerk's workspace: thin views that parse, ask ``permissions.require``, call one
service and render or redirect. Every change is a plain form POST answered by a redirect;
with htmx the agenda's list is swapped in place instead."""

from __future__ import annotations

import copy
from datetime import date, datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from moot.access import selectors as access
from moot.access import visibility
from moot.documents.models import Document
from moot.documents.pdf import DocumentRejected
from moot.documents.services import DocumentsError, document_upload
from moot.governance.models import Body, Person
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Meeting
from moot.workspace import forms, selectors
from moot.workspace.permissions import AGENDA_EDIT, AGENDA_PUBLISH, clerk_bodies, require


def clock() -> datetime:
    """The workspace's present moment (one seam, so a test can set the day it needs)."""
    return timezone.now()


def _today() -> date:
    return timezone.localtime(clock(), meeting_services.LONDON).date()


def _meeting(body_slug: str, date_slug: str) -> Meeting:
    try:
        return meeting_services.find_meeting(f"{body_slug}/{date_slug}")
    except meeting_services.MeetingError as exc:
        raise Http404(str(exc)) from None


def _item(meeting: Meeting, pk: int) -> AgendaItem:
    return get_object_or_404(AgendaItem, pk=pk, meeting=meeting)


def _builder_url(meeting: Meeting) -> str:
    return reverse("workspace:meeting", args=[meeting.body.slug, meeting.date_slug])


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    bodies = clerk_bodies(request.user)
    if not bodies.exists():
        raise PermissionDenied(
            f"{request.user.get_username()} is not the clerk of any body: the workspace is "
            "for clerks."
        )
    today = _today()
    data = selectors.dashboard(bodies=bodies, today=today)
    return render(request, "workspace/dashboard.html", {"data": data, "today": today})


@login_required
def meeting_new(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, AGENDA_EDIT, body)
    form = forms.MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meeting_services.meeting_create(
                body=body,
                day=form.cleaned_data["day"],
                at=form.cleaned_data["at"],
                venue=form.cleaned_data["venue"],
                kind=form.cleaned_data["kind"],
                mode=form.cleaned_data["mode"],
                today=_today(),
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error("day", str(exc))
        else:
            return redirect(_builder_url(meeting))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "workspace/meeting_new.html", {"body": body, "form": form}, status=status
    )


def _template_form(request: HttpRequest, meeting: Meeting, people) -> forms.ItemForm:
    """The add-item form, filled from the item template chosen (``?template=``) if any:
    the clerk checks it, picks the presenters and adds it (nothing is saved by choosing)."""
    chosen = _number(request.GET.get("template", ""))
    if chosen is None:
        return forms.ItemForm(people=people)
    template = selectors.item_templates(meeting.body).filter(pk=chosen).first()
    if template is None:
        return forms.ItemForm(people=people)
    initial = {
        "title": template.title,
        "standing": template.standing,
        "purpose": template.purpose,
        "presenter_role": template.presenter_role,
    }
    return forms.ItemForm(initial=initial, people=people)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _builder_context(request: HttpRequest, meeting: Meeting, **extra) -> dict:
    deadline = meeting_services.publication_deadline(meeting)
    people = selectors.people_choices()
    context = {
        "meeting": meeting,
        "items": selectors.agenda(meeting),
        "open": meeting.status == Meeting.Status.SCHEDULED,
        "deadline": deadline,
        "verdict": rules.publication_verdict(deadline.publish_by, _today()),
        "item_form": _template_form(request, meeting, people) if "item_form" not in extra else None,
        "report_form": forms.ItemReportForm(prefix="report"),
        "item_templates": list(selectors.item_templates(meeting.body)),
        "agenda_changes": visibility.agenda_changes(meeting, public=False),
        "chosen_template": _number(request.GET.get("template", "")),
        "publish_form": forms.PublishForm(),
        "revisable": meeting.status == Meeting.Status.AGENDA_PUBLISHED,
    }
    if "supplementary_form" not in extra and context["revisable"]:
        chair = meeting_services.designated_chair(meeting)
        context["supplementary_form"] = forms.SupplementaryForm(initial={"chair": chair})
    context.update(extra)
    return context


@login_required
def meeting(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    return render(request, "workspace/meeting.html", _builder_context(request, meeting))


def _people_by_pk(form: forms.ItemForm) -> dict:
    return Person.objects.in_bulk(form.presenter_pks())


@login_required
@require_POST
def item_add(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    form = forms.ItemForm(request.POST, people=selectors.people_choices())
    report_form = forms.ItemReportForm(request.POST, request.FILES, prefix="report")
    if form.is_valid() and report_form.is_valid():
        data = form.cleaned_data
        report = report_form.cleaned_data["file"]
        try:
            # The item and its report together: a refused report adds no item either.
            with transaction.atomic():
                item = meeting_services.item_add(
                    meeting=meeting,
                    title=data["title"],
                    purpose=data["purpose"],
                    exempt_paragraph=data["exempt_paragraph"] if data["exempt"] else None,
                    exempt_reason=data["exempt_reason"] if data["exempt"] else "",
                    presenters=form.presenters(_people_by_pk(form)),
                    standing=data["standing"],
                    user=request.user,
                )
                if report:
                    document_upload(
                        meeting=meeting,
                        item=item,
                        uploaded_file=report,
                        title=item.title,
                        kind=Document.Kind.REPORT,
                        user=request.user,
                    )
        except meeting_services.MeetingError as exc:
            form.add_error(None, str(exc))
        except (DocumentsError, DocumentRejected) as exc:
            report_form.add_error("file", str(exc))
        else:
            return redirect(_builder_url(meeting) + "#agenda")
    context = _builder_context(request, meeting, item_form=form, report_form=report_form)
    return render(request, "workspace/meeting.html", context, status=400)


def _preview(item: AgendaItem, meeting: Meeting) -> visibility.PublicItem:
    """The item as the public page will show it once the agenda is published, made by the
    one visibility gate from the saved item."""
    published = copy.copy(meeting)
    published.status = Meeting.Status.AGENDA_PUBLISHED
    return visibility.public_item(item, published)


def _item_form(item: AgendaItem, data=None) -> forms.ItemForm:
    presenters = list(item.presenters.all())
    initial = {
        "title": item.title,
        "purpose": item.purpose,
        "standing": item.standing,
        "exempt": item.exempt,
        "exempt_paragraph": item.exempt_paragraph,
        "exempt_reason": item.exempt_reason,
    }
    for row, presenter in enumerate(presenters, start=1):
        person, role = forms.presenter_fields(row)
        initial[person] = str(presenter.person_id) if presenter.person_id else ""
        initial[role] = presenter.role
    rows = max(forms.PRESENTER_ROWS, len(presenters) + 1)
    return forms.ItemForm(data, initial=initial, people=selectors.people_choices(), rows=rows)


@login_required
def item_edit(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    item = _item(meeting, pk)
    form = _item_form(item, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            # Presenters are replaced only when the clerk changed them, so an item with
            # presenters named only in an import keeps them.
            presenter_changed = form.presenters_changed()
            try:
                meeting_services.item_edit(
                    item=item,
                    title=data["title"],
                    purpose=data["purpose"],
                    exempt=data["exempt"],
                    exempt_paragraph=data["exempt_paragraph"],
                    exempt_reason=data["exempt_reason"],
                    presenters=form.presenters(_people_by_pk(form)) if presenter_changed else None,
                    standing=data["standing"],
                    user=request.user,
                )
            except meeting_services.MeetingError as exc:
                form.add_error(None, str(exc))
            else:
                return redirect(
                    reverse("workspace:item", args=[body_slug, date_slug, item.pk]) + "#preview"
                )
        status = 400
    return _render_item(request, meeting, item, form=form, status=status)


def _render_item(
    request,
    meeting,
    item,
    *,
    form=None,
    document_form=None,
    withdraw_form=None,
    status=200,
    **extra,
):
    item = selectors.agenda_item(item.pk)
    return render(
        request,
        "workspace/item.html",
        {
            "meeting": meeting,
            "item": item,
            "open": meeting.status == Meeting.Status.SCHEDULED,
            "revisable": meeting.status == Meeting.Status.AGENDA_PUBLISHED,
            "withdraw_form": withdraw_form or forms.WithdrawForm(),
            "form": form or _item_form(item),
            "document_form": document_form or forms.DocumentForm(prefix="document"),
            "preview": _preview(item, meeting),
            # each paper with whether it is withheld (the one gate: marked, or inherited)
            "documents": [(d, visibility.document_exempt(d, item)) for d in item.documents.all()],
            "template_form": forms.SaveAsTemplateForm(
                authority_wide=bool(access.can(request.user, AGENDA_EDIT, None))
            ),
            **extra,
        },
        status=status,
    )


@login_required
@require_POST
def item_remove(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    try:
        meeting_services.item_remove(item=_item(meeting, pk), user=request.user)
    except meeting_services.MeetingError as exc:
        return _builder_error(request, meeting, str(exc))
    return redirect(_builder_url(meeting) + "#agenda")


def _builder_error(request, meeting, message: str) -> HttpResponse:
    """The refusal on the builder page; for htmx only the agenda list, with the message
    (the page's htmx configuration swaps 4xx answers)."""
    context = _builder_context(request, meeting, error=message)
    template = "workspace/_agenda.html" if _is_htmx(request) else "workspace/meeting.html"
    return render(request, template, context, status=400)


@login_required
@require_POST
def item_move(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """Move up, down, or (dragging) to a position; htmx gets the agenda list back."""
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    item = _item(meeting, pk)
    position = [i.pk for i in meeting.items.order_by("order")].index(item.pk)
    direction = request.POST.get("direction", "")
    if direction in ("up", "down"):
        to_index = position - 1 if direction == "up" else position + 1
    else:
        try:
            to_index = int(request.POST.get("to_index", ""))
        except ValueError:
            return _builder_error(
                request, meeting, "Moving an item needs a direction (up or down) or a position."
            )
    try:
        moved = meeting_services.item_move(item=item, to_index=to_index, user=request.user)
    except meeting_services.MeetingError as exc:
        return _builder_error(request, meeting, str(exc))
    if _is_htmx(request):
        context = _builder_context(request, meeting, moved=moved, focus=direction)
        return render(request, "workspace/_agenda.html", context)
    return redirect(_builder_url(meeting) + f"#item-{moved.pk}")


@login_required
@require_POST
def document_add(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    item = _item(meeting, pk)
    form = forms.DocumentForm(request.POST, request.FILES, prefix="document")
    if form.is_valid():
        data = form.cleaned_data
        try:
            if meeting.status != Meeting.Status.SCHEDULED:
                raise DocumentsError(
                    f"The agenda of {meeting} is published and frozen; papers are added "
                    "with a supplementary agenda."
                )
            document_upload(
                meeting=meeting,
                item=item,
                uploaded_file=data["file"],
                title=data["title"],
                kind=data["kind"],
                letter=data["letter"],
                user=request.user,
            )
        except (DocumentsError, DocumentRejected) as exc:
            form.add_error("file", str(exc))
        else:
            url = reverse("workspace:item", args=[body_slug, date_slug, item.pk])
            return redirect(url + "#documents")
    return _render_item(request, meeting, item, document_form=form, status=400)


@login_required
@require_POST
def publish(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_PUBLISH, meeting)
    form = forms.PublishForm(request.POST)
    form.is_valid()
    try:
        meeting_services.agenda_publish(
            meeting=meeting,
            now=clock(),
            late_reason=form.cleaned_data.get("late_reason", ""),
            user=request.user,
        )
    except meeting_services.PublicationTooLate as exc:
        form.add_error("late_reason", str(exc))
    except (meeting_services.MeetingError, rules.TransitionRefused) as exc:
        form.add_error(None, str(exc))
    else:
        return redirect(_builder_url(meeting) + "#publish")
    context = _builder_context(request, meeting, publish_form=form)
    return render(request, "workspace/meeting.html", context, status=400)


@login_required
@require_POST
def supplementary_add(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """A late item on a published agenda (LGA 1972 s100B(4)), on a dated supplementary
    agenda; a refusal shows each rule's words on its field, with what was typed."""
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    form = forms.SupplementaryForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.late_item_add(
                meeting=meeting,
                title=data["title"],
                special_circumstances=data["urgency_reason"],
                chair=data["chair"],
                chair_agreed=data["chair_agreed"],
                note=data["note"],
                now=clock(),
                user=request.user,
            )
        except meeting_services.AgendaRevisionRefused as exc:
            forms.add_refusal(form, exc.errors)
        except meeting_services.PublicationTooLate as exc:
            form.add_error("urgency_reason", str(exc))
        except meeting_services.MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(_builder_url(meeting) + "#agenda-changes")
    context = _builder_context(request, meeting, supplementary_form=form)
    return render(request, "workspace/meeting.html", context, status=400)


@login_required
@require_POST
def item_withdraw(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """Withdraw an item from a published agenda, on a dated revised agenda: it keeps its
    number and is shown publicly as withdrawn, with the date and the reason."""
    meeting = _meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    item = _item(meeting, pk)
    form = forms.WithdrawForm(request.POST)
    form.is_valid()
    try:
        meeting_services.item_withdraw(
            item=item, reason=form.cleaned_data.get("reason", ""), now=clock(), user=request.user
        )
    except meeting_services.AgendaRevisionRefused as exc:
        forms.add_refusal(form, exc.errors)
    else:
        return redirect(_builder_url(meeting) + "#agenda-changes")
    return _render_item(request, meeting, item, withdraw_form=form, status=400)
