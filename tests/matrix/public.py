"""Rows for the pages anyone may open: the home page, published trip reports, the account
pages; and the admin's door, which sends everyone but staff to its own login."""

from tests.matrix import ADMIN_LOGIN, LOGIN, NOT_FOUND, OK, Row, everyone

REDIRECT = 302
LOGGED_IN = {"anonymous": LOGIN, "company_a": OK, "company_b": OK, "staff": OK, "no_company": OK}

PUBLIC = {
    "healthz",
    "home",
    "trips:detail",
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}

ROWS = [
    Row("healthz", {}, everyone(OK)),
    Row("home", {}, everyone(OK)),
    Row("trips:detail", lambda w: {"slug": w["published"].slug}, everyone(OK), "published"),
    Row(
        "trips:detail",
        lambda w: {"slug": w["unpublished"].slug},
        # staff who may see trips preview the report before publishing
        {**everyone(NOT_FOUND), "staff": OK, "staff_no_perms": NOT_FOUND},
        "unpublished",
    ),
    Row("trips:detail", {"slug": "no-such-trip"}, everyone(NOT_FOUND), "missing"),
    Row("login", {}, everyone(OK)),
    Row("logout", {}, everyone(REDIRECT), method="post"),
    Row("password_change", {}, LOGGED_IN),
    Row("password_change", {}, LOGGED_IN, "empty-post", method="post"),
    Row("password_change_done", {}, LOGGED_IN),
    Row("password_reset", {}, everyone(OK)),
    Row("password_reset", {}, everyone(OK), "empty-post", method="post"),
    Row("password_reset_done", {}, everyone(OK)),
    # A link that is not valid: the page says so, to everyone alike.
    Row("password_reset_confirm", {"uidb64": "MQ", "token": "set-password"}, everyone(OK)),
    Row("password_reset_complete", {}, everyone(OK)),
    Row(
        "admin:index",
        {},
        {"anonymous": ADMIN_LOGIN, "company_a": ADMIN_LOGIN, "company_b": ADMIN_LOGIN, "staff": OK},
    ),
]
