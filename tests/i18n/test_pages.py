"""The key pages of the demo story in Swedish, Finnish and Estonian: translated words and the
language's own date form (the Shandong trip starts on Monday 16 March 2026)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from trips.demo import STAFF_USERNAME, TRIP_SLUG

LANGUAGES = ("sv", "fi", "et")
START = {"sv": "2026-03-16", "fi": "16.3.2026", "et": "16.03.2026"}
WORDS = {
    "home": {"sv": "Delegationsresor", "fi": "Delegaatiomatkat", "et": "Delegatsioonireisid"},
    "report": {"sv": "Resplan", "fi": "Matkaohjelma", "et": "Reisikava"},
    "weekday": {"sv": "måndag", "fi": "maanantai", "et": "esmaspäev"},
    "company": {
        "sv": "Resplan och dina möten",
        "fi": "Matkaohjelma ja tapaamisenne",
        "et": "Reisikava ja teie kohtumised",
    },
    "directory": {
        "sv": "Hitta dubbletter",
        "fi": "Etsi kaksoiskappaleita",
        "et": "Leia topeltkirjed",
    },
    "preview": {"sv": "Importera nu", "fi": "Tuo nyt", "et": "Impordi kohe"},
    "results": {"sv": "Väntar på beslut", "fi": "Odottaa päätöstä", "et": "Ootab otsust"},
    "host": {"sv": "Dela med värden", "fi": "Jaa isännälle", "et": "Jaga võõrustajaga"},
    "login": {"sv": "Glömt lösenordet?", "fi": "Unohtuiko salasana?", "et": "Unustasid parooli?"},
    "mail": {"sv": "Ditt användarnamn:", "fi": "Käyttäjätunnuksesi:", "et": "Sinu kasutajanimi:"},
}


@pytest.fixture
def as_user(client, demo):
    def login(username, language):
        client.force_login(get_user_model().objects.get(username=username))
        client.cookies["django_language"] = language
        return client

    return login


def page(client, name, language, **kwargs):
    response = client.get(reverse(name, kwargs=kwargs), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_and_report_for_the_public(client, demo, language):
    home = page(client, "home", language)
    assert WORDS["home"][language] in home and START[language] in home
    report = page(client, "trips:detail", language, slug=TRIP_SLUG)
    assert WORDS["report"][language] in report and START[language] in report
    assert WORDS["weekday"][language] in report


@pytest.mark.parametrize("language", LANGUAGES)
def test_company_trip_page(as_user, language):
    content = page(as_user("demo-puhdas-vesi", language), "my:trip", language, slug=TRIP_SLUG)
    assert WORDS["company"][language] in content and START[language] in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_pages(as_user, language):
    client = as_user(STAFF_USERNAME, language)
    assert WORDS["directory"][language] in page(client, "contacts:directory", language)
    results = page(client, "results:index", language)
    assert WORDS["results"][language] in results and START[language] in results
    host = page(
        client, "results:host_report", language, slug=TRIP_SLUG, host_slug="rizhao-government"
    )
    assert WORDS["host"][language] in host


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_preview(as_user, language):
    client = as_user(STAFF_USERNAME, language)
    upload = io.BytesIO(b"Given name,Family name,E-mail\nLi,Wang,li.wang@r.example\n")
    upload.name = "people.csv"
    response = client.post(reverse("contacts:import"), {"file": upload})
    assert WORDS["preview"][language] in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_login_page_and_password_reset_mail(client, db, language):
    assert WORDS["login"][language] in page(client, "login", language)
    get_user_model().objects.create_user("reader", email="reader@example.org", password="x")
    client.post(
        reverse("password_reset"), {"email": "reader@example.org"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert WORDS["mail"][language] in mail.outbox[-1].body
