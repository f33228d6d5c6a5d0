"""The clerk's back office for meetings. Every save, delete and inline row goes through
the services (``moot.governance.admin_base``): a refusal is an error on the form with what
was typed kept; status, minute numbers and approvals are read-only here."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from moot.governance.admin_base import (
    ServiceModelAdmin,
    ServiceStackedInline,
    ServiceTabularInline,
    _adopt,
)
from moot.governance.services import record_save
from moot.meetings import rules, services
from moot.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    Dispensation,
    ForwardPlanEntry,
    InterestRegisterEntry,
    Issue,
    ItemTemplate,
    Meeting,
    PersonVote,
    Presenter,
    PublicQuestion,
    Resolution,
    SupplementaryAgenda,
    Vote,
)


def _meeting_of(obj):
    """The meeting an admin object belongs to (a meeting, an item, or a row of an item)."""
    if obj is None:
        return None
    if isinstance(obj, Meeting):
        return obj
    if isinstance(obj, AgendaItem):
        return obj.meeting
    if isinstance(obj, Vote):
        return obj.resolution.item.meeting
    if isinstance(obj, PersonVote):
        return obj.vote.resolution.item.meeting
    if hasattr(obj, "item"):
        return obj.item.meeting
    return getattr(obj, "meeting", None)


class LockedWhenApproved:
    """Approved minutes are never edited: once a meeting's minutes are approved, its
    items, resolutions, votes, declarations, actions and attendance are read-only."""

    def _locked(self, obj) -> bool:
        meeting = _meeting_of(obj)
        return bool(
            meeting
            and Meeting.objects.filter(
                pk=meeting.pk, status=Meeting.Status.MINUTES_APPROVED
            ).exists()
        )

    def has_change_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_delete_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        if self._locked(obj):
            return False
        if isinstance(self, admin.options.InlineModelAdmin):
            return super().has_add_permission(request, obj)
        return super().has_add_permission(request)


def _check_open(obj) -> None:
    """Nothing a meeting's approved minutes record may change (checked on the stored status)."""
    meeting = _meeting_of(obj)
    if meeting is not None and meeting.pk is not None:
        services._check_not_locked(meeting)


def _action_progress(obj, changed) -> bool:
    """A change of an existing action's status or note only (``action_update``)."""
    return isinstance(obj, Action) and obj.pk is not None and set(changed) <= {"status", "update"}


class RecordWrites:
    """Rows of a meeting's record (resolutions, declarations, attendance, actions...): a
    new one is recorded by its service, so the rules (ratification, interests,
    substitutes) apply; any change is refused once the minutes are approved."""

    def service_check(self, obj, changed):
        if _action_progress(obj, changed):
            return  # an action's progress is follow-up, allowed after approval
        _check_open(obj)

    def service_check_delete(self, obj):
        _check_open(obj)

    def service_save(self, request, obj, changed):
        user = request.user
        if _action_progress(obj, changed):
            return services.action_update(action=obj, status=obj.status, note=obj.update, user=user)
        if obj.pk is None and isinstance(obj, Resolution):
            return services.resolution_add(
                item=obj.item,
                text=obj.text,
                kind=obj.kind,
                recommended_to=obj.recommended_to,
                user=user,
            )
        if obj.pk is None and isinstance(obj, Declaration):
            return services.declaration_record(
                item=obj.item,
                person=obj.person,
                kind=obj.kind,
                nature=obj.nature,
                action=obj.action,
                user=user,
            )
        if obj.pk is None and isinstance(obj, Attendance):
            return services.attendance_record(
                meeting=obj.meeting,
                person=obj.person,
                status=obj.status,
                mode=obj.mode,
                substitute_for=obj.substitute_for,
                role_text=obj.role_text,
                user=user,
            )
        if obj.pk is None and isinstance(obj, Action):
            return services.action_add(
                item=obj.item,
                description=obj.description,
                owner=obj.owner,
                owner_text=obj.owner_text,
                due_date=obj.due_date,
                user=user,
            )
        return record_save(obj=obj, user=user)


class ItemWrites:
    """A new agenda item is added by ``item_add`` (its body, numbering and the frozen
    published agenda); a change by ``item_update`` or, for minutes, ``minutes_record``."""

    def service_check(self, obj, changed):
        allowed, reason = rules.exempt_consistent(obj.exempt, obj.exempt_paragraph)
        if not allowed:
            raise services.MeetingError(f"Agenda item '{obj.title}': {reason}.")
        if obj.pk is None:
            if obj.meeting_id is not None:
                services._check_agenda_open(Meeting.objects.get(pk=obj.meeting_id))
        elif "meeting" in changed:
            raise services.MeetingError(
                f"Agenda item '{obj.title}' cannot move to another meeting; add it to that "
                "meeting's agenda instead."
            )
        else:
            services._check_not_locked(obj.meeting)

    def service_check_delete(self, obj):
        services._check_agenda_open(Meeting.objects.get(pk=obj.meeting_id))

    def service_save(self, request, obj, changed):
        if obj.pk is None:
            extra = {
                name: getattr(obj, name)
                for name in changed
                if name
                not in {
                    "meeting",
                    "title",
                    "purpose",
                    "exempt",
                    "exempt_paragraph",
                    "order",
                    "exempt_reason",
                    "agenda_number",
                    "minute_number",
                    "body",
                    "municipal_year",
                }
            }
            return services.item_add(
                meeting=obj.meeting,
                title=obj.title,
                purpose=obj.purpose,
                exempt_paragraph=obj.exempt_paragraph if obj.exempt else None,
                exempt_reason=obj.exempt_reason,
                position=obj.order,
                user=request.user,
                **extra,
            )
        item = obj
        if "minutes" in changed:
            item = services.minutes_record(
                item=obj, text=obj.minutes, partial=obj.minutes_partial, user=request.user
            )
        rest = [name for name in changed if name not in {"minutes", "minutes_partial"}]
        if rest:
            item = services.item_update(
                item=obj, changes={name: getattr(obj, name) for name in rest}, user=request.user
            )
        return item

    def service_delete(self, request, obj):
        services.item_remove(item=obj, user=request.user)


class AgendaItemInline(ItemWrites, LockedWhenApproved, ServiceTabularInline):
    model = AgendaItem
    fk_name = "meeting"
    extra = 0
    fields = [
        "order",
        "agenda_number",
        "minute_number",
        "title",
        "standing",
        "exempt",
        "exempt_paragraph",
    ]
    readonly_fields = ["agenda_number", "minute_number"]
    show_change_link = True


class AttendanceInline(RecordWrites, LockedWhenApproved, ServiceTabularInline):
    model = Attendance
    fk_name = "meeting"
    extra = 0
    autocomplete_fields = ["person", "substitute_for"]
    fields = ["person", "status", "mode", "substitute_for", "role_text"]


@admin.register(Meeting)
class MeetingAdmin(ServiceModelAdmin):
    list_display = ["body", "date", "kind", "mode", "status", "quorate"]
    list_filter = ["body", "status", "kind", "mode", "date"]
    search_fields = ["body__name", "venue"]
    date_hierarchy = "date"
    readonly_fields = [
        "status",
        "agenda_published_at",
        "quorate",
        "quorum_present",
        "quorum_required",
        "quorum_explanation",
        "minutes_approved_at",
        "minutes_approved_by",
        "municipal_year",
        "sequence",
    ]
    exclude = ["quorum_groups"]
    inlines = [AgendaItemInline, AttendanceInline]
    actions = ["publish_agenda", "judge_quorum"]

    def service_check(self, obj, changed):
        if obj.pk is not None:
            services.meeting_check_update(
                meeting=obj, changes={name: getattr(obj, name) for name in changed}
            )

    def service_save(self, request, obj, changed):
        if obj.pk is None:
            extra = {
                name: getattr(obj, name)
                for name in changed
                if name not in {"body", "date", "start", "kind", "mode", "venue", "sequence"}
            }
            return services.meeting_create(
                body=obj.body,
                day=obj.date,
                at=timezone.localtime(obj.start, services.LONDON).time(),
                kind=obj.kind,
                mode=obj.mode,
                venue=obj.venue,
                recording_past=True,
                user=request.user,
                **extra,
            )
        return services.meeting_update(
            meeting=obj, changes={name: getattr(obj, name) for name in changed}, user=request.user
        )

    @admin.action(description="Publish the agenda (refused if late without a reason)")
    def publish_agenda(self, request, queryset):
        for meeting in queryset:
            try:
                services.agenda_publish(
                    meeting=meeting, user=request.user, late_reason=meeting.late_publication_reason
                )
                self.message_user(request, f"{meeting}: agenda published.")
            except services.MeetingError as exc:
                self.message_user(request, str(exc), level=messages.ERROR)

    @admin.action(description="Judge the quorum from the recorded attendance")
    def judge_quorum(self, request, queryset):
        for meeting in queryset:
            try:
                verdict = services.quorum_judge(meeting=meeting, user=request.user)
                self.message_user(request, f"{meeting}: {verdict.explanation}")
            except services.MeetingError as exc:
                self.message_user(request, str(exc), level=messages.ERROR)


class PresenterInline(RecordWrites, LockedWhenApproved, ServiceTabularInline):
    model = Presenter
    extra = 0
    autocomplete_fields = ["person"]


class ResolutionInline(RecordWrites, LockedWhenApproved, ServiceStackedInline):
    model = Resolution
    extra = 0
    fields = ["order", "kind", "text", "recommended_to", "needs_ratification"]
    readonly_fields = ["needs_ratification"]


class DeclarationInline(RecordWrites, LockedWhenApproved, ServiceTabularInline):
    model = Declaration
    extra = 0
    autocomplete_fields = ["person"]


class ActionInline(RecordWrites, LockedWhenApproved, ServiceTabularInline):
    model = Action
    extra = 0
    autocomplete_fields = ["owner"]
    fields = ["description", "owner", "owner_text", "due_date", "status"]


@admin.register(AgendaItem)
class AgendaItemAdmin(ItemWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["__str__", "meeting", "exempt", "standing"]
    list_filter = ["meeting__body", "exempt", "standing", "meeting__date"]
    search_fields = ["title", "purpose", "minutes"]
    readonly_fields = ["agenda_number", "minute_number"]
    inlines = [PresenterInline, DeclarationInline, ResolutionInline, ActionInline]


@admin.register(Resolution)
class ResolutionAdmin(RecordWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["__str__", "item", "kind", "needs_ratification"]
    list_filter = ["kind", "needs_ratification", "item__meeting__body"]
    search_fields = ["text"]


def _named_votes(formset) -> dict:
    return {
        form.cleaned_data["person"]: form.cleaned_data["choice"]
        for form in formset.forms
        if getattr(form, "cleaned_data", None)
        and not form.cleaned_data.get("DELETE")
        and form.cleaned_data.get("person")
    }


def _counts(vote: Vote) -> services.VoteInput:
    return services.VoteInput(vote.votes_for, vote.votes_against, vote.abstentions)


class PersonVoteFormSet(BaseInlineFormSet):
    """The named votes are checked with the vote they belong to (its counts, casting vote
    and outcome as typed) by the same rules ``vote_record`` applies."""

    def clean(self):
        super().clean()
        vote = self.instance
        if any(self.errors) or vote.resolution_id is None:
            return
        named = _named_votes(self)
        try:
            services.vote_check(
                resolution=vote.resolution,
                named=named or None,
                counts=None if named else _counts(vote),
                casting_vote=vote.casting_vote or None,
                outcome=vote.outcome or None,
            )
        except services.MeetingError as exc:
            raise ValidationError(str(exc)) from exc


class PersonVoteInline(LockedWhenApproved, ServiceTabularInline):
    model = PersonVote
    formset = PersonVoteFormSet
    extra = 0


@admin.register(Vote)
class VoteAdmin(LockedWhenApproved, ServiceModelAdmin):
    """A vote is recorded by ``vote_record`` with its named votes, all or nothing."""

    list_display = ["resolution", "votes_for", "votes_against", "abstentions", "outcome"]
    inlines = [PersonVoteInline]

    def service_check(self, obj, changed):
        if obj.pk is not None:
            _check_open(obj)

    def save_model(self, request, obj, form, change):
        """Saved with its named votes in ``save_related``."""

    def save_related(self, request, form, formsets, change):
        obj = form.instance
        named = {}
        for formset in formsets:
            if formset.model is PersonVote:
                named = _named_votes(formset)
            # The named votes are written by vote_record; the admin's change message
            # reads these lists.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        vote = services.vote_record(
            resolution=obj.resolution,
            named=named or None,
            counts=None if named else _counts(obj),
            casting_vote=obj.casting_vote or None,
            user=request.user,
        )
        _adopt(obj, vote)


@admin.register(Attendance)
class AttendanceAdmin(RecordWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["person", "meeting", "status", "mode", "substitute_for"]
    list_filter = ["meeting__body", "status", "mode", "meeting__date"]
    search_fields = ["person__name"]


@admin.register(Declaration)
class DeclarationAdmin(RecordWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["person", "item", "kind", "action"]
    list_filter = ["kind", "item__meeting__body"]
    search_fields = ["person__name", "nature"]


@admin.register(InterestRegisterEntry)
class InterestRegisterEntryAdmin(ServiceModelAdmin):
    list_display = ["person", "category", "registered_on", "sensitive"]
    list_filter = ["category", "sensitive", "registered_on"]
    search_fields = ["person__name", "description"]


@admin.register(Dispensation)
class DispensationAdmin(ServiceModelAdmin):
    list_display = ["person", "body", "granted_on", "expires_on"]
    list_filter = ["body", "granted_on"]
    search_fields = ["person__name"]


@admin.register(Action)
class ActionAdmin(RecordWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["description", "owner", "due_date", "status"]
    list_filter = ["status", "item__meeting__body", "due_date"]
    search_fields = ["description", "owner__name"]


@admin.register(PublicQuestion)
class PublicQuestionAdmin(ServiceModelAdmin):
    """Questions arrive through the public form (``question_submit``); here a clerk
    decides, answers or attaches them to an item, through ``question_update``."""

    list_display = ["name", "meeting", "status", "submitted_at"]
    list_filter = ["status", "meeting__body", "submitted_at"]
    search_fields = ["name", "question"]
    readonly_fields = ["submitted_at", "fingerprint"]

    def has_add_permission(self, request):
        return False

    def service_check(self, obj, changed):
        services.question_check(question=obj)

    def service_save(self, request, obj, changed):
        return services.question_update(
            question=obj, changes={name: getattr(obj, name) for name in changed}, user=request.user
        )


@admin.register(ForwardPlanEntry)
class ForwardPlanEntryAdmin(ServiceModelAdmin):
    list_display = ["subject", "body", "intended_date", "status"]
    list_filter = ["body", "status", "intended_date"]
    search_fields = ["subject"]


@admin.register(Issue)
class IssueAdmin(ServiceModelAdmin):
    list_display = ["title"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(SupplementaryAgenda)
class SupplementaryAgendaAdmin(ServiceModelAdmin):
    list_display = ["meeting", "published_at"]
    list_filter = ["meeting__body", "published_at"]


@admin.register(Presenter)
class PresenterAdmin(RecordWrites, LockedWhenApproved, ServiceModelAdmin):
    list_display = ["__str__", "item", "role"]
    search_fields = ["name", "person__name", "role"]


@admin.register(PersonVote)
class PersonVoteAdmin(LockedWhenApproved, ServiceModelAdmin):
    """Named votes are read here and recorded on their vote (checked together there)."""

    list_display = ["person", "vote", "choice"]
    list_filter = ["choice"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ItemTemplate)
class ItemTemplateAdmin(ServiceModelAdmin):
    """Item templates are kept in the workspace; here repaired through the same service
    (``item_template_save``, ``item_template_remove``)."""

    list_display = ["title", "body", "standing", "presenter_role"]
    list_filter = ["body", "standing"]
    search_fields = ["title"]

    def get_readonly_fields(self, request, obj=None):
        # where a template is kept is chosen when it is added
        return ["body"] if obj is not None else []

    def service_save(self, request, obj, changed):
        fields = {
            "title": obj.title,
            "standing": obj.standing,
            "purpose": obj.purpose,
            "presenter_role": obj.presenter_role,
        }
        if obj.pk is None:
            return services.item_template_save(body=obj.body, user=request.user, **fields)
        return services.item_template_save(template=obj, user=request.user, **fields)

    def service_delete(self, request, obj):
        services.item_template_remove(template=obj, user=request.user)
