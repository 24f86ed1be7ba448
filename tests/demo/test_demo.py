"""The demo story tells the Shandong trip of the source text, and loads idempotently."""

import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from contacts.models import Organisation, Person
from tests.conftest import DEMO_DAY
from trips.models import (
    PROJECT_STAFF_GROUP,
    Agreement,
    Match,
    Need,
    Place,
    Recognition,
    Trip,
)
from trips.queries.people import people_met_on

pytestmark = pytest.mark.django_db
SHANDONG = "smart-city-delegation-shandong"


def test_six_participant_companies_from_finland_and_sweden(demo):
    trip = Trip.objects.get(slug=SHANDONG)
    companies = [p.company for p in trip.participations.select_related("company")]
    assert len(companies) == 6
    assert {c.country.code for c in companies} == {"FI", "SE"}
    for company in companies:
        assert company.sectors.exists() and company.competences
    for participation in trip.participations.all():
        assert 1 <= participation.delegates.count() <= 2


def test_the_trip_is_five_days_in_march_published_and_completed(demo):
    trip = Trip.objects.get(slug=SHANDONG)
    assert trip.duration_days == 5 and trip.start_date.month == 3
    assert trip.is_published and trip.status == Trip.Status.COMPLETED
    assert trip.destination_country.code == "CN" and trip.destination_region == "Shandong"
    assert {o.name for o in trip.organisers.all()} == {"Posintra Oy", "Västerås Science Park"}
    assert {v.date for v in trip.visits.all()} == {
        trip.start_date + __import__("datetime").timedelta(days=n) for n in range(5)
    }


def test_places_nest_with_food_valley_120_km2_inside_weifang(demo):
    food_valley = Place.objects.get(name="Food Valley")
    assert food_valley.area_km2 == 120
    assert [p.name for p in food_valley.ancestors()] == ["Weifang", "Shandong"]
    assert Place.objects.get(name="Weifang High-Tech Zone").parent.name == "Weifang"
    assert Place.objects.get(name="Rizhao National Forest Park").parent.name == "Rizhao"
    assert not Place.objects.filter(latitude__isnull=True).exists()


def test_one_signed_agreement_with_the_zhucheng_chair_maker(demo):
    agreement = Agreement.objects.get(status=Agreement.Status.SIGNED)
    assert agreement.kind == Agreement.Kind.COOPERATION
    assert agreement.counterpart.city == "Zhucheng"
    assert agreement.counterpart.kind == Organisation.Kind.LOCAL_COMPANY
    assert agreement.trip.slug == SHANDONG and agreement.meeting.place.name == "Zhucheng"


def test_meetings_cover_the_hosts_of_the_source_story(demo):
    trip = Trip.objects.get(slug=SHANDONG)
    met = set(trip.meetings.values_list("counterpart_organisations__slug", flat=True))
    assert {
        "weifang-government",
        "food-valley-management",
        "weifang-high-tech-zone",
        "zhucheng-chair-maker",
        "rizhao-government",
    } <= met
    people = people_met_on(trip)
    assert people.count() >= 5
    assert people.filter(native_name__regex=r"[\u4e00-\u9fff]").exists()


def test_rizhaos_two_needs_each_have_a_match(demo):
    rizhao = Organisation.objects.get(slug="rizhao-government")
    needs = Need.objects.filter(host=rizhao)
    assert {n.title for n in needs} == {"Nordic wastewater treatment", "Wooden house construction"}
    for need in needs:
        assert Match.objects.filter(need=need).exists()


def test_leads_diplomas_and_feedback(demo):
    trip = Trip.objects.get(slug=SHANDONG)
    assert trip.leads.count() >= 2
    diplomas = Recognition.objects.filter(trip=trip, kind=Recognition.Kind.DIPLOMA)
    assert {d.recipient.name for d in diplomas} == {"Posintra Oy", "Västerås Science Park"}
    assert trip.participations.exclude(feedback="").count() >= 3


def test_a_second_trip_is_planned_and_unpublished(demo):
    planned = Trip.objects.exclude(slug=SHANDONG).get()
    assert planned.status == Trip.Status.PLANNED and not planned.is_published
    assert list(Trip.objects.published()) == [Trip.objects.get(slug=SHANDONG)]


def test_demo_logins_one_staff_and_one_per_company(demo):
    User = get_user_model()
    staff = User.objects.get(username="demo-staff")
    assert staff.is_staff and not staff.is_superuser
    assert staff.groups.filter(name=PROJECT_STAFF_GROUP).exists()
    company_logins = User.objects.filter(username__startswith="demo-").exclude(pk=staff.pk)
    assert company_logins.count() == 6
    for user in company_logins:
        assert not user.is_staff
        assert user.username == f"demo-{user.membership.organisation.slug}"
        assert user.check_password("correct-horse-battery")


def test_demo_company_logins_can_reset_their_password(demo, client):
    """Every company login has a fictional address, so "Forgot password" can be tried."""
    logins = get_user_model().objects.filter(membership__isnull=False)
    assert logins.exists()
    for user in logins:
        assert user.email.endswith(".example"), user.username
    client.post(reverse("password_reset"), {"email": logins.first().email})
    assert len(mail.outbox) == 1


def test_demo_people_are_fictional(demo):
    for person in Person.objects.exclude(email=""):
        assert person.email.endswith(".example"), person.email


def _row_counts():
    return {
        model._meta.label: model._default_manager.count()
        for app in ("contacts", "trips", "auth")
        for model in apps.get_app_config(app).get_models()
    }


def test_loading_twice_changes_nothing(demo):
    before = _row_counts()
    passwords = dict(get_user_model().objects.values_list("username", "password"))
    call_command(
        "load_demo", password="correct-horse-battery", today=DEMO_DAY, stdout=io.StringIO()
    )
    assert _row_counts() == before  # no duplicates, and not even a new history record
    assert dict(get_user_model().objects.values_list("username", "password")) == passwords


def test_the_command_prints_the_logins(db):
    out = io.StringIO()
    call_command("load_demo", password="a-long-password", stdout=out)
    assert "demo-staff" in out.getvalue() and "demo-puhdas-vesi" in out.getvalue()


@pytest.mark.parametrize(
    "password, message",
    [(None, "--password is required when DJANGO_DEBUG is off"), ("short", "at least 8")],
)
def test_bad_passwords_are_refused_and_nothing_is_loaded(db, password, message):
    with pytest.raises(CommandError, match=message):
        call_command("load_demo", password=password, stdout=io.StringIO())
    assert not Trip.objects.exists()


def test_the_planned_trip_has_practical_notes(demo):
    notes = Trip.objects.exclude(slug=SHANDONG).get().practical_notes
    assert "Almaty" in notes.hotel and notes.transport and "112" in notes.emergency_contacts
