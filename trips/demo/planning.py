"""The planned Almaty trip's meeting plan, as tables and the step that writes them: its hosts
and their needs, the companies' wishes, a planned programme for Puhdas Vesi, and the travel
time staff set between Almaty and Konaev. Hosts and needs are sample data."""

import datetime as dt
from decimal import Decimal

from contacts.models import Organisation, Sector
from trips import models

from . import story as s
from .steps import link, upsert

T = dt.time
D = dt.date

# slug: (name, native name, kind, city)
HOSTS = {
    "almaty-water-utility": (
        "Almaty City Water Utility",
        "Алматинский городской водоканал",
        Organisation.Kind.GOVERNMENT,
        "Almaty",
    ),
    "almaty-akimat-ecology": (
        "Almaty Akimat, Department of Ecology",
        "Управление экологии акимата города Алматы",
        Organisation.Kind.GOVERNMENT,
        "Almaty",
    ),
    "konaev-industrial-zone": (
        "Konaev Industrial Zone (sample)",
        "Индустриальная зона Қонаев",
        Organisation.Kind.ZONE_AUTHORITY,
        "Konaev",
    ),
}

# (key, name, native name, kind, parent key, latitude, longitude)
PLACES = [
    ("konaev", "Konaev", "Қонаев", models.Place.Kind.CITY, None, "43.866700", "77.066700"),
]

# (title, description, host slug, place key, sector slugs)
NEEDS = [
    (
        "Upgrading the city's wastewater treatment",
        "Replace ageing aeration at the main treatment plant and handle the sludge better.",
        "almaty-water-utility",
        "almaty",
        ["water", "cleantech"],
    ),
    (
        "Energy-efficient pumping",
        "Cut the energy the utility spends on pumping water and wastewater.",
        "almaty-water-utility",
        "almaty",
        ["energy-efficiency", "water"],
    ),
    (
        "Sludge from the zone's factories",
        "Industrial wastewater sludge to be dried or turned into biogas.",
        "konaev-industrial-zone",
        "konaev",
        ["cleantech"],
    ),
]

# company slug: (need titles, host slugs, own words)
WISHES = {
    "puhdas-vesi": (
        ["Upgrading the city's wastewater treatment", "Sludge from the zone's factories"],
        ["almaty-akimat-ecology"],
        "A local engineering partner for installation and service.",
    ),
    "malardalen-cleantech": (["Energy-efficient pumping"], [], ""),
}

# (date, place key, from, until, title)
VISITS = [
    (D(2027, 4, 14), "almaty", T(9), T(12, 30), "Almaty: utility and city"),
    (D(2027, 4, 14), "konaev", T(14), T(18), "Konaev industrial zone"),
]

# (title, date, place key, start, end, host slug, {company slug: delegates' given names})
MEETINGS = [
    (
        "Wastewater treatment upgrade with the water utility",
        D(2027, 4, 14),
        "almaty",
        T(9, 30),
        T(10, 30),
        "almaty-water-utility",
        {"puhdas-vesi": ["Aino", "Teemu"], "malardalen-cleantech": ["Erik"]},
    ),
    (
        "Clean water targets with the Department of Ecology",
        D(2027, 4, 14),
        "almaty",
        T(11),
        T(12),
        "almaty-akimat-ecology",
        {"puhdas-vesi": ["Aino"]},
    ),
    (
        "Sludge drying at the Konaev industrial zone",
        D(2027, 4, 14),
        "konaev",
        T(14),
        T(15),
        "konaev-industrial-zone",
        {"puhdas-vesi": ["Aino", "Teemu"]},
    ),
]

TRAVEL_TIMES = [("almaty", "konaev", 90)]  # minutes, by road


def write_meeting_plan(cast):
    """The Almaty trip's hosts, needs, delegates, wishes, visits, meetings and travel time."""
    trip = models.Trip.objects.get(slug=s.PLANNED_TRIP_SLUG)
    places = _places(cast)
    hosts = {
        slug: upsert(
            Organisation,
            {"slug": slug},
            name=name,
            native_name=native,
            kind=kind,
            country="KZ",
            city=city,
            is_public=True,
        )
        for slug, (name, native, kind, city) in HOSTS.items()
    }
    needs = _needs(trip, hosts, places)
    delegates = _delegates(trip, cast)
    _wishes(trip, cast, needs, hosts)
    visits = {
        (day, key): upsert(
            models.Visit,
            {"trip": trip, "date": cast.when.planned(day), "place": places[key]},
            start_time=start,
            end_time=end,
            title=title,
        )
        for day, key, start, end, title in VISITS
    }
    for title, day, key, start, end, host, attending in MEETINGS:
        visit = visits[day, key]
        meeting = upsert(
            models.Meeting,
            {"trip": trip, "title": title},
            date=visit.date,
            visit=visit,
            place=visit.place,
            start_time=start,
            end_time=end,
        )
        link(models.MeetingCounterpart, meeting=meeting, organisation=hosts[host])
        for slug, names in attending.items():
            link(models.MeetingAttendee, meeting=meeting, company=cast.companies[slug])
            for name in names:
                link(models.MeetingDelegate, meeting=meeting, delegate=delegates[slug, name])
    for start, end, minutes in TRAVEL_TIMES:
        upsert(
            models.TravelTime,
            {"trip": trip, "from_place": places[start], "to_place": places[end]},
            minutes=minutes,
        )
    return trip


def _places(cast):
    places = dict(cast.places)
    for key, name, native, kind, parent, lat, lon in PLACES:
        places[key] = upsert(
            models.Place,
            {"name": name, "parent": places.get(parent)},
            native_name=native,
            kind=kind,
            country="KZ",
            latitude=Decimal(lat),
            longitude=Decimal(lon),
        )
    return places


def _needs(trip, hosts, places):
    needs = {}
    for title, description, host, place, sector_slugs in NEEDS:
        need = upsert(
            models.Need,
            {"trip": trip, "title": title},
            description=description,
            host=hosts[host],
            place=places[place],
        )
        sectors = Sector.objects.filter(slug__in=sector_slugs)
        if set(need.sectors.all()) != set(sectors):
            need.sectors.set(sectors)
        needs[title] = need
    return needs


def _delegates(trip, cast):
    """{(company slug, given name): Delegate}: every delegate of the planned companies."""
    found = {}
    for slug in s.PLANNED_PARTICIPANTS:
        participation = models.Participation.objects.get(trip=trip, company=cast.companies[slug])
        for person in cast.delegates[slug]:
            delegate = link(models.Delegate, participation=participation, person=person)
            found[slug, person.given_name] = delegate
    return found


def _wishes(trip, cast, needs, hosts):
    for slug, (need_titles, host_slugs, text) in WISHES.items():
        participation = models.Participation.objects.get(trip=trip, company=cast.companies[slug])
        for title in need_titles:
            need = needs[title]
            upsert(models.Wish, {"participation": participation, "need": need}, host=need.host)
        for host in host_slugs:
            upsert(
                models.Wish,
                {"participation": participation, "host": hosts[host], "need": None},
            )
        if text:
            upsert(models.Wish, {"participation": participation, "text": text})
