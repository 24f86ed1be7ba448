"""Rows for the staff results pages (/results/…)."""

from tests import factories as f
from tests.matrix import LOGIN, NOT_FOUND, Row, staff_only
from tests.matrix.share import make_link

REDIRECT = 302


def _trip(w):
    return {"slug": w["published"].slug}


def _host(w):
    return {"slug": w["published"].slug, "host_slug": w["counterpart"].slug}


def _host_without_needs(w):
    return {"slug": w["published"].slug, "host_slug": f.CounterpartFactory().slug}


def post_staff(status):
    """A staff-only POST: anonymous to the login page, company users 404, staff `status`."""
    return {"anonymous": LOGIN, "company_a": NOT_FOUND, "company_b": NOT_FOUND, "staff": status}


ROWS = [
    Row("results:index", {}, staff_only()),
    Row("results:trip", _trip, staff_only(), "published"),
    Row("results:trip", lambda w: {"slug": w["unpublished"].slug}, staff_only(), "unpublished"),
    Row("results:trip", {"slug": "no-such-trip"}, staff_only(NOT_FOUND), "missing"),
    Row("results:needs", _trip, staff_only()),
    Row("results:add_need", _trip, staff_only()),
    Row("results:add_need", _trip, post_staff(400), "empty-post", method="post"),
    Row("results:propose", lambda w: {"pk": w["need"].pk}, post_staff(REDIRECT), method="post"),
    Row("results:add_match", lambda w: {"pk": w["need"].pk}, post_staff(REDIRECT), method="post"),
    Row(
        "results:decide",
        lambda w: {"pk": w["match_a"].pk, "decision": "accept"},
        post_staff(REDIRECT),
        "accept",
        method="post",
    ),
    Row(
        "results:decide",
        lambda w: {"pk": w["match_a"].pk, "decision": "delete"},
        post_staff(NOT_FOUND),
        "unknown-decision",
        method="post",
    ),
    Row("results:host_report", _host, staff_only()),
    Row("results:host_report", _host_without_needs, staff_only(NOT_FOUND), "no-needs"),
    Row("results:host_report_csv", _host, staff_only()),
    Row("results:create_link", _host, post_staff(REDIRECT), method="post"),
    Row(
        "results:revoke_link",
        lambda w: {"pk": make_link(w)[0].pk},
        staff_only(),  # the confirmation page
        "confirm",
    ),
    Row(
        "results:revoke_link",
        lambda w: {"pk": make_link(w)[0].pk},
        post_staff(REDIRECT),
        method="post",
    ),
    Row("results:followups", {}, staff_only()),
    Row("results:lead", lambda w: {"pk": w["lead_a"].pk}, staff_only()),
    Row("results:lead", lambda w: {"pk": w["lead_b"].pk}, staff_only(), "unpublished-trip"),
    Row(
        "results:lead",
        lambda w: {"pk": w["lead_a"].pk},
        post_staff(400),  # an empty form: the status is missing
        "empty-post",
        method="post",
    ),
    Row("results:diploma", lambda w: {"pk": w["recognition"].pk}, staff_only()),
    Row("results:dashboard", {}, staff_only()),
    Row("results:dashboard_csv", {}, staff_only()),
]
