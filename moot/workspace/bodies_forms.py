"""The forms of setting up a body (moot/workspace/bodies.py): they parse and keep what was
typed; the checks of ``moot.governance.terms`` decide, as they do for ``moot body load``."""

from __future__ import annotations

from django import forms
from django.db.models import Q

from moot.governance import terms as setup
from moot.governance.models import AccessRegime, Body, Membership, Person, TermsOfReference
from moot.workspace.forms import GovukForm

#: Blank section rows the terms form offers beyond those filled in.
SECTION_ROWS = 6
#: Quorum group rows the terms form offers at least.
GROUP_ROWS = 3
#: The most people a name search lists to choose from; more asks for more of the name.
MATCH_LIMIT = 20


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


class BodyEditForm(BodyForm):
    """A body's details changed (``services.body_update``). Its address name is fixed once
    it has meetings: their addresses, feeds and links elsewhere hold it."""

    slug = forms.CharField(
        label="Address name",
        max_length=setup.SLUG_LIMIT,
        help_text="Its part of the body's web address, /bodies/ADDRESS-NAME/. Fixed once the "
        "body has meetings.",
    )

    def __init__(self, *args, slug_fixed: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].disabled = slug_fixed


def terms_text_fields(rows: int, hint: str) -> tuple[forms.CharField, forms.CharField]:
    """A version's full text (a box of ``rows`` lines, hinted ``hint``) and where it comes
    from: asked when the version is recorded, and when its text is corrected."""
    return (
        forms.CharField(
            label="Full text",
            required=False,
            widget=forms.Textarea(attrs={"rows": rows}),
            help_text=hint,
        ),
        forms.CharField(
            label="Source",
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text="Where the text comes from, such as the report and minute that approved it.",
        ),
    )


class TermsTextForm(GovukForm):
    """The full text and source of a recorded version: a transcription of what was
    approved, so it may be corrected; the rules of the version (quorum, sections) are
    history and change only by a new version."""

    text, source_note = terms_text_fields(12, "The terms of reference as approved.")


def section_fields(row: int) -> tuple[str, str, str]:
    return f"section_{row}_name", f"section_{row}_cap", f"section_{row}_voting"


def fallback_field(row: int) -> str:
    return f"section_{row}_fallback"


def group_fields(row: int) -> tuple[str, str, str, str]:
    return (
        f"group_{row}_name",
        f"group_{row}_minimum",
        f"group_{row}_sections",
        f"group_{row}_organisations",
    )


def lines_from(text: str) -> tuple[str, ...]:
    """Names typed one a line (blank lines dropped)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


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
    text, source_note = terms_text_fields(8, "The terms of reference as approved, for the record.")

    def __init__(self, *args, rows: int = SECTION_ROWS, group_rows: int = GROUP_ROWS, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.group_rows = group_rows
        for row in range(1, group_rows + 1):
            name, minimum, sections, organisations = group_fields(row)
            self.fields[name] = forms.CharField(
                label=f"Quorum group {row}: name",
                required=False,
                max_length=setup.NAME_LIMIT,
                help_text="Such as Councillors, for a quorum that needs at least one councillor.",
            )
            self.fields[minimum] = forms.IntegerField(
                label=f"Quorum group {row}: at least", required=False, min_value=1
            )
            self.fields[sections] = forms.CharField(
                label=f"Quorum group {row}: sections",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text="The names of the membership sections whose members count, one a line.",
            )
            self.fields[organisations] = forms.CharField(
                label=f"Quorum group {row}: organisations",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text="Or the organisations they represent, one a line (with sections: a "
                "member of one of the sections representing one of the organisations).",
            )
            self.fields[name].widget.attrs["class"] = "govuk-input"
            self.fields[minimum].widget.attrs["class"] = "govuk-input govuk-input--width-4"
            for field in (sections, organisations):
                self.fields[field].widget.attrs["class"] = "govuk-textarea"
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
            self.fields[fallback_field(row)] = forms.BooleanField(
                label=f"Section {row}: its members may chair when the chair is absent",
                required=False,
            )
            self.fields[name].widget.attrs["class"] = "govuk-input"
            self.fields[cap].widget.attrs["class"] = "govuk-input govuk-input--width-4"
            self.fields[voting].widget.attrs["class"] = "govuk-checkboxes__input"
            self.fields[fallback_field(row)].widget.attrs["class"] = "govuk-checkboxes__input"

    def main_fields(self):
        return [
            f
            for f in self
            if not f.name.startswith(("section_", "group_"))
            and f.name not in ("text", "source_note")
        ]

    def text_fields(self):
        return [self["text"], self["source_note"]]

    def section_rows(self):
        return [
            [self[name] for name in (*section_fields(row), fallback_field(row))]
            for row in range(1, self.rows + 1)
        ]

    def group_rows_fields(self):
        return [[self[name] for name in group_fields(row)] for row in range(1, self.group_rows + 1)]

    def clean(self):
        data = super().clean()
        fraction = None
        try:
            fraction = setup.parse_fraction(data.get("quorum_fraction") or "")
        except ValueError as exc:
            self.add_error("quorum_fraction", str(exc))
        sections, fallback = [], []
        for row in range(1, self.rows + 1):
            name, cap, voting = section_fields(row)
            if name in self.errors or cap in self.errors:
                continue
            if not (data.get(name) or "").strip() and data.get(cap) is None:
                continue  # a blank row
            if data.get(fallback_field(row)) and (data.get(name) or "").strip():
                fallback.append(data[name].strip())
            sections.append(
                setup.SectionDraft(
                    name=data.get(name) or "",
                    cap=data.get(cap) or 0,
                    voting=bool(data.get(voting)),
                    row=row,
                )
            )
        groups = []
        for row in range(1, self.group_rows + 1):
            name, minimum, group_sections, organisations = group_fields(row)
            if name in self.errors or minimum in self.errors:
                continue
            typed = [data.get(name), data.get(group_sections), data.get(organisations)]
            if not any((v or "").strip() for v in typed) and data.get(minimum) is None:
                continue  # a blank row
            groups.append(
                setup.QuorumGroupDraft(
                    name=data.get(name) or "",
                    minimum=1 if data.get(minimum) is None else data[minimum],
                    sections=lines_from(data.get(group_sections) or ""),
                    organisations=lines_from(data.get(organisations) or ""),
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
            chair_fallback_sections=tuple(fallback),
            quorum_groups=tuple(groups),
            text=data.get("text") or "",
            source_note=data.get("source_note") or "",
        )
        for field, message in setup.terms_problems(self.draft).items():
            self.add_error(field if field in self.fields else None, message)
        return data


def terms_initial(terms: TermsOfReference | None) -> tuple[dict, int, int]:
    """The form's starting values: a copy of the latest version (a new version usually
    changes a little; its full text is the new version's own), or the usual defaults; and
    how many section rows and quorum group rows to offer."""
    voting = {section_fields(row)[2]: True for row in range(1, 51)}  # a new row votes
    if terms is None:
        return (
            {
                "decision_method": TermsOfReference.DecisionMethod.CONSENSUS_THEN_MAJORITY,
                "chair_casting_vote": True,
                **voting,
            },
            SECTION_ROWS,
            GROUP_ROWS,
        )
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
    fallback = {s.pk for s in terms.chair_fallback_sections.all()}
    for row, section in enumerate(sections, start=1):
        name, cap, voting = section_fields(row)
        initial.update({name: section.name, cap: section.cap, voting: section.voting})
        initial[fallback_field(row)] = section.pk in fallback
    groups = list(terms.quorum_groups.prefetch_related("sections", "organisations"))
    for row, group in enumerate(groups, start=1):
        name, minimum, group_sections, organisations = group_fields(row)
        initial.update(
            {
                name: group.name,
                minimum: group.minimum,
                group_sections: "\n".join(s.name for s in group.sections.all()),
                organisations: "\n".join(o.name for o in group.organisations.all()),
            }
        )
    return initial, max(SECTION_ROWS, len(sections) + 2), max(GROUP_ROWS, len(groups) + 1)


def people_matching(query: str, limit: int = MATCH_LIMIT) -> list[Person]:
    """The people whose name, or another spelling of it kept in the record, holds every
    word typed ("jo smith" finds "Cllr Jo Smith"), by name; at most ``limit + 1``, so the
    caller can tell there are more. One indexed query, whatever the size of the record."""
    words = query.split()
    if not words:
        return []
    condition = Q()
    for word in words:
        condition &= Q(name__icontains=word)
    alias = Q()
    for word in words:
        alias &= Q(aliases__name__icontains=word)
    ids = Person.objects.filter(condition | alias).values("pk").distinct()
    return list(Person.objects.filter(pk__in=ids).order_by("name", "slug")[: limit + 1])


def person_search_fields(noun: str) -> tuple[forms.CharField, forms.CharField]:
    """The search box for a person in the record and the box for a new person's name
    (``PersonSearchForm``), their labels naming whom the form adds ("person", "invitee")."""
    return (
        forms.CharField(
            label=f"{noun.capitalize()} in the record",
            required=False,
            max_length=200,
            help_text="Type their name, or part of it. If several people match, you choose one.",
        ),
        forms.CharField(
            label=f"Or a new {noun}'s name",
            required=False,
            max_length=200,
            help_text="For someone not yet in the record, as the body prints the name.",
        ),
    )


class PersonSearchForm(GovukForm):
    """A person in the record found by name, or a new person: for an authority with
    thousands of people, the form holds a search box, not a list of everyone. A name that
    matches one person chooses them; one matching several lists them (``matches``) to
    choose from (the posted ``person``); none is refused with a sentence."""

    person_name, new_name = person_search_fields("person")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.matches: list[Person] = []
        self.person: Person | None = None

    @property
    def chosen_key(self) -> str:
        return self.add_prefix("person")

    def clean(self):
        data = super().clean()
        query = " ".join((data.get("person_name") or "").split())
        new = " ".join((data.get("new_name") or "").split())
        if query and new:
            self.add_error("new_name", "Find a person in the record or enter a new name, not both.")
        elif not query and not new:
            self.add_error(
                "person_name", "Enter the name of a person in the record, or a new person's name."
            )
        elif query:
            self._find(query)
        return data

    def _find(self, query: str) -> None:
        matches = people_matching(query)
        chosen = str(self.data.get(self.chosen_key) or "")
        exact = [p for p in matches if p.name.casefold() == query.casefold()]
        picked = [p for p in matches if str(p.pk) == chosen]
        if picked:
            self.person = picked[0]
        elif len(matches) == 1 or len(exact) == 1:
            self.person = (exact or matches)[0]
        elif not matches:
            self.add_error(
                "person_name",
                f"No one in the record has '{query}' in their name; check the spelling, or "
                "enter a new person's name.",
            )
        elif len(matches) > MATCH_LIMIT:
            self.add_error(
                "person_name",
                f"More than {MATCH_LIMIT} people have '{query}' in their name; type more of it.",
            )
        else:
            self.matches = matches
            self.add_error(
                "person_name",
                f"{len(matches)} people have '{query}' in their name: choose one of them.",
            )

    def chosen_person(self) -> Person | None:
        return self.person


class AppointForm(PersonSearchForm):
    section = forms.ChoiceField(label="Section")
    role = forms.ChoiceField(label="Role", choices=Membership.Role.choices)
    title = forms.CharField(
        label="Title",
        required=False,
        max_length=300,
        help_text="As printed, such as Director of Public Health.",
    )
    start_date = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))

    field_order = ["section", "person_name", "new_name", "role", "title", "start_date"]

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {str(s.pk): s for s in sections}
        self.fields["section"].choices = [
            (str(s.pk), f"{s.name} (version {s.terms_of_reference.version})") for s in sections
        ]


class InviteeForm(PersonSearchForm):
    """A standing invitee of the body (ToR 6.2): invited to every meeting, not a member."""

    title = forms.CharField(
        label="Title",
        required=False,
        max_length=300,
        help_text="As printed, such as Chief Executive, Healthwatch.",
    )
    organisation = forms.CharField(
        label="Organisation",
        required=False,
        max_length=250,
        help_text="The organisation they come from, as the record names it.",
    )
    start_date = forms.DateField(
        label="Invited from", widget=forms.DateInput(attrs={"type": "date"})
    )
    end_date = forms.DateField(
        label="Invited until",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The last day invited. Leave blank for open-ended.",
    )

    person_name, new_name = person_search_fields("invitee")

    def clean(self):
        from moot.governance.services import organisation_named

        data = super().clean()
        self.organisation = None
        name = (data.get("organisation") or "").strip()
        if name:
            self.organisation = organisation_named(name)
            if self.organisation is None:
                self.add_error(
                    "organisation",
                    f"There is no organisation '{name}' in the record (by name, short name or "
                    "slug); leave it blank or add the organisation in the back office.",
                )
        return data


class EndForm(GovukForm):
    end_date = forms.DateField(
        label="Last day held", widget=forms.DateInput(attrs={"type": "date"})
    )
