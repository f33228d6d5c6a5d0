"""Report sign-off in the workspace (issue 12 item 3; docs/adr/0013-report-sign-off.md).

- the report author's page (``/clerk/reports/``): the items they write for, and per item
  the upload form (checked as every workspace upload is) with the drafts' progress;
- the signatory's page (``/clerk/reports/sign-off/``): drafts waiting on their step, each
  signed off or sent back with a reason;
- the clerk accepts a signed-off draft from the agenda builder's item page.

Thin views: parse, ask the access rule (``report.upload``, ``report.sign_off``,
``report.accept``), call one service (``moot.reports.services``), redirect or render the
form again (status 400) with what was typed.
"""

from __future__ import annotations

from django import forms as django_forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.access import selectors as access
from moot.access.rules import Action, Target
from moot.documents.pdf import DocumentRejected
from moot.meetings.models import AgendaItem
from moot.reports import selectors, services
from moot.reports.models import Report, SignOffStep
from moot.workspace import views
from moot.workspace.forms import GovukForm
from moot.workspace.permissions import report_bodies, require

UPLOAD = Action.REPORT_UPLOAD.value
SIGN_OFF = Action.REPORT_SIGN_OFF.value
ACCEPT = Action.REPORT_ACCEPT.value


class ReportForm(GovukForm):
    title = django_forms.CharField(label="Report title", max_length=400)
    file = django_forms.FileField(
        label="The draft report (PDF)",
        help_text="It goes through the sign-off steps before the clerk accepts it.",
    )


class DecisionForm(GovukForm):
    decision = django_forms.ChoiceField(choices=[("sign", "Sign off"), ("back", "Send back")])
    reason = django_forms.CharField(
        label="Why it is sent back (for the author)", required=False, widget=django_forms.Textarea
    )


def step_target(report: Report, step: SignOffStep) -> Target:
    meeting = report.item.meeting
    return Target(body_id=meeting.body_id, body_name=meeting.body.name, signoff_step_id=step.pk)


# --- the report author ----------------------------------------------------------------


@login_required
def author(request: HttpRequest) -> HttpResponse:
    bodies = report_bodies(request.user)
    if not bodies.exists():
        raise PermissionDenied(
            f"{request.user.get_username()} writes reports for no body: this page is for "
            "report authors."
        )
    rows = selectors.author_items([b.pk for b in bodies], views._today())
    return render(request, "reports/author.html", {"rows": rows, "today": views._today()})


def _item_page(request, item: AgendaItem, form: ReportForm | None = None, status: int = 200):
    return render(
        request,
        "reports/item.html",
        {
            "item": item,
            "meeting": item.meeting,
            "form": form or ReportForm(prefix="report"),
            "reports": [(r, services.progress_of(r)) for r in selectors.item_reports(item)],
        },
        status=status,
    )


@login_required
def item(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.select_related("meeting", "meeting__body"), pk=pk)
    require(request.user, UPLOAD, item)
    if request.method != "POST":
        return _item_page(request, item)
    form = ReportForm(request.POST, request.FILES, prefix="report")
    if form.is_valid():
        try:
            services.report_submit(
                item=item,
                uploaded_file=form.cleaned_data["file"],
                title=form.cleaned_data["title"],
                user=request.user,
                now=views.clock(),
            )
        except DocumentRejected as exc:
            form.add_error("file", str(exc))
        except services.ReportError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(reverse("workspace:report_item", args=[item.pk]) + "#drafts")
    return _item_page(request, item, form, status=400)


@login_required
def draft_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft's PDF, for its authors and clerks (``report.upload``) and the signatories
    of its steps (``report.sign_off``); never public."""
    report = get_object_or_404(
        Report.objects.select_related("item", "item__meeting", "item__meeting__body"), pk=pk
    )
    allowed = access.can(request.user, UPLOAD, report.item).allowed
    if not allowed:
        steps = SignOffStep.objects.filter(pk__in=[s["id"] for s in report.steps])
        allowed = any(
            access.can(request.user, SIGN_OFF, step_target(report, s)).allowed for s in steps
        )
    if not allowed:
        raise PermissionDenied("Only the report's authors, clerks and signatories may read it.")
    response = FileResponse(report.file.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="report-{report.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- the signatory --------------------------------------------------------------------


def _signoff_page(request, *, errors=None, typed=None, status: int = 200) -> HttpResponse:
    today = views._today()
    rows = selectors.awaiting_signatory(request.user, today)
    return render(
        request,
        "reports/signoff.html",
        {
            "rows": rows,
            "signatory": bool(rows) or selectors.signatory_of_any(request.user),
            "errors": errors or {},
            "typed": typed or {},
            "today": today,
        },
        status=status,
    )


@login_required
def signoff(request: HttpRequest) -> HttpResponse:
    return _signoff_page(request)


@login_required
@require_POST
def decide(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    report = get_object_or_404(
        Report.objects.select_related("item", "item__meeting", "item__meeting__body"), pk=pk
    )
    step = get_object_or_404(SignOffStep, pk=step_pk)
    require(request.user, SIGN_OFF, step_target(report, step))
    form = DecisionForm(request.POST)
    reason = request.POST.get("reason", "")
    if not form.is_valid():
        message = "Choose to sign the report off or to send it back."
    else:
        try:
            services.step_decide(
                report=report,
                step=step,
                signed=form.cleaned_data["decision"] == "sign",
                reason=form.cleaned_data["reason"],
                user=request.user,
                now=views.clock(),
            )
        except services.ReportError as exc:
            message = str(exc)
        else:
            return redirect(reverse("workspace:report_signoff"))
    return _signoff_page(
        request, errors={report.pk: message}, typed={report.pk: reason}, status=400
    )


# --- the clerk ------------------------------------------------------------------------


@login_required
@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(
        Report.objects.select_related("item", "item__meeting", "item__meeting__body"), pk=pk
    )
    meeting = report.item.meeting
    require(request.user, ACCEPT, report.item)
    try:
        services.report_accept(report=report, user=request.user, now=views.clock())
    except (services.ReportError, DocumentRejected) as exc:
        return render(
            request,
            "reports/accept_refused.html",
            {"report": report, "meeting": meeting, "error": str(exc)},
            status=400,
        )
    url = reverse("workspace:item", args=[meeting.body.slug, meeting.date_slug, report.item_id])
    return redirect(url + "#reports")
