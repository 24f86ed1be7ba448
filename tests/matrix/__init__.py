"""Rows of the permission matrix, one module per audience package (see tests/test_permissions.py).

Each module defines ROWS: a list of `Row`, and may define PUBLIC: URL names anyone may open.
A row's `kwargs` is a dict, or a callable taking the `world` fixture (tests/conftest.py) and
returning the URL kwargs; it may create the objects it needs.
"""

from typing import NamedTuple

PERSONAS = ("anonymous", "company_a", "company_b", "staff")
# Personas whose expected status a row may leave out: `expected_status` derives it.
#   staff_no_perms: is_staff, no group, no permission: 403 on staff pages, else as staff.
#   staff_with_company: project staff who also has a company login: staff, never a company.
#   no_company: logged in, neither staff nor a company's login: 404 wherever a login is needed.
DERIVED_PERSONAS = ("staff_no_perms", "staff_with_company", "no_company")
ALL_PERSONAS = PERSONAS + DERIVED_PERSONAS
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


def _staff_page(row):
    """Staff pages send anonymous visitors to log in and hide from companies; company pages
    (/my/, namespace "my") do too, but staff are simply not a company there."""
    expected = row.expected
    if row.url_name.startswith("admin:"):  # admin pages staff reach through a permission
        return expected["anonymous"] == ADMIN_LOGIN and row.url_name != "admin:index"
    company_page = row.url_name.startswith("my:")
    return (
        not company_page and expected["anonymous"] == LOGIN and expected["company_a"] == NOT_FOUND
    )


def expected_status(row, persona):
    """The row's status for `persona`: given in the row, or derived for the new personas."""
    if persona in row.expected:
        return row.expected[persona]
    expected = row.expected
    if persona == "staff_with_company":
        return expected["staff"]
    if persona == "staff_no_perms":
        return FORBIDDEN if _staff_page(row) else expected["staff"]
    if persona == "no_company":
        return NOT_FOUND if expected["anonymous"] == LOGIN else expected["anonymous"]
    raise KeyError(persona)
