"""The demo's planned Almaty trip is open for applications: one accepted (a participant
already), one pending and one declined, and its call page is public though the trip is not."""

import pytest
from django.urls import reverse

from trips.demo import PLANNED_TRIP_SLUG
from trips.models import Application, Call

pytestmark = pytest.mark.django_db


def test_the_planned_trip_has_an_open_call_with_three_applications(demo):
    call = Call.objects.get(trip__slug=PLANNED_TRIP_SLUG)
    assert call.state() == Call.State.OPEN and not call.trip.is_published
    statuses = dict(call.applications.values_list("company_name", "status"))
    assert sorted(statuses.values()) == ["accepted", "declined", "pending"]


def test_the_accepted_application_is_puhdas_vesis_participation(demo):
    accepted = Application.objects.get(status=Application.Status.ACCEPTED)
    assert accepted.organisation.slug == "puhdas-vesi"
    assert accepted.participation.trip.slug == PLANNED_TRIP_SLUG
    assert accepted.participation.company == accepted.organisation
    people = {d.person for d in accepted.delegates.all()}
    assert people == set(accepted.participation.delegates.all())


def test_the_pending_and_declined_applicants_are_not_in_the_directory(demo):
    for application in Application.objects.exclude(status=Application.Status.ACCEPTED):
        assert application.organisation is None and application.participation is None
        assert application.delegates.filter(person__isnull=True).exists()


def test_the_call_page_is_public_and_shows_no_application(demo, client):
    page = client.get(reverse("trips:apply", kwargs={"slug": PLANNED_TRIP_SLUG}))
    assert page.status_code == 200
    content = page.content.decode()
    assert "Water and cleantech delegation to Almaty" in content
    assert "Viherlämpö" not in content and "Draft programme" not in content
