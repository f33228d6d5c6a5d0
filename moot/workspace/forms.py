"""The workspace's forms: they parse and keep what was typed; the rules decide."""

from __future__ import annotations

from django import forms

from moot.documents.models import Document
from moot.meetings import rules
from moot.meetings.models import AgendaItem, Meeting

PARAGRAPH_CHOICES = [("", "Not exempt")] + [
    (str(n), label) for n, label in AgendaItem.EXEMPT_PARAGRAPHS
]


class GovukForm(forms.Form):
    """Adds GOV.UK Frontend classes to widgets; the template renders the markup."""

    classes = {
        "text": "govuk-input",
        "email": "govuk-input",
        "number": "govuk-input govuk-input--width-4",
        "date": "govuk-input govuk-input--width-10",
        "time": "govuk-input govuk-input--width-5",
        "textarea": "govuk-textarea",
        "select": "govuk-select",
        "checkbox": "govuk-checkboxes__input",
        "clearablefile": "govuk-file-upload",
        "file": "govuk-file-upload",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            bound = self[name]
            css = self.classes.get(bound.widget_type, "")
            if bound.widget_type == "textarea":
                field.widget.attrs.setdefault("rows", 3)
            field.widget.attrs["class"] = css


class MeetingForm(GovukForm):
    day = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    at = forms.TimeField(label="Start time", widget=forms.TimeInput(attrs={"type": "time"}))
    venue = forms.CharField(
        label="Venue", required=False, max_length=300, help_text="Leave blank for the usual venue."
    )
    kind = forms.ChoiceField(label="Kind of meeting", choices=Meeting.Kind.choices)
    mode = forms.ChoiceField(label="How it meets", choices=Meeting.Mode.choices)


class ItemForm(GovukForm):
    title = forms.CharField(label="Title", max_length=400)
    purpose = forms.CharField(
        label="Agenda text", required=False, widget=forms.Textarea, help_text="Shown on the agenda."
    )
    presenter = forms.ChoiceField(label="Presenter", required=False, choices=())
    presenter_role = forms.CharField(
        label="Presenter's role",
        required=False,
        max_length=300,
        help_text="For example, Director of Public Health.",
    )
    exempt = forms.BooleanField(label="Exempt: withhold this item from the public", required=False)
    exempt_paragraph = forms.TypedChoiceField(
        label="Schedule 12A paragraph",
        required=False,
        choices=PARAGRAPH_CHOICES,
        coerce=int,
        empty_value=None,
    )
    exempt_reason = forms.CharField(
        label="Why the public interest in withholding it outweighs disclosure",
        required=False,
        widget=forms.Textarea,
    )

    def __init__(self, *args, people: list[tuple[str, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"].choices = [("", "No presenter")] + list(people)

    def clean(self):
        data = super().clean()
        if "exempt_paragraph" in data:
            check = rules.exempt_marking(
                exempt=data.get("exempt", False),
                paragraph=data.get("exempt_paragraph"),
                reason=data.get("exempt_reason", ""),
            )
            if not check.ok:
                self.add_error(check.field, check.explanation)
        return data

    def presenters(self, people_by_pk) -> list:
        pk = self.cleaned_data.get("presenter")
        if not pk:
            return []
        return [(people_by_pk[int(pk)], "", self.cleaned_data.get("presenter_role", "").strip())]


class DocumentForm(GovukForm):
    title = forms.CharField(label="Document title", max_length=400)
    kind = forms.ChoiceField(
        label="Kind",
        choices=[
            (Document.Kind.REPORT, "Report"),
            (Document.Kind.APPENDIX, "Appendix"),
            (Document.Kind.PRESENTATION, "Presentation"),
        ],
    )
    letter = forms.CharField(
        label="Appendix letter", required=False, max_length=4, help_text="For example, A."
    )
    file = forms.FileField(label="File (PDF or office document)")


class ItemReportForm(GovukForm):
    """The new item's report, uploaded with the item in the same step (optional)."""

    file = forms.FileField(
        label="Its report: PDF or office document",
        required=False,
        help_text="Added to the item as its report, titled as the item; appendices are added "
        "on the item's page.",
    )


class PublishForm(GovukForm):
    late_reason = forms.CharField(
        label="Reason for the late publication (shown publicly)",
        required=False,
        widget=forms.Textarea,
    )


class SupplementaryForm(GovukForm):
    title = forms.CharField(label="Title of the supplementary item", max_length=400)
    urgency_reason = forms.CharField(
        label="The chair's reasons for urgency (needed after the deadline; shown publicly)",
        required=False,
        widget=forms.Textarea,
    )
