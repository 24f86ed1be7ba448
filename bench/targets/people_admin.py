"""Target 6: the duplicate finder and the admin page of an organisation of ~20,000 people.

In a directory this large the duplicate search is a background job: its run on a worker is
timed (reported, no budget), then the page that shows its result.
"""

import time

from django.core.management import call_command

from bench.results import Figure

LIMIT_S = 2.0


def run(bench):
    from contacts import duplicate_jobs
    from contacts.models import Person

    org = bench.fixtures.big_organisation
    if duplicate_jobs.too_many_to_look_inline():
        duplicate_jobs.start()
        started = time.perf_counter()
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
        bench.add(
            Figure("6", f"duplicate search as a background job over {Person.objects.count():,} "
                   "people", time.perf_counter() - started, "s")
        )  # fmt: skip
    pages = [
        ("duplicates page", "/contacts/duplicates/"),
        (f"admin page of an organisation with {org.people.count():,} people",
         f"/admin/contacts/organisation/{org.pk}/change/"),
    ]  # fmt: skip
    with bench.gunicorn() as server:
        for name, url in pages:
            seconds, size = server.median(url, bench.fixtures.staff_cookie, repeat=3)
            bench.add(
                Figure("6", f"{name} ({size / 1024:,.0f} KB)", seconds, "s", limit=LIMIT_S,
                       absolute=True)
            )  # fmt: skip
