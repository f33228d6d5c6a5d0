"""The forms of setting up a body (moot/workspace/bodies.py): they parse and keep what was
typed; the checks of ``moot.governance.terms`` decide, as they do for ``moot body load``."""

from __future__ import annotations

from django import forms

from moot.governance import terms as setup
from moot.governance.models import AccessRegime, Body, Membership, Person, TermsOfReference
from moot.workspace.forms import GovukForm

#: Blank section rows the terms form offers beyond those filled in.
SECTION_ROWS = 6


class BodyForm(GovukForm):
    name = forms.CharField(label="Name", max_length=setup.NAME_LIMIT)
    slug = forms.CharField(
        label="Address name",
        required=False,
        max_length=setup.SLUG_LIMIT,
        help_text="Its part of the body's web address, /bodies/ADDRESS-NAME/. Leave blank to "
        "make it from the name.",
    )
    classification = forms.ChoiceField(label="Kind of body", choices=Body.Classification.choices)
    purpose = forms.CharField(label="Purpose", required=False, widget=forms.Textarea)
    default_venue = forms.CharField(
        label="Usual venue", required=False, max_length=300, help_text="Where it usually meets."
    )
    access_regime = forms.ChoiceField(
        label="Access to information rules", choices=AccessRegime.choices
    )

    def clean(self):
        data = super().clean()
        if not self.errors:
            self.draft = setup.BodyDraft(**{k: data[k] for k in self.fields})
            for name, message in setup.body_problems(self.draft).items():
                self.add_error(name, message)
        return data


def section_fields(row: int) -> tuple[str, str, str]:
    return f"section_{row}_name", f"section_{row}_cap", f"section_{row}_voting"


class TermsForm(GovukForm):
    version = forms.CharField(label="Version", max_length=setup.VERSION_LIMIT)
    approved_on = forms.DateField(
        label="Approved on", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    approved_by = forms.CharField(
        label="Approved by", required=False, max_length=200, help_text="For example, Full Council."
    )
    in_force_from = forms.DateField(
        label="In force from",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The version in force before it ends the day before.",
    )
    quorum_minimum = forms.IntegerField(
        label="Quorum: number of members",
        required=False,
        min_value=0,
        help_text="Leave blank if the quorum is only a fraction of the membership.",
    )
    quorum_fraction = forms.CharField(
        label="Quorum: fraction of the membership",
        required=False,
        max_length=20,
        help_text="Such as 1/3, rounded up. Leave blank if the quorum is a number.",
    )
    quorum_floor = forms.IntegerField(
        label="Quorum: never fewer than",
        required=False,
        min_value=0,
        help_text="The floor of a quorum that is a fraction.",
    )
    decision_method = forms.ChoiceField(
        label="How it decides", choices=TermsOfReference.DecisionMethod.choices
    )
    chair_casting_vote = forms.BooleanField(
        label="The chair has a second, casting vote on equal votes", required=False
    )
    minimum_meetings_per_year = forms.IntegerField(
        label="Minimum meetings a year", required=False, min_value=0, max_value=366
    )
    standing_items = forms.CharField(
        label="Standing items",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="One a line, in agenda order: each new agenda starts with them.",
    )
    carry_members = forms.BooleanField(
        label="Carry the members of the version before over to sections of the same name",
        required=False,
        help_text="Each ends the day before and holds a seat in the new version from its "
        "first day, with the same role.",
    )

    def __init__(self, *args, rows: int = SECTION_ROWS, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in range(1, rows + 1):
            name, cap, voting = section_fields(row)
            self.fields[name] = forms.CharField(
                label=f"Section {row}: name", required=False, max_length=setup.SECTION_LIMIT
            )
            self.fields[cap] = forms.IntegerField(
                label=f"Section {row}: seat cap", required=False, min_value=0
            )
            self.fields[voting] = forms.BooleanField(
                label=f"Section {row}: its members vote", required=False
            )
            self.fields[name].widget.attrs["class"] = "govuk-input"
            self.fields[cap].widget.attrs["class"] = "govuk-input govuk-input--width-4"
            self.fields[voting].widget.attrs["class"] = "govuk-checkboxes__input"

    def main_fields(self):
        return [f for f in self if not f.name.startswith("section_")]

    def section_rows(self):
        return [[self[name] for name in section_fields(row)] for row in range(1, self.rows + 1)]

    def clean(self):
        data = super().clean()
        fraction = None
        try:
            fraction = setup.parse_fraction(data.get("quorum_fraction") or "")
        except ValueError as exc:
            self.add_error("quorum_fraction", str(exc))
        sections = []
        for row in range(1, self.rows + 1):
            name, cap, voting = section_fields(row)
            if name in self.errors or cap in self.errors:
                continue
            if not (data.get(name) or "").strip() and data.get(cap) is None:
                continue  # a blank row
            sections.append(
                setup.SectionDraft(
                    name=data.get(name) or "",
                    cap=data.get(cap) or 0,
                    voting=bool(data.get(voting)),
                    row=row,
                )
            )
        if self.errors or data.get("in_force_from") is None:
            return data
        self.draft = setup.TermsDraft(
            version=data["version"],
            in_force_from=data["in_force_from"],
            approved_on=data.get("approved_on"),
            approved_by=data.get("approved_by") or "",
            quorum_minimum=data.get("quorum_minimum") or 0,
            quorum_fraction=fraction,
            quorum_floor=data.get("quorum_floor") or 0,
            decision_method=data["decision_method"],
            chair_casting_vote=bool(data.get("chair_casting_vote")),
            minimum_meetings_per_year=data.get("minimum_meetings_per_year") or 0,
            standing_items=setup.standing_items_from(data.get("standing_items") or ""),
            sections=tuple(sections),
            carry_members=bool(data.get("carry_members")),
        )
        for field, message in setup.terms_problems(self.draft).items():
            self.add_error(field if field in self.fields else None, message)
        return data


def terms_initial(terms: TermsOfReference | None) -> tuple[dict, int]:
    """The form's starting values: a copy of the latest version (a new version usually
    changes a little), or the usual defaults; and how many section rows to offer."""
    voting = {section_fields(row)[2]: True for row in range(1, 51)}  # a new row votes
    if terms is None:
        return {
            "decision_method": TermsOfReference.DecisionMethod.CONSENSUS_THEN_MAJORITY,
            "chair_casting_vote": True,
            **voting,
        }, SECTION_ROWS
    initial = {
        **voting,
        "approved_by": terms.approved_by,
        "quorum_minimum": terms.quorum_minimum or None,
        "quorum_fraction": (
            f"{terms.quorum_fraction_numerator}/{terms.quorum_fraction_denominator}"
            if terms.quorum_fraction_denominator
            else ""
        ),
        "quorum_floor": terms.quorum_floor or None,
        "decision_method": terms.decision_method,
        "chair_casting_vote": terms.chair_casting_vote,
        "minimum_meetings_per_year": terms.minimum_meetings_per_year or None,
        "standing_items": "\n".join(terms.standing_items),
        "carry_members": True,
    }
    sections = list(terms.sections.all())
    for row, section in enumerate(sections, start=1):
        name, cap, voting = section_fields(row)
        initial.update({name: section.name, cap: section.cap, voting: section.voting})
    return initial, max(SECTION_ROWS, len(sections) + 2)


class AppointForm(GovukForm):
    section = forms.ChoiceField(label="Section")
    person = forms.ChoiceField(label="Person", required=False)
    new_name = forms.CharField(
        label="Or a new person's name",
        required=False,
        max_length=200,
        help_text="For someone not yet in the record, as the body prints the name.",
    )
    role = forms.ChoiceField(label="Role", choices=Membership.Role.choices)
    title = forms.CharField(
        label="Title",
        required=False,
        max_length=300,
        help_text="As printed, such as Director of Public Health.",
    )
    start_date = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {str(s.pk): s for s in sections}
        self.fields["section"].choices = [
            (str(s.pk), f"{s.name} (version {s.terms_of_reference.version})") for s in sections
        ]
        people = Person.objects.order_by("name").values_list("pk", "name")
        self.fields["person"].choices = [("", "Choose a person")] + [
            (str(pk), name) for pk, name in people
        ]

    def clean(self):
        data = super().clean()
        if data.get("person") and (data.get("new_name") or "").strip():
            self.add_error("new_name", "Choose a person or enter a new name, not both.")
        elif not data.get("person") and not (data.get("new_name") or "").strip():
            self.add_error("person", "Choose a person, or enter a new person's name.")
        return data

    def chosen_person(self) -> Person | None:
        pk = self.cleaned_data.get("person")
        return Person.objects.filter(pk=pk).first() if pk else None


class EndForm(GovukForm):
    end_date = forms.DateField(
        label="Last day held", widget=forms.DateInput(attrs={"type": "date"})
    )
