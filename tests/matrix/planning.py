"""Rows for meeting planning: a company's wishes (/my/trips/<slug>/wishes/) and the staff
grid (/preparation/…)."""

from tests.matrix import LOGIN, NOT_FOUND, Row, staff_only
from tests.matrix.company import only, published, unpublished

REDIRECT = 302


def post_staff(status):
    return {"anonymous": LOGIN, "company_a": NOT_FOUND, "company_b": NOT_FOUND, "staff": status}


ROWS = [
    Row("my:wishes", published, only("a"), "of-a"),
    Row("my:wishes", unpublished, only("b"), "of-b"),
    Row("my:wishes", {"slug": "no-such-trip"}, only("nobody"), "missing"),
    Row("my:wishes", published, {**only("a"), "company_a": REDIRECT}, "post-of-a", "post"),
    Row("my:wishes", unpublished, only("b") | {"company_b": REDIRECT}, "post-of-b", "post"),
    Row("planning:grid", published, staff_only(), "published"),
    Row("planning:grid", unpublished, staff_only(), "planned"),
    Row("planning:grid", {"slug": "no-such-trip"}, staff_only(NOT_FOUND), "missing"),
    Row("planning:plan_meeting", unpublished, staff_only()),
    Row("planning:plan_meeting", unpublished, post_staff(400), "empty-post", "post"),
    Row("planning:travel_time", unpublished, post_staff(400), "empty-post", "post"),
    Row("planning:travel_time", unpublished, staff_only(405), "get"),
]
