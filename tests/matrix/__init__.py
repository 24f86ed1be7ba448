"""Rows of the permission matrix, one module per audience package (see tests/test_permissions.py).

Each module defines ROWS: a list of `Row`, and may define PUBLIC: URL names anyone may open.
A row's `kwargs` is a dict, or a callable taking the `world` fixture (tests/conftest.py) and
returning the URL kwargs; it may create the objects it needs.
"""

from typing import NamedTuple

PERSONAS = ("anonymous", "company_a", "company_b", "staff")
OK = 200
FORBIDDEN = 403
NOT_FOUND = 404
LOGIN = "login"  # a redirect to /accounts/login/?next=…
ADMIN_LOGIN = "admin-login"  # a redirect to the admin's login page


class Row(NamedTuple):
    url_name: str
    kwargs: object
    expected: dict
    id: str = ""
    method: str = "get"


def everyone(status):
    return dict.fromkeys(PERSONAS, status)


def staff_only(staff=OK):
    """Staff pages: anonymous to the login page, company users 404, staff `staff`."""
    return {"anonymous": LOGIN, "company_a": NOT_FOUND, "company_b": NOT_FOUND, "staff": staff}
