"""The mails to an applicant: received, accepted, wait-listed, declined, withdrawn.

Each goes to the application's contact (its first delegate) in the language the company
applied in. A mail server that fails is logged: the application or decision stays recorded
and staff can write to the applicant by hand.
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)

SUBJECTS = {
    "received": lambda trip: _("We received your application to %(trip)s") % {"trip": trip},
    "accepted": lambda trip: _("Welcome to %(trip)s") % {"trip": trip},
    "waitlisted": lambda trip: _("You are on the wait-list for %(trip)s") % {"trip": trip},
    "declined": lambda trip: _("Your application to %(trip)s") % {"trip": trip},
    "withdrawn": lambda trip: _("Your participation in %(trip)s is cancelled") % {"trip": trip},
}


def send_application_mail(application, kind):
    contact = application.contact
    if contact is None or kind not in SUBJECTS:
        return
    trip = application.call.trip
    with translation.override(application.language or None):
        subject = SUBJECTS[kind](trip.title)
        body = render_to_string(
            f"trips/applications/mail/{kind}.txt",
            {"application": application, "contact": contact, "trip": trip},
        )
    try:
        EmailMessage(subject=subject, body=body, to=[contact.email]).send()
    except Exception:  # the decision stands; staff see the log
        log.exception("The %s mail of application %s could not be sent", kind, application.pk)
