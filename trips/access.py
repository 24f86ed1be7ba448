"""Who may see what, decided in one place per audience.

- Staff pages: `staff_required` / `StaffRequiredMixin`. Anonymous users are sent to the login
  page; logged-in users who are not staff get 404 (outsiders learn nothing); staff without the
  named permission get 403.
- Company pages: `company_of(user)` is the organisation a login represents;
  `company_trip_or_404` fetches a trip scoped to it.
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


def company_trip_or_404(user, slug, queryset=None):
    """A trip the user's company took part in; 404 for any other."""
    from trips.models import Trip

    company = company_of(user)
    if company is None:
        raise Http404
    queryset = queryset if queryset is not None else Trip.objects.all()
    return get_object_or_404(queryset.of_company(company), slug=slug)


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


class StaffRequiredMixin:
    """Class-based views: the same rule as `staff_required`; set `permission_required`."""

    permission_required = None

    def dispatch(self, request, *args, **kwargs):
        refused = check_staff(request, self.permission_required)
        return refused or super().dispatch(request, *args, **kwargs)
