"""The clerk's back office for meetings. State changes still go through the services:
status, minute numbers and approvals are read-only here."""

from django.contrib import admin, messages

from moot.meetings import services
from moot.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    Dispensation,
    ForwardPlanEntry,
    InterestRegisterEntry,
    Issue,
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


class ThroughServices:
    """New resolutions, declarations and attendance entered in the admin are recorded by
    the services, so the rules (ratification, interests, substitutes) apply to them too."""

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for obj in instances:
            try:
                if obj.pk is None and isinstance(obj, Resolution):
                    services.resolution_add(
                        item=obj.item,
                        text=obj.text,
                        kind=obj.kind,
                        recommended_to=obj.recommended_to,
                        user=request.user,
                    )
                elif obj.pk is None and isinstance(obj, Declaration):
                    services.declaration_record(
                        item=obj.item,
                        person=obj.person,
                        kind=obj.kind,
                        nature=obj.nature,
                        action=obj.action,
                        user=request.user,
                    )
                elif obj.pk is None and isinstance(obj, Attendance):
                    services.attendance_record(
                        meeting=obj.meeting,
                        person=obj.person,
                        status=obj.status,
                        mode=obj.mode,
                        substitute_for=obj.substitute_for,
                        role_text=obj.role_text,
                        user=request.user,
                    )
                elif obj.pk is None and isinstance(obj, Action):
                    services.action_add(
                        item=obj.item,
                        description=obj.description,
                        owner=obj.owner,
                        owner_text=obj.owner_text,
                        due_date=obj.due_date,
                        user=request.user,
                    )
                else:
                    obj.save()
            except services.MeetingError as exc:
                self.message_user(request, str(exc), level=messages.ERROR)
        formset.save_m2m()


class AgendaItemInline(LockedWhenApproved, admin.TabularInline):
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


class AttendanceInline(LockedWhenApproved, admin.TabularInline):
    model = Attendance
    fk_name = "meeting"
    extra = 0
    autocomplete_fields = ["person", "substitute_for"]
    fields = ["person", "status", "mode", "substitute_for", "role_text"]


@admin.register(Meeting)
class MeetingAdmin(ThroughServices, admin.ModelAdmin):
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


class PresenterInline(LockedWhenApproved, admin.TabularInline):
    model = Presenter
    extra = 0
    autocomplete_fields = ["person"]


class ResolutionInline(LockedWhenApproved, admin.StackedInline):
    model = Resolution
    extra = 0
    fields = ["order", "kind", "text", "recommended_to", "needs_ratification"]
    readonly_fields = ["needs_ratification"]


class DeclarationInline(LockedWhenApproved, admin.TabularInline):
    model = Declaration
    extra = 0
    autocomplete_fields = ["person"]


class ActionInline(LockedWhenApproved, admin.TabularInline):
    model = Action
    extra = 0
    autocomplete_fields = ["owner"]
    fields = ["description", "owner", "owner_text", "due_date", "status"]


@admin.register(AgendaItem)
class AgendaItemAdmin(ThroughServices, LockedWhenApproved, admin.ModelAdmin):
    list_display = ["__str__", "meeting", "exempt", "standing"]
    list_filter = ["meeting__body", "exempt", "standing", "meeting__date"]
    search_fields = ["title", "purpose", "minutes"]
    readonly_fields = ["agenda_number", "minute_number"]
    inlines = [PresenterInline, DeclarationInline, ResolutionInline, ActionInline]

    def save_model(self, request, obj, form, change):
        """Minutes go through the service (sanitised, audited, refused once approved);
        the agenda text is sanitised too."""
        obj.purpose = services.sanitise(obj.purpose)
        if change and "minutes" in form.changed_data:
            try:
                services.minutes_record(
                    item=obj,
                    text=form.cleaned_data["minutes"],
                    partial=obj.minutes_partial,
                    user=request.user,
                )
            except services.MeetingError as exc:
                self.message_user(request, str(exc), level=messages.ERROR)
                return
            obj.minutes = AgendaItem.objects.get(pk=obj.pk).minutes
        else:
            obj.minutes = services.sanitise(obj.minutes)
        super().save_model(request, obj, form, change)


@admin.register(Resolution)
class ResolutionAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["__str__", "item", "kind", "needs_ratification"]
    list_filter = ["kind", "needs_ratification", "item__meeting__body"]
    search_fields = ["text"]


class PersonVoteInline(LockedWhenApproved, admin.TabularInline):
    model = PersonVote
    extra = 0


@admin.register(Vote)
class VoteAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["resolution", "votes_for", "votes_against", "abstentions", "outcome"]
    inlines = [PersonVoteInline]


@admin.register(Attendance)
class AttendanceAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["person", "meeting", "status", "mode", "substitute_for"]
    list_filter = ["meeting__body", "status", "mode", "meeting__date"]
    search_fields = ["person__name"]


@admin.register(Declaration)
class DeclarationAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["person", "item", "kind", "action"]
    list_filter = ["kind", "item__meeting__body"]
    search_fields = ["person__name", "nature"]


@admin.register(InterestRegisterEntry)
class InterestRegisterEntryAdmin(admin.ModelAdmin):
    list_display = ["person", "category", "registered_on", "sensitive"]
    list_filter = ["category", "sensitive", "registered_on"]
    search_fields = ["person__name", "description"]


@admin.register(Dispensation)
class DispensationAdmin(admin.ModelAdmin):
    list_display = ["person", "body", "granted_on", "expires_on"]
    list_filter = ["body", "granted_on"]
    search_fields = ["person__name"]


@admin.register(Action)
class ActionAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["description", "owner", "due_date", "status"]
    list_filter = ["status", "item__meeting__body", "due_date"]
    search_fields = ["description", "owner__name"]


@admin.register(PublicQuestion)
class PublicQuestionAdmin(admin.ModelAdmin):
    list_display = ["name", "meeting", "status", "submitted_at"]
    list_filter = ["status", "meeting__body", "submitted_at"]
    search_fields = ["name", "question"]
    readonly_fields = ["submitted_at", "fingerprint"]


@admin.register(ForwardPlanEntry)
class ForwardPlanEntryAdmin(admin.ModelAdmin):
    list_display = ["subject", "body", "intended_date", "status"]
    list_filter = ["body", "status", "intended_date"]
    search_fields = ["subject"]


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["title"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(SupplementaryAgenda)
class SupplementaryAgendaAdmin(admin.ModelAdmin):
    list_display = ["meeting", "published_at"]
    list_filter = ["meeting__body", "published_at"]


@admin.register(Presenter)
class PresenterAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["__str__", "item", "role"]
    search_fields = ["name", "person__name", "role"]


@admin.register(PersonVote)
class PersonVoteAdmin(LockedWhenApproved, admin.ModelAdmin):
    list_display = ["person", "vote", "choice"]
    list_filter = ["choice"]
