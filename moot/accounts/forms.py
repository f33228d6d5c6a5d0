"""The administrator's invitation form: it parses and keeps what was typed; the service
(``moot.accounts.services.invite``) and the access rule decide."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import SetPasswordForm

from moot.access.rules import GRANTABLE_ROLES, ROLE_LABELS
from moot.governance.models import Body
from moot.workspace.forms import GovukBoundField, GovukForm


class InviteForm(GovukForm):
    email = forms.EmailField(label="E-mail address", max_length=254)
    name = forms.CharField(
        label="Name",
        required=False,
        max_length=150,
        help_text="Leave empty when you choose their person in the record below.",
    )
    person = forms.ChoiceField(
        label="Their person in the record",
        required=False,
        choices=(),
        help_text="A member or officer who is already in the record: linking them lets them "
        "use the members' area (their seats make them members; no role is needed for that).",
    )
    role = forms.ChoiceField(label="Role", required=False, choices=())
    body = forms.ChoiceField(
        label="On the body",
        required=False,
        choices=(),
        help_text="Without a body the role is held across the whole authority.",
    )

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", "Not in the record")] + [
            (p.slug, p.display_name) for p in people
        ]
        self.fields["role"].choices = [("", "No role")] + sorted(
            (r.value, ROLE_LABELS[r].capitalize()) for r in GRANTABLE_ROLES
        )
        self.fields["body"].choices = [("", "The whole authority")] + [
            (b.slug, b.name) for b in Body.objects.order_by("name")
        ]


class InvitationPasswordForm(SetPasswordForm):
    """The invitation's first password; its hint and errors are named as GOV.UK's are."""

    bound_field_class = GovukBoundField
