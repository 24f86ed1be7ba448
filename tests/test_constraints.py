"""The rules of the data hold in the database itself, not only in forms."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from tests import factories as f
from trips.models import Trip

pytestmark = pytest.mark.django_db

OUTSIDE = dt.date(2026, 3, 25)  # the factory trip runs 16–20 March 2026


def assert_refused_by_database(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_trip_cannot_end_before_it_starts():
    trip = f.TripFactory.build(start_date=dt.date(2026, 3, 20), end_date=dt.date(2026, 3, 16))
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        trip.full_clean()
    trip.programme.save()
    trip.programme = trip.programme
    assert_refused_by_database(trip.save)


@pytest.mark.parametrize(
    "factory, field",
    [(f.VisitFactory, "date"), (f.MeetingFactory, "date"), (f.AgreementFactory, "signed_date")],
)
def test_records_are_dated_inside_their_trip(factory, field):
    trip = f.TripFactory()
    candidate = factory.build(trip=trip, **{field: OUTSIDE})
    if hasattr(candidate, "place") and factory is f.VisitFactory:
        candidate.place = f.PlaceFactory()
    for fk in ("company", "counterpart"):
        if hasattr(candidate, f"{fk}_id") and getattr(candidate, f"{fk}_id") is None:
            getattr(candidate, fk).save()
            setattr(candidate, fk, getattr(candidate, fk))
    with pytest.raises(ValidationError) as excinfo:
        candidate.full_clean()
    assert "outside the trip" in str(excinfo.value.message_dict[field])
    assert_refused_by_database(candidate.save)

    inside = factory(trip=trip)
    setattr(inside, field, OUTSIDE)
    assert_refused_by_database(inside.save)  # moving an existing record out is refused too


def test_trip_dates_cannot_shrink_away_from_its_meetings():
    meeting = f.MeetingFactory(date=dt.date(2026, 3, 20))
    trip = meeting.trip
    trip.end_date = dt.date(2026, 3, 18)
    with pytest.raises(ValidationError, match="outside the new dates"):
        trip.full_clean()
    assert_refused_by_database(trip.save)
    assert Trip.objects.get(pk=trip.pk).end_date == dt.date(2026, 3, 20)


def test_agreement_signed_after_the_trip_is_allowed_without_trip():
    agreement = f.AgreementFactory(trip=None, signed_date=dt.date(2026, 9, 1))
    assert agreement.pk


def test_signed_agreement_needs_a_date():
    agreement = f.AgreementFactory.build(signed_date=None, trip=None)
    agreement.company.save()
    agreement.counterpart.save()
    agreement.company, agreement.counterpart = agreement.company, agreement.counterpart
    with pytest.raises(ValidationError, match="needs its signing date"):
        agreement.full_clean()
    assert_refused_by_database(agreement.save)


@pytest.mark.parametrize(
    "values, message",
    [
        ({"latitude": Decimal("91"), "longitude": Decimal("10")}, "(?i)latitude.*90"),
        ({"latitude": Decimal("10"), "longitude": Decimal("-181")}, "(?i)longitude.*-180"),
        ({"latitude": Decimal("10"), "longitude": None}, "both latitude and longitude"),
        ({"area_km2": Decimal("0")}, "area must be positive"),
        ({"area_km2": Decimal("-120")}, "area must be positive"),
    ],
)
def test_places_have_sane_coordinates_and_areas(values, message):
    place = f.PlaceFactory.build(**values)
    with pytest.raises(ValidationError, match=message):
        place.full_clean()
    assert_refused_by_database(place.save)


def test_a_place_cannot_be_inside_itself_even_indirectly():
    province = f.PlaceFactory(kind="province")
    city = f.PlaceFactory(parent=province)
    province.parent = city
    with pytest.raises(ValidationError, match="inside itself"):
        province.full_clean()


def test_slugs_are_unique():
    f.TripFactory(slug="shandong")
    assert_refused_by_database(lambda: f.TripFactory(slug="shandong"))
    f.OrganisationFactory(slug="posintra")
    assert_refused_by_database(lambda: f.OrganisationFactory(slug="posintra"))


def test_a_company_takes_part_in_a_trip_once():
    participation = f.ParticipationFactory()
    assert_refused_by_database(
        lambda: f.ParticipationFactory(trip=participation.trip, company=participation.company)
    )


def test_person_needs_a_name_in_some_script():
    person = f.PersonFactory.build(given_name="", family_name="", native_name="")
    person.organisation.save()
    person.organisation = person.organisation
    with pytest.raises(ValidationError, match="Give the person a name"):
        person.full_clean()
    f.PersonFactory(given_name="", family_name="", native_name="王丽")  # native script is enough


def test_deleting_an_organisation_that_meetings_refer_to_is_refused():
    link = f.MeetingCounterpartFactory()
    with pytest.raises(ProtectedError):
        link.organisation.delete()
    link.meeting.refresh_from_db()
    assert list(link.meeting.counterpart_organisations.all()) == [link.organisation]


def test_deleting_a_person_met_in_a_meeting_is_refused():
    link = f.MeetingPersonFactory()
    with pytest.raises(ProtectedError):
        link.person.delete()
    assert link.meeting.counterpart_persons.get() == link.person


def test_deleting_a_company_with_an_agreement_is_refused():
    agreement = f.AgreementFactory()
    with pytest.raises(ProtectedError):
        agreement.company.delete()
    with pytest.raises(ProtectedError):
        agreement.counterpart.delete()


@pytest.mark.parametrize(
    "factory",
    [f.MeetingFactory, f.ParticipationFactory, f.NeedFactory, f.RecognitionFactory],
    ids=["meeting", "participation", "need", "diploma"],
)
def test_deleting_a_trip_with_records_people_care_about_is_refused(factory):
    record = factory()
    with pytest.raises(ProtectedError):
        record.trip.delete()
    assert Trip.objects.filter(pk=record.trip.pk).exists()


def test_phone_numbers_are_stored_normalised():
    person = f.PersonFactory(phone="+358 40 000 0001")
    person.refresh_from_db()
    assert str(person.phone) == "+358400000001"


def test_history_is_kept_for_trips_and_people():
    trip = f.TripFactory(title="First title")
    trip.title = "Second title"
    trip.save()
    assert [h.title for h in trip.history.all()] == ["Second title", "First title"]
    person = f.PersonFactory()
    person.title = "Vice mayor"
    person.save()
    assert person.history.count() == 2


def test_only_participant_companies_take_part_attend_sign_and_match():
    city = f.CounterpartFactory()
    participation = f.ParticipationFactory.build(trip=f.TripFactory(), company=city)
    with pytest.raises(ValidationError) as excinfo:
        participation.full_clean()
    assert "company" in excinfo.value.message_dict
