"""Forms for after the meeting, public questions and release review: they parse and keep
what was typed; the services' rules decide."""

from __future__ import annotations

from django import forms

from moot.meetings.models import Action
from moot.workspace.forms import GovukForm


class ActionUpdateForm(GovukForm):
    status = forms.ChoiceField(label="Status", choices=Action.Status.choices)
    note = forms.CharField(
        label="Progress note",
        required=False,
        widget=forms.Textarea,
        help_text="Shown with the action under matters arising.",
    )


class QuestionDecideForm(GovukForm):
    decision = forms.ChoiceField(
        label="Decision", choices=[("accept", "Accept"), ("reject", "Reject")]
    )
    reason = forms.CharField(
        label="Reason",
        required=False,
        widget=forms.Textarea,
        help_text="Needed to reject a question: it is sent to the questioner.",
    )


class QuestionAnswerForm(GovukForm):
    answer = forms.CharField(label="Answer", widget=forms.Textarea)
