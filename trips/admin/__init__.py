from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTimeWidget
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.filters import CountryFilter
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from sme2go.admin_widgets import ValidAutocompletes
from trips.models import (
    Agreement,
    Delegate,
    Lead,
    Match,
    Meeting,
    MeetingAttendee,
    MeetingCounterpart,
    MeetingPerson,
    Need,
    Participation,
    Place,
    Programme,
    Recognition,
    RecognitionAwarder,
    Trip,
    TripOrganiser,
    Visit,
)
from trips.services.matches import matches_propose
from trips.services.trips import trip_publish, trip_withdraw

from .applications import CallInline
from .attendance import (
    MeetingAttendanceMixin,
    MeetingDelegateInline,
    MeetingRowForm,
    TripDelegatesFormSet,
)
from .field_notes import MeetingNoteInline
from .forms import PlaceAdminForm, TripAdminForm
from .invitations import DelegateLoginsMixin, ParticipationLoginsColumn
from .practical import PracticalNotesInline
from .widgets import FilledInAddMixin

# Times are entered and shown as 09:00, not 09:00:00.
SHORT_TIMES = {models.TimeField: {"widget": AdminTimeWidget(format="%H:%M")}}


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "website"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


# --- Trip and its inlines ------------------------------------------------------------------
class TripOrganiserInline(ValidAutocompletes, admin.TabularInline):
    classes = ["collapse"]  # the trip page folds its lists away: it fits the screen
    model = TripOrganiser
    autocomplete_fields = ["organisation"]
    extra = 0


class ParticipationInline(
    ValidAutocompletes, FilledInAddMixin, ParticipationLoginsColumn, admin.TabularInline
):
    classes = ["collapse"]
    model = Participation
    fields = ["company", "goals"]
    autocomplete_fields = ["company"]
    extra = 0
    show_change_link = True


class VisitInline(ValidAutocompletes, admin.TabularInline):
    classes = ["collapse"]
    formfield_overrides = SHORT_TIMES
    model = Visit
    fields = ["date", "start_time", "end_time", "place", "title"]
    autocomplete_fields = ["place"]
    extra = 0
    show_change_link = True


class MeetingInline(ValidAutocompletes, TranslationTabularInline):
    classes = ["collapse"]
    formfield_overrides = SHORT_TIMES
    model = Meeting
    form = MeetingRowForm  # with the delegates who attended, picked among the trip's
    formset = TripDelegatesFormSet
    fields = ["date", "start_time", "title", "place", "attending_delegates"]
    autocomplete_fields = ["place"]
    extra = 0
    show_change_link = True

    class Media:
        css = {"all": ["css/admin-staff.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("delegate_links")


class NeedInline(ValidAutocompletes, TranslationTabularInline):
    classes = ["collapse"]
    model = Need
    fields = ["title", "host", "place"]
    autocomplete_fields = ["host", "place"]
    extra = 0
    show_change_link = True


class RecognitionInline(ValidAutocompletes, TranslationTabularInline):
    classes = ["collapse"]
    model = Recognition
    fields = ["kind", "title", "recipient", "date"]
    autocomplete_fields = ["recipient"]
    extra = 0
    show_change_link = True


@admin.register(Trip)
class TripAdmin(ValidAutocompletes, TranslationAdmin, SimpleHistoryAdmin):
    form = TripAdminForm  # time zone from the destination country, status from the dates
    list_display = [
        "title",
        "programme",
        "start_date",
        "end_date",
        "destination_country",
        "destination_region",
        "status",
        "is_published",
    ]
    list_filter = ["status", "is_published", "programme", ("destination_country", CountryFilter)]
    search_fields = ["title", "slug", "destination_region", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["programme"]
    list_select_related = ["programme"]
    date_hierarchy = "start_date"
    readonly_fields = ["published_at"]
    inlines = [
        CallInline,
        TripOrganiserInline,
        ParticipationInline,
        VisitInline,
        MeetingInline,
        NeedInline,
        RecognitionInline,
        PracticalNotesInline,
    ]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["programme", "title", "slug", "status"]}),
        (
            _("When and where"),
            {
                "fields": [
                    "start_date",
                    "end_date",
                    "time_zone",
                    "destination_country",
                    "destination_region",
                ]
            },
        ),
        (
            _("Report"),
            {"fields": ["language", "summary", "report", "is_published", "published_at"]},
        ),
    ]

    def save_model(self, request, obj, form, change):
        if obj.is_published:
            obj.publish()  # keeps the first publication time, sets it if missing
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected trips' reports"), permissions=["change"])
    def publish(self, request, queryset):
        trips = list(queryset.filter(is_published=False))
        for trip in trips:
            trip_publish(trip=trip)
        count = len(trips)
        self.message_user(
            request,
            ngettext("%d trip published.", "%d trips published.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw the selected trips' reports"), permissions=["change"])
    def unpublish(self, request, queryset):
        trips = list(queryset.filter(is_published=True))
        for trip in trips:
            trip_withdraw(trip=trip)
        count = len(trips)
        self.message_user(
            request,
            ngettext("%d trip withdrawn.", "%d trips withdrawn.", count) % count,
            messages.SUCCESS,
        )


class DelegateInline(ValidAutocompletes, admin.TabularInline):
    model = Delegate
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Participation)
class ParticipationAdmin(
    ValidAutocompletes, FilledInAddMixin, DelegateLoginsMixin, admin.ModelAdmin
):
    list_display = ["company", "trip", "feedback_given"]
    list_filter = ["trip", ("company__country", CountryFilter)]
    search_fields = ["company__name", "company__native_name", "trip__title", "goals", "feedback"]
    autocomplete_fields = ["trip", "company"]
    list_select_related = ["company", "trip"]
    inlines = [DelegateInline]

    @admin.display(description=_("feedback"), boolean=True)
    def feedback_given(self, obj):
        return bool(obj.feedback)


@admin.register(Place)
class PlaceAdmin(ValidAutocompletes, admin.ModelAdmin):
    form = PlaceAdminForm  # the area in hectares or km²
    list_display = ["name", "native_name", "kind", "parent", "country", "area_display"]
    list_filter = ["kind", ("country", CountryFilter)]
    search_fields = ["name", "native_name", "parent__name"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Visit)
class VisitAdmin(ValidAutocompletes, admin.ModelAdmin):
    formfield_overrides = SHORT_TIMES
    list_display = ["date", "start_time", "place", "title", "trip"]
    list_filter = ["trip"]
    search_fields = ["title", "place__name", "place__native_name", "trip__title"]
    autocomplete_fields = ["trip", "place"]
    list_select_related = ["trip", "place__parent"]
    date_hierarchy = "date"


class MeetingCounterpartInline(ValidAutocompletes, admin.TabularInline):
    model = MeetingCounterpart
    autocomplete_fields = ["organisation"]
    extra = 0


class MeetingPersonInline(ValidAutocompletes, admin.TabularInline):
    model = MeetingPerson
    autocomplete_fields = ["person"]
    extra = 0


class MeetingAttendeeInline(ValidAutocompletes, FilledInAddMixin, admin.TabularInline):
    model = MeetingAttendee
    autocomplete_fields = ["company"]
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(
    MeetingAttendanceMixin, ValidAutocompletes, TranslationAdmin, SimpleHistoryAdmin
):
    formfield_overrides = SHORT_TIMES
    list_display = ["date", "start_time", "title", "trip", "place"]
    list_filter = ["trip"]
    search_fields = [
        "title",
        "public_summary",
        "internal_notes",
        "counterpart_organisations__name",
        "counterpart_organisations__native_name",
        "counterpart_persons__family_name",
        "counterpart_persons__native_name",
    ]
    autocomplete_fields = ["trip", "visit", "place"]
    list_select_related = ["trip", "place__parent"]
    date_hierarchy = "date"
    inlines = [
        MeetingCounterpartInline,
        MeetingPersonInline,
        MeetingDelegateInline,
        MeetingAttendeeInline,
        MeetingNoteInline,
    ]
    fieldsets = [
        (None, {"fields": ["trip", "title", "date", "start_time", "end_time", "visit", "place"]}),
        (_("What happened"), {"fields": ["public_summary", "internal_notes", "outcome"]}),
    ]


@admin.register(Agreement)
class AgreementAdmin(ValidAutocompletes, FilledInAddMixin, TranslationAdmin, SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "status", "signed_date", "trip", "is_public"]
    list_filter = ["kind", "status", "is_public", "trip"]
    search_fields = [
        "title",
        "summary",
        "company__name",
        "counterpart__name",
        "counterpart__native_name",
    ]
    autocomplete_fields = ["company", "counterpart", "trip", "meeting"]
    list_select_related = ["company", "counterpart", "trip"]
    date_hierarchy = "signed_date"


@admin.register(Lead)
class LeadAdmin(ValidAutocompletes, FilledInAddMixin, admin.ModelAdmin):
    list_display = ["__str__", "trip", "status", "due_date", "owner", "next_step"]
    list_filter = ["status", "trip", "owner"]
    search_fields = [
        "company__name",
        "counterpart__name",
        "counterpart__native_name",
        "next_step",
        "notes",
    ]
    autocomplete_fields = [
        "trip",
        "company",
        "counterpart",
        "counterpart_person",
        "meeting",
        "owner",
        "agreement",
    ]
    list_select_related = ["company", "counterpart", "trip", "owner"]
    date_hierarchy = "due_date"


class MatchInline(ValidAutocompletes, FilledInAddMixin, admin.TabularInline):
    model = Match
    fields = ["company", "status", "reason"]
    autocomplete_fields = ["company"]
    extra = 0


@admin.register(Need)
class NeedAdmin(ValidAutocompletes, TranslationAdmin):
    list_display = ["title", "host", "place", "trip"]
    list_filter = ["trip", "sectors"]
    search_fields = ["title", "description", "host__name", "host__native_name", "place__name"]
    autocomplete_fields = ["trip", "host", "place", "sectors"]
    list_select_related = ["host", "place__parent", "trip"]
    inlines = [MatchInline]
    actions = ["propose_matches"]

    @admin.action(
        description=_("Propose matches among the trip's companies"), permissions=["change"]
    )
    def propose_matches(self, request, queryset):
        created = sum(matches_propose(need=need).created for need in queryset)
        self.message_user(
            request,
            ngettext("%d match proposed.", "%d matches proposed.", created) % created,
            messages.SUCCESS,
        )


@admin.register(Match)
class MatchAdmin(ValidAutocompletes, admin.ModelAdmin):
    list_display = ["need", "company", "status", "score"]
    list_filter = ["status", "need__trip"]
    search_fields = ["need__title", "company__name", "reason"]
    autocomplete_fields = ["need", "company"]
    list_select_related = ["need", "company"]


class RecognitionAwarderInline(ValidAutocompletes, admin.TabularInline):
    model = RecognitionAwarder
    autocomplete_fields = ["organisation"]
    extra = 0


@admin.register(Recognition)
class RecognitionAdmin(ValidAutocompletes, TranslationAdmin):
    list_display = ["title", "recipient", "kind", "date", "trip"]
    list_filter = ["kind", "trip"]
    search_fields = ["title", "reason", "recipient__name", "recipient__native_name"]
    autocomplete_fields = ["trip", "recipient"]
    list_select_related = ["recipient", "trip"]
    date_hierarchy = "date"
    inlines = [RecognitionAwarderInline]
