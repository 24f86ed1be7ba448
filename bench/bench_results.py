"""Results pages stay cheap as trips accumulate: host report, follow-ups, dashboard."""

import datetime as dt

from django.test import Client

from tests import factories as f
from trips.models import Match


def run(timed, report):
    staff = f.StaffUserFactory(username="bench-staff")
    client = Client()
    client.force_login(staff)

    # Host report: 1 matched company vs 100.
    trip = f.TripFactory(slug="bench-results-trip")
    host = f.CounterpartFactory(slug="bench-host")
    need = f.NeedFactory(trip=trip, host=host)

    def grow_report(n):
        for _ in range(n):
            participation = f.ParticipationFactory(trip=trip)
            f.DelegateFactory(participation=participation)
            f.MatchFactory(need=need, company=participation.company, status=Match.Status.ACCEPTED)

    url = f"/results/trips/{trip.slug}/hosts/{host.slug}/"
    grow_report(1)
    one = timed(lambda: client.get(url), repeat=10)
    grow_report(99)
    hundred = timed(lambda: client.get(url), repeat=10)
    report("host report, 100 matched companies vs 1", hundred, one)

    # Follow-ups: 50 open leads (one full page) vs 1000 (still one page of 50 shown), spread
    # over 20 companies. (With a new company per lead the company filter's drop-down, which
    # lists every company with follow-ups, is what grows.)
    companies = [f.CompanyFactory() for _ in range(20)]
    for n in range(50):
        f.LeadFactory(trip=trip, company=companies[n % 20], due_date=dt.date(2026, 1, 1))
    fifty = timed(lambda: client.get("/results/follow-ups/"), repeat=10)
    for n in range(950):
        f.LeadFactory(trip=trip, company=companies[n % 20], due_date=dt.date(2026, 2, 1))
    many = timed(lambda: client.get("/results/follow-ups/"), repeat=10)
    report("follow-ups, 1000 open leads vs 50 (first page)", many, fifty)

    # Dashboard: 1 trip vs 40 trips of the programme.
    programme = trip.programme
    query = {"programme": programme.pk, "start": "2026-01-01", "end": "2026-12-31"}
    base = timed(lambda: client.get("/results/dashboard/", query), repeat=10)
    for n in range(39):
        other = f.TripFactory(slug=f"bench-results-{n}", programme=programme)
        for _ in range(5):
            f.MeetingCounterpartFactory(meeting__trip=other)
            f.DelegateFactory(participation__trip=other)
    forty = timed(lambda: client.get("/results/dashboard/", query), repeat=10)
    report("dashboard, 40 trips vs 1", forty, base)
