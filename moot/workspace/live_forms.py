"""Forms of live meeting mode. The roster is parsed from the posted rows (one per person);
the rest are ordinary forms whose refusals keep what was typed."""

from __future__ import annotations

from django import forms

from moot.meetings.models import Attendance, Declaration
from moot.meetings.rules import MINUTES_TEMPLATES
from moot.workspace.forms import GovukForm

MEMBER_STATUSES = [
    ("", "Not recorded"),
    (Attendance.Status.PRESENT, "Present"),
    (Attendance.Status.APOLOGIES, "Apologies"),
    (Attendance.Status.ABSENT, "Absent"),
]
INVITEE_STATUSES = [
    ("", "Not recorded"),
    (Attendance.Status.STANDING_INVITEE, "Present"),
    (Attendance.Status.APOLOGIES, "Apologies"),
    (Attendance.Status.ABSENT, "Absent"),
]
OTHER_STATUSES = [
    (Attendance.Status.SUBSTITUTE, "Substitute for a member"),
    (Attendance.Status.IN_ATTENDANCE, "Officer or guest in attendance"),
]
VOTE_CHOICES = [
    ("", "Did not vote"),
    ("for", "For"),
    ("against", "Against"),
    ("abstain", "Abstain"),
]


class AddAttendeeForm(GovukForm):
    """A substitute (for a member who sent apologies) or an officer in attendance."""

    person = forms.TypedChoiceField(label="Person", coerce=int, choices=())
    status = forms.ChoiceField(label="Attending as", choices=OTHER_STATUSES)
    substitute_for = forms.TypedChoiceField(
        label="Substitute for", coerce=int, required=False, empty_value=None, choices=()
    )
    role_text = forms.CharField(
        label="Role, as the minutes print it", required=False, max_length=300
    )

    def __init__(self, *args, people=(), members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", "Choose a person")] + list(people)
        self.fields["substitute_for"].choices = [("", "Nobody (not a substitute)")] + [
            (p.pk, p.display_name) for p in members
        ]


class MinutesForm(GovukForm):
    minutes = forms.CharField(
        label="Minutes",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Plain text: a blank line starts a new paragraph. Saved as you type.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    template = forms.ChoiceField(
        required=False, choices=[("", "")] + [(k, k) for k in MINUTES_TEMPLATES]
    )

    def enhance(self, url: str, pk: int) -> None:
        """Autosave: htmx posts the form a second after the clerk stops typing."""
        self.fields["minutes"].widget.attrs.update(
            {
                "hx-post": url,
                "hx-trigger": "keyup changed delay:1s",
                "hx-include": "closest form",
                "hx-target": f"#minutes-status-{pk}",
                "hx-swap": "outerHTML",
                # one save at a time, the next sent with the version the last one returned
                "hx-sync": "closest form:queue last",
            }
        )


class DeclarationForm(GovukForm):
    person = forms.TypedChoiceField(label="Who declares", coerce=int, choices=())
    kind = forms.ChoiceField(label="Kind of interest", choices=Declaration.Kind.choices)
    nature = forms.CharField(label="Nature of the interest", max_length=2000)
    action = forms.ChoiceField(label="What they did", choices=Declaration.Action.choices)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", "Choose a person")] + list(people)


class VoteForm(GovukForm):
    text = forms.CharField(label="The motion", widget=forms.Textarea(attrs={"rows": 2}))
    method = forms.ChoiceField(
        label="How the vote was taken",
        choices=[("counts", "Counts"), ("roll_call", "Roll call (by name)")],
        initial="counts",
    )
    votes_for = forms.IntegerField(label="For", min_value=0, required=False)
    votes_against = forms.IntegerField(label="Against", min_value=0, required=False)
    abstentions = forms.IntegerField(label="Abstentions", min_value=0, required=False)
    casting_vote = forms.ChoiceField(
        label="The chair's casting vote",
        required=False,
        choices=[("", "Not given"), ("for", "For"), ("against", "Against")],
    )

    def __init__(self, *args, attendees=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.roll_call = []
        for record in attendees:
            name = f"choice-{record.person_id}"
            self.fields[name] = forms.ChoiceField(
                label=record.person.display_name, required=False, choices=VOTE_CHOICES
            )
            self.fields[name].widget.attrs["class"] = "govuk-select"
            self.roll_call.append((record, name))

    def roll_call_fields(self):
        return [self[name] for _, name in self.roll_call]

    def named(self, people: dict) -> dict:
        return {
            people[record.person_id]: self.cleaned_data[name]
            for record, name in self.roll_call
            if self.cleaned_data.get(name)
        }


class ActionForm(GovukForm):
    description = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 2}))
    owner = forms.TypedChoiceField(label="Owner", coerce=int, choices=())
    due_date = forms.DateField(label="Due by", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [("", "Choose a person")] + list(people)
