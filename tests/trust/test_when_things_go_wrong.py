"""When things go wrong: branded error pages that reveal nothing, a 503 with Retry-After when the
database is gone, private pages nobody caches, and a health check for the load balancer."""

import pytest
from django.contrib.auth.models import Permission
from django.db import InterfaceError, OperationalError, connections
from django.test import Client
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

INTERNALS = ["Traceback", "django", "Django", "SECRET-DETAIL", "psycopg", "sqlite", "/work/"]


@pytest.fixture
def quiet_client():
    """A client that gets the error page instead of the exception, as a browser would."""
    return Client(raise_request_exception=False)


@pytest.fixture
def database_gone(monkeypatch):
    def set_error(error):
        def refuse(*args, **kwargs):
            raise error("SECRET-DETAIL: connection to server at 10.0.0.5 failed")

        monkeypatch.setattr(connections["default"], "cursor", refuse)

    return set_error


def assert_branded(response, heading):
    content = response.content.decode()
    assert "SME2GO" in content and heading in content
    for internal in INTERNALS:
        assert internal not in content, internal


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_an_unreachable_database_gives_a_branded_503_with_retry_after(
    quiet_client, database_gone, error
):
    database_gone(error)
    response = quiet_client.get(reverse("home"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert_branded(response, "The service is briefly unavailable; nothing you saved was lost")


def test_a_logged_in_user_also_gets_the_503(quiet_client, staff, database_gone):
    quiet_client.force_login(staff)
    database_gone(OperationalError)
    response = quiet_client.get(reverse("contacts:directory"))
    assert response.status_code == 503


def test_other_failures_give_the_branded_500(quiet_client, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("SECRET-DETAIL")

    monkeypatch.setattr(connections["default"], "cursor", fail)
    response = quiet_client.get(reverse("home"))
    assert response.status_code == 500
    assert_branded(response, "Something went wrong on our side")


def test_the_404_page_is_branded(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_branded(response, "There is no such page")


def test_the_403_page_is_branded(client, db):
    user = f.UserFactory(username="reader", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_person"))
    client.force_login(user)
    response = client.get(reverse("contacts:export_csv"))
    assert response.status_code == 403
    assert_branded(response, "You may not do this")


def test_the_400_page_is_branded(client):
    response = client.get(reverse("home"), HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert_branded(response, "The request could not be understood")


def test_a_refused_form_is_branded(db):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(reverse("login"), {"username": "a", "password": "b"})
    assert response.status_code == 403
    assert_branded(response, "The form could not be accepted")


# --- Cache-Control ----------------------------------------------------------------------------

NO_STORE = {"private", "no-store"}


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def test_logged_in_pages_are_private_and_not_stored(client, world, staff, company_a):
    client.force_login(company_a)
    slug = world["published"].slug
    for url in [
        reverse("home"),
        reverse("trips:detail", kwargs={"slug": slug}),
        reverse("my:trip", kwargs={"slug": slug}),
        reverse("my:contacts_csv", kwargs={"slug": slug}),
        reverse("my:contacts_vcf", kwargs={"slug": slug}),
    ]:
        assert cache_control(client.get(url)) >= NO_STORE, url
    client.force_login(staff)
    for url in [reverse("contacts:export_csv"), reverse("results:dashboard_csv")]:
        assert cache_control(client.get(url)) >= NO_STORE, url


def test_host_share_links_are_private_without_a_login(client, world):
    from trips.services.links import host_report_link_create

    _link, token = host_report_link_create(
        trip=world["published"], host=world["counterpart"], created_by=None, valid_days=7
    )
    response = client.get(reverse("share:host_report", kwargs={"token": token}))
    assert response.status_code == 200
    assert cache_control(response) >= NO_STORE


def test_public_pages_for_anonymous_visitors_may_be_cached(client, world):
    response = client.get(reverse("trips:detail", kwargs={"slug": world["published"].slug}))
    assert response.status_code == 200
    assert "no-store" not in cache_control(response)


# --- /healthz ---------------------------------------------------------------------------------


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get(reverse("healthz"))
    assert (response.status_code, response.content) == (200, b"ok\n")
    assert response["Content-Type"] == "text/plain"
    assert not response.cookies


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_healthz_answers_503_and_nothing_else_when_it_does_not(client, database_gone, error):
    database_gone(error)
    response = client.get(reverse("healthz"))
    assert (response.status_code, response.content) == (503, b"unavailable\n")
