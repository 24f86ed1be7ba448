"""Password reset that cannot be used to flood a mailbox or to learn which addresses we know.

- At most PER_ADDRESS requests per address and PER_ACCOUNT mails per account within WINDOW
  seconds. Over the address limit the form says so (that reveals nothing: every address is
  counted alike); over the account limit the mail is silently not sent.
- The request does the same work whether the address is known or not (one query), then hands the
  users found to a background thread that renders and sends the mails: the answer no longer
  waits for the mail server, which made known addresses measurably slower.
"""

import logging
import threading

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import BaseUserManager
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import throttle

PER_ADDRESS = 3
PER_ACCOUNT = 3
WINDOW = 60 * 60

log = logging.getLogger(__name__)
_threads = []


def run_in_background(func, *args, **kwargs):
    """Start `func` on a thread (not a daemon: a worker that stops lets it finish).

    With the setting PASSWORD_RESET_IN_BACKGROUND = False (the test settings) it runs at once."""
    if not getattr(settings, "PASSWORD_RESET_IN_BACKGROUND", True):
        return func(*args, **kwargs)
    _threads[:] = [thread for thread in _threads if thread.is_alive()]
    thread = threading.Thread(target=func, args=args, kwargs=kwargs, name="password-reset")
    thread.start()
    _threads.append(thread)
    return thread


def wait_for_background(timeout=10):
    """Join the threads started so far (tests, and a clean shutdown)."""
    for thread in list(_threads):
        thread.join(timeout)


class ThrottledPasswordResetForm(PasswordResetForm):
    def clean_email(self):
        email = BaseUserManager.normalize_email(self.cleaned_data["email"])
        if not throttle.allow("reset-address", email, limit=PER_ADDRESS, window=WINDOW):
            raise ValidationError(
                _(
                    "Too many password resets were asked for this address. Wait an hour, "
                    "then try again; a mail already sent stays valid."
                ),
                code="throttled",
            )
        return email

    def save(self, **kwargs):
        users = list(super().get_users(self.cleaned_data["email"]))
        run_in_background(self._send, users, kwargs)

    def _send(self, users, options):
        allowed = [
            user
            for user in users
            if throttle.allow("reset-account", user.pk, limit=PER_ACCOUNT, window=WINDOW)
        ]
        self.get_users = lambda email: iter(allowed)
        try:
            super().save(**options)
        except Exception:  # the mail server failed: log it, the user may ask again
            log.exception("A password reset mail could not be sent")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ThrottledPasswordResetForm
