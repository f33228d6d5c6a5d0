"""Item templates in the agenda builder (issue 12 item 2): list, add, change and remove a
body's templates (and, for authority-wide clerks and administrators, those kept for every
body); save an agenda item as a template. Thin views: ``require`` asks the access rule,
``moot.meetings.services`` writes and logs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.access import selectors as access
from moot.governance.models import Body
from moot.meetings import services as meeting_services
from moot.meetings.models import ItemTemplate
from moot.workspace import forms, selectors, views
from moot.workspace.permissions import AGENDA_EDIT, require


def _authority_wide(user) -> bool:
    """May the user keep templates for every body (an authority-wide clerk or an
    administrator)? Asked of the one access rule, on the whole authority."""
    return bool(access.can(user, AGENDA_EDIT, None))


def _list_url(body: Body) -> str:
    return reverse("workspace:item_templates", args=[body.slug])


def _template(body: Body, pk: int, user) -> ItemTemplate:
    """One of the templates offered to ``body``; changing one kept for every body needs
    the authority-wide right."""
    template = selectors.item_templates(body).filter(pk=pk).first()
    if template is None:
        raise Http404(f"No item template {pk} for {body}.")
    if template.body_id is None:
        require(user, AGENDA_EDIT, None)
    return template


def _scope_body(body: Body, scope: str, user) -> Body | None:
    if scope == "authority":
        require(user, AGENDA_EDIT, None)
        return None
    return body


@login_required
def templates(request: HttpRequest, body_slug: str) -> HttpResponse:
    """The body's item templates, and a form to add one."""
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, AGENDA_EDIT, body)
    wide = _authority_wide(request.user)
    form = forms.ItemTemplateForm(request.POST or None, authority_wide=wide)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.item_template_save(
                body=_scope_body(body, data["scope"], request.user),
                title=data["title"],
                standing=data["standing"],
                purpose=data["purpose"],
                presenter_role=data["presenter_role"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error("title", str(exc))
        else:
            return redirect(_list_url(body) + "#templates")
    context = {
        "body": body,
        "templates": list(selectors.item_templates(body)),
        "form": form,
        "authority_wide": wide,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "workspace/item_templates.html", context, status=status)


@login_required
def template_edit(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, AGENDA_EDIT, body)
    template = _template(body, pk, request.user)
    initial = {
        "title": template.title,
        "standing": template.standing,
        "purpose": template.purpose,
        "presenter_role": template.presenter_role,
        "scope": "body" if template.body_id else "authority",
    }
    form = forms.ItemTemplateForm(request.POST or None, initial=initial)
    # where a template is kept is not changed here: remove it and add it again
    form.fields["scope"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.item_template_save(
                template=template,
                title=data["title"],
                standing=data["standing"],
                purpose=data["purpose"],
                presenter_role=data["presenter_role"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error("title", str(exc))
        else:
            return redirect(_list_url(body) + f"#template-{template.pk}")
    status = 400 if request.method == "POST" else 200
    context = {"body": body, "template": template, "form": form}
    return render(request, "workspace/item_template.html", context, status=status)


@login_required
@require_POST
def template_remove(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, AGENDA_EDIT, body)
    template = _template(body, pk, request.user)
    meeting_services.item_template_remove(template=template, user=request.user)
    return redirect(_list_url(body) + "#templates")


@login_required
@require_POST
def save_as_template(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """Save an agenda item as a template (its title, kind, text and presenter's role)."""
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, AGENDA_EDIT, meeting)
    item = views._item(meeting, pk)
    form = forms.SaveAsTemplateForm(request.POST, authority_wide=_authority_wide(request.user))
    error = ""
    if form.is_valid():
        try:
            meeting_services.item_template_from_item(
                item=item,
                body=_scope_body(meeting.body, form.cleaned_data["scope"], request.user),
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            error = str(exc)
        else:
            return redirect(_list_url(meeting.body) + "#templates")
    else:
        error = " ".join(e for errors in form.errors.values() for e in errors)
    return views._render_item(request, meeting, item, status=400, template_error=error)
