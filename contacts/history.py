"""Change history for company logins (Membership): who was made the login of which company,
and when that changed. Registered from ContactsConfig.ready(); Person and Organisation declare
their history on the model."""

from simple_history import register

from .models import Membership

if not hasattr(Membership, "history"):
    register(Membership)
