"""The public call page and its application form: no login, only pending records and a mail,
duplicates linked, bots refused, nothing of other applications shown."""

import datetime as dt

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from contacts.models import Organisation, Person
from tests import factories as f
from trips.applications import views
from trips.models import Application, Delegate, Participation

pytestmark = pytest.mark.django_db


@pytest.fixture
def call():
    water = f.SectorFactory(name="Water", slug="water")
    call = f.CallFactory(
        trip__title="Water delegation to Almaty",
        trip__slug="almaty",
        covered="Interpreters and local transport.",
        company_pays="Flights and hotel.",
    )
    call.sectors.add(water)
    return call


def url(call):
    return reverse("trips:apply", kwargs={"slug": call.trip.slug})


def form_data(**overrides):
    data = {
        "company_name": "Vesi Testi Oy",
        "business_id": "1234567-8",
        "country": "FI",
        "website": "https://vesitesti.example",
        "competences": "Wastewater treatment plants.",
        "wants_to_meet": "The city water utility.",
        "wants_to_achieve": "A pilot plant.",
        "consent": "on",
        "fax_number": "",
        "delegates-TOTAL_FORMS": "2",
        "delegates-INITIAL_FORMS": "0",
        "delegates-MIN_NUM_FORMS": "0",
        "delegates-MAX_NUM_FORMS": "4",
        "delegates-0-given_name": "Aino",
        "delegates-0-family_name": "Hakija",
        "delegates-0-title": "CEO",
        "delegates-0-email": "aino@vesitesti.example",
        "delegates-0-phone": "+358401234567",
    }
    data.update(overrides)
    return data


def test_the_call_page_shows_the_call_and_the_form_without_login(client, call):
    response = client.get(url(call))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Meetings with the city water utility." in page
    assert "Interpreters and local transport." in page and "Flights and hotel." in page
    assert 'name="company_name"' in page
    assert "A trip." not in page  # the trip's summary is the report's, not the call's


def test_applying_creates_only_pending_records_and_a_confirmation_mail(client, call):
    people, organisations = Person.objects.count(), Organisation.objects.count()
    response = client.post(url(call), form_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("trips:apply_done", kwargs={"slug": "almaty"})
    application = Application.objects.get()
    assert application.status == Application.Status.PENDING
    assert application.organisation is None
    assert [str(d) for d in application.delegates.all()] == ["Aino Hakija"]
    assert application.consent_text.startswith("I agree that the programme's organisers")
    assert application.consented_at is not None
    assert (Person.objects.count(), Organisation.objects.count()) == (people, organisations)
    assert not Participation.objects.exists() and not Delegate.objects.exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["aino@vesitesti.example"]
    assert "Water delegation to Almaty" in mail.outbox[0].subject


def test_the_confirmation_mail_is_in_the_language_the_company_applied_in(client, call):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fi"
    client.post(url(call), form_data())
    assert Application.objects.get().language == "fi"
    assert mail.outbox[0].subject.startswith("Vastaanotimme")
    assert "Hei Aino" in mail.outbox[0].body


def test_an_existing_company_is_linked_not_duplicated(client, call):
    existing = f.CompanyFactory(name="Vesi Testi Oy", country="FI", slug="vesi-testi")
    client.post(url(call), form_data(company_name="VESI TESTI OY", business_id=""))
    assert Application.objects.get().organisation == existing
    assert Organisation.objects.filter(name__iexact="vesi testi oy").count() == 1


def test_the_same_business_id_links_the_company_of_an_earlier_application(client, call):
    earlier = f.ApplicationFactory(
        business_id="1234567-8", organisation=f.CompanyFactory(name="Vesi Oy", country="FI")
    )
    client.post(url(call), form_data(company_name="Vesi Testi Ltd"))
    assert Application.objects.get(call=call).organisation == earlier.organisation


def test_a_company_in_the_directory_with_the_same_business_id_is_linked(client, call):
    registered = f.CompanyFactory(name="Vesi Group", country="SE", business_id="1234567-8")
    client.post(url(call), form_data(company_name="Vesi Testi Ltd", business_id=" 1234567-8 "))
    assert Application.objects.get(call=call).organisation == registered


def test_bad_input_is_reported_on_its_fields_and_nothing_is_saved(client, call):
    data = form_data(website="not a site", consent="")
    data["delegates-0-email"] = "not-an-address"
    response = client.post(url(call), data)
    assert response.status_code == 400
    form, delegates = response.context["form"], response.context["delegates"]
    assert set(form.errors) == {"website", "consent"}
    assert "email" in delegates.forms[0].errors
    assert not Application.objects.exists() and not mail.outbox


def test_at_least_one_delegate_is_needed(client, call):
    data = {k: v for k, v in form_data().items() if not k.startswith("delegates-0")}
    response = client.post(url(call), data)
    assert response.status_code == 400
    assert "Name at least one delegate." in response.content.decode()
    assert not Application.objects.exists()


def test_a_filled_honeypot_is_refused(client, call):
    response = client.post(url(call), form_data(fax_number="+1 555 0100"))
    assert response.status_code == 400
    assert "looks automated" in response.content.decode()
    assert not Application.objects.exists() and not mail.outbox


def test_one_address_may_send_only_a_few_applications_an_hour(client, call):
    for n in range(views.PER_ADDRESS):
        assert client.post(url(call), form_data(company_name=f"Firm {n}")).status_code == 302
    response = client.post(url(call), form_data(company_name="One too many"))
    assert response.status_code == 429
    assert "Too many applications" in response.content.decode()
    assert Application.objects.count() == views.PER_ADDRESS
    other = client.post(url(call), form_data(company_name="Elsewhere"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_a_closed_call_has_no_page_and_the_trip_report_says_so(client, call):
    call.is_open = False
    call.save()
    assert client.get(url(call)).status_code == 404
    call.trip.is_published = True
    call.trip.save()
    page = client.get(call.trip.get_absolute_url()).content.decode()
    assert "Applications are closed" in page
    assert reverse("trips:apply", kwargs={"slug": "almaty"}) not in page


def test_a_past_deadline_or_full_call_says_so_and_takes_no_application(client, call):
    call.deadline = dt.date(2000, 1, 1)
    call.save()
    response = client.get(url(call))
    assert "The deadline has passed" in response.content.decode()
    assert 'name="company_name"' not in response.content.decode()
    call.deadline = dt.date(2099, 1, 1)
    call.places = 1
    call.save()
    f.ParticipationFactory(trip=call.trip)
    response = client.post(url(call), form_data())
    assert "All places are taken" in response.content.decode()
    assert not Application.objects.exists()


def test_the_published_trip_report_shows_the_open_call_and_an_apply_button(client, call):
    call.trip.is_published = True
    call.trip.save()
    page = client.get(call.trip.get_absolute_url()).content.decode()
    assert "Call for participation" in page
    assert reverse("trips:apply", kwargs={"slug": "almaty"}) in page


def test_anonymous_applicants_see_no_one_elses_application(client, call):
    other = f.ApplicationDelegateFactory(application__call=call, email="secret@other.example")
    client.post(url(call), form_data())
    for page_url in (url(call), reverse("trips:apply_done", kwargs={"slug": "almaty"})):
        page = client.get(page_url).content.decode()
        assert other.application.company_name not in page
        assert "secret@other.example" not in page and "Vesi Testi Oy" not in page
    staff_page = reverse("applications:list", kwargs={"slug": "almaty"})
    assert client.get(staff_page).status_code == 302  # to the login page


def test_no_country_is_chosen_for_the_applicant(client, call):
    page = client.get(url(call)).content.decode()
    assert '<option value="" selected>---------</option>' in page
    response = client.post(url(call), form_data(country=""))
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"country"}
    assert not Application.objects.exists()


def test_the_call_is_shown_in_the_visitors_language_when_written_in_it(client, call):
    call.offer_en = "Meetings with the city water utility."
    call.offer_sv = "Möten med stadens vattenverk."
    call.save()
    swedish = client.get(url(call), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Möten med stadens vattenverk." in swedish
    finnish = client.get(url(call), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Meetings with the city water utility." in finnish  # no Finnish text: the English
