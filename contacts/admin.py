from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.filters import CountryFilter
from simple_history.admin import SimpleHistoryAdmin

from sme2go.admin_widgets import ValidAutocompletes

from . import exporting
from .filters import search_people
from .invitations import admin as invitations_admin  # noqa: F401  (invitations, company logins)
from .models import (
    PERSON_SEARCH_FIELDS,
    ExportLog,
    Membership,
    MergeRecord,
    Organisation,
    Person,
    Sector,
)
from .paging import CappedPaginator


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class PersonInline(admin.TabularInline):
    model = Person
    fields = ["given_name", "family_name", "native_name", "title", "email", "phone"]
    extra = 0
    show_change_link = True
    # Above this many people the organisation's page links to them instead of listing them
    # all as a form (20,000 rows of inputs is a page no browser wants).
    max_listed = 100


class MembershipInline(ValidAutocompletes, admin.TabularInline):
    model = Membership
    autocomplete_fields = ["user"]
    extra = 0
    verbose_name_plural = _("Logins representing this organisation")


@admin.register(Organisation)
class OrganisationAdmin(ValidAutocompletes, SimpleHistoryAdmin):
    list_display = ["name", "native_name", "kind", "country", "city", "is_public"]
    list_filter = ["kind", ("country", CountryFilter), "is_public", "sectors"]
    search_fields = ["name", "native_name", "city", "slug", "business_id"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["sectors"]
    inlines = [PersonInline, MembershipInline]
    readonly_fields = ["people_link"]
    fieldsets = [
        (None, {"fields": ["name", "native_name", "slug", "kind", "is_public", "people_link"]}),
        (_("Where"), {"fields": ["country", "city", "website", "business_id"]}),
        (_("What it does"), {"fields": ["sectors", "competences", "description"]}),
    ]

    def get_inlines(self, request, obj):
        if obj is not None and self._people_count(obj) > PersonInline.max_listed:
            return [MembershipInline]
        return self.inlines

    def _people_count(self, obj):
        if not hasattr(obj, "_people_count"):
            obj._people_count = obj.people.count()
        return obj._people_count

    @admin.display(description=_("people"))
    def people_link(self, obj):
        if obj.pk is None:
            return "—"
        count = self._people_count(obj)
        url = reverse("admin:contacts_person_changelist") + f"?organisation__id__exact={obj.pk}"
        return format_html(
            '<a href="{}">{}</a>',
            url,
            ngettext("%(count)s person", "%(count)s people", count) % {"count": f"{count:,}"},
        )


class OrganisationCountryFilter(admin.SimpleListFilter):
    """Countries that organisations are in (not a DISTINCT over every person, which reads a
    million rows on each page view)."""

    title = _("country")
    parameter_name = "organisation__country"

    def lookups(self, request, model_admin):
        codes = Organisation.objects.order_by().values_list("country", flat=True).distinct()
        return sorted(((code, countries.name(code)) for code in codes), key=lambda c: str(c[1]))

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(organisation__country=self.value())
        return queryset


class AdminPaginator(CappedPaginator):
    cap = 1000  # the admin says how many in figures only; above this, the estimate


@admin.register(Person)
class PersonAdmin(ValidAutocompletes, SimpleHistoryAdmin):
    # At a million people: no full count per page view (an estimate above 10,000), no date
    # hierarchy (a DISTINCT over every row), the sort the index serves, the search of the
    # staff directory (trigram indexes) instead of icontains.
    paginator = AdminPaginator
    list_per_page = 50
    show_full_result_count = False
    ordering = ["family_name", "given_name", "pk"]
    list_display = [
        "display_name",
        "title",
        "organisation_name",
        "email",
        "phone",
        "lawful_basis",
        "do_not_contact",
    ]
    list_filter = [
        "organisation__kind",
        OrganisationCountryFilter,
        "lawful_basis",
        "do_not_contact",
        "created_at",
    ]
    search_fields = PERSON_SEARCH_FIELDS
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]
    fieldsets = [
        (None, {"fields": ["given_name", "family_name", "native_name", "title", "organisation"]}),
        (
            _("How to reach"),
            {"fields": ["email", "phone", "messaging_id", "preferred_language", "do_not_contact"]},
        ),
        (
            _("Data protection"),
            {"fields": ["lawful_basis", "lawful_basis_source", "lawful_basis_date"]},
        ),
        (_("Notes"), {"fields": ["notes"]}),
    ]

    actions = ["export_csv", "merge_two"]

    def lookup_allowed(self, lookup, value, request=None):
        # the organisation page's link to its people
        return lookup == "organisation__id__exact" or super().lookup_allowed(lookup, value, request)

    def get_search_results(self, request, queryset, search_term):
        from .views import SEARCH_CANDIDATES

        return search_people(queryset, search_term, candidates=SEARCH_CANDIDATES), False

    @admin.display(description=_("organisation"), ordering="organisation__name")
    def organisation_name(self, obj):
        return obj.organisation.name if obj.organisation else "—"

    @admin.display(description=_("name"), ordering="family_name")
    def display_name(self, obj):
        return obj.display_name

    def has_export_permission(self, request):
        return request.user.has_perm("contacts.export_person")

    @admin.action(description=_("Export selected as CSV"), permissions=["export"])
    def export_csv(self, request, queryset):
        """The same columns and the same injection-safe writer as /contacts/export.csv."""
        queryset = queryset.order_by("family_name", "given_name", "pk")
        exporting.log_export(
            user=request.user,
            fmt=ExportLog.Format.ADMIN_CSV,
            filters={"selected": sorted(queryset.values_list("pk", flat=True))},
            row_count=queryset.count(),
        )
        filename = exporting.export_filename("selected", "csv")
        return exporting.csv_export(queryset, filename=filename)

    def has_merge_permission(self, request):
        return request.user.has_perms(["contacts.change_person", "contacts.delete_person"])

    @admin.action(description=_("Merge the two selected people"), permissions=["merge"])
    def merge_two(self, request, queryset):
        pks = sorted(queryset.values_list("pk", flat=True))
        if len(pks) != 2:
            self.message_user(
                request, _("Select exactly two people to merge."), level=messages.WARNING
            )
            return None
        return redirect("contacts:merge", first=pks[0], second=pks[1])


class ReadOnlyLogAdmin(admin.ModelAdmin):
    """Written by the application only: staff read it, nobody edits or deletes it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExportLog)
class ExportLogAdmin(ReadOnlyLogAdmin):
    list_display = ["created_at", "user", "format", "row_count", "filters"]
    list_filter = ["format", "created_at"]
    search_fields = ["user__username", "user__email"]
    list_select_related = ["user"]
    date_hierarchy = "created_at"


@admin.register(MergeRecord)
class MergeRecordAdmin(ReadOnlyLogAdmin):
    list_display = ["merged_at", "merged_name", "merged_person_id", "survivor", "merged_by"]
    search_fields = [
        "merged_name",
        "survivor__given_name",
        "survivor__family_name",
        "survivor__native_name",
    ]
    list_select_related = ["survivor__organisation", "merged_by"]
    date_hierarchy = "merged_at"
