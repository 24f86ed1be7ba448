"""A participant company says whom it wants to meet, on its own page, and sees only its own
wishes; the matching's rank and reason are shown beside each need."""

import pytest
from django.urls import reverse

from trips.models import Wish

pytestmark = pytest.mark.django_db


def _url(almaty):
    return reverse("my:wishes", kwargs={"slug": almaty["trip"].slug})


def test_the_page_ranks_the_hosts_needs_for_the_company_with_the_reason(client, company_a, almaty):
    client.force_login(company_a)
    page = client.get(_url(almaty)).content.decode()
    assert "Almaty water utility" in page and "Akimat of Almaty" in page
    assert "Rank 1 of 1" in page
    assert "Shares the sector “Water”" in page
    assert "Not ranked for your company" in page  # street lighting: nothing shared


def test_a_company_saves_a_host_a_need_and_a_wish_in_its_own_words(client, company_a, almaty):
    client.force_login(company_a)
    response = client.post(
        _url(almaty),
        {
            "needs": [almaty["need"].pk],
            "hosts": [almaty["akimat"].pk],
            "text": "The regional environment department",
        },
    )
    assert response.status_code == 302
    wishes = Wish.objects.filter(participation__company__slug="alpha")
    assert {(w.need_id, w.host_id, w.text) for w in wishes} == {
        (almaty["need"].pk, almaty["utility"].pk, ""),
        (None, almaty["akimat"].pk, ""),
        (None, None, "The regional environment department"),
    }
    page = client.get(_url(almaty)).content.decode()
    assert f'value="{almaty["need"].pk}" id="need-{almaty["need"].pk}" checked' in page
    assert "The regional environment department" in page


def test_saving_again_replaces_the_wishes(client, company_a, almaty):
    client.force_login(company_a)
    client.post(_url(almaty), {"needs": [almaty["need"].pk], "text": "Someone"})
    client.post(_url(almaty), {"hosts": [almaty["akimat"].pk]})
    wishes = Wish.objects.filter(participation__company__slug="alpha")
    assert [(w.need_id, w.host_id, w.text) for w in wishes] == [(None, almaty["akimat"].pk, "")]


def test_a_company_sees_only_its_own_wishes(client, company_a, company_b, almaty):
    client.force_login(company_a)
    client.post(_url(almaty), {"needs": [almaty["need"].pk], "text": "WISH-OF-ALPHA"})
    client.force_login(company_b)
    page = client.get(_url(almaty)).content.decode()
    assert "WISH-OF-ALPHA" not in page
    assert "checked" not in page


def test_a_need_of_another_trip_is_refused_and_nothing_changes(client, company_a, almaty, world):
    client.force_login(company_a)
    client.post(_url(almaty), {"text": "Kept"})
    response = client.post(_url(almaty), {"needs": [world["need"].pk]})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert list(Wish.objects.values_list("text", flat=True)) == ["Kept"]


def test_the_company_trip_page_links_to_the_wishes(client, company_a, almaty):
    client.force_login(company_a)
    page = client.get(reverse("my:trip", kwargs={"slug": almaty["trip"].slug})).content.decode()
    assert _url(almaty) in page
