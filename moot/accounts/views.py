"""Account pages Moot adds to allauth's: the lockout answer, and the reset link's limits."""

from __future__ import annotations

from allauth.account.forms import LoginForm
from allauth.account.views import PasswordResetFromKeyView
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from moot.accounts import rules


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked account or address (``AXES_LOCKOUT_CALLABLE``):
    the sign-in page again, with a sentence that says for how long, and 429."""
    cool_off = get_cool_off(request)
    sentence = rules.lockout_sentence(
        cool_off=cool_off, failure_limit=get_failure_limit(request, credentials)
    )
    response = render(
        request,
        "account/login.html",
        {"form": LoginForm(request=request), "lockout_message": sentence},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class ResetFromKeyView(PasswordResetFromKeyView):
    """Allauth's page, told how long a link lasts so a refused link can say so."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reset_link_hours"] = max(1, settings.PASSWORD_RESET_TIMEOUT // 3600)
        return context


def invitation(request, uidb36: str, key: str):
    """The invitation link (``moot.accounts.services.invite``): choose a first password,
    then sign in. A used, unknown or expired link says so and changes nothing."""
    from django.shortcuts import redirect

    from moot.accounts import services
    from moot.accounts.forms import InvitationPasswordForm

    user = services.invited_user(uidb36, key)
    if user is None:
        return render(
            request,
            "accounts/invitation.html",
            {"token_fail": True, "days": services.INVITATION_DAYS},
            status=400,
        )
    form = InvitationPasswordForm(user, request.POST if request.method == "POST" else None)
    for field in form.fields.values():
        field.widget.attrs["class"] = "govuk-input"
    if request.method == "POST" and form.is_valid():
        services.choose_password(user=user, password=form.cleaned_data["new_password1"])
        return redirect(f"{reverse('account_login')}?chosen=1")
    return render(
        request,
        "accounts/invitation.html",
        {"form": form, "email": user.email},
        status=400 if form.errors else 200,
    )
