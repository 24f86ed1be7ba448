"""The enums and constants that trips' models, forms, views and the demo share.

Each model keeps its enum under its usual name (`Agreement.Status`, `Lead.Status`, ...); the
classes live here so that constants built from them (`SIGNED_STATUSES`) and the models' own
constraints can name their values without importing the models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation

# `limit_choices_to` of every foreign key that means a participant company. Never mutate it:
# the same dict is shared by all those fields.
PARTICIPANT_ONLY = {"kind": Organisation.Kind.PARTICIPANT}

# The group made by migration trips/0003 with the permissions staff need in the admin. The
# migrations spell the name out themselves, as migrations must not import the app's code.
PROJECT_STAFF_GROUP = "Project staff"


class TripStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class PlaceKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    CITY = "city", _("City")
    COUNTY = "county", _("County")
    ECONOMIC_ZONE = "economic_zone", _("Economic zone")
    DISTRICT = "district", _("District")
    PARK = "park", _("Park")
    SITE = "site", _("Site")


class AgreementKind(models.TextChoices):
    COOPERATION = "cooperation", _("Cooperation agreement")
    MOU = "mou", _("Memorandum of understanding")
    LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
    CONTRACT = "contract", _("Contract")


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", _("In preparation")
    SIGNED = "signed", _("Signed")
    ENDED = "ended", _("Ended")
    CANCELLED = "cancelled", _("Cancelled")


# Agreements that were signed: the ones the trip report and the dashboard count.
SIGNED_STATUSES = (AgreementStatus.SIGNED, AgreementStatus.ENDED)


class LeadStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_DISCUSSION = "in_discussion", _("In discussion")
    AGREEMENT = "agreement", _("Agreement reached")
    CLOSED = "closed", _("Closed without result")


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class RecognitionKind(models.TextChoices):
    DIPLOMA = "diploma", _("Diploma")
    AWARD = "award", _("Award")
