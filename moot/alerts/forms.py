"""The subscription form: it parses and keeps what was typed; the rules decide."""

from __future__ import annotations

from django import forms

from moot.alerts import rules
from moot.alerts.models import Subscription
from moot.governance.models import Body, Person
from moot.workspace.forms import GovukForm


class SubscribeForm(GovukForm):
    email = forms.CharField(
        label="Your e-mail address",
        max_length=rules.EMAIL_MAX + 50,  # the rule gives the sentence for a long one
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your e-mail address, like name@example.org.",
            "max_length": f"An e-mail address is at most {rules.EMAIL_MAX} characters.",
        },
    )
    kind = forms.ChoiceField(
        label="What to follow", choices=Subscription.Kind.choices, initial="body"
    )
    body = forms.ChoiceField(label="Committee or board", required=False, choices=())
    person = forms.ChoiceField(label="Person", required=False, choices=())
    query = forms.CharField(
        label="Words to look for",
        required=False,
        max_length=rules.QUERY_MAX + 50,
        help_text="For example a ward, a place or a subject: you are told when every word "
        "appears in what is published.",
    )
    frequency = forms.ChoiceField(
        label="How often",
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.IMMEDIATE,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].choices = [("", "Choose a committee or board")] + [
            (b.slug, b.name) for b in Body.objects.order_by("name").only("slug", "name")
        ]
        self.fields["person"].choices = [("", "Choose a person")] + [
            (p.slug, p.display_name)
            for p in Person.objects.filter(memberships__isnull=False)
            .distinct()
            .order_by("family_name", "given_name", "name")
        ]
