"""The invitation link: signed with the site's secret key, expiring, and good for one use.

The token carries the invitation's id and its current nonce, signed with a timestamp. It is
refused when the signature is wrong, when it is older than VALID_FOR, and when the nonce is no
longer the invitation's (sent again, used, or revoked).
"""

import secrets

from django.core import signing

from .models import VALID_FOR, Invitation

SALT = "contacts.invitations"


def new_nonce():
    return secrets.token_urlsafe(24)


def make_token(invitation):
    return signing.dumps([invitation.pk, invitation.nonce], salt=SALT)


def read_token(token):
    """(invitation, problem): problem is None, "invalid", "expired", "used" or "revoked"."""
    try:
        pk, nonce = signing.loads(token, salt=SALT, max_age=VALID_FOR)
    except signing.SignatureExpired:
        return None, "expired"
    except (signing.BadSignature, ValueError, TypeError):
        return None, "invalid"
    invitation = Invitation.objects.select_related("person", "organisation").filter(pk=pk).first()
    if invitation is None:
        return None, "invalid"
    if invitation.accepted_at:
        return invitation, "used"
    if invitation.revoked_at:
        return invitation, "revoked"
    if not nonce or not secrets.compare_digest(str(nonce), invitation.nonce):
        return invitation, "expired"  # an older link: the invitation was sent again since
    return invitation, None
