"""A date typed the Nordic way is accepted where staff and companies type dates: the trip,
visit and meeting forms of the admin, and the follow-up form."""

import datetime as dt

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from trips.demo import STAFF_USERNAME, TRIP_SLUG
from trips.models import Lead, Meeting, Trip, Visit

TYPED = {"fi": "16.3.2026", "et": "16.03.2026", "sv": "2026-03-16"}


@pytest.mark.parametrize("language", TYPED)
@pytest.mark.parametrize(
    ("model", "field"),
    [(Trip, "start_date"), (Trip, "end_date"), (Visit, "date"), (Meeting, "date")],
)
def test_the_admin_forms_accept_the_languages_date(admin_user, model, field, language):
    request = RequestFactory().get("/")
    request.user = admin_user
    form_class = admin.site._registry[model].get_form(request)
    with translation.override(language):
        assert form_class.base_fields[field].clean(TYPED[language]) == dt.date(2026, 3, 16)


@pytest.mark.parametrize("language", TYPED)
def test_the_follow_up_form_accepts_the_languages_date_and_shows_an_example(client, demo, language):
    client.force_login(get_user_model().objects.get(username=STAFF_USERNAME))
    client.cookies["django_language"] = language
    lead = Lead.objects.filter(trip__slug=TRIP_SLUG, agreement=None).first()
    url = reverse("results:lead", kwargs={"pk": lead.pk})
    assert f'placeholder="{TYPED[language].replace("16.3.", "16.03.")}"' in (
        client.get(url).content.decode()
    )
    response = client.post(
        url,
        {"status": lead.status, "next_step": "Call", "due_date": TYPED[language]},
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.due_date == dt.date(2026, 3, 16)


def test_a_us_date_is_refused_with_the_expected_form(client, demo):
    client.force_login(get_user_model().objects.get(username=STAFF_USERNAME))
    client.cookies["django_language"] = "fi"
    lead = Lead.objects.filter(trip__slug=TRIP_SLUG, agreement=None).first()
    response = client.post(
        reverse("results:lead", kwargs={"pk": lead.pk}),
        {"status": lead.status, "due_date": "03/16/2026"},
    )
    assert response.status_code == 400  # the form again, with the problem named
    assert "Käytä muotoa 16.03.2026 tai 2026-03-16." in response.content.decode()
