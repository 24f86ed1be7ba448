from tests.matrix import ADMIN_LOGIN, LOGIN, NOT_FOUND, OK, Row, everyone

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
        {**everyone(NOT_FOUND), "staff": OK},  # staff preview the report before publishing
        "unpublished",
    ),
    Row("trips:detail", {"slug": "no-such-trip"}, everyone(NOT_FOUND), "missing"),
    Row("login", {}, everyone(OK)),
    Row(
        "password_change",
        {},
        {"anonymous": LOGIN, "company_a": OK, "company_b": OK, "staff": OK},
    ),
    Row("password_reset", {}, everyone(OK)),
    Row(
        "admin:index",
        {},
        {"anonymous": ADMIN_LOGIN, "company_a": ADMIN_LOGIN, "company_b": ADMIN_LOGIN, "staff": OK},
    ),
]
