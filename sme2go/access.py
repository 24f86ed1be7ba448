"""Who may open a staff page, for both apps' views.

`staff_required`: anonymous users are sent to the login page; logged-in users who are not staff
get 404 (outsiders learn nothing); staff without the named permission get 403. Company scoping
(which trips a company login sees) is the trips app's: `trips/access.py`.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404


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
