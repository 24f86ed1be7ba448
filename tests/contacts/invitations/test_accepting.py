"""The invitee's side: a signed link that sets a password once, and only before it expires."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.urls import reverse

from contacts.invitations import services
from contacts.invitations.models import VALID_FOR, Invitation
from contacts.models import Membership
from tests import factories as f

from .conftest import NEW_PASSWORD, invite, last_link, link_in, set_password

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_the_e_mail_has_the_link_in_plain_text_and_html(team, staff):
    invite(team, staff)
    [message] = mail.outbox
    assert message.to == ["kadri@alpha.example"]
    assert "Alpha Oy" in message.subject
    link = link_in(message)
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert f'href="http://testserver{link}"' in html
    assert "kadri@alpha.example" in message.body  # the login name
    assert NEW_PASSWORD not in message.body


def test_an_invitation_sets_the_password_once_and_is_refused_the_second_time(client, team, staff):
    invitation = invite(team, staff)
    link = last_link()
    page = client.get(link)
    assert page.status_code == 200
    assert "Your login name is <strong>kadri@alpha.example</strong>" in page.content.decode()

    response = set_password(client, link)
    assert response["Location"] == reverse("my:trips")
    user = User.objects.get(username="kadri@alpha.example")
    assert user.check_password(NEW_PASSWORD)
    assert (user.is_staff, user.is_superuser, user.is_active) == (False, False, True)
    assert (user.first_name, user.last_name, user.email) == ("Kadri", "Tamm", invitation.email)
    assert Membership.objects.get(user=user).organisation == team["company"]
    assert "Tallinn and Tartu" in client.get(reverse("my:trips")).content.decode()
    invitation.refresh_from_db()
    assert invitation.status() == Invitation.Status.ACCEPTED
    assert invitation.login == user

    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    assert "already used" in again.content.decode()
    assert set_password(client, link, "Another-Password-99").status_code == 410
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_an_expired_invitation_is_refused(client, team, staff, monkeypatch):
    sent_long_ago = int(time.time() - VALID_FOR.total_seconds() - 60)
    with monkeypatch.context() as patch:
        patch.setattr(
            signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(sent_long_ago)
        )
        invite(team, staff)
    link = last_link()
    response = client.get(link)
    assert response.status_code == 410
    assert "too old" in response.content.decode()
    assert set_password(client, link).status_code == 410
    assert not User.objects.filter(username="kadri@alpha.example").exists()


def test_sending_again_makes_only_the_newest_link_work(client, team, staff):
    invitation = invite(team, staff)
    first = last_link()
    services.invitation_send(invitation=invitation, base_url="http://testserver/")
    second = last_link()
    assert first != second
    assert client.get(first).status_code == 410
    assert client.get(second).status_code == 200
    invitation.refresh_from_db()
    assert invitation.times_sent == 2


def test_a_revoked_invitation_is_refused(client, team, staff):
    invitation = invite(team, staff)
    link = last_link()
    services.invitation_revoke(invitation=invitation, revoked_by=staff)
    response = client.get(link)
    assert response.status_code == 410
    assert "withdrew this invitation" in response.content.decode()


@pytest.mark.parametrize("token", ["nonsense", "WzEsICJ4Il0:1abc:forged-signature"])
def test_a_broken_or_forged_link_is_not_found(client, token):
    response = client.get(reverse("invitations:accept", args=[token]))
    assert response.status_code == 404
    assert "incomplete or wrong" in response.content.decode()


def test_a_weak_password_is_refused_with_the_reason(client, team, staff):
    invite(team, staff)
    response = set_password(client, last_link(), "kadri")
    assert response.status_code == 200
    assert "too short" in response.content.decode()
    assert not User.objects.filter(username="kadri@alpha.example").exists()


def test_an_invitation_renews_an_existing_company_login_and_keeps_its_name(client, team, staff):
    existing = f.MembershipFactory(
        user__username="alpha-kadri",
        user__email="KADRI@alpha.example",
        organisation=team["company"],
    ).user
    existing.is_active = False
    existing.save()
    invite(team, staff)
    assert "alpha-kadri" in mail.outbox[-1].body
    set_password(client, last_link())
    existing.refresh_from_db()
    assert existing.is_active and existing.check_password(NEW_PASSWORD)
    assert User.objects.filter(email__iexact="kadri@alpha.example").count() == 1


@pytest.mark.parametrize("whose", ["staff", "another company"])
def test_an_address_of_a_staff_account_or_another_company_is_never_invited(team, staff, whose):
    if whose == "staff":
        f.StaffUserFactory(username="boss", email="kadri@alpha.example")
    else:
        f.MembershipFactory(user__email="kadri@alpha.example")
    with pytest.raises(ValidationError):
        invite(team, staff)
    assert not Invitation.objects.exists()
    assert mail.outbox == []
