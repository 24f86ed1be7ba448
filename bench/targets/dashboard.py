"""Target 7: the results dashboard and the follow-ups list over every trip."""

from bench.results import Figure

LIMIT_MS = 500


def run(bench):
    pages = [
        ("dashboard", "/results/dashboard/"),
        ("follow-ups", "/results/follow-ups/"),
    ]
    with bench.gunicorn() as server:
        for name, url in pages:
            seconds, size = server.median(url, bench.fixtures.staff_cookie, repeat=5)
            bench.add(
                Figure("7", f"{name} over {bench.fixtures.trips:,} trips ({size / 1024:,.0f} KB)",
                       seconds * 1000, "ms", limit=LIMIT_MS, absolute=True)
            )  # fmt: skip
