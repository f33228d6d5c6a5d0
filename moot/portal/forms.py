"""The public question form. The form reads the fields; the rules (presence, length,
deadline, one submission per question) are the service's, so its messages are shown."""

from __future__ import annotations

from django import forms

QUESTION_MAX_CHARACTERS = 2000


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
