"""Recording a trip in the admin without detours (issue 9): the "+" beside a participation
creates a participant company, the lead owner picker offers staff only, and an agreement whose
signing date contradicts its status is refused with the reason."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from contacts.models import Organisation
from tests import factories as f
from trips.models import Agreement, Lead

pytestmark = pytest.mark.django_db


def _autocomplete(client, model, field, term=""):
    params = {"app_label": "trips", "model_name": model, "field_name": field, "term": term}
    response = client.get(reverse("admin:autocomplete"), params)
    assert response.status_code == 200
    return [row["text"] for row in response.json()["results"]]


def test_the_plus_beside_a_participation_creates_a_participant_company(client, staff):
    trip = f.TripFactory()
    client.force_login(staff)
    page = client.get(reverse("admin:trips_trip_change", args=[trip.pk])).content.decode()
    link = re.search(r'id="add_id_participations-__prefix__-company"[^>]*href="([^"]+)"', page)
    add_url = link.group(1).replace("&amp;", "&")
    assert "kind=participant" in add_url and "_popup=1" in add_url

    form = client.get(add_url)
    assert form.context["adminform"].form.initial["kind"] == "participant"
    data = {
        "name": "Tartu Smart Homes OÜ",
        "slug": "tartu-smart-homes",
        "kind": "participant",
        "country": "EE",
        "_popup": 1,  # the popup form sends these back, as hidden fields
        "_to_field": "id",
        "people-TOTAL_FORMS": 0,
        "people-INITIAL_FORMS": 0,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
    }
    created = client.post(add_url, data)
    assert created.status_code == 200  # the popup's "close and choose it" page
    company = Organisation.objects.get(slug="tartu-smart-homes")
    assert company.kind == Organisation.Kind.PARTICIPANT
    assert "Tartu Smart Homes OÜ" in _autocomplete(client, "participation", "company", "Tartu")


def test_the_lead_owner_picker_offers_staff_only(client, staff, company_a):
    client.force_login(staff)
    offered = _autocomplete(client, "lead", "owner")
    assert "staff" in offered
    assert "company_a" not in offered
    lead = f.LeadFactory(owner=company_a)
    with pytest.raises(ValidationError) as refused:
        lead.full_clean()
    assert "owner" in refused.value.message_dict
    lead.owner = staff
    lead.full_clean()
    assert Lead.objects.filter(owner=company_a).count() == 1  # nothing saved by the check


def test_an_agreement_with_a_signing_date_in_preparation_is_refused_with_the_reason(client, staff):
    agreement = f.AgreementFactory.build(
        trip=f.TripFactory(),
        company=f.CompanyFactory(),
        counterpart=f.CounterpartFactory(),
        status=Agreement.Status.DRAFT,
    )
    with pytest.raises(ValidationError) as refused:
        agreement.full_clean()
    assert "A signing date means the agreement was signed" in str(
        refused.value.message_dict["status"]
    )
    agreement.signed_date = None
    agreement.full_clean()  # in preparation and not signed: fine

    client.force_login(staff)
    response = client.post(
        reverse("admin:trips_agreement_add"),
        {
            "kind": "mou",
            "company": agreement.company.pk,
            "counterpart": agreement.counterpart.pk,
            "trip": agreement.trip.pk,
            "signed_date": agreement.trip.start_date.isoformat(),
            "status": "draft",
        },
    )
    assert response.status_code == 200
    assert "A signing date means the agreement was signed" in response.content.decode()
    assert not Agreement.objects.exists()
