"""Share links: the host opens its report without a login until the link expires or is
revoked; nothing else is shown, and each opening is recorded (and shown to staff)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories as f
from trips.models import HostReportLink, HostReportOpening
from trips.services.links import hash_token, host_report_link_create

pytestmark = pytest.mark.django_db


def share_url(token):
    return reverse("share:host_report", kwargs={"token": token})


@pytest.fixture
def link(hosts, staff):
    return host_report_link_create(
        trip=hosts["trip"], host=hosts["rizhao"], created_by=staff, valid_days=14, note="mayor"
    )


def test_the_link_works_without_login_and_shows_only_that_hosts_report(client, link):
    _link, token = link
    response = client.get(share_url(token))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nordic wastewater treatment" in page and "Puhdas Vesi Oy" in page
    assert "WEIFANG-ONLY" not in page and "Proposed Only AB" not in page
    # Staff tools are not part of what the host sees.
    assert "Share with the host" not in page and "awaits a decision" not in page
    assert reverse("results:index") not in page
    assert reverse("login") not in page  # the host has no login here; none is offered
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_each_opening_is_recorded(client, link):
    obj, token = link
    client.get(share_url(token), HTTP_USER_AGENT="Mozilla/5.0 test")
    client.get(share_url(token))
    assert obj.openings.count() == 2
    assert obj.openings.filter(user_agent="Mozilla/5.0 test").exists()


def test_staff_see_when_the_link_was_opened(client, staff_client, hosts, link):
    obj, token = link
    for n in range(7):
        client.get(share_url(token), HTTP_USER_AGENT=f"Browser {n}")
    url = reverse("results:host_report", kwargs={"slug": hosts["trip"].slug, "host_slug": "rizhao"})
    page = staff_client.get(url).content.decode()
    assert "7 times" in page and "Browser 6" in page and "Browser 2" in page
    assert "Browser 1" not in page and "(the latest five)" in page


def test_only_a_hash_of_the_token_is_stored(link):
    obj, token = link
    assert len(token) >= 40
    stored = HostReportLink.objects.filter(pk=obj.pk).values().get()
    assert token not in {str(v) for v in stored.values()}
    assert obj.token_hash == hash_token(token)


def test_an_expired_link_gets_a_clear_page_not_the_report(client, link):
    obj, token = link
    now = timezone.now()
    HostReportLink.objects.filter(pk=obj.pk).update(
        created_at=now - dt.timedelta(days=20), expires_at=now - dt.timedelta(minutes=1)
    )
    response = client.get(share_url(token))
    assert response.status_code == 410
    page = response.content.decode()
    assert "This link has expired" in page and "Puhdas Vesi Oy" not in page
    assert not HostReportOpening.objects.exists()


def test_a_revoked_link_stops_working_at_once(client, staff_client, link):
    obj, token = link
    assert client.get(share_url(token)).status_code == 200
    response = staff_client.post(reverse("results:revoke_link", kwargs={"pk": obj.pk}))
    assert response.status_code == 302
    response = client.get(share_url(token))
    assert response.status_code == 410
    assert "This link has been withdrawn" in response.content.decode()
    assert "Puhdas Vesi Oy" not in response.content.decode()


@pytest.mark.parametrize(
    "token", ["x", "not-a-real-token-but-long-enough", "a" * 300, "bad%20token"]
)
def test_bad_tokens_get_a_clear_not_found_page(client, link, token):
    response = client.get(share_url(token))
    assert response.status_code == 404
    assert "Link not found" in response.content.decode()


def test_a_factory_made_link_opens_with_its_token(client, hosts):
    f.HostReportLinkFactory(trip=hosts["trip"], host=hosts["rizhao"], token="a" * 43)
    assert client.get(share_url("a" * 43)).status_code == 200
