"""Choosing the language: browser preference, the menu in the top bar, the profile, dates."""

import pytest
from django import forms
from django.urls import reverse
from django.utils import translation

from contacts.models import UserProfile

pytestmark = pytest.mark.django_db


def test_the_browser_preference_chooses_the_language(client):
    response = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="fi-FI,fi;q=0.9,en;q=0.5")
    assert response["Content-Language"] == "fi"
    assert '<html lang="fi">' in response.content.decode()


def test_the_menu_offers_the_four_interface_languages_to_anonymous_visitors(client):
    page = client.get(reverse("home")).content.decode()
    assert 'action="/i18n/setlang/"' in page
    for code in ("en", "sv", "fi", "et"):
        assert f'name="language" value="{code}"' in page
    assert 'value="zh-hans"' not in page  # Chinese is for the host pages, chosen by the link


def test_a_chinese_browser_gets_english_staff_pages_not_a_half_translated_mix(client):
    response = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Content-Language"] == "en"


def test_the_menu_sets_a_cookie_and_returns_to_the_page_without_its_lang(client):
    response = client.post(
        reverse("set_language"), {"language": "sv", "next": "/trips/x/?lang=fi&page=2"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/trips/x/?page=2"
    assert response.cookies["django_language"].value == "sv"
    assert client.get(reverse("home"))["Content-Language"] == "sv"


def test_a_logged_in_users_choice_is_saved_on_the_profile_and_restored_at_login(client, company_a):
    client.force_login(company_a)
    client.post(reverse("set_language"), {"language": "et", "next": "/"})
    assert UserProfile.objects.get(user=company_a).language == "et"

    other_device = type(client)()
    other_device.force_login(company_a)
    response = other_device.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "et"
    # The cookie follows the profile, so the page stays Estonian after logging out.
    assert response.cookies["django_language"].value == "et"


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("fi", "16.3.2026", "2026-03-16"),
        ("fi", "2026-03-16", "2026-03-16"),
        ("et", "16.03.2026", "2026-03-16"),
        ("sv", "2026-03-16", "2026-03-16"),
        ("en", "16/03/2026", "2026-03-16"),
    ],
)
def test_date_inputs_accept_the_languages_form_and_iso(language, typed, expected):
    with translation.override(language):
        assert forms.DateField().clean(typed).isoformat() == expected


@pytest.mark.parametrize(
    ("language", "example"),
    [("fi", "16.03.2026"), ("et", "16.03.2026"), ("en", "16/03/2026"), ("sv", "2026-03-16")],
)
def test_a_refused_date_says_which_form_is_expected(language, example):
    with translation.override(language):
        with pytest.raises(forms.ValidationError) as refused:
            forms.DateField().clean("03/16/2026x")
        message = refused.value.messages[0]  # worked out in the language of the form
    assert example in message
    assert "2026-03-16" in message
