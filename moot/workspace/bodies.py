"""Setting up bodies from their terms of reference, at /clerk/bodies/: the list of bodies,
"Set up a body", a body's set-up page (its versions of the terms, its members by section,
appointing and ending memberships) and "New terms of reference".

Thin views: ``require`` asks the one access rule (``bodies.manage``: authority-wide clerks
and administrators), the forms parse, ``moot.governance.terms`` checks, and
``moot.governance.services`` writes and logs, each in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from moot.access.rules import Action
from moot.governance import selectors as gov_selectors
from moot.governance import services
from moot.governance.models import (
    Body,
    Membership,
    MembershipSection,
    StandingInvitee,
    TermsOfReference,
)
from moot.workspace import bodies_forms as forms
from moot.workspace.forms import add_refusal
from moot.workspace.permissions import require

BODIES_MANAGE = Action.BODIES_MANAGE


def _setup_url(body: Body) -> str:
    return reverse("workspace:body_setup", args=[body.slug])


def _managed_body(request: HttpRequest, body_slug: str) -> Body:
    """The body of the address, once the access rule lets the user manage it."""
    body = get_object_or_404(Body, slug=body_slug)
    require(request.user, BODIES_MANAGE, body)
    return body


@login_required
def bodies(request: HttpRequest) -> HttpResponse:
    """Every body, with the version of its terms in force today (two queries)."""
    require(request.user, BODIES_MANAGE, None)
    today = timezone.localdate()
    in_force = {
        t.body_id: t
        for t in TermsOfReference.objects.filter(in_force_from__lte=today)
        .filter(Q(in_force_to__isnull=True) | Q(in_force_to__gte=today))
        .annotate(section_count=Count("sections"))
    }
    rows = [(body, in_force.get(body.pk)) for body in Body.objects.all()]
    return render(request, "workspace/bodies/list.html", {"rows": rows, "today": today})


@login_required
@require_http_methods(["GET", "POST"])
def body_new(request: HttpRequest) -> HttpResponse:
    require(request.user, BODIES_MANAGE, None)
    form = forms.BodyForm(
        request.POST or None,
        initial={
            "classification": Body.Classification.COMMITTEE,
            "access_regime": Body._meta.get_field("access_regime").default,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            body = services.body_create(draft=form.draft, user=request.user)
        except services.SetupRefused as refused:
            add_refusal(form, {refused.field: str(refused)})
        else:
            messages.success(request, f"{body.name} is set up. Now give it terms of reference.")
            return redirect(reverse("workspace:body_terms_new", args=[body.slug]))
    status = 400 if request.method == "POST" else 200
    return render(request, "workspace/bodies/new.html", {"form": form}, status=status)


def _sections(body: Body) -> list[MembershipSection]:
    """The sections members may be appointed to: those of the versions not ended before
    today (appointments run under the version in force on their date)."""
    today = timezone.localdate()
    return list(
        MembershipSection.objects.filter(terms_of_reference__body=body)
        .filter(
            Q(terms_of_reference__in_force_to__isnull=True)
            | Q(terms_of_reference__in_force_to__gte=today)
        )
        .select_related("terms_of_reference")
        .order_by("-terms_of_reference__in_force_from", "order")
    )


def _render_setup(
    request,
    body: Body,
    *,
    appoint=None,
    invitee=None,
    end_errors=None,
    invitee_errors=None,
    status=200,
):
    today = timezone.localdate()
    terms, sections = gov_selectors.members_by_section(body, today)
    versions = list(body.terms_of_reference.order_by("-in_force_from"))
    upcoming = [v for v in versions if v.in_force_from > today]
    members = list(
        Membership.objects.filter(seat__section__terms_of_reference__body=body)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("person", "seat__section__terms_of_reference")
        .order_by("seat__section__terms_of_reference__in_force_from", "seat__section__order")
    )
    context = {
        "body": body,
        "today": today,
        "terms": terms,
        "section_rows": sections,
        "versions": versions,
        "upcoming": upcoming,
        "members": members,
        "appoint": appoint
        or forms.AppointForm(sections=_sections(body), initial={"role": Membership.Role.MEMBER}),
        "end_errors": end_errors or {},
        "invitees": list(
            StandingInvitee.objects.filter(body=body)
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
            .select_related("person", "organisation")
            .order_by("order", "start_date")
        ),
        "invitee": invitee or forms.InviteeForm(prefix="invitee"),
        "invitee_errors": invitee_errors or {},
        "quorum_groups": list(terms.quorum_groups.prefetch_related("sections", "organisations"))
        if terms
        else [],
        "chair_fallback": list(terms.chair_fallback_sections.all()) if terms else [],
        "quorum": gov_selectors.quorum_rule(terms).in_words() if terms else "",
    }
    return render(request, "workspace/bodies/setup.html", context, status=status)


@login_required
def body_setup(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = _managed_body(request, body_slug)
    return _render_setup(request, body)


@login_required
@require_http_methods(["GET", "POST"])
def terms_new(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = _managed_body(request, body_slug)
    latest = body.terms_of_reference.order_by("-in_force_from").first()
    initial, rows, group_rows = forms.terms_initial(latest)
    if request.method == "POST":
        rows = max(forms.SECTION_ROWS, _rows_posted(request.POST, "section"))
        group_rows = max(forms.GROUP_ROWS, _rows_posted(request.POST, "group"))
    form = forms.TermsForm(request.POST or None, initial=initial, rows=rows, group_rows=group_rows)
    if latest is None:
        del form.fields["carry_members"]  # a first version has no members to carry
    if request.method == "POST" and form.is_valid():
        try:
            terms = services.terms_of_reference_adopt(
                body=body, draft=form.draft, user=request.user
            )
        except services.SetupRefused as refused:
            add_refusal(form, {refused.field: str(refused)})
        else:
            messages.success(
                request,
                f"Version {terms.version} of the terms of reference is recorded, in force "
                f"from {terms.in_force_from:%-d %B %Y}.",
            )
            return redirect(_setup_url(body))
    status = 400 if request.method == "POST" else 200
    context = {"body": body, "form": form, "latest": latest}
    return render(request, "workspace/bodies/terms_new.html", context, status=status)


def _rows_posted(data, kind: str) -> int:
    """How many section (or quorum group) rows the posted form held (so none typed is
    dropped)."""
    rows = 0
    for key in data:
        parts = key.split("_")
        if len(parts) == 3 and parts[0] == kind and parts[1].isdigit():
            rows = max(rows, int(parts[1]))
    return min(rows, 50)


@login_required
@require_POST
def appoint(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = _managed_body(request, body_slug)
    form = forms.AppointForm(request.POST, sections=_sections(body))

    def appointed(data: dict, **who) -> str:
        membership = services.membership_appoint(
            section=form.sections[data["section"]],
            role=data["role"],
            title=data["title"],
            start_date=data["start_date"],
            **who,
        )
        return (
            f"{membership.person} is appointed to {membership.seat.section.name} from "
            f"{membership.start_date:%-d %B %Y}."
        )

    return _person_add(request, body, form, appointed, form_name="appoint", anchor="#members")


@login_required
@require_POST
def membership_end(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    body = _managed_body(request, body_slug)
    membership = (
        Membership.objects.filter(pk=pk, seat__section__terms_of_reference__body=body)
        .select_related("person")
        .first()
    )
    if membership is None:
        raise Http404(f"No membership {pk} of {body}.")
    end = partial(services.membership_end, membership=membership)
    return _held_end(request, body, membership, end, _MEMBERSHIP)


def _person_field(field: str, form) -> str | None:
    """The form's field a refusal names (a refused person is the search box)."""
    if field == "person":
        return "person_name"
    return field if field in form.fields else None


def _person_add(
    request: HttpRequest,
    body: Body,
    form: forms.PersonSearchForm,
    add: Callable[..., str],
    *,
    form_name: str,
    anchor: str,
) -> HttpResponse:
    """Appointing a member and adding a standing invitee: ``add`` writes, given the form's
    data and who (the person chosen in the record, or else the new name typed), and says
    what was done. A refusal is shown on the field it names (a refused person on the
    search box), on the set-up page again (``form_name`` is the form's name there), with
    status 400."""
    if form.is_valid():
        data = form.cleaned_data
        person = form.chosen_person()
        try:
            done = add(
                data, person=person, new_name="" if person else data["new_name"], user=request.user
            )
        except services.SetupRefused as refused:
            form.add_error(_person_field(refused.field, form), str(refused))
        else:
            messages.success(request, done)
            return redirect(_setup_url(body) + anchor)
    return _render_setup(request, body, status=400, **{form_name: form})


@dataclass(frozen=True)
class _Held:
    """What the set-up page ends, in its words: a membership or a standing invitation."""

    what: str  # its success message: "X's membership ends on ..."
    holds: str  # a missing date: "Enter the last day X holds the seat, as a date."
    anchor: str  # the part of the page it is listed in
    errors_name: str  # its rows' errors in the page's context


_MEMBERSHIP = _Held("membership", "holds the seat", "#members", "end_errors")
_INVITATION = _Held("standing invitation", "is invited", "#invitees", "invitee_errors")


def _held_end(
    request: HttpRequest,
    body: Body,
    held: Membership | StandingInvitee,
    end: Callable[..., Any],
    kind: _Held,
) -> HttpResponse:
    """Ending a membership or a standing invitation (``end`` writes, given the last day
    and the user): a date missing or refused is shown by the row's own form on the set-up
    page again, with status 400."""
    form = forms.EndForm(request.POST)
    if form.is_valid():
        end_date = form.cleaned_data["end_date"]
        try:
            end(end_date=end_date, user=request.user)
        except services.SetupRefused as refused:
            error = str(refused)
        else:
            messages.success(request, f"{held.person}'s {kind.what} ends on {end_date:%-d %B %Y}.")
            return redirect(_setup_url(body) + kind.anchor)
    else:
        error = f"Enter the last day {held.person} {kind.holds}, as a date."
    return _render_setup(request, body, status=400, **{kind.errors_name: {held.pk: error}})


@login_required
@require_http_methods(["GET", "POST"])
def body_edit(request: HttpRequest, body_slug: str) -> HttpResponse:
    """Change a body's details; its address name is fixed once it has meetings."""
    body = _managed_body(request, body_slug)
    slug_fixed = services.body_has_meetings(body)
    form = forms.BodyEditForm(
        request.POST or None,
        slug_fixed=slug_fixed,
        initial={
            "name": body.name,
            "slug": body.slug,
            "classification": body.classification,
            "purpose": body.purpose,
            "default_venue": body.default_venue,
            "access_regime": body.access_regime,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            body = services.body_update(body=body, draft=form.draft, user=request.user)
        except services.SetupRefused as refused:
            add_refusal(form, {refused.field: str(refused)})
        else:
            messages.success(request, f"{body.name}'s details are saved.")
            return redirect(_setup_url(body))
    status = 400 if request.method == "POST" else 200
    context = {"body": body, "form": form, "slug_fixed": slug_fixed}
    return render(request, "workspace/bodies/edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def terms_text(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    """The full text and source of a recorded version (its rules change only by a new
    version)."""
    body = _managed_body(request, body_slug)
    terms = get_object_or_404(TermsOfReference, pk=pk, body=body)
    form = forms.TermsTextForm(
        request.POST or None, initial={"text": terms.text, "source_note": terms.source_note}
    )
    if request.method == "POST" and form.is_valid():
        services.terms_of_reference_text_update(
            terms=terms,
            text=form.cleaned_data["text"],
            source_note=form.cleaned_data["source_note"],
            user=request.user,
        )
        messages.success(request, f"The text of version {terms.version} is saved.")
        return redirect(_setup_url(body) + "#terms")
    status = 400 if request.method == "POST" else 200
    context = {"body": body, "terms": terms, "form": form}
    return render(request, "workspace/bodies/terms_text.html", context, status=status)


@login_required
@require_POST
def invitee_add(request: HttpRequest, body_slug: str) -> HttpResponse:
    body = _managed_body(request, body_slug)
    form = forms.InviteeForm(request.POST, prefix="invitee")

    def invited(data: dict, **who) -> str:
        invitee = services.standing_invitee_add(
            body=body,
            organisation=form.organisation,
            title=data["title"],
            start_date=data["start_date"],
            end_date=data["end_date"],
            **who,
        )
        return f"{invitee.person} is a standing invitee of {body.name} from {invitee.start_date:%-d %B %Y}."

    return _person_add(request, body, form, invited, form_name="invitee", anchor="#invitees")


@login_required
@require_POST
def invitee_end(request: HttpRequest, body_slug: str, pk: int) -> HttpResponse:
    body = _managed_body(request, body_slug)
    invitee = StandingInvitee.objects.filter(pk=pk, body=body).select_related("person").first()
    if invitee is None:
        raise Http404(f"No standing invitee {pk} of {body}.")
    end = partial(services.standing_invitee_end, invitee=invitee)
    return _held_end(request, body, invitee, end, _INVITATION)
