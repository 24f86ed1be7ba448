"""A trip's time zone comes from its destination and the list offers current zones only; its
status follows its dates unless cancelled; places can be districts and their areas are entered
in hectares or km² and shown in a fitting unit."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from tests import factories as f
from tests.test_admin import TRIP_INLINES, empty_inlines
from trips.admin.forms import PlaceAdminForm, TripAdminForm
from trips.models import Place, Trip
from trips.schedule import trip_statuses_update

pytestmark = pytest.mark.django_db


def _add_trip(client, staff, **fields):
    data = {
        "programme": f.ProgrammeFactory().pk,
        "title_en": "Tallinn and Tartu",
        "language": "en",
        "slug": "tallinn-tartu",
        "start_date": "2027-05-10",
        "end_date": "2027-05-12",
        "destination_country": "EE",
        "time_zone": "",
        "status": "",
        **fields,
        **empty_inlines(TRIP_INLINES),
    }
    client.force_login(staff)
    response = client.post(reverse("admin:trips_trip_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Trip.objects.get(slug=data["slug"])


def test_the_time_zone_defaults_from_the_destination_country(client, staff):
    assert _add_trip(client, staff).time_zone == "Europe/Tallinn"
    chosen = _add_trip(client, staff, slug="almaty", destination_country="KZ", time_zone="UTC")
    assert chosen.time_zone == "UTC"  # a zone staff chose is kept
    assert _add_trip(client, staff, slug="x", destination_country="CN").time_zone == "Asia/Shanghai"


def test_the_time_zone_list_offers_current_zones_only(client, staff):
    zones = [value for value, _label in TripAdminForm().fields["time_zone"].choices]
    assert {"Europe/Tallinn", "Asia/Shanghai", "Europe/Helsinki", "UTC"} <= set(zones)
    assert not {"US/Pacific", "Asia/Calcutta", "Etc/GMT+5", "Europe/Kiev"} & set(zones)
    assert len(zones) < 450  # zoneinfo knows some 600 names with the legacy aliases
    trip = f.TripFactory(time_zone="Mars/Olympus")
    with pytest.raises(ValidationError) as refused:
        trip.full_clean()
    assert "time_zone" in refused.value.message_dict


@pytest.mark.parametrize(
    "start, end, status",
    [("2020-01-01", "2020-01-03", "completed"), ("2099-01-01", "2099-01-03", "planned")],
)
def test_a_new_trip_takes_its_status_from_its_dates(client, staff, start, end, status):
    trip = _add_trip(client, staff, start_date=start, end_date=end, status="ongoing")
    assert trip.status == status


def test_a_cancelled_trip_stays_cancelled_and_takes_no_feedback(client, staff):
    trip = _add_trip(
        client, staff, start_date="2020-01-01", end_date="2020-01-03", status="cancelled"
    )
    assert trip.status == Trip.Status.CANCELLED
    assert not trip.feedback_is_open
    assert trip_statuses_update() == 0
    trip.refresh_from_db()
    assert trip.status == Trip.Status.CANCELLED


def test_statuses_follow_the_dates_day_by_day(capsys):
    today = dt.date(2027, 5, 11)
    ahead = f.TripFactory(
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 12), status="planned"
    )
    done = f.TripFactory(
        start_date=dt.date(2027, 5, 1), end_date=dt.date(2027, 5, 3), status="ongoing"
    )
    cancelled = f.TripFactory(
        start_date=dt.date(2027, 5, 1), end_date=dt.date(2027, 5, 3), status="cancelled"
    )
    assert trip_statuses_update(today) == 2
    statuses = dict(Trip.objects.values_list("pk", "status"))
    assert statuses == {ahead.pk: "ongoing", done.pk: "completed", cancelled.pk: "cancelled"}
    call_command("update_trip_statuses")
    assert "trip(s) changed status" in capsys.readouterr().out


@pytest.mark.parametrize(
    "area_km2, shown",
    [(Decimal("120"), "120 km²"), (Decimal("0.36"), "36 ha"), (Decimal("1.5"), "1.5 km²"),
     (Decimal("0.05"), "5 ha"), (None, "")],
)  # fmt: skip
def test_areas_are_shown_in_a_fitting_unit(area_km2, shown):
    assert Place(area_km2=area_km2).area_display == shown


def _place_data(**fields):
    return {"name": "Old Town", "kind": "district", "country": "EE", "area_unit": "ha", **fields}


def test_a_district_with_its_area_in_hectares(client, staff):
    client.force_login(staff)
    response = client.post(reverse("admin:trips_place_add"), _place_data(area="36"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    place = Place.objects.get(name="Old Town")
    assert (place.kind, place.area_km2) == ("district", Decimal("0.36"))
    form = PlaceAdminForm(instance=place)
    assert (form.initial["area"], form.initial["area_unit"]) == (Decimal("36"), "ha")
    listing = client.get(reverse("admin:trips_place_changelist")).content.decode()
    assert "36 ha" in listing


def test_an_area_in_km2_and_a_refused_area():
    form = PlaceAdminForm(data=_place_data(area="120", area_unit="km2"))
    assert form.is_valid(), form.errors
    place = form.save()
    assert place.area_km2 == Decimal("120.00")
    assert str(PlaceAdminForm(instance=place).initial["area"]) == "120"  # not 1.2E+2
    form = PlaceAdminForm(data=_place_data(name="Tiny", area="0.001"))
    assert not form.is_valid()
    assert "area" in form.errors
