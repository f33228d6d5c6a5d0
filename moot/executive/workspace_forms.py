"""The clerk's forms for the executive record. They parse and keep what was typed; the
executive rules (through ``moot.executive.services``) decide, naming the regulation, so
the text fields are not "required" here: a missing reg 9 field is refused by the rule."""

from __future__ import annotations

from django import forms

from moot.executive import rules
from moot.executive.models import ExceptionRecord
from moot.workspace.forms import GovukForm

DATE = forms.DateInput(attrs={"type": "date"})
PARAGRAPHS = [("", "Not exempt")] + [(str(n), f"Paragraph {n}") for n in range(1, 8)]


def _text(label: str, *, help_text: str = "", area: bool = False, max_length: int | None = None):
    return forms.CharField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.Textarea if area else None,
        max_length=max_length,
    )


def _welsh(label: str, *, area: bool = False):
    """A box for the Welsh text of a field, marked as Welsh for screen readers."""
    attrs = {"lang": "cy"}
    return forms.CharField(
        label=f"{label}: in Welsh (Cymraeg)",
        required=False,
        widget=forms.Textarea(attrs=attrs) if area else forms.TextInput(attrs=attrs),
    )


class _WelshFields:
    """A form with boxes for the Welsh text of its fields (named ``<field>_cy``), shown only
    to the clerks of an authority that publishes in Welsh and English."""

    def keep_welsh(self, bilingual: bool) -> None:
        if not bilingual:
            for name in [n for n in self.fields if n.endswith("_cy")]:
                del self.fields[name]

    def welsh_values(self) -> dict[str, str] | None:
        """The Welsh text typed, by field name (None when the boxes are not shown)."""
        names = [n for n in self.fields if n.endswith("_cy")]
        if not names:
            return None
        return {n.removesuffix("_cy"): self.cleaned_data.get(n, "") for n in names}

    def english_values(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if not k.endswith("_cy")}


class _BodyChoice:
    """A form whose "body" choice is limited to the bodies the clerk may record for."""

    def set_bodies(self, bodies, *, allow_none: bool, none_label: str) -> None:
        choices = [("", none_label)] if allow_none else []
        choices += [(str(b.pk), b.name) for b in bodies]
        self.fields["body"].choices = choices


class NoticeForm(_WelshFields, _BodyChoice, GovukForm):
    body = forms.ChoiceField(label="Decision-making body", required=False)
    matter = _text("The matter to be decided (reg 9(1)(b))", max_length=400)
    matter_cy = _welsh("The matter to be decided")
    summary = _text("Summary", area=True)
    summary_cy = _welsh("Summary", area=True)
    decision_maker = _text(
        "Decision maker (reg 9(1)(c))",
        help_text="The person's name and title, or the body and its members.",
        max_length=400,
    )
    decision_date = forms.DateField(
        label="Date of the decision (reg 9(1)(d))", required=False, widget=DATE
    )
    decision_period = _text("Or the period within which it is to be made", max_length=200)
    documents = _text(
        "Documents to be submitted to the decision maker (reg 9(1)(e))",
        help_text="One a line.",
        area=True,
    )
    documents_address = _text("Where copies of the documents can be had (reg 9(1)(f))", area=True)
    other_documents = _text(
        "That other documents relevant to the matter may be submitted (reg 9(1)(g))", area=True
    )
    request_procedure = _text("How to request details of those documents (reg 9(1)(h))", area=True)
    key = forms.BooleanField(label="This is a key decision (reg 8)", required=False)
    key_reason = _text(
        "Why it is a key decision",
        help_text="The amount spent or saved, or the wards significantly affected.",
        area=True,
    )
    key_reason_cy = _welsh("Why it is a key decision", area=True)
    wards = _text("Wards affected", max_length=400)
    private_paragraph = forms.TypedChoiceField(
        label="To be decided in private under Schedule 12A (reg 5)",
        required=False,
        choices=PARAGRAPHS,
        coerce=int,
        empty_value=None,
    )


class ExceptionForm(GovukForm):
    kind = forms.ChoiceField(label="Route", choices=ExceptionRecord.Kind.choices)
    reasons = _text(
        "Why 28 clear days' notice could not be given",
        help_text="Published with the notice (reg 10(3) or reg 11(2)).",
        area=True,
    )
    scrutiny_chair_informed_on = forms.DateField(
        label="General exception: date the scrutiny chair was told in writing (reg 10(2)(a))",
        required=False,
        widget=DATE,
    )
    public_notice_on = forms.DateField(
        label="Date the notice was made available to the public (reg 10(2)(b))",
        required=False,
        widget=DATE,
    )
    agreed_by_role = forms.ChoiceField(
        label="Special urgency: who agreed that it cannot reasonably be deferred (reg 11)",
        required=False,
        choices=[("", "Not special urgency")]
        + [(role, rules.URGENCY_AGREER_NAMES[role].capitalize()) for role in rules.URGENCY_AGREERS],
    )
    agreed_by_name = _text("Their name", max_length=200)
    agreed_on = forms.DateField(label="Date they agreed", required=False, widget=DATE)


class DecisionForm(_WelshFields, _BodyChoice, GovukForm):
    notice = forms.ChoiceField(label="Notice of key decision", required=False)
    body = forms.ChoiceField(label="Decision-making body", required=False)
    title = _text("Title", max_length=400)
    title_cy = _welsh("Title")
    maker = _text(
        "Decision maker", help_text="The body, or the person and their title.", max_length=400
    )
    by_officer = forms.BooleanField(label="An officer's decision (Openness reg 7)", required=False)
    decision = _text("The decision", area=True)
    decision_cy = _welsh("The decision", area=True)
    decided_on = forms.DateField(label="Date of the decision", required=False, widget=DATE)
    reasons = _text("Reasons for the decision", area=True)
    reasons_cy = _welsh("Reasons for the decision", area=True)
    alternatives = _text(
        "Alternative options considered and rejected",
        help_text="Write 'None' if there were none.",
        area=True,
    )
    alternatives_cy = _welsh("Alternative options considered and rejected", area=True)
    conflicts = _text("Conflicts of interest declared", area=True)
    dispensations = _text("Dispensations granted", area=True)
    urgent = forms.BooleanField(label="Urgent: not subject to call-in", required=False)
    urgency_reason = _text("Why it is urgent", area=True)
    exempt_paragraph = forms.TypedChoiceField(
        label="Schedule 12A paragraph of any exempt details",
        required=False,
        choices=PARAGRAPHS,
        coerce=int,
        empty_value=None,
    )
    exempt_details = _text("Exempt details", help_text="Never shown to the public.", area=True)

    def set_notices(self, notices) -> None:
        self.fields["notice"].choices = [("", "None: not on the forward plan")] + [
            (str(n.pk), f"{n.matter} ({n.decision_date:%d/%m/%Y})") for n in notices
        ]


class CallInForm(GovukForm):
    members = _text("Members calling the decision in", help_text="One name a line.", area=True)
    grounds = _text("Grounds", area=True)


class PrivateMeetingForm(GovukForm):
    """Notices that an executive meeting, or part of it, will be held in private (reg 5)."""

    paragraph = forms.TypedChoiceField(
        label="Paragraph of Schedule 12A relied on",
        choices=[("", "Choose a paragraph")] + PARAGRAPHS[1:],
        coerce=int,
        empty_value=None,
        required=False,
    )
    reasons = _text("Why it will be held in private (reg 5(2))", area=True)
    first_notice_on = forms.DateField(
        label="Date of the notice of intention, 28 clear days before (reg 5(1))",
        required=False,
        widget=DATE,
    )
    second_notice_on = forms.DateField(
        label="Date of the further notice, 5 clear days before (reg 5(3))",
        required=False,
        widget=DATE,
    )
    representations = _text("Representations received that it should be open", area=True)
    response = _text("The response to them (reg 5(4)(c))", area=True)
    urgency_agreed_by_role = forms.ChoiceField(
        label="Urgency: who agreed the meeting is urgent and cannot reasonably be deferred "
        "(reg 5(6))",
        required=False,
        choices=[("", "Not urgent")]
        + [(role, rules.URGENCY_AGREER_NAMES[role].capitalize()) for role in rules.URGENCY_AGREERS],
    )
    urgency_agreed_by_name = _text("Their name", max_length=200)
    urgency_agreed_on = forms.DateField(label="Date they agreed", required=False, widget=DATE)
    urgency_reasons = _text("Why it is urgent (reg 5(7))", area=True)


class MeetingWelshForm(GovukForm):
    """The Welsh name of a meeting's body and the Welsh title of each of its items."""

    def __init__(self, *args, body, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        self.fields["body_name"] = _welsh(f"Name of the body ({body.name})")
        for item in items:
            number = item.agenda_number or item.number
            self.fields[f"item_{item.pk}"] = _welsh(f"Item {number}: {item.title}")
