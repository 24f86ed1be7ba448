"""Letting a participant company in, from its participation in a trip.

Mixed into the trip admin's participation inline (a column: how many delegates can log in) and
into the participation admin (a table of the delegates' logins with the link that moves each
on, and an action that invites every delegate who cannot log in yet). The invitations
themselves live in contacts.invitations.
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from contacts.invitations import services
from contacts.invitations.admin_links import state_html
from contacts.invitations.logins import login_states


def _participation_url(participation):
    return reverse("admin:trips_participation_change", args=[participation.pk])


class ParticipationLoginsColumn:
    """For the participation inline: "1 of 2 delegates can log in", linking to the details."""

    def get_fields(self, request, obj=None):
        return [*super().get_fields(request, obj), "logins"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "logins"]

    @admin.display(description=_("company logins"))
    def logins(self, participation):
        if not participation.pk:
            return "—"
        states = login_states(participation.delegates.all(), participation.company).values()
        active = sum(state.kind == "active" for state in states)
        return format_html(
            '{} <a href="{}#delegate-logins">{}</a>',
            _("%(active)s of %(all)s delegates can log in.")
            % {"active": active, "all": len(states)},
            _participation_url(participation),
            _("Invite…"),
        )


class DelegateLoginsMixin:
    """For the participation admin: the delegates' logins, and inviting them."""

    actions = ["invite_delegates"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "delegate_logins"]

    @admin.display(description=_("company logins of the delegates"))
    def delegate_logins(self, participation):
        if not participation.pk:
            return _("Save the participation and add its delegates first.")
        people = list(participation.delegates.select_related("organisation"))
        if not people:
            return _("No delegates yet: add them below, save, then invite them.")
        company, back = participation.company, _participation_url(participation)
        states = login_states(people, company)
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    person,
                    person.email or "—",
                    state_html(
                        states[person.pk], organisation=participation.company, next_url=back
                    ),
                )
                for person in people
            ),
        )
        return format_html(
            '<table id="delegate-logins"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr>'
            "</thead><tbody>{}</tbody></table>",
            _("Delegate"),
            _("E-mail"),
            _("Login"),
            rows,
        )

    def has_invite_permission(self, request):
        return request.user.has_perm("contacts.add_invitation")

    @admin.action(
        description=_("Invite the delegates of the selected participations to log in"),
        permissions=["invite"],
    )
    def invite_delegates(self, request, queryset):
        """Invites every delegate who was never invited and has an e-mail address; an expired
        invitation is sent again. Deactivated logins and revoked invitations are left alone:
        someone decided that; the delegate table invites them one by one."""
        base_url = request.build_absolute_uri("/")
        sent, skipped = [], []
        for participation in queryset.select_related("company"):
            company = participation.company
            people = participation.delegates.select_related("organisation")
            for state in login_states(people, company).values():
                try:
                    if state.kind == "none":
                        services.invitation_create(
                            person=state.person,
                            organisation=company,
                            email=state.person.email,
                            invited_by=request.user,
                            base_url=base_url,
                        )
                    elif state.kind == "expired":
                        services.invitation_send(invitation=state.invitation, base_url=base_url)
                    else:
                        skipped.append(state.person)
                        continue
                except ValidationError as exc:
                    self.message_user(
                        request, f"{state.person}: {' '.join(exc.messages)}", messages.WARNING
                    )
                else:
                    sent.append(state.person)
        self._report(request, sent, skipped)

    def _report(self, request, sent, skipped):
        if sent:
            names = ", ".join(str(person) for person in sent)
            self.message_user(
                request,
                ngettext(
                    "Invitation sent to %(names)s.", "Invitations sent to %(names)s.", len(sent)
                )
                % {"names": names},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                _(
                    "Not invited (they can log in, are invited already, were revoked, or have "
                    "no e-mail address): %(names)s."
                )
                % {"names": ", ".join(str(person) for person in skipped)},
                messages.INFO,
            )
