"""Who may capture cards on a trip, and see a capture, decided in one place.

- Staff with the permission to add captures (the "Project staff" group) on any trip, and see
  every capture; staff without it get 403.
- A participant company's login on the trips its company took part in, and sees its own
  company's captures only; anything else is 404.
- Anonymous users go to the login page (the views are login_required)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from trips.access import company_of, company_trip_or_404
from trips.models import CardCapture, Trip

PERMISSION = "trips.add_cardcapture"


def _staff_may(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied
    return True


def card_trip_or_404(user, slug):
    """(company or None for staff, trip) where `user` may add cards."""
    if user.is_staff and _staff_may(user):
        return None, get_object_or_404(Trip, slug=slug)
    return company_trip_or_404(user, slug)


def capture_or_404(user, pk):
    if user.is_staff:
        _staff_may(user)
    elif company_of(user) is None:
        raise Http404
    queryset = CardCapture.objects.visible_to(user).select_related("trip", "meeting", "person")
    return get_object_or_404(queryset, pk=pk)


def meetings_for(company, trip):
    """The meetings a card may be linked to: the trip's, or those the company attended."""
    meetings = trip.meetings.order_by("date", "start_time", "pk")
    if company is not None:
        meetings = meetings.filter(attendee_links__company=company)
    return meetings
