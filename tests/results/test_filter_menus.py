"""Follow-ups and dashboard over thousands of trips: their trip and company menus are
autocompletes that carry only the chosen option, not every trip and company."""

import datetime as dt

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_follow_up_menus_carry_only_the_chosen_trip_and_company(staff_client):
    leads = [f.LeadFactory(trip=f.TripFactory(title=f"Delegation {n}")) for n in range(12)]
    chosen = leads[0]
    page = staff_client.get(
        reverse("results:followups"), {"trip": chosen.trip.pk, "company": chosen.company.pk}
    ).content.decode()
    assert f'<option value="{chosen.trip.pk}" selected>' in page
    assert f'<option value="{chosen.company.pk}" selected>' in page
    assert "Delegation 7" not in page and leads[7].company.name not in page
    assert "admin/js/autocomplete.js" in page


def test_dashboard_trip_menu_carries_only_the_chosen_trip(staff_client):
    programme = f.ProgrammeFactory()
    trips = [
        f.TripFactory(programme=programme, title=f"Mission {n}", start_date=dt.date(2026, 3, n + 1),
                      end_date=dt.date(2026, 3, n + 2))
        for n in range(12)
    ]  # fmt: skip
    page = staff_client.get(
        reverse("results:dashboard"),
        {
            "programme": programme.pk,
            "trip": trips[0].pk,
            "start": "2026-01-01",
            "end": "2026-12-31",
        },
    ).content.decode()
    assert f'<option value="{trips[0].pk}" selected>' in page
    assert "Mission 7" not in page


def test_a_bad_trip_in_the_address_gets_an_answer_not_an_error(staff_client):
    assert staff_client.get(reverse("results:followups"), {"trip": "abc"}).status_code == 400
    dashboard = staff_client.get(
        reverse("results:dashboard"),
        {"programme": f.ProgrammeFactory().pk, "trip": "abc", "start": "2026-01-01",
         "end": "2026-12-31"},
    )  # fmt: skip
    assert dashboard.status_code in (200, 400)


def test_a_bad_organisation_in_the_directory_address_gets_an_answer(client, staff):
    client.force_login(staff)
    assert client.get(reverse("contacts:directory"), {"organisation": "abc"}).status_code < 500
