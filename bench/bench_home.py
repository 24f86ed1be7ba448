"""The public home page stays cheap as published trips accumulate."""

from django.test import Client

from tests import factories as f


def run(timed, report):
    client = Client()
    f.TripFactory()
    one = timed(lambda: client.get("/"), repeat=20)
    for n in range(99):
        f.TripFactory(slug=f"bench-trip-{n}")
    hundred = timed(lambda: client.get("/"), repeat=20)
    report("home page, 100 published trips vs 1", hundred, one)
