"""Staff make share links for a host report: shown once, valid for a bounded number of days,
only for a host with needs on the trip."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from tests import factories as f
from trips.models import HostReportLink
from trips.services.links import host_report_link_create

pytestmark = pytest.mark.django_db


def share_url(token):
    return reverse("share:host_report", kwargs={"token": token})


def test_staff_make_a_link_and_see_it_once(staff_client, hosts):
    url = reverse("results:create_link", kwargs={"slug": hosts["trip"].slug, "host_slug": "rizhao"})
    response = staff_client.post(url, {"valid_days": "7", "note": "sent to Zhou"}, follow=True)
    text = response.content.decode()
    assert "shown only once" in text
    token = text.split("/share/")[1].split("/")[0]
    # Once: the next visit to the report no longer shows it.
    again = staff_client.get(response.redirect_chain[-1][0]).content.decode()
    assert "shown only once" not in again and token not in again
    obj = HostReportLink.objects.get()
    assert obj.note == "sent to Zhou" and obj.created_by.username == "staff"
    assert dt.timedelta(days=6, hours=23) < obj.expires_at - obj.created_at <= dt.timedelta(days=7)
    assert staff_client.get(share_url(token)).status_code == 200


@pytest.mark.parametrize("days", ["0", "91", "soon"])
def test_a_bad_validity_is_refused_with_a_message(staff_client, hosts, days):
    url = reverse("results:create_link", kwargs={"slug": hosts["trip"].slug, "host_slug": "rizhao"})
    response = staff_client.post(url, {"valid_days": days}, follow=True)
    assert response.status_code == 200
    assert not HostReportLink.objects.exists()
    assert "alert-danger" in response.content.decode()


def test_no_link_for_a_host_without_needs_on_the_trip(hosts):
    with pytest.raises(ValidationError):
        host_report_link_create(
            trip=hosts["trip"], host=f.CounterpartFactory(), created_by=None, valid_days=3
        )


def test_the_database_refuses_a_link_that_expires_before_it_is_made(hosts):
    link = f.HostReportLinkFactory(trip=hosts["trip"], host=hosts["rizhao"])
    assert link.is_usable()
    with pytest.raises(IntegrityError), transaction.atomic():
        f.HostReportLinkFactory(
            trip=hosts["trip"],
            host=hosts["rizhao"],
            expires_at=link.created_at - dt.timedelta(days=1),
        )
