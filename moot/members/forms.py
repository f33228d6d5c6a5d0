"""The members' area's forms: they parse and keep what was typed; the rules decide."""

from __future__ import annotations

from django import forms

from moot.meetings.models import Action, InterestRegisterEntry
from moot.members import rules
from moot.workspace.forms import GovukForm


class ApologiesForm(GovukForm):
    message = forms.CharField(
        label="Message to the clerk",
        required=False,
        max_length=rules.MESSAGE_MAX,
        widget=forms.Textarea,
        help_text="For example why you cannot come. The clerk reads it; it is not published.",
    )
    substitute = forms.ChoiceField(
        label="Substitute nominated by your organisation",
        required=False,
        choices=(),
        help_text="Only where your organisation may send a substitute (terms of reference 5.3).",
    )

    def __init__(self, *args, substitutes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["substitute"].choices = [("", "No substitute")] + [
            (str(p.pk), p.display_name) for p in substitutes
        ]


class InterestForm(GovukForm):
    category = forms.ChoiceField(
        label="Category",
        choices=[("", "Choose a category")] + InterestRegisterEntry.Category.choices,
    )
    description = forms.CharField(
        label="Description",
        widget=forms.Textarea,
        max_length=rules.DESCRIPTION_MAX,
        help_text="The employer, the land's address, the company's name, and so on.",
    )
    effective_on = forms.DateField(
        label="Date the interest began", widget=forms.DateInput(attrs={"type": "date"})
    )
    sensitive = forms.BooleanField(
        label="This is a sensitive interest: disclosing its details could lead to violence or "
        "intimidation (Localism Act 2011 s32)",
        required=False,
    )


class EndInterestForm(GovukForm):
    effective_on = forms.DateField(
        label="Date the interest ended", widget=forms.DateInput(attrs={"type": "date"})
    )


class ActionForm(GovukForm):
    status = forms.ChoiceField(label="Status", choices=Action.Status.choices)
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea, max_length=4000)


class NoteForm(GovukForm):
    page = forms.IntegerField(label="Page", min_value=1)
    highlight = forms.CharField(
        label="Words to highlight",
        required=False,
        max_length=rules.HIGHLIGHT_MAX,
        help_text="Copy the words from the page, if you want to mark them.",
    )
    comment = forms.CharField(
        label="Comment", required=False, widget=forms.Textarea, max_length=rules.NOTE_MAX
    )


class ReturnForm(GovukForm):
    note = forms.CharField(
        label="Why it is returned", widget=forms.Textarea, max_length=2000, required=False
    )
