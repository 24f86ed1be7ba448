"""A trip being planned, as the planning tests use it.

Almaty (visited 09:00–12:00) and Konaev (13:00–18:00) on the first day; the water utility
(need: wastewater treatment) and the city's akimat as hosts; companies A and B take part, each
with one delegate; A is in the water sector and has wastewater competences, B has none."""

import datetime as dt

import pytest

from tests import factories as f


@pytest.fixture
def almaty(db, company_a_org, company_b_org):
    trip = f.TripFactory(
        slug="almaty-trip",
        title="Almaty trip",
        start_date=dt.date(2027, 4, 12),
        end_date=dt.date(2027, 4, 16),
        status="planned",
        is_published=False,
        published_at=None,
        time_zone="Asia/Almaty",
    )
    almaty_city = f.PlaceFactory(name="Almaty", country="KZ")
    konaev = f.PlaceFactory(name="Konaev", country="KZ")
    day = trip.start_date
    visits = {
        "almaty": f.VisitFactory(
            trip=trip, place=almaty_city, date=day, start_time=dt.time(9), end_time=dt.time(12)
        ),
        "konaev": f.VisitFactory(
            trip=trip, place=konaev, date=day, start_time=dt.time(13), end_time=dt.time(18)
        ),
    }
    water = f.SectorFactory(name="Water", slug="water")
    company_a_org.sectors.add(water)
    company_a_org.competences = "Wastewater treatment plants"
    company_a_org.save()
    utility = f.CounterpartFactory(name="Almaty water utility", slug="utility", country="KZ")
    akimat = f.CounterpartFactory(name="Akimat of Almaty", slug="akimat", country="KZ")
    need = f.NeedFactory(trip=trip, host=utility, title="Wastewater treatment")
    need.sectors.add(water)
    f.NeedFactory(trip=trip, host=akimat, title="Smart street lighting")
    delegates = {}
    for key, company in (("a", company_a_org), ("b", company_b_org)):
        participation = f.ParticipationFactory(trip=trip, company=company)
        delegates[key] = f.DelegateFactory(
            participation=participation,
            person__given_name="Delegate",
            person__family_name=key.upper(),
        )
    return {
        "trip": trip,
        "visits": visits,
        "places": {"almaty": almaty_city, "konaev": konaev},
        "utility": utility,
        "akimat": akimat,
        "need": need,
        "delegates": delegates,
    }


def plan(almaty, title, visit, start, end, *delegates, host=None):
    """A meeting planned by factories, as staff could in the admin (no checks on the way)."""
    visit = almaty["visits"][visit]
    meeting = f.MeetingFactory(
        trip=almaty["trip"],
        title=title,
        date=visit.date,
        visit=visit,
        place=visit.place,
        start_time=dt.time(*start),
        end_time=dt.time(*end),
    )
    f.MeetingCounterpartFactory(meeting=meeting, organisation=host or almaty["utility"])
    for key in delegates:
        delegate = almaty["delegates"][key]
        f.MeetingAttendeeFactory(meeting=meeting, company=delegate.participation.company)
        f.MeetingDelegateFactory(meeting=meeting, delegate=delegate)
    return meeting
