"""Target 4: public trip report and company trip page, requests per second vs the login page.

Six keep-alive clients for a few seconds each on the same gunicorn; the demo trip and the
500-meeting trip. The page size of the big trip's pages is reported against its budget.
"""

from bench.results import Figure

RPS_RATIO = 0.5
PAGE_LIMIT_KB = 300


def run(bench):
    seconds = 1.0 if bench.quick else 8.0
    fixtures = bench.fixtures
    pages = [
        ("public report, demo trip", f"/trips/{fixtures.demo_trip.slug}/", ""),
        (f"public report, {fixtures.big_trip_meetings}-meeting trip",
         f"/trips/{fixtures.big_trip.slug}/", ""),
        (f"company trip page, {fixtures.big_trip_meetings}-meeting trip",
         f"/my/trips/{fixtures.big_trip.slug}/", fixtures.company_cookie),
    ]  # fmt: skip
    with bench.gunicorn() as server:
        login = server.throughput("/accounts/login/", seconds=seconds)
        for name, url, cookie in pages:
            rps = server.throughput(url, cookie, seconds=seconds)
            bench.add(
                Figure("4", f"{name}: requests/s", rps, "req/s", login, "login page",
                       RPS_RATIO, better="higher")
            )  # fmt: skip
            if "meeting trip" in name:
                status, body, _ = server.get(url, cookie)
                bench.add(
                    Figure(
                        "4",
                        f"{name}: HTML",
                        len(body) / 1024,
                        "KB",
                        limit=PAGE_LIMIT_KB,
                        absolute=True,
                    )
                )
