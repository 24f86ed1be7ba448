"""Who of a company's people can log in, has been invited, or neither: one read for a list."""

from dataclasses import dataclass

from django.utils import timezone

from contacts.models import Membership

from .models import Invitation


@dataclass
class LoginState:
    """Where one person stands. `kind` is one of KINDS."""

    person: object
    kind: str
    user: object = None
    invitation: object = None


KINDS = ("active", "invited", "expired", "inactive", "revoked", "none", "no_email", "elsewhere")


def login_states(people, organisation, now=None):
    """{person pk: LoginState} for `people` as logins of `organisation` (two queries)."""
    now = now or timezone.now()
    people = list(people)
    users = {}
    for membership in Membership.objects.filter(organisation=organisation).select_related("user"):
        user = membership.user
        for key in (user.email, user.get_username()):
            if key:
                users[key.lower()] = user
    latest = {}
    invitations = Invitation.objects.filter(organisation=organisation, person__in=people)
    for invitation in invitations.select_related("login", "invited_by").order_by("created_at"):
        latest[invitation.person_id] = invitation  # the newest wins
    return {person.pk: _state(person, organisation, users, latest, now) for person in people}


def _state(person, organisation, users, latest, now):
    invitation = latest.get(person.pk)
    user = invitation.login if invitation and invitation.accepted_at else None
    if user is None and person.email:
        user = users.get(person.email.lower())
    if user is not None and user.is_active:
        return LoginState(person, "active", user=user, invitation=invitation)
    if invitation is not None and invitation.is_open:
        kind = invitation.status(now)  # "pending" or "expired"
        kind = "invited" if kind == Invitation.Status.PENDING else "expired"
        return LoginState(person, kind, user=user, invitation=invitation)
    if user is not None:
        return LoginState(person, "inactive", user=user, invitation=invitation)
    if person.organisation_id != organisation.pk:
        return LoginState(person, "elsewhere")
    if not person.email:
        return LoginState(person, "no_email")
    if invitation is not None and invitation.revoked_at:
        return LoginState(person, "revoked", invitation=invitation)
    return LoginState(person, "none", invitation=invitation)
