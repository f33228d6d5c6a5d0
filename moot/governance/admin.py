from django.contrib import admin

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
)


@admin.register(Authority)
class AuthorityAdmin(admin.ModelAdmin):
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
                ]
            },
        ),
    ]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "classification", "parent"]
    list_filter = ["classification"]
    search_fields = ["name", "short_name"]
    prepopulated_fields = {"slug": ["name"]}


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 0


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "role", "title", "on_behalf_of", "start_date", "end_date"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "honorific", "family_name", "email"]
    search_fields = ["name", "family_name", "given_name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]


class TermsInline(admin.TabularInline):
    model = TermsOfReference
    extra = 0
    fields = ["version", "approved_on", "in_force_from", "in_force_to", "quorum_minimum"]
    show_change_link = True


class StandingInviteeInline(admin.TabularInline):
    model = StandingInvitee
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "title", "organisation", "start_date", "end_date", "order"]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "classification", "parent"]
    list_filter = ["classification"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TermsInline, StandingInviteeInline]


class SectionInline(admin.TabularInline):
    model = MembershipSection
    extra = 0
    fields = ["order", "name", "cap", "voting"]
    show_change_link = True


class QuorumGroupInline(admin.TabularInline):
    model = QuorumGroup
    extra = 0
    fields = ["order", "name", "minimum", "sections", "organisations"]


@admin.register(TermsOfReference)
class TermsOfReferenceAdmin(admin.ModelAdmin):
    list_display = ["body", "version", "in_force_from", "in_force_to", "quorum_minimum"]
    list_filter = ["body", "in_force_from"]
    search_fields = ["body__name", "version"]
    date_hierarchy = "in_force_from"
    inlines = [SectionInline, QuorumGroupInline]
    filter_horizontal = ["chair_fallback_sections"]


class SeatInline(admin.TabularInline):
    model = Seat
    extra = 0
    fields = ["order", "label", "organisation", "voting"]
    show_change_link = True


@admin.register(MembershipSection)
class MembershipSectionAdmin(admin.ModelAdmin):
    list_display = ["name", "terms_of_reference", "cap", "voting"]
    list_filter = ["terms_of_reference__body", "voting"]
    search_fields = ["name"]
    inlines = [SeatInline]


@admin.register(Seat)
class SeatAdmin(admin.ModelAdmin):
    list_display = ["label", "section", "organisation", "voting"]
    list_filter = ["section__terms_of_reference__body", "section"]
    search_fields = ["label", "memberships__person__name"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "seat", "role", "start_date", "end_date"]
    list_filter = ["seat__section__terms_of_reference__body", "role", "start_date"]
    search_fields = ["person__name", "seat__label"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["person"]


@admin.register(StandingInvitee)
class StandingInviteeAdmin(admin.ModelAdmin):
    list_display = ["person", "body", "title", "start_date", "end_date"]
    list_filter = ["body", "start_date"]
    search_fields = ["person__name", "title"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["when", "action", "object_label", "user"]
    list_filter = ["action", "when"]
    search_fields = ["object_label", "action", "user"]
    date_hierarchy = "when"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "person", "source"]
    search_fields = ["name", "person__name"]


@admin.register(QuorumGroup)
class QuorumGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "terms_of_reference", "minimum"]
    list_filter = ["terms_of_reference__body"]
    search_fields = ["name"]
