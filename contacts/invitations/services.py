"""Writes for company logins: invite, send again, revoke, accept, deactivate.

Staff never handle a password: the invitee chooses it on the page the e-mailed link opens.
"""

from urllib.parse import urljoin

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Membership

from .models import Invitation
from .tokens import make_token, new_nonce


def existing_login(*, email, organisation):
    """The login an invitation to `email` for `organisation` would give a password to, or None.

    Refused (ValidationError) when the address belongs to a staff account, to another company's
    login, or to several logins: an invitation never turns into a way into someone else's account.
    """
    users = list(
        get_user_model()
        .objects.filter(Q(username__iexact=email) | Q(email__iexact=email))
        .select_related("membership__organisation")
    )
    if len(users) > 1:
        raise ValidationError(
            _("Several logins use %(email)s; ask an administrator to sort them out.")
            % {"email": email}
        )
    if not users:
        return None
    user = users[0]
    if user.is_staff or user.is_superuser:
        raise ValidationError(
            _("%(email)s belongs to a staff account; only a superuser manages staff accounts.")
            % {"email": email}
        )
    membership = getattr(user, "membership", None)
    if membership is not None and membership.organisation_id != organisation.pk:
        raise ValidationError(
            _("%(email)s is already the login of another company (%(company)s).")
            % {"email": email, "company": membership.organisation}
        )
    return user


def check_invitable(*, person, organisation, email, invitation=None):
    """Raise ValidationError when `person` may not be invited to log in for `organisation`."""
    open_ones = Invitation.objects.open().filter(person=person, organisation=organisation)
    if invitation is not None and invitation.pk:
        open_ones = open_ones.exclude(pk=invitation.pk)
    earlier = open_ones.first()
    if earlier is not None:
        raise ValidationError(
            _("%(person)s was already invited on %(date)s; send that invitation again instead.")
            % {"person": person, "date": f"{timezone.localtime(earlier.created_at):%d %b %Y}"}
        )
    login = existing_login(email=email, organisation=organisation)
    if login is None:
        _check_usable_as_user_name(email.lower())
    return login


def _check_usable_as_user_name(name):
    User = get_user_model()
    try:
        User.username_validator(name)
        if len(name) > User._meta.get_field(User.USERNAME_FIELD).max_length:
            raise ValidationError("too long")
    except ValidationError as exc:
        raise ValidationError(
            _("%(email)s cannot serve as a login name; use another address.") % {"email": name}
        ) from exc


@transaction.atomic
def invitation_create(*, person, organisation, email, invited_by, base_url):
    """Invite `person` of `organisation` by e-mail: store the invitation and send the link."""
    invitation = Invitation(
        person=person, organisation=organisation, email=email, invited_by=invited_by
    )
    return invitation_send(invitation=invitation, base_url=base_url)


@transaction.atomic
def invitation_send(*, invitation, base_url):
    """Send an open invitation (again): a new link, valid from now; earlier links stop working.

    `invitation` may be unsaved (a new invitation); `base_url` is the site's address, e.g.
    request.build_absolute_uri("/"), for the link in the e-mail.
    """
    if not invitation.is_open:
        raise ValidationError(_("This invitation was accepted or revoked; invite again instead."))
    invitation.email = invitation.email.strip()
    login = check_invitable(
        person=invitation.person,
        organisation=invitation.organisation,
        email=invitation.email,
        invitation=invitation,
    )
    invitation.login = login
    invitation.nonce = new_nonce()
    invitation.sent_at = timezone.now()
    invitation.times_sent += 1
    invitation.full_clean()
    invitation.save()
    _mail(invitation, base_url)  # a failure rolls the sending back: staff see it did not go
    return invitation


def _mail(invitation, base_url):
    url = urljoin(base_url, reverse("invitations:accept", args=[make_token(invitation)]))
    context = {
        "invitation": invitation,
        "person": invitation.person,
        "company": invitation.organisation,
        "url": url,
        "login_name": login_name(invitation),
        "expires_at": invitation.expires_at,
    }
    subject = render_to_string("contacts/invitations/email/subject.txt", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=render_to_string("contacts/invitations/email/body.txt", context),
        to=[invitation.email],
    )
    message.attach_alternative(
        render_to_string("contacts/invitations/email/body.html", context), "text/html"
    )
    message.send()


def login_name(invitation):
    """The user name the invitee logs in with: the existing login's, or the e-mail address."""
    return invitation.login.get_username() if invitation.login else invitation.email.lower()


@transaction.atomic
def invitation_revoke(*, invitation, revoked_by):
    """The link stops working; the invitation stays on record as revoked."""
    if invitation.accepted_at:
        raise ValidationError(_("This invitation was already accepted; deactivate the login."))
    if invitation.revoked_at:
        return invitation
    invitation.revoked_at = timezone.now()
    invitation.revoked_by = revoked_by
    invitation.nonce = ""
    invitation.save(update_fields=["revoked_at", "revoked_by", "nonce"])
    return invitation


def login_candidate(invitation):
    """The user the invitee's password is for: the existing login, or a new, unsaved one."""
    user = existing_login(email=invitation.email, organisation=invitation.organisation)
    if user is not None:
        return user
    person = invitation.person
    return get_user_model()(
        username=invitation.email.lower(),
        email=invitation.email,
        first_name=person.given_name[:150],
        last_name=person.family_name[:150],
    )


@transaction.atomic
def invitation_accept(*, invitation, password):
    """Use the invitation once: the login gets `password`, is active, and represents the company.

    The caller has checked the link (tokens.read_token); the invitation is locked and checked
    again here, so that two submissions of one link cannot both succeed."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_open:
        raise ValidationError(_("This invitation was already used or revoked."))
    user = login_candidate(invitation)
    user.is_active = True
    user.set_password(password)
    if user._state.adding:
        user.full_clean(exclude=["password"])
    user.save()
    Membership.objects.get_or_create(user=user, defaults={"organisation": invitation.organisation})
    invitation.login = user
    invitation.accepted_at = timezone.now()
    invitation.nonce = ""
    invitation.save(update_fields=["login", "accepted_at", "nonce"])
    return user


@transaction.atomic
def company_login_deactivate(*, user, deactivated_by):
    """The company login can no longer log in; its open invitations are revoked with it."""
    if user.is_staff or user.is_superuser:
        raise ValidationError(_("Only a superuser manages staff accounts."))
    if not Membership.objects.filter(user=user).exists():
        raise ValidationError(_("%(user)s is no company login.") % {"user": user})
    user.is_active = False
    user.save(update_fields=["is_active"])
    Invitation.objects.open().filter(login=user).update(
        revoked_at=timezone.now(), revoked_by=deactivated_by, nonce=""
    )
    return user
