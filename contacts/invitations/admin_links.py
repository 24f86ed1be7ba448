"""Links and words about company logins that several admin pages show."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _


def invite_url(*, person=None, organisation=None, email="", next_url=""):
    """The invitation form, filled in; after sending it returns to `next_url`."""
    params = {
        "person": person.pk if person else "",
        "organisation": organisation.pk if organisation else "",
        "email": email,
        "next": next_url,
    }
    query = urlencode({k: v for k, v in params.items() if v})
    return f"{reverse('admin:contacts_invitation_add')}?{query}"


def _date(value):
    return f"{value:%d %b %Y}" if value else "—"


def state_html(state, *, organisation, next_url=""):
    """A delegate's login state in words, with the one link that moves it on."""
    person, invitation, user = state.person, state.invitation, state.user
    invite = invite_url(
        person=person, organisation=organisation, email=person.email, next_url=next_url
    )
    if state.kind == "active":
        return format_html(
            '{} <a href="{}">{}</a>',
            _("Can log in as %(login)s.") % {"login": user.get_username()},
            _login_list_url(organisation),
            _("Deactivate…"),
        )
    if state.kind in ("invited", "expired"):
        text = (
            _("Invited on %(date)s by %(by)s; waiting for the invitee.")
            if state.kind == "invited"
            else _("Invited on %(date)s by %(by)s; the link has expired.")
        )
        return format_html(
            '{} <a href="{}">{}</a>',
            text % {"date": _date(invitation.created_at), "by": invitation.invited_by},
            reverse("admin:contacts_invitation_change", args=[invitation.pk]),
            _("Send again or revoke…"),
        )
    words = {
        "inactive": _("Login deactivated; an invitation lets them in again."),
        "revoked": _("Invitation revoked."),
        "none": _("Cannot log in yet."),
    }
    if state.kind in words:
        return format_html('{} <a href="{}">{}</a>', words[state.kind], invite, _("Invite…"))
    if state.kind == "no_email":
        return _("No e-mail address: add one to the person to invite them.")
    return _("Recorded at another organisation: cannot log in for this company.")


def _login_list_url(organisation):
    return (
        reverse("admin:contacts_membership_changelist")
        + "?"
        + urlencode({"organisation__id__exact": organisation.pk})
    )


def safe_next(request):
    """The ?next= address to return to, when it is one of ours."""
    url = request.GET.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if allowed else ""
