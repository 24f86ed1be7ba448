"""The benchmark data generator: realistic, reproducible, and within every database rule."""

import io

import pytest
from django.core.management import call_command

from contacts.models import Organisation, Person
from trips.benchdata import generate
from trips.models import Agreement, Lead, Meeting, MeetingPerson, Trip, Visit

pytestmark = pytest.mark.django_db


def people_made(first_id):
    return list(
        Person.objects.filter(pk__gte=first_id)
        .order_by("pk")
        .values_list("given_name", "family_name", "native_name", "title", "phone")
    )


def test_the_command_adds_people_and_trips_and_says_how_many():
    out = io.StringIO()
    call_command(
        "generate_bench_data", persons=400, trips=4, seed=3, stdout=out, stderr=io.StringIO()
    )
    assert Person.objects.count() == 400
    assert Trip.objects.count() == 4
    assert "people 400" in out.getvalue()
    # Latin and Chinese names; most people work in a few organisations, one is large
    assert Person.objects.exclude(native_name="").exists()
    assert Person.objects.filter(native_name="").exists()
    assert Organisation.objects.filter(native_name__endswith="市人民政府").exists()


def test_trips_have_visits_and_meetings_inside_their_dates_that_link_people():
    counts = generate(persons=600, trips=5, seed=4)
    big = Trip.objects.get(pk=counts["big_trip"])
    assert big.meetings.count() == 500  # the long trip the report pages must paginate
    for trip in Trip.objects.all():
        for day in [
            *trip.meetings.values_list("date", flat=True),
            *trip.visits.values_list("date", flat=True),
        ]:
            assert trip.start_date <= day <= trip.end_date
    assert MeetingPerson.objects.count() >= Meeting.objects.count()
    # a meeting on a visit is on the visit's day, on the same trip
    for meeting in Meeting.objects.exclude(visit=None).select_related("visit"):
        assert (meeting.visit.trip_id, meeting.visit.date) == (meeting.trip_id, meeting.date)
    # results only for trips that have happened, each lead's agreement is its company's
    assert Agreement.objects.exists() and Lead.objects.exists()
    for lead in Lead.objects.exclude(agreement=None).select_related("agreement"):
        assert lead.agreement.company_id == lead.company_id
    assert Visit.objects.exists()


def test_the_same_seed_gives_the_same_people():
    generate(persons=300, trips=2, seed=7)
    first = people_made(1)
    second_start = Person.objects.order_by("-pk").values_list("pk", flat=True)[0] + 1
    generate(persons=300, trips=2, seed=7)
    assert people_made(second_start) == first
    generate(persons=300, trips=2, seed=8)
    assert people_made(second_start + 300) != first
