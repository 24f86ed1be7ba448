"""The staff side, in the admin, as a Project staff member who is not a superuser: invite from
the trip and the participation, see the state, send again, revoke, deactivate. No password is
ever shown to or set by staff, and staff accounts stay a superuser's business."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from contacts.invitations.models import Invitation
from tests import factories as f

from .conftest import NEW_PASSWORD, invite, last_link, set_password

pytestmark = pytest.mark.django_db
User = get_user_model()


def _href(html, text):
    """The href of the link whose text is `text`."""
    match = re.search(r'<a[^>]*href="([^"]+)"[^>]*>' + re.escape(text) + "</a>", html)
    assert match, f"no link {text!r}"
    return match.group(1).replace("&amp;", "&")


def test_staff_invite_a_delegate_end_to_end_through_the_admin(client, team, staff):
    assert not staff.is_superuser
    participation = team["participation"]
    client.force_login(staff)

    trip_page = client.get(reverse("admin:trips_trip_change", args=[team["trip"].pk]))
    trip_html = trip_page.content.decode()
    assert "0 of 2 delegates can log in." in trip_html
    participation_url = _href(trip_html, "Invite…").split("#")[0]
    assert participation_url == reverse("admin:trips_participation_change", args=[participation.pk])

    page = client.get(participation_url).content.decode()
    assert "Cannot log in yet." in page  # Kadri
    assert "No e-mail address: add one to the person to invite them." in page  # Ott
    invite_url = _href(page, "Invite…")

    form = client.get(invite_url)
    assert form.status_code == 200
    assert form.context["adminform"].form.initial["email"] == "kadri@alpha.example"
    assert 'type="password"' not in form.content.decode()  # staff never set a password

    sent = client.post(
        invite_url,
        {
            "person": team["kadri"].pk,
            "organisation": team["company"].pk,
            "email": "kadri@alpha.example",
        },
        follow=True,
    )
    assert sent.redirect_chain[-1][0] == participation_url  # back where staff started
    html = sent.content.decode()
    assert "Invitation sent to kadri@alpha.example." in html
    assert "waiting for the invitee" in html
    [message] = mail.outbox
    assert message.to == ["kadri@alpha.example"]

    client.logout()
    set_password(client, last_link())
    assert client.get(reverse("my:trips")).status_code == 200  # the invitee is in

    client.force_login(staff)
    page = client.get(participation_url).content.decode()
    assert "Can log in as kadri@alpha.example." in page
    listing = client.get(reverse("admin:contacts_invitation_changelist")).content.decode()
    assert "Accepted" in listing and "Kadri Tamm" in listing
    trip_html = client.get(reverse("admin:trips_trip_change", args=[team["trip"].pk]))
    assert "1 of 2 delegates can log in." in trip_html.content.decode()


def _invite_form(client, team, email):
    data = {"person": team["kadri"].pk, "organisation": team["company"].pk, "email": email}
    return client.post(reverse("admin:contacts_invitation_add"), data).content.decode()


def test_the_invite_form_says_why_it_refuses(client, team, staff):
    f.StaffUserFactory(username="boss", email="boss@posintra.example")
    client.force_login(staff)
    assert "belongs to a staff account" in _invite_form(client, team, "boss@posintra.example")
    invite(team, staff)
    assert "was already invited on" in _invite_form(client, team, "kadri@alpha.example")
    assert Invitation.objects.count() == 1


def test_the_participation_action_invites_every_delegate_not_invited_yet(client, team, staff):
    other = f.ParticipationFactory(trip=team["trip"])
    f.DelegateFactory(participation=other, person__email="mari@beta.example")
    client.force_login(staff)
    response = client.post(
        reverse("admin:trips_participation_changelist"),
        {"action": "invite_delegates", "_selected_action": [team["participation"].pk, other.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["kadri@alpha.example", "mari@beta.example"]
    assert "Invitations sent to" in html
    assert "Not invited" in html and "Ott Saar" in html  # no e-mail address
    client.post(
        reverse("admin:trips_participation_changelist"),
        {"action": "invite_delegates", "_selected_action": [team["participation"].pk]},
    )
    assert len(mail.outbox) == 2  # nobody is invited twice


def test_staff_send_again_and_revoke_from_the_invitation_page(client, team, staff):
    invitation = invite(team, staff)
    first = last_link()
    client.force_login(staff)
    page = client.get(reverse("admin:contacts_invitation_change", args=[invitation.pk]))
    html = page.content.decode()
    assert "Send again (new link)" in html and "Revoke" in html
    assert invitation.nonce not in html

    client.post(reverse("admin:contacts_invitation_send_again", args=[invitation.pk]))
    assert len(mail.outbox) == 2
    assert client.get(first).status_code == 410

    response = client.post(
        reverse("admin:contacts_invitation_revoke", args=[invitation.pk]), follow=True
    )
    assert "1 invitation revoked" in response.content.decode()
    assert client.get(last_link()).status_code == 410
    invitation.refresh_from_db()
    assert invitation.status() == Invitation.Status.REVOKED and invitation.revoked_by == staff
    participation_page = client.get(
        reverse("admin:trips_participation_change", args=[team["participation"].pk])
    )
    assert "Invitation revoked." in participation_page.content.decode()
    # Send again and revoke are form posts; a link cannot trigger them.
    assert (
        client.get(reverse("admin:contacts_invitation_revoke", args=[invitation.pk])).status_code
        == 405
    )


def test_invitations_are_records_nobody_edits_or_deletes(client, team, staff):
    invitation = invite(team, staff)
    client.force_login(staff)
    change_url = reverse("admin:contacts_invitation_change", args=[invitation.pk])
    page = client.get(change_url)
    assert 'name="_save"' not in page.content.decode()
    client.post(change_url, {"email": "someone@else.example"})
    invitation.refresh_from_db()
    assert invitation.email == "kadri@alpha.example"
    delete = client.post(reverse("admin:contacts_invitation_delete", args=[invitation.pk]))
    assert delete.status_code == 403


def test_staff_deactivate_a_company_login(client, team, staff):
    invite(team, staff)
    set_password(client, last_link())
    user = User.objects.get(username="kadri@alpha.example")
    company_client = client.__class__()
    company_client.force_login(user)

    client.force_login(staff)
    response = client.post(
        reverse("admin:contacts_membership_changelist"),
        {"action": "deactivate", "_selected_action": [user.membership.pk]},
        follow=True,
    )
    assert "1 company login deactivated" in response.content.decode()
    user.refresh_from_db()
    assert not user.is_active
    assert company_client.get(reverse("my:trips")).status_code == 302  # logged out
    login = client.__class__().post(
        reverse("login"), {"username": user.username, "password": NEW_PASSWORD}
    )
    assert login.status_code == 200  # refused: the form comes back
    page = client.get(reverse("admin:trips_participation_change", args=[team["participation"].pk]))
    assert "Login deactivated" in page.content.decode()


def test_deactivation_never_touches_a_staff_account(client, staff):
    colleague = f.StaffUserFactory(username="colleague")
    membership = f.MembershipFactory(user=colleague)
    client.force_login(staff)
    client.post(
        reverse("admin:contacts_membership_changelist"),
        {"action": "deactivate", "_selected_action": [membership.pk]},
    )
    colleague.refresh_from_db()
    assert colleague.is_active


def test_the_user_page_offers_an_invitation_instead_of_a_reset_password_button(
    client, staff, company_a
):
    client.force_login(staff)
    page = client.get(reverse("admin:auth_user_change", args=[company_a.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "../password/" not in html
    invite_link = _href(html, "Send an invitation")
    assert client.get(invite_link).status_code == 200
    password_page = client.get(reverse("admin:auth_user_password_change", args=[company_a.pk]))
    assert password_page.status_code == 302  # back to the user, with why; not a bare 403
    assert "Staff do not set passwords" in client.get(password_page["Location"]).content.decode()

    superuser = f.UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    html = client.get(reverse("admin:auth_user_change", args=[company_a.pk])).content.decode()
    assert "../password/" in html  # a superuser still manages passwords


def test_project_staff_get_exactly_the_permissions_for_company_logins(client, staff):
    group = Group.objects.get(name="Project staff")
    granted = set(
        group.permissions.filter(content_type__model="invitation").values_list(
            "codename", flat=True
        )
    )
    assert granted == {
        "add_invitation",
        "change_invitation",
        "view_invitation",
        "deactivate_company_login",
    }
    auth = set(
        group.permissions.filter(content_type__app_label="auth").values_list("codename", flat=True)
    )
    assert auth == {"view_user"}
    memberships = set(
        group.permissions.filter(content_type__model="membership").values_list(
            "codename", flat=True
        )
    )
    assert memberships == {"view_membership"}
    client.force_login(staff)
    assert client.get(reverse("admin:auth_user_add")).status_code == 403
    assert client.get(reverse("admin:contacts_membership_add")).status_code == 403
