"""Target 4: public trip report and company trip page, requests per second vs the login page.

Six keep-alive clients for a few seconds each on the same gunicorn; the demo trip and the
500-meeting trip. The pages are served from the cache (trips/page_cache.py) once built, so the
figures are for pages read more often than they are edited; the first view after an edit
(which rebuilds the page) is reported too. For orientation, the cheapest page a company login
sees (its list of trips) is measured against the same reference: a logged-in page pays for the
session, the user and the company login before anything else. The page size of the big trip's
pages is reported against its budget. The login page is measured again right before each page,
so that a change in the machine's load between the two (a shared machine) skews the ratio less.
"""

from bench.results import Figure

RPS_RATIO = 0.5
PAGE_LIMIT_KB = 300


def run(bench):
    seconds = 1.0 if bench.quick else 8.0
    fixtures = bench.fixtures
    big = f"{fixtures.big_trip_meetings}-meeting trip"
    pages = [
        ("public report, demo trip", f"/trips/{fixtures.demo_trip.slug}/", ""),
        (f"public report, {big}", f"/trips/{fixtures.big_trip.slug}/", ""),
        (f"company trip page, {big}", f"/my/trips/{fixtures.big_trip.slug}/",
         fixtures.company_cookie),
    ]  # fmt: skip
    with bench.gunicorn() as server:
        for name, url, cookie in pages:
            login = server.throughput("/accounts/login/", seconds=seconds)
            rps = server.throughput(url, cookie, seconds=seconds)
            bench.add(
                Figure("4", f"{name}: requests/s", rps, "req/s", login, "login page",
                       RPS_RATIO, better="higher")
            )  # fmt: skip
            if "meeting trip" in name:
                _size_and_rebuild(bench, server, name, url, cookie)
        login = server.throughput("/accounts/login/", seconds=seconds)
        rps = server.throughput("/my/", fixtures.company_cookie, seconds=seconds)
        bench.add(
            Figure("4", "(for orientation) a company's list of trips: requests/s", rps, "req/s",
                   login, "login page", better="higher")
        )  # fmt: skip


def _size_and_rebuild(bench, server, name, url, cookie):
    from trips.page_cache import content_changed

    status, body, _ = server.get(url, cookie)
    bench.add(Figure("4", f"{name}: HTML", len(body) / 1024, "KB", limit=PAGE_LIMIT_KB,
                     absolute=True))  # fmt: skip
    content_changed()  # as after an edit: the next view builds the page again
    status, _, seconds = server.get(url, cookie)
    if status != 200:
        raise RuntimeError(f"{url} answered {status}")
    bench.add(Figure("4", f"{name}: first view after an edit", seconds * 1000, "ms"))
