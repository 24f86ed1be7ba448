"""Password guessing is stopped: repeated wrong passwords lock that login out for a while."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def attempt(client, password):
    return client.post(reverse("login"), {"username": "company_a", "password": password})


def test_repeated_wrong_passwords_lock_the_login_out(client, company_a):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    response = attempt(client, "wrong")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    # Even the right password is refused until the lockout ends.
    assert attempt(client, "correct-horse-battery").status_code == 429


def test_a_successful_login_resets_the_count(client, company_a):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "correct-horse-battery").status_code == 302
    client.logout()
    assert attempt(client, "wrong").status_code == 200
