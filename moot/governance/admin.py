from django.contrib import admin

from moot.governance import services
from moot.governance.admin_base import (
    ServiceModelAdmin,
    ServiceTabularInline,
)
from moot.governance.models import (
    AuditEntry,
    Authority,
    Body,
    Membership,
    MembershipSection,
    Organisation,
    Person,
    PersonAlias,
    QuorumGroup,
    Seat,
    StandingInvitee,
    TermsOfReference,
    Translation,
)


@admin.register(Authority)
class AuthorityAdmin(ServiceModelAdmin):
    list_display = ["name", "nation", "clear_days", "bank_holiday_region"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "address", "website"]}),
        ("Contact", {"fields": ["contact_name", "contact_team", "contact_phone", "contact_email"]}),
        (
            "Front sheet texts",
            {
                "fields": [
                    "public_information",
                    "accessibility_text",
                    "filming_text",
                    "evacuation_text",
                ]
            },
        ),
        (
            "Deadlines",
            {
                "fields": [
                    "nation",
                    "clear_days",
                    "question_clear_days",
                    "non_counting_weekdays",
                    "bank_holiday_region",
                    "exclude_christmas_break",
                    "exclude_easter_break",
                    "welsh_language_standards",
                ]
            },
        ),
    ]


@admin.register(Organisation)
class OrganisationAdmin(ServiceModelAdmin):
    list_display = ["name", "short_name", "classification", "parent"]
    list_filter = ["classification"]
    search_fields = ["name", "short_name"]
    prepopulated_fields = {"slug": ["name"]}


class PersonAliasInline(ServiceTabularInline):
    model = PersonAlias
    extra = 0


class MembershipWrites:
    """A new membership is an appointment (the service locks the section for its cap)."""

    def service_save(self, request, obj, changed):
        if obj.pk is None:
            return services.membership_create(
                person=obj.person,
                seat=obj.seat,
                start_date=obj.start_date,
                end_date=obj.end_date,
                role=obj.role,
                title=obj.title,
                on_behalf_of=obj.on_behalf_of,
                user=request.user,
            )
        return services.record_save(obj=obj, user=request.user)


class MembershipInline(MembershipWrites, ServiceTabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "role", "title", "on_behalf_of", "start_date", "end_date"]


@admin.register(Person)
class PersonAdmin(ServiceModelAdmin):
    list_display = ["name", "honorific", "family_name", "email"]
    search_fields = ["name", "family_name", "given_name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]


class TermsInline(ServiceTabularInline):
    model = TermsOfReference
    extra = 0
    fields = ["version", "approved_on", "in_force_from", "in_force_to", "quorum_minimum"]
    show_change_link = True


class StandingInviteeInline(ServiceTabularInline):
    model = StandingInvitee
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "title", "organisation", "start_date", "end_date", "order"]


@admin.register(Body)
class BodyAdmin(ServiceModelAdmin):
    list_display = ["name", "classification", "access_regime", "parent"]
    list_filter = ["classification", "access_regime"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TermsInline, StandingInviteeInline]


class SectionInline(ServiceTabularInline):
    model = MembershipSection
    extra = 0
    fields = ["order", "name", "cap", "voting"]
    show_change_link = True


class QuorumGroupInline(ServiceTabularInline):
    model = QuorumGroup
    extra = 0
    fields = ["order", "name", "minimum", "sections", "organisations"]


@admin.register(TermsOfReference)
class TermsOfReferenceAdmin(ServiceModelAdmin):
    list_display = ["body", "version", "in_force_from", "in_force_to", "quorum_minimum"]
    list_filter = ["body", "in_force_from"]
    search_fields = ["body__name", "version"]
    date_hierarchy = "in_force_from"
    inlines = [SectionInline, QuorumGroupInline]
    filter_horizontal = ["chair_fallback_sections"]


class SeatInline(ServiceTabularInline):
    model = Seat
    extra = 0
    fields = ["order", "label", "organisation", "voting"]
    show_change_link = True


@admin.register(MembershipSection)
class MembershipSectionAdmin(ServiceModelAdmin):
    list_display = ["name", "terms_of_reference", "cap", "voting"]
    list_filter = ["terms_of_reference__body", "voting"]
    search_fields = ["name"]
    inlines = [SeatInline]


@admin.register(Seat)
class SeatAdmin(ServiceModelAdmin):
    list_display = ["label", "section", "organisation", "voting"]
    list_filter = ["section__terms_of_reference__body", "section"]
    search_fields = ["label", "memberships__person__name"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(MembershipWrites, ServiceModelAdmin):
    list_display = ["person", "seat", "role", "start_date", "end_date"]
    list_filter = ["seat__section__terms_of_reference__body", "role", "start_date"]
    search_fields = ["person__name", "seat__label"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["person"]


@admin.register(StandingInvitee)
class StandingInviteeAdmin(ServiceModelAdmin):
    list_display = ["person", "body", "title", "start_date", "end_date"]
    list_filter = ["body", "start_date"]
    search_fields = ["person__name", "title"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit trail: readable per object (each object's History page, or the filters
    here) and per user; no one, superusers included, may add, change or delete an entry
    (the model refuses it too)."""

    list_display = ["when", "action", "object_label", "content_type", "who"]
    list_filter = ["action", "content_type", ("user", admin.RelatedOnlyFieldListFilter), "when"]
    search_fields = ["object_label", "action", "user_label", "object_id"]
    date_hierarchy = "when"
    list_select_related = ["user", "content_type"]
    fields = [
        "when",
        "action",
        "user",
        "user_label",
        "content_type",
        "object_id",
        "object_type",
        "object_label",
        "changes",
        "data",
    ]
    readonly_fields = fields

    @admin.display(description="User")
    def who(self, obj: AuditEntry) -> str:
        return obj.user.get_username() if obj.user else (obj.user_label or "system")

    def get_actions(self, request):
        return {}

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(PersonAlias)
class PersonAliasAdmin(ServiceModelAdmin):
    list_display = ["name", "person", "source"]
    search_fields = ["name", "person__name"]


@admin.register(QuorumGroup)
class QuorumGroupAdmin(ServiceModelAdmin):
    list_display = ["name", "terms_of_reference", "minimum"]
    list_filter = ["terms_of_reference__body"]
    search_fields = ["name"]


@admin.register(Translation)
class TranslationAdmin(admin.ModelAdmin):
    """The Welsh text of published fields, to read: it is written only through the
    workspace's Welsh forms (``moot.governance.welsh``), which check which fields may have
    Welsh and log every change (``moot.welsh.changed``)."""

    list_display = ["content_type", "object_id", "field", "language", "text"]
    list_filter = ["language", "content_type", "field"]
    search_fields = ["text"]
    readonly_fields = ["content_type", "object_id", "field", "language", "text"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
