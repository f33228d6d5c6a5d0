"""The workspace's forms: they parse and keep what was typed; the rules decide."""

from __future__ import annotations

from collections.abc import Mapping

from django import forms

from moot.documents.models import Document
from moot.meetings import rules
from moot.meetings.models import AgendaItem, Meeting

PARAGRAPH_CHOICES = [("", "Not exempt")] + [
    (str(n), label) for n, label in AgendaItem.EXEMPT_PARAGRAPHS
]


class GovukBoundField(forms.BoundField):
    """Points the control at its hint and its error message by the ids the templates give
    them (GOV.UK's "ID-hint ID-error"), in place of Django's own "ID_helptext", which no
    template renders. An id a widget is given by hand is kept."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        if not self.auto_id or "aria-describedby" in widget.attrs:
            return attrs
        described = [
            f"{self.auto_id}-{part}"
            for part, shown in (("hint", self.help_text), ("error", self.errors))
            if shown
        ]
        if described:
            attrs["aria-describedby"] = " ".join(described)
        else:
            attrs.pop("aria-describedby", None)
        return attrs


class GovukForm(forms.Form):
    """Adds GOV.UK Frontend classes to widgets; the template renders the markup."""

    bound_field_class = GovukBoundField

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


def add_refusal(form: forms.Form, errors: Mapping[str, str]) -> None:
    """Show a service's refusal on the form: each message on the field it names, or above
    the form (the error summary) when it names no field of this form, as "__all__" does."""
    for name, message in errors.items():
        form.add_error(name if name in form.fields else None, message)


class MeetingForm(GovukForm):
    day = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    at = forms.TimeField(label="Start time", widget=forms.TimeInput(attrs={"type": "time"}))
    venue = forms.CharField(
        label="Venue", required=False, max_length=300, help_text="Leave blank for the usual venue."
    )
    kind = forms.ChoiceField(label="Kind of meeting", choices=Meeting.Kind.choices)
    mode = forms.ChoiceField(label="How it meets", choices=Meeting.Mode.choices)


KIND_CHOICES = [("", "Item of business")] + list(AgendaItem.Standing.choices)

#: Presenter rows the item form offers at least (one more than the item has, if more).
PRESENTER_ROWS = 3
ORDINALS = ["", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"]


def presenter_fields(row: int) -> tuple[str, str]:
    """The names of a presenter row's two fields (the first keeps the old names)."""
    if row == 1:
        return "presenter", "presenter_role"
    return f"presenter_{row}", f"presenter_role_{row}"


class ItemForm(GovukForm):
    """An agenda item: presenters are chosen from people in rows, in the order they speak
    (no script needed); a row left at "No presenter" is dropped."""

    title = forms.CharField(label="Title", max_length=400)
    purpose = forms.CharField(
        label="Agenda text", required=False, widget=forms.Textarea, help_text="Shown on the agenda."
    )
    standing = forms.ChoiceField(label="Kind of item", required=False, choices=KIND_CHOICES)
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

    def __init__(
        self, *args, people: list[tuple[str, str]] = (), rows: int = PRESENTER_ROWS, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.rows = max(1, min(rows, len(ORDINALS)))
        choices = [("", "No presenter")] + list(people)
        fields = {}
        for row in range(1, self.rows + 1):
            person, role = presenter_fields(row)
            ordinal = ORDINALS[row - 1]
            fields[person] = forms.ChoiceField(
                label=f"{ordinal} presenter".strip().capitalize(),
                required=False,
                choices=choices,
                help_text="Presenters speak in the order listed." if row == 1 else "",
            )
            fields[role] = forms.CharField(
                label=f"{ordinal} presenter's role".strip().capitalize(),
                required=False,
                max_length=300,
                help_text="For example, Director of Public Health." if row == 1 else "",
            )
            fields[person].widget.attrs["class"] = "govuk-select"
            fields[role].widget.attrs["class"] = "govuk-input"
        # the presenters after the agenda text and kind, before the exempt marking
        order = list(self.fields)
        at = order.index("exempt")
        self.fields = dict(
            [(n, self.fields[n]) for n in order[:at]]
            + list(fields.items())
            + [(n, self.fields[n]) for n in order[at:]]
        )

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
        seen = {}
        for row in range(1, self.rows + 1):
            person, _ = presenter_fields(row)
            pk = data.get(person)
            if not pk:
                continue
            if pk in seen:
                label = dict(self.fields[person].choices).get(pk, "This person")
                self.add_error(
                    person,
                    f"{label} is already the {seen[pk].lower()}: choose each presenter once.",
                )
            else:
                seen[pk] = self.fields[person].label
        return data

    def _row(self, row: int) -> tuple[str, str]:
        """A row's person and role as posted; a row not sent at all keeps its value."""
        person, role = presenter_fields(row)
        if person not in self.data and self.initial.get(person):
            return self.initial.get(person, ""), self.initial.get(role, "")
        return self.cleaned_data.get(person, ""), self.cleaned_data.get(role, "").strip()

    def presenter_pks(self) -> list[int]:
        return [int(pk) for pk, _ in map(self._row, range(1, self.rows + 1)) if pk]

    def presenters_changed(self) -> bool:
        return any(
            name in self.data
            for row in range(1, self.rows + 1)
            for name in presenter_fields(row)
            if name in self.changed_data
        )

    def presenters(self, people_by_pk) -> list:
        rows = map(self._row, range(1, self.rows + 1))
        return [(people_by_pk[int(pk)], "", role) for pk, role in rows if pk]


class ItemTemplateForm(GovukForm):
    title = forms.CharField(label="Title", max_length=400)
    standing = forms.ChoiceField(label="Kind of item", required=False, choices=KIND_CHOICES)
    purpose = forms.CharField(label="Standing agenda text", required=False, widget=forms.Textarea)
    presenter_role = forms.CharField(
        label="Default presenter's role",
        required=False,
        max_length=300,
        help_text="For example, Director of Public Health. Who presents is chosen on the agenda.",
    )
    scope = forms.ChoiceField(
        label="Kept for",
        choices=[("body", "This body"), ("authority", "Every body of the authority")],
        initial="body",
        help_text="A template never marks an item exempt: that is decided on the agenda.",
    )

    def __init__(self, *args, authority_wide: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not authority_wide:
            self.fields["scope"].choices = [("body", "This body")]


class SaveAsTemplateForm(GovukForm):
    scope = forms.ChoiceField(
        label="Keep the template for",
        choices=[("body", "This body"), ("authority", "Every body of the authority")],
        initial="body",
    )

    def __init__(self, *args, authority_wide: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not authority_wide:
            self.fields["scope"].choices = [("body", "This body")]


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
    """A late item on a published agenda (LGA 1972 s100B(4)); the rule
    (``rules.late_item_errors``) says what is needed, so no field is required here."""

    title = forms.CharField(label="Title of the late item", max_length=400, required=False)
    note = forms.CharField(
        label="Why the agenda changes (shown publicly in its change history)",
        required=False,
        widget=forms.Textarea,
    )
    urgency_reason = forms.CharField(
        label="The special circumstances that make it urgent (needed after the deadline; the "
        "minutes specify them; shown publicly)",
        required=False,
        widget=forms.Textarea,
    )
    chair = forms.CharField(
        label="The chair who agreed it is urgent (needed after the deadline; shown publicly)",
        max_length=200,
        required=False,
    )
    chair_agreed = forms.BooleanField(
        label="The chair is of the opinion that the item should be considered at the meeting "
        "as a matter of urgency (needed after the deadline)",
        required=False,
    )


class WithdrawForm(GovukForm):
    """Withdrawing an item from a published agenda; the rule (``rules.withdrawal_errors``)
    asks for the reason."""

    reason = forms.CharField(
        label="Why the item is withdrawn (shown publicly)", required=False, widget=forms.Textarea
    )
