"""The public question form. The form reads the fields; the rules (presence, length,
deadline, one submission per question) are the service's, so its messages are shown."""

from __future__ import annotations

from django import forms

from moot.meetings.rules import QUESTION_MAX_CHARACTERS, question_errors

__all__ = ["QUESTION_MAX_CHARACTERS", "QuestionForm"]


class QuestionForm(forms.Form):
    name = forms.CharField(required=False, max_length=200, strip=True)
    email = forms.EmailField(
        required=False,
        max_length=254,
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.com."
        },
    )
    question = forms.CharField(required=False, strip=True, widget=forms.Textarea)

    def clean(self):
        """Report the service's presence and length rules with the format errors, so the
        error summary lists every problem at once (the service checks them again)."""
        cleaned = super().clean()
        raw = {field: str(self.data.get(field, "")) for field in ("name", "email", "question")}
        for field, message in question_errors(**raw).items():
            if field not in self.errors:
                self.add_error(field, message)
        return cleaned
