"""Rows for company logins by invitation: the invitee's page (anyone holding the link) and the
admin pages staff use to invite, send again, revoke and deactivate."""

from contacts.invitations import services
from contacts.invitations.tokens import make_token
from tests import factories as f
from tests.matrix import ADMIN_LOGIN, NOT_FOUND, OK, Row, everyone

GONE = 410
REDIRECT = 302


def _invitation(world):
    company = world["lead_a"].company
    participation = world["published"].participations.get(company=company)
    delegate = f.DelegateFactory(
        participation=participation, person__organisation=company, person__email="d@alpha.example"
    )
    staff = f.StaffUserFactory(username="inviter")
    return services.invitation_create(
        person=delegate.person,
        organisation=company,
        email=delegate.person.email,
        invited_by=staff,
        base_url="http://testserver/",
    )


def _token(world):
    return {"token": make_token(_invitation(world))}


def _used_token(world):
    invitation = _invitation(world)
    token = make_token(invitation)
    services.invitation_accept(invitation=invitation, password="Used-once-already-1")
    return {"token": token}


def _object(world):
    return {"object_id": _invitation(world).pk}


def _company_login(world, key="object_id"):
    return {key: f.MembershipFactory(organisation=world["lead_a"].company).user.pk}


def _participation(world):
    return {"object_id": world["published"].participations.first().pk}


def admin_page(staff=OK):
    """Admin pages: everyone but staff is sent to the admin's login page."""
    return {**everyone(ADMIN_LOGIN), "staff": staff}


ROWS = [
    # The link is the key: whoever holds it may open it, logged in or not.
    Row("invitations:accept", _token, everyone(OK), "valid"),
    Row("invitations:accept", _used_token, everyone(GONE), "used"),
    Row("invitations:accept", {"token": "not-a-signed-token"}, everyone(NOT_FOUND), "forged"),
    Row("admin:contacts_invitation_changelist", {}, admin_page()),
    Row("admin:contacts_invitation_add", {}, admin_page()),
    Row("admin:contacts_invitation_change", _object, admin_page()),
    Row("admin:contacts_invitation_send_again", _object, admin_page(REDIRECT), method="post"),
    Row("admin:contacts_invitation_revoke", _object, admin_page(REDIRECT), method="post"),
    Row("admin:contacts_invitation_delete", _object, admin_page(403), method="post"),
    Row("admin:contacts_membership_changelist", {}, admin_page()),
    Row("admin:trips_participation_change", _participation, admin_page()),
    Row("admin:auth_user_change", _company_login, admin_page()),
    # Staff are sent back to the user's page with the invitation offer, not refused bare.
    Row(
        "admin:auth_user_password_change",
        lambda world: _company_login(world, key="id"),
        # Without permissions the user's page it sends to refuses them (403) in turn.
        admin_page(REDIRECT) | {"staff_no_perms": REDIRECT},
        "company",
    ),
    Row("admin:auth_user_add", {}, admin_page(403)),
]
