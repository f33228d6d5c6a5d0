"""Who the bodies are, who sits on them, and the terms of reference they work under.

Names follow Open Civic Data / Popolo where they fit: Organisation ~ Organization,
Seat ~ Post (``maximum_memberships`` is 1), Membership(person, post, on_behalf_of,
start_date, end_date), Body ~ Organization with classification "committee".
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from moot.governance import rules


class Nation(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"
    NORTHERN_IRELAND = "northern_ireland", "Northern Ireland"


class AccessRegime(models.TextChoices):
    PART_VA = "part_va", "Part VA committee"
    EXECUTIVE = "executive", "Executive (cabinet, cabinet member, executive committee)"
    OFFICER = "officer", "Officer delegation"


class Authority(models.Model):
    """The organisation running this installation; one per installation.

    Its texts are printed on every agenda front sheet; its deadline settings say how clear
    days are counted (LGA 1972 s100B(3): five clear days in England, three in Wales).
    """

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    address = models.TextField(blank=True)
    website = models.URLField(blank=True)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_team = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=50, blank=True)
    contact_email = models.EmailField(blank=True)
    public_information = models.TextField(blank=True)
    accessibility_text = models.TextField(blank=True)
    filming_text = models.TextField(blank=True)
    evacuation_text = models.TextField(blank=True)
    nation = models.CharField(max_length=20, choices=Nation.choices, default=Nation.ENGLAND)
    clear_days = models.PositiveSmallIntegerField(default=5)
    question_clear_days = models.PositiveSmallIntegerField(default=3)
    non_counting_weekdays = models.CharField(
        max_length=20, default="5,6", help_text="Weekdays that are not clear days (Monday=0)."
    )
    bank_holiday_region = models.CharField(
        max_length=3,
        default="ENG",
        blank=True,
        help_text="ENG (England and Wales), WLS, SCT or NIR; blank for none.",
    )
    exclude_christmas_break = models.BooleanField(default=False)
    exclude_easter_break = models.BooleanField(default=False)
    annual_meeting_dates = models.JSONField(
        default=list,
        blank=True,
        help_text="Dates (YYYY-MM-DD) of the annual meetings that start municipal years.",
    )
    welsh_language_standards = models.BooleanField(
        default=False,
        help_text="Wales: the authority's Welsh language standards require agendas and "
        "notices in Welsh and English.",
    )

    class Meta:
        verbose_name_plural = "authority"
        constraints = [
            models.CheckConstraint(condition=Q(singleton=True), name="authority_single_row"),
            models.CheckConstraint(condition=Q(clear_days__gte=1), name="authority_clear_days"),
        ]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    """Any body a person can represent: the council, an NHS trust, the police, a charity."""

    name = models.CharField(max_length=250)
    slug = models.SlugField(max_length=120, unique=True)
    short_name = models.CharField(max_length=80, blank=True)
    classification = models.CharField(max_length=50, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def lineage(self) -> list[Organisation]:
        """This organisation and every organisation above it."""
        chain, seen, node = [], set(), self
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="The name as the body prints it.")
    slug = models.SlugField(max_length=120, unique=True)
    honorific = models.CharField(max_length=50, blank=True)
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The sign-in account of this person, if they have one (members, clerks).",
    )

    class Meta:
        ordering = ["family_name", "given_name", "name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("portal:person", args=[self.slug])

    @property
    def display_name(self) -> str:
        return rules.display_name(self.honorific, self.name)


class PersonAlias(models.Model):
    """Another spelling of a person's name found in the record ("Faroogi", "Davis")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    source = models.CharField(max_length=250, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="alias_unique_per_person")
        ]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name


class Body(models.Model):
    class Classification(models.TextChoices):
        BOARD = "board", "Board"
        COMMITTEE = "committee", "Committee"
        SUB_COMMITTEE = "sub_committee", "Sub-committee"
        CABINET = "cabinet", "Cabinet"
        PANEL = "panel", "Panel"
        JOINT_COMMITTEE = "joint_committee", "Joint committee"
        COMMISSION = "commission", "Scrutiny commission"
        COUNCIL = "council", "Full council"

    name = models.CharField(max_length=250)
    slug = models.SlugField(max_length=120, unique=True)
    classification = models.CharField(
        max_length=30, choices=Classification.choices, default=Classification.COMMITTEE
    )
    purpose = models.TextField(blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="sub_bodies"
    )
    founding_date = models.DateField(null=True, blank=True)
    dissolution_date = models.DateField(null=True, blank=True)
    default_venue = models.CharField(max_length=300, blank=True)
    access_regime = models.CharField(
        max_length=20,
        choices=AccessRegime.choices,
        default=AccessRegime.PART_VA,
        help_text="Which access-to-information rules the body works under "
        "(moot/executive/profiles.py).",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "bodies"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:body", args=[self.slug])


class TermsOfReference(models.Model):
    """One version of a body's constitution; a meeting is judged by the version in force
    on its date. Versions of a body never overlap in time (refused by the service)."""

    class DecisionMethod(models.TextChoices):
        CONSENSUS_THEN_MAJORITY = "consensus_then_majority", "Consensus, else majority vote"
        MAJORITY = "majority", "Majority vote"

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="terms_of_reference")
    version = models.CharField(max_length=50)
    approved_on = models.DateField(null=True, blank=True)
    approved_by = models.CharField(max_length=200, blank=True)
    in_force_from = models.DateField()
    in_force_to = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True)
    source_note = models.TextField(blank=True)
    # Quorum (ToR 5.1), as data: the number required is the largest of these.
    quorum_minimum = models.PositiveSmallIntegerField(default=0)
    quorum_fraction_numerator = models.PositiveSmallIntegerField(null=True, blank=True)
    quorum_fraction_denominator = models.PositiveSmallIntegerField(null=True, blank=True)
    quorum_floor = models.PositiveSmallIntegerField(default=0)
    # Chair (ToR 5.4): who chairs when the designated chair is absent.
    chair_fallback_sections = models.ManyToManyField(
        "MembershipSection", blank=True, related_name="+"
    )
    # Voting (ToR 6).
    decision_method = models.CharField(
        max_length=40,
        choices=DecisionMethod.choices,
        default=DecisionMethod.CONSENSUS_THEN_MAJORITY,
    )
    chair_casting_vote = models.BooleanField(default=True)
    minimum_meetings_per_year = models.PositiveSmallIntegerField(default=0)
    standing_items = models.JSONField(
        default=list, blank=True, help_text="Titles of the standing agenda items (ToR 8.2)."
    )

    class Meta:
        ordering = ["body", "-in_force_from"]
        verbose_name_plural = "terms of reference"
        constraints = [
            models.UniqueConstraint(fields=["body", "version"], name="tor_version_unique"),
            models.CheckConstraint(
                condition=Q(in_force_to__isnull=True)
                | Q(in_force_to__gte=models.F("in_force_from")),
                name="tor_dates_ordered",
            ),
            models.CheckConstraint(
                condition=(
                    Q(quorum_fraction_numerator__isnull=True)
                    & Q(quorum_fraction_denominator__isnull=True)
                )
                | Q(quorum_fraction_denominator__gt=0),
                name="tor_quorum_fraction_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} terms of reference, version {self.version}"

    def clean(self) -> None:
        """Versions of a body never overlap (a meeting is judged by the one in force on its
        date). Held on PostgreSQL by the exclusion constraint ``tor_no_overlap`` too."""
        from moot.governance.rules import periods_overlap

        if self.body_id is None or self.in_force_from is None:
            return
        if self.in_force_to is not None and self.in_force_to < self.in_force_from:
            raise ValidationError(
                {
                    "in_force_to": f"In force to {self.in_force_to} is before in force from "
                    f"{self.in_force_from}."
                }
            )
        others = TermsOfReference.objects.filter(body_id=self.body_id).exclude(pk=self.pk)
        for other in others:
            if periods_overlap(
                self.in_force_from, self.in_force_to, other.in_force_from, other.in_force_to
            ):
                raise ValidationError(
                    f"Terms of reference version {self.version} ({self.in_force_from} to "
                    f"{self.in_force_to or 'open-ended'}) overlaps version {other.version} "
                    f"({other.in_force_from} to {other.in_force_to or 'open-ended'}); "
                    "versions of a body never overlap, so end the earlier version first."
                )


class MembershipSection(models.Model):
    """A group of seats with a cap: "Up to five Elected Members of the Council (5)" (ToR 4)."""

    terms_of_reference = models.ForeignKey(
        TermsOfReference, on_delete=models.CASCADE, related_name="sections"
    )
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    cap = models.PositiveSmallIntegerField()
    voting = models.BooleanField(default=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["terms_of_reference", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["terms_of_reference", "name"], name="section_name_unique"
            ),
            models.CheckConstraint(condition=Q(cap__gte=1), name="section_cap_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.cap})"


class Seat(models.Model):
    """One place in a section, often defined by office ("The Director of Public Health").

    The vote belongs to the seat (Health and Social Care Act 2012 s194; ToR 6): ``voting``
    overrides the section's flag when set.
    """

    section = models.ForeignKey(MembershipSection, on_delete=models.CASCADE, related_name="seats")
    label = models.CharField(max_length=300)
    order = models.PositiveSmallIntegerField(default=0)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="seats"
    )
    voting = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["section", "order"]
        constraints = [
            models.UniqueConstraint(fields=["section", "order"], name="seat_order_unique"),
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        """A section never has more seats than its cap (ToR 4)."""
        from moot.governance.rules import SeatCapExceeded, check_cap

        if self.section_id is None or self.pk is not None:
            return
        section = MembershipSection.objects.get(pk=self.section_id)
        try:
            check_cap(section.name, section.cap, section.seats.count())
        except SeatCapExceeded as exc:
            raise ValidationError(f"Cannot add the seat '{self.label}': {exc}") from exc

    @property
    def has_vote(self) -> bool:
        return self.section.voting if self.voting is None else self.voting


class Membership(models.Model):
    """A person holding a seat from a date to a date, with a role."""

    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    seat = models.ForeignKey(Seat, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    title = models.CharField(
        max_length=300, blank=True, help_text='As printed: "Assistant City Mayor, Health".'
    )
    on_behalf_of = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["seat__section__order", "seat__order", "-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="membership_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.seat}"

    def clean(self) -> None:
        """A seat is held by at most one person on a date (held on PostgreSQL by the
        exclusion constraint ``seat_held_once``), and a section never holds more members
        on a date than its cap (ToR 4; checked here and in the service, which locks the
        section: a count over other rows is no constraint a table can declare)."""
        from moot.governance.rules import SeatCapExceeded, check_cap, periods_overlap

        if self.seat_id is None or self.start_date is None:
            return
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The end date is before the start date."})
        section = MembershipSection.objects.get(pk=self.seat.section_id)
        overlapping = [
            m
            for m in Membership.objects.filter(seat__section=section)
            .exclude(pk=self.pk)
            .select_related("person")
            if periods_overlap(self.start_date, self.end_date, m.start_date, m.end_date)
        ]
        for other in overlapping:
            if other.seat_id == self.seat_id:
                raise ValidationError(
                    f"The seat '{self.seat.label}' is already held by {other.person} from "
                    f"{other.start_date} to {other.end_date or 'open-ended'}; a seat is held "
                    "by one person on a date, so end that membership first."
                )
        try:
            check_cap(section.name, section.cap, len({m.seat_id for m in overlapping}))
        except SeatCapExceeded as exc:
            raise ValidationError(str(exc)) from exc

    def current_on(self, day) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


class StandingInvitee(models.Model):
    """Invited by the chair to every meeting; not a member, no vote, not counted (ToR 6.2)."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="standing_invitees")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="invitations")
    title = models.CharField(max_length=300, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["body", "order"]

    def __str__(self) -> str:
        return f"{self.person} (standing invitee, {self.body})"

    def current_on(self, day) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


class QuorumGroup(models.Model):
    """A representation requirement of the quorum: "at least one from ..." (ToR 5.1)."""

    terms_of_reference = models.ForeignKey(
        TermsOfReference, on_delete=models.CASCADE, related_name="quorum_groups"
    )
    name = models.CharField(max_length=250)
    minimum = models.PositiveSmallIntegerField(default=1)
    sections = models.ManyToManyField(MembershipSection, blank=True, related_name="+")
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["terms_of_reference", "order"]
        constraints = [models.CheckConstraint(condition=Q(minimum__gte=1), name="group_min")]

    def __str__(self) -> str:
        return self.name


class AuditEntryQuerySet(models.QuerySet):
    """The audit trail is append-only: a queryset refuses bulk updates and deletes."""

    def update(self, **kwargs):
        raise AuditTrailImmutable("The audit trail cannot be changed; entries are append-only.")

    def delete(self):
        raise AuditTrailImmutable("The audit trail cannot be deleted; entries are append-only.")


class AuditTrailImmutable(PermissionError):
    """An attempt to change or delete an audit entry."""


class AuditEntry(models.Model):
    """Every change to the record, logged once with a dotted action name (pretix style:
    ``moot.agenda.published``, ``moot.minutes.approved``), the user who made it (a foreign
    key; ``user_label`` keeps the name if the account goes), the object (a generic
    relation, so each object lists its own history) and what changed (``changes``:
    ``{field: {"old": ..., "new": ...}}``). Entries are never edited or deleted."""

    action = models.CharField(max_length=100, db_index=True)
    when = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
        help_text="Empty for the system or a command run without a user.",
    )
    user_label = models.CharField(max_length=150, blank=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.CharField(max_length=64, db_index=True)
    content_object = GenericForeignKey("content_type", "object_id")
    object_type = models.CharField(max_length=100)
    object_label = models.CharField(max_length=300, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    data = models.JSONField(default=dict, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-when", "-id"]
        verbose_name_plural = "audit entries"
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_object")]

    def __str__(self) -> str:
        return f"{self.when:%Y-%m-%d %H:%M} {self.action} {self.object_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AuditTrailImmutable(
                f"Audit entry {self.pk} cannot be changed; the audit trail is append-only."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditTrailImmutable(
            f"Audit entry {self.pk} cannot be deleted; the audit trail is append-only."
        )


class Translation(models.Model):
    """The Welsh text of one published field of one record (a body's name, an agenda
    item's title, a notice's matter ...), kept beside the English in the record itself.

    One table for every model, so the bilingual record needs no column on the models of
    other apps; which fields may be translated is listed in ``moot.governance.welsh``
    (exempt details never are). See docs/adr/0015-welsh-and-english.md.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=50)
    language = models.CharField(max_length=8, default="cy")
    text = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="translation_one_per_field_and_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} {self.field} ({self.language})"
