"""Django's user admin, without a "Reset password" button for staff who may not use it."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from contacts.models import Membership, Person

from .admin_links import invite_url

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Django's user admin; staff who may only view users see how a login gets a password
    instead of a "Reset password" button that would refuse them."""

    readonly_fields = [*DjangoUserAdmin.readonly_fields, "password_note"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        swap = {"password": "password_note"}
        return [
            (name, {**opts, "fields": [swap.get(f, f) for f in opts["fields"]]})
            for name, opts in fieldsets
        ]

    @admin.display(description=_("Password"))
    def password_note(self, obj):
        if obj.is_staff or obj.is_superuser:
            return _("Only a superuser can change a staff account or its password.")
        membership = Membership.objects.select_related("organisation").filter(user=obj).first()
        if membership is None:
            return _("This login represents no company.")
        person = (
            Person.objects.filter(
                organisation=membership.organisation, email__iexact=obj.email
            ).first()
            if obj.email
            else None
        )
        return format_html(
            '{} <a class="button" href="{}">{}</a>',
            _(
                "Company logins choose their own password. If this person cannot log in "
                "(forgotten password, deactivated login), send an invitation: the link in it "
                "lets them set a new password."
            ),
            invite_url(
                person=person,
                organisation=membership.organisation,
                email=obj.email,
                next_url=reverse("admin:auth_user_change", args=[obj.pk]),
            ),
            _("Send an invitation"),
        )

    def user_change_password(self, request, id, form_url=""):
        if not self.has_change_permission(request):
            self.message_user(
                request,
                _("Staff do not set passwords: company logins set theirs through an invitation."),
                messages.INFO,
            )
            return redirect("admin:auth_user_change", id)
        return super().user_change_password(request, id, form_url)
