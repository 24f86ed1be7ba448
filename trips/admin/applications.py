"""The admin of calls for participation and applications. Staff open and edit a call here or
on its trip's page; they review applications on the staff pages (/preparation/), which the
call's page links to. The admin shows applications read-only: decisions go through the review
page, which writes the participation and sends the mails."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from sme2go.admin_widgets import ValidAutocompletes
from trips.models import Application, ApplicationDelegate, Call

CALL_FIELDS = [
    "is_open",
    "deadline",
    "places",
    "offer",
    "sectors",
    "covered",
    "company_pays",
    "eligibility",
]


class CallInline(ValidAutocompletes, TranslationStackedInline):
    """The trip's call, on the trip's page; its texts in each language."""

    classes = ["collapse"]
    model = Call
    fields = [*CALL_FIELDS, "review_link"]
    readonly_fields = ["review_link"]
    autocomplete_fields = ["sectors"]
    extra = 0
    max_num = 1

    @admin.display(description=_("applications"))
    def review_link(self, call):
        if not call.pk:
            return "–"
        url = reverse("applications:list", kwargs={"slug": call.trip.slug})
        return format_html('<a href="{}">{}</a>', url, _("Review the applications"))


@admin.register(Call)
class CallAdmin(ValidAutocompletes, TranslationAdmin):
    list_display = ["trip", "is_open", "deadline", "places", "review_link"]
    list_filter = ["is_open"]
    list_select_related = ["trip"]
    search_fields = ["trip__title"]
    autocomplete_fields = ["trip", "sectors"]
    fields = ["trip", *CALL_FIELDS]
    review_link = CallInline.review_link


class ApplicationDelegateInline(admin.TabularInline):
    model = ApplicationDelegate
    fields = ["given_name", "family_name", "title", "email", "phone", "person"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["company_name", "call", "country", "status", "score", "submitted_at"]
    list_filter = ["status", "call"]
    list_select_related = ["call__trip"]
    search_fields = ["company_name", "business_id"]
    inlines = [ApplicationDelegateInline]
    readonly_fields = [
        "call",
        "status",
        "organisation",
        "participation",
        "company_name",
        "business_id",
        "country",
        "website",
        "sectors",
        "competences",
        "wants_to_meet",
        "wants_to_achieve",
        "language",
        "consent_text",
        "consented_at",
        "submitted_at",
        "decided_at",
    ]
    fields = [*readonly_fields, "staff_comment", "score"]

    def has_add_permission(self, request):
        return False
