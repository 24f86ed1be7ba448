"""Hostile requests get a clear answer, never a 500: over-long login names, malformed admin
defaults, the semicolon CSV of an unfiltered dashboard, and password-reset floods."""

import threading

import pytest
from django.contrib import admin
from django.core import mail
from django.db import models
from django.urls import reverse

from sme2go import password_reset
from tests import factories as f

pytestmark = pytest.mark.django_db


# --- Logins -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["login", "admin:login"])
@pytest.mark.parametrize("username", ["u" * 300, "é" * 1000, "staff\0"])
def test_an_absurd_username_is_a_failed_login(client, staff, url_name, username):
    response = client.post(reverse(url_name), {"username": username, "password": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_long_failed_logins_still_count_towards_the_lockout(client, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        client.post(reverse("login"), {"username": "u" * 300, "password": "x"})
    response = client.post(reverse("login"), {"username": "u" * 300, "password": "x"})
    assert response.status_code == 429


# --- Admin add pages with defaults in the URL -------------------------------------------------


def _bad_defaults(model_admin):
    """?field=x for every relation, date, number and boolean field of the add form."""
    kinds = (models.ForeignKey, models.ManyToManyField, models.DateField, models.IntegerField)
    kinds += (models.DecimalField, models.FloatField, models.TimeField, models.BooleanField)
    return {
        field.name: "x"
        for field in model_admin.model._meta.get_fields()
        if isinstance(field, kinds) and getattr(field, "editable", False)
    }


ADD_PAGES = [
    (model, model_admin)
    for model, model_admin in admin.site._registry.items()
    if _bad_defaults(model_admin)
]


@pytest.mark.parametrize(
    "model, model_admin",
    ADD_PAGES,
    ids=[f"{m._meta.app_label}.{m._meta.model_name}" for m, _a in ADD_PAGES],
)
def test_admin_add_pages_ignore_malformed_defaults(admin_client, model, model_admin):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    response = admin_client.get(url, _bad_defaults(model_admin))
    assert response.status_code in (200, 403), url  # 403: the log models take no additions
    if response.status_code == 200:
        form = response.context["adminform"].form
        assert "x" not in [str(value) for value in form.initial.values()]


def test_a_valid_default_in_the_url_is_kept(admin_client):
    organisation = f.CounterpartFactory()
    url = reverse("admin:contacts_person_add")
    response = admin_client.get(url, {"organisation": organisation.pk, "given_name": "Li"})
    assert response.status_code == 200
    initial = response.context["adminform"].form.initial
    assert (str(initial["organisation"]), initial["given_name"]) == (str(organisation.pk), "Li")
    assert str(organisation) in response.content.decode()


def test_there_are_at_least_ten_add_pages_under_test():
    assert len(ADD_PAGES) >= 10


# --- The dashboard's semicolon CSV ------------------------------------------------------------


def test_the_semicolon_csv_of_an_unfiltered_dashboard_is_the_default_range(client, staff):
    f.TripFactory()
    client.force_login(staff)
    page = client.get(reverse("results:dashboard"))
    link = reverse("results:dashboard_csv") + "?delimiter=semicolon"
    assert link in page.content.decode()
    response = client.get(link)
    assert response.status_code == 200
    assert b";" in b"".join(response.streaming_content).splitlines()[0]


# --- Password reset ---------------------------------------------------------------------------


@pytest.fixture
def account(db, settings):
    settings.PASSWORD_RESET_IN_BACKGROUND = True  # as in production
    return f.UserFactory(username="anna", email="anna@example.org")


def reset(client, email):
    return client.post(reverse("password_reset"), {"email": email})


def test_a_known_address_gets_exactly_one_mail_and_the_same_answer_as_an_unknown(client, account):
    known, unknown = reset(client, "anna@example.org"), reset(client, "nobody@example.org")
    password_reset.wait_for_background()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anna@example.org"]
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == reverse("password_reset_done")


def test_the_answer_does_not_wait_for_the_mail_server(client, account, monkeypatch):
    """The mail goes out on a background thread: the answer comes while it is still held."""
    release = threading.Event()
    send = password_reset.ThrottledPasswordResetForm.send_mail

    def held(self, *args, **kwargs):
        assert release.wait(10)
        return send(self, *args, **kwargs)

    monkeypatch.setattr(password_reset.ThrottledPasswordResetForm, "send_mail", held)
    response = reset(client, "anna@example.org")
    assert response.status_code == 302
    assert len(mail.outbox) == 0
    release.set()
    password_reset.wait_for_background()
    assert len(mail.outbox) == 1


def test_resets_are_limited_per_address(client, account):
    for _ in range(password_reset.PER_ADDRESS):
        assert reset(client, "nobody@example.org").status_code == 302
    response = reset(client, "nobody@example.org")
    assert response.status_code == 200
    assert "Too many password resets" in response.content.decode()


def test_resets_are_limited_per_account_whatever_the_spelling(client, account):
    spellings = ["anna@example.org", "Anna@example.org", "ANNA@example.org", "anna@EXAMPLE.org"]
    for email in spellings:
        assert reset(client, email).status_code == 302  # the answer never tells
    password_reset.wait_for_background()
    assert len(mail.outbox) == password_reset.PER_ACCOUNT
