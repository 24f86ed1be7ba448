"""Who may use the field pages, decided in one place.

Staff with the permission to change meetings see every trip and meeting; staff without it get
403. A company's login sees the trips its company took part in and, there, only the meetings it
attended (anything else is 404). Anyone else logged in gets 404.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from trips.access import company_or_404
from trips.models import Meeting, Trip

FIELD_PERMISSION = "trips.change_meeting"


def field_company(user):
    """The company a login writes for, or None for staff."""
    if user.is_staff:
        if not user.has_perm(FIELD_PERMISSION):
            raise PermissionDenied
        return None
    return company_or_404(user)


def field_trips(company):
    trips = Trip.objects.all() if company is None else Trip.objects.of_company(company)
    return trips.order_by("-start_date", "pk")


def field_trip_or_404(user, slug):
    """(company or None, trip) for a trip the login may take notes on."""
    company = field_company(user)
    return company, get_object_or_404(field_trips(company), slug=slug)


def field_meetings(trip, company):
    meetings = Meeting.objects.filter(trip=trip)
    if company is not None:
        meetings = meetings.filter(attendee_links__company=company)
    return meetings


def field_meeting_or_404(user, slug, pk):
    company, trip = field_trip_or_404(user, slug)
    return company, get_object_or_404(field_meetings(trip, company), pk=pk)
