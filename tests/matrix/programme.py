"""Rows for the programmes (issue 11): a company's own (/my/trips/<slug>/programme/, briefing
book, calendar), and staff's per company and combined (/preparation/…).

In the `world` fixture company A ("alpha") takes part in the published trip only, company B
("beta") in the unpublished one only.
"""

from tests.matrix import NOT_FOUND, Row, staff_only
from tests.matrix.company import only, published, unpublished


def _company(trip, company_slug):
    return lambda w: {"slug": w[trip].slug, "company_slug": company_slug}


ROWS = [
    row
    for name in ("my:programme", "my:briefing", "my:programme_ics")
    for row in (
        Row(name, published, only("a"), "of-a"),
        Row(name, unpublished, only("b"), "of-b"),
        Row(name, {"slug": "no-such-trip"}, only("nobody"), "missing"),
    )
] + [
    row
    for kind in ("", "_briefing", "_ics")
    for row in (
        Row(f"programme:trip{kind}", published, staff_only(), "published"),
        Row(f"programme:trip{kind}", unpublished, staff_only(), "planned"),
        Row(f"programme:trip{kind}", {"slug": "no-such-trip"}, staff_only(NOT_FOUND), "missing"),
        Row(f"programme:company{kind}", _company("published", "alpha"), staff_only(), "a"),
        Row(f"programme:company{kind}", _company("unpublished", "beta"), staff_only(), "b"),
        Row(
            f"programme:company{kind}",
            _company("published", "beta"),
            staff_only(NOT_FOUND),
            "company-not-on-trip",
        ),
    )
]
