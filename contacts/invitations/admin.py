"""Admin for company logins: invitations, the logins themselves, and the user pages.

Project staff invite, send again, revoke and deactivate; they never see or set a password, and
only a superuser creates or changes staff accounts.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from contacts.models import Membership, Person
from sme2go.admin_widgets import ValidAutocompletes

from . import services
from .admin_links import safe_next
from .models import Invitation

# --- Invitations ---------------------------------------------------------------------------


class InvitationForm(forms.ModelForm):
    """Whom to invite; the checks of the sending itself run here too, to show their reason."""

    class Meta:
        model = Invitation
        fields = ["person", "organisation", "email"]
        help_texts = {
            "email": _("The link to set a password goes to this address."),
        }

    def clean(self):
        data = super().clean()
        person, organisation, email = (data.get(k) for k in ("person", "organisation", "email"))
        if person and organisation and email:
            try:
                services.check_invitable(person=person, organisation=organisation, email=email)
            except ValidationError as exc:
                self.add_error(None, exc)
        return data


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("open", _("Open")),
            ("accepted", _("Accepted")),
            ("revoked", _("Revoked")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "accepted":
            return queryset.filter(accepted_at__isnull=False)
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(Invitation)
class InvitationAdmin(ValidAutocompletes, admin.ModelAdmin):
    form = InvitationForm
    list_display = [
        "person",
        "organisation",
        "email",
        "status_display",
        "created_at",
        "invited_by",
        "accepted_at",
    ]
    list_filter = [StatusFilter, ("organisation", admin.RelatedOnlyFieldListFilter)]
    search_fields = [
        "person__given_name",
        "person__family_name",
        "person__native_name",
        "email",
        "organisation__name",
        "organisation__native_name",
    ]
    autocomplete_fields = ["person", "organisation"]
    list_select_related = ["person", "organisation", "invited_by"]
    date_hierarchy = "created_at"
    actions = ["send_again", "revoke"]
    change_form_template = "admin/contacts/invitation/change_form.html"
    fieldsets = [
        (None, {"fields": ["person", "organisation", "email", "status_display"]}),
        (_("Sending"), {"fields": ["invited_by", "created_at", "sent_at", "times_sent"]}),
        (
            _("Outcome"),
            {"fields": ["expires_at", "login", "accepted_at", "revoked_at", "revoked_by"]},
        ),
    ]
    add_fields = ["person", "organisation", "email"]

    @admin.display(description=_("status"))
    def status_display(self, obj):
        return obj.status().label

    @admin.display(description=_("link valid until"))
    def expires_at(self, obj):
        return date_format(localtime(obj.expires_at), "DATETIME_FORMAT") if obj.is_open else "—"

    def get_fieldsets(self, request, obj=None):
        return self.fieldsets if obj else [(None, {"fields": self.add_fields})]

    def get_readonly_fields(self, request, obj=None):
        return flatten_fieldsets(self.fieldsets) if obj else []

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        person_id = str(initial.get("person", ""))
        person = Person.objects.filter(pk=person_id).first() if person_id.isdigit() else None
        if person is not None:
            initial.setdefault("email", person.email)
            initial.setdefault("organisation", person.organisation_id)
        return initial

    # An invitation is a record: it is sent, sent again or revoked, never edited or deleted.
    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def has_send_permission(self, request):
        return request.user.has_perm("contacts.change_invitation")

    def save_model(self, request, obj, form, change):
        obj.invited_by = request.user
        services.invitation_send(invitation=obj, base_url=request.build_absolute_uri("/"))

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(
            request,
            _("Invitation sent to %(email)s. %(person)s chooses a password through its link.")
            % {"email": obj.email, "person": obj.person},
            messages.SUCCESS,
        )
        return redirect(
            safe_next(request) or reverse("admin:contacts_invitation_change", args=[obj.pk])
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_send": self.has_send_permission(request)}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        def view(func):
            return self.admin_site.admin_view(require_POST(func))

        return [
            path(
                "<path:object_id>/send-again/",
                view(self.send_again_view),
                name="contacts_invitation_send_again",
            ),
            path(
                "<path:object_id>/revoke/",
                view(self.revoke_view),
                name="contacts_invitation_revoke",
            ),
            *super().get_urls(),
        ]

    def send_again_view(self, request, object_id):
        return self._one(request, object_id, self.send_again)

    def revoke_view(self, request, object_id):
        return self._one(request, object_id, self.revoke)

    def _one(self, request, object_id, action):
        if not self.has_send_permission(request):
            raise PermissionDenied
        queryset = self.get_queryset(request).filter(pk=object_id)
        if not queryset.exists():
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        action(request, queryset)
        return redirect("admin:contacts_invitation_change", object_id)

    @admin.action(description=_("Send the selected invitations again"), permissions=["send"])
    def send_again(self, request, queryset):
        base_url = request.build_absolute_uri("/")
        self._apply(
            request,
            queryset,
            lambda invitation: services.invitation_send(invitation=invitation, base_url=base_url),
            lambda n: ngettext(
                "%d invitation sent again; earlier links no longer work.",
                "%d invitations sent again; earlier links no longer work.",
                n,
            ),
        )

    @admin.action(description=_("Revoke the selected invitations"), permissions=["send"])
    def revoke(self, request, queryset):
        self._apply(
            request,
            queryset,
            lambda invitation: services.invitation_revoke(
                invitation=invitation, revoked_by=request.user
            ),
            lambda n: ngettext(
                "%d invitation revoked; its link no longer works.",
                "%d invitations revoked; their links no longer work.",
                n,
            ),
        )

    def _apply(self, request, queryset, write, done):
        count = 0
        for invitation in queryset.select_related("person", "organisation"):
            try:
                write(invitation)
            except ValidationError as exc:
                self.message_user(
                    request, f"{invitation}: {' '.join(exc.messages)}", messages.WARNING
                )
            else:
                count += 1
        if count:
            self.message_user(request, done(count) % count, messages.SUCCESS)


# --- Company logins ------------------------------------------------------------------------


@admin.register(Membership)
class CompanyLoginAdmin(ValidAutocompletes, admin.ModelAdmin):
    list_display = ["user", "organisation", "email", "is_active", "last_login"]
    list_filter = ["user__is_active", ("organisation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["user__username", "user__email", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]
    actions = ["deactivate"]

    @admin.display(description=_("e-mail"), ordering="user__email")
    def email(self, obj):
        return obj.user.email

    @admin.display(description=_("active"), boolean=True, ordering="user__is_active")
    def is_active(self, obj):
        return obj.user.is_active

    @admin.display(description=_("last login"), ordering="user__last_login")
    def last_login(self, obj):
        return obj.user.last_login

    def has_deactivate_permission(self, request):
        return request.user.has_perm("contacts.deactivate_company_login")

    @admin.action(
        description=_("Deactivate the selected company logins"), permissions=["deactivate"]
    )
    def deactivate(self, request, queryset):
        count = 0
        for membership in queryset.select_related("user"):
            try:
                services.company_login_deactivate(user=membership.user, deactivated_by=request.user)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.WARNING)
            else:
                count += 1
        if count:
            self.message_user(
                request,
                ngettext(
                    "%d company login deactivated; it can no longer log in.",
                    "%d company logins deactivated; they can no longer log in.",
                    count,
                )
                % count,
                messages.SUCCESS,
            )


from . import admin_users  # noqa: E402,F401  (registers the user admin)
