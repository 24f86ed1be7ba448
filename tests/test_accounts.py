"""Company logins: log in, reset a forgotten password by e-mail, change it."""

import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_login_page_offers_a_password_reset(client):
    content = client.get(reverse("login")).content.decode()
    assert reverse("password_reset") in content


def test_a_forgotten_password_is_reset_through_the_link_in_the_e_mail(client, company_a):
    response = client.post(reverse("password_reset"), {"email": company_a.email}, follow=True)
    assert "Check your e-mail" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [company_a.email]
    link = re.search(r"https?://[^/\s]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-Brand-new-secret-42", "new_password2": "a-Brand-new-secret-42"},
        follow=True,
    )
    assert "Your new password is saved" in done.content.decode()
    company_a.refresh_from_db()
    assert company_a.check_password("a-Brand-new-secret-42")


def test_a_used_or_broken_reset_link_says_so(client):
    response = client.get(reverse("password_reset_confirm", args=["MQ", "bad-token"]))
    assert "This link no longer works" in response.content.decode()


def test_company_users_find_their_trips_in_the_navigation(client, company_a, staff):
    client.force_login(company_a)
    assert reverse("my:trips") in client.get(reverse("home")).content.decode()
    client.force_login(staff)
    assert reverse("my:trips") not in client.get(reverse("home")).content.decode()


def test_the_demo_command_sends_company_logins_to_their_trips(db):
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("load_demo", password="a-long-password", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if "demo-puhdas-vesi" in line)
    assert line.rstrip().endswith(reverse("my:trips"))


@pytest.mark.parametrize(
    "username, lands_on",
    [("company_a", "/my/"), ("staff", "/admin/")],
)
def test_login_lands_each_audience_on_its_start_page(client, request, username, lands_on):
    user = request.getfixturevalue(username)
    response = client.post(
        reverse("login"), {"username": user.username, "password": "correct-horse-battery"}
    )
    assert response.status_code == 302 and response["Location"] == lands_on


def test_login_honours_next(client, company_a):
    response = client.post(
        reverse("login") + "?next=/trips/x/",
        {"username": "company_a", "password": "correct-horse-battery", "next": "/trips/x/"},
    )
    assert response["Location"] == "/trips/x/"


def test_logging_out_empties_what_the_browser_kept_of_the_site(client, company_a):
    """On a shared phone the next person finds none of the offline programme or notes."""
    client.force_login(company_a)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "_auth_user_id" not in client.session
