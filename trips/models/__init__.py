"""Programmes, trips, their itineraries and what the meetings on them led to.

One module per sub-domain; every model is re-exported here, so `from trips.models import Trip`
is how the rest of the code (and Django, under the app label `trips`) finds them.
"""

from .applications import (
    Application,
    ApplicationDelegate,
    ApplicationStatus,
    Call,
    CallQuerySet,
)
from .cards import CardCapture
from .choices import (
    PARTICIPANT_ONLY,
    PROJECT_STAFF_GROUP,
    SIGNED_STATUSES,
    AgreementKind,
    AgreementStatus,
    LeadStatus,
    MatchStatus,
    PlaceKind,
    RecognitionKind,
    TripStatus,
)
from .field import DeviceSubmission, MeetingNote, MeetingNotePerson
from .meetings import (
    Meeting,
    MeetingAttendee,
    MeetingCounterpart,
    MeetingDelegate,
    MeetingPerson,
)
from .needs import Match, Need
from .outcomes import Agreement, Lead, Recognition, RecognitionAwarder
from .places import Place, Visit
from .planning import TravelTime, Wish
from .practical import PracticalNotes
from .programmes import (
    DatedInTripMixin,
    Delegate,
    Participation,
    Programme,
    Trip,
    TripOrganiser,
    TripQuerySet,
)
from .sharing import HostReportLink, HostReportOpening
from .versions import ContentVersion

__all__ = [
    "CardCapture",
    # choices
    "PARTICIPANT_ONLY",
    "PROJECT_STAFF_GROUP",
    "SIGNED_STATUSES",
    "AgreementKind",
    "AgreementStatus",
    "LeadStatus",
    "MatchStatus",
    "PlaceKind",
    "RecognitionKind",
    "TripStatus",
    # programmes
    "DatedInTripMixin",
    "Delegate",
    "Participation",
    "Programme",
    "Trip",
    "TripOrganiser",
    "TripQuerySet",
    # places
    "Place",
    "Visit",
    # practical notes
    "PracticalNotes",
    # meetings
    "Meeting",
    "MeetingAttendee",
    "MeetingCounterpart",
    "MeetingDelegate",
    "MeetingPerson",
    # outcomes
    "Agreement",
    "Lead",
    "Recognition",
    "RecognitionAwarder",
    # needs
    "Match",
    "Need",
    # applications
    "Application",
    "ApplicationDelegate",
    "ApplicationStatus",
    "Call",
    "CallQuerySet",
    # field (phones)
    "DeviceSubmission",
    "MeetingNote",
    "MeetingNotePerson",
    # planning
    "TravelTime",
    "Wish",
    # sharing
    "HostReportLink",
    "HostReportOpening",
    # versions
    "ContentVersion",
]
