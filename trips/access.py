"""Who may see what, decided in one place per audience.

- Staff pages: `staff_required`. Anonymous users are sent to the login
  page; logged-in users who are not staff get 404 (outsiders learn nothing); staff without the
  named permission get 403.
- Company pages: `company_of(user)` is the organisation a login represents;
  `company_or_404` and `company_trip_or_404` fetch it, and a trip scoped to it.
- Public trip reports: `can_preview_trips` says who may see one before it is published.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from contacts.models import Membership


def company_of(user):
    """The organisation a login represents, or None (anonymous, staff, unlinked users)."""
    if not user.is_authenticated or user.is_staff:
        return None
    membership = Membership.objects.select_related("organisation").filter(user=user).first()
    return membership.organisation if membership else None


def company_or_404(user):
    """The organisation a login represents; 404 for anyone who is not a company's login."""
    company = company_of(user)
    if company is None:
        raise Http404
    return company


def company_trip_or_404(user, slug, queryset=None):
    """(company, trip) for a trip the user's company took part in; 404 for any other."""
    from trips.models import Trip

    company = company_or_404(user)
    queryset = queryset if queryset is not None else Trip.objects.all()
    return company, get_object_or_404(queryset.of_company(company), slug=slug)


def can_preview_trips(user):
    """Staff who may see trips in the admin may preview a report before it is published."""
    return user.is_staff and user.has_perm("trips.view_trip")


def check_staff(request, perm=None):
    """Return None when the request may pass, or the response that refuses it."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not user.is_staff:
        raise Http404
    perms = [perm] if isinstance(perm, str) else list(perm or [])
    if perms and not user.has_perms(perms):
        raise PermissionDenied
    return None


def staff_required(view=None, *, perm=None):
    """Decorator for staff-only views; `perm` is a permission name or a list of them."""

    def decorate(func):
        @wraps(func)
        def wrapper(request, *args, **kwargs):
            refused = check_staff(request, perm)
            return refused or func(request, *args, **kwargs)

        return wrapper

    return decorate(view) if view else decorate
