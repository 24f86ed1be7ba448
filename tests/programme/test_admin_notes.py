"""Staff write a trip's practical notes on the trip's admin page; companies read them."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.test_admin import TRIP_INLINES, admin_url, empty_inlines
from trips.models import PracticalNotes, Trip

pytestmark = pytest.mark.django_db


def test_staff_write_practical_notes_on_the_trip_page(client, staff, company_a, company_a_org):
    trip = f.TripFactory(status="planned", is_published=False, published_at=None)
    f.ParticipationFactory(trip=trip, company=company_a_org)
    client.force_login(staff)
    form = client.get(admin_url(Trip, "change", trip.pk)).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data |= {"programme": trip.programme_id, "title_en": "Water delegation", "language": "en"}
    data |= empty_inlines(TRIP_INLINES)
    data |= {
        "practical_notes-TOTAL_FORMS": 1,
        "practical_notes-0-hotel": "Blue Sea Hotel, 日照市海滨路8号",
        "practical_notes-0-emergency_contacts": "Trip leader +358 40 000 0000",
    }
    response = client.post(admin_url(Trip, "change", trip.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert PracticalNotes.objects.get(trip=trip).hotel == "Blue Sea Hotel, 日照市海滨路8号"

    client.force_login(company_a)
    page = client.get(reverse("my:programme", kwargs={"slug": trip.slug})).content.decode()
    assert "Blue Sea Hotel, 日照市海滨路8号" in page
    assert "Trip leader +358 40 000 0000" in page


def test_staff_enter_a_venue_address_in_both_scripts(client, staff):
    client.force_login(staff)
    response = client.post(
        admin_url(f.PlaceFactory._meta.model, "add"),
        {
            "name": "Rizhao city hall",
            "kind": "site",
            "country": "CN",
            "area_unit": "km2",
            "address": "1 Yantai Road, Donggang District",
            "native_address": "东港区烟台路1号",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    place = f.PlaceFactory._meta.model.objects.get(name="Rizhao city hall")
    assert place.native_address == "东港区烟台路1号"
