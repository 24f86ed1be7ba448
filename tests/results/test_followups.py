"""Open follow-ups across trips, overdue first; filters; reaching an agreement links it."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import factories as f
from trips.models import Lead

pytestmark = pytest.mark.django_db
URL = reverse("results:followups")


def listed(response):
    return [lead.pk for lead in response.context["page"].object_list]


@pytest.fixture
def leads(db, staff):
    today = timezone.localdate()
    trip = f.TripFactory(title="Trip one")
    other_trip = f.TripFactory(title="Trip two")
    owner = f.StaffUserFactory(username="owner", first_name="Olga", last_name="Owner")

    def lead(due, **kw):
        return f.LeadFactory(trip=kw.pop("trip", trip), due_date=due, **kw)

    return {
        "trip": trip,
        "other_trip": other_trip,
        "owner": owner,
        "no_date": lead(None),
        "next_week": lead(today + dt.timedelta(days=7), owner=owner),
        "tomorrow": lead(today + dt.timedelta(days=1), status=Lead.Status.IN_DISCUSSION),
        "overdue_long": lead(today - dt.timedelta(days=30), trip=other_trip),
        "overdue_yesterday": lead(today - dt.timedelta(days=1), owner=owner),
        "closed": lead(today - dt.timedelta(days=60), status=Lead.Status.CLOSED),
        "agreed": lead(
            today - dt.timedelta(days=60),
            status=Lead.Status.AGREEMENT,
            agreement=f.AgreementFactory(trip=None, signed_date=today),
        ),
    }


def test_overdue_come_first_then_by_due_date_then_undated(staff_client, leads):
    response = staff_client.get(URL)
    assert listed(response) == [
        leads[k].pk
        for k in ("overdue_long", "overdue_yesterday", "tomorrow", "next_week", "no_date")
    ]
    page = response.content.decode()
    assert page.count("badge text-bg-danger") == 2  # the two overdue ones are marked


def test_closed_and_agreed_leads_are_not_listed(staff_client, leads):
    shown = listed(staff_client.get(URL))
    assert leads["closed"].pk not in shown and leads["agreed"].pk not in shown


def test_filter_by_trip_company_and_owner(staff_client, leads):
    by_trip = staff_client.get(URL, {"trip": leads["other_trip"].pk})
    assert listed(by_trip) == [leads["overdue_long"].pk]
    company = leads["tomorrow"].company
    assert listed(staff_client.get(URL, {"company": company.pk})) == [leads["tomorrow"].pk]
    by_owner = staff_client.get(URL, {"owner": leads["owner"].pk})
    assert listed(by_owner) == [leads["overdue_yesterday"].pk, leads["next_week"].pk]


@pytest.mark.parametrize("params", [{"trip": "abc"}, {"owner": "999999"}, {"company": "-1"}])
def test_bad_filter_values_get_a_clear_message(staff_client, leads, params):
    response = staff_client.get(URL, params)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Some filters could not be used" in page
    assert "Select a valid choice" in page
    assert listed(response) == []


def test_an_empty_list_says_so(staff_client):
    page = staff_client.get(URL).content.decode()
    assert "No open follow-ups" in page


def test_the_list_costs_the_same_queries_for_5_and_50_leads(
    staff_client, django_assert_num_queries
):
    owner = f.StaffUserFactory()
    for _ in range(5):
        f.LeadFactory(
            owner=owner, counterpart_person=f.PersonFactory(), due_date=dt.date(2026, 1, 1)
        )
    with CaptureQueriesContext(connection) as five:
        staff_client.get(URL)
    for _ in range(45):
        f.LeadFactory(
            owner=owner, counterpart_person=f.PersonFactory(), due_date=dt.date(2026, 1, 2)
        )
    with django_assert_num_queries(len(five.captured_queries)):
        assert len(listed(staff_client.get(URL))) == 50


# --- Editing a lead --------------------------------------------------------------------------
def lead_url(lead):
    return reverse("results:lead", kwargs={"pk": lead.pk})


def test_reaching_an_agreement_links_it_to_the_lead(staff_client, leads):
    lead = leads["tomorrow"]
    agreement = f.AgreementFactory(
        trip=lead.trip, company=lead.company, counterpart=lead.counterpart
    )
    response = staff_client.post(
        lead_url(lead),
        {"status": "agreement", "next_step": "Deliver", "agreement": agreement.pk},
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.status == Lead.Status.AGREEMENT and lead.agreement == agreement
    assert lead.pk not in listed(staff_client.get(URL))


def test_agreement_reached_without_an_agreement_is_refused_and_nothing_changes(staff_client, leads):
    lead = leads["tomorrow"]
    response = staff_client.post(lead_url(lead), {"status": "agreement", "next_step": "x"})
    assert response.status_code == 400
    assert "Choose the agreement this lead reached." in response.content.decode()
    lead.refresh_from_db()
    assert lead.status == Lead.Status.IN_DISCUSSION and lead.next_step == "Send a proposal"


def test_another_companys_agreement_cannot_be_chosen(staff_client, leads):
    lead = leads["tomorrow"]
    foreign = f.AgreementFactory()
    response = staff_client.post(lead_url(lead), {"status": "agreement", "agreement": foreign.pk})
    assert response.status_code == 400
    lead.refresh_from_db()
    assert lead.agreement is None


def test_owner_next_step_and_due_date_are_saved(staff_client, leads):
    lead = leads["no_date"]
    response = staff_client.post(
        lead_url(lead),
        {
            "status": "in_discussion",
            "next_step": "Call back",
            "due_date": "2026-12-01",
            "owner": leads["owner"].pk,
        },
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert (lead.status, lead.next_step, lead.due_date, lead.owner) == (
        "in_discussion",
        "Call back",
        dt.date(2026, 12, 1),
        leads["owner"],
    )


def test_a_bad_date_gets_a_message(staff_client, leads):
    response = staff_client.post(
        lead_url(leads["no_date"]), {"status": "open", "due_date": "31.02.2026"}
    )
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()


def test_saving_returns_to_the_filtered_list_and_nowhere_else(staff_client, leads):
    lead = leads["next_week"]
    trip = leads["trip"].pk
    page = staff_client.get(URL, {"trip": trip}).content.decode()
    assert f"?back=trip%3D{trip}" in page
    data = {"status": "open", "next_step": "x"}
    response = staff_client.post(lead_url(lead), {**data, "back": f"trip={trip}"})
    assert response["Location"] == f"{URL}?trip={trip}"
    response = staff_client.post(lead_url(lead), {**data, "back": "next=https://evil.example"})
    assert response["Location"] == URL
