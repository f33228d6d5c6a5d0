"""The administrator's "People and accounts" page at /clerk/people/: who can sign in, as
whom, with which roles; invite someone; take a role away; turn sign-in off for a leaver.
Only users the access rule allows ``users.manage`` (administrators) see it. Every change
goes through ``moot.accounts.services`` and ``moot.access.services``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from moot.access import selectors as access_selectors
from moot.access import services as access
from moot.access.models import RoleGrant
from moot.access.rules import Action
from moot.accounts import forms, selectors, services
from moot.workspace.forms import add_refusal


def _require_admin(user) -> None:
    decision = access_selectors.can(user, Action.USERS_MANAGE)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)


def _page(request, form, status=200):
    return render(
        request,
        "accounts/people.html",
        {"accounts": selectors.accounts(), "form": form},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def people(request):
    _require_admin(request.user)
    people_choices = selectors.people_without_accounts()
    if request.method == "GET":
        return _page(request, forms.InviteForm(people=people_choices))
    form = forms.InviteForm(request.POST, people=people_choices)
    if form.is_valid():
        data = form.cleaned_data
        try:
            user = services.invite(
                email=data["email"],
                name=data["name"],
                person=data["person"] or None,
                role=data["role"] or None,
                body=data["body"] or None,
                by=request.user,
            )
        except services.Refused as refused:
            add_refusal(form, refused.errors)
        else:
            messages.success(
                request,
                f"Account made for {user.email}; they were e-mailed a link to choose a password.",
            )
            return redirect("accounts_people:people")
    return _page(request, form, status=400)


@login_required
@require_POST
def revoke(request, grant_id: int):
    _require_admin(request.user)
    grant = get_object_or_404(RoleGrant, pk=grant_id, revoked_at__isnull=True)
    access.role_revoke(user=grant.user, role=grant.role, body=grant.body, by=request.user)
    messages.success(
        request, f"{grant.user.email} is no longer {grant.get_role_display().lower()}."
    )
    return redirect("accounts_people:people")


@login_required
@require_POST
def active(request, user_id: int):
    _require_admin(request.user)
    user = get_object_or_404(get_user_model(), pk=user_id)
    turn_on = request.POST.get("active") == "on"
    try:
        services.set_active(user=user, active=turn_on, by=request.user)
    except services.Refused as refused:
        messages.error(request, " ".join(refused.errors.values()))
    else:
        state = "can sign in again" if turn_on else "can no longer sign in"
        messages.success(request, f"{user.email} {state}.")
    return redirect("accounts_people:people")
