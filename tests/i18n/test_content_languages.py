"""A report written in several languages: one URL per version, hreflang between them, a
visible fallback when the reader's language is missing; the host's page in Chinese."""

import pytest
from django.urls import reverse

from trips.demo import TRIP_SLUG
from trips.demo.translations import demo_link_path, load_translations
from trips.models import HostReportLink, Trip

URL = reverse("trips:detail", kwargs={"slug": TRIP_SLUG})


@pytest.fixture
def told_in_three_languages(demo):
    return Trip.objects.get(slug=TRIP_SLUG)  # load_demo adds the sv and fi versions


@pytest.mark.parametrize(
    ("lang", "title", "label"),
    [
        ("en", "Smart city delegation to Shandong", "Itinerary"),
        ("sv", "Smart city-delegation till Shandong", "Resplan"),
        ("fi", "Älykaupunkidelegaatio Shandongiin", "Matkaohjelma"),
    ],
)
def test_each_language_version_has_its_own_url_lang_and_hreflang_links(
    client, told_in_three_languages, lang, title, label
):
    response = client.get(URL, {"lang": lang})
    page = response.content.decode()
    assert response["Content-Language"] == lang
    assert f'<html lang="{lang}">' in page
    assert f"<h1>{title}</h1>" in page and label in page
    for other in ("en", "sv", "fi"):
        assert f'hreflang="{other}" href="http://testserver{URL}?lang={other}"' in page
    assert 'hreflang="x-default"' in page


def test_a_language_the_report_was_not_written_in_falls_back_visibly(
    client, told_in_three_languages
):
    response = client.get(URL, {"lang": "et"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "See aruanne pole sinu keeles saadaval." in page  # the notice, in Estonian
    assert "Reisikava" in page  # the page's own words stay Estonian
    assert '<h1 lang="en">Smart city delegation to Shandong</h1>' in page  # the text: English
    assert f'href="http://testserver{URL}?lang=sv"' in page


def test_the_readers_language_is_used_without_lang_in_the_url(client, told_in_three_languages):
    page = client.get(URL, HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "<h1>Smart city-delegation till Shandong</h1>" in page


def test_the_demo_link_shows_rizhao_its_report_in_chinese(client, demo):
    page = client.get(demo_link_path()).content.decode()
    assert '<html lang="zh-hans">' in page
    assert "与贵方需求相匹配的企业" in page and "打印" in page
    assert HostReportLink.objects.get(note__startswith="Demo").language == "zh-hans"
    load_translations()
    assert HostReportLink.objects.filter(note__startswith="Demo").count() == 1  # no second one


def test_staff_choose_the_hosts_language_when_making_a_link(client, demo):
    from django.contrib.auth import get_user_model

    from trips.demo import STAFF_USERNAME

    client.force_login(get_user_model().objects.get(username=STAFF_USERNAME))
    create = reverse("results:create_link", args=[TRIP_SLUG, "rizhao-government"])
    client.post(create, {"valid_days": 7, "note": "for Ms Li", "language": "zh-hans"})
    assert HostReportLink.objects.get(note="for Ms Li").language == "zh-hans"
