"""Allauth's hooks: no public self-sign-up; every message through ``email_queue``."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from moot.notifications.services import email_queue

REASONS = {
    "account/email/password_reset_key": (
        "You get this e-mail because someone, perhaps you, asked to reset the password of "
        "the Moot account for this address. If it was not you, ignore it: nothing changes."
    ),
    "account/email/unknown_account": (
        "You get this e-mail because someone asked to reset a password for this address, "
        "which has no Moot account. If it was not you, ignore it."
    ),
}
ACCOUNT_NOTICE = (
    "You get this e-mail because it is about the security of your Moot account. "
    "If you did not make this change, tell your administrator at once."
)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        """Accounts are made by administrators (``moot manage createsuperuser``, the back
        office), never by visitors."""
        return False

    def get_login_redirect_url(self, request) -> str:
        """Where a sign-in without a ``next`` address lands: the workspace for those who
        work in it (the first section they may enter: a clerk's dashboard), the members'
        area for a member (an account linked to a person), else the site's home page."""
        from moot.members.services import person_of
        from moot.workspace.permissions import first_section_url

        user = request.user
        workspace = first_section_url(user)
        if workspace:
            return workspace
        if person_of(user) is not None:
            return reverse("members:home")
        return super().get_login_redirect_url(request)

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Setting up a first second factor needs no password again (it can only make the
        account safer, and a privileged account is sent there straight after signing in),
        nor does seeing the recovery codes that set-up has just made (the page it goes to
        next); every other sensitive change (a second authenticator, removing one, new
        recovery codes, seeing them later) asks for the password again, as allauth does by
        default."""
        from moot.accounts.selectors import has_mfa

        request = allauth_context.request
        user = getattr(request, "user", None)
        if (
            app == "allauth.mfa"
            and request is not None
            and user is not None
            and user.is_authenticated
        ):
            if request.path == reverse("mfa_activate_totp") and not has_mfa(user):
                return False
            if request.path == reverse("mfa_view_recovery_codes") and self._codes_just_made(user):
                return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _codes_just_made(self, user) -> bool:
        from datetime import timedelta

        from allauth.mfa.models import Authenticator
        from django.conf import settings
        from django.utils import timezone

        since = timezone.now() - timedelta(seconds=settings.MOOT_MFA_NEW_CODES_SECONDS)
        return Authenticator.objects.filter(
            user=user, type=Authenticator.Type.RECOVERY_CODES, created_at__gte=since
        ).exists()

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Allauth's templates render the subject and text; ``email_queue`` adds the HTML
        part and the reason line, and a background job sends it through ``MOOT_EMAIL_URL``
        (the request does not wait for the mail server)."""
        request = allauth_context.request
        context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"),
            None,
        )
        email_queue(
            to=email,
            subject=message.subject,
            text=message.body,
            html=html,
            reason=REASONS.get(template_prefix, ACCOUNT_NOTICE),
            from_email=message.from_email,
        )


class MfaAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": (
            "That code is wrong or has already been used (each code works once). Enter the "
            "next code your authenticator app shows, or one of your recovery codes."
        ),
    }
