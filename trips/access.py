"""Which trips a login may see, decided in one place per audience.

- Staff pages: `sme2go.access.staff_required` (shared with the contacts app).
- Company pages: `company_of(user)` is the organisation a login represents;
  `company_or_404` and `company_trip_or_404` fetch it, and a trip scoped to it.
- Public trip reports: `can_preview_trips` says who may see one before it is published.
"""

from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404

from contacts.models import Membership, Organisation


def company_of(user):
    """The organisation a login represents, or None (anonymous, staff, unlinked users)."""
    if not user.is_authenticated or user.is_staff:
        return None
    # The organisation by its primary key, the key found in a subquery: one round trip, and an
    # index lookup however many organisations there are (a join of the two tables could be
    # planned as a merge join walking the organisations' index up to the company's key).
    linked = Membership.objects.filter(user=user).values("organisation_id")[:1]
    return Organisation.objects.filter(pk=Subquery(linked)).first()


def company_or_404(user):
    """The organisation a login represents; 404 for anyone who is not a company's login."""
    company = company_of(user)
    if company is None:
        raise Http404
    return company


def company_trip_or_404(user, slug, queryset=None):
    """(company, trip) for a trip the user's company took part in; 404 for any other."""
    company = company_or_404(user)
    return company, trip_of_company_or_404(company, slug, queryset)


def trip_of_company_or_404(company, slug, queryset=None):
    """The trip `company` took part in; 404 for any other."""
    from trips.models import Trip

    queryset = queryset if queryset is not None else Trip.objects.all()
    return get_object_or_404(queryset.of_company(company), slug=slug)


def can_preview_trips(user):
    """Staff who may see trips in the admin may preview a report before it is published."""
    return user.is_staff and user.has_perm("trips.view_trip")
