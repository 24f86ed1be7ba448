"""Target 6: the duplicate finder and the admin page of an organisation of ~20,000 people."""

from bench.results import Figure

LIMIT_S = 2.0


def run(bench):
    org = bench.fixtures.big_organisation
    pages = [
        ("duplicate finder", "/contacts/duplicates/"),
        (f"admin page of an organisation with {org.people.count():,} people",
         f"/admin/contacts/organisation/{org.pk}/change/"),
    ]  # fmt: skip
    with bench.gunicorn() as server:
        for name, url in pages:
            seconds, size = server.median(url, bench.fixtures.staff_cookie, repeat=3)
            bench.add(
                Figure(
                    "6",
                    f"{name} ({size / 1024:,.0f} KB)",
                    seconds,
                    "s",
                    limit=LIMIT_S,
                    absolute=True,
                )
            )
