"""The members' area at /my/: thin views over ``moot.members`` selectors and services.

Every page needs a signed-in account (``login_required`` sends a visitor to
/accounts/login/ and back). Papers go through the one access rule; an exempt paper is
watermarked with the member's name and logged (``ExemptDownload``) before it is sent.
"""

from __future__ import annotations

import logging

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from moot.access import visibility
from moot.access.rules import Action as AccessAction
from moot.access.selectors import bodies_where, can
from moot.access.services import exempt_download_record
from moot.documents import services as document_services
from moot.documents.models import Document
from moot.governance.models import Person
from moot.meetings.models import Action, InterestRegisterEntry, Meeting
from moot.members import forms, selectors, services
from moot.members.models import InterestChange
from moot.members.watermark import stamped_response
from moot.portal import inputs
from moot.portal.errors import InvalidInput
from moot.workspace.forms import add_refusal

logger = logging.getLogger(__name__)


def _meeting(slug: str, date_slug: str) -> Meeting:
    try:
        day, sequence = inputs.date_slug(date_slug)
    except InvalidInput:
        raise Http404(f"'{date_slug}' is not a meeting date.") from None
    return get_object_or_404(
        Meeting.objects.select_related("body"), body__slug=slug, date=day, sequence=sequence
    )


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def home(request):
    person = services.person_of(request.user)
    today = timezone.localdate()
    upcoming, past = selectors.my_meetings(person, today=today) if person else ([], [])
    context = {
        "person": person,
        "upcoming": upcoming,
        "past": past,
        "actions": [a for a in selectors.my_actions(person) if a.status in ("open", "in_progress")]
        if person
        else [],
        "reminder": selectors.my_register(person, today=today).reminder if person else None,
    }
    return _private(render(request, "members/home.html", context))


def _meeting_page(request, meeting, *, form=None, status=200):
    person = services.person_of(request.user)
    if not (person and can(request.user, AccessAction.MEETING_APOLOGISE, meeting)) and not can(
        request.user, AccessAction.PAPER_READ_EXEMPT, meeting
    ):
        raise PermissionDenied(can(request.user, AccessAction.PAPER_READ_EXEMPT, meeting).reason)
    today = timezone.localdate()
    papers = selectors.meeting_papers(meeting, user=request.user, person=person, today=today)
    substitutes = selectors.substitutes_for(meeting, person) if person else []
    if form is None:
        form = forms.ApologiesForm(substitutes=substitutes)
    return _private(
        render(
            request,
            "members/meeting.html",
            {"page": papers, "form": form, "person": person},
            status=status,
        )
    )


@login_required
@require_safe
def meeting(request, slug, date_slug):
    return _meeting_page(request, _meeting(slug, date_slug))


@login_required
@require_POST
def apologies(request, slug, date_slug):
    found = _meeting(slug, date_slug)
    person = services.person_of(request.user)
    substitutes = selectors.substitutes_for(found, person) if person else Person.objects.none()
    form = forms.ApologiesForm(request.POST, substitutes=substitutes)
    if form.is_valid():
        chosen = form.cleaned_data["substitute"]
        substitute = Person.objects.filter(pk=chosen).first() if chosen else None
        try:
            services.apologies_send(
                meeting=found,
                user=request.user,
                message=form.cleaned_data["message"],
                substitute=substitute,
            )
        except services.Refused as refused:
            add_refusal(form, refused.errors)
        else:
            return redirect(reverse("members:meeting", args=[slug, date_slug]) + "#apologies")
    return _meeting_page(request, found, form=form, status=400)


def _watermarked(request, data: bytes, filename: str) -> HttpResponse:
    return stamped_response(request.user, data, filename)


@login_required
@require_safe
def members_pack(request, slug, date_slug):
    """The members' pack (with the exempt papers), watermarked with the member's name."""
    found = _meeting(slug, date_slug)
    decision = can(request.user, AccessAction.PAPER_READ_EXEMPT, found)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    try:
        build = document_services.pack_build(meeting=found, include_exempt=True)
    except (document_services.DocumentRejected, document_services.PlanError) as error:
        return HttpResponse(
            f"This pack cannot be made at the moment: {error}",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    response = _watermarked(
        request,
        build.path.read_bytes(),
        f"{found.body.slug}-{found.date_slug}-members-pack-not-for-publication.pdf",
    )
    exempt_download_record(user=request.user, meeting=found, reason=decision.reason)
    return response


@login_required
@require_safe
def document(request, slug, date_slug, document_id):
    """One paper: a public one is sent as the portal sends it; an exempt one only when the
    access rule allows, watermarked and logged; to anyone else it is not here."""
    found_meeting = _meeting(slug, date_slug)
    found = (
        Document.objects.select_related("item")
        .filter(meeting=found_meeting, pk=document_id)
        .exclude(file="")
        .first()
    )
    if found is None:
        raise Http404("There is no such paper.")
    if visibility.public_documents(Document.objects.filter(pk=found.pk)).exists():
        return redirect("documents:document", slug, date_slug, document_id)
    found.meeting = found_meeting
    decision = can(request.user, AccessAction.PAPER_READ_EXEMPT, found)
    if not decision.allowed:
        raise Http404("There is no such paper.")
    try:
        with default_storage.open(found.file.name, "rb") as handle:
            data = handle.read()
    except OSError:
        raise Http404(f"The file of '{found.title}' is not available at the moment.") from None
    label = f"appendix-{found.letter}-{found.title}" if found.letter else found.title
    filename = f"{slug}-{found_meeting.date_slug}-{slugify(label)[:80] or 'paper'}.pdf"
    if visibility.document_exempt(found, found.item):
        response = _watermarked(request, data, filename)
        exempt_download_record(
            user=request.user, meeting=found_meeting, document=found, reason=decision.reason
        )
        return response
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _private(response)


# --- actions ------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def actions(request, action_id: int | None = None):
    person = services.person_of(request.user)
    mine = selectors.my_actions(person) if person else []
    forms_by_id = {
        a.pk: forms.ActionForm(initial={"status": a.status}, prefix=f"a{a.pk}") for a in mine
    }
    status = 200
    if request.method == "POST":
        action = get_object_or_404(Action, pk=action_id, owner=person) if person else None
        if action is None:
            raise Http404("There is no such action of yours.")
        form = forms.ActionForm(request.POST, prefix=f"a{action.pk}")
        if form.is_valid():
            try:
                services.my_action_update(
                    action=action,
                    user=request.user,
                    status=form.cleaned_data["status"],
                    note=form.cleaned_data["note"],
                )
            except services.Refused as refused:
                add_refusal(form, refused.errors)
            else:
                return redirect(reverse("members:actions") + f"#action-{action.pk}")
        forms_by_id[action.pk] = form
        status = 400
    rows = [(a, forms_by_id[a.pk]) for a in mine]
    return _private(
        render(request, "members/actions.html", {"person": person, "rows": rows}, status=status)
    )


# --- register of interests ------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def interests(request):
    person = services.person_of(request.user)
    form = forms.InterestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.interest_add(
                    user=request.user,
                    category=form.cleaned_data["category"],
                    description=form.cleaned_data["description"],
                    sensitive=form.cleaned_data["sensitive"],
                    effective_on=form.cleaned_data["effective_on"],
                )
            except services.Refused as refused:
                add_refusal(form, refused.errors)
            else:
                return redirect(reverse("members:interests") + "?sent=1#changes")
        status = 400
    register = selectors.my_register(person, today=timezone.localdate()) if person else None
    return _private(
        render(
            request,
            "members/interests.html",
            {
                "person": person,
                "register": register,
                "form": form,
                "sent": request.GET.get("sent") == "1",
                "end_form": forms.EndInterestForm(),
            },
            status=status,
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def interest_end(request, entry_id: int):
    person = services.person_of(request.user)
    entry = get_object_or_404(InterestRegisterEntry, pk=entry_id, person=person)
    form = forms.EndInterestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.interest_end(
                    user=request.user, entry=entry, ended_on=form.cleaned_data["effective_on"]
                )
            except services.Refused as refused:
                add_refusal(form, refused.errors)
            else:
                return redirect(reverse("members:interests") + "?sent=1#changes")
        status = 400
    return _private(
        render(request, "members/interest_end.html", {"entry": entry, "form": form}, status=status)
    )


# --- private notes on a paper ---------------------------------------------------------------


def _readable_document(request, document_id: int) -> Document:
    found = Document.objects.select_related("meeting__body", "item").filter(pk=document_id).first()
    if found is None or not can(request.user, AccessAction.PAPER_READ_EXEMPT, found).allowed:
        raise Http404("There is no such paper.")
    return found


@login_required
@require_http_methods(["GET", "POST"])
def notes(request, document_id: int):
    """A member's private notes on one paper, page by page; only their own are read."""
    found = _readable_document(request, document_id)
    form = forms.NoteForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.note_add(
                    user=request.user,
                    document=found,
                    page=form.cleaned_data["page"],
                    highlight=form.cleaned_data["highlight"],
                    comment=form.cleaned_data["comment"],
                )
            except services.Refused as refused:
                add_refusal(form, refused.errors)
            else:
                return redirect(reverse("members:notes", args=[found.pk]) + "#notes")
        status = 400
    return _private(
        render(
            request,
            "members/notes.html",
            {
                "document": found,
                "meeting": found.meeting,
                "exempt": visibility.document_exempt(found, found.item),
                "notes": selectors.my_notes(request.user, found),
                "form": form,
            },
            status=status,
        )
    )


@login_required
@require_POST
def note_delete(request, document_id: int, note_id: int):
    found = _readable_document(request, document_id)
    try:
        services.note_delete(user=request.user, note_id=note_id)
    except services.Refused:
        raise Http404("There is no such note of yours.") from None
    return redirect(reverse("members:notes", args=[found.pk]) + "#notes")


# --- the clerk's review of register changes (under /clerk/) -------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def review(request, change_id: int | None = None):
    bodies = bodies_where(request.user, AccessAction.INTERESTS_REVIEW)
    if not bodies.exists():
        raise PermissionDenied("Only clerks and administrators review registers of interests.")
    today = timezone.localdate()
    form = forms.ReturnForm()
    status = 200
    if request.method == "POST":
        change = get_object_or_404(InterestChange, pk=change_id)
        form = forms.ReturnForm(request.POST)
        try:
            if request.POST.get("decision") == "publish":
                services.interest_publish(change=change, user=request.user)
            elif form.is_valid():
                services.interest_return(
                    change=change, user=request.user, note=form.cleaned_data["note"]
                )
            else:
                raise services.Refused({"note": "The note is too long."})
        except services.Refused as refused:
            add_refusal(form, refused.errors)
            status = 400
        else:
            return redirect("members:review")
    changes = selectors.pending_changes_for(bodies, today=today)
    return render(
        request,
        "members/review.html",
        {"changes": changes, "form": form, "failed": change_id if status == 400 else None},
        status=status,
    )
