"""Meetings and what happens at them: the agenda, attendance, declarations, minutes,
resolutions, votes, actions, public questions and the forward plan.

The meeting's life (DOMAIN.md): scheduled -> agenda published -> held -> draft minutes
published -> minutes approved; or cancelled / postponed with a public reason. State changes
happen only in ``services.py``; invariants that can live in the database do.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from moot.governance.models import Body, Organisation, Person


class Meeting(models.Model):
    class Kind(models.TextChoices):
        ORDINARY = "ordinary", "Ordinary meeting"
        SPECIAL = "special", "Special meeting"
        ANNUAL = "annual", "Annual meeting"
        INFORMAL = "informal", "Informal meeting"

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        VIRTUAL = "virtual", "Virtual"
        HYBRID = "hybrid", "Hybrid"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        AGENDA_PUBLISHED = "agenda_published", "Agenda published"
        HELD = "held", "Held"
        MINUTES_DRAFT = "minutes_draft", "Draft minutes published"
        MINUTES_APPROVED = "minutes_approved", "Minutes approved"
        CANCELLED = "cancelled", "Cancelled"
        POSTPONED = "postponed", "Postponed"

    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    date = models.DateField(db_index=True)
    sequence = models.PositiveSmallIntegerField(
        default=1, help_text="1 for the first meeting of the body that day, 2 for a second."
    )
    start = models.DateTimeField()
    expected_end = models.DateTimeField(null=True, blank=True)
    closed_at = models.TimeField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ORDINARY)
    mode = models.CharField(max_length=20, choices=Mode.choices, default=Mode.IN_PERSON)
    venue = models.CharField(max_length=300, blank=True)
    webcast_url = models.URLField(blank=True)
    webcast_archive_url = models.URLField(blank=True)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=80, blank=True)
    contact_email = models.EmailField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    status_reason = models.TextField(
        blank=True, help_text="Why the meeting was cancelled or postponed (shown publicly)."
    )
    municipal_year = models.CharField(max_length=9, blank=True)
    agenda_published_at = models.DateTimeField(null=True, blank=True)
    late_publication_reason = models.TextField(
        blank=True, help_text="Why the agenda was published after the statutory deadline."
    )
    quorate = models.BooleanField(null=True, blank=True)
    quorum_present = models.PositiveSmallIntegerField(null=True, blank=True)
    quorum_required = models.PositiveSmallIntegerField(null=True, blank=True)
    quorum_explanation = models.TextField(blank=True)
    quorum_groups = models.JSONField(default=list, blank=True)
    minutes_published_at = models.DateTimeField(null=True, blank=True)
    minutes_approved_at = models.DateField(null=True, blank=True)
    minutes_approved_by = models.ForeignKey(
        "AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=300, blank=True, help_text="Where an import came from.")

    class Meta:
        ordering = ["-date", "-sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "date", "sequence"], name="meeting_unique_slug"
            ),
            models.CheckConstraint(condition=Q(sequence__gte=1), name="meeting_sequence_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.body.name}, {self.date:%-d %B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("portal:meeting", args=[self.body.slug, self.date_slug])

    @property
    def date_slug(self) -> str:
        return self.date.isoformat() + (f"-{self.sequence}" if self.sequence > 1 else "")

    @property
    def identifier(self) -> str:
        """The meeting's name in commands: BODY-SLUG/YYYY-MM-DD (with -2 for a second)."""
        return f"{self.body.slug}/{self.date_slug}"

    @property
    def minutes_locked(self) -> bool:
        return self.status == self.Status.MINUTES_APPROVED

    @property
    def is_cancelled(self) -> bool:
        return self.status in (self.Status.CANCELLED, self.Status.POSTPONED)


class SupplementaryAgenda(models.Model):
    """A dated change to a published agenda (published agendas are frozen): an item added
    (``items``) or withdrawn (``withdrawn_items``) on a supplementary or revised agenda."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="supplements")
    published_at = models.DateTimeField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["published_at"]

    def __str__(self) -> str:
        return f"Supplementary agenda, {self.published_at:%-d %B %Y}"


class Issue(models.Model):
    """One subject travelling through several bodies: its items read as one history."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.title


class AgendaItem(models.Model):
    class Standing(models.TextChoices):
        APOLOGIES = "apologies", "Apologies for Absence"
        DECLARATIONS = "declarations", "Declarations of Interest"
        PREVIOUS_MINUTES = "previous_minutes", "Minutes of the Previous Meeting"
        MATTERS_ARISING = "matters_arising", "Matters Arising"
        SUBGROUPS = "subgroups", "Updates from the working subgroups"
        QUESTIONS = "questions", "Questions from Members of the Public"
        FUTURE_DATES = "future_dates", "Dates of Future Meetings"
        URGENT_BUSINESS = "urgent_business", "Any Other Urgent Business"
        OTHER = "other", "Other standing item"

    EXEMPT_PARAGRAPHS = [
        (1, "1: information relating to any individual"),
        (2, "2: information likely to reveal the identity of an individual"),
        (3, "3: the financial or business affairs of any particular person"),
        (4, "4: consultations or negotiations on labour relations"),
        (5, "5: legal professional privilege"),
        (6, "6: a proposed notice, order or direction"),
        (7, "7: prevention, investigation or prosecution of crime"),
    ]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="+", editable=False)
    order = models.PositiveSmallIntegerField()
    agenda_number = models.CharField(max_length=10, blank=True)
    minute_number = models.PositiveIntegerField(null=True, blank=True)
    municipal_year = models.CharField(max_length=9, blank=True, editable=False)
    title = models.CharField(max_length=400)
    purpose = models.TextField(blank=True, help_text="The agenda text.")
    standing = models.CharField(max_length=20, choices=Standing.choices, blank=True)
    exempt = models.BooleanField(default=False)
    exempt_paragraph = models.PositiveSmallIntegerField(
        null=True, blank=True, choices=EXEMPT_PARAGRAPHS
    )
    exempt_reason = models.TextField(blank=True)
    supplement = models.ForeignKey(
        SupplementaryAgenda, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    urgency_reason = models.TextField(
        blank=True,
        help_text="Late item (LGA 1972 s100B(4)(b)): the chair's reasons for urgency.",
    )
    urgency_agreed_by = models.CharField(
        max_length=200,
        blank=True,
        help_text="Late item (LGA 1972 s100B(4)(b)): the chair who agreed it is urgent.",
    )
    withdrawn_in = models.ForeignKey(
        SupplementaryAgenda,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="withdrawn_items",
        help_text="The revised agenda that withdrew the item (kept in the record, numbered).",
    )
    withdrawn_reason = models.TextField(blank=True)
    minutes = models.TextField(blank=True, help_text="Sanitised rich text (HTML).")
    minutes_partial = models.BooleanField(default=False)
    minutes_version = models.PositiveIntegerField(
        default=0, editable=False, help_text="Raised on every save of the minutes (live mode)."
    )
    started_at = models.DateTimeField(
        null=True, blank=True, help_text="When the meeting took the item (links the webcast)."
    )
    previous_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="confirmed_by_items"
    )
    issue = models.ForeignKey(
        Issue, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )

    class Meta:
        ordering = ["meeting", "order"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "order"], name="item_order_unique"),
            models.UniqueConstraint(
                fields=["body", "municipal_year", "minute_number"],
                condition=Q(minute_number__isnull=False),
                name="minute_number_unique_per_year",
            ),
            models.CheckConstraint(
                condition=Q(exempt=False) | Q(exempt_paragraph__gte=1, exempt_paragraph__lte=7),
                name="exempt_item_names_paragraph",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse(
            "portal:item", args=[self.meeting.body.slug, self.meeting.date_slug, self.number]
        )

    @property
    def number(self) -> str:
        return str(self.minute_number) if self.minute_number else self.agenda_number


class Presenter(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="presenters")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL)
    name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["item", "id"]

    def __str__(self) -> str:
        return self.person.name if self.person else self.name


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent"
        SUBSTITUTE = "substitute", "Substitute"
        IN_ATTENDANCE = "in_attendance", "In attendance"
        STANDING_INVITEE = "standing_invitee", "Standing invitee"

    class Mode(models.TextChoices):
        IN_ROOM = "in_room", "In the room"
        REMOTE = "remote", "Remote"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendance")
    status = models.CharField(max_length=20, choices=Status.choices)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.IN_ROOM)
    substitute_for = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="substituted_by"
    )
    nominated_by = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role_text = models.CharField(max_length=300, blank=True, help_text="As the minutes print it.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once"),
            models.CheckConstraint(
                condition=~Q(status="substitute") | Q(substitute_for__isnull=False),
                name="substitute_names_member",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_status_display()}"


class InterestRegisterEntry(models.Model):
    """A member's standing record of interests (Localism Act 2011 s29-30; SI 2012/1464)."""

    class Category(models.TextChoices):
        EMPLOYMENT = "employment", "Employment, office, trade, profession or vocation"
        SPONSORSHIP = "sponsorship", "Sponsorship"
        CONTRACTS = "contracts", "Contracts"
        LAND = "land", "Land"
        LICENCES = "licences", "Licences"
        CORPORATE_TENANCIES = "corporate_tenancies", "Corporate tenancies"
        SECURITIES = "securities", "Securities"
        OTHER_REGISTRABLE = "other_registrable", "Other registrable interest"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="interests")
    category = models.CharField(max_length=30, choices=Category.choices)
    description = models.TextField()
    sensitive = models.BooleanField(
        default=False,
        help_text="Localism Act 2011 s32: details withheld from the public register.",
    )
    registered_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["person", "category"]
        verbose_name_plural = "register of interests entries"

    def __str__(self) -> str:
        return f"{self.person}: {self.get_category_display()}"


class Dispensation(models.Model):
    """Localism Act 2011 s33: permission to speak and vote despite a DPI, for at most four
    years."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="dispensations")
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.CASCADE)
    grounds = models.TextField()
    granted_on = models.DateField()
    expires_on = models.DateField()

    def __str__(self) -> str:
        return f"Dispensation for {self.person} until {self.expires_on}"


class Declaration(models.Model):
    class Kind(models.TextChoices):
        DISCLOSABLE_PECUNIARY = "dpi", "Disclosable pecuniary interest"
        OTHER_REGISTRABLE = "other_registrable", "Other registrable interest"
        NON_REGISTRABLE = "non_registrable", "Non-registrable interest"

    class Action(models.TextChoices):
        LEFT_ROOM = "left_room", "Left the room"
        DID_NOT_VOTE = "did_not_vote", "Did not take part or vote"
        STAYED = "stayed", "Stayed and took part"

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="declarations")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    nature = models.TextField()
    action = models.CharField(max_length=20, choices=Action.choices)
    sensitive = models.BooleanField(default=False)

    class Meta:
        ordering = ["item", "id"]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()} in {self.item}"


class Resolution(models.Model):
    class Kind(models.TextChoices):
        RESOLVED = "resolved", "Resolved"
        NOTED = "noted", "Noted"
        APPROVED = "approved", "Approved"
        RECOMMENDED = "recommended", "Recommended to another body"

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="resolutions")
    order = models.PositiveSmallIntegerField(default=1)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.RESOLVED)
    text = models.TextField()
    recommended_to = models.CharField(max_length=300, blank=True)
    needs_ratification = models.BooleanField(
        default=False, help_text="Made at an inquorate meeting (ToR 5.2)."
    )
    ratified_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="ratifies"
    )

    class Meta:
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


class Vote(models.Model):
    class Outcome(models.TextChoices):
        CARRIED = "carried", "Carried"
        LOST = "lost", "Lost"

    resolution = models.OneToOneField(Resolution, on_delete=models.CASCADE, related_name="vote")
    votes_for = models.PositiveSmallIntegerField(default=0)
    votes_against = models.PositiveSmallIntegerField(default=0)
    abstentions = models.PositiveSmallIntegerField(default=0)
    recorded = models.BooleanField(default=False, help_text="Names recorded.")
    casting_vote = models.CharField(max_length=10, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    explanation = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.votes_for}-{self.votes_against} ({self.outcome})"


class PersonVote(models.Model):
    class Choice(models.TextChoices):
        FOR = "for", "For"
        AGAINST = "against", "Against"
        ABSTAIN = "abstain", "Abstained"

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="person_votes")
    person = models.ForeignKey(Person, on_delete=models.PROTECT)
    choice = models.CharField(max_length=10, choices=Choice.choices)

    class Meta:
        ordering = ["vote", "id"]
        constraints = [
            models.UniqueConstraint(fields=["vote", "person"], name="one_vote_per_person"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.choice}"


ACTION_CLOSED = ("done", "dropped")  # an action in neither status is open


class Action(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        DROPPED = "dropped", "Dropped"

    CLOSED = ACTION_CLOSED

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField()
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    owner_text = models.CharField(max_length=200, blank=True)
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    update = models.TextField(blank=True)

    class Meta:
        ordering = ["item", "id"]
        indexes = [
            # Matters arising (every meeting page): the body's open actions are few beside
            # its items of every year, which the query otherwise reads through to find them
            models.Index(
                fields=["item"],
                name="action_open_by_item",
                condition=~Q(status__in=ACTION_CLOSED),
            ),
        ]

    def __str__(self) -> str:
        return self.description[:80]


class PublicQuestion(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Submitted"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"
        ANSWERED = "answered", "Answered"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="questions")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField()
    question = models.TextField(max_length=2000)
    submitted_at = models.DateTimeField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    reason = models.TextField(blank=True)
    answer = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)

    class Meta:
        ordering = ["meeting", "submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "fingerprint"], name="question_once"),
        ]

    def __str__(self) -> str:
        return f"Question from {self.name}"


class ForwardPlanEntry(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        ON_AGENDA = "on_agenda", "On an agenda"
        DONE = "done", "Considered"
        WITHDRAWN = "withdrawn", "Withdrawn"

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="forward_plan")
    subject = models.CharField(max_length=400)
    intended_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="planned_business"
    )
    intended_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="forward_plan"
    )
    source_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The item whose papers set out this business.",
    )
    key_decision = models.BooleanField(default=False)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["intended_date", "id"]
        verbose_name_plural = "forward plan entries"

    def __str__(self) -> str:
        return self.subject


class ItemTemplate(models.Model):
    """An agenda item a clerk adds again and again (a standing report, a quarterly update):
    kept for one body, or for every body of the authority (``body`` empty). A template
    never carries an exemption: an item is withheld only when the clerk marks it, with its
    Schedule 12A paragraph and reason, on the agenda."""

    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.CASCADE, related_name="item_templates"
    )
    title = models.CharField(max_length=400)
    standing = models.CharField(
        max_length=20, choices=AgendaItem.Standing.choices, blank=True, help_text="Kind of item."
    )
    purpose = models.TextField(blank=True, help_text="The standing agenda text.")
    presenter_role = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "title"],
                condition=Q(body__isnull=False),
                name="item_template_title_per_body",
            ),
            models.UniqueConstraint(
                fields=["title"],
                condition=Q(body__isnull=True),
                name="item_template_title_authority_wide",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def scope(self) -> str:
        return self.body.name if self.body_id else "Every body"
