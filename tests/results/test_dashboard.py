"""Programme results: the figures equal counts made independently over generated data."""

import csv
import datetime as dt
import io
import random
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import factories as f
from trips.models import Lead, Match

pytestmark = pytest.mark.django_db
URL = reverse("results:dashboard")
RANGE = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def _generate_trip(rng, programme, start, companies, counterparts, people, hosts_people):
    """One random trip with the facts each indicator counts, recorded on the side."""
    trip = f.TripFactory(
        programme=programme, start_date=start, end_date=start + dt.timedelta(days=4)
    )
    fact = {key: set() for key in ("companies", "delegates", "meetings", "orgs", "persons")}
    fact |= {"agreements": set(), "open": 0, "closed": 0, "needs": 0, "matched": 0, "trip": trip}
    for company in rng.sample(companies, rng.randint(2, 5)):
        participation = f.ParticipationFactory(trip=trip, company=company)
        fact["companies"].add(company.pk)
        for person in rng.sample(people[company.pk], rng.randint(1, 2)):
            f.DelegateFactory(participation=participation, person=person)
            fact["delegates"].add(person.pk)
    for _ in range(rng.randint(1, 3)):
        meeting = f.MeetingFactory(trip=trip, date=start + dt.timedelta(days=rng.randint(0, 4)))
        fact["meetings"].add(meeting.pk)
        for org in rng.sample(counterparts, 2):
            f.MeetingCounterpartFactory(meeting=meeting, organisation=org)
            fact["orgs"].add(org.pk)
        for person in rng.sample(hosts_people, 2):
            f.MeetingPersonFactory(meeting=meeting, person=person)
            fact["persons"].add(person.pk)
    company = next(iter(fact["companies"]))
    signed = f.AgreementFactory(trip=trip, company_id=company, signed_date=start)
    fact["agreements"].add(signed.pk)
    f.AgreementFactory(trip=trip, company_id=company, status="draft", signed_date=None)
    later = f.AgreementFactory(
        trip=None, company_id=company, signed_date=start + dt.timedelta(days=60)
    )
    fact["agreements"].add(later.pk)  # signed after the trip, counted through its lead
    for status in rng.choices(Lead.Status.values, k=5):
        f.LeadFactory(
            trip=trip,
            company_id=company,
            status=status,
            agreement=later if status == "agreement" else None,
        )
        fact["open" if status in ("open", "in_discussion") else "closed"] += 1
    f.LeadFactory(trip=trip, company_id=company, status="agreement", agreement=later)
    fact["closed"] += 1
    for _ in range(rng.randint(1, 3)):
        need = f.NeedFactory(trip=trip)
        fact["needs"] += 1
        statuses = rng.choices(Match.Status.values, k=rng.randint(0, 3))
        for status, company_id in zip(statuses, fact["companies"], strict=False):
            f.MatchFactory(need=need, company_id=company_id, status=status)
        fact["matched"] += "accepted" in statuses[: len(fact["companies"])]
    return trip, fact


@pytest.fixture
def generated(db):
    """Random (seeded) trips of two programmes, in and out of the range, with the facts each
    indicator counts recorded on the side as plain Python sets."""
    rng = random.Random(5)
    sme2go = f.ProgrammeFactory()
    other = f.ProgrammeFactory(name="Other programme", slug="other")
    companies = [f.CompanyFactory(country=rng.choice(["FI", "SE", "EE"])) for _ in range(8)]
    counterparts = [f.CounterpartFactory() for _ in range(6)]
    people = {c.pk: [f.PersonFactory(organisation=c) for _ in range(2)] for c in companies}
    hosts_people = [f.PersonFactory(organisation=rng.choice(counterparts)) for _ in range(6)]
    facts = {}
    starts = [dt.date(2025, 3, 1), dt.date(2025, 9, 10), dt.date(2024, 6, 1), dt.date(2026, 1, 5)]
    for programme, start in [(sme2go, s) for s in starts] + [(other, dt.date(2025, 5, 1))]:
        trip, fact = _generate_trip(
            rng, programme, start, companies, counterparts, people, hosts_people
        )
        facts[trip.pk] = fact
    return {"programme": sme2go, "other": other, "facts": facts, "companies": companies}


def expected(facts, trip_ids):
    chosen = [facts[pk] for pk in trip_ids]
    union = lambda key: set().union(*(c[key] for c in chosen))  # noqa: E731
    return {
        "companies": len(union("companies")),
        "delegates": len(union("delegates")),
        "meetings": len(union("meetings")),
        "counterpart_organisations": len(union("orgs")),
        "counterpart_persons": len(union("persons")),
        "agreements": len(union("agreements")),
        "leads_open": sum(c["open"] for c in chosen),
        "leads_closed": sum(c["closed"] for c in chosen),
        "needs": sum(c["needs"] for c in chosen),
        "needs_matched": sum(c["matched"] for c in chosen),
    }


def in_range(facts, programme):
    return [
        pk
        for pk, c in facts.items()
        if c["trip"].programme_id == programme.pk and RANGE[0] <= c["trip"].start_date <= RANGE[1]
    ]


def params(programme, trip=None, start=RANGE[0], end=RANGE[1]):
    data = {"programme": programme.pk, "start": start.isoformat(), "end": end.isoformat()}
    if trip:
        data["trip"] = trip.pk
    return data


def test_figures_equal_independent_counts_for_the_programme(staff_client, generated):
    facts = generated["facts"]
    response = staff_client.get(URL, params(generated["programme"]))
    assert response.status_code == 200
    figures = response.context["figures"]
    trip_ids = in_range(facts, generated["programme"])
    assert len(trip_ids) == 2  # the 2024, 2026 and other-programme trips are left out
    assert figures.total == expected(facts, trip_ids)
    for pk in trip_ids:
        assert figures.per_trip[pk] == expected(facts, [pk])
    countries = Counter(
        c.country.code
        for c in generated["companies"]
        if any(c.pk in facts[pk]["companies"] for pk in trip_ids)
    )
    assert dict(figures.companies_by_country) == dict(countries)


def test_figures_for_one_trip(staff_client, generated):
    facts = generated["facts"]
    pk = in_range(facts, generated["programme"])[1]
    response = staff_client.get(URL, params(generated["programme"], trip=facts[pk]["trip"]))
    assert response.context["figures"].total == expected(facts, [pk])
    assert [t.pk for t in response.context["trips"]] == [pk]


def test_the_csv_carries_the_same_figures(staff_client, generated):
    facts = generated["facts"]
    response = staff_client.get(reverse("results:dashboard_csv"), params(generated["programme"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="results-sme2go-2025-01-01-2025-12-31.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Programme", "Trip", "From", "To", "Indicator", "Value"]
    totals = {r[4]: int(r[5]) for r in rows[1:] if r[1] == "All trips (each counted once)"}
    want = expected(facts, in_range(facts, generated["programme"]))
    assert totals["Participant companies"] == want["companies"]
    assert totals["Agreements signed"] == want["agreements"]
    assert totals["Needs matched"] == want["needs_matched"]
    assert any(k.startswith("Participant companies from ") for k in totals)


def test_the_charts_are_svg_drawn_on_the_server(staff_client, generated):
    page = staff_client.get(URL, params(generated["programme"])).content.decode()
    assert page.count("<svg") == 3 and 'role="img"' in page
    assert "<script" not in page.split("<footer")[0].split("<main")[1]


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"start": "2025-12-31", "end": "2025-01-01"}, "The end of the range is before its start."),
        ({"start": "yesterday"}, "Enter a valid date."),
        ({"programme": "nope"}, "Select a valid choice."),
    ],
)
def test_bad_input_gets_a_clear_message(staff_client, generated, bad, message):
    response = staff_client.get(URL, {**params(generated["programme"]), **bad})
    assert response.status_code == 400
    assert message in response.content.decode()
    csv_response = staff_client.get(
        reverse("results:dashboard_csv"), {**params(generated["programme"]), **bad}
    )
    assert csv_response.status_code == 400


def test_a_trip_of_another_programme_or_outside_the_range_is_refused(staff_client, generated):
    facts = generated["facts"]
    other_trip = next(
        c["trip"] for c in facts.values() if c["trip"].programme_id != generated["programme"].pk
    )
    response = staff_client.get(URL, params(generated["programme"], trip=other_trip))
    assert "This trip belongs to another programme." in response.content.decode()
    old_trip = next(c["trip"] for c in facts.values() if c["trip"].start_date.year == 2024)
    response = staff_client.get(URL, params(generated["programme"], trip=old_trip))
    assert "started outside the chosen range" in response.content.decode()


def test_an_empty_range_says_so(staff_client, generated):
    response = staff_client.get(
        URL, params(generated["programme"], start=dt.date(2030, 1, 1), end=dt.date(2030, 12, 31))
    )
    assert response.status_code == 200
    assert "No trip of this programme started in the chosen range" in response.content.decode()


def test_the_dashboard_costs_the_same_queries_for_2_and_12_trips(
    staff_client, django_assert_num_queries
):
    programme = f.ProgrammeFactory()

    def add_trips(n):
        for _ in range(n):
            trip = f.TripFactory(
                programme=programme, start_date=dt.date(2025, 4, 1), end_date=dt.date(2025, 4, 3)
            )
            f.LeadFactory(trip=trip)
            f.MeetingCounterpartFactory(meeting__trip=trip)

    add_trips(2)
    with CaptureQueriesContext(connection) as two:
        staff_client.get(URL, params(programme))
    add_trips(10)
    with django_assert_num_queries(len(two.captured_queries)):
        assert len(staff_client.get(URL, params(programme)).context["trips"]) == 12


def test_the_dashboard_opens_on_every_trip_of_the_programme(staff_client):
    """A programme runs for years: the dashboard opens on all of its trips, last year's
    included, not on this calendar year only."""
    programme = f.ProgrammeFactory(name="A programme")
    this_year = timezone.localdate().year
    f.TripFactory(
        programme=programme,
        title="Mission of two years ago",
        start_date=dt.date(this_year - 2, 4, 1),
        end_date=dt.date(this_year - 2, 4, 5),
    )
    f.TripFactory(
        programme=programme,
        title="Mission of this year",
        start_date=dt.date(this_year, 2, 1),
        end_date=dt.date(this_year, 2, 3),
    )
    page = staff_client.get(URL).content.decode()
    assert "Mission of two years ago" in page and "Mission of this year" in page
    assert f'value="{this_year - 2}-04-01"' in page  # the range shown starts with the first trip
