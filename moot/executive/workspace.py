"""The clerk's screens for the executive record, at /clerk/executive/ (issue 18).

Notices of key decisions (reg 9), general exceptions and special urgency (regs 10-11),
decision records (regs 12-13; Openness reg 7) and call-ins. Thin views: parse, ask the one
access rule (``executive.record`` for the body, or the authority when no body decides),
call one service of ``moot.executive.services``, then redirect, or render the form again
(status 400) with what was typed and the rule's refusal naming its regulation.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.access import selectors as access
from moot.access.rules import Action
from moot.executive import rules, services
from moot.executive.models import ExecutiveDecision, KeyDecisionNotice, PrivateMeetingNotice
from moot.executive.workspace_forms import (
    CallInForm,
    DecisionForm,
    ExceptionForm,
    MeetingWelshForm,
    NoticeForm,
    PrivateMeetingForm,
)
from moot.governance import welsh as welsh_text
from moot.governance.models import AccessRegime
from moot.meetings.models import Meeting
from moot.workspace import views as workspace_views
from moot.workspace.forms import add_refusal

RECORD = Action.EXECUTIVE_RECORD.value


def _require(user, body) -> None:
    """The access rule for the body (``None``: the authority, so only authority-wide clerks
    and administrators may record what no body decides)."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied("Sign in to use the clerk's workspace.")
    access.require(user, RECORD, body)


def _scope(user):
    """The bodies the user may record for, and whether they may record for no body."""
    bodies = access.bodies_where(user, RECORD).order_by("name")
    authority_wide = access.can(user, RECORD, None).allowed
    return bodies, authority_wide


def _in_scope(queryset, bodies, authority_wide):
    q = Q(body__in=bodies)
    if authority_wide:
        q |= Q(body__isnull=True)
    return queryset.filter(q)


def _body_of(form, bodies):
    value = form.cleaned_data.get("body")
    return bodies.get(pk=int(value)) if value else None


@login_required
def index(request: HttpRequest) -> HttpResponse:
    bodies, authority_wide = _scope(request.user)
    if not bodies.exists() and not authority_wide:
        raise PermissionDenied(
            f"{request.user.get_username()} clerks no body: the executive record is kept by "
            "clerks and administrators."
        )
    notices = _in_scope(
        KeyDecisionNotice.objects.select_related("body", "exception"), bodies, authority_wide
    )
    decisions = _in_scope(
        ExecutiveDecision.objects.select_related("body", "call_in"), bodies, authority_wide
    )
    meetings = (
        Meeting.objects.filter(
            body__in=bodies.filter(access_regime=AccessRegime.EXECUTIVE),
            date__gte=workspace_views._today(),
        )
        .exclude(status__in=[Meeting.Status.CANCELLED, Meeting.Status.POSTPONED])
        .select_related("body", "private_notice")
        .order_by("date", "start", "id")
    )
    return render(
        request,
        "executive/workspace/index.html",
        {
            "records_due": services.records_due(
                notices.filter(status=KeyDecisionNotice.Status.PUBLISHED).order_by(
                    "decision_date", "id"
                )[:200],
                workspace_views._today(),
            ),
            "notices": notices.order_by("-decision_date", "-id")[:200],
            "decisions": decisions[:200],
            "meetings": meetings[:100],
        },
    )


def _notice_form(request, data=None, *, initial=None):
    bodies, authority_wide = _scope(request.user)
    form = NoticeForm(data, initial=initial, prefix="notice")
    form.keep_welsh(welsh_text.authority_bilingual())
    form.set_bodies(bodies, allow_none=authority_wide, none_label="None: an individual decides")
    return form, bodies


def _notice_values(form, bodies) -> dict:
    values = {k: v for k, v in form.english_values().items() if k != "body"}
    values["body"] = _body_of(form, bodies)
    values["welsh"] = form.welsh_values()
    return values


@login_required
def notice_new(request: HttpRequest) -> HttpResponse:
    bodies, authority_wide = _scope(request.user)
    if not bodies.exists() and not authority_wide:
        _require(request.user, None)
    if request.method != "POST":
        form, _ = _notice_form(request, initial={"key": True})
        return render(request, "executive/workspace/notice_form.html", {"form": form})
    form, bodies = _notice_form(request, request.POST)
    if form.is_valid():
        values = _notice_values(form, bodies)
        _require(request.user, values["body"])
        try:
            notice = services.notice_create(user=request.user, **values)
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect("executive_workspace:notice", pk=notice.pk)
    return render(request, "executive/workspace/notice_form.html", {"form": form}, status=400)


def _notice_initial(notice) -> dict:
    """The notice's fields as its form shows them, with their Welsh text."""
    initial = {name: getattr(notice, name) for name in services.NOTICE_FIELDS}
    initial |= {f"{name}_cy": text for name, text in welsh_text.welsh_for(notice).items()}
    initial["body"] = str(notice.body_id or "")
    return initial


def _saved_notice_form(request, notice):
    """The notice's form filled in with what is saved, checked (so a refusal of the
    saved notice, such as at publication, can be shown on its fields)."""
    data = {}
    for name, value in _notice_initial(notice).items():
        if value is True:
            data[f"notice-{name}"] = "on"
        elif value not in (None, False):
            data[f"notice-{name}"] = str(value)
    form, _ = _notice_form(request, data)
    form.is_valid()
    return form


def _notice_page(request, notice, form=None, status=200):
    if form is None:
        form, _ = _notice_form(request, initial=_notice_initial(notice))
    return render(
        request,
        "executive/workspace/notice_form.html",
        {
            "form": form,
            "notice": notice,
            "exception": getattr(notice, "exception", None),
            "decision": getattr(notice, "decision", None),
            "editable": notice.status
            not in (KeyDecisionNotice.Status.DECIDED, KeyDecisionNotice.Status.WITHDRAWN),
        },
        status=status,
    )


def _notice(pk) -> KeyDecisionNotice:
    return get_object_or_404(
        KeyDecisionNotice.objects.select_related("body", "exception", "decision"), pk=pk
    )


@login_required
def notice(request: HttpRequest, pk: int) -> HttpResponse:
    found = _notice(pk)
    _require(request.user, found.body)
    if request.method != "POST":
        return _notice_page(request, found)
    form, bodies = _notice_form(request, request.POST)
    if form.is_valid():
        values = _notice_values(form, bodies)
        _require(request.user, values["body"])
        try:
            services.notice_change(notice=found, user=request.user, **values)
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect("executive_workspace:notice", pk=found.pk)
    return _notice_page(request, found, form, status=400)


@login_required
@require_POST
def notice_publish(request: HttpRequest, pk: int) -> HttpResponse:
    found = _notice(pk)
    _require(request.user, found.body)
    try:
        services.notice_publish(notice=found, on=workspace_views._today(), user=request.user)
    except services.ExecutiveError as error:
        form = _saved_notice_form(request, found)
        add_refusal(form, error.errors)
        return _notice_page(request, found, form, status=400)
    return redirect("executive_workspace:notice", pk=found.pk)


@login_required
def exception_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _notice(pk)
    _require(request.user, found.body)
    if request.method != "POST":
        form = ExceptionForm(prefix="exception")
        return render(
            request, "executive/workspace/exception_form.html", {"form": form, "notice": found}
        )
    form = ExceptionForm(request.POST, prefix="exception")
    if form.is_valid():
        values = dict(form.cleaned_data)
        try:
            services.exception_record(notice=found, user=request.user, **values)
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect("executive_workspace:notice", pk=found.pk)
    return render(
        request,
        "executive/workspace/exception_form.html",
        {"form": form, "notice": found},
        status=400,
    )


def _decision_form(request, data=None, *, initial=None):
    bodies, authority_wide = _scope(request.user)
    form = DecisionForm(data, initial=initial, prefix="decision")
    form.keep_welsh(welsh_text.authority_bilingual())
    form.set_bodies(bodies, allow_none=authority_wide, none_label="None: an individual decides")
    notices = _in_scope(
        KeyDecisionNotice.objects.filter(decision__isnull=True).exclude(
            status=KeyDecisionNotice.Status.WITHDRAWN
        ),
        bodies,
        authority_wide,
    ).order_by("decision_date", "id")
    form.set_notices(notices)
    return form, bodies, notices


@login_required
def decision_new(request: HttpRequest) -> HttpResponse:
    bodies, authority_wide = _scope(request.user)
    if not bodies.exists() and not authority_wide:
        _require(request.user, None)
    if request.method != "POST":
        initial = {}
        chosen = request.GET.get("notice", "")
        if chosen.isdigit():
            found = KeyDecisionNotice.objects.filter(pk=int(chosen)).first()
            if found is not None:
                initial = {
                    "notice": str(found.pk),
                    "body": str(found.body_id or ""),
                    "title": found.matter,
                    "maker": found.decision_maker,
                    "decided_on": found.decision_date,
                    "title_cy": welsh_text.welsh_for(found).get("matter", ""),
                }
        form, _, _ = _decision_form(request, initial=initial)
        return render(request, "executive/workspace/decision_form.html", {"form": form})
    form, bodies, notices = _decision_form(request, request.POST)
    if form.is_valid():
        values = form.english_values()
        values["welsh"] = form.welsh_values()
        values["body"] = _body_of(form, bodies)
        values["notice"] = notices.get(pk=int(values["notice"])) if values["notice"] else None
        _require(
            request.user, values["body"] or (values["notice"].body if values["notice"] else None)
        )
        try:
            record = services.decision_record(
                user=request.user, published_at=workspace_views.clock(), **values
            )
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect("executive_workspace:decision", pk=record.pk)
    return render(request, "executive/workspace/decision_form.html", {"form": form}, status=400)


def _decision_page(request, record, form=None, status=200):
    return render(
        request,
        "executive/workspace/decision.html",
        {
            "record": record,
            "call_in": getattr(record, "call_in", None),
            "form": form or CallInForm(prefix="callin"),
            "window": services.window_of(record),
            "rights": rules.call_in_rights_text(services.call_in_policy()),
        },
        status=status,
    )


def _decision(pk) -> ExecutiveDecision:
    return get_object_or_404(
        ExecutiveDecision.objects.select_related("body", "notice", "call_in", "call_in__item"),
        pk=pk,
    )


@login_required
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    record = _decision(pk)
    _require(request.user, record.body)
    return _decision_page(request, record)


@login_required
@require_POST
def call_in(request: HttpRequest, pk: int) -> HttpResponse:
    record = _decision(pk)
    _require(request.user, record.body)
    form = CallInForm(request.POST, prefix="callin")
    if form.is_valid():
        try:
            services.call_in_request(
                decision=record,
                members=form.cleaned_data["members"].splitlines(),
                grounds=form.cleaned_data["grounds"],
                requested_at=workspace_views.clock(),
                user=request.user,
            )
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect(reverse("executive_workspace:decision", args=[record.pk]) + "#call-in")
    return _decision_page(request, record, form, status=400)


# --- private executive meetings (reg 5) -------------------------------------------------------

PRIVATE_FIELDS = tuple(PrivateMeetingForm.base_fields)


def _private_page(request, meeting, form, status=200):
    found = getattr(meeting, "private_notice", None)
    verdict = services.private_meeting_verdict(found) if found is not None else None
    return render(
        request,
        "executive/workspace/private_meeting.html",
        {"meeting": meeting, "form": form, "recorded": found, "verdict": verdict},
        status=status,
    )


@login_required
def private_meeting(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = workspace_views._meeting(body_slug, date_slug)
    _require(request.user, meeting.body)
    found = PrivateMeetingNotice.objects.filter(meeting=meeting).first()
    if request.method != "POST":
        initial = {name: getattr(found, name) for name in PRIVATE_FIELDS} if found else None
        return _private_page(
            request, meeting, PrivateMeetingForm(initial=initial, prefix="private")
        )
    form = PrivateMeetingForm(request.POST, prefix="private")
    if form.is_valid():
        notice = found or PrivateMeetingNotice(meeting=meeting)
        for name, value in form.cleaned_data.items():
            setattr(notice, name, value)
        try:
            services.private_meeting_record(notice=notice, user=request.user)
        except services.ExecutiveError as error:
            add_refusal(form, error.errors)
        else:
            return redirect(
                "executive_workspace:private_meeting", body_slug=body_slug, date_slug=date_slug
            )
    meeting = workspace_views._meeting(body_slug, date_slug)  # unchanged by a refusal
    return _private_page(request, meeting, form, status=400)


# --- the Welsh text of a meeting's agenda (Welsh language standards) ----------------------------


def _meeting_welsh_form(meeting, items, data=None):
    texts = welsh_text.welsh_of([meeting.body, *items])
    initial = {"body_name": texts.get(("governance.body", meeting.body.pk), {}).get("name", "")}
    for item in items:
        initial[f"item_{item.pk}"] = texts.get(("meetings.agendaitem", item.pk), {}).get(
            "title", ""
        )
    return MeetingWelshForm(data, initial=initial, body=meeting.body, items=items, prefix="cy")


def _meeting_welsh_page(request, meeting, form, status=200):
    refusal = welsh_text.publication_refusal("the agenda", [meeting.body, *form.items])
    return render(
        request,
        "executive/workspace/meeting_welsh.html",
        {"meeting": meeting, "form": form, "missing": refusal},
        status=status,
    )


@login_required
def meeting_welsh(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """The Welsh name of the body and Welsh titles of a meeting's items, which an authority
    bound by Welsh language standards needs before the agenda is published."""
    meeting = workspace_views._meeting(body_slug, date_slug)
    access.require(request.user, Action.AGENDA_EDIT.value, meeting)
    if not welsh_text.authority_bilingual():
        raise PermissionDenied(
            "The authority publishes in English only: its Welsh language standards setting is "
            "off (or it is not in Wales)."
        )
    items = list(meeting.items.order_by("order", "id"))
    if request.method != "POST":
        return _meeting_welsh_page(request, meeting, _meeting_welsh_form(meeting, items))
    form = _meeting_welsh_form(meeting, items, request.POST)
    if not form.is_valid():
        return _meeting_welsh_page(request, meeting, form, status=400)
    services.meeting_welsh_set(
        body=meeting.body,
        body_name=form.cleaned_data["body_name"],
        titles={item: form.cleaned_data[f"item_{item.pk}"] for item in items},
        user=request.user,
    )
    return redirect("executive_workspace:meeting_welsh", body_slug=body_slug, date_slug=date_slug)
