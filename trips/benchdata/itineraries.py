"""Generated programmes, places, trips and their itineraries: visits and meetings with people."""

import datetime as dt
from dataclasses import dataclass, field

from trips.models import (
    Delegate,
    Meeting,
    MeetingAttendee,
    MeetingCounterpart,
    MeetingPerson,
    Participation,
    Place,
    Programme,
    Trip,
    TripOrganiser,
    Visit,
)

from . import vocabulary as words
from .world import TODAY, Weighted, dt_moment
from .writer import next_id, write

DESTINATION = Weighted(
    [("CN", 60), ("KZ", 8), ("VN", 8), ("IN", 7), ("JP", 5), ("KR", 5), ("DE", 4), ("US", 3)]
)
TIME_ZONES = {"CN": "Asia/Shanghai", "KZ": "Asia/Almaty", "VN": "Asia/Ho_Chi_Minh",
              "IN": "Asia/Kolkata", "JP": "Asia/Tokyo", "KR": "Asia/Seoul",
              "DE": "Europe/Berlin", "US": "America/New_York"}  # fmt: skip
MEETINGS_PER_TRIP = 50
PEOPLE_PER_MEETING = 3
BIG_TRIP_MEETINGS = 500
PROGRAMMES = ["SME2GO", "Nordic Asia Bridge", "Team Finland Growth", "Baltic Sea Export"]


@dataclass
class PlannedMeeting:
    id: int
    date: dt.date
    counterpart: int
    people: tuple
    attendees: tuple


@dataclass
class PlannedTrip:
    id: int
    start: dt.date
    end: dt.date
    country: str
    companies: list = field(default_factory=list)
    meetings: list = field(default_factory=list)

    @property
    def happened(self):
        return self.start < TODAY


def programmes(world):
    taken = set(Programme.objects.values_list("name", flat=True))
    first = next_id(Programme)
    count = max(1, min(len(PROGRAMMES) * 3, world.trips // 200 + 1))
    rows = []
    for i in range(count):
        name = f"{PROGRAMMES[i % len(PROGRAMMES)]} {2015 + i}"
        while name in taken:
            name += "+"
        taken.add(name)
        partners = ",".join(sorted({"CN", world.rng.choice(["KZ", "VN", "IN", "JP"])}))
        rows.append((first + i, name, world.slug(name, first + i), "", partners, ""))
    columns = ["id", "name", "slug", "description", "partner_countries", "website"]
    write(Programme, columns, rows, total=len(rows), progress=world.progress)
    world.programme_ids = [row[0] for row in rows]


def places(world):
    """Chinese provinces, cities in them and zones in the cities; cities elsewhere."""
    rng, rows, place_id = world.rng, [], next_id(Place)

    def add(name, native, kind, parent, country):
        nonlocal place_id
        lat, lon = rng.uniform(20, 45), rng.uniform(60, 125)
        rows.append(
            (place_id, name, native, kind, parent, country, None, round(lat, 6), round(lon, 6), "")
            + ("", "")  # no street address (address, native_address)
        )
        world.places_by_country.setdefault(country, []).append(place_id)
        place_id += 1
        return place_id - 1

    provinces = [add(n, h, Place.Kind.PROVINCE, None, "CN") for n, h in words.CHINESE_PROVINCES]
    for i, (name, hanzi) in enumerate(words.CHINESE_CITIES):
        city = add(name, hanzi + "市", Place.Kind.CITY, provinces[i % len(provinces)], "CN")
        add(f"{name} High-Tech Zone", hanzi + "高新区", Place.Kind.ECONOMIC_ZONE, city, "CN")
        add(f"{name} Food Valley", hanzi + "食品谷", Place.Kind.PARK, city, "CN")
    for country, cities in words.OTHER_CITIES.items():
        for name in cities:
            city = add(name, "", Place.Kind.CITY, None, country)
            add(f"{name} Science Park", "", Place.Kind.PARK, city, country)
    columns = ["id", "name", "native_name", "kind", "parent_id", "country", "area_km2",
               "latitude", "longitude", "description", "address", "native_address"]  # fmt: skip
    write(Place, columns, rows, total=len(rows), progress=world.progress)


def trips(world):
    """The trips, their organisers, companies, delegates, visits and meetings."""
    plans = [_plan_trip(world, trip_id, i) for i, trip_id in enumerate(_ids(Trip, world.trips))]
    _write_trips(world, plans)
    _participations(world, plans)
    _visits_and_meetings(world, plans)
    world.counts["trips"] = len(plans)
    return plans


def _ids(model, count):
    first = next_id(model)
    return range(first, first + count)


def _plan_trip(world, trip_id, index):
    rng = world.rng
    start = world.day_between(dt.date(2015, 3, 1), TODAY + dt.timedelta(days=300))
    if index == 0:  # the big trip (500 meetings) has happened and has its results
        start = dt.date(2025, 5, 12)
    days = 10 if index == 0 else rng.randint(4, 10)
    country = "CN" if index == 0 else DESTINATION.pick(rng)
    plan = PlannedTrip(trip_id, start, start + dt.timedelta(days=days - 1), country)
    pool = world.organisations.participants
    plan.companies = rng.sample(pool, min(len(pool), rng.randint(4, 8)))
    return plan


def _write_trips(world, plans):
    rng, rows = world.rng, []
    for plan in plans:
        theme = rng.choice(words.TRIP_THEMES)
        title = f"{theme} {plan.country} {plan.start.year} #{plan.id}"
        happened = plan.happened
        ended = plan.end < TODAY
        status = "completed" if ended else ("ongoing" if happened else "planned")
        published = ended and rng.random() < 0.7
        created = dt_moment(plan.start - dt.timedelta(days=90))
        rows.append((
            plan.id, rng.choice(world.programme_ids), title, world.slug(title, plan.id),
            plan.start, plan.end, plan.country, "", TIME_ZONES[plan.country], status,
            f"{theme} with {len(plan.companies)} companies.",
            "Report of the trip." if published else "",
            published, dt_moment(plan.end + dt.timedelta(days=7)) if published else None,
            created, created,
        ))  # fmt: skip
    columns = ["id", "programme_id", "title", "slug", "start_date", "end_date",
               "destination_country", "destination_region", "time_zone", "status", "summary",
               "report", "is_published", "published_at", "created_at", "updated_at"]  # fmt: skip
    write(Trip, columns, rows, total=len(rows), progress=world.progress)
    organisers = world.organisations.organisers
    if organisers:
        links = [(plan.id, rng.choice(organisers)) for plan in plans]
        write(TripOrganiser, ["trip_id", "organisation_id"], links, total=len(links),
              progress=world.progress)  # fmt: skip


def _participations(world, plans):
    rng, orgs = world.rng, world.organisations
    participations, delegates = [], []
    participation_id = next_id(Participation)
    for plan in plans:
        for company in plan.companies:
            feedback = (
                "We found two serious partners." if plan.happened and rng.random() < 0.5 else ""
            )
            participations.append((
                participation_id, plan.id, company, "Find partners and distributors.", feedback,
                dt_moment(plan.end) if feedback else None,
            ))  # fmt: skip
            staff = orgs.people_of(company)
            for person in rng.sample(staff, min(len(staff), rng.randint(1, 2))):
                delegates.append((participation_id, person))
            participation_id += 1
    columns = ["id", "trip_id", "company_id", "goals", "feedback", "feedback_at"]
    write(Participation, columns, participations, total=len(participations),
          progress=world.progress)  # fmt: skip
    write(Delegate, ["participation_id", "person_id"], delegates, total=len(delegates),
          progress=world.progress)  # fmt: skip
    world.counts["participations"] = len(participations)


def _visits_and_meetings(world, plans):
    rng = world.rng
    visits, meetings, counterparts, people, attendees = [], [], [], [], []
    visit_id, meeting_id = next_id(Visit), next_id(Meeting)
    for plan in plans:
        places = world.places_by_country.get(plan.country) or [None]
        day_visits = {}
        for day in sorted({world.day_between(plan.start, plan.end) for _ in range(5)}):
            place = rng.choice(places)
            if place is None:
                continue
            visits.append((visit_id, plan.id, place, day, dt.time(9), dt.time(17), "", ""))
            day_visits[day] = (visit_id, place)
            visit_id += 1
        count = BIG_TRIP_MEETINGS if plan is plans[0] else MEETINGS_PER_TRIP
        for _ in range(count):
            meeting = _meeting(world, plan, meeting_id, day_visits)
            if meeting is None:
                continue
            meetings.append(meeting)
            planned = plan.meetings[-1]
            counterparts.append((meeting_id, planned.counterpart))
            people.extend((meeting_id, person) for person in planned.people)
            attendees.extend((meeting_id, company) for company in planned.attendees)
            meeting_id += 1
    columns = ["id", "trip_id", "place_id", "date", "start_time", "end_time", "title", "notes"]
    write(Visit, columns, visits, total=len(visits),
          progress=world.progress)  # fmt: skip
    columns = ["id", "trip_id", "visit_id", "place_id", "date", "start_time", "end_time",
               "title", "internal_notes", "public_summary", "outcome", "created_at",
               "updated_at"]  # fmt: skip
    write(Meeting, columns, meetings, total=len(meetings), progress=world.progress)
    for model, rows, column in [
        (MeetingCounterpart, counterparts, "organisation_id"),
        (MeetingPerson, people, "person_id"),
        (MeetingAttendee, attendees, "company_id"),
    ]:
        write(model, ["meeting_id", column], rows, total=len(rows), progress=world.progress)
    world.counts.update(meetings=len(meetings), meeting_people=len(people))


def _meeting(world, plan, meeting_id, day_visits):
    rng, orgs = world.rng, world.organisations
    hosts = orgs.by_country.get(plan.country) or next(iter(orgs.by_country.values()))
    counterpart = rng.choice(hosts)
    staff = orgs.people_of(counterpart)
    met = tuple(rng.sample(staff, min(len(staff), rng.randint(1, 2 * PEOPLE_PER_MEETING - 1))))
    day = world.day_between(plan.start, plan.end)
    visit, place = day_visits.get(day, (None, None))
    if visit is not None and rng.random() < 0.5:
        place = None  # met during the visit: the visit's place
    else:
        visit = None
    companies = tuple(rng.sample(plan.companies, min(len(plan.companies), rng.randint(1, 2))))
    plan.meetings.append(PlannedMeeting(meeting_id, day, counterpart, met, companies))
    hour = rng.randint(8, 16)
    subject = rng.choice(words.MEETING_SUBJECTS)
    created = dt_moment(plan.start - dt.timedelta(days=30))
    return (
        meeting_id, plan.id, visit, place, day, dt.time(hour), dt.time(hour + 1), subject,
        "Internal notes.", f"{subject}." if rng.random() < 0.5 else "", "", created, created,
    )  # fmt: skip
