"""The steps that write the demo tables (`cast.py`, `story.py`) into the database.

Loading is idempotent: records are found by natural keys and only written when something
differs, so a second run changes nothing (not even history), whatever the day: dates are set
relative to the day of the first load (see dates.py). Each step returns what later steps
refer to; the cast travels between them as one `Cast`.
"""

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import ForeignKey

from contacts.models import Membership, Organisation, Person, Sector
from trips import models

from . import cast as c
from . import story as s
from .dates import DemoCalendar


def upsert(model, lookup, **values):
    """Find by `lookup`; create, or update only the fields that differ. Returns the object."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj
    changed = False
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        if not isinstance(model_field, ForeignKey):
            value = model_field.to_python(value)
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.full_clean()
        obj.save()
    return obj


def link(model, **keys):
    """A row of a through table, created once."""
    return upsert(model, keys)


def _ascii(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class DemoLogin:
    username: str
    organisation: str
    is_staff: bool


@dataclass
class Cast:
    """The records of the cast, by slug (places by key, counterpart people by native name)."""

    sectors: dict = field(default_factory=dict)
    programme: models.Programme | None = None
    organisers: dict = field(default_factory=dict)
    companies: dict = field(default_factory=dict)
    delegates: dict = field(default_factory=dict)
    counterparts: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    places: dict = field(default_factory=dict)
    when: DemoCalendar | None = None  # moves the rows' dates to the day of loading


# --- The cast --------------------------------------------------------------------------------


def write_cast(when):
    cast = Cast(when=when)
    cast.sectors = {slug: upsert(Sector, {"slug": slug}, name=name) for name, slug in c.SECTORS}
    programme = dict(c.PROGRAMME)
    cast.programme = upsert(models.Programme, {"slug": programme.pop("slug")}, **programme)
    write_organisers(cast)
    write_companies(cast)
    write_counterparts(cast)
    write_places(cast)
    return cast


def write_organisers(cast):
    for slug, fields in c.ORGANISERS.items():
        cast.organisers[slug] = upsert(Organisation, {"slug": slug}, **fields)
    contact = dict(c.ORGANISER_CONTACT)
    lookup = {
        "organisation": cast.organisers[contact.pop("organisation")],
        "given_name": contact.pop("given_name"),
        "family_name": contact.pop("family_name"),
    }
    upsert(Person, lookup, **contact)


def write_companies(cast):
    basis, source, date = c.DELEGATE_BASIS
    for slug, (name, country, city, web, sector_slugs, competences, people) in c.COMPANIES.items():
        company = upsert(
            Organisation,
            {"slug": slug},
            name=name,
            kind=Organisation.Kind.PARTICIPANT,
            country=country,
            city=city,
            website=web,
            competences=competences,
            description=c.COMPANY_DESCRIPTION,
            is_public=True,
        )
        company.sectors.set([cast.sectors[sector] for sector in sector_slugs])
        cast.companies[slug] = company
        domain = web.removeprefix("https://")
        cast.delegates[slug] = [
            upsert(
                Person,
                {"organisation": company, "given_name": given, "family_name": family},
                title=title,
                email=_ascii(f"{given}.{family}@{domain}".lower()),
                phone=phone,
                preferred_language="fi" if country == "FI" else "sv",
                lawful_basis=basis,
                lawful_basis_source=source,
                lawful_basis_date=cast.when.past(date),
            )
            for given, family, title, phone in people
        ]


def write_counterparts(cast):
    for slug, (name, native, kind, city, public) in c.COUNTERPARTS.items():
        cast.counterparts[slug] = upsert(
            Organisation,
            {"slug": slug},
            name=name,
            native_name=native,
            kind=kind,
            country="CN",
            city=city,
            is_public=public,
            description=c.COUNTERPART_DESCRIPTIONS.get(slug, ""),
        )
    basis, source, date = c.COUNTERPART_BASIS
    for org_slug, given, family, native, title, email, wechat in c.COUNTERPART_PEOPLE:
        cast.people[native] = upsert(
            Person,
            {"organisation": cast.counterparts[org_slug], "native_name": native},
            given_name=given,
            family_name=family,
            title=title,
            email=f"{email}@{org_slug}.example" if email else "",
            messaging_id=wechat,
            preferred_language="zh-hans",
            lawful_basis=basis,
            lawful_basis_source=source,
            lawful_basis_date=cast.when.past(date),
        )


def write_places(cast):
    places = cast.places
    for key, name, native, kind, parent, lat, lon, area in c.PLACES:
        places[key] = upsert(
            models.Place,
            {"name": name, "parent": places.get(parent)},
            native_name=native,
            kind=kind,
            country=c.PLACE_COUNTRIES.get(key, "CN"),
            latitude=Decimal(lat),
            longitude=Decimal(lon),
            area_km2=Decimal(area) if area else None,
        )
    for key, description in c.PLACE_DESCRIPTIONS.items():
        place = places[key]
        places[key] = upsert(
            models.Place, {"name": place.name, "parent": place.parent}, description=description
        )


def write_logins(password, companies):
    User = get_user_model()
    group = Group.objects.get(name=models.PROJECT_STAFF_GROUP)

    def ensure_user(username, **attrs):
        if not User.objects.filter(username=username).exists():
            return User.objects.create_user(username, password=password, **attrs)
        user = upsert(User, {"username": username}, **attrs)
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        return user

    staff = ensure_user(c.STAFF_USERNAME, **c.STAFF_USER)
    staff.groups.add(group)
    logins = [DemoLogin(c.STAFF_USERNAME, c.STAFF_LOGIN_LABEL, True)]
    for slug, company in companies.items():
        email = f"demo-{slug}@{slug}.example"
        user = ensure_user(f"demo-{slug}", is_staff=False, is_superuser=False, email=email)
        upsert(Membership, {"user": user}, organisation=company)
        logins.append(DemoLogin(user.username, company.name, False))
    return logins


# --- The trips -------------------------------------------------------------------------------


def write_trip(cast, row, organiser_slugs, move):
    """The trip of `row`, its dates moved by `move` (one of `cast.when`'s methods)."""
    values = dict(row)
    for name in ("start_date", "end_date", "published_at"):
        if values.get(name):
            values[name] = move(values[name])
    trip = upsert(models.Trip, {"slug": values.pop("slug")}, programme=cast.programme, **values)
    for slug in organiser_slugs:
        link(models.TripOrganiser, trip=trip, organisation=cast.organisers[slug])
    return trip


def write_shandong_trip(cast):
    trip = write_trip(cast, s.SHANDONG_TRIP, s.SHANDONG_ORGANISERS, cast.when.past)
    write_participations(trip, cast)
    visits = write_visits(trip, cast)
    meetings = write_meetings(trip, cast, visits)
    agreement = write_agreement(trip, cast, meetings)
    write_leads(trip, cast, meetings, agreement)
    write_needs(trip, cast)
    write_recognitions(trip, cast)
    return trip


def write_participations(trip, cast):
    for slug, company in cast.companies.items():
        participation = upsert(
            models.Participation,
            {"trip": trip, "company": company},
            goals=s.SHANDONG_GOALS,
            feedback=s.FEEDBACK.get(slug, ""),
            feedback_at=cast.when.past(s.FEEDBACK_AT) if slug in s.FEEDBACK else None,
        )
        for person in cast.delegates[slug]:
            link(models.Delegate, participation=participation, person=person)


def write_visits(trip, cast):
    """The visits by place key."""
    return {
        key: upsert(
            models.Visit,
            {"trip": trip, "date": cast.when.past(day), "place": cast.places[key]},
            title=title,
            start_time=start,
            end_time=end,
        )
        for day, key, title, start, end in s.SHANDONG_VISITS
    }


def write_meetings(trip, cast, visits):
    """The meetings by the place key of their visit."""
    meetings = {}
    for key, title, start, orgs, persons, attending, summary, notes in s.MEETINGS:
        meeting = upsert(
            models.Meeting,
            {"trip": trip, "title": title},
            date=visits[key].date,
            visit=visits[key],
            place=cast.places[key],
            start_time=start,
            public_summary=summary,
            internal_notes=notes,
        )
        for slug in orgs:
            link(models.MeetingCounterpart, meeting=meeting, organisation=cast.counterparts[slug])
        for native in persons:
            link(models.MeetingPerson, meeting=meeting, person=cast.people[native])
        for slug in attending:
            link(models.MeetingAttendee, meeting=meeting, company=cast.companies[slug])
            for delegate in models.Delegate.objects.filter(
                participation__trip=trip, participation__company=cast.companies[slug]
            ):
                link(models.MeetingDelegate, meeting=meeting, delegate=delegate)
        meetings[key] = meeting
    return meetings


def write_agreement(trip, cast, meetings):
    values = dict(s.AGREEMENT)
    lookup = {
        "trip": trip,
        "company": cast.companies[values.pop("company")],
        "kind": values.pop("kind"),
    }
    values["counterpart"] = cast.counterparts[values["counterpart"]]
    values["meeting"] = meetings[values["meeting"]]
    values["signed_date"] = cast.when.past(values["signed_date"])
    return upsert(models.Agreement, lookup, **values)


def write_leads(trip, cast, meetings, agreement):
    staff = get_user_model().objects.filter(username=c.STAFF_USERNAME).first()
    for company, org, person, meeting, step, due, status in s.LEADS:
        lookup = {
            "trip": trip,
            "company": cast.companies[company],
            "counterpart": cast.counterparts[org],
        }
        # A follow-up already loaded keeps its due date: loading again changes nothing.
        loaded = models.Lead.objects.filter(**lookup).values_list("due_date", flat=True).first()
        upsert(
            models.Lead,
            lookup,
            counterpart_person=cast.people[person],
            meeting=meetings[meeting],
            next_step=step,
            due_date=loaded or cast.when.due(due),
            status=status,
            owner=staff,
            agreement=agreement if status == models.Lead.Status.AGREEMENT else None,
        )


def write_needs(trip, cast):
    for title, description, host, place, sector_slugs, matches in s.NEEDS:
        need = upsert(
            models.Need,
            {"trip": trip, "title": title},
            description=description,
            host=cast.counterparts[host],
            place=cast.places[place],
        )
        need.sectors.set(Sector.objects.filter(slug__in=sector_slugs))
        for slug, status, reason in matches:
            upsert(
                models.Match,
                {"need": need, "company": cast.companies[slug]},
                status=status,
                reason=reason,
            )


def write_recognitions(trip, cast):
    row = s.RECOGNITION
    for recipient in row["recipients"]:
        recognition = upsert(
            models.Recognition,
            {"trip": trip, "recipient": cast.organisers[recipient], "kind": row["kind"]},
            title=row["title"],
            reason=row["reason"],
            date=cast.when.past(row["date"]),
        )
        for awarder in row["awarders"]:
            link(
                models.RecognitionAwarder,
                recognition=recognition,
                organisation=cast.counterparts[awarder],
            )


def write_planned_trip(cast):
    trip = write_trip(cast, s.PLANNED_TRIP, s.PLANNED_ORGANISERS, cast.when.planned)
    for slug in s.PLANNED_PARTICIPANTS:
        upsert(
            models.Participation,
            {"trip": trip, "company": cast.companies[slug]},
            goals=s.PLANNED_GOALS,
        )
    day, key, title, notes = s.PLANNED_VISIT
    upsert(
        models.Visit,
        {"trip": trip, "date": cast.when.planned(day), "place": cast.places[key]},
        title=title,
        notes=notes,
    )
    return trip
